"""Co-mention rows of one extraction: entities named in the same sentence or claim.

A *span* is each sentence and each claim. Every pair of distinct entities mentioned in a span
(by their mentions, plus a claim's named speaker unless it is the author, and the
entities the claim is about) yields two rows (both
directions); a claim span is dropped for a pair when a sentence containing it already gives
that pair, so a claim inside one sentence does not count twice.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate, permutations

from loaders.drafts import Extraction


def co_mention_rows(
    ex: Extraction,
    document_id: str,
    entity_id: Callable[[str], str],
    passage_at: Callable[[int], str | None],
) -> list[dict]:
    mentions = sorted((m.start, m.end, entity_id(m.entity)) for m in ex.mentions)
    starts = [m[0] for m in mentions]

    def inside(start: int, end: int) -> set[str]:
        i = bisect_left(starts, start)
        found: set[str] = set()
        while i < len(mentions) and mentions[i][0] < end:
            if mentions[i][1] <= end:
                found.add(mentions[i][2])
            i += 1
        return found

    rows: dict[tuple[str, str, int, int], dict] = {}
    sentence_pairs: list[tuple[int, int, set[tuple[str, str]]]] = []
    for s in ex.sentences:
        pairs = set(permutations(sorted(inside(s.start, s.end)), 2))
        sentence_pairs.append((s.start, s.end, pairs))
        for a, b in pairs:
            rows[(a, b, s.start, s.end)] = _row(a, b, document_id, s.start, s.end, "SENTENCE",
                                                passage_at)  # fmt: skip
    # The sentences that contain a claim: those starting at or before it (bisect), scanned
    # back while one of them still reaches its end (a running maximum of ends), instead of
    # every sentence of the document per claim.
    sentence_pairs.sort(key=lambda x: x[0])
    sentence_starts = [x[0] for x in sentence_pairs]
    reach = list(accumulate((x[1] for x in sentence_pairs), max))

    def containing(start: int, end: int) -> set[tuple[str, str]]:
        covered: set[tuple[str, str]] = set()
        i = bisect_right(sentence_starts, start) - 1
        while i >= 0 and reach[i] >= end:
            if sentence_pairs[i][1] >= end:
                covered |= sentence_pairs[i][2]
            i -= 1
        return covered

    for c in ex.claims:
        who = inside(c.start, c.end) | {entity_id(k) for k in c.mentions}
        if c.speaker and c.attribution != "AUTHOR":  # an author does not appear in the text
            who.add(entity_id(c.speaker))
        covered = containing(c.start, c.end)
        for a, b in permutations(sorted(who), 2):
            if (a, b) not in covered and (a, b, c.start, c.end) not in rows:
                rows[(a, b, c.start, c.end)] = _row(a, b, document_id, c.start, c.end, "CLAIM",
                                                    passage_at)  # fmt: skip
    return list(rows.values())


def _row(a: str, b: str, did: str, start: int, end: int, via: str,
         passage_at: Callable[[int], str | None]) -> dict:  # fmt: skip
    return {
        "entity_id": a,
        "other_id": b,
        "document_id": did,
        "start": start,
        "end": end,
        "passage_id": passage_at(start),
        "via": via,
    }

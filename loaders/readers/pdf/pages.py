"""Which page each passage of a PDF-read document starts on.

The report reader rebuilds passages from the composed text (lines joined, hyphens
dropped, markers stripped), so a passage is found again in that text by its letters and
digits alone: the first `KEY` of them, searched forward from where the previous passage
was found (notes and captions that the reader moved after their paragraph are found by a
search from the start when the forward one fails).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from loaders.drafts import DocumentDraft

KEY = 48
_ALNUM = re.compile(r"[^\W_]+")


def _squeeze(text: str) -> tuple[str, list[int]]:
    """`text` reduced to its lower-cased letters and digits, with each one's offset (a run
    at a time: a per-character loop over a long document was a third of its reading)."""
    pieces: list[str] = []
    where: list[int] = []
    for m in _ALNUM.finditer(text):
        run = m.group()
        low = run.lower()
        pieces.append(low if len(low) == len(run) else run)
        where.extend(range(m.start(), m.end()))
    return "".join(pieces), where


def assign_pages(draft: DocumentDraft, raw: str, page_starts: list[tuple[int, int]]) -> None:
    """Set `page` on each passage of `draft` from its place in the composed text `raw`."""
    squeezed, where = _squeeze(raw)
    offsets = [start for start, _ in page_starts]
    cursor = 0
    for passage in draft.passages:
        key, _ = _squeeze(draft.text[passage.start : min(passage.end, passage.start + 4 * KEY)])
        key = key[:KEY]
        if not key:
            continue
        found = squeezed.find(key, cursor)
        if found < 0:
            found = squeezed.find(key)
        if found < 0:
            continue
        cursor = found
        passage.page = page_starts[bisect_right(offsets, where[found]) - 1][1]

"""Shortcuts of speed17 give what the code they replace gives: on random inputs built from the
pieces the code reads and on the seed documents."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from loaders.entities.found import Found, Hit


def _seed_lines() -> list[str]:
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    return [line for p in sorted(seeds.glob("*.txt")) for line in p.read_text().splitlines()]


def _walked(found: Found, start: int, end: int) -> list[int]:
    """The overlap test `_registered_company_at` made per surname: every hit walked."""
    return sorted(id(h) for h in found.hits if h.start < end and start < h.end)


def test_hit_spans_find_the_hits_every_hit_walked_finds() -> None:
    from loaders.entities.people import _HitSpans

    rnd = random.Random(17)
    for _ in range(3000):
        found = Found()
        for _ in range(rnd.randint(0, 15)):
            s = rnd.randint(0, 60)
            found.hits.append(Hit(s, s + rnd.randint(0, 15), "c"))  # (empty spans too)
        spans = _HitSpans(found)
        for _round in range(rnd.randint(1, 3)):  # hits added after the index was built
            for _ in range(20):
                s = rnd.randint(0, 70)
                e = s + rnd.randint(0, 10)
                fast = sorted(id(h) for h in spans.overlapping(s, e))
                assert fast == _walked(found, s, e), (found.hits, s, e)
            for _ in range(rnd.randint(0, 4)):
                s = rnd.randint(0, 60)
                found.hits.append(Hit(s, s + rnd.randint(1, 8), "c"))


def test_registered_company_at_as_before_on_random_hits() -> None:
    from kb.models import EntityType
    from loaders.entities.found import Cluster
    from loaders.entities.people import _HitSpans, _registered_company_at
    from loaders.entities.registry import registry

    entry = next(e for e in registry().entries if e.type == EntityType.ORGANISATION)
    rnd = random.Random(18)
    answered = 0
    for _ in range(2000):
        found = Found()
        found.clusters["org"] = Cluster(EntityType.ORGANISATION, entry.name, entry=entry)
        found.clusters["person"] = Cluster(EntityType.ACTOR, "Ivan Kalashnikov")
        for _ in range(rnd.randint(0, 10)):
            s = rnd.randint(0, 40)
            found.hits.append(Hit(s, s + rnd.randint(1, 9), rnd.choice(["org", "person"])))
        spans = _HitSpans(found)
        for h in [*found.hits, Hit(5, 9, "")]:
            fast = _registered_company_at(found, h.start, h.end, spans)
            assert fast is _registered_company_at(found, h.start, h.end), (found.hits, h)
            answered += fast is not None
    assert answered > 500


def test_verb_alternatives_open_on_a_lower_case_letter() -> None:
    """What makes a text without `VERB_ALONE` a text without `SPEECH_VERB`: `\\b` holds
    before a verb after white space only when the verb opens on a word character."""
    from loaders.claims import patterns
    from loaders.leading import first_chars

    firsts = first_chars(f"(?:{patterns._VERB_ALT})")
    assert firsts is not None
    first = re.compile(f"[{firsts}]")
    opening = {chr(c) for c in range(sys.maxunicode + 1) if first.fullmatch(chr(c))}
    assert opening and opening <= set("abcdefghijklmnopqrstuvwxyz"), opening
    assert patterns.SPEECH_VERB.pattern.endswith(patterns._VERB_END)


def test_speech_verb_behind_the_verb_alone_matches_as_the_pattern() -> None:
    from loaders.claims.patterns import SPEECH_VERB

    pattern = SPEECH_VERB.pattern_object
    pieces = [" ", " ", "  ", "\n", ", ", ".", "also ", "publicly ", "daily ", "openly ",
              "quickly ", "has ", "long ", "said", "says", "stated", "noted", "expressed ",
              "concern", "hope", "think", " tank", " tanks", " a story", " the big story",
              "Thought", "warned", "argue", "raised the possibility", "issued a statement",
              " that", "X", "Ivanov", "the ministry", "state", "the", "é", "-", "“",
              "'s"]  # fmt: skip
    rnd = random.Random(20)
    texts = _seed_lines()
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10))) for _ in range(20000)]
    matched = 0
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in SPEECH_VERB.finditer(text)] == expected, text
        for lo, hi in ((3, len(text)), (0, len(text) // 2)):
            found, want = SPEECH_VERB.search(text, lo, hi), pattern.search(text, lo, hi)
            assert (found and found.span()) == (want and want.span()), (text, lo, hi)
        matched += bool(expected)
    assert matched > 3000

"""Shortcuts of speed16 in the entities stage give what the code they replace gives: on the
seed documents and on random texts built from the pieces the code reads (with the characters
`re.IGNORECASE` folds to ASCII letters)."""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path
from types import SimpleNamespace

from loaders.drafts import Extraction, MentionDraft
from loaders.entities import authors

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
_FOLDS = ["ſ", "K", "ı", "İ"]  # long s, Kelvin sign, dotless i, dotted capital I


@cache
def _seed_extractions() -> tuple[Extraction, ...]:
    from loaders.pipeline import extract
    from loaders.readers import read_file
    from loaders.readers.manifest import load_manifest

    manifest = load_manifest(SEEDS)
    return tuple(
        extract(d)
        for p in sorted(SEEDS.glob("*.txt"))
        for d in read_file(p.read_bytes(), p.name, manifest.get(p.name))
    )


def _texts(pieces: list[str], seed: int, n: int = 20000, most: int = 10) -> list[str]:
    rnd = random.Random(seed)
    pieces = pieces + _FOLDS
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def _overlapped(mentions: list[MentionDraft], start: int, end: int) -> bool:
    """The test `_mention_all` made per name: sorted spans, prefix maxima of their ends."""
    return any(m.start < end and start < m.end for m in mentions)


def test_taken_index_overlaps_as_the_sorted_spans_did() -> None:
    rnd = random.Random(5)
    for _ in range(3000):
        ex = SimpleNamespace(mentions=[])
        taken = authors._Taken(ex)  # type: ignore[arg-type]
        for _round in range(rnd.randint(1, 4)):  # names added in turn, as add_authors does
            for _ in range(rnd.randint(0, 12)):
                s = rnd.randint(0, 60)
                ex.mentions.append(MentionDraft("k", s, s + rnd.randint(1, 15), ""))
            taken.changed()
            for _ in range(20):
                s = rnd.randint(0, 70)
                e = s + rnd.randint(1, 10)
                assert taken.overlaps(s, e) == _overlapped(ex.mentions, s, e), (ex.mentions, s, e)


def test_taken_index_on_the_seed_documents() -> None:
    from loaders.wordspans import whole_word_spans

    for ex in _seed_extractions():
        taken = authors._Taken(ex)
        text = ex.doc.text
        names = {e.name for e in ex.entities.values()} | {"Russia", "China", "the"}
        for name in names:
            for s, e in whole_word_spans(text, name):
                assert taken.overlaps(s, e) == _overlapped(ex.mentions, s, e), (name, s)

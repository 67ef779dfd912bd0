"""The claims stage's shortcuts find what the patterns they stand in front of find."""

from __future__ import annotations

import random

from loaders.claims import filters

_PIECES = [
    "word", " ", "  ", "\n", "\t", ".", "!", "?", "”", '"', "1", "12", "3/", "1/2", "(1/3)",
    "/", "a", "I", "T", "t", ":", "https://x.ru/a", "www.x.com", "mid.ru/en", "x.com", "🧵",
    "👇", "\ufe0f", "☀", "¹", "²⁰", "ICYMI", "via", "h/t", "HT", "ICYMI:", "Via", "é", "٣",
    "(", ")", "-", "—", "…", "©", "Copyright", "COPYRIGHT", "all rights reserved", "ISBN",
    "photo:", "reuters/", "Reuters/", "do not necessarily reflect", "layout", "ſubscribe",
]  # fmt: skip


def _texts() -> list[str]:
    rnd = random.Random(14)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 10))) for _ in range(20000)]


def test_trail_shortcut_finds_what_the_trail_pattern_finds() -> None:
    for text in _texts():
        found, expected = filters._trail(text), filters._TRAIL.search(text)
        assert (found and found.span()) == (expected and expected.span()), text

"""The claims stage's shortcuts find what the patterns they stand in front of find."""

from __future__ import annotations

import random
import re

from loaders.claims import filters
from loaders.claims.speakers import _name_form_patterns

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


def test_name_form_patterns_match_the_look_behind_first_ones() -> None:
    pieces = "Huai| |Jinpeng|  |\n|Gao|Weiran|-|Li-Wei|’|'|.|x|Minister|of|Transport|HuaiX"
    pieces += "|Jin-Peng|é|A|huai"
    pieces_list = pieces.split("|")
    rnd = random.Random(15)
    for word in ["Huai", "Gao", "Li-Wei", "A.B"]:
        w = re.escape(word)
        old = [
            rf"(?<![\w'’.-]){w}\s+(?P<other>[A-Z][a-z]+(?:-[a-z]+)?)(?![\w'’-]|\s+[A-Z])",
            rf"(?<![\w'’.-])(?P<other>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)\s+{w}(?![\w'’-]|\s+[A-Z])",
        ]
        for _ in range(3000):
            text = "".join(rnd.choice([*pieces_list, word]) for _ in range(rnd.randint(0, 12)))
            for before, after in zip(old, _name_form_patterns(word), strict=True):
                assert [(m.span(), m.group("other")) for m in after.finditer(text)] == [
                    (m.span(), m.group("other")) for m in re.finditer(before, text)
                ], (word, text)


def test_reported_cues_are_remembered_and_handed_out_as_copies() -> None:
    from loaders.claims import attribution

    text = "Trade will grow, the minister said on Monday, and analysts agree."
    first = attribution.reported(10, text)
    assert first == attribution._reported(10, text) and first
    first[0].verb = "changed"
    again = attribution.reported(10, text)
    assert again == attribution._reported(10, text) and again[0].verb != "changed"
    assert attribution.reported(11, text) == attribution._reported(11, text)

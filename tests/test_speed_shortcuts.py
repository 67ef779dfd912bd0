"""Shortcuts of speed15 find what the searches they replace find (random texts built from the
pieces the patterns read, with the characters `re.IGNORECASE` folds to ASCII letters)."""

from __future__ import annotations

import random
import re

from loaders.claims import clauses, kinds, speakers
from loaders.entities import names

_FOLDS = ["ſ", "K", "ı", "İ"]  # long s, Kelvin sign, dotless i, dotted capital I


def _texts(pieces: list[str], seed: int, n: int = 20000, most: int = 10) -> list[str]:
    rnd = random.Random(seed)
    pieces = pieces + _FOLDS
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_modifier_before_reads_only_the_characters_before_a_mention() -> None:
    pieces = ["pro", "anti", "non", "ex", "Pro", "ANTI", "-", "\n", " ", "a", "é", "_", "1"]
    for text in _texts(pieces, 1, 5000):
        for at in range(len(text) + 1):
            expected = speakers._MODIFIER_OF.search(text, 0, at) is not None
            assert speakers._modifier_before(text, at) == expected, (text, at)


def test_ship_test_starts_only_where_a_vessel_noun_starts() -> None:
    pieces = ["ship", "Ship", "SHIPS", "vessel", "tug", "boat", "frigate", "relationship",
              " ", "\n", "Admiral", "Gorshkov", "X.", "-", "’", "Gorshkova"]  # fmt: skip
    vessel = names._VESSEL_BEFORE.pattern.removesuffix("$")
    for text in _texts(pieces, 2):
        starts = [m.start() for m in names._VESSEL_START.finditer(text)]
        assert list(names._vessel_starts_in(text)) == starts, text
        for surname in ("Gorshkov", "Admiral"):
            pattern = rf"{vessel}(?:[A-Z][\w.'’-]*\s+){{1,3}}{re.escape(surname)}\b"
            expected = re.search(pattern, text, re.I) is not None
            assert names._ship_named(text, surname) == expected, (text, surname)


def test_forecast_look_behinds_after_will_match_as_before() -> None:
    before = (
        r"(?<!\bthe\s)(?<!political\s)(?<!good\s)(?<!free\s)(?<!own\s)\bwill\b(?!\s+of\b)|"
        + kinds._FORECAST.pattern.split("|", 1)[1]
    )
    original = re.compile(before, re.IGNORECASE)
    pieces = ["will", "WILL", "Will", " ", "the", "The ", "political", "good", "free", "own",
              "\n", "x", "of", "won't", "-", "be", "expected to", "2030", "by "]  # fmt: skip
    for text in _texts(pieces, 3):
        assert _spans(kinds._FORECAST.finditer(text)) == _spans(original.finditer(text)), text


def test_group_left_shortcut_finds_what_the_pattern_finds() -> None:
    pieces = ["has", "HAS", "been", " ", "  ", "\n", "\t", "\u00a0", "also", "really", "RealLY",
              "n't", "N’T", "’s", "x", "The", "minister", "is", "will", "\u2028", "é"]  # fmt: skip
    for text in _texts(pieces, 4):
        found, expected = clauses._group_left(text), clauses._GROUP_LEFT.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_str_white_space_is_re_s_own() -> None:
    # `_group_left` strips with `str.rstrip`, where the pattern reads `\s`
    for c in range(0x3100):
        assert (re.fullmatch(r"\s", chr(c)) is not None) == chr(c).isspace(), hex(c)

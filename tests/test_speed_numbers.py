"""Shortcuts of speed16 in the statistics engine and the readers find what the searches they
replace find: on the lines of the seed texts and on random texts built from the pieces the
patterns read (with the characters `re.IGNORECASE` folds to ASCII letters)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from loaders.numbers import patterns
from loaders.numbers.leading import first_chars

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
_FOLDS = ["ſ", "K", "ı", "İ"]  # long s, Kelvin sign, dotless i, dotted capital I


def _seed_lines() -> list[str]:
    return [
        line
        for path in sorted(SEEDS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
        if line.strip()
    ]


def _texts(pieces: list[str], seed: int, n: int = 20000, most: int = 10) -> list[str]:
    rnd = random.Random(seed)
    pieces = pieces + _FOLDS
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def _found(rx: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None) -> list[object]:
    hi = len(text) if hi is None else hi
    return [(m.span(), m.groupdict()) for m in rx.finditer(text, lo, hi)]


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"(?<!\w)\b(?:ab|c[de])x", 0, "ac"),
        (r"[0-9]+(?:st|nd)", re.I, "0-9"),
        (r"(?P<g>x|y)?z", 0, None),  # an optional group: "z" may start the match too
        (r"a?b", 0, None),
        (r"\w+", 0, None),
        (r"[^a]b", 0, None),
        (r"(?i:a)b", 0, None),  # the case rules change inside: the class would not follow
        (r"(?<=x)", 0, None),  # only zero-width: the match is empty
        (r"-|\.", 0, r"\-\."),
    ],
)
def test_first_chars(pattern: str, flags: int, expected: str | None) -> None:
    assert first_chars(pattern, flags) == expected


def _original_number_re() -> re.Pattern[str]:
    return re.compile(f"{patterns._NUMBER_DIGITS}|{patterns._NUMBER_WORDS}", re.I)


def test_number_re_finds_what_the_plain_alternation_finds_in_the_seeds() -> None:
    original = _original_number_re()
    lines = _seed_lines()
    assert len(lines) > 500
    for line in lines:
        assert _found(patterns.NUMBER_RE, line) == _found(original, line), line
        if len(line) > 12:  # a stretch of a line, as the scanner reads a sentence
            assert _found(patterns.NUMBER_RE, line, 5, len(line) - 5) == _found(
                original, line, 5, len(line) - 5
            ), line


def test_number_re_finds_what_the_plain_alternation_finds_in_random_texts() -> None:
    original = _original_number_re()
    pieces = ["1", "25", "3.5", "1,000", "2 500", " ", "-", "+", "−", "–", "—", ".", ",", "/",
              ")", "]", "^", "@", "#", ";", ":", "a", "A", "x", "é", "_", "one", "Two",
              "TWENTY", "thirty-", "five", "dozen", "a dozen", "hundred", "thousand", "half",
              "thirds", "doubled", "Tripled", "fold", "-fold", "tens", "eleven", "zero", "km",
              "tonnes", "\u00a0", "ſix", "ſeven", "\n"]  # fmt: skip
    for text in _texts(pieces, 16):
        assert _found(patterns.NUMBER_RE, text) == _found(original, text), text
        assert _found(patterns.NUMBER_RE, text, 2, len(text) - 1) == _found(
            original, text, 2, len(text) - 1
        ), text


# The report reader's footnote-reference patterns as they were, look-behinds first.
_REFS_BEFORE = {
    "_STRONG": r"(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|\^\{\s*(?P<markup>\d{1,3})\s*\}",
    "_AFTER_WORD": r"(?:(?<=[a-z]{2})|(?<=[%)\]\"”’»]))(?P<n>\d{1,3})(?=[\s.,;:)]|$)",
    "_AFTER_PUNCT": r"(?<=[a-z%)\]\"”’»][.,;:])(?P<n>\d{1,3})(?=\s|$)",
    "_AFTER_NUMBER": (
        r"(?<![\d.,])(?P<head>\d{1,3}(?:,\d{3})+|\d{1,4})[.,](?P<n>\d{1,3})(?=\s|$|[)\];])"
    ),
    "_BARE": r"(?<=[.,;:)\"”] )(?P<n>\d{1,3})(?=\s+[A-Za-z]|\s*$)",
}


@pytest.mark.parametrize("name", sorted(_REFS_BEFORE))
def test_reference_patterns_find_what_the_look_behind_first_forms_find(name: str) -> None:
    from loaders.readers.report import refs

    now, before = getattr(refs, name), re.compile(_REFS_BEFORE[name])
    pieces = ["1", "23", "456", "7890", "٣", "²", "⁸", "⁸²", "^{", "}", "^{12}", "a", "ab", "Ab",
              "x", " ", "  ", "\n", ".", ",", ";", ":", ")", "]", "%", '"', "”", "’", "»",
              "1,000", "2020.", "percent", "Tons", "-"]  # fmt: skip
    for text in _seed_lines() + _texts(pieces, 17):
        assert _found(now, text) == _found(before, text), text


def test_separator_and_leftover_shortcuts_answer_as_the_full_tests() -> None:
    import unicodedata

    from loaders.readers import thread_lines

    def separator(stripped: str) -> bool:  # as it was: every character listed first
        chars = [c for c in stripped if not c.isspace() and c != "\ufe0f"]
        if len(chars) < 3 or any(c.isalnum() for c in chars):
            return False
        if any(0x1F1E6 <= ord(c) <= 0x1F1FF or c in thread_lines._POINTING for c in chars):
            return False
        return all(unicodedata.category(c)[0] in "PSC" for c in chars)

    read_time = thread_lines._READ_TIME.pattern_object
    pieces = ["⚡️", "*", "—", "•", " ", "\ufe0f", "_", "a", "Z", "7", "²", "½", "٣", "🇺🇦", "👇",
              "tweets", "TWEET", "Tweets", "3", "14", " min read", "Jun 15, 2020", "reads",
              "force a refresh", "Missing some Tweet", "ſ", "\n"]  # fmt: skip
    for text in _seed_lines() + _texts(pieces, 18):
        assert thread_lines._is_separator(text) == separator(text), text
        assert bool(thread_lines._READ_TIME.search(text)) == bool(read_time.search(text)), text
        low = text.casefold()
        expected = bool(thread_lines._BULLETS.match(text) or read_time.search(text)) or any(
            low.startswith(p) for p in thread_lines._LEFTOVERS
        )
        assert thread_lines.is_leftover(text) == expected, text
    for c in map(chr, range(0x110000)):  # `re`'s alphanumerics are `str`'s
        assert bool(thread_lines._ALNUM.match(c)) == c.isalnum(), hex(ord(c))

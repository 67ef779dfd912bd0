"""Shortcuts of speed16 in the statistics engine and the readers find what the searches they
replace find: on the lines of the seed texts and on random texts built from the pieces the
patterns read (with the characters `re.IGNORECASE` folds to ASCII letters)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from loaders.leading import first_chars
from loaders.numbers import patterns

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
        (r"(?P<g>x|y)?z", 0, "xyz"),  # an optional group: "z" may start the match too
        (r"a?b", 0, "ab"),
        (r"(?:from\s+)?(?P<y>19|20)[0-9]{2}", 0, "12f"),
        (r"(?:a|)", 0, None),  # may be empty
        (r"a*", 0, None),
        (r"\s*x", 0, None),  # "\s" is a category, not a few characters
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


def _unled(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern `leading.led` put a look-ahead before ("(?=[…])(?:P)" -> P; a class body
    from `re.escape` holds no unescaped "]")."""
    head, sep, rest = rx.pattern.partition("])(?:")
    assert head.startswith("(?=[") and sep and rest.endswith(")"), rx.pattern
    return re.compile(rest[:-1], rx.flags)


def _led_patterns() -> list[re.Pattern[str]]:
    from loaders.numbers import exclusions, periods

    found = [rx for _, rx in periods._PATTERNS] + [
        getattr(rx, "pattern_object", rx) for _, rx in exclusions._BLOCKERS
    ]
    return [rx for rx in found if rx.pattern.startswith("(?=[")]


def test_led_patterns_find_what_the_patterns_find() -> None:
    led_patterns = _led_patterns()
    assert len(led_patterns) >= 30
    pieces = ["2021", "1999", "20", "Q1", "H1", "first", "second", "half", "third", "quarter",
              "months", "year", "January", "Aug.", "10", "3rd", " ", " - ", "–", "to", "from",
              "and", "the", "a", "According to", "Rosstat", "Central Bank", "China's", "data",
              "said", "per", ", ", "(", "’s", "x", "second quarter of 2021", "ſecond quarter",
              "the first half of this year", "FIRST HALF", "the first nine months of 2022",
              "a year earlier", "one year before", "the previous year", "compared to 2019",
              "than in 2020", "by 2024", "until the end of 2030", "since 2010", "ſince 2010",
              "two years later", "7 years after", "last year", "this year", "January–March 2021",
              "from May 10 to 20", "February 4, 2022", "24 May 2023", "2019-2021",
              "between 2010 and 2015", "Q2–Q4 2021", "H2 2022", "in Aug alone",
              "second half of 2021", "from January to March",
              "versus 2019", "vs. last year", "five years after", "four years later",
              "ten years after", "one year after", "six years later", "Eight years later",
              "current year", "next year", "past year", "Analysts at", "Experts from",
              "Researchers at", "Scholars with", "Economists of", "American data show",
              "European statistics indicate", "U.S. figures suggest", "announced by",
              "compiled by", "estimated by", "surveyed by", "released by", "calculated by",
              "Sberbank said", "ISBN 978-5-91891-123-4", "doi: 10.1000/xyz", "No. 5",
              "Nos. 3", "Vol. 2", "p. 201", "Table 3", "Figure 1.2", "Unit 7", "Phase 2",
              "paragraph 9", "Photo 2 of 9", "Reading time: 4 min", "top-10", "Top three",
              "One day,", "+7 (495) 225-6283", "(495) 225-62-83", "8-800-555-35-35",
              "24.05.2023", "2023-05-24", "10:30", "1/14", "2/", "1)", "(ii) A", "over 2020",
              "against 2018", "relative to 2017",
              "According to the Central Bank", "according to Chinese customs data",
              "data from Rosstat", "Chinese customs data show", "China's customs recorded",
              "@levada_ru data", ", per Rosstat", "analysts at Sberbank", "Experts from IMEMO",
              "Rosstat reported", "polled by Levada", "the Ministry has published",
              "Russian statistics reveal", "figures of the FCS", "İn", "K", "ı"]  # fmt: skip
    texts = _seed_lines() + _texts(pieces, 19, 6000, 8)
    for rx in led_patterns:
        original = _unled(rx)
        for text in texts:
            assert _found(rx, text) == _found(original, text), (rx.pattern[:60], text)


@pytest.mark.parametrize("index", range(len(_led_patterns())))
def test_led_pattern_on_texts_generated_from_it(index: int) -> None:
    """Texts holding a match of the pattern (Hypothesis writes them from the pattern itself,
    so every alternative's opening is tried), with and without the folding characters."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    rx = _led_patterns()[index]
    original = _unled(rx)

    @settings(max_examples=150, suppress_health_check=list(HealthCheck), database=None)
    @given(st.from_regex(original), st.sampled_from(["", *_FOLDS]))
    def check(text: str, fold: str) -> None:
        for variant in (text, fold + text, text.replace("s", "ſ").replace("k", "K")):
            assert _found(rx, variant) == _found(original, variant), variant

    check()


# The statistics stage's footnote patterns as they were, look-behinds first.
_FOOTNOTES_BEFORE = {
    "_AFTER_WORD": r"(?:(?<=[a-z%)\]\"”’»*])[.,]|(?<=[)\]\"”’»]))([0-9]{1,3})(?=\s|$)",
    "_GLUED": (
        r"(?<![0-9.,])((?:19|20)[0-9]{2}|[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3})([.,])([0-9]{1,3})"
        r"(?![0-9.,]*[0-9])"
    ),
    "_BARE": r"(?<=[\s,;])([0-9]{1,3})(?=\s+[a-z])",
}


@pytest.mark.parametrize("name", sorted(_FOOTNOTES_BEFORE))
def test_footnote_patterns_find_what_the_look_behind_first_forms_find(name: str) -> None:
    from loaders.numbers import footnotes

    now, before = getattr(footnotes, name), re.compile(_FOOTNOTES_BEFORE[name])
    pieces = ["1", "23", "456", "2020", "1999", "10,000", "٣", "²", ".", ",", ";", " ", "  ",
              "\n", "\t", "a", "ab", "Z", "%", ")", "]", '"', "”", "’", "»", "*", "year",
              "billion", "-", "x"]  # fmt: skip
    for text in _seed_lines() + _texts(pieces, 20):
        found = [(m.span(), m.groups()) for m in now.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in before.finditer(text)], text


def test_one_search_for_the_words_of_every_credit_rule_passes_where_a_rule_may_match() -> None:
    from loaders.numbers import sources

    words = sorted({t for rx in sources._RULES for t, _ in rx.literals})
    pieces = [*words, *(w.upper() for w in words), *(w.title() for w in words), "ſtatistics",
              "DAta", "Data", "A", "a", "x", " ", ", ", "(", "per", "PER", "ſaid"]  # fmt: skip
    for text in _seed_lines() + _texts(pieces, 21, 20000, 4):
        for lo, hi in ((0, len(text)), (3, len(text) - 2)):
            if any(rx.may_match(text, lo, hi) for rx in sources._RULES):
                assert sources._ANY_RULE.may_match(text, lo, hi), (text, lo, hi)


def test_hyphenated_pairs_are_the_compound_pattern_s() -> None:
    from itertools import pairwise

    from loaders.readers.report.body import hyphenated_pairs

    compound = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:-[^\W\d_]+)+")  # as it was

    def expected(text: str) -> set[str]:
        return {
            f"{x}-{y}" for m in compound.finditer(text) for x, y in pairwise(m.group(0).split("-"))
        }

    pieces = ["long", "term", "ish", "-", "--", "‑", "a", "Zé", "ß", "_", "1", "²", "½", "٣", " ",
              "\n", "x-y", "co-op", "-a", "b-"]  # fmt: skip
    whole = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.glob("*.txt"))]
    for text in whole + _seed_lines() + _texts(pieces, 22):
        folded = text.casefold()
        assert hyphenated_pairs(folded) == expected(folded), text


def test_period_words_found_in_the_lower_cased_sentence_as_re_finds_them() -> None:
    from loaders.numbers import periods

    pieces = ["year", "YEAR", "Year", "quarter", "QUARTER", "half", "HaLf", "month", "Months",
              "yea", "r", "ye", "ar", "İ", "K", "ſ", "ı", "é", "Σ", " ", "2021", "x"]  # fmt: skip
    for text in _seed_lines() + _texts(pieces, 23):
        for lo, hi in ((0, len(text)), (2, len(text) - 3), (-1, len(text) + 5)):
            lowered = text[max(lo, 0) : max(hi, 0)].lower()
            for word, rx in zip(periods._WORD_TEXTS, periods._WORDS.values(), strict=True):
                assert (word in lowered) == (rx.search(text, lo, hi) is not None), (text, word)

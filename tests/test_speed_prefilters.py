"""Speed prefilters give the same matches as the patterns they skip (issue 15).

The literal prefilter (`loaders.prefilter`), the exclusion patterns run by what a passage
contains (`loaders.numbers.exclusions`) and the time-expression patterns run by the words
of a sentence (`loaders.numbers.periods`) must find exactly what a full scan finds.
"""

from __future__ import annotations

import re
import sys

import pytest

from loaders.numbers import exclusions, periods
from loaders.prefilter import FOLDS_TO_ASCII, Gated, gated, required_literals

TEXTS = [
    "According to Rosstat, exports rose by a third in the first quarter of 2023.",
    "The customs office said that trade would likely grow, analysts at Sberbank noted.",
    "Half of the 1/3 of the market went to Chinese firms; twice as many as in 2019.",
    "ACCORDING TO THE MINISTRY, figures WOULD improve; the Ministry Expects that too.",
    "İstanbul and Kelvin signs: the word \u212aey or \u017fays must fold like re does.",
    "Ivan Petrov, 54, and Li Wei (61) spoke; #1 exporter, No. 2 buyer, number 3 ranked.",
    "Reported by the Central Bank of Russia, data from the IMF show a fifth of trade.",
    "Nothing here at all, only words without the needed ones.",
    "",
    "RMB90bn and USD2 billion were paid for the fifth month in a row, in H1 2022 alone.",
    "Contact press@mid.ru or visit www.mid.ru/en and kremlin.ru on May 24, 2023, 10:30.",
    "A year earlier (i) the figure was 4 min read; one day, 3 hours ago, 12 comments.",
    "Between January and March 2021 the share fell, compared with the previous year.",
]

PATTERNS = [
    re.compile(r"\b[Aa]ccording\s+to\s+(?P<name>[A-Z]\w+)"),
    re.compile(r"(?<![\w-])(?:a|one)\s+(?:third|fifth|quarter)(?![\w-])", re.I),
    re.compile(r"\b(?:says|said|noted)\s+that\s+", re.I),
    re.compile(r"\bwould\s+(?:not\s+)?(?!have\b)\w+", re.I),
    re.compile(r"(?i:k)ey|(?i:s)ays|(?i:i)stanbul"),
    re.compile(r"[A-Z][a-z]+,\s(?P<a>[1-9][0-9]),\s|\((?P<b>[0-9]{1,3})\)"),
    re.compile(r"(?:(?<![\w#])#|\b[Nn]o\.\s?|\bnumber\s)(?P<n>[1-9][0-9]{0,2})"),
    re.compile(r"\b(?:RMB|USD)(?P<n>[0-9]+)"),
    re.compile(r"(?:data|figures)\s+(?:from|of)\s+(?:the\s+)?(?P<name>[A-Z]+)", re.I),
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_gated_patterns_find_what_the_pattern_finds(pattern: re.Pattern[str]) -> None:
    wrapped = gated(pattern)
    assert isinstance(wrapped, Gated)
    for text in TEXTS:
        for lo, hi in ((0, len(text)), (5, len(text)), (0, len(text) // 2), (7, 30)):
            assert [m.span() for m in wrapped.finditer(text, lo, hi)] == [
                m.span() for m in pattern.finditer(text, lo, hi)
            ]
            found, expected = wrapped.search(text, lo, hi), pattern.search(text, lo, hi)
            assert (found and found.span()) == (expected and expected.span())
            assert wrapped.findall(text, lo, hi) == pattern.findall(text, lo, hi)
            found, expected = wrapped.match(text, lo, hi), pattern.match(text, lo, hi)
            assert (found and found.span()) == (expected and expected.span())


def test_unicode_case_folding_is_re_s_own() -> None:
    # the Kelvin sign folds to "k", the long s to "s", dotted capital I to "i" in re.I
    for pattern, text in (
        (re.compile(r"key", re.I), "the \u212aEY"),
        (re.compile(r"says", re.I), "he \u017fays"),
        (re.compile(r"istanbul", re.I), "\u0130stanbul"),
    ):
        assert pattern.search(text)
        assert gated(pattern).search(text)


def test_folds_to_ascii_are_re_s_own() -> None:
    import _sre
    from re import _casefix  # type: ignore[attr-defined]

    lowered = {
        chr(c)
        for c in range(128, sys.maxunicode + 1)
        if _sre.unicode_tolower(c) < 128 and chr(_sre.unicode_tolower(c)).isalpha()
    }
    extra = {chr(k) for k, v in _casefix._EXTRA_CASES.items() if k >= 128 and min(v) < 128}
    assert set(FOLDS_TO_ASCII.pattern[1:-1]) == lowered | extra


def test_uncased_literals_take_the_lower_cased_gate() -> None:
    # "©", "≥": `re.I` matches such a character only as itself, and no character lower-cases
    # to a string holding one, so the lower-cased stretch finds them wherever `re` does
    uncased = "©±≤≈≥"
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert sorted(re.findall(f"[{uncased}]", every, re.I)) == sorted(uncased)
    assert {ch for ch in every if any(u in ch.lower() for u in uncased)} == set(uncased)
    boilerplate = gated(re.compile(r"\b(?:©|copyright|read more)\b", re.I))
    assert isinstance(boilerplate, Gated) and boilerplate.lower_gate is not None
    for text in ("© 2024 TASS", "COPYRIGHT 2024", "Read More »", "no such words", "ſ ©"):
        expected = re.search(r"\b(?:©|copyright|read more)\b", text, re.I)
        assert bool(boilerplate.search(text)) == bool(expected)


def test_non_ascii_text_is_gated_like_ascii_text() -> None:
    pattern = re.compile(r"\bsaid\s+that", re.I)
    for text in ("“We agree,” he SAID that day", "he ſaid that", "“no” — nothing"):
        assert bool(gated(pattern).search(text)) == bool(pattern.search(text))


def test_required_literals() -> None:
    assert required_literals(re.compile(r"\bper\s+(?:cent|mille)")) == {
        ("cent", False),
        ("mille", False),
    }
    assert required_literals(re.compile(r"(?i:Data)\s+show")) == {("Data", True)}
    # an optional part, an alternative without a literal, a look-around: no requirement
    assert required_literals(re.compile(r"(?:according)?\s*[0-9]+")) is None
    assert required_literals(re.compile(r"according|[0-9]+")) is None
    assert required_literals(re.compile(r"(?<=according )[0-9]+")) is None
    assert gated(re.compile(r"[0-9]+")).pattern == "[0-9]+"


def _full_blocked(text: str) -> list[tuple[int, int]]:
    everything = re.compile("|".join(f"(?:{p})" for _, p in exclusions._PATTERNS))
    return [(m.start(), m.end()) for m in everything.finditer(text)]


# Ties and overlaps between exclusion patterns: a journal's pages before a time, a report
# number before a year, an address inside a URL, a phone number inside a code.
DENSE = [
    "International Politics (2021) 58:363–380, Table 3/2021 at 10:30-11:45; Fig. 2-3.",
    "Write to a@b.ru via www.x.com/a@b.ru or mid.ru; ISBN 978-5-1234-5678-9, +7 (495) 225-6283.",
    "COVID-19 Unit 29155 the top ten 5G G7 102.4 FM, 1/14 2/ (1) 1) 30-day average, 1st century.",
]


@pytest.mark.parametrize("text", TEXTS + DENSE)
def test_exclusions_pattern_by_pattern_match_the_whole_alternation(text: str) -> None:
    found = [(m.start(), m.end()) for m in exclusions._blocking(text)]
    assert found == _full_blocked(text)


@pytest.mark.parametrize("text", TEXTS)
def test_time_expressions_gated_by_words_match_a_full_scan(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def spans() -> list[tuple[int, int, str]]:
        return [(t.start, t.end, t.kind) for t in periods.find(text, 0, len(text))]

    gated_spans = spans()
    monkeypatch.setattr(periods, "_NEEDS", tuple(() for _ in periods._NEEDS))
    periods._runnable.cache_clear()  # the choice made for each combination of needs met
    try:
        assert gated_spans == spans()
    finally:
        periods._runnable.cache_clear()


def test_a_small_class_of_characters_is_a_requirement() -> None:
    assert required_literals(re.compile(r"[“\"](?P<c>[^“”\"]+)[”\"]")) == {
        ("“", False),
        ('"', False),
    }
    assert required_literals(re.compile(r"[a-z]+")) is None  # a range: no strings


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"\b(?:citing|quoting|referring|reference)\s+\w+", re.I),  # lower-cased
        re.compile(r"\bhalf\b", re.I),
        re.compile(r"\b[Aa]ccording\s+to"),  # exact: "ccording"
        re.compile(r"(?<!\w)(?:TWh|GWh|bcm)\b"),
        re.compile(r"“[^“”]+”|\"[^\"]+\"|(?<![\w’])‘[^‘’]+’"),
    ],
    ids=lambda p: p.pattern[:30],
)
def test_few_strings_searched_by_str_gate_like_the_gate_pattern(pattern: re.Pattern[str]) -> None:
    wrapped = gated(pattern)
    assert isinstance(wrapped, Gated)
    assert wrapped.lower_few is not None or wrapped.exact_few is not None
    texts = [*TEXTS, '“Quoted,” he said; ‘single’ and "straight"', "Citing \u212aWh, ſaid"]
    for text in texts:
        for lo, hi in ((0, len(text)), (5, len(text)), (0, 12), (7, 30), (-3, 40), (4, -2)):
            assert wrapped.may_match(text, lo, hi) == bool(wrapped.gate.search(text, lo, hi))
            assert [m.span() for m in wrapped.finditer(text, lo, hi)] == [
                m.span() for m in pattern.finditer(text, lo, hi)
            ]

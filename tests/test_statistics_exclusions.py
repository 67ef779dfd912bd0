"""Statistics: what is NOT a statistic (dates, years, codes, numbering, footnote references)."""

from __future__ import annotations

import pytest
from statistics_helpers import extraction, stats

from kb.models import PassageKind
from loaders.numbers.exclusions import blocked_spans
from loaders.worker import time_limit


@pytest.mark.parametrize(
    "text",
    [
        "The summit opened on May 24, 2023 in Kazan.",
        "The 2018 deal was signed during the 2019 visit.",
        "Rallies are planned for January 31 in Moscow.",
        "Goods were sold from January 10 to 20 online.",
        "See carnegie.ru/2021/06/03/com and https://example.org/a/2022/45 for details.",
        "Report No. 78/2022 runs to 80 p. with Fig. 1 and Table 2 on P. 201.",
        "ISBN 978-5-6048393-3-1 is printed on the back.",
        "Call +7 (495) 225-62-83 or 8-800-555-35-35 for details.",
        "The Haval H9 and the 5G rollout were discussed at the G7 and on 102.4 FM.",
        "COVID-19 hit the Su-35 programme and the Top-3 list.",
        "2/ The second tweet of a thread 1/14",
        "What worries Moscow? 1) growing rivalry; 2) dependency.",
        "At 10:30 the 21st century forum marked the 20th anniversary.",
        "@user123 wrote about #G20 in 2021.",
        "The report was published on 24.05.2023 in Moscow.",
    ],
)
def test_not_a_statistic(text: str) -> None:
    assert [s.surface for s in stats(text)] == []


def test_section_numbers_of_headings_and_numbered_paragraphs() -> None:
    found = stats("3.1. Trade and Economic Cooperation", kind=PassageKind.HEADING)
    assert found == []
    assert stats("6. According to the authors, trade will grow.") == []
    assert [s.surface for s in stats("2.5 million tonnes were shipped.")] == ["2.5 million tonnes"]


def _refs_around(body: str) -> str:
    """A report-like paragraph whose footnote references are superscripts around `body`."""
    return f"Trade grew in 2019.⁸⁴ Exports rose.⁸⁵ {body} Imports fell.⁸⁸ Then it recovered.⁸⁹"


@pytest.mark.parametrize(
    ("body", "surface", "value"),
    [
        ("Gas exports grew 2.54 times compared to 2020.86", "2.54 times", 2.54),
        ("Trade increased by 38.5 percent in January–February 2022,86 as expected.",
         "38.5 percent", 38.5),
        ("The number of students was 10,000,86 a tenfold decrease.", "10,000", 10000.0),
    ],
)  # fmt: skip
def test_footnote_reference_glued_to_a_number_is_not_part_of_it(
    body: str, surface: str, value: float
) -> None:
    found = stats(_refs_around(body))
    assert surface in [s.surface for s in found]
    assert all("86" not in s.surface for s in found)
    (s,) = [s for s in found if s.surface == surface]
    assert s.value == value


def test_glued_year_reference_keeps_the_year_as_period_not_a_decimal() -> None:
    found = stats(_refs_around("Exports rose 12 percent in 2020.86"))
    (s,) = found
    assert s.surface == "12 percent"
    assert s.period_start is not None and s.period_start.year == 2020


def test_bare_reference_between_words_is_not_a_count() -> None:
    found = stats(_refs_around("Volumes fell for crude oil, iron ore, 86 timber and seafood."))
    assert found == []


def test_decimal_that_continues_the_sequence_is_cut_to_a_date() -> None:
    body = "Goods worth 723 million roubles were sold from January 10 to 20.86 The total grew."
    found = stats(_refs_around(body))
    assert [s.surface for s in found] == ["723 million roubles"]


def test_reader_recorded_footnote_refs_are_respected() -> None:
    text = "Trade reached \\$146.89 billion in 2021.82 Exports grew 4 percent."
    offset = text.index("82 Exports")
    ex = extraction(text, meta={"footnote_refs": [{"offset": offset, "number": "82"}]})
    assert [s.surface for s in ex.statistics] == ["\\$146.89 billion", "4 percent"]
    assert ex.statistics[0].period_start is not None


def test_without_any_footnote_sequence_a_real_decimal_survives() -> None:
    found = stats("The index stood at 20.98 percent last year.")
    assert [(s.surface, s.value) for s in found] == [("20.98 percent", 20.98)]


def test_a_sign_after_a_space_is_not_a_range_and_fractional_counts_are_dropped() -> None:
    found = stats("Shares moved 7 -7.74 points; 60.37 Non-ferrous metals; 12 ships left.")
    assert [(s.surface, s.value) for s in found] == [("12 ships", 12.0)]


def test_footnote_publication_dates_are_not_periods_and_titles_are_not_counts() -> None:
    found = stats(
        '"Exports Could Reach 4 billion kWh," Interfax, November 29, 2021.',
        '"Two Ways to Grow," Vedomosti, May 2, 2020.',
        kind=PassageKind.FOOTNOTE,
    )
    assert [(s.surface, s.period_start, s.in_footnote) for s in found] == [
        ("4 billion kWh", None, True)
    ]


@pytest.mark.parametrize("unit", ["1", "1-", "1.", "a.", "_1", "+1"])
def test_blocked_spans_is_linear_on_long_runs_of_word_characters(unit: str) -> None:
    """60,000 characters without a space: the quadratic patterns (an e-mail local part or a
    host name scanned from every position of the run) took over a minute on each of these;
    now well under a second. The limit only turns a hang into a failure."""
    text = unit * (60_000 // len(unit))
    with time_limit(20):
        spans = blocked_spans(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)


def test_addresses_and_host_names_within_their_length_limits_are_still_blocked() -> None:
    address = "reach " + "a.b-c" * 12 + "@mid.ru about 25"  # a 60-character local part
    host = "see " + ".".join(["x" * 60, "y" * 60, "mid"]) + ".ru/2022/45 for 30"
    for text in (address, host):
        blocked = blocked_spans(text)
        assert any(text[s:e].endswith(("mid.ru", "/2022/45")) for s, e in blocked)

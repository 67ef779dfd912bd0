"""Statistics written in words and signs: fractions and shares, runs ("the fifth month in a
row"), signed figures in lists, page chrome that is not a statistic, and the source of each
number. Every text here is new, written for these tests and annotated before it was run.
"""

from __future__ import annotations

import pytest
from statistics_helpers import extraction, stats

from kb.models import PassageKind

# ---- a news paragraph: shares in words ---------------------------------------------------

NEWS = (
    "Nearly a third of Kazakhstan's wheat now goes to China, and about a quarter of its "
    "fertiliser imports come from Russia. More than half of all bilateral payments are "
    "settled in yuan, while two-thirds of the firms surveyed expect that share to grow. "
    "Only a fifth of the respondents said sanctions had hurt them. Rail freight fell by a "
    "third in the spring, but one in five Kazakh exporters still plans to expand."
)
NEWS_GOLD = [  # surface, value, unit, qualifier, is_change
    ("a third", 33.33, "percent", "APPROXIMATE", False),
    ("a quarter", 25.0, "percent", "APPROXIMATE", False),
    ("half", 50.0, "percent", "MORE_THAN", False),
    ("two-thirds", 66.67, "percent", "EXACT", False),
    ("a fifth", 20.0, "percent", "EXACT", False),
    ("a third", -33.33, "percent", "EXACT", True),
    ("one in five", 20.0, "percent", "EXACT", False),
]


def test_shares_in_words_are_percent_with_their_qualifier() -> None:
    found = [(s.surface, s.value, s.unit, s.qualifier, s.is_change) for s in stats(NEWS)]
    assert found == NEWS_GOLD


@pytest.mark.parametrize(
    "text",
    [
        "Talks lasted half an hour.",
        "The treaty has held for a quarter of a century.",
        "In the first half of 2024 the port was closed.",
        "Exports recovered in the third quarter.",
        "He was re-elected for a third term.",
        "The other half of the delegation stayed in Harbin.",
        "It is the second half of the story.",
    ],
)
def test_fractions_of_time_and_ordinals_are_not_shares(text: str) -> None:
    assert [s.surface for s in stats(text)] == []


def test_half_a_million_and_twice_as() -> None:
    found = {s.surface: (s.value, s.unit) for s in stats(
        "Half a million tourists crossed at Blagoveshchensk, and the bridge cost half a "
        "billion dollars. Chinese car sales in Russia were twice as high as in 2022."
    )}  # fmt: skip
    assert found == {
        "Half a million tourists": (500_000.0, "count"),
        "half a billion dollars": (5e8, "USD"),
        "twice": (2.0, "ratio"),
    }


# ---- runs of months/years ------------------------------------------------------------------


def test_a_run_of_periods_is_a_duration() -> None:
    found = {s.surface: (s.value, s.unit) for s in stats(
        "Imports from Belarus rose for the seventh month in a row, and GDP shrank for a "
        "second consecutive year. He won a second term."
    )}  # fmt: skip
    assert found == {"seventh month in a row": (7.0, "month"),
                     "second consecutive year": (2.0, "year")}  # fmt: skip


# ---- a list and a thread with signed figures --------------------------------------------


def test_signed_figures_in_a_list_under_a_percent_heading() -> None:
    found = stats(
        "Uzbek trade with China, January-May, % y/y:\n"
        "- machinery: +105.6\n- textiles: –10.22\n- copper: −3.4\n- cotton: -0.5"
    )
    assert [(s.surface, s.value, s.unit, s.is_change) for s in found] == [
        ("+105.6", 105.6, "percent", True),
        ("–10.22", -10.22, "percent", True),
        ("−3.4", -3.4, "percent", True),
        ("-0.5", -0.5, "percent", True),
    ]


def test_a_signed_number_without_a_percent_cue_is_not_guessed() -> None:
    assert stats("The teams drew, and the final score was 2 -1 after extra time.") == []


# ---- page chrome -------------------------------------------------------------------------


def test_page_chrome_is_not_a_statistic() -> None:
    found = stats(
        "4 min read Trade figures",
        "Updated 3 hours ago · 12 comments",
        "Photo 2 of 9: the Zabaikalsk crossing.",
        "Grain shipments reached 2.4 million tonnes.",
    )
    assert [s.surface for s in found] == ["2.4 million tonnes"]


# ---- counts written in words, discourse nouns, numbers that look like years ---------------


def test_counts_in_words_and_lists_of_modifiers() -> None:
    found = {s.surface: s.value for s in stats(
        "Eleven Chinese Banks opened branches in Kazan. The number of member states rose "
        "to ten. The bureau runs 412 primary, secondary and vocational schools, and 1500 "
        "teachers were hired. Our partners, which now number more than 40, agreed. There "
        "are three main reasons for this, and two things matter most."
    )}  # fmt: skip
    assert found == {
        "Eleven Chinese Banks": 11.0,
        "ten": 10.0,
        "412 primary, secondary and vocational schools": 412.0,
        "1500 teachers": 1500.0,
        "40": 40.0,
    }


def test_years_stay_years() -> None:
    found = stats("Between 2019 and 2021 exports were flat. In 2000 prices were low, and "
                  "2022 sales were weak.")  # fmt: skip
    assert found == []


# ---- sources ---------------------------------------------------------------------------


def _sources(*paragraphs: str, kind: PassageKind = PassageKind.PARAGRAPH) -> dict[str, str | None]:
    ex = extraction(*paragraphs, kind=kind)
    return {s.surface: (ex.entities[s.source].name if s.source else None)
            for s in ex.statistics}  # fmt: skip


def test_each_number_takes_the_source_of_its_own_clause() -> None:
    got = _sources(
        "According to China's customs, trade grew 26.3% to $190.3 billion in 2022. The "
        "Federal Customs Service of Russia recorded $183 billion. Exports to China rose 43%, "
        "according to the Federal Customs Service, while imports fell 5.4%, Rosstat reported."
    )
    assert got == {
        "26.3%": "General Administration of Customs of the People's Republic of China",
        "$190.3 billion": "General Administration of Customs of the People's Republic of China",
        "$183 billion": "Federal Customs Service of Russia",
        "43%": "Federal Customs Service of Russia",
        "5.4%": "Rosstat",
    }


def test_a_source_stated_once_carries_over_the_figures_that_follow() -> None:
    got = _sources(
        "According to China's customs: trade reached $240 billion in 2023. Exports to Russia "
        "grew 46.9%. Imports from Russia rose 12.7%.",
        "Analysts expect growth of 5% next year.",
    )
    customs = "General Administration of Customs of the People's Republic of China"
    assert got == {"$240 billion": customs, "46.9%": customs, "12.7%": customs, "5%": None}


def test_a_thread_carries_its_source_while_the_tweets_continue_the_figures() -> None:
    got = _sources(
        "1/ Chinese customs data is out. Trade in Jan-Oct was $196.5b, +27.7% y/y.",
        "2/ Exports to Russia: $89.2b (+52%). Imports: $107.3b (+13.9%).",
        "3/ Why does this matter? Politics.",
        "4/ My own estimate: 10% growth next year.",
        kind=PassageKind.TWEET,
    )
    customs = "General Administration of Customs of the People's Republic of China"
    assert got == {"$196.5b": customs, "+27.7%": customs, "$89.2b": customs, "+52%": customs,
                   "$107.3b": customs, "+13.9%": customs, "10%": None}  # fmt: skip


# ---- wire-style sentences (written for these tests in the style of agency reports) -------


def test_wire_style_changes_and_signs() -> None:
    found = [(s.surface, s.value, s.unit, s.is_change) for s in stats(
        "Mongolia's coal exports to China rose year on year by 41.2% to $3.1 bln. Shipments "
        "of copper gained 8% to $1.9 bln, those of iron ore — by 15.5% to $0.8 bln. Trade "
        "with Japan fell by 4.4% to $2.2 bln, with South Korea – by 9.1% to $0.6 bln. The "
        "slump in wool sales is 12%, and the collapse of cashmere prices by a whopping 30% "
        "hit herders."
    )]  # fmt: skip
    assert found == [
        ("41.2%", 41.2, "percent", True), ("$3.1 bln", 3.1e9, "USD", False),
        ("8%", 8.0, "percent", True), ("$1.9 bln", 1.9e9, "USD", False),
        ("15.5%", 15.5, "percent", True), ("$0.8 bln", 8e8, "USD", False),
        ("4.4%", -4.4, "percent", True), ("$2.2 bln", 2.2e9, "USD", False),
        ("9.1%", -9.1, "percent", True), ("$0.6 bln", 6e8, "USD", False),
        ("12%", -12.0, "percent", True), ("30%", -30.0, "percent", True),
    ]  # fmt: skip


def test_glued_codes_ranges_with_scale_and_multiples() -> None:
    found = {s.surface: (s.value, s.value_high, s.unit, s.is_change) for s in stats(
        "The swap line was raised to RMB150 billion (USD21 billion). Analysts see turnover at "
        "$95-100b next year. Yuan loans have reached 70 billion roubles, increasing eight "
        "times. The ministers have met four times."
    )}  # fmt: skip
    assert found == {
        "RMB150 billion": (1.5e11, None, "CNY", False),
        "USD21 billion": (2.1e10, None, "USD", False),
        "$95-100b": (9.5e10, 1e11, "USD", False),
        "70 billion roubles": (7e10, None, "RUB", False),
        "eight times": (8.0, None, "ratio", True),
        "four times": (4.0, None, "count", False),
    }


def test_shares_that_are_not_changes() -> None:
    found = {s.surface: (s.value, s.qualifier, s.is_change) for s in stats(
        "The two currencies now make up less than half of export payments. The yuan's share "
        "has exceeded one-third."
    )}  # fmt: skip
    assert found == {"half": (50.0, "LESS_THAN", False), "one-third": (33.33, "MORE_THAN", False)}


def test_a_sentence_final_abbreviation_dot_is_not_in_the_surface() -> None:
    assert [s.surface for s in stats("Imports reached $7.5 bln. Exports were 2 mln. tonnes.")] \
        == ["$7.5 bln", "2 mln. tonnes"]  # fmt: skip


def test_levels_after_reaching_digit_fractions_and_a_year_before_to() -> None:
    found = [(s.surface, s.value, s.unit) for s in stats(
        "Reading Time: 3 minutes",
        "Tractor sales in Belarus fell 12% in 2023 to 41,000 units. Deliveries of Chinese "
        "buses grew sharply, reaching 2,415 in May, and Chinese makers now hold 1/4 of the "
        "market.",
    )]  # fmt: skip
    assert found == [("12%", -12.0, "percent"), ("41,000 units", 41000.0, "count"),
                     ("2,415", 2415.0, "count"), ("1/4", 25.0, "percent")]  # fmt: skip


def test_counts_of_people_in_travel_news() -> None:
    found = [(s.surface, s.value) for s in stats(
        "Arrivals in Irkutsk rose from 12,000 to 19,500, and the capital took almost half of "
        "the visitors, accounting for 88,000. In 2023, 2.1 mln tourists came, including "
        "400,000 on group visas and one million on e-visas. One day, a guide counted 30 groups."
    )]  # fmt: skip
    assert found == [("12,000", 12000.0), ("19,500", 19500.0), ("half", 50.0),
                     ("88,000", 88000.0), ("2.1 mln tourists", 2.1e6), ("400,000", 4e5),
                     ("one million", 1e6), ("30 groups", 30.0)]  # fmt: skip


def test_a_scale_word_with_an_article_and_parts_that_are_not_multiples() -> None:
    found = [(s.surface, s.value, s.unit) for s in stats(
        "The coalition, representing over a billion people, froze the reserves. Well over a "
        "thousand senior or wealthy Russians were sanctioned, and a million tonnes of grain "
        "went east. The aim of the package was twofold. Rail freight grew fivefold."
    )]  # fmt: skip
    assert found == [("a billion people", 1e9, "count"),
                     ("a thousand senior or wealthy Russians", 1e3, "count"),
                     ("a million tonnes", 1e6, "tonne"), ("fivefold", 5.0, "ratio")]  # fmt: skip


def test_a_closing_credit_covers_its_own_figures_only() -> None:
    got = _sources(
        "4/ Almost half of Kyrgyzstan's fuel imports now come from Russia, per @eurasianet "
        "estimates.",
        "5/ My own guess: growth of 7% next year.",
        kind=PassageKind.TWEET,
    )
    assert got["half"] is not None and got["7%"] is None


def test_small_word_numbers_in_argument_are_not_counts() -> None:
    found = [s.surface for s in stats(
        "Moscow now fights on two fronts against two strategic rivals, a rivalry three "
        "centuries old. Three new observer states and four Confucius classes were added."
    )]  # fmt: skip
    assert found == ["Three new observer states", "four Confucius classes"]


def test_military_counts_and_hyphenated_number_words() -> None:
    found = [(s.surface, s.value, s.unit) for s in stats(
        "The drill involves 11 ships, three submarines, seven fixed-wing aircraft and about "
        "2,500 servicemen. The five-day exercise covered 3,000 nautical miles."
    )]  # fmt: skip
    assert found == [("11 ships", 11.0, "count"), ("three submarines", 3.0, "count"),
                     ("seven fixed-wing aircraft", 7.0, "count"),
                     ("2,500 servicemen", 2500.0, "count"), ("five-day", 5.0, "day"),
                     ("3,000 nautical miles", pytest.approx(5556.0), "km")]  # fmt: skip


def test_figures_set_against_earlier_ones_take_their_unit() -> None:
    found = [(s.surface, s.value, s.unit) for s in stats(
        "Port throughput reached 41.7 million metric tonnes, compared to 38.2 million in 2022. "
        "Some 612 permits were issued (580 in 2022), and 64 voyages were made, compared with "
        "39 a year earlier. Of 31 convoys, 19 were eastbound, with the remaining 12 in ballast. "
        "Arrivals rose 140%, to 4,800, compared to 2,000 in 2015. The 90,000-cbm tanker sailed."
    )]  # fmt: skip
    assert found == [
        ("41.7 million metric tonnes", 4.17e7, "tonne"), ("38.2 million", 3.82e7, "tonne"),
        ("612 permits", 612.0, "count"), ("580", 580.0, "count"),
        ("64 voyages", 64.0, "count"), ("39", 39.0, "count"),
        ("31 convoys", 31.0, "count"), ("19", 19.0, "count"), ("12", 12.0, "count"),
        ("140%", 140.0, "percent"), ("4,800", 4800.0, "count"), ("2,000", 2000.0, "count"),
        ("90,000-cbm", 90000.0, "m3"),
    ]  # fmt: skip

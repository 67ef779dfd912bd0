"""Statistics: surfaces → value, unit and range, over every family of numbers the stage knows.

The sentences are new ones written for these tests (not copied from the seeds).
"""

from __future__ import annotations

import pytest
from statistics_helpers import one, stats

from loaders.numbers.parse import parse_digits, parse_words

CASES = [
    # money
    ("Bilateral trade hit $68.63b last quarter.", "$68.63b", 6.863e10, "USD"),
    ("The deal was worth $3.1b in total.", "$3.1b", 3.1e9, "USD"),
    ("Turnover reached \\$146.89 billion, a record.", "\\$146.89 billion", 1.4689e11, "USD"),
    ("Exports totalled 79.32 billion dollars.", "79.32 billion dollars", 7.932e10, "USD"),
    ("The fund holds 300 billion euros.", "300 billion euros", 3e11, "EUR"),
    ("The region invested 12 billion roubles in roads.", "12 billion roubles", 1.2e10, "RUB"),
    ("Trade will pass 900 billion yuan.", "900 billion yuan", 9e11, "CNY"),
    ("A fee of $100/t applies to soybeans.", "$100/t", 100.0, "USD"),
    ("Gazprom paid US$2.5 bn for the stake.", "US$2.5 bn", 2.5e9, "USD"),
    ("The threshold is 5000 yuan per parcel.", "5000 yuan", 5000.0, "CNY"),
    ("A budget of €40 million was approved.", "€40 million", 4e7, "EUR"),
    ("Sales were 1.2 trillion roubles.", "1.2 trillion roubles", 1.2e12, "RUB"),
    # percentages and points
    ("Trade fell, -3.2% on the year.", "-3.2%", -3.2, "percent"),
    ("Imports grew 35.8 percent year-on-year.", "35.8 percent", 35.8, "percent"),
    ("Shipments were 30 per cent more than a year earlier.", "30 per cent", 30.0, "percent"),
    ("Fertilizer sales shrank (–18.48 percent).", "–18.48 percent", -18.48, "percent"),
    (
        "Oil output rose 4.8 percentage points faster.",
        "4.8 percentage points",
        4.8,
        "percentage_point",
    ),
    ("The rate is 12 pct now.", "12 pct", 12.0, "percent"),
    ("Trade rose 26pc last year.", "26pc", 26.0, "percent"),
    ("Reserves hit 2.1 trln rubles.", "2.1 trln rubles", 2.1e12, "RUB"),
    # multiples
    ("Its share is 5x that of Kazakhstan.", "5x", 5.0, "ratio"),
    ("Trade with Japan is 2x bigger than with Korea.", "2x", 2.0, "ratio"),
    ("Gas deliveries increased by 2.54 times compared to 2020.", "2.54 times", 2.54, "ratio"),
    ("The firm has tripled its staff in Kazan.", "tripled", 3.0, "ratio"),
    ("Freight doubled over the decade.", "doubled", 2.0, "ratio"),
    # volumes
    ("Power exports reached 4 billion kWh last year.", "4 billion kWh", 4e9, "kWh"),
    ("They shipped 548,000 tonnes of barley.", "548,000 tonnes", 548000.0, "tonne"),
    ("The corridor carried 692,500 TEU of containers.", "692,500 TEU", 692500.0, "TEU"),
    ("Some 15,000 trains crossed the border.", "15,000 trains", 15000.0, "count"),
    ("The pipeline will carry 38 bcm a year.", "38 bcm", 3.8e10, "m3"),
    ("The field holds 10 billion cubic metres of gas.", "10 billion cubic metres", 1e10, "m3"),
    ("The new highway is 2,000 km long.", "2,000 km", 2000.0, "km"),
    ("Output hit 3.5 GWh in May.", "3.5 GWh", 3.5e6, "kWh"),
    # counts, shares of people, ages, ranks, durations
    ("Polls show 65% of Russians back the deal.", "65%", 65.0, "percent"),
    ("The two leaders have met over 40 times.", "40 times", 40.0, "count"),
    ("Boris Ivanov (64), an engineer from Omsk, was detained.", "(64)", 64.0, "year"),
    ("The country ranked 11th in the ranking of partners.", "11th", 11.0, "rank"),
    ("Kazakhstan is in 99th place on the index.", "99th", 99.0, "rank"),
    ("The fund invested in 4 new plants.", "4 new plants", 4.0, "count"),
    (
        "The university hosts 1,300 undergraduate and graduate students.",
        "1,300 undergraduate and graduate students",
        1300.0,
        "count",
    ),
    ("The media said the number was 12,500 last spring.", "12,500", 12500.0, "count"),
    # number words
    ("Nearly two thirds of exports are fuel.", "two thirds", 66.67, "percent"),
    ("The bank opened a dozen branches.", "a dozen branches", 12.0, "count"),
    ("Nobody expects four more years of calm.", "four more years", 4.0, "year"),
    ("Twenty-five delegates attended.", "Twenty-five delegates", 25.0, "count"),
    ("A tenfold increase was recorded.", "tenfold", 10.0, "ratio"),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), CASES)
def test_surface_value_unit(text: str, surface: str, value: float, unit: str) -> None:
    s = one(text, surface)
    assert s.value == pytest.approx(value)
    assert s.unit == unit
    assert s.surface == surface


def test_range_is_one_statistic_with_low_and_high() -> None:
    found = stats("Growth will continue over the next 10–15 years, experts say.")
    assert [(s.surface, s.value, s.value_high, s.unit) for s in found] == [
        ("10–15 years", 10.0, 15.0, "year")
    ]


def test_money_range_scales_both_ends() -> None:
    s = one("Investment of $2-3 billion is planned.", "$2-3 billion")
    assert (s.value, s.value_high, s.unit) == (2e9, 3e9, "USD")


def test_decrease_makes_value_negative() -> None:
    s = one("Soybean imports were 20 percent less than in 2020.", "20 percent")
    assert s.value == -20.0 and s.is_change


@pytest.mark.parametrize(
    ("raw", "value"),
    [("53,540.84", 53540.84), ("5723.58", 5723.58), ("-10,22", -10.22), ("1,234,567", 1234567.0),
     ("+4.2", 4.2), ("–18.48", -18.48), ("1.234.567,5", 1234567.5), ("0,5", 0.5)],
)  # fmt: skip
def test_parse_digits(raw: str, value: float) -> None:
    assert parse_digits(raw) == pytest.approx(value)


@pytest.mark.parametrize(
    ("raw", "value"),
    [("two thirds", 2 / 3), ("a dozen", 12), ("Three", 3), ("twenty-five", 25),
     ("three hundred", 300), ("one quarter", 0.25)],
)  # fmt: skip
def test_parse_words(raw: str, value: float) -> None:
    assert parse_words(raw) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "high"),
    [
        ("Top sellers were Lifan (41k) and Dongfeng (18k).", "41k", 41000.0, "count", None),
        ("Loans cover six out of ten purchases.", "six out of ten", 60.0, "percent", None),
        ("Only 3 of the 20 plants weld bodies.", "3", 3.0, "count", None),
        ("The line carries 1.8 million barrels per day.", "1.8 million barrels per day",
         1.8e6, "bbl/day", None),
        ("The 4,100-km railway opened.", "4,100-km", 4100.0, "km", None),
        ("Payments were delayed by two to three weeks.", "two to three weeks", 14.0, "day",
         21.0),
        ("Sales rose by a third last year.", "a third", 33.33, "percent", None),
        ("It plans 60 million tonnes by 2026 and 150 million by 2035.", "150 million", 1.5e8,
         "tonne", None),
        ("Crews made 14 voyages, compared with 6 in 2021.", "6", 6.0, "count", None),
        ("Visitors fell from 2.4 million in 2019 to just 30,000.", "30,000", 30000.0, "count",
         None),
        ("The population fell by 180,000 last year.", "180,000", -180000.0, "count", None),
    ],
)  # fmt: skip
def test_harder_forms(text: str, surface: str, value: float, unit: str,
                      high: float | None) -> None:  # fmt: skip
    s = one(text, surface)
    assert (s.value, s.unit) == (pytest.approx(value), unit)
    assert s.value_high == (pytest.approx(high) if high is not None else None)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "qualifier"),
    [
        ("The order covers 24 Su-35S fighters.", "24 Su-35S fighters", 24.0, "count", "EXACT"),
        ("Flows peaked at 58.1 mcm per day.", "58.1 mcm per day", 5.81e7, "m3/day", "EXACT"),
        ("Talks have dragged on for 10+ years.", "10+ years", 10.0, "year", "MORE_THAN"),
        ("The price was $270 per 1,000 cubic metres.", "$270", 270.0, "USD", "EXACT"),
    ],
)  # fmt: skip
def test_codes_rates_and_plus(text: str, surface: str, value: float, unit: str,
                              qualifier: str) -> None:  # fmt: skip
    found = stats(text)
    assert [s.surface for s in found] == [surface]
    assert (found[0].value, found[0].unit, found[0].qualifier) == (value, unit, qualifier)

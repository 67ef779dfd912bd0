"""Statistics misread on fresh news in stop 23's first runs (issue 12), on sentences written
for these tests: a daily rate whose product carries an origin or grade before it ("barrels of
Russian oil daily", "of Urals crude per day") is a rate, not a volume, and measures that
product; and each figure of a list of changes with its own period ("dropped 40.3% in the
first quarter, 9.7% in the second quarter, and 8% in the third") goes the way of the first."""

from __future__ import annotations

import pytest
from statistics_helpers import one, stats


@pytest.mark.parametrize(
    ("text", "surface", "value", "metric"),
    [
        ("Velmar bought 1.4 million barrels of Ostrian oil daily in June.",
         "1.4 million barrels of Ostrian oil daily", 1.4e6, "Ostrian oil"),
        ("The port loaded 800,000 barrels of Urals crude oil per day.",
         "800,000 barrels of Urals crude oil per day", 8e5, "Urals crude"),
        ("Refiners took 120,000 barrels of seaborne crude a day.",
         "120,000 barrels of seaborne crude a day", 1.2e5, "seaborne crude"),
        ("The line carries 2 million barrels of oil a day.",
         "2 million barrels of oil a day", 2e6, "oil"),
    ],
)  # fmt: skip
def test_daily_rate_of_a_named_product(text: str, surface: str, value: float, metric: str) -> None:
    s = one(text, surface)
    assert (s.value, s.unit, s.metric) == (value, "bbl/day", metric)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ostria holds 2 billion barrels of oil reserves.", "2 billion barrels"),
        ("It sold 3 million barrels of ESPO crude to Velmar in May.", "3 million barrels"),
    ],
)  # fmt: skip
def test_volume_without_a_day_stays_a_volume(text: str, surface: str) -> None:
    assert one(text, surface).unit == "bbl"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Deliveries to Velmar dropped 40.3% in the first quarter, 9.7% in the second quarter, "
         "and 8% in the third quarter.", {"40.3%": -40.3, "9.7%": -9.7, "8%": -8.0}),
        ("Exports rose 5% in 2029, 7% in 2030 and 9% in 2031.",
         {"5%": 5.0, "7%": 7.0, "9%": 9.0}),
        ("Output fell 2% in March, 3% in April, and 1.5% in May.",
         {"2%": -2.0, "3%": -3.0, "1.5%": -1.5}),
    ],
)  # fmt: skip
def test_list_of_changes_by_period(text: str, values: dict[str, float]) -> None:
    found = {s.surface: s.value for s in stats(text)}
    assert {k: found.get(k) for k in values} == values


def test_another_measure_after_a_period_is_no_change() -> None:
    found = stats("Exports fell 3% in May, and imports were worth $5 billion in June.")
    money = [s for s in found if s.unit == "USD"]
    assert [(s.value, s.is_change) for s in money] == [(5e9, False)]

"""Statistics: the classes of batch 3's first-run misses (issue 12), on sentences written for
these tests: lengths below the kilometre are lengths in metres (never counts), energy and power
spelled out ("terawatt hours", "billion kilowatt-hours", "megawatts"), a hedged scale word
without a noun ("almost a million") as a count, and "the size of … is N".
"""

from __future__ import annotations

import pytest
from statistics_helpers import one, stats


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The gauge is 1520 millimeters here and 1435 mm there.", "1520 millimeters", 1.52, "m"),
        ("The gauge is 1520 millimeters here and 1435 mm there.", "1435 mm", 1.435, "m"),
        ("The pipe is 1.4 metres wide.", "1.4 metres", 1.4, "m"),
        ("Its walls are 30 cm thick.", "30 cm", 0.3, "m"),
        ("The bridge is 800 meters long.", "800 meters", 800.0, "m"),
        ("The depot covers 500 square metres.", "500 square metres", 500.0, "m2"),
        ("The two units generate more than 15 terawatt hours a year.", "15 terawatt hours",
         1.5e10, "kWh"),
        ("The dam produced 3.2 billion kilowatt-hours in 2023.", "3.2 billion kilowatt-hours",
         3.2e9, "kWh"),
        ("Exports reached 40 gigawatt-hours in March.", "40 gigawatt-hours", 4e7, "kWh"),
        ("The plant sold 120 megawatt hours in April.", "120 megawatt hours", 1.2e5, "kWh"),
        ("Sales were 7 GWh and 2 TWh.", "2 TWh", 2e9, "kWh"),
        ("The new reactor has a capacity of 1,200 megawatts.", "1,200 megawatts", 1.2e9, "W"),
    ],
)  # fmt: skip
def test_lengths_and_energy_in_base_units(text: str, surface: str, value: float, unit: str) -> None:
    s = one(text, surface)
    assert (s.value, s.unit) == (pytest.approx(value), unit)


def test_a_length_in_millimetres_is_never_a_count() -> None:
    found = stats("The line uses 1520 millimeters, the old standard, not 1435 millimetres.")
    assert {s.unit for s in found} == {"m"}


def test_hedged_scale_word_is_a_count_without_a_noun() -> None:
    found = stats("Of the visitors, almost a million came in groups and more than a million alone.")
    assert [(s.surface, s.value, s.unit) for s in found] == [
        ("a million", 1e6, "count"),
        ("a million", 1e6, "count"),
    ]
    assert stats("Nearly a billion watched the final.")[0].value == 1e9


def test_bare_a_million_without_hedge_or_noun_is_not_a_statistic() -> None:
    assert stats("It was a one in a million chance, and a million thanks to the crew.") == []


def test_the_size_of_a_group_is_a_count() -> None:
    s = one("The minimum size of a tour group is six, but families may travel alone.", "six")
    assert (s.value, s.unit) == (6.0, "count")
    assert stats("The size of the problem is clear, and five is enough.") == []


def test_thousands_grouped_by_a_space_before_a_unit() -> None:
    found = stats("They plan a second 1 435 mm gauge line and shipped 1 200 000 tonnes of ore.")
    assert [(s.surface, s.value, s.unit) for s in found] == [
        ("1 435 mm", pytest.approx(1.435), "m"),
        ("1 200 000 tonnes", 1.2e6, "tonne"),
    ]


def test_space_grouping_needs_a_unit_after_it() -> None:
    found = stats("On page 3 500 people came to the meeting.")
    assert [(s.surface, s.value) for s in found] == [("500 people", 500.0)]

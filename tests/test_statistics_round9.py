"""Statistics missed or misread on unseen news after round 8 (issue 12), on sentences written
for these tests: decreases named by "a cut of", by "reduced <object> by" and restated in other
units after ", or"; a bare number sharing the scale and unit of the figure after it; a percent
range written "20%-38%"; "N times its/today's …" as a multiple; and numbers that are no
statistics (averaging windows, ranking cut-offs, a journal's volume and pages)."""

from __future__ import annotations

import pytest
from statistics_helpers import extraction, one, stats


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The cartel announced a production cut of 300 thousand barrels daily.",
         "300 thousand barrels daily", -300000.0),
        ("Farmers face a cut of 12% in subsidies.", "12%", -12.0),
        ("The plan foresees cuts of $2 billion in spending.", "$2 billion", -2e9),
    ],
)  # fmt: skip
def test_cut_of_is_a_decrease(text: str, surface: str, value: float) -> None:
    assert one(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Norvania reduced purchases from its neighbour by 9% in 2031.", "9%", -9.0),
        ("The refinery cut its crude intake from the north by 14.2% compared to last year.",
         "14.2%", -14.2),
        ("The bank raised the key rate by 2 percent.", "2 percent", 2.0),
        ("The ministry lowered the export quota for grain by 40,000 tonnes.", "40,000 tonnes",
         -40000.0),
    ],
)  # fmt: skip
def test_verb_object_by(text: str, surface: str, value: float) -> None:
    assert one(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Shipments fell 31%, or 2 million barrels per day, from the week before.",
         "2 million barrels per day", -2e6),
        ("Imports dropped 8 percent, or about $3 billion, last year.", "$3 billion", -3e9),
        ("Exports rose 12%, or 400,000 tonnes, in May.", "400,000 tonnes", 400000.0),
    ],
)  # fmt: skip
def test_change_restated_after_or(text: str, surface: str, value: float) -> None:
    assert one(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Sales to Velmar and Ostrin held at 177 and 104 thousand barrels per day, respectively.",
         "177", 177000.0, "bbl/day"),
        ("The two plants make 1.2 or 1.5 million tonnes a year.", "1.2", 1.2e6, "tonne"),
        ("Loans of 30 and 45 million dollars were approved.", "30", 3e7, "USD"),
    ],
)  # fmt: skip
def test_number_shares_scale_and_unit_after(
    text: str, surface: str, value: float, unit: str
) -> None:
    s = one(text, surface)
    assert (s.value, s.unit) == (value, unit)


def test_unlike_sizes_share_nothing() -> None:
    assert "3" not in [s.surface for s in stats("It has 3 and 45 million dollars in debt.")]


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Duties on cars were raised to 20%-38% in January.", "20%-38%", 20.0, 38.0),
        ("The tax surged by 70%–85% last autumn.", "70%–85%", 70.0, 85.0),
        ("Growth was 3% - 4% a year.", "3% - 4%", 3.0, 4.0),
    ],
)  # fmt: skip
def test_percent_range_written_twice(text: str, surface: str, low: float, high: float) -> None:
    s = one(text, surface)
    assert (abs(s.value), abs(s.value_high or 0)) == (low, high)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Cargo will reach three million tonnes, ten times today's figure.", "ten times"),
        ("The new port is five times its predecessor.", "five times"),
        ("The budget is 4 times Norvania's.", "4 times"),
    ],
)  # fmt: skip
def test_times_a_reference_is_a_ratio(text: str, surface: str) -> None:
    assert one(text, surface).unit == "ratio"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The 4-week average export volumes fell to 3.21 mln bpd.", "4-week"),
        ("The 30-day moving average rose to 52 dollars.", "30-day"),
        ("Norvania remained among the top three trading partners of Velmar.",
         "three trading partners"),
        ("They are in the top ten among foreigners booking hotels.", "ten"),
        ("Journal of Polar Studies (2031) 12:455–470 https://doi.org/10.1/x", "470 https"),
    ],
)  # fmt: skip
def test_no_statistic(text: str, absent: str) -> None:
    assert absent not in [s.surface for s in stats(text)]


@pytest.mark.parametrize(
    "text",
    [
        "There were 48,000 students in Norvania last year, Velmar deputy PM says",
        "Exports reached 3,000 tonnes in May, Velmar deputy FM says",
        "Sales grew to 9,000 units in 2031, Ostrin Motors CEO says",
    ],
)
def test_title_abbreviation_is_no_source_body(text: str) -> None:
    ex = extraction(text)
    assert not {"PM", "FM", "CEO"} & {e.name for e in ex.entities.values()}


def test_a_duration_is_still_read() -> None:
    assert one("Within 4 weeks the line was rebuilt.", "4 weeks").value == 28.0

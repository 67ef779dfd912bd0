"""Statistics: classes of misses after round 3 (issue 12), on sentences written for these
tests: daily rates written "daily" / "each day" / "every day", and a multiple verb followed by
the figure it reached or started from ("doubled to 60%"), which restates that figure rather
than adding a statistic (a bare "tripled its staff" stays a ratio, as in the seed gold)."""

from __future__ import annotations

import pytest
from statistics_helpers import stats


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The refinery processes about 250,000 barrels daily.", 250000, "bbl/day"),
        ("The terminal loads 3 million barrels of oil daily.", 3e6, "bbl/day"),
        ("The mine ships 40,000 tonnes each day.", 40000, "tonne/day"),
        ("The field pumps 1.1 million barrels every day.", 1.1e6, "bbl/day"),
    ],
)
def test_daily_rates_written_daily(text: str, value: float, unit: str) -> None:
    found = [(s.value, s.unit) for s in stats(text)]
    assert found == [(pytest.approx(value), unit)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The cap on the yuan share will be doubled to 30% next year.", (30, "percent")),
        ("Its stake in the port was tripled, to 45%, in March.", (45, "percent")),
        ("Grain exports doubled to 12 million tonnes.", (12e6, "tonne")),
        ("Card payments quadrupled from 5% of all sales.", (5, "percent")),
    ],
)
def test_a_multiple_with_the_figure_reached_is_not_a_ratio(
    text: str, kept: tuple[float, str]
) -> None:
    found = [(s.value, s.unit) for s in stats(text)]
    assert found == [(pytest.approx(kept[0]), kept[1])]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The bank has tripled its staff in Shanghai.", 3.0),
        ("Trade with the region doubled in two years.", 2.0),
        ("Chinese imports of the alloy have quadrupled since 2021.", 4.0),
    ],
)
def test_a_bare_multiple_stays_a_ratio(text: str, value: float) -> None:
    found = [(s.value, s.unit) for s in stats(text)]
    assert (value, "ratio") in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Grain shipments posted a 4.2 percent annual decrease.", -4.2),
        ("Shipments showed a 3.1% year-on-year decline in May.", -3.1),
        ("Coal deliveries posted a 12% sharp drop.", -12.0),
        ("Card sales saw a 5% annual increase.", 5.0),
    ],
)
def test_a_change_noun_after_an_adjective_gives_the_direction(text: str, value: float) -> None:
    found = [(s.value, s.unit) for s in stats(text)]
    assert found == [(pytest.approx(value), "percent")]


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions were issued under Executive Order 14024 on Friday.",
        "Officers of Unit 29155 were named in the indictment.",
        "Construction of Tianwan Unit 7 and Phase 2 of the terminal began.",
        "Round 3 of the talks and Package 14 of the measures followed.",
    ],
)
def test_designations_are_no_statistics(text: str) -> None:
    assert stats(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Phase 2 will add 10 million tonnes a year.", 1e7, "tonne"),
        ("Line 2 carries 40,000 passengers.", 40000, "count"),
        ("Train 3 will produce 6.6 million tonnes of LNG.", 6.6e6, "tonne"),
    ],
)
def test_a_quantity_after_a_designation_is_kept(text: str, value: float, unit: str) -> None:
    assert [(s.value, s.unit) for s in stats(text)] == [(pytest.approx(value), unit)]

"""Signs of changes missed on unseen news after round 4 (issue 12), on sentences written for
these tests: a fall "by as much as" a figure, and a figure "below" a reference."""

from __future__ import annotations

import pytest
from statistics_helpers import one, stats


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Spot prices fell by as much as 25% in one week.", "25%", -25.0),
        ("Shipments dropped as much as 14% in the spring.", "14%", -14.0),
        ("Output rose by as much as 6% after the repairs.", "6%", 6.0),
        ("The blend sold at about 12% below the benchmark.", "12%", -12.0),
        ("Imports stayed 8% below their pre-war level.", "8%", -8.0),
    ],
)
def test_fall_signs(text: str, surface: str, value: float) -> None:
    assert one(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The post lists 3 🇨🇳 destroyers and a supply ship.", "3 🇨🇳 destroyers", 3.0),
        ("Radar tracked 4 🇷🇺Su-35 fighters near the coast.", "4 🇷🇺Su-35 fighters", 4.0),
        ("They flew 6 🇷🇺 🇨🇳 aircraft in one group.", "6 🇷🇺 🇨🇳 aircraft", 6.0),
    ],
)
def test_flag_before_counted_noun(text: str, surface: str, value: float) -> None:
    s = one(text, surface)
    assert (s.value, s.unit) == (value, "count")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Ankara tabled a 6-point roadmap for the talks.", "6-point", 6.0),
        ("The ten-point proposal was turned down.", "ten-point", 10.0),
        ("Brazil backed a 15-point peace initiative.", "15-point", 15.0),
    ],
)
def test_points_of_a_plan(text: str, surface: str, value: float) -> None:
    s = one(text, surface)
    assert (s.value, s.unit) == (value, "count")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The universities hope to reach the figure of 50,000 by 2030.", "50,000", 50000.0),
        ("Visits passed the mark of 1,200,000 in October.", "1,200,000", 1.2e6),
        ("A target of 300,000 was set for the exchange year.", "300,000", 3e5),
    ],
)
def test_figure_named_as_target(text: str, surface: str, value: float) -> None:
    s = one(text, surface)
    assert (s.value, s.unit) == (value, "count")


def test_target_with_its_unit_keeps_it() -> None:
    s = one("The target of 200,000 tonnes was met.", "200,000 tonnes")
    assert s.unit == "tonne"


# Round 6 (issue 12): the size of a body written as a hyphenated adjective is a count.


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Delegates of the 54-member African Union met in Addis Ababa.", "54-member", 54.0),
        ("The twelve-nation group issued a statement.", "twelve-nation", 12.0),
        ("A 20-country coalition pledged aid on Friday.", "20-country", 20.0),
    ],
)  # fmt: skip
def test_the_size_of_a_body_is_a_count(text: str, surface: str, value: float) -> None:
    s = one(text, surface)
    assert (s.value, s.unit) == (value, "count")


def test_a_designation_before_member_is_no_count() -> None:
    assert not [s for s in stats("Article 5-member states must respond.") if s.value == 5.0]

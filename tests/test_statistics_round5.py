"""Signs of changes missed on unseen news after round 4 (issue 12), on sentences written for
these tests: a fall "by as much as" a figure, and a figure "below" a reference."""

from __future__ import annotations

import pytest
from statistics_helpers import one


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

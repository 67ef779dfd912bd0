"""Counts missed on unseen news after round 6 (issue 12), on sentences written for these tests:
a number the "number of …" of a sentence "will reach", and "an additional N ones" (a count of a
noun named before)."""

from __future__ import annotations

import pytest
from statistics_helpers import one, stats


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("A fifth depot opens in May, and the total number of them will reach 14.", "14", 14.0),
        ("The number of branches will reach 40 by the end of the decade.", "40", 40.0),
        ("The number of members reaches 25 after the vote.", "25", 25.0),
        ("The number of clinics will be 60 next year.", "60", 60.0),
    ],
)
def test_number_of_will_reach(text: str, surface: str, value: float) -> None:
    s = one(text, surface)
    assert (s.value, s.unit) == (value, "count")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The new classes will receive an additional 100 ones.", "100 ones", 100.0),
        ("The club will add another 30 ones next spring.", "30 ones", 30.0),
        ("The fleet will buy 5 trucks; later a further 6 ones.", "6 ones", 6.0),
    ],
)
def test_more_ones_counted(text: str, surface: str, value: float) -> None:
    s = one(text, surface)
    assert (s.value, s.unit) == (value, "count")


@pytest.mark.parametrize(
    "text",
    [
        "We picked 100 ones from the pile.",
        "The two ones on the left are red.",
        "She kept 3 ones and gave the rest away.",
    ],
)
def test_plain_ones_not_counted(text: str) -> None:
    assert not [s for s in stats(text) if "ones" in s.surface]

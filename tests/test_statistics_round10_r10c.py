"""Statistics of round 10 (issue 12, helper r10c), on sentences written for these tests: the
German and Scandinavian scale "mio" ("Mio." for million) that European analysts keep in their
English, and a lone "t" for tonnes after a scale word ("94.0 mio t", "3.5 mln t")."""

from __future__ import annotations

import pytest
from statistics_helpers import one


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Ore shipments to Norvania reached 41.5 mio t last year.", "41.5 mio t", 41.5e6,
         "tonne"),
        ("The port handled 7.2 mln t of grain in the season.", "7.2 mln t", 7.2e6, "tonne"),
        ("Output fell by 3 million t after the flood.", "3 million t", -3e6, "tonne"),
        ("Steel exports were 12 mio t, down from 15 mio t.", "12 mio t", 12e6, "tonne"),
    ],
)  # fmt: skip
def test_tonnes_after_a_scale(text: str, surface: str, value: float, unit: str) -> None:
    s = one(text, surface)
    assert (s.value, s.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The fund raised EUR 4 mio from local investors.", "EUR 4 mio", 4e6, "EUR"),
        ("Sales reached 2.5 mio units in Korvia.", "2.5 mio units", 2.5e6, "count"),
        ("The agency counted 18 mio visitors in 2031.", "18 mio visitors", 18e6, "count"),
    ],
)  # fmt: skip
def test_mio_is_million(text: str, surface: str, value: float, unit: str) -> None:
    s = one(text, surface)
    assert (s.value, s.unit) == (value, unit)

"""Statistics: the engine never fails and keeps its offsets exact on arbitrary text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from statistics_helpers import extraction

TOKENS = [
    "5", "10,000", "2020.88", "-3.2%", "+4", "$", "\\$", "68.63b", "billion", "bln.", "per",
    "cubic  metres", "/t", "times", "x", "-fold", "tenfold", "two", "thirds", "a", "dozen",
    "half", "of", "the", "from", "to", "–", "-", "Jan-Aug", "Q1", "2022", "in", "by", "year",
    "years", "a year earlier", "compared to 2019", "(", ")", "⁸²", "^{47}", "11th", "#1",
    "according to", "China's Customs", "has released", "@levada_ru", "polled by", "🇷🇺",
    "tonnes", "TEU", "bcm", "kWh", "-km", "out of", "ten", "per day", "Russians", "%", "—",
    "\n\n", ".", ",", "May", "24", "ISBN", "978-5-6048393-3-1", "http://x.ru/1", "1/14",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=30))
def test_arbitrary_token_soup(tokens: list[str]) -> None:
    text = " ".join(tokens)
    ex = extraction(*[p for p in text.split("\n\n") if p.strip()] or ["x"])
    for s in ex.statistics:
        assert ex.doc.text[s.start : s.end] == s.surface
        assert s.start < s.end
        assert s.qualifier in ("EXACT", "APPROXIMATE", "MORE_THAN", "LESS_THAN")
        assert s.value_high is None or s.value_high >= s.value or s.value < 0
        assert all(k in ex.entities for k in s.subjects)
        assert s.source is None or s.source in ex.entities


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode(text: str) -> None:
    if text.strip():
        for s in extraction(text).statistics:
            assert s.surface

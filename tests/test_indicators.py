"""Indicators on new text: wording variants of one measure share an indicator; a share, a
level, a change, another direction or another unit family never do; metrics read clean."""

from __future__ import annotations

import pytest
from statistics_helpers import one

from loaders.indicators import indicator, unit_family
from loaders.numbers.metric import clean_metric

TRADE = "trade turnover (China–Russia; money)"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Trade turnover between Russia and China reached $190 billion in 2023.", "$190 billion"),
        ("Bilateral trade of China and Russia hit $190 billion last year.", "$190 billion"),
        ("Mutual trade between the countries of Russia and China totalled $190 bn.", "$190 bn"),
        ("China and Russia reported $190 billion in trade in 2023.", "$190 billion"),
        ("The Sino-Russian trade volume amounted to $190 billion in 2023.", "$190 billion"),
    ],
)
def test_wording_variants_share_one_indicator(text: str, surface: str) -> None:
    assert one(text, surface).indicator == TRADE


def test_a_share_never_joins_a_level() -> None:
    level = one("Trade between Russia and China reached $190 billion.", "$190 billion")
    share = one("Russia and China settle 95% of their trade in roubles and yuan.", "95%")
    assert level.indicator == TRADE
    assert share.indicator is not None and share.indicator != level.indicator
    assert share.indicator.endswith("; percent)")


def test_a_change_is_not_the_level() -> None:
    growth = one("Trade between Russia and China grew by 26.3% in 2023.", "26.3%")
    assert growth.indicator == "trade turnover growth (China–Russia; percent)"


def test_exports_keep_their_direction() -> None:
    out = one("Russian exports to China rose to $129 billion.", "$129 billion")
    back = one("Chinese exports to Russia reached $111 billion.", "$111 billion")
    assert out.indicator == "exports (Russia→China; money)"
    assert back.indicator == "exports (China→Russia; money)"
    imports = one("China's imports from Russia were $129 billion.", "$129 billion")
    assert imports.indicator == "imports (Russia→China; money)"


def test_commodities_and_gas_supplies() -> None:
    gas = one("Gas supplies from Russia to China reached 22.7 bcm in 2023.", "22.7 bcm")
    assert gas.indicator == "gas exports (Russia→China; m3)"
    oil = one("China's crude oil imports from Russia were worth $60.6 billion.", "$60.6 billion")
    assert oil.indicator == "oil imports (Russia→China; money)"


def test_settlement_share_by_currency() -> None:
    s = one("The share of the yuan in settlements between Russia and China is 34%.", "34%")
    assert s.indicator == "settlements share in yuan (China–Russia; percent)" or (
        s.indicator is not None and s.indicator.startswith("settlements share in yuan")
    )


def test_unmatched_phrases_keep_their_own_wording() -> None:
    assert indicator("Confucius classes", "count", False, ["Russia"]) == (
        "Confucius classes (Russia; count)"
    )


def test_fuzzy_long_tail() -> None:
    assert indicator("bilaterial trade", "USD", False, ["China", "Russia"]) == TRADE


def test_unit_families() -> None:
    assert [unit_family(u) for u in ("USD", "CNY", "TEU", "percent", "USD/tonne", "m3")] == [
        "money", "money", "TEU", "percent", "price", "m3",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Increase Trade Turnover", "trade turnover"),
        ("than China's foreign trade turnover", "China's foreign trade turnover"),
        ("trade Turnover", "trade turnover"),
        ("Russian exports to China", "Russian exports to China"),
    ],
)
def test_metric_texts_are_clean(raw: str, clean: str) -> None:
    assert clean_metric(raw) == clean


def test_commodity_flows_by_verb_and_of_phrase() -> None:
    shipped = one("Russia shipped 108 million tonnes of crude oil to China.", "108 million tonnes")
    assert shipped.indicator == "oil exports (Russia→China; tonne)"
    lng = one("Exports of Russian LNG to China reached 8 million tonnes.", "8 million tonnes")
    assert lng.indicator == "gas exports (Russia→China; tonne)"
    assert lng.metric == "exports of Russian LNG to China"


def test_commerce_and_economy() -> None:
    trade = one("Commerce between China and Russia was worth $245 billion.", "$245 billion")
    assert trade.indicator == TRADE
    gdp = one("Russia's economy grew by 4.1 percent in 2024.", "4.1 percent")
    assert gdp.indicator == "GDP growth (Russia; percent)"

"""Round 20 (claims 23): a body called back by its trade ("the exchange", "the trading
platform") and its press office "of the <noun>" (sentences written here; the bodies are real
or invented, the figures invented).

1. "the press service of the trading platform said" is the exchange named before; "the
   press service of the company said" is the company named earlier in the same sentence,
   not the one that spoke last.
2. "The exchange added" is the exchange named before.
"""

from __future__ import annotations

import pytest
from claims_helpers import attributed, speaker_name
from claims_helpers import run_pipeline as _run

_LEAD = "Trading in the yuan on the Moscow Exchange rose to a record in June. "


def test_the_press_service_of_a_trading_platform_is_the_exchange_named_before() -> None:
    ex = _run(
        _LEAD + "The volume reached 1.2 trillion rubles, the press service of the trading "
        "platform said."
    )
    assert speaker_name(ex, "The volume reached") == "Moscow Exchange"


def test_the_press_service_of_the_company_is_the_company_of_its_sentence() -> None:
    ex = _run(
        _LEAD + "The volume reached a record, the press service of the trading platform said. "
        "Rosneft shipped more oil to China, the press service of the company said."
    )
    assert speaker_name(ex, "Rosneft shipped") == "Rosneft"


@pytest.mark.parametrize("noun", ["exchange", "bourse"])
def test_the_exchange_speaking_is_the_exchange_named_before(noun: str) -> None:
    ex = _run(_LEAD + f"The {noun} added that demand for the currency would grow.")
    assert speaker_name(ex, "demand for the currency") == "Moscow Exchange"


def test_a_press_service_of_no_body_named_is_nobodys() -> None:
    ex = _run("Prices rose in June, the press service of the company said.")
    assert attributed(ex, "Prices rose")[0] == "AUTHOR"  # the document's author, no body

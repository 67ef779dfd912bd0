"""What is not a claim: furniture that announces or promotes instead of asserting."""

from __future__ import annotations

import pytest

from loaders.claims.filters import is_claim_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Follow our work on the Eurasia Desk here",
        "Please subscribe to our weekly briefing on Central Asia",
        "Check out my longer piece on the Power of Siberia pipeline",
        "A couple of thoughts on the new gas deal",
        "Here is what the customs data shows",
        "What does Beijing want from Moscow?",
        "ISBN 978-5-6047327-3-9",
    ],
)
def test_furniture_is_not_a_claim(sentence: str) -> None:
    assert not is_claim_text(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our analysts follow the yuan's share of Russian imports closely.",
        "Beijing is unlikely to join a Russian-led payment system soon.",
        "Trade between the two countries grew by a third last year.",
    ],
)
def test_assertions_are_claims(sentence: str) -> None:
    assert is_claim_text(sentence)

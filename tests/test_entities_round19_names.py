"""Round 19 (entities 17): data and advisory firms named by their trade ("NEFT Research",
"Vortexa Analytics", "Enmetena Advisory") are organisations, not people or nothing."""

from __future__ import annotations

import pytest
from claims_helpers import entity_names
from claims_helpers import run_pipeline as _run

from kb.models import EntityType


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("NEFT Research noted that buyers remain active.", "NEFT Research"),
        ("Data from Ostrova Analytics showed a fall in loadings.", "Ostrova Analytics"),
        ("Velmar Advisory said that demand will recover.", "Velmar Advisory"),
        ("Tarnow Consulting expects prices to rise.", "Tarnow Consulting"),
    ],
)
def test_trade_heads_name_an_organisation(sentence: str, name: str) -> None:
    ex = _run(sentence)
    assert name in entity_names(ex, EntityType.ORGANISATION)
    assert name not in entity_names(ex, EntityType.ACTOR)


def test_a_research_word_alone_is_no_organisation() -> None:
    ex = _run("Further Research is needed on the route.")
    assert not entity_names(ex, EntityType.ORGANISATION)


def test_a_field_acronym_before_a_trade_head_is_no_firm() -> None:
    ex = _run("Sberbank Teams Up with Chinese Scientists for AI Research.")
    assert "AI Research" not in entity_names(ex, EntityType.ORGANISATION)

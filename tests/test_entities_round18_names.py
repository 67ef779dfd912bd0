"""Round 18 (entities 16): a company named after a person, written with a given name before
it, is the person ("Viktor Kalashnikov", "Henry Ford"); the company's name alone, or its
full registered name, stays the company."""

from __future__ import annotations

import pytest
from claims_helpers import entity_names
from claims_helpers import run_pipeline as _run

from kb.models import EntityType


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("The bridge opened in May, Viktor Kalashnikov said.", "Viktor Kalashnikov"),
        ("Viktor Kalashnikov visited the plant in May.", "Viktor Kalashnikov"),
        ("Henry Ford built cars in Detroit.", "Henry Ford"),
    ],
)
def test_a_given_name_before_a_registered_company_makes_a_person(
    sentence: str, person: str
) -> None:
    ex = _run(sentence)
    assert person in entity_names(ex, EntityType.ACTOR)
    assert "Kalashnikov Concern" not in entity_names(ex, EntityType.ORGANISATION)


@pytest.mark.parametrize(
    "sentence",
    ["Kalashnikov opened a plant in May.", "The Kalashnikov Concern opened a plant in May."],
)
def test_the_company_alone_stays_the_company(sentence: str) -> None:
    ex = _run(sentence)
    assert "Kalashnikov Concern" in entity_names(ex, EntityType.ORGANISATION)
    assert not entity_names(ex, EntityType.ACTOR) - {"Maren Holt"}


def test_registry_round18_names_are_found_in_running_text() -> None:
    ex = _run(
        "Skoda and Audi stopped selling cars in Russia, while Uniper and Fortum lost their "
        "Russian plants. Moscow had helped save Bashar al-Assad's regime, as it once backed "
        "the Federal Republic of Yugoslavia, the Polish Press Agency wrote, citing Mail.ru."
    )
    orgs = entity_names(ex, EntityType.ORGANISATION)
    assert {"Škoda Auto", "Audi", "Uniper", "Fortum", "Federal Republic of Yugoslavia"} <= orgs
    assert {"Polish Press Agency", "VK"} <= orgs
    assert "Bashar al-Assad" in entity_names(ex, EntityType.ACTOR)

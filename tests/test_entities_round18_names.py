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


def test_a_surname_that_is_a_registered_company_is_the_person_named_in_full() -> None:
    ex = _run(
        "Trade is growing, the Khabarovsk minister Viktor Kalashnikov said on Monday.",
        "Later, Kalashnikov said that the checkpoint would open in 2027.",
    )
    said = [c for c in ex.claims if "checkpoint would open" in c.text]
    assert said and ex.entities[said[0].speaker or ""].name == "Viktor Kalashnikov"


def test_a_surname_alone_with_no_person_in_full_stays_the_company() -> None:
    ex = _run("Kalashnikov opened a plant.", "Later, Kalashnikov said that sales would grow.")
    said = [c for c in ex.claims if "sales would grow" in c.text]
    assert said and ex.entities[said[0].speaker or ""].name == "Kalashnikov Concern"

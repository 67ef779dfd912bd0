"""The world's given names (``names_world.json``, from Jörg Michael's nam_dict.txt via
``gender-guesser``): Turkish, Central Asian, Japanese, Arabic names the US census lacks are
evidence of a person, and a name the dictionary lists for one sex gives "he"/"she" its
person."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from claims_helpers import entity_names, speaker_name
from claims_helpers import run_pipeline as _run

from kb.models import EntityType
from loaders.claims.gender import name_gender
from loaders.entities.lexicon import name_lists


@pytest.mark.parametrize("name", ["Hirokazu Tanabe", "Mehmet Yıldırım", "Orhan Demir"])
def test_a_world_given_name_in_prose_makes_a_person(name: str) -> None:
    ex = _run(f"The memorandum was signed in Astana, with {name} attending.")
    assert name in entity_names(ex, EntityType.ACTOR)


def test_an_organisation_head_inside_a_run_is_no_persons_name() -> None:
    ex = _run('"Linda Center Gozin Vaccine against Multiple Strains," Velhel News, 2021.')
    assert not any("Center" in n for n in entity_names(ex, EntityType.ACTOR))


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Orhan Demir", "m"), ("Hirokazu Tanabe", "m"), ("Ayşe Kaya", "f"), ("Aizhan Nurlan", "f")],
)
def test_a_world_given_name_says_the_persons_sex(name: str, gender: str) -> None:
    assert name_gender(name) == gender


def test_she_or_he_skips_a_person_of_the_other_sex() -> None:
    ex = _run("Ayşe Kaya met Orhan Demir in Ankara on Monday. He said the plant would open.")
    assert speaker_name(ex, "He said the plant") == "Orhan Demir"


def test_the_world_list_keeps_out_common_words_states_capitals_and_months() -> None:
    given = name_lists()[0]
    world = json.loads(
        resources.files("loaders").joinpath("registry", "names_world.json").read_text("utf-8")
    )["given"].split()
    assert len(world) > 10_000  # the dictionary was read, not a hand list
    for word in ("Georgia", "Sofia", "Victoria", "Jordan", "May", "Will", "Wang", "China"):
        assert word not in world
    assert "April" not in given


def test_a_russian_name_written_family_name_first_stays_whole() -> None:
    # with "Ravil" a known given name, "Ravil Faritovich" (given name and patronymic) must
    # not be cut off the family name written before it, as the Chinese press writes it
    ex = _run("The fair is a platform, said Geniatulin Ravil Faritovich, governor of the region.")
    assert "Geniatulin Ravil Faritovich" in entity_names(ex, EntityType.ACTOR)
    assert "Ravil Faritovich" not in entity_names(ex, EntityType.ACTOR)


def test_the_holder_of_a_title_of_a_state_whatever_his_given_name() -> None:
    # "Zhenish" is in no list of given names: "<title> of <state>" closes the title, so the
    # two name-shaped words after it are its holder
    ex = _run("Deputy Prime Minister of Kyrgyzstan Zhenish Razakov made this statement.")
    assert "Zhenish Razakov" in entity_names(ex, EntityType.ACTOR)


@pytest.mark.parametrize(
    "sentence",
    [
        "Guo Jia Kun stated that the two states have always cooperated.",
        "Foreign Ministry spokesperson Guo Jia Kun said that cooperation will go on.",
    ],
)
def test_a_chinese_given_name_written_in_two_syllables(sentence: str) -> None:
    ex = _run(sentence)
    assert "Guo Jia Kun" in entity_names(ex, EntityType.ACTOR)

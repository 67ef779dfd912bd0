"""Round 17 (entities 15): people the name stage glued to other words or did not know
(sentences written here; the registered people are real, the rest invented).

1. A registered person's full name closing a longer run of capitalised words is cut off
   it: a body and a title glued before it ("<Company> Head <Registered Person>") give the
   body and the person, never one organisation named after both.
2. A given name the press writes in a Russian diminutive or an English transliteration
   ("Mitya", "Yegor", "Vassily") is evidence of a person like any listed given name, so an
   unknown surname after it is a person, and a person glued after a registered body is cut
   off it ("… to the United Nations Vassily <Surname>").
3. People of the past that writing on the relationship names by surname alone ("Stalin",
   "Nixon", "Genghis Khan") are registered people (loaders/registry/historical.json).
4. A hyphenated title is no part of the name ("Vice-Premier X"); an event's name is never a
   person ("World War II" before a quotation); "St." inside a name goes on ("Kimberly St.
   Julian-Varnon").
5. A registered outlet named by common words keeps its name after a possessive when a head
   noun closes it ("Norland's Central News Agency"); two name-shaped words after a registered
   body's full name are a person, cut off it ("Bank of China Zong Liang").
"""

from __future__ import annotations

import pytest
from claims_helpers import entity_names as _names
from claims_helpers import run_pipeline as _run
from claims_helpers import speaker_name as _speaker

from kb.models import EntityType
from loaders.entities.people import given_name
from loaders.entities.registry import registry

# -- 1. a registered person closing a run -----------------------------------------------------


def test_a_registered_person_after_a_body_and_a_title_is_cut_off() -> None:
    ex = _run(
        "The plant had promised four jets by the year-end, but state corporation Rostec Head "
        "Sergei Chemezov said that there would be no deliveries this year."
    )
    assert "Sergei Chemezov" in _names(ex, EntityType.ACTOR)
    orgs = _names(ex, EntityType.ORGANISATION)
    assert not any("Chemezov" in name for name in orgs), orgs
    assert "Rostec Head" not in orgs  # the title goes with the person, not the body
    assert _speaker(ex, "no deliveries this year") == "Sergei Chemezov"


def test_a_registered_person_after_an_aides_title_is_cut_off() -> None:
    ex = _run("Kremlin Aide Yuri Ushakov told reporters that the date of the visit was agreed.")
    assert _speaker(ex, "date of the visit was agreed") == "Yuri Ushakov"


def test_a_registered_name_inside_a_longer_registered_name_stays_whole() -> None:
    # "of" before the name: the name belongs to the phrase ("… of Xi Jinping Thought"), the
    # cut needs a run that does not continue into the name
    ex = _run("The Institute of Xi Jinping Thought published a report on the summit.")
    orgs = _names(ex, EntityType.ORGANISATION)
    assert not any(name.endswith(" of") for name in orgs), orgs


# -- 2. diminutives and transliterations as given names ---------------------------------------


@pytest.mark.parametrize("word", ["Mitya", "Yegor", "Vassily", "Sasha", "Yevgeniya", "Matvey"])
def test_russian_diminutives_and_transliterations_are_given_names(word: str) -> None:
    assert given_name(word)


@pytest.mark.parametrize("word", ["Pasha", "Semen", "Nikon", "Spartak"])
def test_words_that_are_also_english_words_or_brands_are_not_listed(word: str) -> None:
    assert not given_name(word)


def test_people_named_by_a_diminutive_are_people() -> None:
    ex = _run(
        "Two of them, Mitya Tarvolsky and Yegor Kalmarov, explained why the partnership "
        "suited Moscow."
    )
    people = _names(ex, EntityType.ACTOR)
    assert {"Mitya Tarvolsky", "Yegor Kalmarov"} <= people


def test_a_person_after_a_registered_body_is_cut_off_by_a_transliterated_given_name() -> None:
    ex = _run(
        "Russian Ambassador to the United Nations Vassily Norvenko said that more sanctions "
        "on Pyongyang would lead nowhere."
    )
    assert "Vassily Norvenko" in _names(ex, EntityType.ACTOR)
    assert not any("Norvenko" in n for n in _names(ex, EntityType.ORGANISATION))
    assert _speaker(ex, "more sanctions") == "Vassily Norvenko"


# -- 3. people of the past --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("Stalin", "Joseph Stalin"),
        ("Khrushchev", "Nikita Khrushchev"),
        ("Nixon", "Richard Nixon"),
        ("Genghis Khan", "Genghis Khan"),
        ("Zhou Enlai", "Zhou Enlai"),
    ],
)
def test_people_of_the_past_are_registered(form: str, name: str) -> None:
    entry = registry().lookup(form)
    assert entry is not None and entry.name == name and entry.type == EntityType.ACTOR


def test_people_of_the_past_are_found_in_prose_by_surname() -> None:
    ex = _run(
        "The parallel here is Nixon-Mao, and the split Khrushchev opened with Beijing still "
        "shapes the partnership."
    )
    assert {"Richard Nixon", "Nikita Khrushchev", "Mao Zedong"} <= _names(ex, EntityType.ACTOR)


# -- 4. titles hyphenated, events, "St." inside a name ----------------------------------------


def test_a_hyphenated_title_is_no_part_of_the_name() -> None:
    ex = _run("Asked about the decision, Vice-Premier Borisov justifies it citing high cost.")
    people = _names(ex, EntityType.ACTOR)
    assert "Borisov" in people and "Vice-Premier Borisov" not in people


@pytest.mark.parametrize("name", ["World War II", "Beijing Olympics", "Russian Revolution"])
def test_an_event_is_never_a_person(name: str) -> None:
    from loaders.entities.people import never_person

    assert never_person(name)


def test_an_event_before_a_quotation_is_no_speaker() -> None:
    ex = _run(
        'The celebrations marking the end of World War II "confirmed the role of the partners '
        'as leaders in the fight against fascism."'
    )
    assert "World War II" not in _names(ex, EntityType.ACTOR)


def test_a_saints_abbreviation_inside_an_inverted_speakers_name_goes_on() -> None:
    ex = _run(
        "As protests spread, the country has proven a notable exception, writes PhD student "
        "Kimberly St. Julian-Varnon."
    )
    assert _speaker(ex, "notable exception") == "Kimberly St. Julian-Varnon"


# -- 5. registered bodies next to other words -------------------------------------------------


def test_a_registered_outlet_of_common_words_after_a_possessive_is_kept() -> None:
    ex = _run("Analysts said in an interview with Norland’s Central News Agency that talks ended.")
    assert "Central News Agency" in _names(ex, EntityType.ORGANISATION)


def test_a_name_after_a_registered_body_is_cut_off_it() -> None:
    ex = _run(
        "The deputy director of the institute of Bank of China Zong Liang flagged that the "
        "risks were high. Bank of China Long Term Fund grew."
    )
    orgs = _names(ex, EntityType.ORGANISATION)
    assert "Bank of China" in orgs
    assert not any("Zong" in name for name in orgs), orgs
    assert "Bank of China Long Term Fund" in orgs  # English words continue the body's name

"""Gender agreement of "he"/"she" with the person they resolve to (round 12, r12g), on
sentences written here with invented names.

A pronoun passes over a person known to be of the other sex: known from the document (an
honorific, a gendered role noun, "X told MPs in her remarks") or from the name (given-name
lexicon, Russian-style surname). A person of unknown gender fits either pronoun, as before.
"""

from __future__ import annotations

import pytest
from claims_helpers import ACTOR, ORG, build, claim_with, key

from loaders.claims.gender import name_gender, pronoun_gender, role_gender
from loaders.drafts import Extraction

ENTITIES = {
    "Liisa Tamm": (ACTOR, ["Tamm"]),
    "Svetlana Orlova": (ACTOR, ["Orlova"]),
    "Margaret Quill": (ACTOR, ["Quill"]),
    "Gerald Brooks": (ACTOR, ["Brooks"]),
    "Dmitry Kuznetsov": (ACTOR, ["Kuznetsov"]),
    "Robert Fane": (ACTOR, ["Fane"]),
    "Tarek Olu": (ACTOR, ["Olu"]),
    "Kerro Basu": (ACTOR, ["Basu"]),
    "Wang Jun": (ACTOR, ["Wang"]),
    "Norland Gas": (ORG, []),
}


def _doc(*passages: str) -> Extraction:
    return build(list(passages), entities=ENTITIES, authors=["Ann Writer"])


@pytest.mark.parametrize(
    ("passages", "fragment", "speaker"),
    [
        # a woman spoke; a man is named in the "she" sentence before the pronoun
        (
            [
                "Orlova told the forum in her keynote that exports would grow.",
                "Turning to the Gerald Brooks administration, she said trade talks would resume.",
            ],
            "trade talks would resume",
            "Svetlana Orlova",
        ),
        (
            [
                "Margaret Quill said the reserve would hold rates.",
                "Asked about Dmitry Kuznetsov, she said the two had never met.",
            ],
            "the two had never met",
            "Margaret Quill",
        ),
        (
            [
                "Spokeswoman Liisa Tamm announced new tariffs on Monday.",
                "Robert Fane criticised the plan in a statement.",
                "“We will not back down,” she said.",
            ],
            "We will not back down",
            "Liisa Tamm",
        ),
        # a man spoke; a woman is named in between
        (
            [
                "Kuznetsov warned that the pipeline would be delayed.",
                "After meeting Svetlana Orlova, he said the delay was about a year.",
            ],
            "the delay was about a year",
            "Dmitry Kuznetsov",
        ),
        (
            [
                "Gerald Brooks called the deal a mistake.",
                "Margaret Quill disagreed in an interview.",
                "“It will cost us dearly,” he said.",
            ],
            "It will cost us dearly",
            "Gerald Brooks",
        ),
        (
            [
                "Mr Olu told investors that margins were thin.",
                "In a reply to Margaret Quill, he said prices would rise.",
            ],
            "prices would rise",
            "Tarek Olu",
        ),
    ],
)
def test_pronoun_skips_the_other_sex(passages: list[str], fragment: str, speaker: str) -> None:
    assert claim_with(_doc(*passages), fragment).speaker == key(speaker)


@pytest.mark.parametrize(
    ("passages", "fragment", "speaker"),
    [
        # unknown gender fits either pronoun: the person named is taken as before
        (
            [
                "Kerro Basu praised the accord.",
                "In talks with Svetlana Orlova, she said the accord would last.",
            ],
            "the accord would last",
            "Svetlana Orlova",
        ),
        (
            ["Wang Jun met reporters in Beijing.", "“The door is open,” she said."],
            "The door is open",
            "Wang Jun",
        ),
        (
            ["Basu met reporters in Delhi.", "“The door is open,” he said."],
            "The door is open",
            "Kerro Basu",
        ),
    ],
)
def test_unknown_gender_fits(passages: list[str], fragment: str, speaker: str) -> None:
    assert claim_with(_doc(*passages), fragment).speaker == key(speaker)


@pytest.mark.parametrize(
    ("passages", "fragment", "speaker"),
    [
        # the only evidence is the document's: a possessive after the name opening the sentence
        (
            [
                "Basu told the committee in her first speech that quotas must end.",
                "Responding to Robert Fane, she said the quotas hurt farmers.",
            ],
            "the quotas hurt farmers",
            "Kerro Basu",
        ),
        (
            [
                "Basu said his ministry would cut red tape.",
                "After a call with Margaret Quill, he said the cuts would start in May.",
            ],
            "the cuts would start in May",
            "Kerro Basu",
        ),
        (
            [
                "Ms Basu criticised the budget.",
                "Quoting Robert Fane, she said the deficit was too large.",
            ],
            "the deficit was too large",
            "Kerro Basu",
        ),
    ],
)
def test_document_evidence(passages: list[str], fragment: str, speaker: str) -> None:
    assert claim_with(_doc(*passages), fragment).speaker == key(speaker)


@pytest.mark.parametrize(
    ("passages", "fragment", "speaker"),
    [
        # a gendered role noun referring back passes over a person of the other sex
        (
            [
                "Svetlana Orlova chairs the export board.",
                "Gerald Brooks asked for lower duties.",
                "The chairwoman said duties would stay.",
            ],
            "duties would stay",
            "Svetlana Orlova",
        ),
        (
            [
                "Margaret Quill runs the shipping line.",
                "Dmitry Kuznetsov visited its port on Monday.",
                "The businesswoman said freight rates had doubled.",
            ],
            "freight rates had doubled",
            "Margaret Quill",
        ),
        (
            [
                "Robert Fane owns a grain trader.",
                "Margaret Quill, a regulator, inspected its silos.",
                "The businessman said the silos were full.",
            ],
            "the silos were full",
            "Robert Fane",
        ),
    ],
)
def test_role_noun_skips_the_other_sex(passages: list[str], fragment: str, speaker: str) -> None:
    assert claim_with(_doc(*passages), fragment).speaker == key(speaker)


def test_object_her_is_no_evidence() -> None:
    """ "Fane thanked her for …": "her" is someone else, so Fane stays a man by name."""
    ex = _doc(
        "Robert Fane thanked her for the invitation.",
        "Svetlana Orlova spoke next.",
        "“We are ready,” he said.",
    )
    assert claim_with(ex, "We are ready").speaker == key("Robert Fane")


def test_forward_she_waits_for_a_woman() -> None:
    """ "“…,” she said" opening a story waits past a man named as a speaker."""
    ex = _doc(
        "“The talks are over,” she said on Friday.",
        "Robert Fane said the talks would resume.",
        "Margaret Quill, the chief negotiator, said the offer had lapsed.",
    )
    assert claim_with(ex, "The talks are over").speaker == key("Margaret Quill")


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Svetlana Orlova", "f"),
        ("Dmitry Kuznetsov", "m"),
        ("Margaret Quill", "f"),
        ("Gerald Brooks", "m"),
        ("Ivanova", "f"),
        ("Petrov", "m"),
        ("Wang Jun", None),
        ("Kerro Basu", None),
        ("Andrea Conti", None),
    ],
)
def test_name_gender(name: str, gender: str | None) -> None:
    assert name_gender(name) == gender


def test_words() -> None:
    assert pronoun_gender("Her") == "f" and pronoun_gender("himself") == "m"
    assert pronoun_gender("they") is None
    assert role_gender("spokeswoman") == "f" and role_gender("businessman") == "m"
    assert role_gender("chairman") is None

"""Speaker shapes of round 11 (issue 12, batch 20), on sentences written here with invented
names.

Classes: a body's estimates/projections/figures (dated or not) as the source of "according
to"; a person's own verb phrase closing on a colon before a quotation ("X also speaks of a
new order: “…”"); "X told Y that … “…,” according to Z" (Z relays, X said it); an unnamed
group or an outlet reporting that a named person said or stated something; and a sentence
boundary after a link or DOI that ends its line.
"""

from __future__ import annotations

import pytest
from claims_helpers import ACTOR, ORG, build, claim_with, key, org_key

from loaders.components.sentences import split_text
from loaders.drafts import Extraction

ENTITIES = {
    "Ivan Petrov": (ACTOR, ["Petrov"]),
    "Marta Lind": (ACTOR, ["Lind"]),
    "Oleg Sokol": (ACTOR, ["Sokol"]),
    "Nordic Defence Pact": (ORG, ["NDP"]),
    "Valbank": (ORG, []),
    "Grainco": (ORG, []),
    "Evening Courier": (ORG, []),
}
KINDS = {"Evening Courier": "MEDIA", "Nordic Defence Pact": "INTERNATIONAL_ORG"}


def _doc(*passages: str) -> Extraction:
    return build(list(passages), entities=ENTITIES, kinds=KINDS, authors=["Ann Writer"])


@pytest.mark.parametrize(
    ("sentence", "fragment", "body"),
    [
        (
            "According to NDP estimates, 19 of the 30 members now spend 2% of output on arms.",
            "19 of the 30",
            "Nordic Defence Pact",
        ),
        (
            "The fleet counts about 210 hulls, according to Valbank figures from 2023.",
            "210 hulls",
            "Valbank",
        ),
        (
            "Grain shipments will fall by 12% next season, according to Grainco projections.",
            "Grain shipments",
            "Grainco",
        ),
    ],
)
def test_a_bodys_estimates_or_figures_name_the_body(
    sentence: str, fragment: str, body: str
) -> None:
    ex = _doc(sentence)
    assert claim_with(ex, fragment).speaker == org_key(body)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Foreign Minister Ivan Petrov also speaks of a new order: “We are entering an age "
            "in which no single capital can decide for everyone.”",
            "Ivan Petrov",
        ),
        (
            "Marta Lind lists three reasons for the delay: “The money is late, the steel is "
            "late and the permits are later still.”",
            "Marta Lind",
        ),
        (
            "Oleg Sokol recalled his first visit to the plant: “It was cold, dark and nobody "
            "believed the line would ever run again.”",
            "Oleg Sokol",
        ),
    ],
)
def test_a_person_whose_verb_phrase_closes_on_a_colon_introduces_the_quotation(
    sentence: str, person: str
) -> None:
    ex = _doc(sentence)
    claim = claim_with(ex, sentence.split("“")[1][:20])
    assert claim.speaker == key(person)
    assert claim.attribution == "DIRECT_QUOTE"


def test_a_bare_heading_before_a_colon_names_no_one() -> None:
    ex = _doc("Grainco expects record sales: “the numbers will be announced in spring.”")
    assert all(c.speaker != key("Grainco") or c.attribution != "DIRECT_QUOTE" for c in ex.claims)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "However, Petrov told Lind that any deal “must keep the northern route open,” "
            "according to his adviser Oleg Sokol.",
            "Ivan Petrov",
        ),
        (
            "Lind said that the talks “went better than anyone in the room expected,” according "
            "to the Evening Courier.",
            "Marta Lind",
        ),
        (
            "Sokol also warned that the reserves “will not last beyond the winter months,” "
            "according to Valbank.",
            "Oleg Sokol",
        ),
    ],
)
def test_the_person_who_said_it_beats_the_relay_closing_the_quotation(
    sentence: str, person: str
) -> None:
    ex = _doc(sentence)
    assert claim_with(ex, sentence.split("“")[1][:20]).speaker == key(person)


def test_according_to_alone_still_names_the_quotations_source() -> None:
    ex = _doc("Prices “will keep rising well into the next year,” according to Valbank.")
    assert claim_with(ex, "keep rising").speaker == org_key("Valbank")


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Local media reported that Petrov also expressed a readiness to reopen the border "
            "crossing next month.",
            "Ivan Petrov",
        ),
        (
            "The Evening Courier reported that Lind said the mine would close by the end of the "
            "decade.",
            "Marta Lind",
        ),
        (
            "State television reported that Sokol voiced concern over the falling grain "
            "harvest in the south.",
            "Oleg Sokol",
        ),
    ],
)
def test_a_group_or_outlet_reporting_a_named_persons_statement_gives_it_to_the_person(
    sentence: str, person: str
) -> None:
    ex = _doc(sentence)
    assert claim_with(ex, "reported that").speaker == key(person)


def test_a_group_reporting_a_persons_act_stays_the_groups() -> None:
    ex = _doc("Local media reported that Petrov arrived in the capital late on Sunday night.")
    assert claim_with(ex, "reported that").speaker != key("Ivan Petrov")


@pytest.mark.parametrize(
    "text",
    [
        "Doe, J., 2021. A Study. Journal of Things, 4(2), pp. 1–9. DOI: 10.1234/abc-9\n"
        "In recent years the region changed.",
        "Source: https://example.org/news/item-42\nThe ministry later denied the report.",
        "Read more at www.example.com/story\n“We will respond,” the minister said.",
    ],
)
def test_a_link_or_doi_ending_its_line_ends_the_sentence(text: str) -> None:
    last = text.split("\n")[1]
    assert any(text[a:b] == last for a, b in split_text(text))


def test_a_link_inside_a_line_keeps_its_sentence() -> None:
    text = "See https://example.org/x for details\nand the annex."
    assert len(split_text(text)) == 1


def test_a_doi_joined_to_the_next_line_by_a_reader_still_ends_its_sentence() -> None:
    text = "Journal of Things, 4(2), pp. 1–9. DOI: 10.1234/abc-9 In recent years it changed."
    assert any(text[a:b] == "In recent years it changed." for a, b in split_text(text))


def test_a_link_before_a_name_keeps_its_sentence() -> None:
    text = "The clip at https://example.org/v Reuters obtained shows the convoy."
    assert len(split_text(text)) == 1

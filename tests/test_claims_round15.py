"""Round 15: quotations signed after them (sentences and names written here).

1. "“…” – X (原名), role at a long-named institute.": a dash credit whose name carries a
   parenthesis (a name in its own script, an acronym) and a role of up to 160 characters.
2. "“…” X Y.": a person's full name alone as the sentence after a quotation waiting for
   its speaker, in the same paragraph, signs it; a body's name or a name after the author's
   own sentence signs nothing.
3. In an article, a first-person sentence without marks right after X's statement is X's
   words ("…, X said. ¶ If this goes on, we will see it as …"); the outlet's "we", "US",
   threads and sentences after the author's own statement stay the author's.
"""

from __future__ import annotations

import pytest
from claims_helpers import ACTOR, ORG, build, claim_with, key, org_key

from kb.models import DocumentKind
from loaders.drafts import Extraction

ENTITIES = {
    "Ivo Ruml": (ACTOR, ["Ruml"]),
    "Ana Vrba": (ACTOR, ["Vrba"]),
    "Petr K. Lind": (ACTOR, ["Lind"]),
    "Lipa Group": (ORG, []),
}


def _doc(*passages: str) -> Extraction:
    return build(list(passages), entities=ENTITIES, authors=["Ann Writer"])


# -- a quotation credited after a dash: the name may carry a parenthesis and a long role ------


@pytest.mark.parametrize(
    ("passages", "fragment", "name"),
    [
        (
            (
                "“A bridge over the river would double the trade within five years.” – Ana Vrba"
                " (安娜), senior researcher at the Institute of River Transport Studies, Lipa"
                " Academy of Social Sciences (LASS).",
            ),
            "double the trade",
            "Ana Vrba",
        ),
        (
            (
                "Two views from the region open this report.",
                "“Even if the talks fail, the port will stay open to both sides.” — Ivo Ruml"
                " (伊沃), former director of the Centre for Northern and Coastal Studies, Lipa"
                " University.",
            ),
            "port will stay open",
            "Ivo Ruml",
        ),
        (
            ("“Rail freight will grow faster than road freight this decade.” – Ana Vrba (AV).",),
            "Rail freight will grow",
            "Ana Vrba",
        ),
        (
            (
                "“The grain corridor is the best deal we have made in years.” – Ivo Ruml, head"
                " of the freight committee of the northern chamber of commerce and industry.",
            ),
            "grain corridor",
            "Ivo Ruml",
        ),
    ],
)
def test_a_quotation_credited_after_a_dash(
    passages: tuple[str, ...], fragment: str, name: str
) -> None:
    claim = claim_with(_doc(*passages), fragment)
    assert (claim.attribution, claim.speaker) == ("DIRECT_QUOTE", key(name))


def test_the_authors_sentence_after_a_credited_quotation_stays_the_authors() -> None:
    ex = _doc(
        "“A bridge over the river would double the trade within five years.” – Ana Vrba"
        " (安娜), senior researcher at the Lipa Academy of Social Sciences (LASS).",
        "Trade over the river grew by a fifth in the year to May.",
    )
    claim = claim_with(ex, "Trade over the river grew")
    assert (claim.attribution, claim.speaker) == ("AUTHOR", key("Ann Writer"))


def test_a_dash_after_a_quotation_with_a_clause_after_the_name_is_no_credit() -> None:
    ex = _doc(
        "The plan calls it “a second line for the north” – Ivo Ruml (the minister) signed it"
        " in May after a long debate."
    )
    claim = claim_with(ex, "second line for the north")
    assert claim.speaker != key("Ivo Ruml")


# -- a full name alone after a quotation signs it -----------------------------------------


@pytest.mark.parametrize(
    ("passages", "fragment", "name"),
    [
        (("“Our ports will stay open to every flag this winter.” Ivo Ruml.",), "ports", "Ivo Ruml"),
        (
            ("The minister spoke at length.", "“The budget cannot carry two bridges.” Ana Vrba."),
            "two bridges",
            "Ana Vrba",
        ),
        (("“Grain prices have peaked for the season.” – Ivo Ruml",), "Grain prices", "Ivo Ruml"),
        (
            ("“We will borrow the rest from the regional fund.” Petr K. Lind.",),
            "borrow",
            "Petr K. Lind",
        ),
    ],
)
def test_a_full_name_alone_after_a_quotation_signs_it(
    passages: tuple[str, ...], fragment: str, name: str
) -> None:
    claim = claim_with(_doc(*passages), fragment)
    assert (claim.attribution, claim.speaker) == ("DIRECT_QUOTE", key(name))


@pytest.mark.parametrize(
    "passages",
    [
        # an organisation's name is no signature
        ("“Our ports will stay open to every flag this winter.” Lipa Group.",),
        # a name after the author's own sentence signs nothing
        ("Rail freight grew by a fifth in the year to May. Ivo Ruml.",),
    ],
)
def test_a_name_that_is_no_signature(passages: tuple[str, ...]) -> None:
    ex = _doc(*passages)
    assert all(c.speaker != key("Ivo Ruml") for c in ex.claims)
    assert all(c.attribution in ("AUTHOR", "DIRECT_QUOTE") for c in ex.claims)
    assert all(c.speaker != org_key("Lipa Group") for c in ex.claims)


# -- first-person words without marks after a speaker's statement (articles) ---------------


@pytest.mark.parametrize(
    ("passages", "fragment", "name"),
    [
        (
            (
                "With help from abroad, the port was rebuilt in a year, Ivo Ruml said.",
                "If the blockade goes on, we will see it as a joint effort of both neighbours.",
            ),
            "joint effort",
            "Ivo Ruml",
        ),
        (
            (
                "Lipa Group said that talks with the buyers were in progress.",
                "The buyers with whom we are in contact have not asked to end the contract.",
            ),
            "have not asked",
            "Lipa Group",
        ),
        (
            (
                "Ana Vrba told the council that the bridge would open in May. The tolls are"
                " fair from our point of view and will stay as they are.",
            ),
            "tolls are fair",
            "Ana Vrba",
        ),
    ],
)
def test_first_person_words_after_a_statement_are_the_speakers(
    passages: tuple[str, ...], fragment: str, name: str
) -> None:
    claim = claim_with(_doc(*passages), fragment)
    assert claim.speaker == (org_key(name) if name == "Lipa Group" else key(name))
    assert claim.attribution == "DIRECT_QUOTE"


@pytest.mark.parametrize(
    ("passages", "fragment"),
    [
        # the author's own sentence without "we"
        (
            (
                "With help from abroad, the port was rebuilt in a year, Ivo Ruml said.",
                "The port handled 3 million tonnes in 2023.",
            ),
            "3 million tonnes",
        ),
        # the outlet's own "we"
        (
            (
                "With help from abroad, the port was rebuilt in a year, Ivo Ruml said.",
                "As we reported in May, the port handled 3 million tonnes in 2023.",
            ),
            "3 million tonnes",
        ),
        # "US" is a country, not "us"
        (
            (
                "With help from abroad, the port was rebuilt in a year, Ivo Ruml said.",
                "The US and the EU sent cranes worth 40 million US dollars to the port.",
            ),
            "sent cranes",
        ),
        # the outlet's own app
        (
            (
                "With help from abroad, the port was rebuilt in a year, Ivo Ruml said.",
                "This story is also available on our app for phones and tablets.",
            ),
            "also available",
        ),
        # "we" after the author's sentence, not after a statement
        (
            (
                "The port was rebuilt in a year with help from abroad.",
                "Our map shows the new berths on the northern shore of the bay.",
            ),
            "new berths",
        ),
    ],
)
def test_author_sentences_after_a_statement_stay_the_authors(
    passages: tuple[str, ...], fragment: str
) -> None:
    claim = claim_with(_doc(*passages), fragment)
    assert (claim.attribution, claim.speaker) == ("AUTHOR", key("Ann Writer"))


def test_first_person_words_in_a_thread_stay_the_authors() -> None:
    ex = build(
        [
            "With help from abroad, the port was rebuilt in a year, Ivo Ruml said.",
            "If the blockade goes on, we will see it as a joint effort of both neighbours.",
        ],
        entities=ENTITIES,
        authors=["Ann Writer"],
        kind=DocumentKind.THREAD,
    )
    claim = claim_with(ex, "joint effort")
    assert claim.attribution == "AUTHOR"

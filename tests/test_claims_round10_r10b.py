"""Round 10 (r10b): headlines with commas and a role credit, quoted words ending a reported
sentence, auxiliaries before a closing verb, a body's document as its voice, an embassy's
short name, "calculated", parenthesised dates, and a report's abstract read as a footnote.

Every sentence is made up (names, places and figures); none is a dev text's."""

from __future__ import annotations

from kb.models import DocumentKind, PassageKind
from loaders.readers.report import read as read_report
from tests.claims_helpers import ACTOR, ORG, build, claim_with, key, org_key

H = PassageKind.HEADING


# ---- a headline with commas, credited to a role the body then names -------------------------


def test_headline_with_commas_credited_to_a_minister_named_below() -> None:
    ex = build(
        [
            ("Norway hopes Peru, Chile will sign the accord, Norway trade minister says", H),
            "Norwegian Trade Minister Ola Brenne has told his Peruvian counterpart that Oslo "
            "wants a deal before winter.",
        ],
        entities={"Ola Brenne": (ACTOR, ["Brenne"]), "Norway": (ORG, ["Oslo"])},
        kinds={"Norway": "STATE"},
    )
    claim = claim_with(ex, "will sign the accord")
    assert claim.speaker == key("Ola Brenne")
    assert claim.attribution == "REPORTED_SPEECH"


def test_headline_credited_to_an_aide_named_with_the_same_words() -> None:
    ex = build(
        [
            ("The two leaders will discuss grain, fertiliser and shipping, Erdogan's aide says", H),
            "The visit will be short and “free of any ceremonial excess,” Turkish President "
            "Recep Erdogan’s aide Selim Kaya has revealed.",
        ],
        entities={"Selim Kaya": (ACTOR, ["Kaya"]), "Recep Erdogan": (ACTOR, ["Erdogan"])},
    )
    assert claim_with(ex, "grain, fertiliser and shipping").speaker == key("Selim Kaya")


def test_headline_role_not_matching_the_person_below_stays_unresolved() -> None:
    ex = build(
        [
            ("Lima, Quito and Oslo agree on quotas, Peru fisheries minister says", H),
            "Chilean banker Tomas Vera told reporters that the bank would lend more.",
        ],
        entities={"Tomas Vera": (ACTOR, ["Vera"])},
    )
    assert claim_with(ex, "agree on quotas").speaker != key("Tomas Vera")


# ---- quoted words ending a reported sentence -----------------------------------------------


def test_quoted_words_ending_the_writers_sentence_make_the_sentence_the_claim() -> None:
    """The whole sentence is the claim (the quoted words alone lose what they complete)."""
    for closing in ("has revealed", "said", "told reporters"):
        ex = build(
            [
                "The summit of the Baltic ministers in Riga will be brief and “free of the usual "
                f"long speeches,” the Latvian premier's adviser Ilze Berzina {closing}."
            ],
            entities={"Ilze Berzina": (ACTOR, ["Berzina"])},
        )
        claim = claim_with(ex, "The summit of the Baltic ministers in Riga will be brief")
        assert claim.speaker == key("Ilze Berzina")
        assert claim.attribution == "DIRECT_QUOTE"
        assert len(ex.claims) == 1  # the quoted words are not a second claim


def test_this_suggests_that_before_the_quoted_words_is_still_the_speakers() -> None:
    ex = build(
        [
            "This shows that the two ports “do not share any cargo data”, explains Rhea Tamm, "
            "an analyst at a Tallinn think tank."
        ],
        entities={"Rhea Tamm": (ACTOR, ["Tamm"])},
    )
    assert claim_with(ex, "This shows that the two ports").speaker == key("Rhea Tamm")


def test_a_whole_quotation_before_has_said_keeps_its_speaker() -> None:
    ex = build(
        ["“We expect nothing ceremonial at all,” President Okafor’s aide Ada Nwosu has said."],
        entities={"Ada Nwosu": (ACTOR, ["Nwosu"]), "Chidi Okafor": (ACTOR, ["Okafor"])},
    )
    claim = claim_with(ex, "We expect nothing ceremonial")
    assert claim.speaker == key("Ada Nwosu")
    assert claim.attribution == "DIRECT_QUOTE"


def test_a_quoted_title_before_suggests_that_leaves_the_sentence_a_claim() -> None:
    ex = build(
        [
            "The Halden Institute report, “Northern Routes and Arctic Shipping,” suggests that "
            "Oslo and Lima could eventually build a joint fleet."
        ],
        entities={"Halden Institute": (ORG, [])},
    )
    claim_with(ex, "Oslo and Lima could eventually build a joint fleet")


# ---- a body's document speaks for the body; the short name of an embassy -------------------


def test_a_bodys_dated_or_named_document_speaks_for_the_body() -> None:
    entities = {"Department of Fisheries": (ORG, ["DOF"]), "Varna Bank": (ORG, [])}
    for sentence, body in (
        ("DOF's 2024 strategy calls for more patrols in the north.", "Department of Fisheries"),
        ("The DOF's new doctrine says that the fleet must grow.", "Department of Fisheries"),
        ("Varna Bank's annual report warns that loan losses will rise.", "Varna Bank"),
    ):
        ex = build([sentence], entities=entities)
        assert ex.claims[0].speaker == org_key(body), sentence


def test_short_name_of_an_embassy_is_the_embassy_named_in_full() -> None:
    entities = {
        "Kenyan Embassy in Norway": (ORG, []),
        "Kenyan Embassy in Oslo": (ORG, []),
        "Norway": (ORG, ["Oslo"]),
    }
    ex = build(
        [
            ("The Kenyan Embassy urged Norway not to interfere in fishing talks with Peru", H),
            "The Kenyan Embassy in Norway urges Oslo not to interfere in fishing talks.",
            "A spokesman of the Kenyan Embassy in Oslo, Ken Otieno, said so on Monday.",
        ],
        entities=entities,
        kinds={"Norway": "STATE"},
    )
    assert claim_with(ex, "urged Norway").speaker == org_key("Kenyan Embassy in Norway")


# ---- "calculated"; a date in parentheses is no citation -------------------------------------


def test_calculated_attributes_figures_to_its_subject() -> None:
    entities = {"Kestrel Analytics": (ORG, []), "Halden Institute": (ORG, [])}
    for sentence, body in (
        ("Exports fell 12% in June, Kestrel Analytics calculated from vessel tracking.", "Kestrel"),
        ("Kestrel Analytics calculated that the fleet carried 40% more grain in June.", "Kestrel"),
        (
            "In the week ending May 9, tankers carried 2.1 million tonnes, the Halden Institute "
            "calculated based on port data.",
            "Halden",
        ),
    ):
        ex = build([sentence], entities=entities)
        name = "Kestrel Analytics" if body == "Kestrel" else "Halden Institute"
        assert ex.claims[0].speaker == org_key(name), sentence


def test_a_date_in_parentheses_is_not_a_cited_source() -> None:
    for date in ("Monday 3 May 2021", "March 2019", "Friday 9 June 2017"):
        ex = build(
            [
                f"The new port register, which is updated today ({date}) with new entries, "
                "lists 40 more ships than last year."
            ]
        )
        claim = claim_with(ex, "lists 40 more ships")
        assert claim.attribution != "ACCORDING_TO"
        assert claim.speaker_group is None or date.split()[0] not in claim.speaker_group


# ---- a report's abstract opening on a page number is no footnote ----------------------------


def _abstract(page: str, doi: str) -> str:
    body = (
        "The partnership between Lima and Quito has grown for two decades, a trend which the "
        "drought will only serve to accelerate. Its current state can be described as a "
        "quasi-alliance. The article first examines trade and fisheries. Then it asks whether "
        "the two capitals could form an alliance. Finally, the author draws up several "
        "scenarios for the future of the relationship. "
    )
    return (
        f"the andean entente\n\n{page}\nJournal of Andean Affairs (2021) 12:3–20 {doi} "
        f"ORIGINAL ARTICLE Abstract {body * 3}\n"
    )


def test_an_abstract_after_a_page_number_is_a_paragraph_not_a_footnote() -> None:
    for page, doi in (
        ("18", "https://doi.org/10.1000/xyz123"),
        ("7", "https://example.org/articles/4411"),
        ("112", "http://doi.org/10.5555/andes.2021.3"),
    ):
        (doc,) = read_report(_abstract(page, doi), "r.txt")
        kinds = {p.kind for p in doc.passages}
        assert PassageKind.FOOTNOTE not in kinds, page
        ex = build([doc.text[p.start : p.end] for p in doc.passages], kind=DocumentKind.REPORT)
        claim_with(ex, "a trend which the drought will only serve to accelerate")


def test_a_short_numbered_note_citing_a_url_is_still_a_footnote() -> None:
    text = (
        "1. Introduction\n\nThe corridor carried more grain in 2023 than ever before, and the "
        "ports expect more.\n\n12 Ministry of Ports, Annual Review, https://example.org/rev\n"
    )
    (doc,) = read_report(text, "r.txt")
    notes = [p for p in doc.passages if p.kind == PassageKind.FOOTNOTE]
    assert notes and notes[0].number == "12"

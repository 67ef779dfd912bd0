"""Round 16: quotation marks that do not pair by shape, and cue shapes (sentences written here).

1. A straight " opening and a curly ” closing a quotation pair: the sentence splitter holds
   the quotation together and its closing cue names its speaker ("…,” X said.").
2. A straight mark left open at a paragraph's end does not run on into the next paragraph
   when that one opens a new quotation with its own straight mark ('… expects "close …').
3. "the russian minister" (a nationality in lower case) is not a person written before with
   another nationality.
4. Cue shapes: "…,” he went on to say."; "…,” said Latvian President." (a title alone: the
   one person written with that nationality and title); "X referred to Y as ‘…’" and "X
   called Y ‘…’" (four or more quoted words: DIRECT_QUOTE); "…, X, an expert from the
   ‘Name’ association told TASS." (single quotes inside an apposition are no quotation).
5. Title abbreviations (Rear Adm., Lt. Gen., Maj., Brig.) neither end a sentence nor cut the
   cue after a quotation ("…,” Rear Adm. X, the district commander said in a statement.").
6. A body's document and "it": "“…,” it added" and "“…,” the message says" after a body
   spoke are that body's; "a departmental circular" is the ministry's; "quotes <outlet> as
   <person>" and "…, – says the head of X" (a dash quotation) name the person.
7. A body's readout of a person's words: "“X said that A,” the ministry said" is X's
   quotation; "A, as announced by X during a meeting with Y, the ministry reported": X.
8. "…, a Halden adviser acknowledged" then "“…,” Halden science adviser X said": the title
   written before the later name counts as describing the unnamed person.
"""

from __future__ import annotations

import pytest
from claims_helpers import ACTOR, ORG, build, claim_with, key, org_key

from loaders.components.sentences import split_text
from loaders.drafts import Extraction

ENTITIES = {
    "Ivo Ruml": (ACTOR, ["Ruml"]),
    "Ana Vrba": (ACTOR, ["Vrba"]),
    "Tomas Kell": (ACTOR, ["Kell"]),
    "Lipa Forum": (ORG, []),
    "Halden Times": (ORG, []),
    "Halden Carriers Association": (ORG, []),
}


def _doc(*passages: str) -> Extraction:
    return build(list(passages), entities=ENTITIES, authors=["Ann Writer"])


def _said(ex: Extraction, fragment: str) -> tuple[str, str | None]:
    claim = claim_with(ex, fragment)
    return claim.attribution, claim.speaker


# -- quotation marks that do not pair by shape --------------------------------------------


def test_a_straight_opening_and_a_curly_closing_mark_pair_in_the_splitter() -> None:
    text = (
        '"The talks went well. <…> Each side defends its own interests,” Ruml said. Then he left.'
    )
    sentences = [text[a:b] for a, b in split_text(text)]
    assert sentences[0].endswith("Ruml said.")
    assert sentences[1] == "Then he left."


def test_a_mixed_pair_quotation_is_its_closing_speakers() -> None:
    ex = _doc(
        "The Halden Times wrote that the talks on the pipeline had stalled.",
        '"The topic of energy was on the agenda of the talks. As for the commercial terms, they'
        " are not public. It is normal that each side defends its own interests,” Ruml said.",
    )
    for fragment in ("topic of energy", "not public", "its own interests"):
        assert _said(ex, fragment) == ("DIRECT_QUOTE", key("Ivo Ruml"))


def test_a_straight_mark_left_open_does_not_run_into_a_new_quotation() -> None:
    ex = _doc(
        'At the meeting, Ana Vrba said that the port is essential for "keeping the region stable.',
        'Ivo Ruml added that the north expects "a close and fruitful cooperation with its'
        " neighbours.",
    )
    assert _said(ex, "fruitful cooperation")[1] == key("Ivo Ruml")


def test_a_nationality_in_lower_case_is_not_another_nations_minister() -> None:
    ex = _doc(
        "The latvian defense minister met Estonian Defense Minister Tomas Kell in the capital.",
        "During the meeting, the latvian minister said that the two armies will train together.",
    )
    assert _said(ex, "train together")[1] != key("Tomas Kell")


# -- cue shapes -----------------------------------------------------------------------------


def test_he_went_on_to_say_after_a_second_quotation() -> None:
    ex = _doc(
        '"A first group of visitors will arrive in May," Ivo Ruml said. "It will be sent, most'
        ' likely, in the first half of the month to check that everything works," he went on'
        " to say.",
    )
    assert _said(ex, "first half of the month") == ("DIRECT_QUOTE", key("Ivo Ruml"))


def test_a_title_alone_is_the_person_written_with_it() -> None:
    ex = _doc(
        "Latvian President Ivo Ruml spoke at the forum. He met Lipa Forum chair Ana Vrba.",
        'The new radar "will greatly increase the defense capability of the north," said Latvian'
        " President.",
        "Latvian President also said that the radar will be ready next year.",
    )
    assert _said(ex, "greatly increase")[1] == key("Ivo Ruml")
    assert _said(ex, "ready next year")[1] == key("Ivo Ruml")


def test_a_title_alone_with_no_one_so_written_names_no_one() -> None:
    ex = _doc(
        "Ivo Ruml spoke at the forum.",
        'The radar "will greatly increase the defense capability of the north," said Lipa'
        " President.",
    )
    assert _said(ex, "greatly increase")[1] != key("Ivo Ruml")


@pytest.mark.parametrize(
    "sentence",
    [
        "In May 2014, meeting with Premier Ana Vrba, Ivo Ruml referred to the two ports as"
        " ‘natural partners and close allies.’",
        "In May 2019, Ivo Ruml called the ties ‘an allied relationship in the full sense of a"
        " partnership.’",
    ],
)
def test_called_or_referred_to_as_a_quoted_phrase_is_a_direct_quote(sentence: str) -> None:
    assert _said(_doc(sentence), "In May") == ("DIRECT_QUOTE", key("Ivo Ruml"))


def test_single_quotes_inside_a_closing_apposition_are_no_quotation() -> None:
    ex = _doc(
        "A first group of visitors may reach the north in early May, Ivo Ruml, an expert from"
        " the ‘Travel without Borders’ association told Halden Times.",
    )
    assert _said(ex, "first group of visitors") == ("REPORTED_SPEECH", key("Ivo Ruml"))


# -- title abbreviations ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The base is quiet, Maj. Ivo Ruml said. The patrol came later.",
        "Brig. Gen. Ana Vrba met the crews. The patrol came later.",
    ],
)
def test_a_military_title_abbreviation_ends_no_sentence(text: str) -> None:
    assert len(split_text(text)) == 2


def test_a_title_abbreviation_in_a_cue_after_a_quotation() -> None:
    ex = _doc(
        '"While the ships kept to the rules, we will meet presence with presence around the'
        ' islands," Rear Adm. Ivo Ruml, the district commander said in a statement.',
    )
    assert _said(ex, "presence with presence") == ("DIRECT_QUOTE", key("Ivo Ruml"))


# -- a body's document and "it" after a quotation; dash quotations -------------------------


def test_it_after_a_quotation_is_the_body_that_spoke_before() -> None:
    ex = _doc(
        "In a press release, the Lipa Forum announced new fees for the port.",
        "Halden received ten new cranes in May, the statement said. “Both deals were signed"
        " long before the fees were announced,” it added.",
    )
    assert _said(ex, "Both deals were signed") == ("DIRECT_QUOTE", org_key("Lipa Forum"))


def test_the_message_after_a_quotation_is_the_body_that_spoke_before() -> None:
    ex = _doc(
        "The two institutes agreed on joint research, the press service of the Lipa Forum"
        " reported.",
        "“Scientists from both institutes will begin the first consultation meetings in the"
        " autumn,” the message says.",
    )
    assert _said(ex, "first consultation meetings") == ("DIRECT_QUOTE", org_key("Lipa Forum"))


def test_a_departmental_circular_is_the_ministrys() -> None:
    ex = build(
        [
            "The Ministry of Roads of Halden has published new rules for road signs.",
            "According to a departmental circular, the old names will be used on all signs.",
            "“The borders of Halden are drawn on the standard map approved by the council. The"
            " old borders are drawn from the historical record,” the circular says.",
        ],
        entities={**ENTITIES, "Ministry of Roads of Halden": (ORG, [])},
        authors=["Ann Writer"],
    )
    ministry = org_key("Ministry of Roads of Halden")
    assert _said(ex, "old names will be used")[1] == ministry
    assert _said(ex, "standard map") == ("DIRECT_QUOTE", ministry)


def test_a_message_no_body_sent_names_no_one() -> None:
    ex = _doc(
        "Ivo Ruml wrote to the students on Friday.",
        "“Classes will resume on Monday in the main building of the school,” the message says.",
    )
    assert _said(ex, "Classes will resume")[1] != org_key("Lipa Forum")


def test_quotes_an_outlet_as_a_person_is_the_persons_quotation() -> None:
    ex = _doc(
        "“A sudden decision was made to stop the trucks at the border for three days,” quotes"
        " Halden Times as Chairman of the Lipa Forum Ivo Ruml.",
    )
    assert _said(ex, "stop the trucks") == ("DIRECT_QUOTE", key("Ivo Ruml"))


def test_a_dash_quotation_closed_by_says_the_head_of_a_body() -> None:
    ex = _doc(
        "Ivo Ruml, Chairman of the Halden Carriers Association, spoke to the drivers.",
        "- People have to wait many days for their turn at the border. There are no"
        " conditions for this at all, - says the head of the association.",
    )
    assert _said(ex, "wait many days") == ("DIRECT_QUOTE", key("Ivo Ruml"))
    assert _said(ex, "no conditions")[1] == key("Ivo Ruml")


# -- a body's readout of a person's words ---------------------------------------------------


def test_a_quotation_opening_with_a_person_said_that_is_the_persons() -> None:
    ex = _doc(
        "“Ivo Ruml said that Halden and other like-minded states will found a group for"
        " peace in the strait,” the Lipa Forum said.",
    )
    assert _said(ex, "like-minded states") == ("DIRECT_QUOTE", key("Ivo Ruml"))


def test_a_quotation_opening_with_he_said_that_keeps_its_cue() -> None:
    ex = _doc(
        "“He said that the group for peace will be open to every state in the region,” the"
        " Lipa Forum said.",
    )
    assert _said(ex, "open to every state")[1] == org_key("Lipa Forum")


def test_as_announced_by_a_person_beats_the_body_relaying_it() -> None:
    ex = _doc(
        "Halden and its neighbours will create a group of friends of peace, as announced by"
        " Foreign Minister Ivo Ruml during a meeting with Ana Vrba on the sidelines of the"
        " summit, the Lipa Forum reported, Halden Times writes.",
    )
    assert _said(ex, "friends of peace")[1] == key("Ivo Ruml")


def test_an_unnamed_adviser_named_next_with_a_longer_title_is_that_person() -> None:
    ex = _doc(
        "The government has met “wild resistance” to a plan that students learn the northern"
        " language, a Halden adviser acknowledged, but it will go ahead.",
        "“There will be no force, we will convince, but we will move in this direction,”"
        " Halden science and education adviser Ivo Ruml said.",
    )
    assert _said(ex, "wild resistance")[1] == key("Ivo Ruml")


def test_an_unnamed_adviser_is_not_a_person_named_next_without_the_title() -> None:
    ex = _doc(
        "The government has met “wild resistance” to a plan that students learn the northern"
        " language, a Halden adviser acknowledged, but it will go ahead.",
        "“Students will choose for themselves which language they learn,” Ivo Ruml said.",
    )
    assert _said(ex, "wild resistance")[1] != key("Ivo Ruml")

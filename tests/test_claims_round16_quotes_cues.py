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
"""

from __future__ import annotations

import pytest
from claims_helpers import ACTOR, ORG, build, claim_with, key

from loaders.components.sentences import split_text
from loaders.drafts import Extraction

ENTITIES = {
    "Ivo Ruml": (ACTOR, ["Ruml"]),
    "Ana Vrba": (ACTOR, ["Vrba"]),
    "Tomas Kell": (ACTOR, ["Kell"]),
    "Lipa Forum": (ORG, []),
    "Halden Times": (ORG, []),
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

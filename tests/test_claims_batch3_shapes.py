"""Speaker classes found on unseen batch 3 (issue 12), on sentences written here.

A hearer after "told" is not the speaker ("…, the head of the council, X, told the news
agency"); a role phrase before an apposed name; a verb of judgement whose object the
quotation names ("X hailed the deal as a “…”") credits the sentence to X, not to the
previous quotation's speaker; a plural nationality noun ("the Germans announced") is its state.
"""

from __future__ import annotations

from claims_helpers import ACTOR, ORG, attributed, build, claim_with, key

from kb.models import PassageKind
from loaders.drafts import Extraction

ENTITIES = {
    "Pavel Orlov": (ACTOR, ["Orlov"]),
    "Marta Lind": (ACTOR, ["Lind"]),
    "Ivan Zorin": (ACTOR, ["Zorin"]),
    "TASS": (ORG, []),
    "Nordex": (ORG, []),
}


def _doc(*passages: str) -> Extraction:
    return build(list(passages), entities=ENTITIES, publisher="Daily Wire")


def test_the_hearer_of_told_is_not_the_speaker_and_a_role_phrase_precedes_the_name() -> None:
    ex = _doc(
        "A trade mission from the province is visiting the spring expo in Kazan, which opened "
        "on Friday, and is hoping to sign new contracts and meet buyers, the chair of the "
        "provincial export board, Marta Lind, told the TASS news agency."
    )
    assert attributed(ex, "hoping to sign new contracts") == ("REPORTED_SPEECH", key("Marta Lind"))


def test_told_with_a_name_after_it_is_still_the_hearer() -> None:
    ex = _doc("The grain corridor will reopen in the spring, Pavel Orlov told TASS on Monday.")
    assert attributed(ex, "grain corridor will reopen") == ("REPORTED_SPEECH", key("Pavel Orlov"))


def test_a_judgement_verb_naming_a_quotation_credits_its_subject() -> None:
    ex = _doc(
        "Pavel Orlov said, “We support any effort that lowers the temperature in the region "
        "and restores talks.” Former ministry adviser Ivan Zorin praised the accord as a "
        "“major victory for Beijing” and added that the bloc keeps growing."
    )
    assert attributed(ex, "lowers the temperature") == ("DIRECT_QUOTE", key("Pavel Orlov"))
    c = claim_with(ex, "praised the accord")
    assert (c.attribution, c.speaker) == ("DIRECT_QUOTE", key("Ivan Zorin"))
    assert ex.doc.text[c.start : c.end].startswith("Former ministry adviser Ivan Zorin praised")


def test_a_quotation_after_as_without_a_judgement_verb_keeps_the_quotation_only() -> None:
    ex = _doc(
        "Ivan Zorin said, “We support any effort that lowers the temperature in the region "
        "and restores talks.” Nordex treated the accord as a “major victory for the whole "
        "region” in its notes."
    )
    # not a judgement credited to Nordex or Zorin ("in its notes" is no "X notes" cue either)
    assert not any(
        c.text.startswith("Nordex treated") and c.attribution != "AUTHOR" for c in ex.claims
    )


def test_a_plural_nationality_noun_is_its_state() -> None:
    ex = _doc(
        "After two mutinies in the Sahel (2019 and 2022) the French announced that they "
        "were pulling their trainers out of the northern bases.",
        "Later that year the Germans declared that their engineers would stay until spring.",
    )
    c = claim_with(ex, "pulling their trainers out")
    assert c.attribution == "REPORTED_SPEECH"
    assert ex.entities[c.speaker].name == "France"
    c = claim_with(ex, "engineers would stay")
    assert ex.entities[c.speaker].name == "Germany"


def test_a_nationality_after_a_preposition_is_not_a_speaker() -> None:
    ex = _doc("The new rules were a gift to the Germans, Pavel Orlov said on Tuesday.")
    assert attributed(ex, "gift to the Germans") == ("REPORTED_SPEECH", key("Pavel Orlov"))


def test_a_role_of_a_place_refers_back_to_the_person_named_with_it() -> None:
    ex = _doc(
        "The mayor of Tomsk Pavel Orlov and the director of Nordex Ivan Zorin met on Tuesday.",
        "The company wants to build a logistics hub near the river port.",
        "According to the Mayor of Tomsk, the hub is the most promising project for the city.",
    )
    assert attributed(ex, "most promising project") == ("ACCORDING_TO", key("Pavel Orlov"))


def test_sources_opening_a_sentence_is_a_group_not_a_label() -> None:
    ex = _doc(
        "Sources told TASS on Friday that queues were growing at the new office because "
        "of a shortage of clerks.",
        "Sources: customs service data and company reports for the year.",
    )
    c = claim_with(ex, "queues were growing")
    assert (c.attribution, c.speaker_group) == ("REPORTED_SPEECH", "Sources")
    assert not any("customs service data" in c.text for c in ex.claims)


def test_a_headline_with_its_attribution_is_a_claim_and_a_plain_headline_is_not() -> None:
    ex = build(
        [
            (
                "Altai Region wants to draw Chinese investors into farming and logistics, "
                "a regional official has said",
                PassageKind.HEADING,
            ),
            ("Altai Region courts Chinese investors in farming and logistics", PassageKind.HEADING),
            "The region is looking for partners in the spring, Pavel Orlov said on Monday.",
        ],
        entities=ENTITIES,
    )
    c = claim_with(ex, "wants to draw Chinese investors")
    assert (c.attribution, c.speaker_group) == ("REPORTED_SPEECH", "a regional official")
    assert not any(c.text.startswith("Altai Region courts") for c in ex.claims)


def test_according_to_a_role_then_an_apposed_name_is_the_person() -> None:
    ex = _doc(
        "According to Nordex's chief economist, Tomas Berglund, the market will recover "
        "in the spring.",
        "According to the Nordex board, the new plant will open in the autumn of next year.",
    )
    c = claim_with(ex, "market will recover")
    assert c.attribution == "ACCORDING_TO"
    assert c.speaker == key("Tomas Berglund")
    assert attributed(ex, "new plant will open") == ("ACCORDING_TO", key("Nordex", ORG))


def test_an_organisation_named_without_its_trailing_place_noun_still_speaks() -> None:
    ex = build(
        [
            "As Administration of Altai region reported, the large corporation Nordex intends "
            "to build a modern town next to the river port."
        ],
        entities={"Administration of Altai": (ORG, []), "Nordex": (ORG, [])},
        publisher="Daily Wire",
    )
    c = claim_with(ex, "intends to build a modern town")
    assert (c.attribution, c.speaker) == (
        "REPORTED_SPEECH",
        key("Administration of Altai", ORG),
    )


def test_a_then_title_before_an_unknown_surname_is_reported_speech_by_that_name() -> None:
    ex = build(
        [
            "When the treaty was drafted in 2010, then-President Karimbekov urged that it "
            "include a northern corridor for grain."
        ],
        entities={},
        authors=["Anna Kim"],
    )
    c = claim_with(ex, "northern corridor for grain")
    assert (c.attribution, c.speaker, c.speaker_group) == (
        "REPORTED_SPEECH",
        None,
        "Karimbekov",
    )


def test_an_outlet_citing_another_reports_the_original_source() -> None:
    entities = {"Nordex": (ORG, []), "Kommersant": (ORG, []), "Pavel Orlov": (ACTOR, [])}
    ex = build(
        [
            "Nordex, citing Kommersant, reported that the two states had agreed to share "
            "news content and to broadcast joint shows.",
            "Pavel Orlov, a former envoy, said that the accord was mostly symbolic.",
        ],
        entities=entities,
        publisher="Daily Wire",
    )
    assert attributed(ex, "share news content") == ("REPORTED_SPEECH", key("Kommersant", ORG))
    assert attributed(ex, "mostly symbolic") == ("REPORTED_SPEECH", key("Pavel Orlov"))


def test_an_inverted_warned_still_names_its_speaker() -> None:
    ex = _doc("The grain corridor may close before the winter, warned Pavel Orlov on Monday.")
    assert attributed(ex, "grain corridor may close") == ("REPORTED_SPEECH", key("Pavel Orlov"))

"""Speaker shapes of round 11 (issue 12, fresh batches 19 and 21), on sentences written here
with invented names.

Each class is a mechanism, not a sentence: a speech act stated with a light verb and its noun
("issued a statement saying that"), a body defined by a relative clause ("the agency that
oversees … added that"), a body called back by a noun used for it before ("the watchdog",
"Norland's watchdog"), "and" inside a body's name, "the <nationality> head of government",
a person presenting a topic whose paragraph then spells the account out, a quotation opening
right after a person's statement in the same paragraph, a person's words named by their
occasion ("X's speech at Y:"), and a presentative ("Here's X arguing that “…”").
"""

from __future__ import annotations

from claims_helpers import ACTOR, ORG, attributed, build, key, org_key

from kb.models import DocumentKind
from loaders.drafts import Extraction

ENTITIES = {
    "Ivan Petrov": (ACTOR, ["Petrov"]),
    "Batu Oyun": (ACTOR, ["Oyun"]),
    "Lena Sova": (ACTOR, ["Sova"]),
    "Tian Mingyu": (ACTOR, ["Tian"]),
    "Nordvet": (ORG, ["Nordvet", "Northern Veterinary Service"]),
    "Norland Grain Board": (ORG, []),
    "Ostania Ministry of Farming": (ORG, ["Ostania's farming ministry"]),
    "Service for Trade and Customs Control": (ORG, []),
    "Polar Forum": (ORG, []),
    "Civic Lab": (ORG, ["@CivicLab"]),
    "Norland": (ORG, []),
    "Ostania": (ORG, ["Ostanian"]),
    "Mongolia": (ORG, ["Mongolian"]),
}
KINDS = {
    "Nordvet": "GOVERNMENT_BODY",
    "Norland Grain Board": "GOVERNMENT_BODY",
    "Ostania Ministry of Farming": "GOVERNMENT_BODY",
    "Service for Trade and Customs Control": "GOVERNMENT_BODY",
    "Polar Forum": "THINK_TANK",
    "Civic Lab": "THINK_TANK",
    "Norland": "STATE",
    "Ostania": "STATE",
    "Mongolia": "STATE",
}


def _doc(*passages: str, kind: DocumentKind = DocumentKind.ARTICLE) -> Extraction:
    return build(list(passages), entities=ENTITIES, kinds=KINDS, authors=["Ann Writer"], kind=kind)


def test_light_verb_speech_acts_attribute_to_their_subject() -> None:
    for sentence, speaker in (
        ("Nordvet issued a statement saying that grain exports would resume in May.", "Nordvet"),
        (
            "The Norland Grain Board has issued a public warning that stocks may run low.",
            "Norland Grain Board",
        ),
        (
            "Ivan Petrov released a brief statement stating that the talks had failed.",
            "Ivan Petrov",
        ),
    ):
        etype = ENTITIES[speaker][0]
        assert attributed(_doc(sentence), sentence[-25:-1]) == (
            "REPORTED_SPEECH",
            key(speaker, etype),
        ), sentence


def test_a_statement_noun_alone_is_no_speech() -> None:
    ex = _doc("Nordvet issued a statement on Monday.")
    assert attributed(ex, "issued a statement") == ("AUTHOR", key("Ann Writer"))


def test_a_body_defined_by_a_relative_clause_is_the_subject() -> None:
    opening = "According to Nordvet, wheat exports rose."
    for sentence in (
        "The agency that oversees plant health had also added that barley would follow.",
        "Later, the service which checks meat imports noted that two plants were approved.",
        "The regulator that licenses exporters said that more firms would be listed.",
    ):
        ex = _doc(opening, sentence)
        assert attributed(ex, sentence[-20:-1]) == ("REPORTED_SPEECH", org_key("Nordvet")), sentence


def test_a_noun_used_for_a_body_keeps_naming_it() -> None:
    ex = _doc(
        "According to the Northern Veterinary Service, deliveries will start soon.",
        "According to the watchdog, the first cargo is ready.",
        "Ostania's farming ministry said in May that it hoped for more trade.",
        "The deal came days after Norland's watchdog issued a warning that it could limit "
        "supplies of fish.",
    )
    assert attributed(ex, "limit supplies") == ("REPORTED_SPEECH", org_key("Nordvet"))
    assert attributed(ex, "first cargo") == ("ACCORDING_TO", org_key("Nordvet"))


def test_a_possessive_body_noun_never_takes_another_states_body() -> None:
    ex = _doc(
        "Ostania Ministry of Farming officials met buyers.",
        "According to the Ostania Ministry of Farming, the talks went well.",
        "Norland's agency said that prices would fall.",
    )
    assert attributed(ex, "prices would fall")[1] != org_key("Ostania Ministry of Farming")


def test_and_inside_a_body_name_is_no_clause_break() -> None:
    for sentence in (
        "The Service for Trade and Customs Control had issued a statement saying that imports "
        "fell.",
        "The Service for Trade and Customs Control said that imports fell.",
        "Officials of the Service for Trade and Customs Control noted that imports fell.",
    ):
        speaker = attributed(_doc(sentence), "imports fell")[1]
        assert speaker == org_key("Service for Trade and Customs Control"), sentence


def test_the_nationality_head_of_government_is_the_person_named_so() -> None:
    for closing in (
        "the Mongolian head of government said at the forum.",
        "the Mongolian head of government told reporters.",
        "the head of government added.",
    ):
        ex = _doc(
            "Mongolian Prime Minister Batu Oyun said the country was ready to build the road.",
            f"“The two sides have agreed on the route and we are ready to start,” {closing}",
        )
        assert attributed(ex, "agreed on the route") == ("DIRECT_QUOTE", key("Batu Oyun")), closing


def test_a_person_presenting_a_topic_speaks_for_the_rest_of_the_paragraph() -> None:
    for opening in (
        "Lena Sova, a fellow at the Polar Forum, described the outlook for northern shipping.",
        "Lena Sova, head of the Polar Forum, briefly outlined the features of the new order.",
        "Lena Sova, who chairs the Polar Forum, described the risks facing the Arctic ports.",
    ):
        ex = _doc(
            "The Polar Forum held a conference on Monday.",
            f"{opening} Ice-free routes are likely to open within a decade. This requires "
            "ports to invest in icebreakers.",
            "The conference ended with a dinner for the guests.",
        )
        assert attributed(ex, "Ice-free routes") == ("REPORTED_SPEECH", key("Lena Sova")), opening
        assert attributed(ex, "This requires") == ("REPORTED_SPEECH", key("Lena Sova")), opening
        assert attributed(ex, "ended with a dinner")[0] == "AUTHOR"


def test_a_judgement_with_as_sets_no_account() -> None:
    ex = _doc("Lena Sova described the plan as reckless. Ice-free routes are likely to open soon.")
    assert attributed(ex, "Ice-free routes")[0] == "AUTHOR"


def test_the_same_speaker_keeps_the_account_going() -> None:
    ex = _doc(
        "Tian Mingyu, director of the Polar Forum, outlined the new world order. He noted that "
        "trade was growing. Norland can no longer act alone, he stressed. Against this "
        "background, the two states should cooperate closely."
    )
    assert attributed(ex, "Against this background") == ("REPORTED_SPEECH", key("Tian Mingyu"))


def test_a_quotation_right_after_a_persons_statement_is_theirs() -> None:
    for quote in (
        "“First of all, it is worth recalling that trade has grown for six years.",
        "“Above all, we should remember that the border has been quiet for decades.”",
        '"In short, the ties rest on trade and on nothing else at the moment."',
    ):
        ex = _doc(
            "Ivan Petrov, speaking to a local paper, noted that attitudes had improved. " + quote
        )
        words = quote.strip('“”"')[:20]
        assert attributed(ex, words) == ("DIRECT_QUOTE", key("Ivan Petrov")), quote


def test_a_persons_words_named_by_their_occasion() -> None:
    for intro in (
        "Start with President Lena Sova's speech at the Polar Forum:",
        "Worth reading is Lena Sova's address to the Polar Forum:",
        "See Lena Sova's remarks at the Polar Forum:",
    ):
        ex = _doc(
            intro,
            "“The melting of the permafrost is a huge challenge for our country and its ports.”",
        )
        assert attributed(ex, "permafrost") == ("DIRECT_QUOTE", key("Lena Sova")), intro


def test_a_presentative_names_the_speaker_of_the_quotation() -> None:
    for sentence in (
        'Here\'s @CivicLab arguing that "it is a signal to the neighbours."',
        "Here is the Civic Lab saying: “the deal is a signal to the neighbours.”",
        "Here's Ivan Petrov explaining that “the deal is a signal to the neighbours.”",
    ):
        speaker = "Ivan Petrov" if "Petrov" in sentence else "Civic Lab"
        ex = _doc(sentence, kind=DocumentKind.THREAD)
        assert attributed(ex, "signal to the neighbours") == (
            "DIRECT_QUOTE",
            key(speaker, ENTITIES[speaker][0]),
        ), sentence

"""Speaker classes found on unseen batches 5 and 6 (issue 12), on sentences written here.

Verbs of communication and stance beyond "say" (loaders/claims/communication_verbs.tsv:
judgement, characterize "… as …", rejecting a statement, a stance stated with a noun,
declaring plans); a time or setting between the verb and its complement, or between the
subject and the verb; a subject whose words an outlet relays ("X, quoted by RIA, said");
"X customs data showed"; a poll, survey or study named with its maker and called back later
("the survey revealed", "…,” the report reads"); a report's named author.
"""

from __future__ import annotations

import pytest
from claims_helpers import ACTOR, ORG, attributed, build, claim_with, key

from kb.models import DocumentKind
from loaders.drafts import Extraction

ENTITIES = {
    "Pavel Orlov": (ACTOR, ["Orlov"]),
    "Marta Lind": (ACTOR, ["Lind"]),
    "Ivan Zorin": (ACTOR, ["Zorin"]),
    "Nordland": (ORG, []),
    "Ostania": (ORG, []),
    "Ministry of Economy": (ORG, ["Economy Ministry"]),
    "Federal Tax Service": (ORG, []),
    "Polar Survey Institute": (ORG, []),
    "Nordland Customs Service": (ORG, ["Nordland customs"]),
    "Daily Wire": (ORG, []),
}
KINDS = {"Nordland": "STATE", "Ostania": "STATE", "Daily Wire": "MEDIA"}


def _doc(*passages: str, kind: DocumentKind = DocumentKind.ARTICLE, **kw: object) -> Extraction:
    kw.setdefault("publisher", "Daily Wire")
    return build(list(passages), entities=ENTITIES, kinds=KINDS, kind=kind, **kw)  # type: ignore[arg-type]


# -- verbs of judgement: any named subject speaks --------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who", "etype"),
    [
        (
            "Economy Minister Pavel Orlov praised Ostania's plan as a balanced proposal.",
            "Pavel Orlov",
            ACTOR,
        ),
        (
            "Marta Lind lauded the new corridor, calling it a lifeline for the north.",
            "Marta Lind",
            ACTOR,
        ),
        ("Nordland has condemned the shelling of the border villages.", "Nordland", ORG),
        ("Ostania has criticized the initiative as futile and one-sided.", "Ostania", ORG),
        ("Ivan Zorin had repeatedly denounced the tariffs on grain.", "Ivan Zorin", ACTOR),
    ],
)
def test_a_verb_of_judgement_credits_its_subject(sentence: str, who: str, etype: object) -> None:
    ex = _doc(sentence)
    assert attributed(ex, sentence[-20:-1]) == ("REPORTED_SPEECH", key(who, etype))  # type: ignore[arg-type]


# -- characterize "… as …" and rejecting a statement ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who", "etype"),
    [
        ("Ivan Zorin described the talks as constructive and useful.", "Ivan Zorin", ACTOR),
        ("Lind dismissed the report as a crude attempt to shift blame.", "Marta Lind", ACTOR),
        ("Nordland rejected the accusations of spying on the fleet.", "Nordland", ORG),
        ("Ostania branded the sanctions as economic warfare against its farmers.", "Ostania", ORG),
        (
            "The Economy Ministry welcomed the proposal to cut port fees.",
            "Ministry of Economy",
            ORG,
        ),
    ],
)
def test_a_judgement_as_or_a_rejected_statement_credits_its_subject(
    sentence: str, who: str, etype: object
) -> None:
    ex = _doc(sentence)
    assert attributed(ex, sentence[-20:-1]) == ("REPORTED_SPEECH", key(who, etype))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nordland dismissed 200 workers at the shipyard in March.",
        "Ostania welcomed the delegation at the airport on Tuesday.",
        "Ostania described a wide arc around the island with its new patrols.",
        "The plan was praised by Pavel Orlov in the parliament.",
    ],
)
def test_the_same_verbs_without_a_judgement_or_a_statement_are_the_authors(sentence: str) -> None:
    ex = _doc(sentence)
    assert claim_with(ex, sentence[:20]).attribution == "AUTHOR"


# -- a stance stated with a noun, plans declared ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Nordland has expressed readiness to hold talks on the border next year.", "Nordland"),
        ("Ostania has announced plans to open a consulate in the port city.", "Ostania"),
        ("Nordland voiced strong opposition to the new fishing quotas.", "Nordland"),
        ("Ostania reiterated its support for a ceasefire along the river.", "Ostania"),
    ],
)
def test_a_stance_noun_or_declared_plans_credit_a_body(sentence: str, who: str) -> None:
    ex = _doc(sentence)
    assert attributed(ex, sentence[-20:-1]) == ("REPORTED_SPEECH", key(who, ORG))


# -- a time or setting inside the attribution --------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who", "etype"),
    [
        (
            "The Federal Tax Service announced Friday that it had detained four smugglers.",
            "Federal Tax Service",
            ORG,
        ),
        (
            "Zorin indicated last week that the pipeline would be finished by autumn.",
            "Ivan Zorin",
            ACTOR,
        ),
        (
            "Economy Minister Pavel Orlov on Thursday warned Ostania against sending troops.",
            "Pavel Orlov",
            ACTOR,
        ),
        (
            "Nordland confirmed in a statement on Monday that the border stays open.",
            "Nordland",
            ORG,
        ),
    ],
)
def test_a_time_or_setting_does_not_hide_the_speaker(
    sentence: str, who: str, etype: object
) -> None:
    ex = _doc(sentence)
    assert attributed(ex, sentence[-20:-1]) == ("REPORTED_SPEECH", key(who, etype))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "sentence",
    [
        "Orlov, quoted by the news agency Daily Wire, stressed that the deal addresses the causes.",
        "Marta Lind, cited by Daily Wire, emphasized that the quota would hold.",
        "Zorin, quoted by local media, said that exports had doubled.",
    ],
)
def test_a_subject_whose_words_an_outlet_relays_is_the_speaker(sentence: str) -> None:
    ex = _doc(sentence)
    attribution, speaker = attributed(ex, sentence[-20:-1])
    assert attribution == "REPORTED_SPEECH"
    assert speaker in {key(n) for n in ("Pavel Orlov", "Marta Lind", "Ivan Zorin")}


# -- data and pieces as sources ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Grain exports reached 4.1 million tonnes, Nordland customs data showed on Tuesday.",
        "In value terms, the trade reached $12 billion, Nordland customs data showed.",
        "Timber shipments fell 3.0% from a year earlier, Nordland customs data indicated.",
    ],
)
def test_customs_data_showing_figures_is_the_customs_body(sentence: str) -> None:
    ex = _doc(sentence)
    assert attributed(ex, sentence[:25]) == ("ACCORDING_TO", key("Nordland Customs Service", ORG))


def test_a_poll_named_with_its_maker_is_called_back_as_the_report_and_the_survey() -> None:
    ex = _doc(
        "About 60% of Nordlanders trust Ostania, according to a poll from the Polar Survey "
        "Institute published on Monday.",
        "“Six in ten citizens now see Ostania as a friend, the highest figure on record,” the "
        "report reads.",
        "The survey revealed that 20% of respondents are undecided.",
    )
    institute = key("Polar Survey Institute", ORG)
    assert attributed(ex, "Six in ten citizens") == ("DIRECT_QUOTE", institute)
    assert attributed(ex, "20% of respondents") == ("ACCORDING_TO", institute)


@pytest.mark.parametrize(
    "sentence",
    [
        "A study by the Polar Survey Institute in 2019 found that the ice is thinning fast.",
        "The research by Polar Survey Institute in 2015 shows that the shelf holds much oil.",
        "A survey by the Polar Survey Institute (2021) showed that most firms expect growth.",
    ],
)
def test_a_study_by_a_body_with_its_year_is_the_bodys(sentence: str) -> None:
    ex = _doc(sentence)
    assert attributed(ex, sentence[-20:-1]) == ("ACCORDING_TO", key("Polar Survey Institute", ORG))


def test_a_report_with_a_named_author_speaks_for_the_author_not_the_publisher() -> None:
    ex = _doc(
        "Nordland is the largest supplier of timber to Ostania, covering a third of its needs.",
        kind=DocumentKind.REPORT,
        authors=["Ivan Zorin"],
        publisher="Polar Survey Institute",
    )
    c = claim_with(ex, "largest supplier")
    assert (c.attribution, c.speaker) == ("AUTHOR", key("Ivan Zorin"))


# -- a speaker before an outlet chain, a role noun referring back --------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Nordland plans to double grain exports, Deputy Minister Pavel Orlov told "
            "reporters, Daily Wire reports citing Reuters.",
            "Pavel Orlov",
        ),
        (
            "The port will handle ten ships a day, Marta Lind said, Daily Wire reported, citing "
            "Bloomberg News.",
            "Marta Lind",
        ),
        (
            "Tariffs will fall next spring, Ivan Zorin told journalists, Daily Wire writes "
            "quoting Reuters.",
            "Ivan Zorin",
        ),
    ],
)
def test_a_speaker_before_the_outlets_relaying_him_is_the_source(sentence: str, who: str) -> None:
    ex = _doc(sentence)
    assert attributed(ex, sentence[:20]) == ("REPORTED_SPEECH", key(who))


def test_an_outlet_citing_another_with_no_speaker_before_is_still_the_cited_one() -> None:
    ex = _doc("Ostania will open two new crossings, Daily Wire reports citing Reuters.")
    assert attributed(ex, "two new crossings")[0] == "REPORTED_SPEECH"
    assert attributed(ex, "two new crossings")[1] != key("Daily Wire", ORG)


@pytest.mark.parametrize(
    "closing", ["the top manager said", "the chief negotiator added", "the senior engineer noted"]
)
def test_a_role_noun_of_the_lexicon_refers_back_to_the_person(closing: str) -> None:
    ex = _doc(
        "“We will add four trains a day,” Pavel Orlov said.",
        f"Only 240 trains can cross monthly at the moment, {closing}.",
    )
    assert attributed(ex, "Only 240 trains") == ("REPORTED_SPEECH", key("Pavel Orlov"))


# -- a titled person "of" a place; a quotation as the object of a participle ---------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Speaking at the summit, President Pavel Orlov of Nordland called for reform.",
            "Pavel Orlov",
        ),
        (
            "Foreign Minister Marta Lind of Ostania said that the border would stay open.",
            "Marta Lind",
        ),
        ("Prime Minister Ivan Zorin of Nordland warned that prices would rise.", "Ivan Zorin"),
    ],
)
def test_a_titled_person_of_a_place_is_the_person(sentence: str, who: str) -> None:
    ex = _doc(sentence)
    assert attributed(ex, sentence[-20:-1]) == ("REPORTED_SPEECH", key(who))


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Economy Minister Pavel Orlov opened the forum, thanking the hosts and praising "
            "Ostania's “consistent policy of openness toward its neighbours.”",
            "Pavel Orlov",
        ),
        (
            "Marta Lind closed the session, calling the accord “a fair deal for every port on "
            "the coast.”",
            "Marta Lind",
        ),
        (
            "Ivan Zorin left the talks early, warning of “a long winter for the farmers of the "
            "north.”",
            "Ivan Zorin",
        ),
    ],
)
def test_a_quotation_named_by_a_participle_is_the_main_subjects(sentence: str, who: str) -> None:
    ex = _doc(sentence)
    inner = sentence[sentence.index("“") + 1 : sentence.index("“") + 20]
    assert attributed(ex, inner) == ("DIRECT_QUOTE", key(who))


# -- a wire closing a sentence whose subject speaks; a body's statement called back -------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Nordland has rejected the proposal as unrealistic, Daily Wire said.", "Nordland"),
        (
            "The Economy Ministry on April 18 dismissed Ostania's accusation that Nordland "
            "arms rebels, calling the claim baseless, Daily Wire reported.",
            "Ministry of Economy",
        ),
        ("Ostania has condemned the blockade of the port, Daily Wire reported.", "Ostania"),
    ],
)
def test_a_wire_closing_a_statement_by_a_named_subject_only_relays_it(
    sentence: str, who: str
) -> None:
    ex = _doc(sentence)
    assert attributed(ex, sentence[:20]) == ("REPORTED_SPEECH", key(who, ORG))


def test_a_wire_closing_a_sentence_without_a_speaker_keeps_it() -> None:
    ex = _doc("Exports rose by a fifth in March, Daily Wire reported.")
    assert attributed(ex, "Exports rose")[1] in (key("Daily Wire", ORG), None)


@pytest.mark.parametrize(
    "closing",
    ["the statement concluded", "the statement added", "the announcement said"],
)
def test_the_statement_called_back_is_the_body_that_spoke_last(closing: str) -> None:
    ex = _doc(
        "The Federal Tax Service announced on Friday that it had closed the case.",
        "“The inspection covered every port of the northern coast,” the service stated.",
        f"Similar checks are expected to follow next year, {closing}.",
    )
    assert attributed(ex, "Similar checks") == ("REPORTED_SPEECH", key("Federal Tax Service", ORG))


# -- two speakers joined by a contrast; a relative clause of a named antecedent ----------------


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "Ostania has announced plans to host a summit on the river, though Nordland has "
            "criticized the initiative as futile.",
            ("Ostania", ORG),
            ("Nordland", ORG),
        ),
        (
            "Marta Lind said the talks had gone well, while Pavel Orlov warned that the deal "
            "could collapse.",
            ("Marta Lind", ACTOR),
            ("Pavel Orlov", ACTOR),
        ),
        (
            "The Economy Ministry welcomed the proposal to cut fees, but Ivan Zorin dismissed "
            "it as a gift to shippers.",
            ("Ministry of Economy", ORG),
            ("Ivan Zorin", ACTOR),
        ),
    ],
)
def test_two_speakers_joined_by_a_contrast_each_get_their_clause(
    sentence: str, first: tuple[str, object], second: tuple[str, object]
) -> None:
    ex = _doc(sentence)
    assert attributed(ex, sentence[:25]) == ("REPORTED_SPEECH", key(*first))  # type: ignore[arg-type]
    assert attributed(ex, sentence[-25:-1]) == ("REPORTED_SPEECH", key(*second))  # type: ignore[arg-type]
    assert sentence[:25] not in claim_with(ex, sentence[-25:-1]).text


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Met with a cool response, the plan drew criticism from Nordland, which accused "
            "Ostania of backing the rebels.",
            "Nordland",
        ),
        (
            "The proposal was sent to the Economy Ministry, which rejected it as unrealistic.",
            "Ministry of Economy",
        ),
        (
            "The tariff was raised again by Ostania, which has warned that more steps may follow.",
            "Ostania",
        ),
    ],
)
def test_a_relative_clause_of_a_named_body_is_its_statement(sentence: str, who: str) -> None:
    ex = _doc(sentence)
    c = claim_with(ex, sentence[-20:-1])
    assert (c.attribution, c.speaker) == ("REPORTED_SPEECH", key(who, ORG))
    assert c.text.startswith("which")


def test_a_relative_clause_without_a_speech_verb_is_the_authors() -> None:
    ex = _doc("The ships docked at the port of Ostania, which is a major hub for timber.")
    assert claim_with(ex, "major hub").attribution == "AUTHOR"


# -- a source described before its name ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the Nordland newspaper “Polar Survey Institute” at that time, the quota "
        "was due to the risk of sanctions.",
        "According to the research institute Polar Survey Institute, the ice shelf is thinning.",
        "According to the Ostania consultancy Polar Survey Institute last week, exports fell "
        "sharply in March.",
    ],
)
def test_a_source_described_before_its_name_is_the_name(sentence: str) -> None:
    ex = _doc(sentence)
    assert attributed(ex, sentence[-20:-1]) == ("ACCORDING_TO", key("Polar Survey Institute", ORG))


# -- tense, aspect and modality of the verb; material around the subject -------------------------


@pytest.mark.parametrize(
    ("sentence", "who", "etype"),
    [
        ("Nordland would later stress that the deal was never signed.", "Nordland", ORG),
        ("Marta Lind had warned that the border would close in winter.", "Marta Lind", ACTOR),
        ("Ostania is urging Nordland to reopen the crossing before winter.", "Ostania", ORG),
        ("Pavel Orlov will soon announce that the port is open again.", "Pavel Orlov", ACTOR),
        (
            "Ivan Zorin, the spokesman for the Economy Ministry, on Friday rejected the reports "
            "as fabrications.",
            "Ivan Zorin",
            ACTOR,
        ),
        (
            "Nordland's Economy Ministry earlier this month warned that grain prices would climb.",
            "Ministry of Economy",
            ORG,
        ),
    ],
)
def test_any_tense_aspect_or_modal_and_material_around_the_subject(
    sentence: str, who: str, etype: object
) -> None:
    ex = _doc(sentence)
    assert attributed(ex, sentence[-20:-1]) == ("REPORTED_SPEECH", key(who, etype))  # type: ignore[arg-type]


def test_a_modal_with_a_verb_of_declaring_and_a_plain_object_is_no_statement() -> None:
    ex = _doc("The Economy Ministry will announce the results next week.")
    assert claim_with(ex, "the results").attribution == "AUTHOR"


@pytest.mark.parametrize(
    "sentence",
    [
        "Orlov further touched on a meeting between Lind and Zorin, saying the two sides hope "
        "to meet in May.",
        "Orlov also commented on the talks between Lind and Zorin, saying both want a deal.",
        "Orlov then turned to the dispute between Lind and Zorin, saying it would be settled.",
    ],
)
def test_saying_after_a_main_clause_with_an_adverb_is_its_subjects(sentence: str) -> None:
    ex = _doc(sentence)
    assert attributed(ex, sentence[-20:-1]) == ("REPORTED_SPEECH", key("Pavel Orlov"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Pavel Orlov welcomed Marta Lind with a long speech at the airport.",
        "Marta Lind dismissed her driver after the incident at the border.",
        "Ivan Zorin described a wide circle around the island in his boat.",
    ],
)
def test_a_person_hosting_dismissing_or_tracing_is_not_judging(sentence: str) -> None:
    ex = _doc(sentence)
    assert claim_with(ex, sentence[:20]).attribution == "AUTHOR"


def test_a_survey_does_not_call_back_a_study() -> None:
    ex = _doc(
        "A study by the Polar Survey Institute found that the ice is thinning fast.",
        "The survey revealed that 20% of the firms are undecided.",
    )
    assert attributed(ex, "20% of the firms")[1] != key("Polar Survey Institute", ORG)


@pytest.mark.parametrize(
    "closing",
    ["customs data showed", "the customs data showed", "official data showed"],
)
def test_data_named_by_its_kind_only_is_the_data_body_named_before(closing: str) -> None:
    ex = _doc(
        "Timber exports reached 4.1 million tonnes in May, Nordland customs data showed.",
        "Ostania ranked second among the buyers of the coast.",
        "Nordland timber was the cheapest among all the suppliers, trading about 10% below "
        f"the average price, {closing}.",
    )
    assert attributed(ex, "the cheapest") == ("ACCORDING_TO", key("Nordland Customs Service", ORG))

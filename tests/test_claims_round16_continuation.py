"""Round 16, the lead's rules (sentences written here): a reported statement going on in the
next sentence; pointers back ("This information was provided by X"); lists of findings after
"the following are noteworthy:"; sources after a hyphenated modifier ("the pro-X Y"); bare
"customs data"; a closing cue after the writer's words; ", saying that" after an irregular
verb; a title naming a body before an inverted name; a company called by its trade.

Continuation:

In an article, a sentence of advice or forecast ("it is necessary to …", "… will limit
supplies") with no cue of its own, right after X's reported statement in the same paragraph,
is X's (REPORTED_SPEECH): a news writer reports such judgements, it does not make them.
Not after a quotation, not across paragraphs, not for a plain fact or judgement, not when
the sentence has another subject or opens a new account ("Meanwhile, …"), and not in
reports or threads, whose writers do advise and forecast.
"""

from __future__ import annotations

import pytest
from claims_helpers import ACTOR, ORG, build, claim_with, key

from kb.models import DocumentKind
from loaders.drafts import Extraction

ENTITIES = {
    "Ivo Ruml": (ACTOR, ["Ruml"]),
    "Ana Vrba": (ACTOR, ["Vrba"]),
    "Lipa Group": (ORG, []),
}


def _doc(*passages: str, kind: DocumentKind = DocumentKind.ARTICLE) -> Extraction:
    return build(list(passages), entities=ENTITIES, authors=["Ann Writer"], kind=kind)


@pytest.mark.parametrize(
    ("paragraph", "fragment"),
    [
        (
            "Ivo Ruml, head of the river board, said that new markets for timber matter to the"
            " region. However, barges are still scarce, so it is necessary to build more of them.",
            "necessary to build",
        ),
        (
            "Ivo Ruml said that the board had asked the buyers to pay a higher price. If prices"
            " are not raised, the board will cut deliveries to the coast.",
            "will cut deliveries",
        ),
    ],
)
def test_advice_or_a_forecast_after_a_reported_statement_is_the_speakers(
    paragraph: str, fragment: str
) -> None:
    claim = claim_with(_doc(paragraph), fragment)
    assert (claim.attribution, claim.speaker) == ("REPORTED_SPEECH", key("Ivo Ruml"))


@pytest.mark.parametrize(
    ("passages", "fragment"),
    [
        # a plain fact after the statement is the writer's account
        (
            (
                "Ivo Ruml said that the board had asked for a higher price. Deliveries fell by"
                " a tenth in May.",
            ),
            "Deliveries fell",
        ),
        # the next paragraph starts the writer's account again
        (
            (
                "Ivo Ruml said that the board had asked for a higher price.",
                "If prices are not raised, the board will cut deliveries to the coast.",
            ),
            "will cut deliveries",
        ),
        # a new account opens the sentence
        (
            (
                "Ivo Ruml said that the board had asked for a higher price. Meanwhile, the"
                " coast will need more coal this winter.",
            ),
            "need more coal",
        ),
        # after a quotation, the quotation has ended the statement
        (
            (
                "“We asked for a higher price,” Ivo Ruml said. The board will cut deliveries"
                " to the coast in May.",
            ),
            "will cut deliveries",
        ),
    ],
)
def test_the_writers_sentence_after_a_reported_statement(
    passages: tuple[str, ...], fragment: str
) -> None:
    claim = claim_with(_doc(*passages), fragment)
    assert (claim.attribution, claim.speaker) == ("AUTHOR", key("Ann Writer"))


def test_another_subject_is_no_continuation() -> None:
    claim = claim_with(
        _doc(
            "Ivo Ruml said that the board had asked for a higher price. Ana Vrba will"
            " present a new tariff next week."
        ),
        "new tariff",
    )
    assert claim.speaker != key("Ivo Ruml")


def test_a_reports_own_forecast_stays_the_authors() -> None:
    claim = claim_with(
        _doc(
            "Ivo Ruml said that the board had asked for a higher price. If prices are not"
            " raised, the board will cut deliveries to the coast.",
            kind=DocumentKind.REPORT,
        ),
        "will cut deliveries",
    )
    assert claim.speaker != key("Ivo Ruml")


# -- a sentence that only points back: "This information was provided by X" -----------------


@pytest.mark.parametrize(
    ("second", "name"),
    [
        ("This information was provided by Deputy Minister Ivo Ruml on Tuesday.", "Ivo Ruml"),
        ("These figures were disclosed by Ivo Ruml, who spoke to reporters.", "Ivo Ruml"),
        ("This is stated in an investigation by Lipa Group.", "Lipa Group"),
    ],
)
def test_a_pointer_back_credits_the_statement_before_it(second: str, name: str) -> None:
    ex = _doc(f"Timber exports to the south fell by a third in the spring. {second}")
    claim = claim_with(ex, "Timber exports")
    etype = ORG if name == "Lipa Group" else ACTOR
    assert (claim.attribution, claim.speaker) == ("REPORTED_SPEECH", key(name, etype))


def test_information_provided_to_someone_is_no_pointer() -> None:
    ex = _doc(
        "Timber exports to the south fell by a third in the spring. The information was"
        " provided to Ivo Ruml last week."
    )
    assert claim_with(ex, "Timber exports").attribution == "AUTHOR"


# -- "the following are noteworthy:": a list of the last speaker's findings ---------------------


def _findings(intro: str, first: str = "Ivo Ruml") -> Extraction:
    return _doc(
        f"Rural voters trust the river board more than the city does, according to {first},"
        " head of the Lipa pollsters.",
        "That is one of the conclusions he draws from ten years of surveys.",
        intro,
        "• Voters who use the ferry are far more likely to fear its closure than others.",
        "• Ana Vrba said the ferry would run all winter.",
        "• Few voters are troubled by the new toll.",
        "The board meets again in May.",
    )


def test_items_after_the_following_are_the_last_speakers() -> None:
    ex = _findings("Among the others, the following are especially noteworthy:")
    for fragment in ("far more likely to fear", "Few voters"):
        claim = claim_with(ex, fragment)
        assert (claim.attribution, claim.speaker) == ("REPORTED_SPEECH", key("Ivo Ruml"))
    # an item with a source of its own is that source's; the list goes on after it
    assert claim_with(ex, "ferry would run").speaker == key("Ana Vrba")
    # the paragraph after the list is the writer's again
    assert claim_with(ex, "meets again").attribution == "AUTHOR"


def test_a_list_without_an_announcement_stays_the_writers() -> None:
    ex = _findings("The figures are below.")
    assert claim_with(ex, "Few voters").attribution == "AUTHOR"


def test_the_following_after_a_body_is_no_persons_list() -> None:
    ex = _findings("The following are noteworthy:", first="Lipa Group")
    assert claim_with(ex, "Few voters").speaker != key("Ivo Ruml")


# -- sources written with a modifier or by their kind only -----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Some lenders return payments, according to the pro-Lipa Group outlet on Friday.",
        "Some lenders return payments, according to the state-run Lipa Group.",
    ],
)
def test_a_hyphenated_modifier_before_a_source_leaves_the_source(sentence: str) -> None:
    ex = build([sentence], entities={"Lipa Group": (ORG, []), "Vrba Daily": (ORG, [])})
    assert ex.claims[0].attribution == "ACCORDING_TO"
    if "pro-" in sentence:  # the name inside the modifier is not the source
        assert ex.claims[0].speaker is None
    else:
        assert ex.claims[0].speaker == key("Lipa Group", ORG)


def test_an_outlet_called_pro_x_is_not_x() -> None:
    ex = build(
        ["Some lenders return payments, the pro-Lipa outlet said."],
        entities={"Lipa": (ORG, [])},
    )
    assert ex.claims[0].speaker != key("Lipa", ORG)


def test_the_name_after_a_pro_modifier_is_the_source() -> None:
    ex = build(
        ["Some lenders return payments, according to the pro-Lipa Vrba Daily outlet."],
        entities={"Lipa": (ORG, []), "Vrba Daily": (ORG, [])},
    )
    assert ex.claims[0].speaker == key("Vrba Daily", ORG)


def test_customs_data_is_the_customs_service_named_before() -> None:
    ex = build(
        [
            "Trade rose by a tenth, according to the Lipa Customs Service.",
            "In general, trade grew by 26.6 percent last year, customs data showed.",
        ],
        entities={"Lipa Customs Service": (ORG, [])},
    )
    claim = claim_with(ex, "26.6 percent")
    assert (claim.attribution, claim.speaker) == ("ACCORDING_TO", key("Lipa Customs Service", ORG))


def test_customs_data_with_two_services_named_stays_unresolved() -> None:
    ex = build(
        [
            "Trade rose, according to the Lipa Customs Service and the Vrba Customs Office.",
            "In general, trade grew by 26.6 percent last year, customs data showed.",
        ],
        entities={"Lipa Customs Service": (ORG, []), "Vrba Customs Office": (ORG, [])},
    )
    assert claim_with(ex, "26.6 percent").speaker is None


# -- a cue after the last quotation names the speaker of the quotation before it -------------


def test_a_closing_cue_after_the_writers_words_names_the_quotations_speaker() -> None:
    ex = _doc(
        "Lipa Group rejected the plan.",
        "“They want to close every port on the river” to keep their own “monopoly,” Ana Vrba said.",
    )
    claim = claim_with(ex, "close every port")
    assert (claim.attribution, claim.speaker) == ("DIRECT_QUOTE", key("Ana Vrba"))


def test_a_quotation_with_its_own_cue_keeps_it() -> None:
    ex = _doc(
        "“They want to close every port on the river,” Ivo Ruml said, while “the board will"
        " open two more,” Ana Vrba said."
    )
    assert claim_with(ex, "close every port").speaker == key("Ivo Ruml")
    assert claim_with(ex, "open two more").speaker == key("Ana Vrba")


@pytest.mark.parametrize(
    "sentence",
    [
        "However, Ruml made some remarks about the ferries, saying that the fares will rise.",
        "Ruml gave a long interview on the ferries, saying that the fares will rise.",
    ],
)
def test_a_participle_after_an_irregular_main_verb_is_the_subjects(sentence: str) -> None:
    claim = claim_with(_doc(sentence), "fares will rise")
    assert (claim.attribution, claim.speaker) == ("REPORTED_SPEECH", key("Ivo Ruml"))


def test_a_title_naming_a_body_before_an_inverted_speakers_name() -> None:
    ex = build(
        [
            "“The vote is a sad day for the river council and for every ferry town,” said"
            " Lipa Ambassador to the River Council Ana Vrba."
        ],
        entities={"Ana Vrba": (ACTOR, []), "Lipa": (ORG, []), "River Council": (ORG, [])},
    )
    claim = claim_with(ex, "sad day")
    assert (claim.attribution, claim.speaker) == ("DIRECT_QUOTE", key("Ana Vrba"))


# -- a company called by its trade ------------------------------------------------------------


def test_the_railway_said_is_the_railway_company_named_before() -> None:
    ex = build(
        [
            "Freight through the port grew by a fifth, the Lipa Railway said.",
            "Transit cargo to the south rose by a tenth over the spring, the railway said.",
        ],
        entities={"Lipa Railway": (ORG, [])},
        kinds={"Lipa Railway": "COMPANY"},
    )
    assert claim_with(ex, "Transit cargo").speaker == key("Lipa Railway", ORG)


def test_a_states_gas_holding_is_its_company_not_the_other_states() -> None:
    ex = build(
        [
            "Lipagaz and the Ostania Oil Corporation signed a long-term supply deal, Norland's gas"
            " holding said in a statement on Friday."
        ],
        entities={
            "Lipagaz": (ORG, []),
            "Ostania Oil Corporation": (ORG, []),
            "Norland": (ORG, []),
            "Ostania": (ORG, []),
        },
        kinds={
            "Lipagaz": "COMPANY",
            "Ostania Oil Corporation": "COMPANY",
            "Norland": "STATE",
            "Ostania": "STATE",
        },
    )
    claim = claim_with(ex, "long-term supply deal")
    assert (claim.attribution, claim.speaker) == ("REPORTED_SPEECH", key("Lipagaz", ORG))

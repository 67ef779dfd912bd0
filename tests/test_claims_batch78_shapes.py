"""Speaker classes found on unseen batches 7 and 8 (issue 12), on sentences written here.

Data named after its body ("X Customs Data said", "X figures show"): the body. A speaker
continuing, set off by commas ("The navy, it went on, will …", "…, she
continued."): the pronoun's speaker; a person who "addressed" an audience or a matter
states something (an ambiguous verb: it attributes for a person, not in the passive).
"""

from __future__ import annotations

import pytest
from claims_helpers import ACTOR, ORG, attributed, build, claim_with, key

from loaders.drafts import Extraction

ENTITIES = {
    "Pavel Orlov": (ACTOR, ["Orlov"]),
    "Marta Lind": (ACTOR, ["Lind"]),
    "Ivan Zorin": (ACTOR, ["Zorin"]),
    "Nordland": (ORG, []),
    "Ostania": (ORG, []),
    "Ministry of Defence": (ORG, ["Defence Ministry"]),
    "Harbour Authority": (ORG, []),
    "Ostania Customs Service": (ORG, ["Ostania customs"]),
    "Statistics Office of Nordland": (ORG, ["Nordland Statistics Office"]),
    "Daily Wire": (ORG, []),
}
KINDS = {"Nordland": "STATE", "Ostania": "STATE", "Daily Wire": "MEDIA"}


def _doc(*passages: str) -> Extraction:
    return build(list(passages), entities=ENTITIES, kinds=KINDS, publisher="Daily Wire")


# -- a speaker continuing, set off by commas ---------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        (
            "The Defence Ministry said on Friday that the fleet will sail north.",
            "Ministry of Defence",
        ),
        ("The Harbour Authority announced that the port will close in May.", "Harbour Authority"),
        ("The Defence Ministry stated that the drills start on Monday.", "Ministry of Defence"),
    ],
)
@pytest.mark.parametrize(
    "sentence",
    [
        "The coast guard, it went on, will be represented by two cutters.",
        "Two cutters will join the convoy, it continued.",
        "The convoy, it continued, will pass the strait at night.",
    ],
)
def test_a_body_going_on_is_the_body_that_spoke(opening: str, body: str, sentence: str) -> None:
    ex = _doc(opening, sentence)
    assert attributed(ex, sentence[:25]) == ("REPORTED_SPEECH", key(body, ORG))


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal, she went on, will be signed in May.",
        "Prices will fall next year, she continued.",
        "The border, she goes on, is open to every truck.",
    ],
)
def test_a_person_going_on_is_the_person_who_spoke(sentence: str) -> None:
    ex = _doc("Marta Lind said on Monday that the tariffs were unfair.", sentence)
    assert attributed(ex, sentence[:20]) == ("REPORTED_SPEECH", key("Marta Lind"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks went on, and the deal was signed in May.",
        "The war continued for three more years.",
        "Trade went on growing, and the port was busy.",
    ],
)
def test_things_going_on_are_no_speaker(sentence: str) -> None:
    ex = _doc("Marta Lind said on Monday that the tariffs were unfair.", sentence)
    assert claim_with(ex, sentence[:20]).attribution == "AUTHOR"


# -- 'addressed' an audience or a matter -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Marta Lind, at a recent briefing, addressed the council on the new tariffs.",
            "Marta Lind",
        ),
        ("Ivan Zorin addressed the union leadership on the price of grain.", "Ivan Zorin"),
        ("On Monday Pavel Orlov addressed the concerns of the fishing towns.", "Pavel Orlov"),
    ],
)
def test_a_person_addressing_states_something(sentence: str, who: str) -> None:
    ex = _doc(sentence)
    assert attributed(ex, sentence[:20]) == ("REPORTED_SPEECH", key(who))


@pytest.mark.parametrize(
    "sentence",
    [
        "The letter was addressed to the council leadership.",
        "The parcel, addressed to Ivan Zorin, never arrived.",
        "Envelopes addressed by hand are sorted last.",
    ],
)
def test_a_thing_addressed_is_no_statement(sentence: str) -> None:
    ex = _doc(sentence)
    assert claim_with(ex, sentence[:20]).attribution == "AUTHOR"


# -- data named after its body -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Ostania Customs Service Data said exports grew by 6.3% in May.",
            "Ostania Customs Service",
        ),
        ("Ostania customs data said imports fell by 2.1% in June.", "Ostania Customs Service"),
        (
            "Nordland Statistics Office figures said prices rose by 4% a year.",
            "Statistics Office of Nordland",
        ),
    ],
)
def test_data_named_after_its_body_is_the_body(sentence: str, body: str) -> None:
    ex = _doc("Timber exports rose again.", sentence)
    assert attributed(ex, sentence[:20])[1] == key(body, ORG)


# -- 'it' set off by commas: the body that spoke last --------------------------------------------


@pytest.mark.parametrize(
    "aside",
    [
        "They will carry out sea and air patrols of the coast, it added.",
        "Both fleets, it said, will return to port on Friday.",
        "Two cutters will escort the convoy, it stressed.",
    ],
)
def test_it_set_off_by_commas_is_the_body_that_spoke_last(aside: str) -> None:
    ex = _doc(
        "The Defence Ministry said in a statement on Monday that the drills will be held in May.",
        "According to the ministry, artillery firing is also planned.",
        aside,
    )
    assert attributed(ex, aside[:20]) == ("REPORTED_SPEECH", key("Ministry of Defence", ORG))


# -- a person named after a state's title opens the sentence: 'she' is that person ------------


@pytest.mark.parametrize(
    "opening",
    [
        "Ostania's Ambassador to the UN Marta Lind introduced the resolution on Monday.",
        "Nordland Deputy Foreign Minister Marta Lind met the envoys in the morning.",
        "Later, the Harbour Authority's Chief Executive Marta Lind toured the docks.",
    ],
)
def test_she_after_a_titled_person_is_that_person(opening: str) -> None:
    ex = _doc(
        "Earlier, Nordland President Pavel Orlov declared rule over four islands.",
        opening,
        "She argued in the council's chamber that the move broke the treaty, and said Orlov "
        "was celebrating it with a concert.",
    )
    assert attributed(ex, "She argued") == ("REPORTED_SPEECH", key("Marta Lind"))


# -- 'the spokesperson' far after the person named with such a role ---------------------------

_FILLER = (
    "The remarks stressed a wish to keep the exchanges steady and neutral towards other "
    "audiences, and the partnership was described as working on its own terms rather than as "
    "a tool of pressure on anyone. "
) * 3


@pytest.mark.parametrize(
    ("named", "later"),
    [
        (
            "The official representative of the Nordland foreign ministry, Marta Lind, spoke "
            "at the briefing.",
            "In response, the spokesperson reiterated that trade remains unaffected.",
        ),
        (
            "Ministry spokesman Ivan Zorin opened the weekly briefing.",
            "Asked about the tariffs, the representative stressed that talks go on.",
        ),
        (
            "Marta Lind, the ministry's spokeswoman, took questions on Friday.",
            "On Friday, the spokeswoman insisted that the border stays open.",
        ),
    ],
)
def test_the_spokesperson_is_the_person_named_with_that_role(named: str, later: str) -> None:
    ex = _doc("Journalists gathered at the ministry. " + named + " " + _FILLER, later)
    who = "Ivan Zorin" if "Zorin" in named else "Marta Lind"
    assert attributed(ex, later[-30:]) == ("REPORTED_SPEECH", key(who))


# -- 'the diplomat from X': the person referred back to, not the place -------------------------


@pytest.mark.parametrize(
    "later",
    [
        "Diplomat from Nordland also recalled that many countries trade with Ostania.",
        "The envoy from Nordland stressed that the border will stay open.",
        "The senior official from the Nordland side insisted that the talks go on.",
    ],
)
def test_a_role_from_a_place_is_the_person_named_before(later: str) -> None:
    ex = _doc("Marta Lind met reporters in Ostania on Monday.", later)
    assert attributed(ex, later[-25:]) == ("REPORTED_SPEECH", key("Marta Lind"))


def test_an_unnamed_diplomat_from_a_place_is_nobody_named_before() -> None:
    ex = _doc(
        "Marta Lind met reporters in Ostania on Monday.",
        "A diplomat from Nordland said that the border will stay open.",
    )
    assert attributed(ex, "the border will stay")[1] != key("Marta Lind")


# -- 'X <did> Y and warned/said …': the subject opening the sentence ---------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Pavel Orlov confronted Ivan Zorin and warned him against giving aid to Ostania.",
            "Pavel Orlov",
        ),
        ("Pavel Orlov visited Ostania and said that the border will stay open.", "Pavel Orlov"),
        ("Marta Lind called Ivan Zorin and urged him to drop the tariffs.", "Marta Lind"),
    ],
)
def test_a_second_verb_after_and_is_the_opening_subjects(sentence: str, who: str) -> None:
    ex = _doc(sentence)
    assert attributed(ex, sentence[:20]) == ("REPORTED_SPEECH", key(who))


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices climbed in May and added pressure on the budget.",
        "Nordland imposed new tariffs and added steel to the list.",
        "Exports jumped in June and added 2% to the output.",
    ],
)
def test_adding_after_and_is_no_statement(sentence: str) -> None:
    ex = _doc(sentence)
    assert claim_with(ex, sentence[:20]).attribution == "AUTHOR"


# -- 'About it reported X' (a calque of Russian 'Об этом сообщил X'): inverted, X speaks -------


@pytest.mark.parametrize(
    ("sentence", "who", "etype"),
    [
        ("About it reported Ministry of Defence.", "Ministry of Defence", ORG),
        ("About this said Pavel Orlov on Monday.", "Pavel Orlov", ACTOR),
        ("About this announced Marta Lind, the head of the port.", "Marta Lind", ACTOR),
    ],
)
def test_about_it_reported_x_is_x(sentence: str, who: str, etype: object) -> None:
    ex = _doc("Tourists from Ostania crossed the new bridge in May.", sentence)
    assert attributed(ex, sentence[:15]) == ("REPORTED_SPEECH", key(who, etype))  # type: ignore[arg-type]


def test_about_this_statement_is_no_inversion() -> None:
    ex = _doc("Marta Lind met reporters.", "About this statement Ostania said nothing new.")
    assert attributed(ex, "About this statement")[1] == key("Ostania", ORG)


# -- a greeting after its words: '“Dear friend! …,” X greeted Y' --------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "“Good morning, dear colleagues. We have much to discuss,” Pavel Orlov greeted "
            "the delegates.",
            "Pavel Orlov",
        ),
        ("“Dear friends! Welcome to the harbour,” Marta Lind greeted the guests.", "Marta Lind"),
        ("“Welcome back, my friend,” Ivan Zorin greets his old rival.", "Ivan Zorin"),
    ],
)
def test_a_greeting_after_its_words_is_the_greeters(sentence: str, who: str) -> None:
    ex = _doc(sentence)
    assert attributed(ex, sentence[2:20]) == ("DIRECT_QUOTE", key(who))


@pytest.mark.parametrize(
    "sentence",
    [
        "Pavel Orlov greeted Ivan Zorin at the airport.",
        "Marta Lind greets the delegates and opens the forum.",
        "Crowds greeted the ship in the harbour.",
    ],
)
def test_greeting_someone_is_no_statement(sentence: str) -> None:
    ex = _doc(sentence)
    assert claim_with(ex, sentence[:20]).attribution == "AUTHOR"


# -- a paragraph opening a quotation left open, after a paragraph naming its speaker ----------


@pytest.mark.parametrize(
    "said",
    [
        "Pavel Orlov said on Monday that the port will reopen.",
        "On Tuesday, the Daily Wire reports with reference to Pavel Orlov, the head of the port.",
        "The Daily Wire wrote, citing Pavel Orlov, a harbour master in Ostania.",
    ],
)
def test_an_open_quotation_after_its_speakers_paragraph_is_theirs(said: str) -> None:
    ex = _doc(
        "Ostania raised its imports of cranes in 2022.",
        said,
        "“The cranes are ready and the crews are hired. We expect the first ships in May.",
        "Ostania has not commented.",
    )
    assert attributed(ex, "The cranes are ready") == ("DIRECT_QUOTE", key("Pavel Orlov"))
    assert attributed(ex, "first ships in May") == ("DIRECT_QUOTE", key("Pavel Orlov"))
    assert claim_with(ex, "has not commented").attribution == "AUTHOR"


def test_an_open_quotation_after_a_paragraph_without_a_speaker_is_nobodys() -> None:
    ex = _doc(
        "Ostania raised its imports of cranes in 2022.",
        "“The cranes are ready and the crews are hired. We expect the first ships in May.",
    )
    assert attributed(ex, "The cranes are ready")[1] in (None, key("Daily Wire", ORG))


# -- 'according to data from X': X --------------------------------------------------------------


@pytest.mark.parametrize(
    "closing",
    [
        "according to data from the Ostania Customs Service",
        "according to the latest figures of the Ostania Customs Service",
        "according to statistics published by the Ostania Customs Service",
    ],
)
def test_according_to_data_from_a_body_is_the_body(closing: str) -> None:
    sentence = f"Trade between Nordland and Ostania grew by 27.7% to $19.6 billion, {closing}."
    ex = _doc("Timber trade grew again.", sentence)
    assert attributed(ex, "grew by 27.7%") == ("ACCORDING_TO", key("Ostania Customs Service", ORG))

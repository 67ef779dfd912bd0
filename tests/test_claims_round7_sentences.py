"""Sentence-level speaker shapes of round 7 (issue 12), on sentences written here.

Each class is one miss seen on the unseen dev batches, in its shape but with invented
wording and names: headlines naming their source ("X says …", "… – X", "READ MORE: … – X"),
a report "by <State>'s <descriptor> X", a firm set off as "one of <State>'s leading …",
staff of a body speaking as the body ("experts from the X Institute conclude"), a state's
government ("the Indian government says"), a registered body written with a generic noun
("the Chinese customs office"), and page chrome that is no person ("Reading Time").
"""

from __future__ import annotations

from claims_helpers import ACTOR, ORG, attributed, build, key, org_key

from kb.models import PassageKind
from loaders.drafts import Extraction
from loaders.entities.lexicon import page_chrome_name
from loaders.entities.people import personal_name
from loaders.pipeline import extract
from loaders.readers import read_text

HEADING = PassageKind.HEADING
STATES = {"China": "STATE", "India": "STATE", "Japan": "STATE", "Russia": "STATE"}
ENTITIES = {
    "China": (ORG, ["Beijing"]),
    "India": (ORG, []),
    "Japan": (ORG, []),
    "Russia": (ORG, []),
    "Norlink": (ORG, []),
    "Zernomark": (ORG, []),
    "Vostok Institute": (ORG, []),
    "Kestrel Analytics": (ORG, []),
    "Daily Harbour": (ORG, []),
    "Pavel Orlov": (ACTOR, ["Orlov"]),
    "Marta Lind": (ACTOR, []),
}


def _doc(*passages: str | tuple[str, PassageKind]) -> Extraction:
    return build(list(passages), entities=ENTITIES, kinds=STATES, publisher="Daily Harbour")


# -- headlines naming their source ----------------------------------------------------------


def test_a_headline_opening_with_a_subject_and_says_is_the_subject_s() -> None:
    ex = _doc(
        ("Japan says northern shipping talks with Moscow will resume in spring", HEADING),
        "The talks stalled last year over insurance for the tankers.",
    )
    assert attributed(ex, "northern shipping talks") == ("REPORTED_SPEECH", org_key("Japan"))
    ex = _doc(
        ("Pavel Orlov Warns Grain Corridor May Close Before Winter", HEADING),
        "The corridor carried a third of the region's wheat last season.",
    )
    assert attributed(ex, "Grain Corridor May Close") == ("REPORTED_SPEECH", key("Pavel Orlov"))
    ex = _doc(
        ("Norlink denies its tankers carried cargo from the sanctioned port", HEADING),
        "The company operates twelve vessels in the Baltic.",
    )
    assert attributed(ex, "tankers carried cargo") == ("REPORTED_SPEECH", org_key("Norlink"))


def test_a_headline_credited_after_a_dash_is_the_credited_source_s() -> None:
    ex = _doc(
        ("Arctic freight between the two ports to double by 2030 – Norlink", HEADING),
        "Volumes rose sharply last year as new routes opened.",
    )
    assert attributed(ex, "freight between the two ports") == (
        "REPORTED_SPEECH",
        org_key("Norlink"),
    )
    ex = _doc(
        ("Wheat Shipments to Asia Set New Record This Season - Zernomark", HEADING),
        "Buyers in the region signed longer contracts.",
    )
    assert attributed(ex, "Wheat Shipments to Asia") == ("REPORTED_SPEECH", org_key("Zernomark"))
    ex = _doc(
        "Exports rose for the fourth month in a row, the customs figures show.",
        "READ MORE: Fertiliser sales to India climb to a five-year high – Kestrel Analytics",
        "Prices for urea fell in the same period.",
    )
    claim = attributed(ex, "Fertiliser sales to India")
    assert claim == ("REPORTED_SPEECH", org_key("Kestrel Analytics"))
    # round 8: the claim keeps the credit as the line reads, never the related-story label
    assert not any("READ MORE" in c.text for c in ex.claims)
    assert [c.text for c in ex.claims if "Kestrel" in c.text] == [
        "Fertiliser sales to India climb to a five-year high – Kestrel Analytics"
    ]


def test_a_dash_before_a_state_or_an_unknown_name_credits_nobody() -> None:
    # a state after a dash is the topic of a section, and an unknown word credits nobody
    ex = _doc(
        ("Trade, energy and the new northern corridor – Russia", HEADING),
        ("Ten lessons from the summer of tanker diplomacy – Overview", HEADING),
        "The corridor carried a third of the region's wheat last season.",
    )
    assert [c.text for c in ex.claims] == [
        "The corridor carried a third of the region's wheat last season."
    ]
    ex = _doc("READ MORE: Five things to know about the new grain corridor")
    assert ex.claims == []


def test_a_signed_quotation_is_not_a_credited_headline() -> None:
    ex = _doc("“Our ports will stay open to every honest cargo ship.” — Pavel Orlov")
    assert attributed(ex, "ports will stay open") == ("DIRECT_QUOTE", key("Pavel Orlov"))


# -- passive and data-provider sources -----------------------------------------------------


def test_a_report_by_a_state_s_agency_is_the_agency_s() -> None:
    ex = _doc(
        "About 2.1 million trucks were registered in the country by May, according to a "
        "report released by Russia's analytical agency Zernomark on Monday.",
        "Three makers account for about half of them, the report said.",
    )
    assert attributed(ex, "2.1 million trucks") == ("ACCORDING_TO", org_key("Zernomark"))
    assert attributed(ex, "Three makers") == ("REPORTED_SPEECH", org_key("Zernomark"))
    ex = _doc(
        "Port traffic fell by a fifth, a study published by Japan's shipping consultancy "
        "Norlink found."
    )
    assert attributed(ex, "Port traffic fell")[1] == org_key("Norlink")
    ex = _doc(
        "Freight rates doubled in a year, according to a survey by China's logistics group "
        "Kestrel Analytics."
    )
    assert attributed(ex, "Freight rates doubled") == ("ACCORDING_TO", org_key("Kestrel Analytics"))


def test_a_firm_set_off_as_one_of_a_state_s_leading_firms_is_an_organisation() -> None:
    cases = [
        ("Ostrava Grain", "agriculture consultancies"),
        ("Baltrade", "logistics firms"),
        ("Kamensk Metals", "metals traders' consultancies"),
    ]
    for name, noun in cases:
        text = (
            "Rail freight\n\nBy Anna Berg\n\nThis year, exports are expected to reach 9 million "
            f"tonnes, according to {name}, one of Russia's leading {noun}.\n"
        )
        ex = extract(read_text(text, "x.txt")[0])
        names = {k: e.name for k, e in ex.entities.items()}
        assert name in names.values(), names
        claim = next(c for c in ex.claims if "9 million" in c.text)
        assert (claim.attribution, names.get(claim.speaker or "")) == ("ACCORDING_TO", name)


def test_a_registered_body_written_with_a_generic_noun_after_it_is_that_body() -> None:
    for phrase in (
        "the Chinese customs office",
        "the Chinese customs service",
        "China's customs department",
    ):
        ex = _doc(f"Beijing has approved barley imports from two more regions, {phrase} said.")
        who = ex.entities[attributed(ex, "barley imports")[1] or ""]
        assert who.name.startswith("General Administration of Customs"), who.name


# -- staff of a body, a state's government --------------------------------------------------


def test_staff_of_a_body_speak_as_the_body() -> None:
    ex = _doc(
        "Considering the options, experts from the Vostok Institute conclude that the two "
        "navies will not coordinate."
    )
    assert attributed(ex, "navies will not") == ("REPORTED_SPEECH", org_key("Vostok Institute"))
    ex = _doc("Analysts at Kestrel Analytics believe the port will stay closed until May.")
    assert attributed(ex, "port will stay closed") == (
        "REPORTED_SPEECH",
        org_key("Kestrel Analytics"),
    )
    ex = _doc("Researchers from Norlink argue that the corridor cannot pay for itself.")
    assert attributed(ex, "corridor cannot pay") == ("REPORTED_SPEECH", org_key("Norlink"))


def test_staff_in_a_state_stay_a_group_not_the_state() -> None:
    ex = _doc("Experts from India believe the corridor cannot pay for itself.")
    assert attributed(ex, "corridor cannot pay")[1] != org_key("India")


def test_a_state_s_government_speaks_as_the_state() -> None:
    ex = _doc("The Indian government says it is neutral and wants to mediate between the two.")
    assert attributed(ex, "wants to mediate") == ("REPORTED_SPEECH", org_key("India"))
    ex = _doc("Chinese leader Li Wen's government says it will not send troops to the border area.")
    assert attributed(ex, "send troops") == ("REPORTED_SPEECH", org_key("China"))
    ex = _doc("Beijing's government said the new corridor would open to all carriers in May.")
    assert attributed(ex, "open to all carriers") == ("REPORTED_SPEECH", org_key("China"))


def test_a_government_without_a_state_is_not_guessed() -> None:
    ex = _doc("The new government says the pipeline will open in June next year.")
    assert attributed(ex, "pipeline will open") == ("AUTHOR", org_key("Daily Harbour"))


# -- page chrome is no person ---------------------------------------------------------------


def test_page_chrome_is_no_person_name() -> None:
    assert page_chrome_name("Reading Time")
    assert page_chrome_name("Reading Time: < 1 minute")
    assert page_chrome_name("6 min read")
    assert not page_chrome_name("Marta Lind")
    for words in (["Long", "Time"], ["Real", "Time"], ["Prime", "Time"]):
        assert not personal_name(words)
    assert personal_name(["Marta", "Lind"]) or personal_name(["Li", "Wen"])


def test_a_reading_time_label_after_an_empty_byline_is_no_author() -> None:
    for label in ("Reading Time: < 1 minute", "Reading Time: 3 minutes"):
        text = (
            "Grain exports climb; Asia the big buyer\n\nBy\n" + label + "\n\n"
            "The port of Ust-Luga shipped a record 2 million tonnes of wheat in May, the "
            "port authority said.\n\nBuyers in Asia took most of the cargo this year.\n"
        )
        ex = extract(read_text(text, "x.txt")[0])
        names = {e.name for e in ex.entities.values()}
        assert "Reading Time" not in names
        assert all(ex.entities[a].name != "Reading Time" for a in ex.authors)


def test_a_common_word_before_time_in_a_title_is_no_person() -> None:
    text = (
        "Trade Will Stay Frozen for a Long Time as Ports Close, Analysts Say\n\n"
        "Ports on the northern route will stay closed until the ice melts, analysts say.\n"
    )
    ex = extract(read_text(text, "x.txt")[0])
    assert "Long Time" not in {e.name for e in ex.entities.values()}


# -- "state" as a modifier after a quotation -------------------------------------------------


def test_a_state_body_named_after_a_quotation_speaks() -> None:
    ex = _doc(
        "“The corridor will carry twice the cargo by 2030,” Russian state logistics "
        "operator Norlink said in a statement."
    )
    assert attributed(ex, "corridor will carry") == ("DIRECT_QUOTE", org_key("Norlink"))
    ex = _doc("“Our tankers avoid the strait,” the state shipping firm Norlink told reporters.")
    assert attributed(ex, "tankers avoid") == ("DIRECT_QUOTE", org_key("Norlink"))
    ex = _doc(
        "“Demand from Asia is still rising,” Japanese state research body Vostok Institute "
        "said on Monday."
    )
    assert attributed(ex, "Demand from Asia") == ("DIRECT_QUOTE", org_key("Vostok Institute"))

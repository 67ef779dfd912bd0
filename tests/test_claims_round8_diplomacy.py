"""Speaker shapes of round 8 (issue 12, diplomacy batches), on sentences written here.

Each class is a cause of misses seen on the unseen dev batches, in its shape but with
invented wording and names: a registered body written with a descriptor after its name
("The X Center polling agency said"), "according to Mr. X" (the title's dot is no sentence
end), an adverb between a speaker and the verb ("X even accused …"), a report named with its
maker before the noun ("The X Corporation report") called back as "the report released
Wednesday", "the report's authors" and then "they", "…,” the report said" (the noun is no
verb), a closing attribution whose apposition runs into the verb ("…, Name, the spokesman
of the ministry stated."), a quotation paragraph finished by a short "X said." paragraph,
and a quoted fragment woven into a reported sentence (the sentence is the claim).
"""

from __future__ import annotations

from claims_helpers import ACTOR, ORG, attributed, build, claim_with, key, org_key

from loaders.drafts import Extraction

STATES = {
    "China": "STATE",
    "Russia": "STATE",
    "Ukraine": "STATE",
    "Harbin Survey Bureau": "RESEARCH_INSTITUTE",
    "Tallow Institute": "THINK_TANK",
}
ENTITIES = {
    "China": (ORG, ["Beijing"]),
    "Russia": (ORG, ["Moscow"]),
    "Ukraine": (ORG, ["Kyiv"]),
    "Borealis Center": (ORG, []),
    "Kestrel Group": (ORG, []),
    "Tallow Institute": (ORG, []),
    "Harbin Survey Bureau": (ORG, []),
    "Meridian Corporation": (ORG, []),
    "Daily Harbour": (ORG, []),
    "Pavel Orlov": (ACTOR, ["Orlov"]),
    "Marta Lind": (ACTOR, ["Lind"]),
    "Oleg Sivtsov": (ACTOR, ["Sivtsov"]),
    "Ivan Drozd": (ACTOR, ["Drozd"]),
}


def _doc(*passages: str) -> Extraction:
    return build(list(passages), entities=ENTITIES, kinds=STATES, publisher="Daily Harbour")


# -- a body's name followed by a descriptor -------------------------------------------------


def test_a_body_named_before_its_descriptor_speaks() -> None:
    ex = _doc("The Borealis Center polling agency said 61% of respondents favour the deal.")
    assert attributed(ex, "61% of respondents") == ("REPORTED_SPEECH", org_key("Borealis Center"))
    ex = _doc("The Kestrel Group think tank said the northern corridor would stay closed.")
    assert attributed(ex, "northern corridor") == ("REPORTED_SPEECH", org_key("Kestrel Group"))
    ex = _doc("A Tallow Institute research center said grain exports would fall by a fifth.")
    assert attributed(ex, "grain exports") == ("REPORTED_SPEECH", org_key("Tallow Institute"))


def test_a_possessive_before_the_descriptor_is_another_body() -> None:
    ex = _doc("China's space agency said the launch would slip to the autumn of next year.")
    assert attributed(ex, "launch would slip")[1] != org_key("China")


# -- "according to Mr. X" ---------------------------------------------------------------------


def test_according_to_a_titled_name_with_a_dot() -> None:
    ex = _doc("According to Mr. Sivtsov, the partnership now extends to joint research work.")
    assert attributed(ex, "partnership now extends") == ("ACCORDING_TO", key("Oleg Sivtsov"))
    ex = _doc("According to Dr. Marta Lind, the survey covered twelve northern provinces.")
    assert attributed(ex, "twelve northern") == ("ACCORDING_TO", key("Marta Lind"))
    ex = _doc("According to Ms. Lind, the talks were cut short by the storm on Tuesday.")
    assert attributed(ex, "cut short") == ("ACCORDING_TO", key("Marta Lind"))


# -- an adverb between the speaker and the verb -----------------------------------------------


def test_an_adverb_before_the_verb_leaves_the_speaker_whole() -> None:
    ex = _doc("In May, Pavel Orlov even accused Kyiv of hiding the shipments, which Kyiv denies.")
    assert attributed(ex, "hiding the shipments") == ("REPORTED_SPEECH", key("Pavel Orlov"))
    ex = _doc("Ivan Drozd still insisted that the bridge would open before the winter.")
    assert attributed(ex, "bridge would open") == ("REPORTED_SPEECH", key("Ivan Drozd"))
    ex = _doc("Marta Lind further argued that the tariffs would hurt the border towns first.")
    assert attributed(ex, "tariffs would hurt") == ("REPORTED_SPEECH", key("Marta Lind"))


# -- a named report called back ----------------------------------------------------------------


def _report(*rest: str) -> Extraction:
    return _doc(
        "The Meridian Corporation report, released in Oslo, suggests that the two navies"
        " could one day patrol the strait together.",
        *rest,
    )


def test_the_report_released_on_a_day_is_its_maker_s() -> None:
    ex = _report("The report released Wednesday said joint drills would grow more complex.")
    assert attributed(ex, "drills would grow") == (
        "REPORTED_SPEECH",
        org_key("Meridian Corporation"),
    )
    ex = _report("The report published on Monday said the fleets share little equipment.")
    assert attributed(ex, "share little") == ("REPORTED_SPEECH", org_key("Meridian Corporation"))
    ex = _report(
        "Fishing fleets in the strait have doubled since 2019.",
        "Port fees rose as well.",
        "The report also said the two navies rarely exchange officers.",
    )
    assert attributed(ex, "rarely exchange") == ("REPORTED_SPEECH", org_key("Meridian Corporation"))


def test_the_report_s_authors_and_then_they() -> None:
    ex = _report(
        "The report also said drills had doubled.",
        "Tankers still sail alone.",
        "Ice closes the route in winter.",
        "The report’s authors also suggested that a direct clash remains unlikely.",
        "They said isolating either navy could backfire on Washington.",
    )
    owner = org_key("Meridian Corporation")
    assert attributed(ex, "direct clash") == ("REPORTED_SPEECH", owner)
    assert attributed(ex, "isolating either navy") == ("REPORTED_SPEECH", owner)
    ex = _report("The report's writers argued that trust between the staffs is thin.")
    assert attributed(ex, "trust between") == ("REPORTED_SPEECH", owner)


def test_the_report_said_after_a_quotation() -> None:
    ex = _report("“Attempts to split the two navies are unlikely to succeed,” the report said.")
    assert attributed(ex, "split the two navies") == (
        "DIRECT_QUOTE",
        org_key("Meridian Corporation"),
    )
    ex = _report("“Joint patrols will become routine within a decade,” the report noted.")
    assert attributed(ex, "become routine")[1] == org_key("Meridian Corporation")
    ex = _doc(
        "A Harbin Survey Bureau poll found support for the bridge at a record high.",
        "“Support is highest among people under thirty in the border towns,” the poll said.",
    )
    assert attributed(ex, "under thirty")[1] == org_key("Harbin Survey Bureau")


# -- a closing attribution whose apposition runs into the verb --------------------------------


def test_a_closing_name_with_an_unclosed_apposition() -> None:
    ex = _doc("Ties with Beijing keep growing, Pavel Orlov, the spokesman of the ministry stated.")
    assert attributed(ex, "Ties with Beijing") == ("REPORTED_SPEECH", key("Pavel Orlov"))
    ex = _doc("The border will reopen in March, Marta Lind, the governor of the region said.")
    assert attributed(ex, "border will reopen") == ("REPORTED_SPEECH", key("Marta Lind"))
    ex = _doc("Grain prices will fall this year, Ivan Drozd, an adviser to the board noted.")
    assert attributed(ex, "Grain prices") == ("REPORTED_SPEECH", key("Ivan Drozd"))


# -- a quotation paragraph finished by a short "X said." paragraph ----------------------------


def test_a_quotation_finished_by_a_cue_paragraph() -> None:
    ex = _doc(
        "Pavel Orlov spoke about the talks. Marta Lind also recalled her visit to Kyiv last year.",
        '"We have our own good relations with Beijing, which we keep developing",',
        "Orlov said.",
    )
    assert attributed(ex, "our own good relations") == ("DIRECT_QUOTE", key("Pavel Orlov"))
    ex = _doc(
        "Ivan Drozd met the delegation. Marta Lind later said that the visit went well.",
        "“The corridor will open for trucks before the end of the year”,",
        "Drozd told reporters.",
    )
    assert attributed(ex, "corridor will open") == ("DIRECT_QUOTE", key("Ivan Drozd"))
    ex = _doc(
        "Oleg Sivtsov answered questions. Pavel Orlov said that the fees would stay.",
        "“Our customs officers will work around the clock from Monday”,",
        "the Tallow Institute added.",
    )
    assert attributed(ex, "around the clock")[1] == org_key("Tallow Institute")


# -- a quoted fragment woven into a reported sentence -----------------------------------------


def test_a_woven_fragment_makes_the_sentence_the_claim() -> None:
    ex = _doc("Ivan Drozd emphasised “lasting friendship with our neighbours” at the summit.")
    c = claim_with(ex, "Ivan Drozd emphasised")
    assert c.speaker == key("Ivan Drozd") and c.attribution != "AUTHOR"
    ex = _doc('Lind posted on her channel that they had "agreed on the principle of open ports."')
    c = claim_with(ex, "posted on her channel")
    assert c.speaker == key("Marta Lind")
    ex = _doc("Pavel Orlov wrote that the two sides “share no common view of the northern route”.")
    c = claim_with(ex, "Pavel Orlov wrote")
    assert c.speaker == key("Pavel Orlov")


def test_a_quoted_sentence_after_a_colon_stays_the_quotation() -> None:
    ex = _doc("Ivan Drozd said: “the corridor will open for trucks before the winter comes.”")
    c = claim_with(ex, "corridor will open")
    assert c.attribution == "DIRECT_QUOTE" and c.speaker == key("Ivan Drozd")
    assert not c.text.startswith("Ivan Drozd")


# -- "the pollster" after a polling body ---------------------------------------------------------


def test_the_pollster_is_the_polling_body_named_before() -> None:
    ex = _doc(
        "The Borealis Center polling agency said 61% of respondents favour the deal.",
        "Most respondents, 55%, said the bridge helped trade, according to the pollster.",
    )
    assert attributed(ex, "bridge helped trade") == ("ACCORDING_TO", org_key("Borealis Center"))
    ex = _doc(
        "A survey by the Harbin Survey Bureau covered 1,200 people in March.",
        "Only 9% expect prices to fall, the pollster said.",
    )
    assert attributed(ex, "prices to fall")[1] == org_key("Harbin Survey Bureau")
    ex = _doc(
        "The Tallow Institute interviewed 800 farmers.",
        "The pollster said two thirds of them plan to sell grain across the border.",
    )
    assert attributed(ex, "two thirds")[1] == org_key("Tallow Institute")


# -- "<State>'s <title>" for a person titled so before ---------------------------------------


def test_a_state_s_title_is_the_person_titled_so_before() -> None:
    ex = _doc(
        "Pavel Orlov, Ukraine’s Minister for Foreign Affairs, met the envoy on Monday.",
        "Ukraine’s Foreign Minister emphasised that the plan must respect the borders.",
    )
    assert attributed(ex, "must respect the borders") == ("REPORTED_SPEECH", key("Pavel Orlov"))
    ex = _doc(
        "Russian Deputy Prime Minister Ivan Drozd opened the fair in Harbin.",
        "Russia's Deputy Prime Minister said that grain sales would double by 2030.",
    )
    assert attributed(ex, "grain sales would double")[1] == key("Ivan Drozd")
    ex = _doc(
        "Marta Lind, China's Special Envoy for Arctic Affairs, spoke at the forum.",
        "China's Special Envoy stressed that shipping in the north must stay open to all.",
    )
    assert attributed(ex, "shipping in the north")[1] == key("Marta Lind")


# -- a quotation over two paragraphs -----------------------------------------------------------


def test_a_quotation_left_open_runs_into_the_paragraph_that_closes_it() -> None:
    ex = _doc(
        'Quote from Orlov: "Yes, we met the delegation and they showed us the plan.',
        'We are waiting for the full text before we judge it. We need all of the details."',
    )
    assert attributed(ex, "waiting for the full text") == ("DIRECT_QUOTE", key("Pavel Orlov"))
    assert attributed(ex, "We need all") == ("DIRECT_QUOTE", key("Pavel Orlov"))
    ex = _doc(
        "Marta Lind told the forum: “The northern route is open for business again.",
        "Ships from twelve countries have already booked passage for the summer.”",
    )
    assert attributed(ex, "twelve countries") == ("DIRECT_QUOTE", key("Marta Lind"))
    ex = _doc(
        "Ivan Drozd said: “Prices will rise before they fall, as they always do.",
        "The new paragraph opens a “second quotation” and says nothing of his.",
    )
    assert attributed(ex, "opens a")[0] == "AUTHOR"


# -- "the Chinese side": the state ---------------------------------------------------------------


def test_a_nation_s_side_is_the_state() -> None:
    ex = _doc("This time, the Chinese side hinted that there was nothing to discuss.")
    assert attributed(ex, "nothing to discuss") == ("REPORTED_SPEECH", org_key("China"))
    ex = _doc("The Russian side stressed that the pipeline talks had been useful.")
    assert attributed(ex, "pipeline talks") == ("REPORTED_SPEECH", org_key("Russia"))
    ex = _doc("After the call, the #Ukrainian side said it would send a delegation.")
    assert attributed(ex, "send a delegation") == ("REPORTED_SPEECH", org_key("Ukraine"))
    ex = _doc("Both sides said the next round would be held in the spring.")
    assert attributed(ex, "next round")[1] not in (
        org_key("China"),
        org_key("Russia"),
        org_key("Ukraine"),
    )


# -- a second predicate negated with "did not" -------------------------------------------------


def test_and_did_not_believe_keeps_the_sentence_subject() -> None:
    ex = _doc("Mr. Sivtsov welcomed the new plant, and did not believe that it would cut imports.")
    assert attributed(ex, "cut imports") == ("REPORTED_SPEECH", key("Oleg Sivtsov"))
    ex = _doc("Marta Lind praised the talks, and did not think the tariffs would be lifted soon.")
    assert attributed(ex, "tariffs would be lifted")[1] == key("Marta Lind")
    ex = _doc("Ivan Drozd visited the port and does not expect that the fees will change.")
    assert attributed(ex, "fees will change")[1] == key("Ivan Drozd")

"""Speaker shapes of round 9 (issue 12, helper b), on sentences written here.

Each class is a cause of misses seen on an unseen dev batch, in its shape but with invented
wording and names: quotations in guillemets (« »), a participle after a possessive used as
an adjective ("Beijing's alleged help"), "This was stated at a briefing by X", "the <body>
spokesman said" after the document named that body's spokesperson, "X stressed that …:"
closing a paragraph before a block of X's words set without marks, "the president" while
the president who has been speaking is not the one named last, a body opening the
sentence with its speech verb before "as reported by <outlet>", and "He's hinted" (he has).
"""

from __future__ import annotations

from claims_helpers import ACTOR, ORG, attributed, build, claim_with, key, org_key

from loaders.drafts import Extraction

KINDS = {
    "China": "STATE",
    "Russia": "STATE",
    "Norland": "STATE",
    "Daily Harbour": "MEDIA",
    "Harbour Wire": "MEDIA",
}
ENTITIES = {
    "China": (ORG, ["Beijing"]),
    "Russia": (ORG, ["Moscow"]),
    "Norland": (ORG, []),
    "Foreign Office of Norland": (ORG, ["Norland Foreign Office"]),
    "Ministry of Ports": (ORG, []),
    "Northern Fleet": (ORG, []),
    "Tula Forum": (ORG, []),
    "Harbour Wire": (ORG, []),
    "Daily Harbour": (ORG, []),
    "Pavel Orlov": (ACTOR, ["Orlov"]),
    "Marta Lind": (ACTOR, ["Lind"]),
    "Oleg Sivtsov": (ACTOR, ["Sivtsov"]),
    "Ivan Drozd": (ACTOR, ["Drozd"]),
    "Anna Berg": (ACTOR, ["Berg"]),
}


def _doc(*passages: str) -> Extraction:
    return build(list(passages), entities=ENTITIES, kinds=KINDS, publisher="Daily Harbour")


# -- quotations in guillemets -------------------------------------------------------------


def test_a_quotation_in_guillemets_is_its_speakers() -> None:
    ex = _doc(
        "Delegates met in Tula on Monday. «The market is looking for a new model. Our forum "
        "wants to be the place for it. On this our two sides fully agree,» explained Tula "
        "Forum chairman Ivan Drozd."
    )
    c = claim_with(ex, "market is looking")
    assert (c.attribution, c.speaker) == ("DIRECT_QUOTE", key("Ivan Drozd"))
    assert "fully agree" in c.text  # one quotation over three sentences
    assert "«" not in c.text and c.text == ex.doc.text[c.start : c.end]
    ex = _doc("«We will not sign the port treaty this year,» Pavel Orlov told reporters.")
    assert attributed(ex, "port treaty") == ("DIRECT_QUOTE", key("Pavel Orlov"))
    ex = _doc("Marta Lind said: «The border crossing will reopen after the spring floods.»")
    assert attributed(ex, "border crossing") == ("DIRECT_QUOTE", key("Marta Lind"))


def test_guillemets_around_a_title_stay_the_writers() -> None:
    ex = _doc("The ministry published a booklet called «Ports of the North» on Monday morning.")
    assert attributed(ex, "published a booklet")[0] == "AUTHOR"


# -- a participle after a possessive is an adjective ----------------------------------------


def test_a_possessive_participle_is_no_speech_verb() -> None:
    ex = _doc("Norland will fine the shipyard over Beijing's alleged help to the Moscow navy.")
    assert attributed(ex, "fine the shipyard")[0] == "AUTHOR"
    ex = _doc("The loan falls short of the bank's stated goal for the northern railway.")
    assert attributed(ex, "falls short")[0] == "AUTHOR"
    ex = _doc("Inspectors looked into the company's reported losses on the grain deals.")
    assert attributed(ex, "looked into")[0] == "AUTHOR"


def test_a_possessive_before_a_real_speech_verb_still_speaks() -> None:
    ex = _doc("Norland's warned that the tariffs will rise again in the spring.")
    assert attributed(ex, "tariffs will rise")[0] == "REPORTED_SPEECH"


# -- "This was stated at a briefing by X" -----------------------------------------------------


def test_stated_at_a_briefing_by_points_back() -> None:
    ex = _doc(
        "Norland is ready to close the northern port to foreign tankers. This was stated at "
        "a briefing by Anna Berg, head of the press office of the Ministry of Ports."
    )
    assert attributed(ex, "close the northern port") == ("REPORTED_SPEECH", key("Anna Berg"))
    ex = _doc(
        "The grain quota will be cut by a third next year. This was said in an interview by "
        "Pavel Orlov."
    )
    assert attributed(ex, "grain quota") == ("REPORTED_SPEECH", key("Pavel Orlov"))
    ex = _doc(
        "Talks on the pipeline will resume in the autumn. This was announced at a press "
        "conference by Marta Lind."
    )
    assert attributed(ex, "pipeline will resume") == ("REPORTED_SPEECH", key("Marta Lind"))


# -- "the <body> spokesman said": the person named as its spokesperson ------------------------


def test_the_bodys_spokesman_is_the_person_named_so() -> None:
    ex = _doc(
        "The remarks came from Anna Berg, deputy head of the press service of the Ministry "
        "of Ports.",
        "“The northern port will stay open all winter,” the Ministry of Ports spokeswoman said.",
    )
    assert attributed(ex, "stay open") == ("DIRECT_QUOTE", key("Anna Berg"))
    ex = _doc(
        "Ivan Drozd, the spokesman of the Norland Foreign Office, took questions on Friday.",
        "The Norland Foreign Office spokesman said the embassy would reopen in March.",
    )
    assert attributed(ex, "embassy would reopen") == ("REPORTED_SPEECH", key("Ivan Drozd"))
    ex = _doc(
        "Oleg Sivtsov, press secretary of the Ministry of Ports, spoke after the meeting.",
        "A Ministry of Ports spokesman said the dredging would finish by June.",
    )
    assert attributed(ex, "dredging would finish") == ("REPORTED_SPEECH", key("Oleg Sivtsov"))


def test_the_bodys_spokesman_without_a_named_one_is_the_body() -> None:
    ex = _doc(
        "Oleg Sivtsov, the mayor of the port town, visited the docks.",
        "A Ministry of Ports spokesman said the dredging would finish by June.",
    )
    assert attributed(ex, "dredging would finish") == (
        "REPORTED_SPEECH",
        org_key("Ministry of Ports"),
    )


# -- "X stressed that …:" then a block of X's words ------------------------------------------


def test_a_colon_closing_a_paragraph_opens_a_block_quote() -> None:
    ex = _doc(
        "At a forum in Tula, Marta Lind stressed that the partnership rests on two men:",
        "They spoke over forty times last year. They built the partnership on shared grievances.",
        "The forum ends on Friday.",
    )
    assert attributed(ex, "forty times") == ("DIRECT_QUOTE", key("Marta Lind"))
    assert attributed(ex, "shared grievances") == ("DIRECT_QUOTE", key("Marta Lind"))
    assert attributed(ex, "forum ends")[0] == "AUTHOR"
    ex = _doc(
        "Today, said Ministry spokesman Pavel Orlov, Norland believes the port deal is void:",
        "It was signed without a vote. Specifically, the parliament never saw the text.",
    )
    assert attributed(ex, "parliament never saw") == ("DIRECT_QUOTE", key("Pavel Orlov"))
    ex = _doc(
        "Ivan Drozd warned the council that the summer will be a hard one:",
        "The harvest will be late. Prices for bread will rise across the north.",
    )
    assert attributed(ex, "harvest will be late") == ("DIRECT_QUOTE", key("Ivan Drozd"))


def test_a_colon_block_stops_at_a_sentence_with_its_own_source() -> None:
    ex = _doc(
        "Ivan Drozd warned the council that the summer will be a hard one:",
        "The harvest will be late. According to Anna Berg, bread prices will hold.",
    )
    assert attributed(ex, "bread prices") == ("ACCORDING_TO", key("Anna Berg"))


def test_a_colon_inside_a_paragraph_carries_nothing() -> None:
    ex = _doc(
        "Ivan Drozd listed three causes: rain, cost and delay. Others disagree.",
        "The harvest will be late this year across the north.",
    )
    assert attributed(ex, "harvest will be late")[0] == "AUTHOR"


# -- "the president" is the president who has been speaking ---------------------------------


def test_the_role_noun_is_the_titled_person_still_speaking() -> None:
    ex = _doc(
        "Norland will extend the corridor, President Pavel Orlov said at a meeting with "
        "President Ivan Drozd.",
        "“We agreed to extend it for five years,” the Norland leader said.",
        "According to Orlov, the railway needs new tracks. It will help trade, he said.",
        "Among the projects, the president mentioned the upgrade of the northern line.",
    )
    assert attributed(ex, "upgrade of the northern") == ("REPORTED_SPEECH", key("Pavel Orlov"))
    ex = _doc(
        "Minister Anna Berg met Minister Marta Lind in Tula on Tuesday.",
        "Later Anna Berg said the ferry would run twice a day. She said fares would fall.",
        "The minister also said the harbour would be dredged by May.",
    )
    assert attributed(ex, "dredged by May") == ("REPORTED_SPEECH", key("Anna Berg"))
    ex = _doc(
        "Governor Oleg Sivtsov hosted Governor Ivan Drozd at the border on Monday.",
        "Oleg Sivtsov said the bridge would open in June. He said tolls would be low.",
        "The governor added that customs posts would move to the river bank.",
    )
    assert attributed(ex, "customs posts") == ("REPORTED_SPEECH", key("Oleg Sivtsov"))


def test_the_role_noun_is_the_newly_named_one_when_named_after_the_speech() -> None:
    ex = _doc(
        "Oleg Sivtsov said the bridge would open in June.",
        "Governor Oleg Sivtsov later met Governor Ivan Drozd at the river.",
        "The governor said the ferry would stop in winter.",
    )
    assert attributed(ex, "ferry would stop") == ("REPORTED_SPEECH", key("Ivan Drozd"))


# -- a body's speech verb before "as reported by <outlet>" -----------------------------------


def test_a_body_opening_with_its_verb_beats_the_closing_outlet() -> None:
    ex = _doc(
        "The Northern Fleet emphasized that the drills are defensive, as reported by the "
        "Harbour Wire."
    )
    assert attributed(ex, "drills are defensive") == ("REPORTED_SPEECH", org_key("Northern Fleet"))
    ex = _doc(
        "The Ministry of Ports said that dredging would finish by June, according to the "
        "Harbour Wire."
    )
    assert attributed(ex, "dredging would") == ("REPORTED_SPEECH", org_key("Ministry of Ports"))
    ex = _doc(
        "Norland warned that the tariffs would rise in the spring, as reported by the "
        "Daily Harbour."
    )
    assert attributed(ex, "tariffs would rise") == ("REPORTED_SPEECH", org_key("Norland"))


def test_the_outlet_still_speaks_for_a_plain_statement() -> None:
    ex = _doc("The drills will last three days, as reported by the Harbour Wire.")
    assert attributed(ex, "drills will last") == ("ACCORDING_TO", org_key("Harbour Wire"))


# -- "He's hinted": the pronoun with "has" contracted -----------------------------------------


def test_a_contracted_pronoun_is_the_pronoun() -> None:
    ex = _doc("Ivan Drozd spoke in Tula. He's hinted at new partnerships in the region.")
    assert attributed(ex, "new partnerships") == ("REPORTED_SPEECH", key("Ivan Drozd"))
    ex = _doc("Marta Lind visited the port. She's said that the dredging must finish.")
    assert attributed(ex, "dredging must") == ("REPORTED_SPEECH", key("Marta Lind"))
    ex = _doc("Pavel Orlov left the talks early. He’d warned that the deal was not ready.")
    assert attributed(ex, "deal was not ready") == ("REPORTED_SPEECH", key("Pavel Orlov"))

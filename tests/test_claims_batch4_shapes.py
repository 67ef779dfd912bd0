"""Speaker classes found on unseen batch 4 (issue 12), on sentences written here.

Quotations whose marks do not pair by kind (“…" and "…”); a "he said" before any speaker is
named (the first person named as a speaker later); "…,” X was quoted as saying" and "…,”
according to X"; a paragraph of quoted words after a paragraph whose last statement is X's;
a role phrase with "in"/"to" or a possessive before an apposed name; "it stressed" after a
body spoke; verbs of judgement ("touted … as “…”"); a body's statement, readout, spokesman or
press service; "according to" over abbreviations ("U.S."); a named publication after "a
notice published in".
"""

from __future__ import annotations

from claims_helpers import ACTOR, ORG, attributed, build, claim_with, key

from loaders.drafts import Extraction

ENTITIES = {
    "Pavel Orlov": (ACTOR, ["Orlov"]),
    "Marta Lind": (ACTOR, ["Lind"]),
    "Ivan Zorin": (ACTOR, ["Zorin"]),
    "Chen Hao": (ACTOR, ["Chen"]),
    "Nina Petrova": (ACTOR, ["Petrova"]),
    "Ministry of Economy": (ORG, ["Economy Ministry", "ministry"]),
    "Nordex": (ORG, []),
    "Baltic Shipping Agency": (ORG, ["agency"]),
    "Kremlin": (ORG, []),
    "Cabinet Office": (ORG, []),
    "US Department of Commerce": (ORG, ["U.S. Commerce Department"]),
    "Norland": (ORG, []),
}
KINDS = {
    "Kremlin": "GOVERNMENT_BODY",
    "Cabinet Office": "GOVERNMENT_BODY",
    "Nordex": "COMPANY",
    "Baltic Shipping Agency": "GOVERNMENT_BODY",
}


def _doc(*passages: str) -> Extraction:
    return build(list(passages), entities=ENTITIES, kinds=KINDS, publisher="Daily Wire")


# -- quotation marks that do not pair by kind --------------------------------------------


def test_a_curly_opening_mark_closed_by_a_straight_one_is_a_quotation() -> None:
    ex = _doc('“Our ports will handle twice the cargo by next spring," Orlov said on Monday.')
    assert attributed(ex, "handle twice the cargo") == ("DIRECT_QUOTE", key("Pavel Orlov"))


def test_a_straight_opening_mark_closed_by_a_curly_one_is_a_quotation() -> None:
    ex = _doc('"The new tariffs hurt small exporters the most,” Marta Lind told reporters.')
    assert attributed(ex, "tariffs hurt small exporters") == ("DIRECT_QUOTE", key("Marta Lind"))


def test_a_mixed_quotation_is_one_claim_and_not_left_open() -> None:
    ex = _doc(
        "Zorin said the talks went well. “We agreed on the route and on the price of the "
        'transit," he said. The delegation left for Minsk on Friday.'
    )
    quoted = [c for c in ex.claims if "agreed on the route" in c.text]
    assert len(quoted) == 1
    assert (quoted[0].attribution, quoted[0].speaker) == ("DIRECT_QUOTE", key("Ivan Zorin"))
    assert attributed(ex, "delegation left for Minsk")[0] == "AUTHOR"


# -- "he said" before any speaker is named ------------------------------------------------


def test_he_said_before_anyone_spoke_is_the_first_person_named_speaking_later() -> None:
    ex = _doc(
        "“The corridor has doubled its traffic in two years,” he said at the forum.",
        "Chen said the new terminal would open in March.",
    )
    assert attributed(ex, "doubled its traffic") == ("DIRECT_QUOTE", key("Chen Hao"))


def test_several_opening_pronoun_quotes_wait_for_the_same_person() -> None:
    ex = _doc(
        "“Our trade is balanced and growing,” she said in her talks with Orlov, whom she called "
        "an old partner.",
        "“Both sides want more flights between the capitals,” she said.",
        "Nina Petrova said the visa rules would be eased next year.",
    )
    assert attributed(ex, "trade is balanced") == ("DIRECT_QUOTE", key("Nina Petrova"))
    assert attributed(ex, "more flights between") == ("DIRECT_QUOTE", key("Nina Petrova"))


def test_he_after_a_named_speaker_is_still_that_speaker() -> None:
    ex = _doc(
        "Zorin said the bridge was finished.",
        "“Trucks will cross it from June onwards,” he said.",
    )
    assert attributed(ex, "Trucks will cross it") == ("DIRECT_QUOTE", key("Ivan Zorin"))


# -- "was quoted as saying", "according to" after a quotation ----------------------------


def test_quoted_as_saying_after_a_quotation_names_its_speaker() -> None:
    ex = _doc(
        "“The sanctions target the suppliers of machine tools,” Deputy Minister Marta Lind was "
        "quoted as saying in the statement."
    )
    assert attributed(ex, "target the suppliers") == ("DIRECT_QUOTE", key("Marta Lind"))


def test_quoted_by_an_outlet_as_saying_is_the_person_not_the_outlet() -> None:
    ex = _doc(
        "“We remain open to talks on the price,” Orlov was quoted by Nordex as saying on Friday."
    )
    assert attributed(ex, "open to talks on the price") == ("DIRECT_QUOTE", key("Pavel Orlov"))


def test_according_to_after_a_quotation_names_its_source() -> None:
    ex = _doc(
        "“Exports of grain will rise again next season,” according to the Economy Ministry.",
        "“Freight rates have stabilised since the summer”, according to Baltic Shipping Agency.",
    )
    assert attributed(ex, "Exports of grain") == ("DIRECT_QUOTE", key("Ministry of Economy", ORG))
    assert attributed(ex, "Freight rates") == (
        "DIRECT_QUOTE",
        key("Baltic Shipping Agency", ORG),
    )


# -- a quotation paragraph after a paragraph of reported speech -------------------------


def test_a_quotation_paragraph_after_reported_speech_is_the_same_speaker() -> None:
    ex = _doc(
        "Deputy Minister Ivan Zorin said on Tuesday that output would stay flat.",
        "“Our refiners have found new buyers in Asia and in Africa.”",
    )
    assert attributed(ex, "found new buyers") == ("DIRECT_QUOTE", key("Ivan Zorin"))


def test_a_quotation_paragraph_after_a_body_statement_is_the_body() -> None:
    ex = _doc(
        "The Economy Ministry said the quota would be raised to 60%.",
        "“The structure of the reserves is now better suited to the new conditions.”",
    )
    assert attributed(ex, "better suited") == ("DIRECT_QUOTE", key("Ministry of Economy", ORG))


def test_a_speaker_named_right_after_the_quotation_wins_over_the_paragraph_before() -> None:
    ex = _doc(
        "Orlov said that the icebreakers were the main bottleneck.",
        "“We will invest if the rules stay the same.” That was how Chen Hao put it at the fair.",
    )
    assert attributed(ex, "We will invest") == ("DIRECT_QUOTE", key("Chen Hao"))


def test_a_quotation_paragraph_after_the_author_speaking_is_not_carried() -> None:
    ex = _doc(
        "Orlov said that the icebreakers were the main bottleneck. The route opened in 2019.",
        "“Nobody expected the ice to melt so fast in the eastern sector.”",
    )
    assert attributed(ex, "Nobody expected the ice")[1] != key("Pavel Orlov")


# -- a role phrase before an apposed name -----------------------------------------------


def test_the_head_of_a_body_then_an_apposed_name_is_the_person() -> None:
    ex = _doc(
        "The head of the ministry, Nina Petrova, said earlier that the yuan was liquid enough."
    )
    assert attributed(ex, "yuan was liquid") == ("REPORTED_SPEECH", key("Nina Petrova"))


def test_an_envoy_in_a_capital_then_an_apposed_name_is_the_person() -> None:
    ex = _doc(
        "The Russian ambassador in Norland, Ivan Zorin, said trade could top $50 billion.",
        "Norland's envoy to the bloc, Chen Hao, told reporters that the talks would resume.",
    )
    assert attributed(ex, "trade could top") == ("REPORTED_SPEECH", key("Ivan Zorin"))
    assert attributed(ex, "talks would resume") == ("REPORTED_SPEECH", key("Chen Hao"))


def test_a_deputy_with_a_body_then_an_apposed_name_is_the_person() -> None:
    ex = _doc("A deputy chair at Nordex, Marta Lind, said the plant would close in May.")
    assert attributed(ex, "plant would close") == ("REPORTED_SPEECH", key("Marta Lind"))


# -- "it" after a body spoke ------------------------------------------------------------


def test_it_stressed_after_a_body_quoted_is_that_body() -> None:
    ex = _doc(
        "“The share of unfriendly currencies keeps falling,” the Economy Ministry stated.",
        "“The reserves are now better suited to the challenges we face,” it stressed.",
    )
    assert attributed(ex, "better suited to the challenges") == (
        "DIRECT_QUOTE",
        key("Ministry of Economy", ORG),
    )


def test_it_added_after_an_agency_statement_is_the_agency() -> None:
    ex = _doc(
        "Baltic Shipping Agency said the port would reopen on Monday.",
        "“Ships with a valid permit may enter the harbour from noon,” it added.",
    )
    assert attributed(ex, "valid permit") == ("DIRECT_QUOTE", key("Baltic Shipping Agency", ORG))


def test_it_after_a_person_spoke_is_not_guessed() -> None:
    ex = _doc(
        "Orlov said the route was safe.",
        "“The route will be open to every flag from next spring,” it said.",
    )
    assert attributed(ex, "open to every flag")[1] != key("Pavel Orlov")


# -- verbs of judgement naming a quotation -----------------------------------------------


def test_touted_as_a_quotation_credits_the_subject() -> None:
    ex = _doc("Orlov touted the new line as “the fastest freight link between the two seas”.")
    assert attributed(ex, "touted the new line") == ("DIRECT_QUOTE", key("Pavel Orlov"))


def test_characterised_and_portrayed_as_a_quotation_credit_the_subject() -> None:
    ex = _doc(
        "Marta Lind characterised the deal as “a bridge between two markets that need each other”.",
        "Chen Hao portrayed the fair as being “a showcase for every small maker in the region”.",
    )
    assert attributed(ex, "characterised the deal") == ("DIRECT_QUOTE", key("Marta Lind"))
    assert attributed(ex, "portrayed the fair") == ("DIRECT_QUOTE", key("Chen Hao"))


def test_billed_as_a_quotation_credits_the_subject() -> None:
    ex = _doc("Nordex billed its new plant as “the largest smelter ever built in the north”.")
    assert attributed(ex, "billed its new plant") == ("DIRECT_QUOTE", key("Nordex", ORG))


# -- a body's statement, readout, spokesman, press service -------------------------------


def test_a_body_statement_or_readout_is_the_body() -> None:
    ex = _doc(
        "A Cabinet Office statement said the visit would deepen trust.",
        "The Kremlin readout said both leaders agreed to trade in national currencies.",
    )
    assert attributed(ex, "deepen trust") == ("REPORTED_SPEECH", key("Cabinet Office", ORG))
    assert attributed(ex, "national currencies") == ("REPORTED_SPEECH", key("Kremlin", ORG))


def test_a_body_spokesman_without_a_name_is_the_body() -> None:
    ex = _doc("A Nordex spokesman said the company had resumed deliveries on Monday.")
    assert attributed(ex, "resumed deliveries") == ("REPORTED_SPEECH", key("Nordex", ORG))


def test_a_press_service_compound_is_its_own_organisation_a_possessive_is_the_body() -> None:
    ex = _doc(
        "The two leaders met in Norland, the Kremlin press service reported.",
        "The refinery will restart in June, Nordex's press office said.",
    )
    c = claim_with(ex, "two leaders met")
    assert c.attribution == "REPORTED_SPEECH"
    assert ex.entities[c.speaker or ""].name == "Kremlin press service"
    assert ex.entities[c.speaker or ""].kind == "GOVERNMENT_BODY"
    assert attributed(ex, "refinery will restart") == ("REPORTED_SPEECH", key("Nordex", ORG))


# -- "according to" over abbreviations; a named publication after a carrier ---------------


def test_according_to_reads_past_the_dots_of_an_abbreviation() -> None:
    ex = _doc(
        "According to a statement from the U.S. Commerce Department, the rules apply from May."
    )
    assert attributed(ex, "rules apply from May") == (
        "ACCORDING_TO",
        key("US Department of Commerce", ORG),
    )


def test_a_notice_published_in_a_named_gazette_is_the_gazette() -> None:
    ex = _doc(
        "The list grew to 120 firms, according to a notice published in the Official Gazette."
    )
    c = claim_with(ex, "list grew to 120")
    assert c.attribution == "ACCORDING_TO"
    assert ex.entities[c.speaker or ""].name == "Official Gazette"


def test_a_report_in_a_named_journal_is_the_journal_but_a_person_is_not_made_an_org() -> None:
    ex = _doc(
        "Output fell by a third, according to a report in the Mining Journal.",
        "Prices rose, according to a study by Pavel Orlov.",
    )
    c = claim_with(ex, "Output fell")
    assert ex.entities[c.speaker or ""].name == "Mining Journal"
    assert attributed(ex, "Prices rose") == ("ACCORDING_TO", key("Pavel Orlov"))


# -- reports and articles as sources inside a thread -------------------------------------


def _thread(*tweets: str) -> Extraction:
    from kb.models import DocumentKind, PassageKind

    return build(
        [(t, PassageKind.TWEET) for t in tweets],
        kind=DocumentKind.THREAD,
        entities={**ENTITIES, "Arctic Monitor": (ORG, ["@ArcticMon"])},
        authors=["Pavel Orlov"],
    )


def test_a_report_by_a_handle_that_documents_something_is_the_handle_s() -> None:
    ex = _thread(
        "1/ Shipping through the strait keeps growing.",
        "2/ For instance, this useful report by @ArcticMon documents transits of ten tankers.",
        "3/ A new study by @PolarWatch argues that the ice will be gone by 2040.",
    )
    assert attributed(ex, "transits of ten tankers") == (
        "REPORTED_SPEECH",
        key("Arctic Monitor", ORG),
    )
    c = claim_with(ex, "ice will be gone")
    assert c.attribution == "REPORTED_SPEECH"
    assert ex.entities[c.speaker or ""].name == "@PolarWatch"


def test_the_article_named_before_is_the_subject_of_a_verb_of_saying() -> None:
    ex = _thread(
        "1/ This @ArcticMon story is a must-read on the new tankers.",
        "2/ The key point is the price.",
        "3/ The story describes how the tankers changed flags twice in a year.",
    )
    assert attributed(ex, "must-read")[0] == "AUTHOR"
    assert attributed(ex, "changed flags twice") == (
        "REPORTED_SPEECH",
        key("Arctic Monitor", ORG),
    )


def test_it_is_pointed_out_in_the_report_named_is_the_report_s() -> None:
    ex = _thread(
        "1/ A report by @ArcticMon came out today.",
        "2/ In the @ArcticMon report, it's rightly noted that the port data is incomplete.",
        "3/ In this report, it is argued that insurers are the weak link.",
    )
    assert attributed(ex, "port data is incomplete") == (
        "REPORTED_SPEECH",
        key("Arctic Monitor", ORG),
    )
    assert attributed(ex, "insurers are the weak link") == (
        "REPORTED_SPEECH",
        key("Arctic Monitor", ORG),
    )


# -- statements made by a commitment, in the progressive, by a government named after its head


def test_verbs_of_commitment_with_to_are_statements_of_a_state_or_body() -> None:
    ex = _doc(
        "Norland vowed to retaliate against the new export controls.",
        "Nordex offered to supply the turbines at cost until 2030.",
        "The Economy Ministry threatened to revoke the licences of the importers.",
    )
    assert attributed(ex, "vowed to retaliate") == ("REPORTED_SPEECH", key("Norland", ORG))
    assert attributed(ex, "offered to supply") == ("REPORTED_SPEECH", key("Nordex", ORG))
    assert attributed(ex, "threatened to revoke") == (
        "REPORTED_SPEECH",
        key("Ministry of Economy", ORG),
    )


def test_an_offer_of_a_thing_is_not_a_statement_of_a_body() -> None:
    ex = _doc("Nordex offered a discount to the first ten buyers.")
    assert attributed(ex, "offered a discount")[0] == "AUTHOR"


def test_a_reporting_verb_in_the_progressive_names_its_subject() -> None:
    ex = _doc(
        "The Economy Ministry is warning that the quotas will run out in May.",
        "Nordex is a large exporter of turbines. It is reporting rising orders from Asia.",
        "Marta Lind was insisting that the plant would stay open.",
    )
    assert attributed(ex, "quotas will run out") == (
        "REPORTED_SPEECH",
        key("Ministry of Economy", ORG),
    )
    assert attributed(ex, "rising orders") == ("REPORTED_SPEECH", key("Nordex", ORG))
    assert attributed(ex, "plant would stay open") == ("REPORTED_SPEECH", key("Marta Lind"))


def test_a_government_named_after_its_head_is_a_body_of_its_own() -> None:
    ex = build(
        [
            "The Orlov administration has disclosed that the talks failed.",
            "The Lind government said it would cut the tariffs.",
            "The Zorin cabinet also added new rules for importers.",
        ],
        entities=ENTITIES,
    )
    c = claim_with(ex, "talks failed")
    assert ex.entities[c.speaker or ""].name == "Orlov administration"
    assert ex.entities[c.speaker or ""].kind == "GOVERNMENT_BODY"
    c = claim_with(ex, "cut the tariffs")
    assert ex.entities[c.speaker or ""].name == "Lind government"
    assert attributed(ex, "new rules for importers")[0] == "AUTHOR"  # "added": no statement
    assert not any(e.name == "Zorin cabinet" for e in ex.entities.values())


def test_it_said_after_a_possessive_body_is_the_body_not_the_state() -> None:
    ex = _doc(
        "Norland’s Economy Ministry reacted quickly, blocking the transfers.",
        "It said the transfers broke the currency rules.",
    )
    assert attributed(ex, "broke the currency rules") == (
        "REPORTED_SPEECH",
        key("Ministry of Economy", ORG),
    )


# -- relayed speech: "X quoted Y as saying", "Y was cited by X as saying" -----------------


def test_an_outlet_quoting_a_person_as_saying_is_the_person_s_statement() -> None:
    ex = _doc(
        "Nordex quoted Orlov as saying that the port would reopen in May.",
        "Baltic Shipping Agency cited Marta Lind as telling investors that tariffs would fall.",
    )
    assert attributed(ex, "port would reopen") == ("REPORTED_SPEECH", key("Pavel Orlov"))
    assert attributed(ex, "tariffs would fall") == ("REPORTED_SPEECH", key("Marta Lind"))


def test_a_person_cited_or_quoted_by_an_outlet_as_saying_speaks() -> None:
    ex = _doc(
        "Ivan Zorin, the deputy minister, was cited by Nordex as saying that exports had peaked.",
        "Norland is ready for talks, deputy minister Chen Hao was quoted as saying by Nordex.",
    )
    assert attributed(ex, "exports had peaked") == ("REPORTED_SPEECH", key("Ivan Zorin"))
    assert attributed(ex, "ready for talks") == ("REPORTED_SPEECH", key("Chen Hao"))


def test_a_participle_saying_after_a_main_clause_is_its_subject_s() -> None:
    ex = _doc(
        "When asked about the pipeline, Orlov declined to comment, saying only that talks "
        "continued.",
        "Marta Lind left the meeting early, saying that the offer was unacceptable.",
        "After the vote, the Economy Ministry published new rules, adding that more would follow.",
    )
    assert attributed(ex, "declined to comment") == ("REPORTED_SPEECH", key("Pavel Orlov"))
    assert attributed(ex, "offer was unacceptable") == ("REPORTED_SPEECH", key("Marta Lind"))
    assert attributed(ex, "more would follow") == (
        "REPORTED_SPEECH",
        key("Ministry of Economy", ORG),
    )


def test_a_clause_after_an_inverted_said_is_not_its_subject() -> None:
    ex = _doc(
        "The Economy Ministry, in reply to a question, said Norland had always opposed the "
        "sanctions.",
        "Nordex, in a filing, said Orlov would step down in June.",
    )
    assert attributed(ex, "always opposed") == ("REPORTED_SPEECH", key("Ministry of Economy", ORG))
    assert attributed(ex, "step down in June") == ("REPORTED_SPEECH", key("Nordex", ORG))


# -- diplomatic missions -------------------------------------------------------------------


def test_an_embassy_or_consulate_is_a_body_of_its_own() -> None:
    ex = _doc(
        "The Norland embassy in Kazan said on its channel that the visa rules would change.",
        "The Chinese consulate in Vladivostok said the border crossing would reopen.",
        "Norland's permanent mission to the UN said the resolution was unbalanced.",
    )
    for fragment, name in (
        ("visa rules would change", "Norland embassy in Kazan"),
        ("crossing would reopen", "Chinese consulate in Vladivostok"),
        ("resolution was unbalanced", "Norland's permanent mission to the UN"),
    ):
        c = claim_with(ex, fragment)
        assert c.attribution == "REPORTED_SPEECH"
        assert ex.entities[c.speaker or ""].name == name
        assert ex.entities[c.speaker or ""].kind == "GOVERNMENT_BODY"


def test_the_embassy_alone_is_not_made_a_body() -> None:
    ex = _doc("The embassy said the visa rules would change.")
    assert not any(
        e.name.lower().startswith(("the embassy", "embassy")) for e in ex.entities.values()
    )


# -- more speech acts: accusing, blaming, revealing; a stance stated with a noun ---------


def test_accusing_blaming_and_revealing_are_statements() -> None:
    ex = _doc(
        "Orlov also accused Norland of blocking the grain corridor.",
        "Marta Lind blamed the insurers for the delays at the port.",
        "Chen Hao revealed that the price formula had been agreed in March.",
    )
    assert attributed(ex, "blocking the grain corridor") == ("REPORTED_SPEECH", key("Pavel Orlov"))
    assert attributed(ex, "delays at the port") == ("REPORTED_SPEECH", key("Marta Lind"))
    assert attributed(ex, "price formula") == ("REPORTED_SPEECH", key("Chen Hao"))


def test_a_stance_stated_with_a_noun_is_a_statement() -> None:
    ex = _doc(
        "Orlov expressed hope that the tariffs would be lifted by summer.",
        "Nina Petrova voiced concern that the talks could stall again.",
        "The Economy Ministry made clear that no new quotas would be issued.",
    )
    assert attributed(ex, "tariffs would be lifted") == ("REPORTED_SPEECH", key("Pavel Orlov"))
    assert attributed(ex, "talks could stall") == ("REPORTED_SPEECH", key("Nina Petrova"))
    assert attributed(ex, "no new quotas") == ("REPORTED_SPEECH", key("Ministry of Economy", ORG))


def test_a_complement_clause_without_that_makes_an_ambiguous_verb_speech() -> None:
    ex = _doc(
        "Norland insists the sanctions have failed.",
        "Nordex noted the orders were up by a third.",
        "The Economy Ministry confirmed the quota would stay at 60%.",
    )
    assert attributed(ex, "sanctions have failed") == ("REPORTED_SPEECH", key("Norland", ORG))
    assert attributed(ex, "orders were up") == ("REPORTED_SPEECH", key("Nordex", ORG))
    assert attributed(ex, "quota would stay") == (
        "REPORTED_SPEECH",
        key("Ministry of Economy", ORG),
    )


def test_a_body_doing_something_with_an_ambiguous_verb_is_still_not_speech() -> None:
    ex = _doc(
        "Nordex added two new turbines to the plant.",
        "Norland noted a rise in imports.",
    )
    assert attributed(ex, "two new turbines")[0] == "AUTHOR"
    assert attributed(ex, "rise in imports")[0] == "AUTHOR"


# -- a quotation signed with a dash; a report published by a body; dismissed as ----------


def test_a_quotation_signed_with_a_dash_is_the_signer_s() -> None:
    ex = _doc(
        "“Our ports will never close to honest trade.” — Pavel Orlov",
        "“The corridor is open to every flag and every cargo.” – Marta Lind, deputy minister",
        '"Grain is our best diplomat in the whole region." -- Chen Hao',
    )
    assert attributed(ex, "never close") == ("DIRECT_QUOTE", key("Pavel Orlov"))
    assert attributed(ex, "every flag") == ("DIRECT_QUOTE", key("Marta Lind"))
    assert attributed(ex, "best diplomat") == ("DIRECT_QUOTE", key("Chen Hao"))


def test_a_report_published_by_a_body_says_what_it_found() -> None:
    ex = _doc(
        "The report, published by Baltic Shipping Agency, found that transits had doubled.",
        "A new study, conducted by Nordex, concluded that demand would peak in 2030.",
        "The survey, commissioned by the Economy Ministry, showed that exporters were gloomy.",
    )
    assert attributed(ex, "transits had doubled") == (
        "REPORTED_SPEECH",
        key("Baltic Shipping Agency", ORG),
    )
    assert attributed(ex, "demand would peak") == ("REPORTED_SPEECH", key("Nordex", ORG))
    assert attributed(ex, "exporters were gloomy") == (
        "REPORTED_SPEECH",
        key("Ministry of Economy", ORG),
    )


def test_dismissed_or_rejected_as_a_quotation_credits_the_subject() -> None:
    ex = _doc(
        "Orlov dismissed the reports as “a fantasy spread by our competitors”.",
        "Nordex rejected the claims as “baseless and driven by politics alone”.",
    )
    assert attributed(ex, "dismissed the reports") == ("DIRECT_QUOTE", key("Pavel Orlov"))
    assert attributed(ex, "rejected the claims") == ("DIRECT_QUOTE", key("Nordex", ORG))


# -- data and press services written around a body --------------------------------------


def test_data_of_a_body_showed_is_the_body_s() -> None:
    ex = _doc(
        "Exports rose 4% in May, data of Baltic Shipping Agency showed.",
        "Imports fell by a fifth, figures of the Economy Ministry show.",
    )
    assert attributed(ex, "Exports rose 4%") == ("ACCORDING_TO", key("Baltic Shipping Agency", ORG))
    assert attributed(ex, "Imports fell") == ("ACCORDING_TO", key("Ministry of Economy", ORG))


def test_numbers_of_things_are_no_source() -> None:
    ex = _doc("Nordex is reporting rising numbers of orders from Asia.")
    assert attributed(ex, "rising numbers") == ("REPORTED_SPEECH", key("Nordex", ORG))


def test_figures_released_by_a_body_showed_are_the_body_s() -> None:
    ex = _doc(
        "The figures, released by the Economy Ministry on Monday, showed exports up 5%.",
        "The data, compiled by Nordex, showed that turbine sales had doubled.",
    )
    assert attributed(ex, "exports up 5%")[1] == key("Ministry of Economy", ORG)
    assert attributed(ex, "turbine sales had doubled")[1] == key("Nordex", ORG)


def test_the_company_s_press_service_is_the_company_named_before() -> None:
    ex = _doc(
        "Nordex is building a plant near Kazan. It will open in 2026, the company's press "
        "service told reporters."
    )
    assert attributed(ex, "It will open in 2026") == ("REPORTED_SPEECH", key("Nordex", ORG))


# -- how much of a reported sentence is quoted; tweet numbers written "/4" ---------------


def test_a_few_quoted_words_in_a_long_reported_sentence_stay_reported_speech() -> None:
    ex = _doc(
        "Orlov said the plan was a good place to start, “once the two sides are ready”, though "
        "he knew full well that nobody in the region would accept the new borders.",
        "Marta Lind thanked Nordex for the “quick and generous help” in a post on Monday, "
        "saying the turbines would keep the town warm through a long and hard winter.",
    )
    assert attributed(ex, "good place to start") == ("REPORTED_SPEECH", key("Pavel Orlov"))
    assert attributed(ex, "keep the town warm")[0] == "REPORTED_SPEECH"


def test_a_reported_sentence_mostly_quoted_is_a_direct_quote() -> None:
    ex = _doc(
        "Orlov said ties had “weathered every storm and stood the test of time”.",
        "Chen Hao said the port was “ready for every ship that the Arctic can send us”.",
    )
    assert attributed(ex, "weathered every storm") == ("DIRECT_QUOTE", key("Pavel Orlov"))
    assert attributed(ex, "ready for every ship") == ("DIRECT_QUOTE", key("Chen Hao"))


def test_a_tweet_number_written_before_the_slash_is_trimmed() -> None:
    from kb.models import DocumentKind, PassageKind

    ex = build(
        [
            (
                "/3 Orlov praised the port, touted the new cranes, and promised lower fees.",
                PassageKind.TWEET,
            ),
            ("/4 Nordex offered to build a second terminal.", PassageKind.TWEET),
        ],
        kind=DocumentKind.THREAD,
        entities=ENTITIES,
        authors=["Anna Kim"],
    )
    assert attributed(ex, "promised lower fees") == ("REPORTED_SPEECH", key("Pavel Orlov"))
    assert attributed(ex, "second terminal") == ("REPORTED_SPEECH", key("Nordex", ORG))
    assert claim_with(ex, "second terminal").text.startswith("Nordex")


# -- guards: what the new rules must leave alone ------------------------------------------


def test_a_relative_clause_claim_inside_the_author_s_sentence_stays_the_author_s() -> None:
    ex = _doc(
        "The talks on the new line, which Orlov and Nordex claimed had ended in a binding deal, "
        "did not in fact settle the price."
    )
    assert attributed(ex, "did not in fact settle")[0] == "AUTHOR"


def test_a_verb_of_the_sentence_after_an_embedded_quotation_is_no_inverted_cue() -> None:
    ex = _doc(
        "Reports say that the institute—“the flagship of our joint research work”—boasts 900 "
        "students from twelve countries."
    )
    assert not any(c.text.startswith("the flagship") and c.speaker for c in ex.claims)


def test_it_inside_a_sentence_is_not_the_body_that_spoke_last() -> None:
    ex = _doc(
        "“The quota stays at 60%,” the Economy Ministry stated.",
        "In 2003, Norland first proposed the fund, and in 2010 it proposed a bank as well.",
    )
    assert attributed(ex, "first proposed the fund")[1] != key("Ministry of Economy", ORG)


# -- an outlet relaying a named source; heads written after their body --------------------


def test_an_outlet_reporting_with_reference_to_a_named_source_is_the_source_s() -> None:
    ex = _doc(
        "Freight rose by 8% in May, Nordex reports with reference to the press service of "
        "Baltic Shipping Agency.",
        "Transit fees will rise in June, Nordex reported, citing the Economy Ministry.",
        "The port will close for a week, Nordex reported, citing two sources.",
    )
    assert attributed(ex, "Freight rose by 8%")[1] == key("Baltic Shipping Agency", ORG)
    assert attributed(ex, "Transit fees")[1] == key("Ministry of Economy", ORG)
    assert attributed(ex, "port will close")[1] == key("Nordex", ORG)


def test_a_body_s_head_written_after_the_body_is_the_head_or_the_body() -> None:
    ex = _doc("The rouble has weakened, the Nordex governor told lawmakers.")
    assert attributed(ex, "rouble has weakened")[1] == key("Nordex", ORG)
    ex = _doc("Orlov is the chairman of Nordex. Prices will fall, the Nordex chairman said.")
    assert attributed(ex, "Prices will fall")[1] == key("Pavel Orlov")


def test_people_familiar_with_the_matter_are_an_unnamed_group() -> None:
    ex = _doc(
        "Imports of lathes doubled, people familiar with the matter told Nordex.",
        "Two sources familiar with the talks said the deal was close.",
    )
    c = claim_with(ex, "Imports of lathes")
    assert (c.attribution, c.speaker, c.speaker_group) == (
        "REPORTED_SPEECH",
        None,
        "people familiar with the matter",
    )
    assert claim_with(ex, "deal was close").speaker_group == "Two sources familiar with the talks"


# -- a quotation paragraph whose speaker the next paragraph names -------------------------


def test_the_next_paragraph_naming_the_view_s_owner_names_the_quotation_s_speaker() -> None:
    ex = _doc(
        "Exports to Asia keep growing.",
        "“We are ready to double the volumes if the price is right.”",
        "That was the message from Pavel Orlov, the head of a coal company, at the forum.",
    )
    assert attributed(ex, "double the volumes") == ("DIRECT_QUOTE", key("Pavel Orlov"))


def test_so_said_in_the_next_paragraph_names_the_quotation_s_speaker() -> None:
    ex = _doc(
        "Exports to Asia keep growing.",
        "“The corridor will carry twice as much next year.”",
        "So said Marta Lind, the deputy minister, on Tuesday.",
    )
    assert attributed(ex, "carry twice as much") == ("DIRECT_QUOTE", key("Marta Lind"))


def test_a_new_paragraph_about_someone_else_does_not_claim_the_quotation() -> None:
    ex = _doc(
        "Exports to Asia keep growing.",
        "“The corridor will carry twice as much next year.”",
        "Marta Lind, the deputy minister, announced new tariffs on Tuesday.",
    )
    assert attributed(ex, "carry twice as much")[1] is None


# -- stances named with a colon; statements announced as a list ---------------------------


def test_a_stance_noun_and_a_colon_name_the_speaker() -> None:
    ex = _doc(
        "The Kremlin's line: “the sanctions are failing and everyone can see it”.",
        "A good piece by Pavel Orlov on the port. His key point: the fees favour the insurers.",
        "Nordex's official position: the plant will stay open until 2030.",
    )
    assert attributed(ex, "sanctions are failing") == ("DIRECT_QUOTE", key("Kremlin", ORG))
    assert attributed(ex, "fees favour the insurers") == ("REPORTED_SPEECH", key("Pavel Orlov"))
    assert attributed(ex, "stay open until 2030") == ("REPORTED_SPEECH", key("Nordex", ORG))


def test_items_after_key_statements_by_a_speaker_are_the_speaker_s() -> None:
    ex = _doc(
        "Key statements by Orlov at the forum:",
        "The port will double its capacity by 2030.",
        "Insurers must cut their fees for Arctic routes.",
        "The talks with Norland took place in a warm atmosphere, and the whole delegation was "
        "taken on a long tour of the new terminal, the old fortress and the museum of the city "
        "before a dinner with the local business community that lasted well into the night.",
    )
    assert attributed(ex, "double its capacity") == ("REPORTED_SPEECH", key("Pavel Orlov"))
    assert attributed(ex, "cut their fees") == ("REPORTED_SPEECH", key("Pavel Orlov"))
    assert attributed(ex, "warm atmosphere")[0] == "AUTHOR"  # a long paragraph ends the list


def test_bulleted_items_after_a_speaker_s_announcement_are_the_speaker_s() -> None:
    ex = _doc(
        "Marta Lind made several statements after the talks:",
        "- the tariffs will be cut by half;",
        "- the new terminal will open in May.",
        "Chen Hao said the plan was too slow.",
    )
    assert attributed(ex, "tariffs will be cut") == ("REPORTED_SPEECH", key("Marta Lind"))
    assert attributed(ex, "terminal will open") == ("REPORTED_SPEECH", key("Marta Lind"))
    assert attributed(ex, "plan was too slow") == ("REPORTED_SPEECH", key("Chen Hao"))


def test_the_chinese_surname_he_before_a_given_name_is_a_person_not_the_pronoun() -> None:
    ex = _doc(
        "Trade with Norland is normal, He Yadong, a spokesman for the Economy Ministry, said.",
        "He Lifeng said the two sides would expand trade in yuan.",
        "Orlov spoke for an hour. He said the port was ready.",
    )
    assert ex.entities[claim_with(ex, "Trade with Norland").speaker or ""].name == "He Yadong"
    assert ex.entities[claim_with(ex, "trade in yuan").speaker or ""].name == "He Lifeng"
    assert attributed(ex, "port was ready") == ("REPORTED_SPEECH", key("Pavel Orlov"))


# -- an unnamed person of the lede named in the next statement ----------------------------


def test_an_unnamed_official_described_like_the_person_named_next_is_that_person() -> None:
    ex = _doc(
        "Norland expects more students from abroad, said a senior education official on "
        "Tuesday. The ministry will open two new offices, said Nina Petrova, the head of "
        "Norland's education department."
    )
    assert attributed(ex, "more students from abroad") == ("REPORTED_SPEECH", key("Nina Petrova"))


def test_an_unnamed_port_executive_named_next_as_a_port_manager_is_that_person() -> None:
    ex = _doc(
        "Cargo volumes will double, a port executive in Kazan told reporters.",
        "Ivan Zorin, who manages the Kazan port, said new cranes had arrived.",
    )
    assert attributed(ex, "Cargo volumes will double") == ("REPORTED_SPEECH", key("Ivan Zorin"))


def test_an_unnamed_official_is_not_a_different_person_named_next() -> None:
    ex = _doc(
        "The talks stalled, a senior Norland diplomat said.",
        "Meanwhile, Orlov said the grain corridor was working well.",
    )
    c = claim_with(ex, "talks stalled")
    assert (c.speaker, c.speaker_group) == (None, "a senior Norland diplomat")


def test_an_inverted_closing_speaker_wins_over_a_verb_inside_the_statement() -> None:
    ex = _doc(
        "Nordex expects orders to double next year, said Marta Lind, an analyst at a bank.",
        "The Economy Ministry has warned of shortages, said Orlov on Tuesday.",
        "Norland predicts a mild winter, said Chen Hao in Kazan.",
    )
    assert attributed(ex, "orders to double") == ("REPORTED_SPEECH", key("Marta Lind"))
    assert attributed(ex, "warned of shortages") == ("REPORTED_SPEECH", key("Pavel Orlov"))
    assert attributed(ex, "mild winter") == ("REPORTED_SPEECH", key("Chen Hao"))


# -- words quoted in the subject's own sentence, without a speech verb --------------------


def test_words_quoted_in_a_body_s_own_sentence_are_its_words() -> None:
    ex = _doc(
        "The Economy Ministry reacted quickly, raising the quotas to “keep the domestic market "
        "supplied at stable prices”.",
        "Nordex halted the line in order to “protect our workers from any further risk”.",
    )
    assert attributed(ex, "keep the domestic market") == (
        "DIRECT_QUOTE",
        key("Ministry of Economy", ORG),
    )
    assert attributed(ex, "protect our workers") == ("DIRECT_QUOTE", key("Nordex", ORG))


def test_a_label_or_a_title_in_quotation_marks_is_nobody_s_words() -> None:
    ex = _doc(
        "Nordex was accused of being “a tool of the ministry's policy in the region”.",
        "Orlov arrived in Kazan for talks on the “Northern Transport Corridor Development Plan”.",
        "Nordex treated the accord as a “major victory for the whole northern region”.",
    )
    for fragment in ("tool of the ministry", "Northern Transport Corridor", "major victory"):
        assert claim_with(ex, fragment).attribution == "AUTHOR"


# -- a body's position; a readout of a call; a person's spokesman; "…, according to X" ----


def test_a_position_is_that_names_whose_position_it_is() -> None:
    ex = _doc(
        "The Kremlin's position is that the sanctions are illegal.",
        "Nordex's official view has been that the plant is safe.",
        "Orlov spoke at length. His argument was that the fees were too high.",
    )
    assert attributed(ex, "sanctions are illegal") == ("REPORTED_SPEECH", key("Kremlin", ORG))
    assert attributed(ex, "plant is safe") == ("REPORTED_SPEECH", key("Nordex", ORG))
    assert attributed(ex, "fees were too high") == ("REPORTED_SPEECH", key("Pavel Orlov"))


def test_a_readout_of_a_call_is_the_body_s() -> None:
    ex = _doc(
        "A Kremlin readout of the call said the leaders would meet in the autumn.",
        "The Cabinet Office statement after the talks said the tariffs would fall.",
    )
    assert attributed(ex, "meet in the autumn") == ("REPORTED_SPEECH", key("Kremlin", ORG))
    assert attributed(ex, "tariffs would fall") == ("REPORTED_SPEECH", key("Cabinet Office", ORG))


def test_a_person_s_spokesman_is_the_spokesman_named_before_or_unnamed() -> None:
    ex = _doc(
        "Orlov's spokesman Ivan Zorin arrived late. Orlov's spokesman said the port was safe.",
    )
    assert attributed(ex, "port was safe") == ("REPORTED_SPEECH", key("Ivan Zorin"))
    ex = _doc("Orlov's spokesman said the port was safe.")
    c = claim_with(ex, "port was safe")
    assert (c.speaker, c.speaker_group) == (None, "Orlov's spokesman")


def test_a_person_speaking_then_according_to_an_outlet_is_the_person() -> None:
    ex = _doc(
        "Speaking after the talks, Orlov said relations were at a new starting point, "
        "according to Nordex.",
        "Marta Lind told the forum that the tariffs would fall, according to a report by Nordex.",
        "The tariffs will fall, according to Nordex.",
    )
    assert attributed(ex, "new starting point") == ("REPORTED_SPEECH", key("Pavel Orlov"))
    assert attributed(ex, "told the forum") == ("REPORTED_SPEECH", key("Marta Lind"))
    assert attributed(ex, "The tariffs will fall") == ("ACCORDING_TO", key("Nordex", ORG))


def test_a_relative_clause_after_an_ambiguous_verb_is_not_a_complement() -> None:
    ex = _doc(
        "Norland added two tankers that were built in Korea.",
        "Nordex noted orders from buyers who were new to the market.",
    )
    assert attributed(ex, "two tankers")[0] == "AUTHOR"
    assert attributed(ex, "orders from buyers")[0] == "AUTHOR"


# -- "in her view", "the company itself", "he" after an unnamed person spoke --------------


def test_in_her_view_after_a_quoted_person_is_that_person_s() -> None:
    ex = _doc(
        "“The port has options in the north and in the south,” says Marta Lind, a fellow at a "
        "Kazan institute. In her view, Norland overestimated its leverage.",
        "Orlov spoke first. In his opinion, the fees are too high.",
    )
    assert attributed(ex, "overestimated its leverage") == ("REPORTED_SPEECH", key("Marta Lind"))
    assert attributed(ex, "fees are too high") == ("REPORTED_SPEECH", key("Pavel Orlov"))


def test_a_body_itself_reporting_is_the_body() -> None:
    ex = _doc(
        "Output fell 5% in May, data from Baltic Shipping Agency show. Nordex is the largest "
        "buyer. The company itself reported a net loss of 62 billion roubles.",
    )
    assert attributed(ex, "net loss")[1] == key("Nordex", ORG)


def test_he_after_an_unnamed_person_spoke_is_that_unnamed_person() -> None:
    ex = _doc(
        "Orlov told Norland in May that the deal was close.",
        "A former Nordex executive, who asked not to be named, said the talks had stalled. "
        "“They want our gas at a discount,” he said.",
    )
    c = claim_with(ex, "gas at a discount")
    assert (c.attribution, c.speaker, c.speaker_group) == (
        "DIRECT_QUOTE",
        None,
        "A former Nordex executive",
    )


def test_its_key_finding_after_a_body_s_piece_is_the_body_s() -> None:
    ex = _doc(
        "Nordex has a good piece on the new routes. Its key finding: insurers are the bottleneck."
    )
    assert attributed(ex, "insurers are the bottleneck") == ("REPORTED_SPEECH", key("Nordex", ORG))


def test_officials_of_a_state_insisting_in_the_base_form_are_the_state() -> None:
    ex = build(
        ["Meanwhile, Norlandic officials insist trade with Kazan is normal and legitimate."],
        entities={"Norland": (ORG, ["Norlandic"])},
        kinds={"Norland": "STATE"},
    )
    c = claim_with(ex, "trade with Kazan")
    assert c.attribution == "REPORTED_SPEECH"
    assert c.speaker == key("Norland", ORG) or c.speaker_group == "Norlandic officials"


def test_statistics_published_by_a_body_with_a_long_name_are_the_body_s() -> None:
    long_name = "General Administration of Customs of the Northern Union of Free Ports"
    ex = build(
        [
            "Trade rose 1.6% to $136 billion, according to statistics published by the "
            f"{long_name} on Wednesday.",
            f"Imports fell 3%, according to numbers released by the {long_name}.",
        ],
        entities={long_name: (ORG, [])},
    )
    assert attributed(ex, "Trade rose 1.6%") == ("ACCORDING_TO", key(long_name, ORG))
    assert attributed(ex, "Imports fell 3%") == ("ACCORDING_TO", key(long_name, ORG))


def test_a_body_s_own_report_showing_figures_is_the_body_s() -> None:
    ex = _doc(
        "Nordex's exports grew by 10% last year, the company's annual report showed.",
        "Turbine sales fell 4% in the first half, Nordex's half-year results show.",
        "The Economy Ministry's latest report shows that imports fell by a fifth.",
    )
    assert attributed(ex, "exports grew by 10%") == ("ACCORDING_TO", key("Nordex", ORG))
    assert attributed(ex, "Turbine sales fell") == ("ACCORDING_TO", key("Nordex", ORG))
    assert attributed(ex, "imports fell by a fifth") == (
        "ACCORDING_TO",
        key("Ministry of Economy", ORG),
    )


def test_a_body_s_provisional_data_and_citing_its_data_are_the_body_s() -> None:
    ex = _doc(
        "Imports rose in May, data from Baltic Shipping Agency show.",
        "Nordex’s provisional data showed June imports at 2.1 million tonnes.",
        "Exports will fall further in July, the report said, citing Nordex data.",
    )
    assert attributed(ex, "June imports") == ("ACCORDING_TO", key("Nordex", ORG))
    assert attributed(ex, "Exports will fall further")[1] == key("Nordex", ORG)


def test_officials_of_two_states_are_a_group_not_the_second_state() -> None:
    ex = build(
        [
            "While Norlandic and Kazanian officials believe that outsiders provoked the crisis, "
            "many scholars disagree."
        ],
        entities={"Norland": (ORG, ["Norlandic"]), "Kazania": (ORG, ["Kazanian"])},
        kinds={"Norland": "STATE", "Kazania": "STATE"},
    )
    c = claim_with(ex, "outsiders provoked")
    assert c.speaker != key("Kazania", ORG)


def test_a_closing_speaker_with_a_short_form_in_brackets_is_the_speaker() -> None:
    ex = _doc(
        "The first cargo arrived at the terminal on Tuesday, Baltic Shipping Agency (BSA) "
        "announced.",
        "The port will reopen in May, Nordex (NDX) said.",
    )
    assert attributed(ex, "first cargo arrived")[1] == key("Baltic Shipping Agency", ORG)
    assert attributed(ex, "port will reopen")[1] == key("Nordex", ORG)


def test_the_data_showed_closing_a_sentence_is_the_data_named_before() -> None:
    ex = _doc(
        "Norland became the second-largest buyer in 2024, according to data from Baltic "
        "Shipping Agency.",
        "Shipments rose 23% to 8.3 million tons, the data showed.",
    )
    assert attributed(ex, "Shipments rose 23%") == (
        "ACCORDING_TO",
        key("Baltic Shipping Agency", ORG),
    )
    ex = _doc("Shipments rose 23% to 8.3 million tons, the data showed.")
    assert attributed(ex, "Shipments rose 23%")[0] == "AUTHOR"


def test_a_quotation_paragraph_after_a_data_source_is_not_the_data_s() -> None:
    ex = _doc(
        "Exports rose 5% in May, according to data from Baltic Shipping Agency.",
        "“We expected a much weaker month for the northern ports.”",
    )
    assert attributed(ex, "much weaker month")[1] != key("Baltic Shipping Agency", ORG)


def test_a_quotation_paragraph_after_a_person_s_own_sentence_is_that_person_s() -> None:
    ex = _doc(
        "The talks on the new corridor began on Monday in Kazan and are due to end on Friday.",
        "Pavel Orlov was more cautious about the timing.",
        "“We will see how the talks go. Nothing has been decided yet.”",
    )
    assert attributed(ex, "Nothing has been decided") == ("DIRECT_QUOTE", key("Pavel Orlov"))
    ex = _doc(
        "The talks on the new corridor began on Monday in Kazan and are due to end on Friday.",
        "Pavel Orlov met the delegation on Monday. The talks lasted two hours.",
        "“We will see how the talks go. Nothing has been decided yet.”",
    )
    assert attributed(ex, "Nothing has been decided")[1] is None


def test_an_inverted_speaker_with_a_relative_clause_is_still_the_speaker() -> None:
    ex = _doc(
        "Output will fall this year, said Orlov, who was hit by the sanctions in 2022.",
        "Output will fall this year, said the Nordex chairman who has led the firm since 2019.",
    )
    assert attributed(ex, "Output will fall this year, said Orlov")[1] == key("Pavel Orlov")
    assert attributed(ex, "said the Nordex chairman")[1] is not None


def test_a_minister_s_ministry_is_the_ministry_his_title_names() -> None:
    ex = build(
        [
            "Russian Finance Minister Oleg Zorkin met bankers in Kazan on Monday. The meeting "
            "was constructive, Mr Zorkin's ministry said."
        ],
        entities={"Oleg Zorkin": (ACTOR, ["Zorkin"])},
    )
    c = claim_with(ex, "meeting was constructive")
    assert c.attribution == "REPORTED_SPEECH"
    assert ex.entities[c.speaker or ""].name == "Ministry of Finance of Russia"
    ex = build(
        [
            "Norland Economy Minister Chen Hao visited the port. The visit went well, Chen's "
            "ministry said."
        ],
        entities={**ENTITIES, "Ministry of Economy": (ORG, ["Norland Economy Ministry"])},
    )
    assert attributed(ex, "visit went well") == ("REPORTED_SPEECH", key("Ministry of Economy", ORG))
    ex = _doc("The port is safe, Orlov's ministry said.")
    c = claim_with(ex, "port is safe")
    assert (c.speaker, c.speaker_group) == (None, "Orlov's ministry")

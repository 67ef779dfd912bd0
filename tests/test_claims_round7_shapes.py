"""Speaker precedence and carry (issue 12, round 7), on sentences written here.

Classes seen on the dev batches, in their shape with invented names: an explicit person
opening the sentence beats the body relaying the words; a role noun ("the top Chinese
diplomat", "the foreign minister") resolves to the person holding that role; "the Foreign
Ministry in Moscow" is that state's ministry and "the ministry" then refers to it; "This is
reported by X" / "X spoke about this" credit the statement before; "the publication" is the
outlet named before; "the state corporation's head" is the head of the body referred back;
capitalised name words and initials around a cue ("the State Department said", "The U.S.
accused"); "…, Premier X stated during …"; run-together sentences of a live feed.
"""

from __future__ import annotations

from claims_helpers import ACTOR, ORG, attributed, build, key

from loaders.drafts import Extraction

ENTITIES = {
    "Ivan Borov": (ACTOR, ["Borov"]),
    "Chen Lu": (ACTOR, ["Chen"]),
    "Zhu Pei": (ACTOR, ["Zhu"]),
    "Max Orlov": (ACTOR, ["Orlov"]),
    "Anna Vetrova": (ACTOR, ["Vetrova"]),
    "Russia": (ORG, ["Moscow"]),
    "China": (ORG, ["Beijing"]),
    "United States": (ORG, ["U.S.", "US"]),
    "United Kingdom": (ORG, ["U.K.", "UK"]),
    "Ministry of Foreign Affairs of China": (ORG, ["Chinese Foreign Ministry"]),
    "Ostrog Ministry of Trade": (ORG, ["Ostrog Trade Ministry"]),
    "Nordvik Bank": (ORG, []),
    "Polar Atom": (ORG, []),
    "Daily Lantern": (ORG, []),
    "Harbor Times": (ORG, []),
    "State Audit Chamber": (ORG, []),
    "State Grain Office": (ORG, []),
    "Claims Tribunal": (ORG, []),
}
KINDS = {
    "Russia": "STATE",
    "China": "STATE",
    "United States": "STATE",
    "United Kingdom": "STATE",
    "Ministry of Foreign Affairs of China": "GOVERNMENT_BODY",
    "Ostrog Ministry of Trade": "GOVERNMENT_BODY",
    "State Audit Chamber": "GOVERNMENT_BODY",
    "State Grain Office": "GOVERNMENT_BODY",
    "Claims Tribunal": "GOVERNMENT_BODY",
    "Nordvik Bank": "BANK",
    "Polar Atom": "COMPANY",
    "Daily Lantern": "MEDIA",
    "Harbor Times": "MEDIA",
}


def _doc(*passages: str) -> Extraction:
    return build(list(passages), entities=ENTITIES, kinds=KINDS)


def _speaker(ex: Extraction, fragment: str) -> str | None:
    return attributed(ex, fragment)[1]


# -- an explicit person opening the sentence beats the body relaying the words -----------


def test_person_opening_the_sentence_beats_a_closing_ministry() -> None:
    ex = _doc(
        "Chen noted that the ties between the two ports are the most stable in the region, "
        "the Chinese Foreign Ministry said in a statement on Monday."
    )
    assert attributed(ex, "ties between the two ports") == ("REPORTED_SPEECH", key("Chen Lu"))


def test_person_after_a_short_adverbial_beats_a_closing_body() -> None:
    ex = _doc(
        "On Friday, Zhu Pei stressed that grain shipments would double next year, the "
        "Ostrog Trade Ministry said."
    )
    assert _speaker(ex, "grain shipments would double") == key("Zhu Pei")


def test_person_subject_beats_a_closing_bank() -> None:
    ex = _doc(
        "Anna Vetrova warned that the rouble would weaken further in the spring, Nordvik Bank "
        "said in a note to clients."
    )
    assert _speaker(ex, "rouble would weaken") == key("Anna Vetrova")


def test_a_body_closing_a_plain_statement_still_speaks() -> None:
    ex = _doc("Grain shipments will double next year, the Ostrog Trade Ministry said.")
    assert _speaker(ex, "Grain shipments") == key("Ostrog Ministry of Trade", ORG)


# -- a role noun resolves to the person holding that role ------------------------------


def test_top_diplomat_is_the_foreign_ministers_counterpart_not_the_president() -> None:
    ex = _doc(
        "Russian Foreign Minister Ivan Borov met his Chinese counterpart Chen Lu in Harbin.",
        "They discussed a deal signed by Russian President Max Orlov and his Chinese "
        "counterpart Zhu Pei.",
        "The top Chinese diplomat stressed that the ties were stable.",
    )
    assert _speaker(ex, "the ties were stable") == key("Chen Lu")


def test_the_foreign_minister_is_the_one_titled_so_not_the_last_named() -> None:
    ex = _doc(
        "Chinese Foreign Minister Chen Lu met President Zhu Pei on Monday.",
        "Zhu praised the workers of the port.",
        "The foreign minister said that the ties were stable.",
    )
    assert _speaker(ex, "the ties were stable") == key("Chen Lu")


def test_the_envoy_is_the_ambassador_named_in_an_apposition() -> None:
    ex = _doc(
        "Chen Lu, the Chinese ambassador, met President Zhu Pei on Monday.",
        "Zhu praised the workers of the port.",
        "The Chinese envoy said that the ties were stable.",
    )
    assert _speaker(ex, "the ties were stable") == key("Chen Lu")


def test_the_russian_leader_is_not_his_chinese_counterpart() -> None:
    ex = _doc(
        "Russian President Max Orlov met his Chinese counterpart Zhu Pei in May.",
        "The Russian leader thanked the Chinese side “for its help in building the new "
        "bridge over the river.”",
    )
    assert _speaker(ex, "for its help in building") == key("Max Orlov")


# -- "the Foreign Ministry in Moscow" and "the ministry" after it -----------------------


def test_foreign_ministry_in_a_capital_is_that_states_ministry() -> None:
    ex = _doc(
        "Ivan Borov met Chen Lu in Beijing on Sunday to discuss trade, the Foreign Ministry in "
        "Moscow has announced in a statement."
    )
    speaker = _speaker(ex, "to discuss trade")
    assert (
        speaker is not None and ex.entities[speaker].name == "Ministry of Foreign Affairs of Russia"
    )


def test_the_ministry_after_it_is_the_same_ministry() -> None:
    ex = _doc(
        "Ivan Borov met Chen Lu on Sunday, the Foreign Ministry in Moscow said.",
        "Both ministers expressed satisfaction with the new rail link, the ministry said in a "
        "press release.",
        "Additionally, Borov and Chen discussed the river border, the statement said.",
    )
    first = _speaker(ex, "met Chen Lu on Sunday")
    assert first is not None and ex.entities[first].name == "Ministry of Foreign Affairs of Russia"
    assert _speaker(ex, "expressed satisfaction") == first
    assert _speaker(ex, "discussed the river border") == first


def test_defence_ministry_in_a_capital() -> None:
    ex = _doc("The drills will last five days, the Defence Ministry in Beijing said on Monday.")
    speaker = _speaker(ex, "drills will last")
    assert (
        speaker is not None and ex.entities[speaker].name == "Ministry of National Defense of China"
    )


# -- "This is reported by X" / "X spoke about this" -------------------------------------


def test_this_is_reported_by_an_outlet_credits_the_sentence_before() -> None:
    ex = _doc(
        "Despite the curbs, the port handled more than 3 million tonnes of coal in March. "
        "This is reported by the Daily Lantern with reference to data of the port authority."
    )
    assert attributed(ex, "port handled more than") == (
        "REPORTED_SPEECH",
        key("Daily Lantern", ORG),
    )


def test_this_was_announced_by_a_company() -> None:
    ex = _doc(
        "The plant will start making turbines in the autumn. This was announced by Polar Atom "
        "on Tuesday."
    )
    assert _speaker(ex, "start making turbines") == key("Polar Atom", ORG)


def test_a_person_spoke_about_this_in_an_interview() -> None:
    ex = _doc(
        "In the coming years, sales of northern fish will grow in the southern markets. "
        "Trade envoy Anna Vetrova spoke about this in an interview with the Harbor Times."
    )
    assert _speaker(ex, "sales of northern fish") == key("Anna Vetrova")


def test_said_that_is_not_a_reference_back() -> None:
    ex = _doc(
        "The plant will start making turbines in the autumn. Anna Vetrova said that the "
        "deal is a good one."
    )
    assert attributed(ex, "start making turbines")[0] == "AUTHOR"


# -- "the publication" and "the state corporation's head" -------------------------------


def test_according_to_the_publication_is_the_outlet_named_before() -> None:
    ex = _doc(
        "The Harbor Times reported that exports of timber fell in May.",
        "According to the publication, in total, shipments reached 2 million cubic metres.",
    )
    assert _speaker(ex, "shipments reached") == key("Harbor Times", ORG)


def test_the_publication_adds_after_a_quotation() -> None:
    ex = _doc(
        "The Daily Lantern reported that exports of timber fell in May.",
        "“Most of the timber now goes east through the border crossings in the north,” the "
        "publication adds.",
    )
    assert _speaker(ex, "Most of the timber") == key("Daily Lantern", ORG)


def test_the_magazine_says() -> None:
    ex = _doc(
        "A study by the Harbor Times found that freight rates doubled.",
        "The rise is driven by the lack of ice-class ships, the magazine says.",
    )
    assert _speaker(ex, "lack of ice-class ships") == key("Harbor Times", ORG)


def test_the_state_corporations_head_is_its_chief() -> None:
    ex = _doc(
        "Shipping on the route will double, Polar Atom CEO Max Orlov told reporters.",
        "Polar Atom sees strong interest among foreign firms, the state corporation's head "
        "told reporters.",
    )
    assert _speaker(ex, "sees strong interest") == key("Max Orlov")


def test_the_banks_head_is_its_chairman() -> None:
    ex = _doc(
        "Anna Vetrova, head of Nordvik Bank, spoke at the forum.",
        "Rates will stay high until the summer, the bank's head said.",
    )
    assert _speaker(ex, "Rates will stay high") == key("Anna Vetrova")


def test_a_state_nuclear_corporation_said_in_a_statement() -> None:
    ex = _doc(
        "“The cooperation involves new logistics solutions for the northern ports,” Russian "
        "state nuclear corporation Polar Atom said in a statement."
    )
    assert _speaker(ex, "cooperation involves") == key("Polar Atom", ORG)


# -- capitalised name words and initials around a cue ------------------------------------


def test_state_department_said_after_a_quotation() -> None:
    ex = _doc(
        "“We remain concerned by the volume of dual-use exports to the region,” the State "
        "Audit Chamber said in a statement.",
        "“Imports from abroad are filling critical gaps in the supply of parts,” the State "
        "Grain Office said.",
    )
    assert _speaker(ex, "We remain concerned") == key("State Audit Chamber", ORG)
    assert _speaker(ex, "filling critical gaps") == key("State Grain Office", ORG)


def test_a_quotation_cue_with_a_verb_like_name_word() -> None:
    ex = _doc("“The appeal has no merit and must be dismissed at once,” the Claims Tribunal said.")
    assert _speaker(ex, "appeal has no merit") == key("Claims Tribunal", ORG)


def test_initials_keep_their_full_stop() -> None:
    ex = _doc(
        "The U.S. also accused two firms in Ostrog of supporting the drone maker.",
        "The U.K. accused three banks of moving funds for the shipyard.",
    )
    assert attributed(ex, "two firms in Ostrog") == ("REPORTED_SPEECH", key("United States", ORG))
    assert _speaker(ex, "three banks") == key("United Kingdom", ORG)


# -- "…, X stated during …" and run-together sentences -----------------------------------


def test_closing_stated_with_a_setting() -> None:
    ex = _doc(
        "Ostrog, Russia and China are prepared to deepen trust and enhance coordination, "
        "Chinese Premier Zhu Pei stated during the trilateral meeting."
    )
    assert _speaker(ex, "prepared to deepen trust") == key("Zhu Pei")


def test_closing_stated_at_the_end() -> None:
    ex = _doc("The new bridge will open in the spring, Anna Vetrova stated.")
    assert _speaker(ex, "new bridge will open") == key("Anna Vetrova")


def test_member_states_is_not_a_cue() -> None:
    ex = _doc("Trade between member states stated in the treaty rose, the Harbor Times said.")
    assert _speaker(ex, "Trade between member states") == key("Harbor Times", ORG)


def test_run_together_sentences_are_split() -> None:
    ex = _doc(
        "The Daily Lantern is live as Ivan Borov holds talks in Beijing.Ministry spokeswoman "
        "Anna Vetrova said the ministers would discuss the river border.According to the "
        "Chinese Foreign Ministry, the visit is aimed at trade."
    )
    assert _speaker(ex, "discuss the river border") == key("Anna Vetrova")
    assert _speaker(ex, "the visit is aimed") == key("Ministry of Foreign Affairs of China", ORG)
    assert _speaker(ex, "is live as") is None or attributed(ex, "is live as")[0] == "AUTHOR"


# -- "Chinese leader X's government" is the state ------------------------------------------


def test_a_leaders_government_is_the_state() -> None:
    ex = _doc("Chinese leader Zhu Pei’s government says it is neutral and wants to mediate.")
    assert _speaker(ex, "it is neutral") == key("China", ORG)


def test_a_presidents_administration_is_the_state() -> None:
    ex = _doc("Russian President Max Orlov's administration said the border would stay shut.")
    assert _speaker(ex, "border would stay shut") == key("Russia", ORG)


def test_a_premiers_cabinet_is_the_state() -> None:
    ex = _doc("Chinese Premier Zhu Pei's cabinet announced that rail fares would be cut.")
    assert _speaker(ex, "rail fares would be cut") == key("China", ORG)

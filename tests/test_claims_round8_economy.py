"""Sentence-level speaker shapes of round 8 (issue 12, economy batches), on sentences
written here with invented names.

Each class is a kind of miss seen on the unseen dev batches: a possessive role set off after
a name ("X, Peru's trade envoy, told …"), a reference in parentheses ("(Agrostat, 2024)"),
an outlet relaying "with reference to Y", an object relative ("which it accused of …"), a
pronoun subject before ", saying …", an organisation named before a noun for a body ("the
Agrostat analytical center"), a piece named as "published by X" and called back as "It",
and a headline credit kept in its claim.
"""

from __future__ import annotations

from claims_helpers import ACTOR, ORG, attributed, build, claim_with, key, org_key

from kb.models import PassageKind
from loaders.drafts import Extraction

HEADING = PassageKind.HEADING
KINDS = {"Chile": "STATE", "Peru": "STATE", "Daily Harbour": "MEDIA", "Bloomberg": "MEDIA"}
ENTITIES = {
    "Chile": (ORG, []),
    "Peru": (ORG, []),
    "Agrostat": (ORG, []),
    "Kestrel Analytics": (ORG, []),
    "Norlink": (ORG, []),
    "Bloomberg": (ORG, []),
    "Daily.NET": (ORG, []),
    "Tidewater Post": (ORG, []),
    "Global Metals Council": (ORG, ["GMC"]),
    "Peruvian Customs Agency": (ORG, ["Customs Agency"]),
    "Andean Trade Administration": (ORG, []),
    "Ivan Petrov": (ACTOR, ["Petrov"]),
    "Marta Lind": (ACTOR, ["Lind"]),
    "John Smith": (ACTOR, ["Smith"]),
}


def _doc(*passages: str | tuple[str, PassageKind], author: str | None = None) -> Extraction:
    return build(
        list(passages), entities=ENTITIES, kinds=KINDS, authors=[author] if author else None
    )


def test_a_possessive_role_after_the_name_leaves_the_name_the_speaker() -> None:
    for sentence in (
        "Exports to Chile fell by 4.1% in 2025, Ivan Petrov, Peru's Trade Representative "
        "to Chile, told reporters referring to customs statistics.",
        "Copper sales slowed in the third quarter, Ivan Petrov, Peru's trade envoy, said.",
        "Demand will recover next year, Ivan Petrov, Norlink's chief executive, told the paper.",
    ):
        assert attributed(_doc(sentence), "fell by 4.1%" if "4.1%" in sentence else ",") == (
            "REPORTED_SPEECH",
            key("Ivan Petrov"),
        )


def test_a_possessive_phrase_without_a_role_is_no_apposition() -> None:
    # "Peru's exports" is no role: the sentence is the author's
    ex = _doc("Copper sales slowed, Ivan Petrov noted, Peru's exports fell.", author="Marta Lind")
    assert attributed(ex, "Copper sales slowed")[1] == key("Ivan Petrov")
    ex = _doc("In the third quarter, Peru's main exports, copper and zinc, fell by 3%.")
    assert attributed(ex, "main exports")[0] == "AUTHOR"


def test_a_reference_in_parentheses_is_the_source_of_its_sentence_only() -> None:
    ex = _doc(
        "Copper shipments to Chile doubled since 2021, reaching $17 billion (Agrostat, 2024). "
        "Governments should act within the next year."
    )
    assert attributed(ex, "Copper shipments") == ("ACCORDING_TO", org_key("Agrostat"))
    assert attributed(ex, "Governments should act")[0] == "AUTHOR"
    ex = _doc("Over 40 Peruvian firms faced sanctions in 2023 (Global Metals Council 2024).")
    assert attributed(ex, "Peruvian firms") == ("ACCORDING_TO", org_key("Global Metals Council"))
    ex = _doc("Zinc output rose by 12% last year (GMC, 2023a, p. 14).")
    assert attributed(ex, "Zinc output") == ("ACCORDING_TO", org_key("Global Metals Council"))


def test_a_year_in_parentheses_alone_cites_nobody() -> None:
    ex = _doc("Zinc output rose by 12% after the reform (2023).", author="Marta Lind")
    assert attributed(ex, "Zinc output")[0] == "AUTHOR"
    ex = _doc("The Lima Accord (signed in 2019) cut tariffs by 8%.", author="Marta Lind")
    assert attributed(ex, "Lima Accord")[0] == "AUTHOR"


def test_a_back_reference_with_reference_to_a_source_gives_that_source() -> None:
    ex = _doc(
        "Chile cut purchases from Peru by 7% in 2024, to 9 million tons.",
        "This is reported by Daily.NET with reference to Bloomberg.",
    )
    assert attributed(ex, "Chile cut purchases") == ("REPORTED_SPEECH", org_key("Bloomberg"))
    assert attributed(ex, "This is reported") == ("REPORTED_SPEECH", org_key("Bloomberg"))
    ex = _doc("Zinc exports rose 5% in May. This was reported by Tidewater Post citing Norlink.")
    assert attributed(ex, "Zinc exports") == ("REPORTED_SPEECH", org_key("Norlink"))
    ex = _doc("Zinc exports rose 5% in May. This was reported by Tidewater Post.")
    assert attributed(ex, "Zinc exports") == ("REPORTED_SPEECH", org_key("Tidewater Post"))


def test_a_back_reference_does_not_reach_past_the_paragraph_before() -> None:
    ex = _doc(
        "Chile cut purchases from Peru by 7% in 2024.",
        "Lima hopes to find new buyers in Asia soon.",
        "This is reported by Tidewater Post with reference to Bloomberg.",
        author="Marta Lind",
    )
    assert attributed(ex, "Chile cut purchases")[0] == "AUTHOR"


def test_the_pronoun_after_an_object_relative_is_the_main_subject() -> None:
    for subject, name in (
        ("the Peruvian Customs Agency has", "Peruvian Customs Agency"),
        ("Agrostat has", "Agrostat"),
        ("Norlink", "Norlink"),
    ):
        ex = _doc(
            f"Last month, {subject} blacklisted about 40 companies, including Chilean ones, "
            "which it accused of violating export controls.",
            author="Marta Lind",
        )
        assert attributed(ex, "blacklisted") == ("REPORTED_SPEECH", org_key(name))


def test_a_pronoun_subject_before_saying_is_the_person_named_before() -> None:
    for lead in ("Last week, he", "He", "On Monday, he"):
        ex = _doc(
            "Chilean President John Smith has threatened tariffs on buyers of Peruvian copper. "
            f"{lead} removed a 20% tariff on Peru, saying that it has agreed to stop the trade.",
            author="Marta Lind",
        )
        assert attributed(ex, "removed a 20% tariff") == ("REPORTED_SPEECH", key("John Smith"))


def test_an_organisation_named_before_a_noun_for_a_body_is_the_organisation() -> None:
    for sentence in (
        "Chile exported a record volume of copper this season, the Agrostat analytical "
        "center told reporters.",
        "Chile exported a record volume of copper this season, the Norlink analytics group said.",
        "Chile exported a record volume of copper this season, the Kestrel Analytics "
        "research department said.",
    ):
        who = attributed(_doc(sentence), "record volume")
        assert who[0] == "REPORTED_SPEECH"
        assert who[1] in {org_key("Agrostat"), org_key("Norlink"), org_key("Kestrel Analytics")}
        assert sentence.count(ENTITIES_NAME[who[1]]) == 1


ENTITIES_NAME = {org_key(n): n for n in ("Agrostat", "Norlink", "Kestrel Analytics")}


def test_a_state_before_a_noun_for_a_body_is_not_that_body() -> None:
    ex = _doc("Copper sales fell 5%, the Chile trade office said.", author="Marta Lind")
    assert attributed(ex, "Copper sales")[1] != org_key("Chile")


def test_a_piece_published_by_an_outlet_speaks_as_it() -> None:
    for intro in (
        "An article about this was published by Tidewater Post.",
        "A report on this was released by Tidewater Post.",
        "The article was published by Tidewater Post.",
    ):
        ex = _doc(
            intro,
            "It reports that in 2023, Chile exported $390 million worth of lathes to Peru.",
            author="Marta Lind",
        )
        assert attributed(ex, "Chile exported") == ("REPORTED_SPEECH", org_key("Tidewater Post"))


def test_it_without_a_piece_named_before_is_not_a_piece() -> None:
    ex = _doc(
        "Copper prices rose in May.",
        "It reports that in 2023, Chile exported $390 million worth of lathes to Peru.",
        author="Marta Lind",
    )
    assert attributed(ex, "Chile exported")[1] != org_key("Tidewater Post")


def test_a_credited_headline_keeps_its_credit() -> None:
    for line, name in (
        ("Chile cuts purchases of Peruvian copper amid sanctions in 2024 - Bloomberg", "Bloomberg"),
        ("Zinc exports to Asia set a new record this season – Norlink", "Norlink"),
        ("Copper freight through the two ports to double by 2030 — Agrostat", "Agrostat"),
    ):
        ex = _doc((line, HEADING), "Volumes rose sharply last year as new routes opened.")
        assert attributed(ex, line) == ("REPORTED_SPEECH", org_key(name))


def test_common_nouns_placed_somewhere_are_a_group_not_the_place() -> None:
    for subject in ("Automakers in Peru", "Copper traders in Peru", "Many refiners from Peru"):
        ex = _doc(
            f"{subject}, facing duties in the U.S., EU, Canada, and Brazil, found a lucrative "
            "market in Chile, the Tidewater Post wrote.",
            author="Marta Lind",
        )
        assert attributed(ex, "lucrative market") == ("REPORTED_SPEECH", org_key("Tidewater Post"))


def test_a_name_no_person_bears_cited_as_a_source_is_an_organisation() -> None:
    for sentence, name in (
        ("According to FreiDo, freight between the countries exceeded 290 million tons.", "FreiDo"),
        ("Copper imports stood at $13 billion in the quarter, Steppe.Kz reports.", "Steppe.Kz"),
        ("Copper imports stood at $13 billion, according to LogiTrans.", "LogiTrans"),
    ):
        ex = _doc(sentence, author="Marta Lind")
        who = attributed(ex, "Copper imports" if "Copper" in sentence else "freight")
        assert who[1] == org_key(name)
        assert ex.entities[org_key(name)].type == ORG


def test_a_surname_with_an_inner_capital_is_no_organisation() -> None:
    for name in ("McAllister", "DeVries", "MacKenzie"):
        ex = _doc(f"Copper imports stood at $13 billion, according to {name}.", author="Marta Lind")
        assert org_key(name) not in ex.entities


def test_a_person_named_as_an_owner_is_not_the_he_closing_the_sentence() -> None:
    for owner in ("John Smith’s reaction", "Smith's answer", "President John Smith's next move"):
        ex = _doc(
            "“The deal came when spot demand was weak and supplies were large,” said Norlink "
            "analyst Ivan Petrov.",
            f"{owner} will likely decide whether this remains a one-off deal, he added.",
        )
        assert attributed(ex, "one-off deal") == ("REPORTED_SPEECH", key("Ivan Petrov"))


def test_a_reported_clause_before_a_quotation_is_the_speaker_s() -> None:
    for sentence in (
        "He added that cheaper solar panels could limit copper demand, but “the overall trend "
        "will remain upward,” he said.",
        "Petrov said that freight rates may fall next year, while “volumes will keep growing "
        "for years,” he noted.",
        "He also noted that Chilean buyers are wary of sanctions risks; “nobody wants to be "
        "first,” Petrov said.",
    ):
        ex = _doc(
            "“Physical volumes are increasing steadily,” Ivan Petrov, a Norlink analyst, said.",
            sentence,
            author="Marta Lind",
        )
        head = sentence.split(" that ")[1].split(",")[0].split(";")[0]
        claim = claim_with(ex, head)
        assert (claim.attribution, claim.speaker) == ("REPORTED_SPEECH", key("Ivan Petrov"))
        assert "“" not in claim.text


def test_the_noun_of_a_name_calls_back_that_name_before_an_unknown_speaker() -> None:
    for noun, name in (
        ("The Agency", "Peruvian Customs Agency"),
        ("The Administration", "Andean Trade Administration"),
        ("The Customs Agency", "Peruvian Customs Agency"),
    ):
        ex = _doc(
            "Copper imports fell 14%, according to data of the Peruvian Customs Agency and "
            "the Andean Trade Administration.",
            "Their value stood at $13 billion, a 22% decline, Steppe.Kz reports.",
            f"{noun} said that Chile remained the largest supplier.",
        )
        assert attributed(ex, "remained the largest") == ("REPORTED_SPEECH", org_key(name))

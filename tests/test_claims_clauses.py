"""The clause-level subject finder (loaders.claims.clauses) and its use as a fallback for
sentences the cue rules leave in the author's voice; sentences and names written here.

The finder brackets what cannot hold a verb's subject (quotations, parentheses, appositions
and relative clauses between commas), marks communication-verb groups from the lexicon with
their auxiliaries and adverbs, and takes the phrase left of the group in its clause (or right
of it when inverted). Author sentences without a communication verb stay AUTHOR.
"""

from __future__ import annotations

import re

import pytest
from claims_helpers import ACTOR, ORG, build, claim_with, key, org_key

from loaders.claims.clauses import brackets, circumstance_subjects, clause_subjects, verb_groups
from loaders.drafts import Extraction

ENTITIES = {
    "Ivo Ruml": (ACTOR, ["Ruml"]),
    "Ana Vrba": (ACTOR, ["Vrba"]),
    "Petr Lind": (ACTOR, ["Lind"]),
    "Karel Sokol": (ACTOR, ["Sokol"]),
    "Lipa Group": (ORG, []),
    "Moldan Rail": (ORG, []),
}


def _doc(*passages: str) -> Extraction:
    return build(list(passages), entities=ENTITIES, authors=["Ann Writer"])


def _subjects(sentence: str, names: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    """(subject words, kind, verb) of each cue the finder gives, names as mentions."""
    mentions = [m.span() for n in names for m in re.finditer(re.escape(n), sentence)]
    return [
        (sentence[cue.who[0] : cue.who[1]], kind, cue.verb)
        for cue, kind in clause_subjects(0, sentence, mentions)
        if cue.who is not None
    ]


# -- the finder on single sentences ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "names", "subject"),
    [
        # an apposition between commas after the name
        ("Ana Vrba, a fellow at the Lipa Group, has repeatedly warned that costs rise.",
         ("Ana Vrba", "Lipa Group"), "Ana Vrba"),
        ("Ivo Ruml, the head of planning, also noted that the line was late.",
         ("Ivo Ruml",), "Ivo Ruml"),
        ("Karel Sokol, formerly a banker, stressed that rates would stay.",
         ("Karel Sokol",), "Karel Sokol"),
        # a relative clause between commas
        ("Petr Lind, who ran the port for a decade, insisted that tariffs had failed.",
         ("Petr Lind",), "Petr Lind"),
        ("Moldan Rail, which operates the northern line, warned that fares would rise.",
         ("Moldan Rail",), "Moldan Rail"),
        ("Ana Vrba, whose report came out in May, argued that demand was weak.",
         ("Ana Vrba",), "Ana Vrba"),
        # parentheses
        ("The Lipa Group (LG) announced that it would cut jobs.", ("Lipa Group",), "Lipa Group"),
        ("Ivo Ruml (pictured) said the merger was off.", ("Ivo Ruml",), "Ivo Ruml"),
        ("Moldan Rail (the operator) confirmed that trains were cancelled.",
         ("Moldan Rail",), "Moldan Rail"),
    ],
)  # fmt: skip
def test_inserted_material_is_skipped_back_to_the_subject(
    sentence: str, names: tuple[str, ...], subject: str
) -> None:
    assert _subjects(sentence, names)[0][0].removeprefix("The ") == subject


@pytest.mark.parametrize(
    ("sentence", "names", "subject"),
    [
        ("Costs will rise next year, said Ivo Ruml, a trader in Brno.", ("Ivo Ruml",), "Ivo Ruml"),
        ("The line is finished, added Ana Vrba on Monday.", ("Ana Vrba",), "Ana Vrba"),
        ("“We are ready,” said Petr Lind.", ("Petr Lind",), "Petr Lind"),
    ],
)
def test_an_inverted_group_takes_the_phrase_after_it(
    sentence: str, names: tuple[str, ...], subject: str
) -> None:
    assert _subjects(sentence, names)[0][0] == subject


@pytest.mark.parametrize(
    ("sentence", "names", "subject"),
    [
        ("The head of Lipa Group, Ivo Ruml, said the plant would close.",
         ("Lipa Group", "Ivo Ruml"), "Ivo Ruml"),
        ("The spokesman, Petr Lind, stressed that ties were strong.", ("Petr Lind",), "Petr Lind"),
        ("Moldan Rail's chief executive, Ana Vrba, noted that freight was down.",
         ("Moldan Rail", "Ana Vrba"), "Ana Vrba"),
    ],
)  # fmt: skip
def test_a_name_set_after_a_description_is_the_subject(
    sentence: str, names: tuple[str, ...], subject: str
) -> None:
    assert _subjects(sentence, names)[0][0] == subject


@pytest.mark.parametrize(
    ("sentence", "names", "subject", "verb"),
    [
        ("Freight is growing, with Ruml highlighting the new rail link.", ("Ruml",), "Ruml",
         "highlighting"),
        ("Talks went on late, with Ana Vrba noting the gaps that remained.", ("Ana Vrba",),
         "Ana Vrba", "noting"),
        ("Prices held, with the minister stressing the need for reserves.", (), "the minister",
         "stressing"),
    ],
)  # fmt: skip
def test_with_and_a_gerund_of_a_lexicon_verb(
    sentence: str, names: tuple[str, ...], subject: str, verb: str
) -> None:
    assert _subjects(sentence, names)[0][:1] == (subject,)
    assert _subjects(sentence, names)[0][2] == verb


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Ruml has repeatedly warned that costs would rise.", "has repeatedly warned"),
        ("Lind would not say whether the deal was done.", None),  # negated: no statement
        ("Vrba also noted that the plan was late.", "also noted"),
        ("The minister had clearly stated his preferences.", "had clearly stated"),
    ],
)
def test_verb_groups_take_auxiliaries_and_adverbs(sentence: str, words: str | None) -> None:
    groups = verb_groups(sentence)
    if words is None:
        assert groups == []
    else:
        assert [sentence[g.start : g.end] for g in groups] == [words]


@pytest.mark.parametrize(
    "sentence",
    [
        "The stated aim of the plan is growth.",  # after a determiner: an adjective
        "Its reports were late and the claims were false.",  # nouns after a determiner
        "The figures were reported by the agency in May.",  # a passive
        "Ruml wants to announce the results in May.",  # an infinitive
        "The Claims Commission met in Brno.",  # a capitalised name
    ],
)
def test_nouns_passives_and_infinitives_are_no_verb_groups(sentence: str) -> None:
    assert verb_groups(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a subordinate clause of time or cause without a complement: the main clause asserts
        ("The market fell after Ivo Ruml announced new tariffs.", ("Ivo Ruml",)),
        ("Shares rose because Lipa Group reported higher sales.", ("Lipa Group",)),
        ("Trains stopped when Moldan Rail announced the strike.", ("Moldan Rail",)),
        # a phrase opening with a preposition, a possessive owner of a non-role noun
        ("For the first time a Lipa Group official states that prices fall.", ("Lipa Group",)),
        ("President Ana Vrba's government has praised the plan.", ("Ana Vrba",)),
        ("Ivo Ruml's office confirmed that the visit was off.", ("Ivo Ruml",)),
    ],
)
def test_no_subject_where_the_verb_does_not_make_the_sentence_a_report(
    sentence: str, names: tuple[str, ...]
) -> None:
    assert _subjects(sentence, names) == []


def test_quotations_and_parentheses_are_bracketed() -> None:
    s = "Ruml (the chair) said “we will go” and 'that is final' today."
    inside = [s[a:b] for a, b in brackets(s)]
    assert inside == ["(the chair)", "“we will go”", "'that is final'"]
    assert "Russia's" not in [s2 for s2 in (s[a:b] for a, b in brackets("Russia's view"))]


def test_a_role_noun_subject_accepts_only_a_person() -> None:
    (cue, kind), *_ = clause_subjects(0, "The Lipa foreign minister says ties are strong.", [])
    assert kind == "noun" and cue.person_only
    (cue, kind), *_ = clause_subjects(0, "The ministry says ties are strong.", [])
    assert kind == "noun" and not cue.person_only


# -- the fallback in the extractor -------------------------------------------------------


@pytest.mark.parametrize(
    ("passages", "fragment", "speaker"),
    [
        # "with X <gerund>": the absolute construction's subject
        (["Rail freight grew fast, with Ruml highlighting the new terminal in Brno."],
         "new terminal", "Ivo Ruml"),
        (["Talks dragged on into the night, with Ana Vrba stressing the gaps still open."],
         "gaps still open", "Ana Vrba"),
        (["Trade rose for a third year, with Lind underlining the role of the new port."],
         "role of the new port", "Petr Lind"),
        # an ambiguous verb with a person subject and no complement, after a time clause
        (["Last year when the two firms quarrelled, Chairman Ivo Ruml clearly stated his "
          "preferences in a letter."], "clearly stated", "Ivo Ruml"),
        (["Karel Sokol met the board on Monday.",
          "Last month, when prices fell, Sokol openly declared his support for the merger."],
         "openly declared", "Karel Sokol"),
        (["When the plan stalled, Ana Vrba quietly confirmed her doubts about it to staff."],
         "confirmed her doubts", "Ana Vrba"),
    ],
)  # fmt: skip
def test_the_fallback_finds_the_speaker_the_cue_rules_miss(
    passages: list[str], fragment: str, speaker: str
) -> None:
    claim = claim_with(_doc(*passages), fragment)
    assert claim.attribution == "REPORTED_SPEECH"
    assert claim.speaker == key(speaker)


@pytest.mark.parametrize(
    ("passages", "fragment"),
    [
        (["Ivo Ruml visited the Lipa Group plant on Monday and toured the new line."], "toured"),
        (["Steel prices jumped in the week before Ana Vrba revealed the tariff plan."], "jumped"),
        (["Moldan Rail carried 4 million tonnes of grain in 2023, up from 3 million."], "grain"),
        (["Shares of Lipa Group rose 5% when Petr Lind joined the board in May."], "Shares"),
        (["Karel Sokol did not specify whether the plant would close this year."], "specify"),
        (["The report of the Lipa Group, released in May, covers the whole sector."], "report"),
    ],
)
def test_author_sentences_without_a_statement_stay_author(
    passages: list[str], fragment: str
) -> None:
    claim = claim_with(_doc(*passages), fragment)
    assert claim.attribution == "AUTHOR"
    assert claim.speaker == key("Ann Writer")


def test_an_organisation_subject_of_an_ambiguous_verb_without_complement_is_no_speaker() -> None:
    claim = claim_with(_doc("Lipa Group added two new lines to its northern plant."), "two new")
    assert claim.attribution == "AUTHOR"
    claim = claim_with(
        _doc("Lipa Group has confirmed that two new lines will open."), "two new lines"
    )
    assert claim.speaker == org_key("Lipa Group")


@pytest.mark.parametrize(
    "sentence",
    [
        "Steel prices jumped in the week before Ana Vrba revealed the tariff plan.",
        "The shares fell sharply when Ivo Ruml criticised the merger.",
        "Trade recovered slowly once Petr Lind confirmed the new quotas.",
        "Freight rates rose because Karel Sokol denounced the deal.",
    ],
)
def test_a_verb_in_a_clause_of_time_or_cause_is_a_circumstance_of_the_authors_statement(
    sentence: str,
) -> None:
    names = tuple(n for n in ENTITIES if n in sentence)
    spans = circumstance_subjects(
        0, sentence, [m.span() for n in names for m in re.finditer(n, sentence)]
    )
    assert [sentence[a:b] for a, b in spans] == list(names)
    claim = claim_with(_doc(sentence), sentence.split()[1])
    assert claim.attribution == "AUTHOR"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Prices fell after Ana Vrba said that tariffs would rise.", "Ana Vrba"),
        ("Ivo Ruml warned the board that costs would rise after Lind announced the cuts.",
         "Ivo Ruml"),
        ("When asked about the plan, Petr Lind said it was sound.", "Petr Lind"),
    ],
)  # fmt: skip
def test_a_complement_or_a_main_clause_subject_still_speaks(sentence: str, speaker: str) -> None:
    claim = claim_with(_doc(sentence), sentence.split()[1])
    assert claim.attribution == "REPORTED_SPEECH"
    assert claim.speaker == key(speaker)

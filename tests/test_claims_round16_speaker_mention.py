"""Round 16: which mention is the speaker (sentences and names written here).

1. The subject before the verb, not a mention in an adjunct: "Halden President X at the
   plenary session of the Y Forum said that …", "spokesman X during the briefing stated …".
2. Words after an inverted verb that say where or when ("…, said in an interview in Oslo",
   "…, said Wednesday at a forum in Oslo") are no inverted subject; a body's long name with
   its own commas inside an apposition ("director at the Ministry of Roads, Transport and
   Ports") does not hide the name before it.
3. A date in brackets after a time setting ("The X Forum on Wednesday (May 3) dismissed");
   a manner adverb of speaking ("pointedly noted") makes an object-taking verb a statement;
   "released images it said showed …": the pronoun of a relative clause without its
   pronoun is the main clause's subject.
4. A cue after a quotation ("…”, the expert explains") never resolves to a person named
   inside that quotation: the search starts before it. A quotation left open goes on past
   a scare quote of a word or two inside it.
5. "called that demand unrealistic" (a judgement of a statement or a move) is a statement;
   "“A …” to keep their “dominance,” X said": the cue after a closing scare quote covers the
   quotation opening the sentence; an adverb in quotes before a verb ("“overwhelmingly”
   demanded") closes no quotation (and "Assembly" is no adverb); "demanded X to withdraw"
   is a demand.
6. A given name alone as the speaker ("…,” says Olga, from Narva") is a person, unless the
   registry knows the word (a state); "X speaks of …" states a topic; "…, answering that …"
   is the subject's; "…, X, the head of the counterpart to Y, Z, said": Z names the body
   the apposition describes, X speaks.
7. "local news portal narva24.ee reported": the outlet after its descriptor; "This
   information was provided by X": X's, and the statement before it; "we saw X telling Y
   that …": X speaks, not the writer who saw. "“…,” the official told reporters" after an
   unnamed official spoke is that official, not a person named before the quotation.
8. "…, saying that the X system …": a complement clause after the verb is no inverted
   subject; "X, by contrast, finds …": a connective set off by commas makes no inversion.
"""

from __future__ import annotations

import pytest
from claims_helpers import ACTOR, ORG, build, claim_with, key, org_key

from loaders.drafts import Extraction

ENTITIES = {
    "Ivo Ruml": (ACTOR, ["Ruml"]),
    "Ana Vrba": (ACTOR, ["Vrba"]),
    "Tomas Kell": (ACTOR, ["Kell"]),
    "Lipa Forum": (ORG, []),
    "Halden": (ORG, []),
    "Lipa Forum Assembly": (ORG, []),
}


def _doc(*passages: str) -> Extraction:
    return build(list(passages), entities=ENTITIES, authors=["Ann Writer"])


def _said(ex: Extraction, fragment: str) -> tuple[str, str | None]:
    claim = claim_with(ex, fragment)
    return claim.attribution, claim.speaker


# -- the subject before the verb, not a mention in an adjunct -----------------------------


@pytest.mark.parametrize(
    ("sentence", "fragment", "attribution"),
    [
        (
            "Halden President Ivo Ruml at the plenary session of the Lipa Forum said that the"
            " two ports will share one customs post.",
            "share one customs post",
            "REPORTED_SPEECH",
        ),
        (
            "Foreign Ministry spokesman Ivo Ruml during the media briefing stated that “both"
            " sides keep similar positions and carry a shared responsibility.”",
            "similar positions",
            "DIRECT_QUOTE",
        ),
        (
            "Deputy Minister Ivo Ruml during the debate said, “next year we should not meet"
            " here again to count the losses.”",
            "count the losses",
            "DIRECT_QUOTE",
        ),
    ],
)
def test_a_titled_person_before_an_adjunct_is_the_speaker(
    sentence: str, fragment: str, attribution: str
) -> None:
    assert _said(_doc(sentence), fragment) == (attribution, key("Ivo Ruml"))


def test_a_body_after_a_role_noun_is_not_passed_over() -> None:
    ex = _doc("Analysts at the Lipa Forum said that grain prices will fall in the spring.")
    assert _said(ex, "grain prices") == ("REPORTED_SPEECH", org_key("Lipa Forum"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The port may open in 2027, Ivo Ruml, director general at the Ministry of Roads,"
        " Transport, Construction and Urban Development, said in an interview in Oslo.",
        "A group led by a northern railway is among the finalists, Ivo Ruml, an adviser to the"
        " resource ministry, said Wednesday at a forum in Oslo.",
    ],
)
def test_a_setting_after_the_verb_is_no_inverted_subject(sentence: str) -> None:
    claim = claim_with(_doc(sentence), sentence.split()[1])
    assert claim.speaker == key("Ivo Ruml")


def test_an_inverted_subject_still_follows_its_verb() -> None:
    ex = _doc("The bridge will carry rail freight from May, said Ivo Ruml, a port official.")
    assert _said(ex, "rail freight") == ("REPORTED_SPEECH", key("Ivo Ruml"))


# -- settings, manner adverbs and relative clauses without their pronoun -------------------


def test_a_date_in_brackets_after_a_time_setting_is_set_aside() -> None:
    ex = _doc(
        "The Lipa Forum on Wednesday (May 3) dismissed the suggestion that the three leaders"
        " were plotting against the port."
    )
    assert _said(ex, "three leaders") == ("REPORTED_SPEECH", org_key("Lipa Forum"))


def test_a_manner_adverb_of_speaking_makes_a_statement() -> None:
    ex = _doc("Halden pointedly noted the absence of the northern states at the talks in Oslo.")
    assert _said(ex, "absence") == ("REPORTED_SPEECH", org_key("Halden"))


def test_without_the_adverb_noting_an_absence_stays_the_authors() -> None:
    ex = _doc("Halden noted the absence of the northern states at the talks in Oslo.")
    assert _said(ex, "absence")[1] != org_key("Halden")


def test_the_pronoun_of_a_contact_relative_clause_is_the_main_subject() -> None:
    ex = _doc(
        "Halden last week released satellite images it said showed new barracks near the border."
    )
    assert _said(ex, "satellite images") == ("REPORTED_SPEECH", org_key("Halden"))


# -- a cue after a quotation looks back before the quotation ------------------------------


def test_a_role_noun_after_a_quotation_skips_a_person_named_inside_it() -> None:
    ex = _doc(
        "Ana Vrba, a senior fellow of the Lipa Forum, studies the northern trade routes.",
        "“For the port, the crisis has become a profitable investment. The return of Ivo Ruml"
        " to office has deepened the divisions and opened new markets for the north”, the"
        " expert explains in her article.",
    )
    assert _said(ex, "profitable investment") == ("DIRECT_QUOTE", key("Ana Vrba"))


def test_a_pronoun_after_a_quotation_skips_a_person_named_inside_it() -> None:
    ex = _doc(
        "Ana Vrba spoke to the students on Friday.",
        "“Nobody expected that Tomas Kell would sign the port deal so quickly,” she said.",
    )
    assert _said(ex, "port deal") == ("DIRECT_QUOTE", key("Ana Vrba"))


def test_an_open_quotation_goes_on_past_a_scare_quote_inside_it() -> None:
    ex = _doc(
        "“The port has become a profitable investment for the north,” Ana Vrba writes.",
        "“In effect, the port has gained the most from the war. It opposes “unilateral”"
        " tariffs and defends “normal exchanges” with the north. On the other hand, it keeps"
        " its distance from the fighting”, Ana Vrba stresses in her analysis.",
    )
    claim = claim_with(ex, "normal exchanges")
    assert claim.speaker == key("Ana Vrba")


# -- judgements, scare quotes and demands ---------------------------------------------------


def test_calling_a_demand_something_is_a_statement() -> None:
    ex = _doc(
        "Ivo Ruml, the director general of the ministry's trade department, on Monday called"
        " that demand unrealistic because the port is far smaller than the other two."
    )
    assert _said(ex, "demand unrealistic") == ("REPORTED_SPEECH", key("Ivo Ruml"))


def test_calling_a_meeting_is_no_statement() -> None:
    ex = _doc("Ivo Ruml called the meeting for Monday morning at the port.")
    assert _said(ex, "called the meeting")[0] == "AUTHOR"


def test_a_cue_after_a_scare_quote_covers_the_quotation_opening_the_sentence() -> None:
    ex = _doc(
        "Ana Vrba spoke for the north at the session.",
        "“They are ready to push the whole region into a long trade war” to keep their own"
        " “dominance,” Ivo Ruml said.",
    )
    assert _said(ex, "long trade war") == ("DIRECT_QUOTE", key("Ivo Ruml"))


def test_an_adverb_in_quotes_before_a_verb_closes_no_quotation() -> None:
    ex = _doc(
        "The Lipa Forum Assembly “overwhelmingly” demanded Halden to withdraw its ships from"
        " the strait “at once.”",
    )
    assert _said(ex, "withdraw its ships")[1] == org_key("Lipa Forum Assembly")


# -- more subjects: a given name alone, "speaks of", "answering that", a body's name -------


def test_a_given_name_alone_after_a_quotation_is_a_person() -> None:
    ex = _doc(
        "Traders at the market tell the same tale.",
        "“It is hardly worth the long trip,” says Olga, from Narva. “If prices rise any"
        " further, I will stop coming.”",
    )
    assert _said(ex, "hardly worth") == ("DIRECT_QUOTE", key("Olga"))
    assert _said(ex, "stop coming") == ("DIRECT_QUOTE", key("Olga"))


def test_a_place_alone_after_a_quotation_is_no_person() -> None:
    ex = _doc("“The port will stay open all winter for every ship,” says Israel.")
    assert _said(ex, "stay open")[1] != key("Israel")


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("The Lipa Forum speaks of an opening of the bridge next month.", org_key("Lipa Forum")),
        (
            "Amid the new tariffs, President Ivo Ruml speaks of ties between the two ports"
            " reaching «the highest level in their history».",
            key("Ivo Ruml"),
        ),
        (
            "Halden was unmoved, answering that it sees no prospect for a settlement of the"
            " dispute.",
            org_key("Halden"),
        ),
        (
            "The mission would rely on new reactors, Ivo Ruml, the head of the northern"
            " counterpart to the Lipa Forum, Halden, said.",
            key("Ivo Ruml"),
        ),
    ],
)
def test_more_subjects_of_speech(sentence: str, who: str) -> None:
    assert _said(_doc(sentence), sentence.split()[2])[1] == who


# -- an outlet after its descriptor, information provided by X, a speaker seen speaking ------


def test_an_outlet_named_after_its_descriptor_speaks() -> None:
    ex = _doc(
        "Bank cards stopped working in the north, local news portal narva24.ee reported on"
        " Tuesday, citing shoppers who say they cannot pay.",
    )
    assert _said(ex, "Bank cards")[1] == org_key("narva24.ee")


def test_information_provided_by_a_person_is_theirs() -> None:
    ex = _doc(
        "Halden is unsure about allowing imports of northern barley. This information was"
        " provided by Agriculture Minister Ivo Ruml, who spoke with reporters on Tuesday.",
    )
    assert _said(ex, "This information")[1] == key("Ivo Ruml")
    assert _said(ex, "northern barley")[1] == key("Ivo Ruml")


def test_a_person_seen_telling_an_outlet_is_the_speaker() -> None:
    ex = _doc(
        "In Oslo we saw Halden Ambassador to the Union Ivo Ruml telling the Halden Times that"
        " the two ports “are not in an alliance and may not agree on every issue.”",
    )
    assert _said(ex, "In Oslo")[1] == key("Ivo Ruml")


def test_the_role_noun_after_a_quotation_is_the_unnamed_person_who_spoke() -> None:
    ex = _doc(
        "The sanctions hit the Halden arms agency and its director, Ivo Ruml.",
        "One Lipa Forum official, who briefed reporters on condition of anonymity, insisted"
        " that the sanctions targeted the north only.",
        "“The real target of these measures is the north. They are not meant to weaken any"
        " other country,” the official told reporters on a call.",
    )
    claim = claim_with(ex, "real target")
    assert claim.speaker != key("Ivo Ruml")
    assert claim.speaker_group == "One Lipa Forum official"


def test_a_complement_clause_after_saying_is_no_inverted_subject() -> None:
    ex = _doc(
        "Ivo Ruml spoke in Oslo on Monday.",
        "He added that the north was not honest from the start, saying that the Lipa Forum"
        " radar, to be built in the south, could not be used against ships.",
    )
    assert _said(ex, "not honest")[1] == key("Ivo Ruml")


def test_a_connective_between_subject_and_verb_makes_no_inversion() -> None:
    ex = _doc("Halden, by contrast, finds advantage in a long dispute over the strait.")
    assert _said(ex, "finds advantage")[0] == "AUTHOR"
    ex = _doc("Halden, for its part, said that the strait will stay open to every ship.")
    assert _said(ex, "stay open") == ("REPORTED_SPEECH", org_key("Halden"))

"""Speaker shapes of round 12 (issue 12, batches 22–24), on sentences written here with
invented names.

Classes: a list bullet after a line with no final stop (a photo credit) opens its own
paragraph; "the think tank" / "the Oslo-based think tank" called back; a research body's
"note", "report" or "study" called back after the body spoke; "according to a written
response by X"; "denied selling …" (a denial of a gerund); "attributed the fall to …" (a
causal judgement); a stance noun after an owner or a quote mark ("expressed Norland's
“genuine interest”"); a footnote mark glued to a sentence end; an opening adverbial before
the subject a later "It said" refers to; a "?" standing for a lost space.
"""

from __future__ import annotations

import pytest
from claims_helpers import ACTOR, ORG, build, claim_with, key, org_key

from loaders.components.sentences import split_text
from loaders.drafts import Extraction
from loaders.readers.article import blocks
from loaders.readers.decode import decode_text

ENTITIES = {
    "Ivan Petrov": (ACTOR, ["Petrov"]),
    "Marta Lind": (ACTOR, ["Lind"]),
    "Halden Institute": (ORG, ["Halden"]),
    "Brennan Centre": (ORG, []),
    "Varo Policy Lab": (ORG, []),
    "Norland": (ORG, []),
    "Ostania": (ORG, []),
    "Ministry of Trade": (ORG, ["Trade Ministry"]),
    "Ostrova Bank": (ORG, []),
    "Evening Courier": (ORG, []),
}
KINDS = {
    "Halden Institute": "THINK_TANK",
    "Brennan Centre": "THINK_TANK",
    "Varo Policy Lab": "RESEARCH_INSTITUTE",
    "Norland": "STATE",
    "Ostania": "STATE",
    "Ministry of Trade": "GOVERNMENT_BODY",
    "Ostrova Bank": "BANK",
    "Evening Courier": "MEDIA",
}


def _doc(*passages: str) -> Extraction:
    return build(list(passages), entities=ENTITIES, kinds=KINDS, authors=["Ann Writer"])


@pytest.mark.parametrize(
    "lines",
    [
        ["Two leaders at the summit. PHOTO/Jan Kowal/Pool", "  • Exports will fall, it said."],
        ["Norland Ostania Trade Tags", "• The bank expects growth."],
        ["Prime minister in Ostrava (AP Photo/Lee Marsh)", "▪ Nobody expects a deal soon."],
    ],
)
def test_a_list_bullet_opens_its_own_paragraph(lines: list[str]) -> None:
    assert blocks("\n".join(lines)) == [lines[0].strip(), " ".join(lines[1].split())]


@pytest.mark.parametrize(
    ("first", "second", "body"),
    [
        (
            "Norland's debt is a risk, according to the Halden Institute.",
            "Ostania is also unlikely to help, the think tank added.",
            "Halden Institute",
        ),
        (
            "The Brennan Centre published new figures on Monday.",
            "The Berlin-based think tank said exports to Ostania would halve.",
            "Brennan Centre",
        ),
        (
            "Sanctions have failed, the Varo Policy Lab argued.",
            "The think tank warned that Norland would keep buying chips.",
            "Varo Policy Lab",
        ),
    ],
)
def test_the_think_tank_refers_back_to_the_think_tank(first: str, second: str, body: str) -> None:
    ex = _doc(first, second)
    assert claim_with(ex, second[:20]).speaker == org_key(body)


@pytest.mark.parametrize(
    ("first", "second", "fragment", "body"),
    [
        (
            "The Halden Institute said Norland relied on short-term loans.",
            '"The loans are cheap, and that will not last," the note said.',
            "The loans are cheap",
            "Halden Institute",
        ),
        (
            "Ostania will not lend more, the Brennan Centre argued.",
            "Though Norland has paid on time, its reserves are thin, the paper added.",
            "its reserves are thin",
            "Brennan Centre",
        ),
        (
            "The Varo Policy Lab warned that grain prices would rise.",
            "Harvests in Ostania will shrink by a fifth, the study said.",
            "Harvests in Ostania",
            "Varo Policy Lab",
        ),
    ],
)
def test_a_research_bodys_note_or_study_is_the_body(
    first: str, second: str, fragment: str, body: str
) -> None:
    ex = _doc(first, second)
    assert claim_with(ex, fragment).speaker == org_key(body)


def test_a_media_report_is_not_a_research_bodys() -> None:
    ex = _doc(
        "The Evening Courier said Norland relied on short-term loans.",
        "Ostania will pay the difference, the study said.",
    )
    assert claim_with(ex, "Ostania will pay").speaker != org_key("Evening Courier")


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "According to a written response by the Trade Ministry, exports to Norland will "
            "double by 2027.",
            "Ministry of Trade",
        ),
        (
            "According to a reply from Ostrova Bank, the loan was repaid in full last year.",
            "Ostrova Bank",
        ),
        (
            "According to a letter from the Halden Institute, the survey will be repeated.",
            "Halden Institute",
        ),
    ],
)
def test_a_bodys_written_response_or_letter_names_the_body(sentence: str, body: str) -> None:
    ex = _doc(sentence)
    assert claim_with(ex, sentence[:25]).speaker == org_key(body)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Norland has denied selling weapons to Ostania.", "Norland"),
        ("Ostrova Bank denied having any links to the sanctioned traders.", "Ostrova Bank"),
        ("The Trade Ministry has long denied supplying chips to the navy.", "Ministry of Trade"),
    ],
)
def test_a_denial_of_a_gerund_is_a_statement(sentence: str, body: str) -> None:
    ex = _doc(sentence)
    c = claim_with(ex, sentence[:15])
    assert (c.attribution, c.speaker) == ("REPORTED_SPEECH", org_key(body))


def test_a_denial_of_a_thing_by_a_body_is_no_statement() -> None:
    ex = _doc("Ostrova Bank denied everything in court.")
    assert claim_with(ex, "denied everything").attribution == "AUTHOR"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Evening Courier attributed the stoppage to the higher prices in Ostania.",
            org_key("Evening Courier"),
        ),
        (
            "Analyst Marta Lind attributed the gap in the estimates to different methods.",
            key("Marta Lind"),
        ),
        (
            "Ivan Petrov has attributed this year's slump to the weak harvest.",
            key("Ivan Petrov"),
        ),
    ],
)
def test_attributing_a_cause_is_a_judgement(sentence: str, speaker: str) -> None:
    ex = _doc(sentence)
    assert claim_with(ex, sentence[:15]).speaker == speaker


def test_words_attributed_to_someone_are_not_the_subjects() -> None:
    ex = _doc("The remarks attributed to Ivan Petrov were never confirmed.")
    assert claim_with(ex, "The remarks").speaker != key("Ivan Petrov")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Ivan Petrov has expressed Norland’s “genuine interest” in reviving the talks.",
            key("Ivan Petrov"),
        ),
        ("The Trade Ministry voiced 'solidarity' with Ostania.", org_key("Ministry of Trade")),
        (
            "Marta Lind reaffirmed Ostania’s continued support for the pipeline.",
            key("Marta Lind"),
        ),
    ],
)
def test_a_stance_noun_after_an_owner_or_a_quote_mark(sentence: str, speaker: str) -> None:
    ex = _doc(sentence)
    assert claim_with(ex, sentence[:15]).speaker == speaker


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The Halden Institute published its final report.1 It concluded that risks grew.",
            "The Halden Institute published its final report.1",
        ),
        (
            "Costs reached 2 billion per year.12 After 2006, however, they fell.",
            "Costs reached 2 billion per year.12",
        ),
        ("The alliance was a horse.”3 And it kept going.", "The alliance was a horse.”3"),
    ],
)
def test_a_footnote_mark_after_a_stop_ends_the_sentence(text: str, first: str) -> None:
    assert text[slice(*split_text(text)[0])] == first


def test_a_decimal_or_a_volume_number_is_no_footnote() -> None:
    for text in ("Growth was 2.1 Percent of output.", "See vol.2 The End of Empire."):
        assert len(split_text(text)) == 1


@pytest.mark.parametrize(
    "opening",
    [
        "In October 2023, the Halden Institute",
        "On Monday, the Halden Institute",
        "Last year, Halden",
    ],
)
def test_it_after_an_opening_adverbial_is_the_body(opening: str) -> None:
    ex = _doc(f"{opening} published its final report. It concluded that the risk of war grew.")
    assert claim_with(ex, "It concluded").speaker == org_key("Halden Institute")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("the?Evening?Courier reported", "the Evening Courier reported"),
        ("about 100?billion kWh", "about 100 billion kWh"),
        ("OSTROVA?SAYS DEAL IS VALID", "OSTROVA SAYS DEAL IS VALID"),
        ("courier.example/doc/4372?fr=1", "courier.example/doc/4372?fr=1"),
        ("Really? Yes.", "Really? Yes."),
    ],
)
def test_a_question_mark_between_letters_is_a_lost_space(raw: str, clean: str) -> None:
    assert decode_text(raw.encode(), "t.txt") == clean


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Ostanian Trade Ministry spokesman Ivan Petrov pushed back against Marta Lind’s "
            "remarks, saying the deal is not influenced by anyone.",
            "Ivan Petrov",
        ),
        (
            "Secretary of State Marta Lind mapped out a plan for Ostania’s ties with Norland, "
            "saying Norland wants calm.",
            "Marta Lind",
        ),
        (
            "Ivan Petrov met the envoy on Monday, adding Ostania would sign the accord soon.",
            "Ivan Petrov",
        ),
    ],
)
def test_a_participle_of_saying_belongs_to_the_titled_subject(sentence: str, person: str) -> None:
    ex = _doc(sentence)
    assert claim_with(ex, sentence[:20]).speaker == key(person)

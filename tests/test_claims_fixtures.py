"""Claims on hand-written documents of the three kinds (tests/fixtures/claims/).

The entity stage is simulated (exact-name mentions of the entities each test declares), so
these tests pin the claims stage alone: every attribution pattern, speakers named after
the quote, pronoun follow-ups, unnamed groups, kinds, links and non-claims.
"""

from __future__ import annotations

import pytest
from claims_helpers import ACTOR, ORG, claim_with, key, load_fixture

from kb.models import DocumentKind
from loaders.drafts import Extraction

ARTICLE_ENTITIES = {
    "Russia": (ORG, ["Russia"]),
    "China": (ORG, ["China"]),
    "Moscow": (ORG, []),
    "Beijing": (ORG, []),
    "Rosatom": (ORG, []),
    "Fudan University": (ORG, []),
    "Yuri Trutnev": (ACTOR, ["Trutnev"]),
}


@pytest.fixture(scope="module")
def article() -> Extraction:
    return load_fixture(
        "article_arctic.txt",
        DocumentKind.ARTICLE,
        entities=ARTICLE_ENTITIES,
        publisher="The Polar Times",
    )


@pytest.fixture(scope="module")
def thread() -> Extraction:
    return load_fixture(
        "thread_ports.txt",
        DocumentKind.THREAD,
        entities={
            "Elena Portnova": (ACTOR, ["@ElenaPortnova"]),
            "Russian Railways": (ORG, []),
            "PortNews": (ORG, ["@PortNewsRU"]),
            "Moscow": (ORG, []),
        },
        authors=["Ivan Sergeev"],
    )


@pytest.fixture(scope="module")
def report() -> Extraction:
    return load_fixture(
        "report_energy.txt",
        DocumentKind.REPORT,
        entities={
            "Nikolai Shulginov": (ACTOR, ["Shulginov"]),
            "Russia": (ORG, []),
            "China": (ORG, []),
        },
        authors=["Anna Petrova"],
        publisher="Energy Council",
    )


def test_offsets_are_exact(article: Extraction, thread: Extraction, report: Extraction) -> None:
    for ex in (article, thread, report):
        assert ex.claims
        for c in ex.claims:
            assert ex.doc.text[c.start : c.end] == c.text
            assert c.text == c.text.strip()
            assert all(e in ex.entities for e in c.mentions)
            assert c.speaker is None or c.speaker in ex.entities


def test_quote_then_says_name_with_apposition(article: Extraction) -> None:
    c = claim_with(article, "The Arctic is no longer a frozen periphery")
    # a multi-sentence quotation is one claim, without its quote marks
    assert c.text.endswith("between Asian factories and European buyers")
    assert (c.attribution, c.speaker) == ("DIRECT_QUOTE", key("Pavel Orlov"))
    # the name was unknown to the entity stage: the claims stage added the actor + mention
    assert any(m.surface == "Pavel Orlov" for m in article.mentions)


def test_pronoun_follow_ups_refer_to_the_last_named_speaker(article: Extraction) -> None:
    first = claim_with(article, "Chinese shipping lines are cautious")
    assert (first.attribution, first.speaker) == ("DIRECT_QUOTE", key("Pavel Orlov"))
    # a quotation continuing the same paragraph keeps its speaker
    cont = claim_with(article, "They do not want to be caught")
    assert (cont.attribution, cont.speaker) == ("DIRECT_QUOTE", key("Pavel Orlov"))
    # "Orlov says that …": the last name resolves to the person named before
    later = claim_with(article, "icebreaker capacity")
    assert (later.attribution, later.speaker) == ("REPORTED_SPEECH", key("Pavel Orlov"))
    assert later.kind == "FORECAST"


def test_speaker_named_in_the_next_sentence(article: Extraction) -> None:
    c = claim_with(article, "We are ready to invest")
    assert (c.attribution, c.speaker) == ("DIRECT_QUOTE", key("Li Wenhao"))
    # the sentence that only names the speaker is not a claim of its own
    assert not [x for x in article.claims if x.text.startswith("That was how")]


def test_unnamed_groups_have_no_named_speaker(article: Extraction, thread: Extraction) -> None:
    c = claim_with(article, "Chinese experts note")
    assert (c.attribution, c.speaker, c.speaker_group) == (
        "REPORTED_SPEECH", None, "Chinese experts",
    )  # fmt: skip
    c = claim_with(article, "Some observers expect")
    assert (c.speaker, c.speaker_group) == (None, "Some observers")
    c = claim_with(thread, "Russian officials believe")
    assert (c.attribution, c.speaker, c.speaker_group) == (
        "REPORTED_SPEECH", None, "Russian officials",
    )  # fmt: skip
    assert c.kind == "FORECAST"


def test_according_to(article: Extraction, thread: Extraction) -> None:
    c = claim_with(article, "According to Rosatom")
    assert (c.attribution, c.speaker, c.kind) == ("ACCORDING_TO", key("Rosatom", ORG), "FACT")
    c = claim_with(thread, "cargo volumes at Zabaikalsk")
    assert (c.attribution, c.speaker) == ("ACCORDING_TO", key("PortNews", ORG))
    assert c.text.startswith("According to")  # the "5/" tweet number is trimmed


def test_reported_speech_forms(article: Extraction) -> None:
    # inverted, after the statement: "…, argued Zhang Min, a researcher at …"
    c = claim_with(article, "Beijing should avoid overdependence")
    assert (c.attribution, c.speaker, c.kind) == (
        "REPORTED_SPEECH", key("Zhang Min"), "RECOMMENDATION",
    )  # fmt: skip
    assert key("Beijing", ORG) in c.mentions
    assert key("Zhang Min") not in c.mentions  # the speaker is not what the claim is about
    # "X told reporters that …"
    c = claim_with(article, "told reporters that")
    assert (c.attribution, c.speaker, c.kind) == ("REPORTED_SPEECH", key("Yuri Trutnev"), "FACT")


def test_article_author_claims_speak_for_the_publisher(article: Extraction) -> None:
    c = claim_with(article, "Cargo traffic on the Northern Sea Route")
    assert (c.attribution, c.speaker) == ("AUTHOR", key("The Polar Times", ORG))
    assert c.kind == "FORECAST"  # "hopes to double it by 2030"
    assert key("Moscow", ORG) in c.mentions


def test_non_claims_are_left_out(
    article: Extraction, thread: Extraction, report: Extraction
) -> None:
    texts = [c.text for ex in (article, thread, report) for c in ex.claims]
    for fragment in (
        "Russia and China chart",  # headline
        "Why We Wrote This",  # boilerplate
        "next frontier",  # a pure question
        "icebreaker escorts",  # caption without a quote
        "What does this mean for Kazakhstan",  # a question tweet
        "example.com",  # bare link line
        "Quick thread on",  # thread furniture
        "Executive Summary",  # heading
        "86.2",  # table row
        "General Administration of Customs",  # footnote
    ):
        assert not [t for t in texts if fragment in t], fragment


def test_thread_author_and_direct_quote_after_as_x_notes(thread: Extraction) -> None:
    c = claim_with(thread, "throughput guarantees")
    assert (c.attribution, c.speaker) == ("DIRECT_QUOTE", key("Elena Portnova"))
    assert c.text.startswith("the Chinese side")
    assert key("Russian Railways", ORG) in c.mentions
    c = claim_with(thread, "Moscow signed 14 agreements")
    assert (c.attribution, c.speaker, c.kind) == ("AUTHOR", key("Ivan Sergeev"), "FACT")
    assert not c.text.startswith("2/")
    # "I am skeptical." is too short; "... and the few binding contracts" is trimmed
    c = claim_with(thread, "the few binding contracts")
    assert c.text.startswith("and the few") and "bit.ly" not in c.text
    c = claim_with(thread, "Western companies should not")
    assert (c.attribution, c.kind) == ("AUTHOR", "RECOMMENDATION")


def test_report_claims(report: Extraction) -> None:
    c = claim_with(report, "Russia supplied 107 million tonnes")
    # a report with a named author speaks for the author, not the publishing institution
    assert (c.attribution, c.speaker, c.kind) == ("AUTHOR", key("Anna Petrova"), "FACT")
    assert {key("Russia", ORG), key("China", ORG)} <= set(c.mentions)
    # "The authors believe": the report's own voice
    assert claim_with(report, "asymmetric but stable").attribution == "AUTHOR"
    c = claim_with(report, "eastern vector")
    assert (c.attribution, c.speaker) == ("DIRECT_QUOTE", key("Nikolai Shulginov"))
    assert claim_with(report, "expected to reach 38 billion").kind == "FORECAST"
    # items of a "Conclusions and Recommendations" section
    assert claim_with(report, "pricing formula").kind == "RECOMMENDATION"
    assert claim_with(report, "joint arbitration mechanism").kind == "RECOMMENDATION"

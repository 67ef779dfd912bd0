"""Speaker shapes of round 9 (issue 12, batch 15), on sentences written here with invented
names.

Each class is a kind of miss seen on the unseen dev batch: a verb after a possessive is an
adjective ("during X’s expected trip, Y said"), a speaker set off by a relative "who"
("… made by Minister X, who anticipated that …"), a verb's setting before its "that"
("stated earlier in May that"), "cited data on …", "according to the aide" (the person
titled so before, not the last person named), "the <body> spokesman" (the spokesman named
before, not the body), a closing "he added" after a pair of persons ("A and B will …"), and a
headline "X urged …".
"""

from __future__ import annotations

from claims_helpers import ACTOR, ORG, attributed, build, key

from kb.models import PassageKind
from loaders.drafts import Extraction

HEADING = PassageKind.HEADING
ENTITIES = {
    "Ivan Petrov": (ACTOR, ["Petrov"]),
    "Marta Lind": (ACTOR, ["Lind"]),
    "Oleg Sokol": (ACTOR, ["Sokol"]),
    "Kremlin": (ORG, []),
    "Norlink": (ORG, []),
    "Vostok Customs Service": (ORG, []),
    "Valdorian Embassy in Norland": (ORG, ["Valdorian Embassy"]),
    "Trade Council": (ORG, []),
}


def _doc(*passages: str | tuple[str, PassageKind]) -> Extraction:
    return build(list(passages), entities=ENTITIES, authors=["Ann Writer"])


def test_a_verb_after_a_possessive_is_an_adjective_not_the_cue() -> None:
    for sentence in (
        "During Lind’s expected trip to Norlink, Petrov said, the two sides would focus on trade.",
        "Ahead of Lind’s announced visit, Petrov said, both sides would sign a grain deal.",
        "After Sokol’s reported remarks, Petrov said, the talks would resume in June.",
    ):
        assert attributed(_doc(sentence), "Petrov said") == ("REPORTED_SPEECH", key("Ivan Petrov"))


def test_a_speaker_set_off_by_a_relative_who() -> None:
    for sentence in (
        "The surge aligns with earlier forecasts made by Deputy Minister Ivan Petrov, who "
        "anticipated that trade would grow to 300 billion dollars.",
        "The rise is in line with a forecast by economist Marta Lind, who predicted that exports "
        "would double by 2030.",
        "Customs data point the same way as remarks by Oleg Sokol, who anticipates that the "
        "new route will open next year.",
    ):
        speaker = next(n for n in ("Ivan Petrov", "Marta Lind", "Oleg Sokol") if n in sentence)
        assert attributed(_doc(sentence), "who") == ("REPORTED_SPEECH", key(speaker))


def test_stated_with_a_setting_before_that() -> None:
    for sentence in (
        "Ambassador Ivan Petrov stated earlier in December that Norland may become the 12th "
        "largest partner.",
        "Marta Lind stated in March that the bank would cut rates twice.",
        "Oleg Sokol stated later in May 2024 that the pipeline talks had stalled.",
    ):
        speaker = next(n for n in ("Ivan Petrov", "Marta Lind", "Oleg Sokol") if n in sentence)
        assert attributed(_doc(sentence), "stated") == ("REPORTED_SPEECH", key(speaker))


def test_a_person_citing_data_speaks() -> None:
    for sentence in (
        "In his remarks at the forum, Ivan Petrov cited data on energy sales to Norland.",
        "Marta Lind cited figures showing a 12% rise in grain shipments.",
        "At the briefing, Oleg Sokol cited estimates that put the deficit at 3% of GDP.",
    ):
        speaker = next(n for n in ("Ivan Petrov", "Marta Lind", "Oleg Sokol") if n in sentence)
        assert attributed(_doc(sentence), "cited") == ("REPORTED_SPEECH", key(speaker))


def test_the_role_noun_is_the_person_titled_so_before() -> None:
    for first, role in (
        ("The summit will be business-like, President Marta Lind’s aide Ivan Petrov said.", "aide"),
        ("The deal is close, Ivan Petrov, an adviser at Norlink, told reporters.", "adviser"),
        ("Norlink envoy Ivan Petrov said the talks went well.", "envoy"),
    ):
        ex = _doc(
            first,
            "On Tuesday, the guest will meet Prime Minister Oleg Sokol. The longer talks will "
            f"be held later that day, according to the {role}.",
        )
        assert attributed(ex, "longer talks") == ("ACCORDING_TO", key("Ivan Petrov"))


def test_the_bodys_spokesman_is_the_spokesman_named_before() -> None:
    for first, second in (
        (
            "Talks are being finalised, Kremlin spokesman Ivan Petrov said.",
            "The dates will be announced jointly, the Kremlin spokesman said.",
        ),
        (
            "Ivan Petrov, a spokesman for the Trade Council, said tariffs would stay.",
            "No new duties are planned this year, the Trade Council spokesman added.",
        ),
        (
            "Norlink spokeswoman Marta Lind declined to give figures.",
            "The route will reopen in spring, the Norlink spokeswoman said later.",
        ),
    ):
        speaker = "Marta Lind" if "Lind" in first else "Ivan Petrov"
        assert attributed(_doc(first, second), second[:20]) == ("REPORTED_SPEECH", key(speaker))


def test_the_body_speaks_when_no_spokesman_was_named() -> None:
    ex = _doc("The dates will be announced jointly, the Kremlin spokesman said.")
    assert attributed(ex, "dates") == ("REPORTED_SPEECH", key("Kremlin", ORG))


def test_he_after_a_pair_of_persons_is_the_last_speaker() -> None:
    for second in (
        "Lind and Sokol will also discuss energy cooperation at the summit, he added.",
        "Sokol and Lind are expected to sign a grain deal, he said.",
        "Talks between Lind and Sokol will last two days, he noted.",
    ):
        ex = _doc("Trade will grow, Petrov said.", second)
        assert attributed(ex, second[:15]) == ("REPORTED_SPEECH", key("Ivan Petrov"))


def test_a_single_person_opening_the_sentence_is_still_he() -> None:
    ex = _doc("Trade will grow, Sokol said.", "Lind will visit Norlink in May, she added.")
    assert attributed(ex, "visit Norlink") == ("REPORTED_SPEECH", key("Marta Lind"))


def test_a_headline_with_a_past_speech_verb_names_its_source() -> None:
    for head in (
        "The Valdorian Embassy urged Norland not to interfere in trade",
        "Trade Council rejected claims of dumping by Norlink",
        "Marta Lind called on Norland to lift grain duties",
    ):
        ex = _doc((head, HEADING), "Trade between the two countries grew by 5% last year.")
        speaker = next(
            key(n, ENTITIES[n][0])
            for n in ("Valdorian Embassy in Norland", "Trade Council", "Marta Lind")
            if n.split(" in ")[0] in head
        )
        assert attributed(ex, head[:20]) == ("REPORTED_SPEECH", speaker)


def test_a_source_after_as_revealed_by_closing_the_sentence() -> None:
    for sentence in (
        "The new pipeline is reportedly delayed, as revealed by Norland Prime Minister Ivan "
        "Petrov.",
        "Grain exports fell by a third in May, as confirmed by Marta Lind, the port director.",
        "The route will open in spring, as announced by the Trade Council on Monday.",
    ):
        speaker = next(
            key(n, ENTITIES[n][0])
            for n in ("Ivan Petrov", "Marta Lind", "Trade Council")
            if n.split()[-1] in sentence
        )
        assert attributed(_doc(sentence), sentence[:20]) == ("REPORTED_SPEECH", speaker)


def test_as_reported_by_stays_an_outlets_report() -> None:
    ex = _doc("The pipeline is delayed, as reported by Norlink.")
    assert attributed(ex, "pipeline")[1] == key("Norlink", ORG)

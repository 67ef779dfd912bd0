"""Round 17 (claims 20): interviews set as questions and answers (texts written here).

An answer paragraph after a question is the interviewee's words, "we may conclude that …"
and "the leaders consider that …" included; the interviewee is the person a question
addresses ("Mr. X, …?"), the one a label opens an answer with ("X: …"), or the one person
the lead names with the word "interview". An analysis asking itself questions stays its
author's.
"""

from __future__ import annotations

from claims_helpers import run_pipeline
from claims_helpers import speaker_name as _speaker

from kb.models import DocumentKind
from loaders.drafts import Extraction


def _run(*paragraphs: str) -> Extraction:
    return run_pipeline(*paragraphs, kind=DocumentKind.REPORT)


LEAD = (
    "In an interview with the Varn Policy Center, analyst Oskar Delvane discusses the "
    "partners' early-warning project."
)


def test_answers_after_an_addressed_question_are_the_interviewees() -> None:
    ex = _run(
        LEAD,
        "Mr. Delvane, could you tell us about the system the partners will build?",
        "We do not know the details of the agreement. We may conclude that the partners will "
        "upgrade the radars. The leaders consider that their current radars are old.",
        "What will the reaction of Washington be?",
        "The White House will not be pleased by the project.",
    )
    for fragment in ("details of the agreement", "We may conclude", "radars are old", "pleased"):
        assert _speaker(ex, fragment) == "Oskar Delvane", fragment
    assert _speaker(ex, "discusses the partners") == "Maren Holt"  # the lead is the author's


def test_a_named_speaker_inside_an_answer_keeps_the_speech() -> None:
    ex = _run(
        LEAD,
        "Mr. Delvane, could you tell us about the system the partners will build?",
        "The plan is real. Ilsa Morvane said that the radars would be ready by 2027.",
    )
    assert _speaker(ex, "plan is real") == "Oskar Delvane"
    assert _speaker(ex, "ready by 2027") == "Ilsa Morvane"


def test_an_analysis_asking_itself_questions_stays_the_authors() -> None:
    ex = _run(
        "Oskar Delvane visited the port in May and met the governor.",
        "What does this mean for the partnership?",
        "The partners will need more ships. The port is too small for them.",
        "Will the line ever pay for itself?",
        "Probably not within a decade.",
    )
    assert _speaker(ex, "need more ships") == "Maren Holt"
    assert _speaker(ex, "Probably not") == "Maren Holt"

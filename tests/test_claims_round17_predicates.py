"""Round 17 (claims 20): the subject of the main clause speaks through a second predicate
(sentences written here; the registered people are real, the rest invented).

1. A predicate coordinated with the main clause's ("He referred to X as …, proposed … and
   insisted that …"; "X gave no details, but did clarify that …") has the main clause's
   subject, also when that subject is a pronoun for the person the last sentence opened with;
   only a predicate reporting a "that" clause does ("… and agreed to continue talks, Y said"
   is Y's; "… but congratulated him" is an act).
2. Auxiliaries between the subject and the speech verb: "he was quick to clarify that",
   "X did clarify that".
3. A participle after the main clause speaks for its subject after an opening phrase of time
   or circumstance ("Within days of the visit, President X invited …, noting that …"), and
   more participles state a stance: "…, calling him his best friend", "…, urging …".
4. A state's role in lower case ("Russia's defense minister said") is the person the document
   titled so before, not the state.
5. "He" opening a sentence, when no person opened the last one, is the one person who acted
   in it ("…, and last month President X paid a visit. He insisted …"); with two such
   persons the rule says nothing.
6. A body's "press department" / "press center" / "information department" speaks for the
   body; a nationality before a body whose name opens on a proper name is said of the body
   ("the Russian Kazan Federal University" is Kazan Federal University), one before a common
   word is part of the name ("Russian Geographical Society").
7. A block quotation after "X commented …:" that opens a quotation mark runs on to its
   closing mark, into the next paragraph too, and its "I think that …" is X's; a block
   without marks still stops at a sentence naming a source of its own.
8. The setting after an inverted speaker ("…,” said the envoy at a board meeting of the X
   Ministry in Y.") names no speaker: the noun phrase before it does.
"""

from __future__ import annotations

import pytest
from claims_helpers import run_pipeline as _run
from claims_helpers import speaker_name as _speaker

# -- 1. coordinated predicates ----------------------------------------------------------------


def test_a_pronoun_subject_speaks_through_the_last_of_three_predicates() -> None:
    ex = _run(
        "Last month President Xi paid a state visit to Russia. He referred to Putin as his "
        "dear friend, proposed a peace plan and insisted that China stood on the right side "
        "of history."
    )
    assert _speaker(ex, "right side of history") == "Xi Jinping"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilsa Morvane gave no details, but did clarify that the line had no buyers yet.",
        "Ilsa Morvane toured the port and stressed that the line had no buyers yet.",
    ],
)
def test_a_named_subject_speaks_through_a_second_predicate(sentence: str) -> None:
    ex = _run("The port opened in May.", sentence)
    assert _speaker(ex, "no buyers yet") == "Ilsa Morvane"


def test_a_second_clause_with_its_own_subject_is_not_the_first_subjects() -> None:
    ex = _run("The plant closed in May and Rosneft said it would reopen the site in the autumn.")
    assert _speaker(ex, "reopen the site") == "Rosneft"


def test_a_plain_sentence_with_two_predicates_stays_the_authors() -> None:
    ex = _run("Ilsa Morvane toured the port and visited the new terminal in the north.")
    assert [c.attribution for c in ex.claims] == ["AUTHOR"]


# -- 2. auxiliaries ---------------------------------------------------------------------------


def test_quick_to_clarify_is_the_subjects_statement() -> None:
    ex = _run(
        "While Foreign Minister Sergei Lavrov has called China a priority partner in the "
        "Arctic, he was quick to clarify that he meant the Russian Arctic."
    )
    assert _speaker(ex, "meant the Russian Arctic") == "Sergey Lavrov"


# -- 3. participles ---------------------------------------------------------------------------


def test_a_participle_after_an_opening_phrase_of_time_speaks_for_the_subject() -> None:
    ex = _run(
        "The talks stalled. Within days of the visit, President Zelensky invited the Chinese "
        "leader to visit Kyiv, noting that they had had contact before the war."
    )
    assert _speaker(ex, "had had contact") == "Volodymyr Zelensky"


def test_a_calling_participle_states_the_subjects_stance() -> None:
    ex = _run(
        "Chinese President Xi Jinping gave Putin a friendship medal on Friday, calling him his "
        "best friend."
    )
    assert _speaker(ex, "his best friend") == "Xi Jinping"


def test_a_participle_after_a_figure_gives_no_speaker() -> None:
    ex = _run("Exports rose by 5% in May, calling into question the ministry's forecast.")
    assert [c.attribution for c in ex.claims] == ["AUTHOR"]


# -- 4. a state's role in lower case ----------------------------------------------------------


def test_a_states_role_in_lower_case_is_the_person_titled_so_before() -> None:
    ex = _run(
        "Li Shangfu met Putin and Russia’s Defense Minister Sergei Shoigu on Sunday.",
        "Li said the two countries would take cooperation to the next level.",
        'Russia\'s defense minister said it was "important that our countries see eye to eye".',
    )
    assert _speaker(ex, "see eye to eye") == "Sergei Shoigu"


# -- 5. the person a pronoun opening a sentence means -----------------------------------------


def test_a_pronoun_opening_a_sentence_is_the_one_person_acting_in_the_last() -> None:
    ex = _run(
        "“The call was long and meaningful,” Ilsa Morvane said of her talk with Beijing.",
        "But the ministry never condemned the strikes, and last month President Xi paid a "
        "visit to Moscow. He insisted that China stood on the right side of history.",
    )
    assert _speaker(ex, "right side of history") == "Xi Jinping"


def test_two_persons_acting_in_the_last_sentence_leave_the_last_speaker() -> None:
    ex = _run(
        "“The call was long and meaningful,” Ilsa Morvane said of her talk with Beijing.",
        "The talks ended after Oskar Delvane met Li Qiang and Li Qiang flew home. She insisted "
        "that the talks had gone well.",
    )
    assert _speaker(ex, "talks had gone well") == "Ilsa Morvane"


# -- 6. a body's press department, a nationality said of a body -------------------------------


@pytest.mark.parametrize("voice", ["press department", "press center", "information department"])
def test_a_bodys_press_department_is_the_body(voice: str) -> None:
    ex = _run(f"According to the {voice} of Norvale State University, 350 students applied.")
    assert _speaker(ex, "350 students applied") == "Norvale State University"


def test_a_nationality_before_a_body_named_by_a_proper_name_is_not_its_name() -> None:
    ex = _run(
        "According to the press department of the Russian Kazan Federal University, 350 "
        "Chinese citizens have applied.",
        "The Russian Geographical Society joined the project.",
    )
    orgs = {e.name for e in ex.entities.values() if e.type.name == "ORGANISATION"}
    assert "Kazan Federal University" in orgs
    assert "Russian Kazan Federal University" not in orgs
    assert "Russian Geographical Society" in orgs  # a common word opens it: the name's own
    assert _speaker(ex, "350 Chinese citizens") == "Kazan Federal University"


@pytest.mark.parametrize(
    ("sentence", "fragment", "want"),
    [
        # a closing attribution names the speaker of the whole sentence
        (
            "Putin and Xi also discussed the situation in Ukraine and agreed to continue "
            "bilateral contacts, Yury Ushakov said, without elaborating.",
            "agreed to continue",
            "Yuri Ushakov",
        ),
        # an act, no statement: the author's
        (
            "Ilsa Morvane has yet to speak to the envoy, but congratulated him on television.",
            "congratulated him",
            "Maren Holt",
        ),
    ],
)
def test_a_coordinated_predicate_speaks_only_with_a_that_clause(
    sentence: str, fragment: str, want: str
) -> None:
    ex = _run("The talks were held on Thursday.", sentence)
    assert _speaker(ex, fragment) == want


# -- 7. a block quotation after "X commented:" runs to its closing mark -----------------------


def test_a_block_quotation_runs_into_the_next_paragraph_to_its_closing_mark() -> None:
    ex = _run(
        "Oskar Delvane, Principal Director on Energy studies at the Varn Energy Institute, "
        "commented to Kestrel FM on the prospects for the pipeline amid tensions in the south:",
        '"Today we see that supplies from the south carry more risk. Prices keep rising.',
        "I think that the partners can now decide to build the line. Now the situation has "
        'changed, to put it mildly. The basic question is the price of these supplies."',
        "The ministry did not comment on the plan.",
    )
    for fragment in ("carry more risk", "partners can now decide", "to put it mildly", "price of"):
        assert _speaker(ex, fragment) == "Oskar Delvane", fragment
    assert _speaker(ex, "did not comment") != "Oskar Delvane"  # the quotation closed before


def test_a_block_without_marks_still_stops_at_a_cue_of_its_own() -> None:
    ex = _run(
        "Oskar Delvane, Principal Director on Energy studies at the Varn Energy Institute, "
        "commented to Kestrel FM on the prospects for the pipeline amid tensions in the south:",
        "Supplies from the south carry more risk. The ministry said that prices would fall.",
    )
    assert _speaker(ex, "carry more risk") == "Oskar Delvane"
    assert _speaker(ex, "prices would fall") != "Oskar Delvane"


# -- 8. the setting after an inverted speaker -------------------------------------------------


def test_an_inverted_speakers_setting_names_no_speaker() -> None:
    ex = _run(
        "Tourists from Norland made up the most visitors last year, according to Norland's "
        "Ambassador Li Qiang.",
        "“The number of tourists reached 1.5 million in 2017. This is the largest number "
        "among all countries,” said the Norland envoy at a board meeting of the Ministry for "
        "the Development of the Eastern Provinces in Tarvik.",
    )
    assert _speaker(ex, "1.5 million") == "Li Qiang"
    people = {e.name for e in ex.entities.values() if e.type.name == "ACTOR"}
    assert "Eastern Provinces" not in people

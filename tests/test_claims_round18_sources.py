"""Round 18 (claims 21): sources written around their names (sentences written here; the
registered bodies and people are real, the rest invented).

1. "According to" a role, then the person holding it: "according to the governor of the X
   region Ilsa Morvane", "according to the X Minister of Economic Development, Ilsa
   Morvane." (the name closing the sentence); not inside a body's name ("statistics of the
   General Administration of …").
2. "According to" a work and its maker: "the technical specifications issued by X",
   "information from X", "a study by X" are X's ("the results of the census" name no one).
3. An apposition before the verb after an opening phrase, with an object that opens on a
   possessive ("…, Ilsa Morvane, Norland's ambassador to Y, affirmed Norland's desire …");
   a body's name inside the title ("A spokesperson for Russia's gas company, Gazprom, Ilsa
   Morvane, said").
4. A wire closing a quotation relays the subject who told someone "that …": "Ilsa Morvane
   told state media that “…,” news agency Xinhua reported." is Morvane's.
5. Data "published last week" showed: the data's source.
6. "…, it said." after a sentence that opens on a body: the body.
7. "the press office said" with no owner: the body that spoke just before; "According to the
   report" after "…, Izvestia reported.": the outlet.
8. "hoped that" states a hope: the subject's ("The ambassador hoped that …").
9. Two people's names joined by "and" are one subject, the first speaking ("A and B argue
   that"); a body's staff speak for it ("RAND experts emphasize"; "Russian experts" stay a
   group); a dateline before a title ("Aug 15 (XINHUA) – China's ambassador, X, said").
10. "define … as" (Levin 29.2) and "raised the issue of" state something; the American base
    forms of "-ise" verbs ("emphasize") count as base forms.
11. An interview's answer under "Name, Affiliation: …" is the interviewee's.
"""

from __future__ import annotations

import pytest
from claims_helpers import entity_names
from claims_helpers import run_pipeline as _run
from claims_helpers import speaker_name as _speaker

from kb.models import EntityType

# -- 1. a role, then its holder ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the governor of the Far Eastern region Ilsa Morvane, turnover with China "
        "grew by 14 percent.",
        "According to acting Governor of the Northern Region Ilsa Morvane, turnover with China "
        "grew by 14 percent.",
        "Turnover with China grew by 14 percent, according to the Varna Minister of Economic "
        "Development, Ilsa Morvane.",
    ],
)
def test_according_to_a_role_then_its_holder_is_the_holder(sentence: str) -> None:
    ex = _run("The border crossing opened in May.", sentence)
    assert _speaker(ex, "grew by 14 percent") == "Ilsa Morvane"


def test_according_to_a_body_with_a_role_word_in_its_name_stays_the_body() -> None:
    ex = _run(
        "Trade rose 1.6%, according to statistics of the General Administration of Customs "
        "of the People's Republic of China."
    )
    assert _speaker(ex, "Trade rose") == (
        "General Administration of Customs of the People's Republic of China"
    )


# -- 2. a work and its maker ------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    ["the technical specifications issued by", "information from", "a study by", "a report of"],
)
def test_according_to_a_work_is_its_makers(phrase: str) -> None:
    ex = _run(f"According to {phrase} Russian Railways, the bridge must be rebuilt by 2026.")
    assert _speaker(ex, "bridge must be rebuilt") == "Russian Railways"


def test_according_to_the_results_of_a_thing_names_no_one() -> None:
    ex = _run("According to the results of the census, the population fell by 2 percent.")
    assert _speaker(ex, "population fell") is None


# -- 3. appositions ---------------------------------------------------------------------------


def test_an_apposition_after_an_opening_phrase_before_a_possessive_object() -> None:
    ex = _run(
        "In a press conference in Beijing on Sunday, Ilsa Morvane, Russia's ambassador to "
        "China, affirmed Russia's desire to cooperate with China."
    )
    assert _speaker(ex, "desire to cooperate") == "Ilsa Morvane"


def test_an_inverted_subject_with_a_possessive_role_still_speaks() -> None:
    ex = _run("Trade will grow next year, said Russia's trade envoy Ilsa Morvane.")
    assert _speaker(ex, "Trade will grow") == "Ilsa Morvane"


def test_a_body_named_inside_a_title_is_not_the_speaker() -> None:
    ex = _run(
        "A spokesperson for Russia's state natural gas company, Gazprom, Ilsa Morvane, said it "
        "was likely the two would sign an agreement."
    )
    assert _speaker(ex, "sign an agreement") == "Ilsa Morvane"


# -- 4. a wire relaying a quotation -----------------------------------------------------------


def test_a_wire_closing_a_quotation_relays_the_subject_who_told() -> None:
    ex = _run(
        "Ilsa Morvane told Chinese state media ahead of the visit that “relations have reached "
        "an all-time high and continue to strengthen,” news agency Xinhua reported."
    )
    assert _speaker(ex, "all-time high") == "Ilsa Morvane"


def test_a_quotation_with_only_a_wire_after_it_is_the_wires() -> None:
    ex = _run("“Relations have reached an all-time high and will grow,” Xinhua reported.")
    assert _speaker(ex, "all-time high") == "Xinhua"


# -- 5. data published when -------------------------------------------------------------------


def test_data_published_last_week_showed_names_the_source() -> None:
    ex = _run(
        "Trade turnover was down 8.1% year-on-year from January to July, Chinese customs data "
        "published last week showed."
    )
    assert _speaker(ex, "Trade turnover was down") == (
        "General Administration of Customs of the People's Republic of China"
    )


# -- 6. "it said" after a body opening the sentence ------------------------------------------


def test_it_said_after_a_sentence_opening_on_a_body_is_the_body() -> None:
    ex = _run(
        "Rusal is already working with Chinese companies, and part of the bond proceeds may "
        "be used in China, it said."
    )
    assert _speaker(ex, "bond proceeds") == "Rusal"


def test_it_said_after_a_possessive_opening_is_not_the_owner() -> None:
    ex = _run("China's exports rose 5% in May, it said.")
    assert _speaker(ex, "exports rose") == "Maren Holt"  # the byline's, as before the rule


# -- 7. a press office or a report without its owner ----------------------------------------


def test_a_bare_press_office_is_the_body_that_spoke_before() -> None:
    ex = _run(
        "The parties agreed a draft document on currency swaps, the Central Bank of Russia "
        "said on Thursday.",
        "The volume of the swaps will depend on demand, the press office said.",
    )
    assert _speaker(ex, "depend on demand") == "Bank of Russia"


def test_a_bare_press_office_with_no_body_before_names_no_one() -> None:
    ex = _run("The volume of the swaps will depend on demand, the press office said.")
    assert _speaker(ex, "depend on demand") == "Maren Holt"  # the byline's, as before


def test_the_report_after_an_outlet_reported_is_the_outlets() -> None:
    ex = _run(
        "Only a small share of payments from Russia now pass through the bank, Izvestia reported.",
        "According to the report, small Chinese lenders still work with Russia.",
    )
    assert _speaker(ex, "small Chinese lenders") == "Izvestia"


# -- 8. hope ----------------------------------------------------------------------------------


def test_hoped_that_is_the_subjects_stated_hope() -> None:
    ex = _run(
        "China has been Russia's top trading partner for six years, Chinese Ambassador to "
        "Russia Li Hui has said.",
        "The ambassador hoped that China and Russia would find new ways of growth.",
    )
    assert _speaker(ex, "new ways of growth") == "Li Hui"


# -- 9. subjects: two names, a body's staff, a dateline before a title -----------------------


def test_two_coordinated_names_are_one_subject_the_first_speaking() -> None:
    ex = _run(
        "Meanwhile, Carnegie’s Alexander Gabuev and Temur Umarov argue that the pandemic has "
        "exposed the economy."
    )
    assert _speaker(ex, "exposed the economy") == "Alexander Gabuev"


def test_a_bodys_staff_speak_for_the_body_and_nationals_stay_a_group() -> None:
    ex = _run(
        "RAND experts emphasize that China has no natural influence in the Arctic.",
        "Russian experts believe that oil would rise.",
    )
    assert _speaker(ex, "natural influence") == "RAND Corporation"
    assert _speaker(ex, "oil would rise") is None


def test_a_dateline_before_a_title_and_the_name_is_no_part_of_the_title() -> None:
    ex = _run(
        "MOSCOW, Russia, Aug 15 (NNN-XINHUA) – China’s new ambassador to Russia, Ilsa "
        "Morvane, called on both countries to make joint efforts."
    )
    assert _speaker(ex, "joint efforts") == "Ilsa Morvane"


# -- 10. verbs: "define … as", "raised the issue of" ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        (
            "Chinese ambassador to Russia Ilsa Morvane defined the political trust as "
            '"having achieved a new height" in an article.',
            "political trust",
        ),
        (
            "U.S. Secretary of State Ilsa Morvane raised the issue of “the buildup” of forces "
            "on the border when she visited the UK.",
            "the buildup",
        ),
    ],
)
def test_a_characterisation_or_a_matter_raised_is_the_subjects(
    sentence: str, fragment: str
) -> None:
    ex = _run(sentence)
    assert _speaker(ex, fragment) == "Ilsa Morvane"


# -- 11. an interview's answer under a label with an affiliation --------------------------------


def test_an_answer_under_a_name_and_affiliation_label_is_the_interviewees() -> None:
    ex = _run(
        "For that, we turn to Ilsa Morvane of the Center for Naval Analyses.",
        "What is driving the strengthening of relations right now?",
        "Ilsa Morvane, Center for Naval Analyses: Well, I think the relationship has "
        "strengthened over the last several years.",
        "So, I think we saw this trend after the financial crisis in 2008.",
    )
    assert _speaker(ex, "strengthened over the last") == "Ilsa Morvane"
    assert _speaker(ex, "financial crisis in 2008") == "Ilsa Morvane"


# -- 12. a body described by where it sits -------------------------------------------------


def test_a_body_described_by_where_it_sits_opens_the_sentence_and_speaks_on() -> None:
    ex = _run(
        "ii) The US-based Duowei News on July 4, published an article on the controversy. It "
        "said the embassy quietly removed the words."
    )
    assert _speaker(ex, "quietly removed") == "Duowei News"
    assert "US-based Duowei News" not in entity_names(ex, EntityType.ORGANISATION)


def test_an_outlet_revealing_that_a_person_made_a_statement_relays_the_person() -> None:
    ex = _run(
        "The Duowei News published an article on the controversy.",
        "It revealed that the following day, Hu Xijin made a public statement saying that he "
        "opposed the post.",
    )
    assert _speaker(ex, "opposed the post") == "Hu Xijin"


# -- 13. a list after titles, "flagged that", an outlet closing without its comma -------------


def test_two_titled_people_in_a_source_are_a_list_the_first_speaking() -> None:
    ex = _run(
        "According to former diplomat Michael McFaul and expert Evan Medeiros, the United "
        "States will not divide the alliance."
    )
    assert _speaker(ex, "not divide the alliance") == "Michael McFaul"


def test_flagged_that_states_something_and_a_flagged_vessel_does_not() -> None:
    ex = _run(
        "Zong Liang flagged, however, that the rouble's weakness was causing concern.",
        "The flagged vessel sailed to China.",
    )
    assert _speaker(ex, "causing concern") == "Zong Liang"
    assert [c.attribution for c in ex.claims if "vessel" in c.text] == ["AUTHOR"]


def test_an_outlet_closing_the_sentence_without_a_comma_reports_it() -> None:
    ex = _run(
        "Russia and China signed a 30-year deal for Gazprom to deliver gas to China reported "
        "The Guardian."
    )
    assert _speaker(ex, "30-year deal") == "The Guardian"


def test_the_results_of_an_event_name_no_source() -> None:
    ex = _run("According to the results of the CPC Congress in Beijing, Xi remains the leader.")
    assert _speaker(ex, "remains the leader") is None


# -- 14. from batches 42-43's misses, after their first run -----------------------------------


def test_a_dateline_with_an_ascii_dash_is_no_subject() -> None:
    ex = _run(
        "BEIJING, Aug. 8 (Xinhua) -- A Chinese defense spokesperson on Friday called on "
        "relevant parties to view the cooperation objectively."
    )
    assert _speaker(ex, "view the cooperation") is None


def test_an_initial_glued_to_a_surname_and_a_comma_dash_close() -> None:
    ex = _run(
        "Russia is ready to export more wheat, declared Deputy Minister of Agriculture Yevgeny "
        "Nepoklonov during a meeting with the head of COFCO International, Henry Wong.",
        '"In April, the first trial batch of wheat was shipped to China. Russia is ready to '
        'expand supply", - said Y.Nepoklonov.',
        "In turn, H.Wong noted that COFCO is ready to buy Russian wheat.",
    )
    assert _speaker(ex, "first trial batch") == "Yevgeny Nepoklonov"
    assert _speaker(ex, "ready to buy Russian wheat") == "Henry Wong"


def test_a_states_described_outlet_is_the_outlet() -> None:
    ex = _run(
        "The teams employ 1,500 staff in Moscow, according to Russia’s state-run Sputnik News.",
        "Exports rose, according to Russia's deputy foreign minister Sergei Ryabkov.",
    )
    assert _speaker(ex, "1,500 staff") == "Sputnik News"
    assert _speaker(ex, "Exports rose") == "Sergei Ryabkov"

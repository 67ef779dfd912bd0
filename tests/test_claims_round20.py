"""Round 20 (claims 23): sources missed on stop 25's fresh batch 50 and the dev batches
(sentences written here; the bodies and people are real or invented, the figures invented).

1. "the press service of the trading platform said" is the exchange named before; "the
   press service of the company said" is the company named earlier in the same sentence,
   not the one that spoke last.
2. "The exchange added" is the exchange named before.
3. "the U.S. Treasury said": the full stop of initials opens no new clause.
4. An adverb between a subject and its verb: "“…,” he further added", "he also said".
5. "reminded that" reports a statement; "reminded visitors of the war" does not.
6. An owner's description before a name is no speaker: "as per reports by Russia's state
   nuclear power corporation Rosatom", "…, said China's largest oil company CNPC".
7. "This was announced on March 17 to Izvestia by X": the outlet told is no part of the cue.
8. A concession opening the sentence is no source: "Although many people have posted their
   views, X, a professor, warned not to …" is X's.
9. "the diplomat told reporters" after "Foreign Ministry spokeswoman X said": a foreign
   ministry's spokesperson is a diplomat.
10. "China's chief diplomat, chief of staff of the Commission, Wang Yi, said": a role opening
    the apposition before the name.
11. A registered name with its particle capitalised after a title ("European Commission
    President Ursula Von der Leyen told").
12. A transcript of speeches: "President of Ostania Ivo Ruml: Dear friends," opens his turn,
    and the paragraphs after it up to the next label are his words; a label in a report
    whose next paragraphs speak in no first person leaves them the author's.
13. In a news article "The paper said" is the newspaper named before (in a report, "the
    paper" is still the report itself).
14. "Xinhua on Wednesday said": the day it spoke is no part of the source's name.
15. A wire's dek before its body: "The CEO added that …" is the person the body names next
    with that title in full ("Chief Executive Officer of Norland's corporation Ivo Ruml").
16. Interviews and transcripts set as pages print them: the first speech label read as the
    page's heading ("President of Ostania Ivo Ruml (retranslated): Friends,"); a headline
    quoting the interviewee ("Ivo Ruml: Ostania and Norland are solving …") over questions
    and answers; answers set with dashes after a lead that says the person "shared his
    thoughts with" an outlet; a "Q+A: Ivo Ruml" title over answers with no questions. A
    headline "Norland's Ruml: Partnership Has Limits" over a news story opens no turn.
17. "We have collected statements by the aide Ivo Ruml following the call:" announces his
    items, a heading between ("Read on the website") notwithstanding; an item reporting
    its own subject's clause ("Lind confirmed to Ruml that …") is that subject's; page
    furniture after the items ("Loading ...") ends the list and is no claim.
18. "X pointed to the inconsistency of …" states an assessment; "In expert's opinion" (a
    role word alone) is the expert named before.
19. A press conference transcript: "RIA Novosti: I have two questions. …?" is a reporter's
    question, no claim; "Ivo Ruml: Regarding the first question, …" is his answer, verbatim.
20. "X assessed the relationship as based on …" judges; "assessed the damage" does not.
21. An interview whose first question the reader set as a heading ("GT: What are your
    priorities?" / "Ruml:" / answer); an outlet's labelled statement between answers
    ("Harbour.com: The two states cooperate in energy.") is the interviewer's, no answer.
"""

from __future__ import annotations

import pytest
from claims_helpers import attributed, read_page, speaker_name
from claims_helpers import run_pipeline as _run

from kb.models import DocumentKind

_LEAD = "Trading in the yuan on the Moscow Exchange rose to a record in June. "


def test_the_press_service_of_a_trading_platform_is_the_exchange_named_before() -> None:
    ex = _run(
        _LEAD + "The volume reached 1.2 trillion rubles, the press service of the trading "
        "platform said."
    )
    assert speaker_name(ex, "The volume reached") == "Moscow Exchange"


def test_the_press_service_of_the_company_is_the_company_of_its_sentence() -> None:
    ex = _run(
        _LEAD + "The volume reached a record, the press service of the trading platform said. "
        "Rosneft shipped more oil to China, the press service of the company said."
    )
    assert speaker_name(ex, "Rosneft shipped") == "Rosneft"


@pytest.mark.parametrize("noun", ["exchange", "bourse"])
def test_the_exchange_speaking_is_the_exchange_named_before(noun: str) -> None:
    ex = _run(_LEAD + f"The {noun} added that demand for the currency would grow.")
    assert speaker_name(ex, "demand for the currency") == "Moscow Exchange"


def test_a_press_service_of_no_body_named_is_nobodys() -> None:
    ex = _run("Prices rose in June, the press service of the company said.")
    assert attributed(ex, "Prices rose")[0] == "AUTHOR"  # the document's author, no body


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.S. Treasury said it was raising the risk of secondary sanctions.",
        "Among the steps, the U.S. Treasury said it was raising “the risk of sanctions.”",
    ],
)
def test_initials_before_a_body_open_no_clause(sentence: str) -> None:
    ex = _run(sentence)
    assert speaker_name(ex, "raising") == "US Department of the Treasury"


@pytest.mark.parametrize("tail", ["he further added", "he also said", "he later added"])
def test_an_adverb_between_a_pronoun_and_its_verb(tail: str) -> None:
    ex = _run(
        "President Vladimir Putin mentioned that energy is the most important sector.\n\n"
        f"“Russia remains the largest supplier of fuel to the Chinese market,” {tail}."
    )
    assert speaker_name(ex, "largest supplier of fuel") == "Vladimir Putin"


def test_reminded_that_reports_a_statement() -> None:
    ex = _run("Mikhail Mishustin reminded that trade had set a new record in 2022.")
    assert attributed(ex, "new record")[0] == "REPORTED_SPEECH"
    assert speaker_name(ex, "new record") == "Mikhail Mishustin"


def test_reminded_of_something_is_no_statement() -> None:
    ex = _run("The plaque reminded visitors of the war.")
    assert attributed(ex, "The plaque")[0] == "AUTHOR"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Two more units will be built by 2027, as per reports by Russia’s state nuclear "
            "power corporation Rosatom.",
            "Rosatom",
        ),
        ("Two more units will be built by 2027, said China’s largest oil company CNPC.", "CNPC"),
    ],
)
def test_the_name_after_an_owners_description_speaks(sentence: str, speaker: str) -> None:
    ex = _run(sentence)
    assert speaker_name(ex, "Two more units") == speaker


def test_this_was_announced_to_an_outlet_by_a_person() -> None:
    ex = _run(
        "The visit is important for discussing the international situation. This was "
        "announced on March 17 to Izvestia by Vladimir Portyakov, a researcher at the institute."
    )
    assert speaker_name(ex, "The visit is important") == "Vladimir Portyakov"


def test_a_fronted_concession_is_no_source() -> None:
    ex = _run(
        "Although many people have posted their views on the conflict, Fang Kecheng, an "
        "assistant professor at the university, warned not to read too much into them."
    )
    assert speaker_name(ex, "read too much") == "Fang Kecheng"


def test_a_foreign_ministry_spokeswoman_is_the_diplomat() -> None:
    ex = _run(
        "China is ready to cooperate in the Arctic, Chinese Foreign Ministry spokeswoman Mao "
        "Ning said on Thursday. On Wednesday, Russian President Vladimir Putin said that "
        "Russia invites other countries to the route.\n\n"
        '"China is ready to cooperate with Russia in various fields," the diplomat told '
        "reporters."
    )
    assert speaker_name(ex, "in various fields") == "Mao Ning"


def test_a_role_opening_the_apposition_before_a_name() -> None:
    ex = _run(
        "Zhang Jun, China's ambassador to the United Nations, said peace matters.\n\n"
        "China’s chief diplomat, chief of staff of the Foreign "
        "Affairs Commission of the CPC Central Committee, Wang Yi, said on February 18 that "
        "Beijing would prepare a plan."
    )
    assert speaker_name(ex, "prepare a plan") == "Wang Yi"


def test_a_registered_name_with_a_capitalised_particle_after_a_title() -> None:
    ex = _run(
        "And European Commission President Ursula Von der Leyen told the conference: “We need "
        "more proof.”"
    )
    assert speaker_name(ex, "more proof") == "Ursula von der Leyen"


SPEECHES = """Ivo Ruml and Marta Lind launched the construction of the new port.

President of Ostania Ivo Ruml: Dear friends,

First of all, I am delighted to attend this landmark event.

Our specialists are building a modern port that meets every safety standard.

Prime Minister of Norland Marta Lind: Thank you, Mr President.

We will open the port to ships from every country in 2027.
"""


def test_a_transcript_label_opens_a_speakers_turn() -> None:
    ex = _run(*SPEECHES.strip().split("\n\n"))
    assert speaker_name(ex, "I am delighted") == "Ivo Ruml"
    assert speaker_name(ex, "Our specialists") == "Ivo Ruml"
    assert speaker_name(ex, "We will open the port") == "Marta Lind"


def test_a_label_with_no_first_person_after_it_opens_no_turn() -> None:
    ex = _run(
        "Marta Lind: no talks are planned.",
        "The port will open to ships from every country in 2027, the ministry's plan shows.",
        "Trade through it is expected to double.",
    )
    assert attributed(ex, "expected to double")[0] == "AUTHOR"


def test_the_paper_in_an_article_is_the_newspaper_named_before() -> None:
    ex = _run(
        "Citing sources, Vedomosti reported that payments were delayed. The paper said other "
        "banks were tightening compliance checks."
    )
    assert speaker_name(ex, "tightening compliance") == "Vedomosti"


def test_the_paper_in_a_report_is_the_report() -> None:
    ex = _run("The paper argues that trade rose.", kind=DocumentKind.REPORT)
    assert attributed(ex, "trade rose")[0] == "AUTHOR"


def test_the_day_a_source_spoke_is_no_part_of_its_name() -> None:
    ex = _run(
        "State-run Xinhua on Wednesday said the railway port had improved its logistics. More "
        "than 5,000 tonnes of coal a day were delivered via the port, it said."
    )
    assert speaker_name(ex, "5,000 tonnes") == "Xinhua"
    assert not any("Wednesday" in e.name for e in ex.entities.values())


def test_a_role_in_a_dek_is_the_person_the_body_titles_so_next() -> None:
    ex = _run(
        "The CEO added that contracts for the seventh and eighth units had been signed",
        "MOSCOW, December 18. /TASS/. The corporation is preparing contracts for two more "
        "units, Chief Executive Officer of Norland's state corporation Ivo Ruml said on Tuesday.",
    )
    assert speaker_name(ex, "seventh and eighth units") == "Ivo Ruml"


def test_a_role_in_a_dek_is_nobody_when_the_next_person_has_another_title() -> None:
    ex = _run(
        "The CEO added that contracts for the seventh and eighth units had been signed",
        "MOSCOW, December 18. /TASS/. Talks went on, Deputy Minister Marta Lind said on Tuesday.",
    )
    assert speaker_name(ex, "seventh and eighth units") != "Marta Lind"


def test_a_speech_label_read_as_the_heading_opens_the_turn() -> None:
    ex = read_page(
        "President of Ostania Ivo Ruml (retranslated): President Lind, friends,\n\n"
        "I would like to once again warmly welcome President Lind to Ostania.\n\n"
        "Our countries have completed important items on the agenda.\n\n"
        "President of Norland Marta Lind: Mr President, friends,\n\n"
        "We have held very meaningful talks in a restricted format.\n"
    )
    assert speaker_name(ex, "warmly welcome") == "Ivo Ruml"
    assert speaker_name(ex, "meaningful talks") == "Marta Lind"


def test_a_headline_quoting_the_interviewee_over_dashed_answers() -> None:
    ex = read_page(
        "Ivo Ruml: Ostania and Norland are solving the problem with payments\n\n"
        "On the eve of the visit of President Marta Lind, Ambassador Ivo Ruml told the "
        "agency in an interview about trade and payments between the two states.\n\n"
        "– President Lind will visit this year. What does your side expect from it?\n\n"
        "– Last March our president chose Norland for his first visit. This shows the "
        "high level of our relations, and we expect new agreements.\n"
    )
    assert speaker_name(ex, "high level of our relations") == "Ivo Ruml"


def test_answers_after_a_lead_that_the_person_shared_his_thoughts() -> None:
    ex = read_page(
        "Ambassador: trust between the two states has risen to new heights\n\n"
        "Before the meeting of the heads of government, Ambassador Ivo Ruml shared his "
        "thoughts on these events with Interfax and a group of journalists.\n\n"
        "Ambassador: trust between the two states has risen to new heights\n"
        "- A meeting of the heads of government will be held in December. What is on the "
        "agenda of these events?\n\n"
        "- The heads of government of our countries will plan the cooperation of the next "
        "years and consider the situation in every area of it.\n"
    )
    assert speaker_name(ex, "plan the cooperation") == "Ivo Ruml"


def test_a_q_and_a_title_over_answers_with_no_questions() -> None:
    ex = read_page(
        "Q+A: Ivo Ruml\n\n(Harbour Daily)\n\nOn the visit\n\n"
        "Ostania is grateful for the decision to visit and welcomes the delegation.\n\n"
        "On culture\n\nPart of my dream is to improve contact between our peoples.\n"
    )
    assert speaker_name(ex, "grateful for the decision") == "Ivo Ruml"


def test_a_news_headline_with_a_colon_opens_no_turn() -> None:
    ex = read_page(
        "Norland's Ruml: Partnership Has Limits\n\n"
        "The partnership has limits, Norland's foreign policy chief Ivo Ruml said on Friday.\n\n"
        "Ruml's remarks followed a summit this week between the two presidents.\n\n"
        "“We have to be careful,” he said.\n"
    )
    assert attributed(ex, "remarks followed a summit")[0] == "AUTHOR"


def test_collected_statements_announce_the_items_after_a_heading() -> None:
    ex = read_page(
        "We have collected statements by the presidential aide Ivo Ruml following the call "
        "between the two presidents:\n\n"
        "Read on the website\n\n"
        "The conversation between the presidents was warm and friendly, lasted an hour;\n\n"
        "Marta Lind confirmed to the president that her athletes will take part in the games;"
        "\n\nThe two states support each other on key issues affecting their interests.\n\n"
        "Day\nLoading ...\n\nMore news on site\n"
    )
    assert speaker_name(ex, "warm and friendly") == "Ivo Ruml"
    assert speaker_name(ex, "athletes will take part") == "Marta Lind"
    assert speaker_name(ex, "support each other") == "Ivo Ruml"
    assert not any("Loading" in c.text for c in ex.claims)


def test_pointed_to_states_an_assessment() -> None:
    ex = _run("Ivo Ruml pointed to the two states ramping up imports of each other's goods.")
    assert speaker_name(ex, "ramping up imports") == "Ivo Ruml"


def test_a_bare_role_in_an_opinion_is_the_person_named_before() -> None:
    ex = _run(
        "Ivo Ruml, an expert at the institute, spoke at the forum. In expert's opinion, the "
        "threat is now growing again."
    )
    assert speaker_name(ex, "threat is now growing") == "Ivo Ruml"


def test_a_press_conference_transcript_labels_questions_and_answers() -> None:
    ex = read_page(
        "Regular press conference of the ministry\n\n"
        "RIA Novosti: I have two questions. First, were there any cases at the border? And "
        "does the ministry know how many citizens are there?\n\n"
        "Ivo Ruml: Regarding the first question, the two sides should jointly take the "
        "necessary measures in the border area. This is a responsibility of both sides.\n"
    )
    assert not any("two questions" in c.text for c in ex.claims)
    claim = next(c for c in ex.claims if "necessary measures" in c.text)
    assert claim.attribution == "DIRECT_QUOTE"
    assert ex.entities[claim.speaker].name == "Ivo Ruml"


def test_assessed_as_is_a_judgement() -> None:
    ex = _run(
        "Ivo Ruml spoke on the radio. Ruml assessed the relationship between the two states "
        "as based on a common resentment and on shared interests. The inspectors assessed "
        "the damage to the port."
    )
    assert speaker_name(ex, "common resentment") == "Ivo Ruml"
    assert attributed(ex, "damage to the port")[0] == "AUTHOR"


def test_an_interview_whose_first_question_is_a_heading() -> None:
    ex = read_page(
        "Exclusive interview\n\n"
        "The Harbour Daily (HD) recently conducted an exclusive interview with Ambassador "
        "Ivo Ruml, his first interview since he arrived in the country last year.\n\n"
        "HD: What are your priorities as ambassador?\n\n"
        "Ruml:\n\n"
        "My top priority is very simple: to serve my country within my mandate.\n\n"
        "HD: The two states cooperate in energy. How will the ties develop in the coming "
        "years, in your view, and what will change?\n\n"
        "Energy is the base of our ties, and trade will grow.\n\n"
        "Harbour.com: The two states also cooperate in the fields of oil, gas and coal.\n"
    )
    assert speaker_name(ex, "My top priority") == "Ivo Ruml"
    assert speaker_name(ex, "Energy is the base") == "Ivo Ruml"
    assert attributed(ex, "fields of oil, gas and coal")[0] == "AUTHOR"

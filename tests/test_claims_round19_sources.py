"""Round 19 (claims 22, entities 17): sources missed on stop 24's fresh batches 45–46 (sentences
written here; registered states, bodies and people are real, the rest invented).

1. An unnamed relay between a subject and its verb: "The Norland Herald, citing sources,
   reported that …" is the Herald's (a named relay, "X, citing Y, reported", stays Y's).
2. An inverted speaker followed by where he said it: "…, said President Vladimir Putin in an
   interview with the newspaper X." is Putin's (the setting is no part of the name).
3. A date without "on" between the verb and "that": "announced Sept. 27 that" (no speaker
   "Sept").
4. After a sentence's opening adverbial an ambiguous verb with an object states nothing ("In
   2014, China maintained a neutral position"); a verb of declaring still does ("In May, the
   United States announced …"), and so does a setting of speech ("In a press release, …").
5. "This was reported on Thursday by X." refers the statement before to X.
6. "The Chinese government said" is the government's, a body of its own (entities: "the
   Chinese government", "China's government", "the government of Mongolia"); "Chinese
   government officials" stay people; "in its statement" between subject and verb.
7. "Norland's energy minister said …" in a lead is the person the text next titles "Energy
   Minister": not one titled with another state.
8. A description repeated from a person's apposition ("…, the president's commissioner for
   sanctions said") is that person.
9. "According to news from X" is X's.
10. A verb of declaring before an indirect question: "the BBC has revealed how …".
11. An embassy named by its state and its host state or capital has one name ("the Chinese
    embassy in Washington" is the Embassy of the People's Republic of China in the United
    States of America); with no host it keeps the words as written.
12. "…, said Mr. Kamenskikh." (the title's full stop is no sentence end); the family name He
    before a pinyin given name inside a sentence ("met with He Ping") is a person.
13. A lone unknown name speaking is a person when the next sentences go on with "He"/"She"
    or a person's role ("Meick wrote …" then "The analyst maintained …").
14. "She pointed out that A, saying, “…”": the quotation is the main subject's.
15. "… was called for by X": X's statement (not an act: "was built by"); "A spokesperson
    said" in a lead is the person named next with that role.
16. A transcript labelled "Q: …" / "A: …": the answers are the person the lead names at the
    press conference (only with the labels: a rhetorical question names no interviewee).
"""

from __future__ import annotations

import pytest
from claims_helpers import claim_with, entity_names
from claims_helpers import run_pipeline as _run
from claims_helpers import speaker_name as _speaker

from kb.models import EntityType

ORG = EntityType.ORGANISATION

# -- 1. an unnamed relay between subject and verb ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Earlier, Reuters, citing sources, reported that Velmar is facing delays in payments.",
         "Reuters"),
        ("Bloomberg, quoting people familiar with the matter, also said that Velmar delayed "
         "payments.", "Bloomberg"),
    ],
)  # fmt: skip
def test_unnamed_relay_between_subject_and_verb(sentence: str, speaker: str) -> None:
    ex = _run("Talks on the new route resumed in May.", sentence)
    assert _speaker(ex, "Velmar") == speaker


# -- 2. an inverted speaker, then his setting ---------------------------------------------------


@pytest.mark.parametrize(
    "closing",
    [
        "said President Vladimir Putin in an interview with the Ostrian newspaper Onlar.",
        "said Vladimir Putin on Monday.",
        "said Vladimir Putin at a meeting with students in Tomsk.",
    ],
)
def test_inverted_speaker_before_his_setting(closing: str) -> None:
    ex = _run(f"Ostria will be able to use part of the gas that flows to China, {closing}")
    assert _speaker(ex, "part of the gas") == "Vladimir Putin"


# -- 3. a date without "on" ---------------------------------------------------------------------


def test_abbreviated_date_between_verb_and_that_is_no_speaker() -> None:
    ex = _run(
        "Russia's state space company, Roscosmos, announced Sept. 27 that the two sides had "
        "signed contracts for three ground stations."
    )
    assert _speaker(ex, "three ground stations") == "Roscosmos"


# -- 4. an opening adverbial ----------------------------------------------------------------------


def test_opening_adverbial_does_not_make_an_ambiguous_verb_speech() -> None:
    ex = _run(
        "After the annexation of Crimea in 2014, China maintained a formally neutral position: "
        "it continued to recognise the borders."
    )
    assert claim_with(ex, "formally neutral position").attribution == "AUTHOR"


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        ("In December last year, the United States announced the potential imposition of "
         "secondary sanctions on banks.", "secondary sanctions", "United States"),
        ("In a press release, Gazprom announced new fees for the port.", "new fees", "Gazprom"),
    ],
)  # fmt: skip
def test_declaring_or_speech_setting_after_an_opening_adverbial(
    sentence: str, fragment: str, speaker: str
) -> None:
    assert _speaker(_run(sentence), fragment) == speaker


# -- 5. "This was reported on Thursday by X." -------------------------------------------------


def test_reported_back_with_a_day_before_by() -> None:
    ex = _run(
        "Huawei has expanded its sales in Moscow. The company may face new sanctions from the "
        "United States. This was reported on Thursday by the Financial Times newspaper."
    )
    assert _speaker(ex, "may face new sanctions") == "Financial Times"


# -- 6. a state's government ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "fragment", "government"),
    [
        ("Relations are entering their third decade, said the Chinese government.",
         "third decade", "Government of the People's Republic of China"),
        ("The Chinese government in its statement said that the crisis is very complicated.",
         "very complicated", "Government of the People's Republic of China"),
        ("China's government said on Monday that it opposes the sanctions.",
         "opposes the sanctions", "Government of the People's Republic of China"),
        ("The government of Mongolia said that it welcomed the pipeline.",
         "welcomed the pipeline", "Government of Mongolia"),
    ],
)  # fmt: skip
def test_state_government_is_a_body_that_speaks(
    sentence: str, fragment: str, government: str
) -> None:
    ex = _run(sentence)
    assert government in entity_names(ex, ORG)
    assert _speaker(ex, fragment) == government


def test_registered_government_is_used() -> None:
    ex = _run("The Russian government said that trade had grown.")
    assert _speaker(ex, "trade had grown") == "Government of Russia"


def test_government_officials_are_no_government_body() -> None:
    ex = _run("Chinese government officials said that the talks went well.")
    assert "Government of the People's Republic of China" not in entity_names(ex, ORG)


def test_soviet_government_is_no_government_of_today() -> None:
    ex = _run("The Soviet government signed the treaty in 1950.")
    assert not any(n.startswith("Government of") for n in entity_names(ex, ORG))


# -- 7. a state's minister named after the lead ---------------------------------------------


def test_owned_role_in_a_lead_is_the_person_titled_so_next() -> None:
    ex = _run(
        "Russia's foreign minister said on Tuesday that the talks had gone well.",
        "Foreign Minister Sergei Lavrov later added that more work was needed.",
    )
    assert _speaker(ex, "the talks had gone well") == "Sergey Lavrov"


def test_owned_role_is_not_a_person_titled_for_another_state() -> None:
    ex = _run(
        "Russia's foreign minister said on Tuesday that the talks had gone well.",
        "Chinese Foreign Minister Wang Yi later added that more work was needed.",
    )
    assert _speaker(ex, "the talks had gone well") != "Wang Yi"


# -- 8. a description repeated from an apposition ---------------------------------------------


def test_description_from_an_apposition_is_that_person() -> None:
    ex = _run(
        "Components keep flowing, said Ilsa Morvane, the Ostrian president’s commissioner for "
        "sanctions, on July 7.",
        "Ostria's trade with Velmar fell. Asked about the parts, Velmar responded by claiming "
        "that they are civilian, the president’s commissioner for sanctions said.",
    )
    assert _speaker(ex, "they are civilian") == "Ilsa Morvane"


# -- 9. news from X ---------------------------------------------------------------------------


def test_according_to_news_from_an_outlet() -> None:
    ex = _run(
        "According to news from Sputnik on August 2, the two countries will build ground "
        "stations for their navigation systems."
    )
    assert _speaker(ex, "ground stations") == "Sputnik"


# -- 10. an indirect question after a verb of declaring ---------------------------------------


def test_declaring_verb_with_an_indirect_question() -> None:
    ex = _run(
        "But the BBC has revealed how some companies under sanctions have been able to keep "
        "trading with Velmar."
    )
    assert _speaker(ex, "keep trading") == "BBC"


# -- 11. an embassy named by its state and host ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "embassy"),
    [
        ("In response, the Chinese embassy in Washington said that the sanctions are illegal.",
         "Embassy of the People's Republic of China in the United States of America"),
        ("Russia's Embassy in Beijing said that visas will be issued within a week.",
         "Embassy of the Russian Federation in the People's Republic of China"),
        ("The Embassy of the Russian Federation in China said that visas will be issued.",
         "Embassy of the Russian Federation in the People's Republic of China"),
    ],
)  # fmt: skip
def test_embassy_by_state_and_host_has_one_name(sentence: str, embassy: str) -> None:
    ex = _run(sentence)
    assert embassy in entity_names(ex, ORG)
    assert _speaker(ex, "will be issued" if "visas" in sentence else "illegal") == embassy


def test_embassy_without_host_keeps_its_words() -> None:
    ex = _run("The Chinese embassy said that it had received the note.")
    assert not any(n.startswith("Embassy of") for n in entity_names(ex, ORG))


# -- 12. a title's full stop inside an inverted speaker; the family name He -------------------


def test_inverted_speaker_with_a_title_and_a_full_stop() -> None:
    ex = _run("China makes a special stress on the point, said Mr. Kamenskikh.")
    assert _speaker(ex, "special stress") == "Kamenskikh"


def test_family_name_he_inside_a_sentence_is_a_person() -> None:
    ex = _run(
        "Deputy Prime Minister Alexander Zhukov on Wednesday met with He Ping, the "
        "editor-in-chief of the Xinhua news agency."
    )
    assert "He Ping" in entity_names(ex, EntityType.ACTOR)


def test_he_opening_a_sentence_stays_the_pronoun() -> None:
    ex = _run("Alexander Zhukov met the delegation. He Said that ties grow.")
    assert not any(n.startswith("He ") for n in entity_names(ex, EntityType.ACTOR))


# -- 13. a surname alone, then a person's pronoun or role -------------------------------------


def test_surname_alone_followed_by_a_pronoun_is_a_person() -> None:
    ex = _run(
        "Orvaldsen stated in an interview with a news agency that trade has grown sharply. "
        "He pointed out that the old markets are closing."
    )
    assert "Orvaldsen" in entity_names(ex, EntityType.ACTOR)
    assert _speaker(ex, "trade has grown sharply") == "Orvaldsen"


def test_surname_alone_followed_by_a_role_is_a_person() -> None:
    ex = _run(
        '"Arms sales could have significant consequences," Orvaldsen wrote in a report. The '
        "analyst maintained that defence ties drive the relationship."
    )
    assert _speaker(ex, "defence ties drive") == "Orvaldsen"


def test_lone_word_without_person_evidence_makes_no_person() -> None:
    ex = _run("Orvaldsen said that trade has grown sharply. Prices rose in May.")
    assert "Orvaldsen" not in entity_names(ex, EntityType.ACTOR)


# -- 14. "…, saying, “…”" after a reported clause -----------------------------------------------


def test_participle_quotation_is_the_main_subjects() -> None:
    ex = _run(
        "Anna Morvane spoke to reporters on Monday. She pointed out that trade with the bloc "
        'continues to decline, saying, "This is certainly a predictable situation because the '
        'market has closed itself off."'
    )
    assert _speaker(ex, "predictable situation") == "Anna Morvane"


# -- 15. a statement in the passive; an unnamed role named next --------------------------------


def test_passive_statement_by_a_speaker() -> None:
    ex = _run(
        "A more comprehensive cooperation between the province and Velmar was called for by "
        "Vladimir Putin on Friday."
    )
    assert _speaker(ex, "comprehensive cooperation") == "Vladimir Putin"


def test_passive_act_by_a_company_is_no_statement() -> None:
    ex = _run("The bridge was built by Gazprom in 2019.")
    assert claim_with(ex, "bridge was built").attribution == "AUTHOR"


def test_indefinite_role_in_a_lead_is_the_person_named_next_with_it() -> None:
    ex = _run(
        "The two navies will conduct a joint exercise in May, a spokesperson said on Thursday.",
        "The exercise will focus on sea defence, according to Ilsa Morvane, spokesperson with "
        "the Ministry of National Defense.",
    )
    assert _speaker(ex, "joint exercise") == "Ilsa Morvane"


# -- 16. a transcript labelled "Q:" / "A:" ------------------------------------------------------


def test_labelled_answer_is_the_person_the_lead_names_at_the_press_conference() -> None:
    ex = _run(
        "On Tuesday, during a regular press conference, Foreign Ministry Spokesperson Lin "
        "Jian addressed questions on the Arctic.",
        "Q: A minister said yesterday that Velmar welcomes cooperation. What is your comment?",
        "A: Velmar is an important partner in the Arctic. Our cooperation enjoys a sound basis.",
    )
    assert _speaker(ex, "important partner") == "Lin Jian"
    assert _speaker(ex, "sound basis") == "Lin Jian"


def test_unlabelled_rhetorical_question_names_no_interviewee() -> None:
    ex = _run(
        "On Tuesday, during a regular press conference, Foreign Ministry Spokesperson Lin "
        "Jian addressed questions on the Arctic.",
        "What does this mean for the region?",
        "The region will change as shipping along the northern route grows every year.",
    )
    assert _speaker(ex, "shipping along the northern route") != "Lin Jian"

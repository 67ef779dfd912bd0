"""Round 21 (claims 24): sources missed on stop 26's dev batches 50–61 (sentences written
here; the bodies and people are real or invented, the figures invented).

1. A headline opened by its source and a colon, the wire-service form: "Lavrov: Russia and
   China will …" is Lavrov's; "Energy minister: …" and "Norland Ambassador: …" are the
   person the body names with that role (in a statement or anywhere in the next lines);
   also when the page sets the headline as a paragraph under a disclaimer. A label that is
   no source ("Analysis: …") or a state ("China: …") credits nobody; a speech's address
   ("President of Ostania Ivo Ruml: President Lind, my friend,") is no headline.
2. A headline opened by a role and a speech verb: "Norland defense minister announces …".
3. A quotation a paragraph leaves open, reopened by the next paragraph and closed there with
   its attribution ("“We wish to state … ¶ “Contrary to …,” said spokesperson X."), is X's
   from its first paragraph, though a body spoke just before it.

Round 21b (found on stop 26's batches 62–65 after their first run):

4. A speech label alone on its line ("President of Ostania Ivo Ruml:" ¶ "Ladies and
   gentlemen," ¶ his paragraphs): his turn, as when the speech starts on the label's line.
5. A page titled as one person's statement ("Foreign Minister Ivo Ruml’s statement and
   answers to media questions at a joint news conference …", "Remarks by Ambassador Ivo
   Ruml at …") over first-person paragraphs: his words; the title itself is no claim of his;
   a title naming a statement over a report in no first person leaves it the author's.

Round 21c (found on batches 66–69 after their first run):

6. More headline verbs, in the present tense only ("Blinken Hints …", "G7 Voices Support
   …", "X hails …"); a past participle is passive ("Putin praised for …" credits nobody).
7. A credit after a colon ending a headline ("Summit to showcase ‘alternative’ to West:
   Kremlin"), but not a caption's ("… Photo: Artem Ivanov", "Image Credit: AFP", "Qin Gang.
   Moscow said …. File photo: Kyodo").

Round 21d (found on batches 70–71 after their first run):

8. A headline credited to a role, after a dash or inverted ("… - Norland’s Commerce
   Minister", "…, says Norland diplomat"): the person the body names with that role.
9. A statement's title after a site's banner lines (the fourth passage) still names the
   speaker of the paragraphs under it.
10. "Marta Lind: Question: …" opening a briefing's page: the one person labelled before the
    first question answers the questions after it.

Round 21e (found on batches 72–73 after their first run):

11. "…,” said Kremlin spokesperson, Dmitry Peskov, in comments …": the person named after a
    role set off by commas, not the body the role belongs to.
12. (entities 19) The foreign ministers of the G7, G20, BRICS, SCO and EAEU states are
    registered people: "EAM Jaishankar said", "Borrell told reporters".
13. (found on batches 74–77 after their first run) "Norland's veterinary service, known as
    Rosselkhoznadzor, said": the body it is known as, and "it said" after it.
14. A person's labelled turn in the first person goes on in the paragraph's next sentences
    up to the next label ("Ivo Ruml: I have been dealing with … My first visit …" set in one
    paragraph with the questions); a labelled line in no first person starts no turn.
16. An organisation's head noun ("Church", "Staff") is no word of a new person's name:
    "the Primate of the Russian Orthodox Church noted" makes no person "Orthodox Church",
    and "Rear Adm. X, deputy chief of the Navy Main Staff who …, said" is X's.
17. (found on batches 78–81 after their first run) An expert roundup: a line naming one
    person and a role ("Ruml Ivo (economist)", "Ivo Ruml, Independent Scholar") over
    paragraphs opens that person's turn (two such lines, or one with a role whose paragraphs
    speak in the first person); a caption naming a person ("X, vice minister, gives a
    speech …") opens none; a caption's credit ("Lin Jian Photo: …") is no colon headline.
18. "stated by foreign Ministry spokesman of China, Lu Kang": the name set off after "<role>
    of <body>"; a registered body's name is no part of a new person's ("Rosneft Material").
19. (found on batches 82–85 after their first run) A label written as a title and the
    surname ("Ambassador Ruml:") is the person the page names in full; an interviewer whose
    label also asks the questions is not the one answering them.
20. A transcript's label in capitals ("PATRICIA KIM: Hello everyone …") is the person the page
    names, and opens a turn in its paragraph.
21. "Key points:" over bullets under a title naming one person's interview, statement or
    speech ("Interview with the Russian Ambassador to China I.V.Morgulov TASS"): his items.
15. A related story's line naming its source ("Also read | Putin says world conflicts
    strengthen ties"): that source's claim; one naming no source is none.
"""

from __future__ import annotations

import pytest
from claims_helpers import attributed, read_page, speaker_name

_BODY = (
    "MOSCOW, March 3. Russia and China will keep coordinating their positions at the United "
    "Nations, Foreign Minister Sergey Lavrov said on Monday.\n\n"
    "The two countries hold regular consultations, he added.\n"
)


def test_a_colon_headline_is_its_named_source() -> None:
    ex = read_page("Lavrov: Russia and China will coordinate at the UN this year\n\n" + _BODY)
    assert speaker_name(ex, "will coordinate at the UN") == "Sergey Lavrov"
    assert attributed(ex, "will coordinate at the UN")[0] == "REPORTED_SPEECH"


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Energy minister: Norland's deliveries of coal to Ostania grow by over 8%",
            "Norland's deliveries of coal to Ostania will grow by 8.4% this year, Norland's "
            "Energy Minister Ivo Ruml said at a meeting in the capital.",
        ),
        (
            "Norland defense minister announces increase in combat readiness of its bases",
            "Norland Defense Minister Ivo Ruml said on Tuesday that the bases would get new "
            "equipment this year.",
        ),
    ],
)
def test_a_role_opening_a_headline_is_the_person_the_body_titles_so(
    headline: str, body: str
) -> None:
    ex = read_page(f"{headline}\n\n{body}\n\nThe meeting lasted two hours.\n")
    assert speaker_name(ex, headline[-25:]) == "Ivo Ruml"


def test_a_role_headline_over_quotes_naming_nobody_is_the_person_titled_below() -> None:
    ex = read_page(
        "Norland Ambassador: Norland is not the only victim of the sanctions\n\n"
        "Norland Ambassador to Ostania Ivo Ruml. Photo: Harbour Daily\n\n"
        "Editor's Note: Harbour Daily spoke to the envoy about the crisis.\n\n"
        "Harbour Daily: How do you see the sanctions?\n\n"
        "Ruml: It is too early to predict the results of the talks between the sides.\n"
    )
    assert speaker_name(ex, "not the only victim") == "Ivo Ruml"


def test_a_colon_headline_set_as_a_paragraph_under_a_disclaimer() -> None:
    ex = read_page(
        "This text is translated by a machine. We are not responsible for any mistakes.\n\n"
        "Norland Ambassador: political trust between Norland and Ostania has risen to new "
        "heights\n\n"
        "On the eve of the meeting, the Norland Ambassador to Ostania Ivo Ruml spoke about "
        "his vision of the relations.\n"
    )
    assert speaker_name(ex, "political trust between") == "Ivo Ruml"


@pytest.mark.parametrize(
    ("headline", "fragment"),
    [
        ("Analysis: Russia and China draw closer as the sanctions bite", "draw closer"),
        ("China: the trade volume with Russia reached a record in June", "reached a record"),
    ],
)
def test_a_label_or_a_state_before_a_colon_credits_nobody(headline: str, fragment: str) -> None:
    ex = read_page(f"{headline}\n\n{_BODY}")
    hits = [c for c in ex.claims if fragment in c.text]
    assert all(c.speaker is None or c.attribution == "AUTHOR" for c in hits)


def test_a_speech_address_after_a_label_is_no_headline() -> None:
    ex = read_page(
        "President of Russia Vladimir Putin: President Xi Jinping, my dear friend,\n\n"
        "I would like to once again warmly welcome you to Moscow.\n"
    )
    assert not [c for c in ex.claims if "my dear friend" in c.text]


_MINISTRY = (
    "A naval exercise next month is “an opportunity to strengthen the bonds between the "
    "three states”, the Norland ministry of defence said on Monday.\n\n"
)


def test_a_quotation_reopened_in_the_next_paragraph_is_its_closing_speakers() -> None:
    ex = read_page(
        "Norland defends naval drill with Ostania\n\n" + _MINISTRY + "“We wish to state "
        "categorically that Norland has a right to conduct its foreign relations in line "
        "with its interests.\n\n"
        "“Contrary to the assertions by our critics, Norland is not abandoning its neutral "
        "position,” said ministerial spokesperson Ivo Ruml.\n"
    )
    assert speaker_name(ex, "We wish to state categorically") == "Ivo Ruml"
    assert speaker_name(ex, "Contrary to the assertions") == "Ivo Ruml"


def test_a_quotation_left_open_without_a_reopening_stays_with_the_speaker_before() -> None:
    ex = read_page(
        "Norland defends naval drill with Ostania\n\n" + _MINISTRY + "“We wish to state "
        "categorically that Norland has a right to conduct its foreign relations in line "
        "with its interests.\n\n"
        "The drill was criticised by Ivo Ruml, an opposition politician, on Tuesday.\n"
    )
    assert speaker_name(ex, "We wish to state categorically") != "Ivo Ruml"


def test_a_speech_label_alone_on_its_line_opens_the_turn() -> None:
    ex = read_page(
        "Press statements following talks.\n\n"
        "Ivo Ruml and President of Norland Marta Lind made statements for the press.\n\n"
        "President of Ostania Ivo Ruml:\n\n"
        "Ms. President, ladies and gentlemen,\n\n"
        "Yesterday Ms. Lind and I had an informal meeting and exchanged views on trade.\n\n"
        "President of Norland Marta Lind:\n\n"
        "We agreed to build a second bridge over the river.\n"
    )
    assert attributed(ex, "informal meeting") == ("DIRECT_QUOTE", "ACTOR:ivo ruml")
    assert speaker_name(ex, "second bridge") == "Marta Lind"


@pytest.mark.parametrize(
    "title",
    [
        "Foreign Minister Ivo Ruml’s statement and answers to media questions at a joint news "
        "conference following talks with the Minister of Foreign Affairs of Norland, Moscow",
        "Remarks by Foreign Minister Ivo Ruml at the joint news conference in Moscow",
    ],
)
def test_a_page_titled_as_a_persons_statement_is_his_speech(title: str) -> None:
    ex = read_page(
        f"{title}\n\nTuesday, 30 May 2017 14:53\n\nLadies and gentlemen,\n\n"
        "Our talks took place in an atmosphere of openness and trust.\n\n"
        "We discussed the schedule of political contacts, which is very packed.\n"
    )
    assert attributed(ex, "atmosphere of openness") == ("DIRECT_QUOTE", "ACTOR:ivo ruml")
    assert speaker_name(ex, "schedule of political contacts") == "Ivo Ruml"
    assert all(c.speaker is None for c in ex.claims if "30 May" in c.text or title in c.text)


def test_a_title_naming_a_statement_over_a_report_leaves_it_the_authors() -> None:
    ex = read_page(
        "Foreign Minister Ivo Ruml’s statement at the forum drew criticism\n\n"
        "The forum took place in an atmosphere of tension.\n\n"
        "The delegations discussed the schedule of contacts, which is packed.\n"
    )
    assert attributed(ex, "atmosphere of tension")[0] == "AUTHOR"


_AFTER = (
    "\n\nThe Kremlin, Secretary of State Antony Blinken and the Group of Seven spoke on "
    "Monday about the plan.\n"
)


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Blinken Hints China Peace Plan for Ukraine Is 'Cynical Trap'", "Antony Blinken"),
        ("G7 Voices Support for Ukraine and Calls on China to Pressure Russia", "Group of Seven"),
        ("Summit with Putin, Xi to showcase ‘alternative’ to West: Kremlin", "Kremlin"),
    ],
)
def test_more_headline_verbs_and_a_colon_credit(headline: str, speaker: str) -> None:
    ex = read_page(headline + _AFTER)
    assert attributed(ex, headline[:30])[0] == "REPORTED_SPEECH"
    assert speaker_name(ex, headline[:30]) == speaker


@pytest.mark.parametrize(
    "line",
    [
        "Blinken praised for his patience over the Ukraine peace plan talks",
        "Secretary Antony Blinken in Moscow on Monday. Photo: Antony Blinken",
        "Antony Blinken (L) and the Kremlin spokesman (R). Image Credit: Kremlin",
    ],
)
def test_a_passive_headline_or_a_caption_credit_credits_nobody(line: str) -> None:
    ex = read_page(line + _AFTER)
    hits = [c for c in ex.claims if line[:25] in c.text]
    assert all(c.speaker is None or c.attribution == "AUTHOR" for c in hits)


@pytest.mark.parametrize(
    "headline",
    [
        "Norland, Ostania have good prospects for cooperation - Norland’s Commerce Minister",
        "Norland, Ostania should expand their cooperation into new spheres, says Norland minister",
    ],
)
def test_a_headline_credited_to_a_role_is_the_person_titled_so_below(headline: str) -> None:
    ex = read_page(
        f"{headline}\n\n"
        "HARBOUR, March 11. Norland attaches high importance to its relations with Ostania, "
        "Norland’s Commerce Minister Ivo Ruml said on Saturday.\n\n"
        "Trade grew last year.\n"
    )
    assert speaker_name(ex, headline[:30]) == "Ivo Ruml"


def test_a_statement_title_after_a_sites_banner_lines() -> None:
    ex = read_page(
        'Site Message:\n\n• No current message.\n\nTag "Ruml visit 2021"\n\n'
        "Foreign Minister Ivo Ruml’s remarks and answers to media questions following talks "
        "in Harbour, March 23, 2021\n\n"
        "Ladies and gentlemen, It gives me great pleasure to be in this wonderful place. We "
        "held business-like talks.\n"
    )
    assert speaker_name(ex, "business-like talks") == "Ivo Ruml"


def test_a_briefing_page_opened_by_the_answerers_label() -> None:
    ex = read_page(
        "Marta Lind: Question: Recently, the Ostanian Foreign Ministry said that relations "
        "between Norland and Ostania, two major powers, have a powerful internal driving "
        "force, and these relations cannot be affected by the actions...\n\n"
        "Question: Recently, the Ostanian Foreign Ministry said that relations between Norland "
        "and Ostania have a powerful internal driving force. In your opinion, what are the "
        "reasons for this?\n\n"
        "Norland and Ostania are the largest neighbouring states. The experience of "
        "interaction between our peoples has acquired a new quality.\n\n"
        "This is not a fixed formula, but a vibrant, dynamically developing cooperation.\n"
    )
    assert attributed(ex, "largest neighbouring states") == ("DIRECT_QUOTE", "ACTOR:marta lind")
    assert speaker_name(ex, "not a fixed formula") == "Marta Lind"


@pytest.mark.parametrize(
    "sentence",
    [
        "“This is a man-made crisis that was created by the EU,” said Kremlin spokesperson, "
        "Dmitry Peskov, in comments carried by the Interfax news agency.",
        "The crisis was created by the EU, said Kremlin spokesperson, Dmitry Peskov, on Monday.",
    ],
)
def test_a_name_set_off_after_a_role_is_the_speaker(sentence: str) -> None:
    ex = read_page("Gas talks resume\n\n" + sentence + "\n")
    assert speaker_name(ex, "man-made crisis" if "man-made" in sentence else "crisis") == (
        "Dmitry Peskov"
    )


def test_a_list_after_a_body_is_no_role_apposition() -> None:
    ex = read_page(
        "Gas talks resume\n\nThe crisis was created by the EU, said the Kremlin, Moscow.\n"
    )
    assert speaker_name(ex, "crisis was created") == "Kremlin"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Speaking at the meeting, EAM Jaishankar said, “Let me reaffirm India’s continued "
            "commitment to foster closer dialogue among the three largest nations.”",
            "Subrahmanyam Jaishankar",
        ),
        (
            "“China's plan is not a peace plan for Europe,” Borrell told reporters in Brussels.",
            "Josep Borrell",
        ),
    ],
)
def test_foreign_ministers_are_registered(sentence: str, speaker: str) -> None:
    ex = read_page("Talks in Moscow\n\n" + sentence + "\n")
    fragment = "continued commitment" if "Jaishankar" in sentence else "not a peace plan"
    assert speaker_name(ex, fragment) == speaker


def test_a_description_known_as_a_body_is_that_body() -> None:
    ex = read_page(
        "Pork exports begin\n\n"
        "Norland said on Thursday that it had sent pork to Ostania for the first time.\n\n"
        "Norland's veterinary and phytosanitary service, known as Rosselkhoznadzor, said it "
        "had been trying to open the market for some years.\n\n"
        "“On March 7, the service monitored the shipment of the first batch,” it said.\n"
    )
    assert speaker_name(ex, "trying to open the market") == "Rosselkhoznadzor"
    assert speaker_name(ex, "monitored the shipment") == "Rosselkhoznadzor"


def test_a_labelled_first_person_turn_goes_on_in_its_paragraph() -> None:
    ex = read_page(
        "Interview with the ambassador\n\n"
        "Marta Lind: Much of your career has been spent in Ostania. What is your favourite "
        "recollection? Ivo Ruml: I have been dealing with Ostania for more than half a "
        "century. My first visit here was as long ago as 1973. The greatest thing I have seen "
        "here is the change in the life of ordinary people. Marta Lind: What do you expect "
        "from the summit next week?\n"
    )
    assert speaker_name(ex, "half a century") == "Ivo Ruml"
    assert attributed(ex, "first visit here") == ("DIRECT_QUOTE", "ACTOR:ivo ruml")
    assert speaker_name(ex, "greatest thing") == "Ivo Ruml"
    assert not [c for c in ex.claims if "expect from the summit" in c.text and c.speaker]


def test_a_labelled_line_in_no_first_person_starts_no_turn() -> None:
    ex = read_page(
        "Gas talks\n\nIvo Ruml: talks on the pipeline will resume in May. The two sides signed a "
        "memorandum on the route last year.\n"
    )
    assert attributed(ex, "signed a memorandum")[0] == "AUTHOR"


def test_a_related_story_naming_its_source_is_that_sources_claim() -> None:
    ex = read_page(
        "India wants Russia to have more options\n\n"
        "The world must give Russia more options, Indian minister Ivo Ruml said on Friday.\n\n"
        "Also read | Putin says world conflicts strengthen ties with China\n\n"
        "He said India would not give up its interests.\n"
    )
    assert attributed(ex, "world conflicts strengthen")[0] == "REPORTED_SPEECH"
    assert speaker_name(ex, "world conflicts strengthen") == "Vladimir Putin"


def test_a_related_story_naming_no_source_is_no_claim() -> None:
    ex = read_page(
        "India wants Russia to have more options\n\n"
        "The world must give Russia more options, Indian minister Ivo Ruml said on Friday.\n\n"
        "Also read | World conflicts strengthen the ties of Russia and China\n\n"
        "He said India would not give up its interests.\n"
    )
    assert not [c for c in ex.claims if "World conflicts" in c.text and c.speaker]


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "His Holiness Patriarch Kirill of Moscow met the Chairman on Monday.\n\n"
            "As the Primate of the Russian Orthodox Church noted, the meeting was about the "
            "friendship of the two peoples.\n",
            "meeting was about",
            None,
        ),
        (
            "Rear Adm. Ivo Ruml, deputy chief of the Norland Navy Main Staff who welcomed the "
            "vessels, said it is the biggest task force ever to arrive at the base.\n",
            "biggest task force",
            "Ivo Ruml",
        ),
    ],
)
def test_an_organisation_head_noun_makes_no_new_person(
    text: str, fragment: str, speaker: str | None
) -> None:
    ex = read_page("Visit to the port\n\n" + text)
    names = {e.name for e in ex.entities.values()}
    assert "Orthodox Church" not in names and "Main Staff" not in names
    assert speaker_name(ex, fragment) == speaker


def test_an_expert_under_a_name_line_with_a_role_speaks_his_paragraphs() -> None:
    ex = read_page(
        "Experts on the summit\n\n"
        "The summit aimed to strengthen cooperation. Harbour Daily collected the opinions of "
        "experts on the meeting.\n\n"
        "Norland\n\n"
        "Ruml Ivo (economist)\n\n"
        "First, the meeting is a powerful political signal that Ostania sends to the world. "
        "The goal is to ensure its influence in this region.\n\n"
        "Second, I would call it a rocking from one capital to the other and back.\n"
    )
    assert attributed(ex, "powerful political signal") == ("DIRECT_QUOTE", "ACTOR:ruml ivo")
    assert speaker_name(ex, "I would call it") == "Ruml Ivo"


def test_a_caption_naming_a_person_opens_no_turn() -> None:
    ex = read_page(
        "Cultural exchange\n\n"
        "Ivo Ruml, Norland vice minister of culture, gives a speech at the opening ceremony\n\n"
        "The second cultural forum kicked off on Nov 27. We will see more events next year.\n"
    )
    assert attributed(ex, "forum kicked off")[0] == "AUTHOR"


@pytest.mark.parametrize(
    "line",
    [
        "Lin Jian Photo: Chinese Ministry of Foreign Affairs",
        "Ivo Ruml speaks in Harbour. Image Credit: Norland Ministry of Foreign Affairs",
    ],
)
def test_a_caption_credit_is_no_colon_headline(line: str) -> None:
    ex = read_page(f"Talks resume\n\n{line}\n\nForeign Minister Ivo Ruml said the talks resume.\n")
    assert not [c for c in ex.claims if line[:20] in c.text and c.speaker]


def test_a_role_of_a_body_then_the_name_set_off_is_the_speaker() -> None:
    ex = read_page(
        "Oil field row\n\nOstania opposed the development of the field in the sea. This was "
        "stated by foreign Ministry spokesman of Ostania, Lu Kang.\n"
    )
    assert speaker_name(ex, "stated by foreign Ministry") == "Lu Kang"


def test_a_registered_body_is_no_part_of_a_new_persons_name() -> None:
    ex = read_page(
        "Home / Articles\nVietnam responded to China's claim to Rosneft\nMaterial posted: "
        "Publication date: 17-05-2018\nVietnam said that the works are in its waters.\n"
    )
    assert "Rosneft Material" not in {e.name for e in ex.entities.values()}


def test_an_interviewer_labelled_before_the_first_question_is_not_the_interviewee() -> None:
    from loaders.claims import interviews

    ex = read_page(
        "Ambassador on Harbour TV\n\n"
        "Marta Lind: Following the call on Friday, the White House warned of consequences. "
        "Mr. Ambassador, good to see you.\n\n"
        "Ambassador Qin: Good morning.\n\n"
        "Marta Lind: So the president asked your government not to provide any kind of support "
        "to Moscow. Is it your intent to go ahead and give a lifeline to Moscow?\n\n"
        "Ambassador Qin: On Friday, the two presidents had a video call.\n\n"
        "Marta Lind: Will you send money and weapons to Moscow, though, as the reports in the "
        "press this week have said you would?\n\n"
        "Ambassador Qin: There is disinformation about military assistance.\n"
    )
    people = {"Marta Lind": "ACTOR:marta lind"}  # the answerer's label names nobody known
    turns = interviews.answers(ex, people.get, lambda _a, _b: set())
    text = ex.doc.text
    answer = next(i for i, p in enumerate(ex.doc.passages) if "video call" in text[p.start : p.end])
    assert turns.get(answer) != "ACTOR:marta lind"


def test_a_title_and_a_surname_label_name_the_person() -> None:
    ex = read_page(
        "Ambassador on Harbour TV\n\n"
        "On March 20, Ambassador Qin Gang spoke with Marta Lind of Harbour TV.\n\n"
        "Marta Lind: So the president asked your government not to provide any kind of support "
        "to Moscow. Is it your intent to go ahead and give a lifeline to Moscow?\n\n"
        "Ambassador Qin: On Friday, the two presidents had a video call. We call for a "
        "ceasefire.\n\n"
        "Marta Lind: Will you send money and weapons to Moscow, though, as the reports in the "
        "press this week have said you would?\n\n"
        "Ambassador Qin: There is disinformation about military assistance. We reject it.\n"
    )
    assert speaker_name(ex, "video call") == "Qin Gang"


def test_a_transcripts_label_in_capitals_names_the_person_and_opens_a_turn() -> None:
    ex = read_page(
        "A conversation on Norland and Ostania\n\n"
        "In the conversation that follows, Ivo Ruml joins Marta Lind to unpack the news.\n\n"
        "MARTA LIND: Hello everyone and welcome. My name is Marta Lind, and I am a fellow at "
        "the Harbour Institute. Thank you for tuning in for our conversation today.\n"
    )
    assert speaker_name(ex, "Hello everyone") == "Marta Lind"
    assert attributed(ex, "My name is") == ("DIRECT_QUOTE", "ACTOR:marta lind")


def test_key_points_under_a_title_naming_one_persons_interview_are_his() -> None:
    ex = read_page(
        "Interview with the Norland Ambassador to Ostania Ivo Ruml (September 26, 2024).\n\n"
        "Key points:\n\n"
        "• Truly Norland-Ostania relations have shone in the last decade, becoming a model.\n\n"
        "• The two states have learned useful lessons from difficult experiences in the past.\n"
    )
    assert speaker_name(ex, "have shone") == "Ivo Ruml"
    assert speaker_name(ex, "useful lessons") == "Ivo Ruml"


def test_key_points_under_a_title_naming_no_ones_words_are_the_authors() -> None:
    ex = read_page(
        "Norland and Ostania: a decade of trade with Ivo Ruml as ambassador\n\n"
        "Key points:\n\n"
        "• Trade between the two states has grown in the last decade, becoming a model.\n\n"
        "• The two states have learned useful lessons from difficult experiences in the past.\n"
    )
    assert attributed(ex, "useful lessons")[0] == "AUTHOR"

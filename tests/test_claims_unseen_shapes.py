"""Speaker classes found on the unseen dev batches (issue 12), on sentences written here.

Each test is one class of miss seen on real text, in its shape but with invented wording
(no bench document's text): the subject after an opening adverbial or before a closing
apposition, the head of an organisation, a descriptor before an outlet's name, partial
quotes, pronouns that take the subject of the sentence before, modal base forms.
"""

from __future__ import annotations

from claims_helpers import ACTOR, ORG, attributed, build, claim_with, key

from loaders.drafts import Extraction

ENTITIES = {
    "Boris Fedorov": (ACTOR, ["Fedorov"]),
    "Anna Kim": (ACTOR, []),
    "Li Wen": (ACTOR, []),
    "Oleg Petrov": (ACTOR, ["Petrov"]),
    "Carla Ruiz": (ACTOR, ["Ruiz"]),
    "Novatek": (ORG, []),
    "Severny Bank": (ORG, []),
    "Kommersant": (ORG, []),
    "Associated Press": (ORG, []),
    "General Administration of Customs": (ORG, []),
    "China": (ORG, []),
    "Joint Staff": (ORG, []),
    "Washington": (ORG, []),
}


def _doc(*passages: str) -> Extraction:
    return build(list(passages), entities=ENTITIES)


def test_subject_after_an_opening_adverbial_and_before_an_apposition() -> None:
    ex = _doc(
        "In the meantime, Boris Fedorov, who advised the cabinet in 2019 and 2020, said the "
        "new tariffs were a turning point for the northern ports."
    )
    assert attributed(ex, "new tariffs were a turning point") == (
        "REPORTED_SPEECH",
        key("Boris Fedorov"),
    )


def test_closing_attribution_with_an_apposition_names_the_speaker() -> None:
    ex = _doc(
        "The port is well placed for grain shipments to Asia, Anna Kim, a Seoul-based broker "
        "at a shipping firm, said during the forum."
    )
    assert attributed(ex, "well placed for grain") == ("REPORTED_SPEECH", key("Anna Kim"))


def test_a_name_after_the_verb_is_not_read_as_an_apposition() -> None:
    ex = _doc(
        "The list includes Severny Bank, Novatek and two smaller lenders, said Oleg Petrov, "
        "the head of a payments firm, in a comment."
    )
    assert attributed(ex, "The list includes") == ("REPORTED_SPEECH", key("Oleg Petrov"))


def test_hearer_then_that() -> None:
    ex = _doc(
        "Earlier, Severny Bank, the main lender for timber exporters, informed its customers "
        "that it would stop all transfers abroad."
    )
    assert attributed(ex, "stop all transfers") == ("REPORTED_SPEECH", key("Severny Bank", ORG))


def test_quoted_saying_and_responded_by_saying() -> None:
    ex = _doc(
        "Analysts were gloomy. The minister's aide Oleg Petrov was quoted saying: “The talks "
        "will resume in the spring after the elections.”",
        "Carla Ruiz, a fellow at a Madrid institute, responded by saying: “I doubt the talks "
        "will resume before the summer.”",
    )
    assert attributed(ex, "will resume in the spring") == ("DIRECT_QUOTE", key("Oleg Petrov"))
    assert attributed(ex, "I doubt the talks") == ("DIRECT_QUOTE", key("Carla Ruiz"))


def test_quote_with_capitalised_words_is_not_a_title_before_a_speech_verb() -> None:
    ex = _doc('"Most Korean Students Choose the Medical Faculty or Law," Li Wen said.')
    assert attributed(ex, "Most Korean Students") == ("DIRECT_QUOTE", key("Li Wen"))


def test_head_of_an_organisation_is_its_named_head() -> None:
    ex = _doc(
        "Novatek chief executive Boris Fedorov opened the forum on Monday.",
        "“Our plants will double their output by the end of the decade,” the head of Novatek said.",
    )
    assert attributed(ex, "double their output") == ("DIRECT_QUOTE", key("Boris Fedorov"))


def test_head_of_an_organisation_without_a_named_head_is_the_organisation() -> None:
    ex = _doc(
        "“Our plants will double their output by the end of the decade,” Novatek's chief said."
    )
    assert attributed(ex, "double their output") == ("DIRECT_QUOTE", key("Novatek", ORG))


def test_a_name_ending_in_a_group_noun_is_the_entity() -> None:
    ex = _doc("Tariffs “have pushed the two capitals closer together,” the Associated Press said.")
    assert attributed(ex, "pushed the two capitals") == (
        "DIRECT_QUOTE",
        key("Associated Press", ORG),
    )


def test_descriptor_and_carrier_before_an_organisation() -> None:
    ex = _doc(
        "According to the Russian newspaper Kommersant, several lenders have frozen transfers.",
        "Exports rose 12 percent, according to the latest report released by China's General "
        "Administration of Customs.",
    )
    assert attributed(ex, "several lenders")[1] == key("Kommersant", ORG)
    assert attributed(ex, "Exports rose")[1] == key("General Administration of Customs", ORG)


def test_partial_quote_of_four_words_is_a_direct_quote() -> None:
    ex = _doc(
        "Li Wen told reporters that the partnership has “survived storms and proved its worth” "
        "over the past decade.",
        "Oleg Petrov said the sanctions were a “turning point” for the region.",
    )
    assert attributed(ex, "survived storms") == ("DIRECT_QUOTE", key("Li Wen"))
    assert attributed(ex, "turning point") == ("REPORTED_SPEECH", key("Oleg Petrov"))


def test_pronoun_takes_the_subject_of_the_sentence_before() -> None:
    ex = _doc(
        "“Prices will stay high,” Carla Ruiz said on Monday.",
        "Boris Fedorov, an economist at a Moscow bank, called the outcome predictable. "
        "“It is the logical result,” he said.",
    )
    assert attributed(ex, "logical result") == ("DIRECT_QUOTE", key("Boris Fedorov"))


def test_it_said_takes_the_organisation_opening_the_sentence_before() -> None:
    ex = _doc(
        "China's Joint Staff said it sent two patrol aircraft over the strait on Tuesday. "
        "It said no border had been crossed by the patrol."
    )
    assert attributed(ex, "no border had been crossed") == (
        "REPORTED_SPEECH",
        key("Joint Staff", ORG),
    )


def test_modal_before_a_base_form_and_referred_to_as() -> None:
    ex = _doc(
        "Oleg Petrov may say this is irrelevant because the ties are shallow, but he is wrong.",
        "Before the visit, Li Wen referred to the new railway as “the bridge of the century.”",
    )
    assert attributed(ex, "this is irrelevant")[1] == key("Oleg Petrov")
    assert attributed(ex, "bridge of the century") == ("DIRECT_QUOTE", key("Li Wen"))


def test_adding_that_after_a_quote_is_reported_speech_of_the_same_speaker() -> None:
    ex = _doc(
        '"Most of our students come from the northern provinces," Li Wen said, adding that '
        "many of them stay in the city after graduating."
    )
    assert attributed(ex, "northern provinces") == ("DIRECT_QUOTE", key("Li Wen"))
    assert attributed(ex, "many of them stay") == ("REPORTED_SPEECH", key("Li Wen"))


def test_named_colon_intro_open_straight_quote_and_quote_paragraphs() -> None:
    ex = _doc(
        'Carla Ruiz at a Madrid institute on the grain trade: "Exports keep rising despite '
        'the war. Freight costs fell in the spring."',
        '- "Grain exports to Asia rose by a quarter in the first half of the year."',
    )
    assert attributed(ex, "Exports keep rising") == ("DIRECT_QUOTE", key("Carla Ruiz"))
    assert attributed(ex, "Grain exports to Asia") == ("DIRECT_QUOTE", key("Carla Ruiz"))


def test_topic_colon_before_a_quote_names_no_speaker() -> None:
    ex = _doc('China and the grain trade with its neighbours: "Exports keep rising every year."')
    assert all(c.speaker != key("China", ORG) for c in ex.claims)


def test_straight_quote_open_across_sentences_after_said_colon() -> None:
    ex = _doc(
        'Asked about the deal, Oleg Petrov, a lawyer at a Kyiv firm, said: "The contract is '
        "ready. Both sides still disagree on the price and the start date."
    )
    assert attributed(ex, "The contract is ready") == ("DIRECT_QUOTE", key("Oleg Petrov"))
    assert attributed(ex, "Both sides still disagree") == ("DIRECT_QUOTE", key("Oleg Petrov"))


def test_more_quoted_words_of_the_last_speaker_in_the_same_paragraph() -> None:
    ex = _doc(
        "The summit set no deadlines, but it “opened a new chapter for the region,” Kommersant "
        "said. Still, the leaders “left the hardest questions for another day” in the capital."
    )
    assert attributed(ex, "left the hardest questions") == ("DIRECT_QUOTE", key("Kommersant", ORG))


def test_national_officials_are_the_state_the_document_names() -> None:
    ex = build(
        [
            "Trade with China has grown fast. In May, Chinese officials announced that the two "
            "sides had agreed on a new rail corridor."
        ],
        entities={"People's Republic of China": (ORG, ["China"])},
        kinds={"People's Republic of China": "STATE"},
    )
    c = claim_with(ex, "new rail corridor")
    assert (c.attribution, c.speaker) == (
        "REPORTED_SPEECH",
        key("People's Republic of China", ORG),
    )


def test_quoted_as_saying_and_reads_a_report_in() -> None:
    ex = _doc(
        "“Talk of a price war is groundless,” a Moscow radio station quoted an official for "
        "external affairs at the state-owned Novatek as saying.",
        "“Exports of key parts tripled over the summer months,” reads a report today in "
        "Kommersant.",
    )
    assert attributed(ex, "price war is groundless") == ("DIRECT_QUOTE", key("Novatek", ORG))
    assert attributed(ex, "key parts tripled") == ("DIRECT_QUOTE", key("Kommersant", ORG))


def test_a_body_reporting_figures_speaks_and_tells_a_story_is_no_speech() -> None:
    ex = _doc(
        "Novatek has reported strong growth in shipments, with a record 12 million tonnes in 2023.",
        "While Severny Bank denies any link, a rise in transfers to China tells a different story.",
    )
    assert attributed(ex, "record 12 million tonnes") == ("REPORTED_SPEECH", key("Novatek", ORG))
    assert attributed(ex, "tells a different story") == ("AUTHOR", None)


def test_a_list_of_names_before_the_verb_starts_with_its_first_name() -> None:
    ex = build(
        [
            "As @annakim, Li Wen & Oleg Petrov point out in this piece, the grain surplus comes "
            "as prices of fertiliser fell."
        ],
        entities={
            "Anna Kim": (ACTOR, ["@annakim"]),
            "Li Wen": (ACTOR, []),
            "Oleg Petrov": (ACTOR, []),
        },
    )
    speakers = {c.speaker for c in ex.claims if "grain surplus" in c.text}
    assert key("Anna Kim") in speakers


def test_the_opening_name_is_the_subject_of_a_later_coordinated_verb() -> None:
    ex = _doc(
        "Petrov praised the port, welcomed the new rail link, and promised more investment "
        "in the northern route."
    )
    assert attributed(ex, "promised more investment")[1] == key("Oleg Petrov")


def test_a_story_in_an_outlet_that_provides_nuance_speaks_for_the_next_sentence() -> None:
    ex = build(
        [
            "This @annakim & @liwen story in @kommersant provides important nuance. The talks "
            "began weeks before the sanctions were announced."
        ],
        entities={"Kommersant": (ORG, ["@kommersant"])},
    )
    c = claim_with(ex, "The talks began weeks before")
    assert (c.attribution, c.speaker) == ("ACCORDING_TO", key("Kommersant", ORG))


def test_a_closing_attribution_covers_the_figures_before_it_in_its_paragraph() -> None:
    ex = _doc(
        "Prices stayed flat all winter.",
        "Grain exports over the period were worth more than $2 billion in total. Of these, "
        "$800 million went to Asia, Kommersant said.",
    )
    assert attributed(ex, "worth more than $2 billion") == (
        "REPORTED_SPEECH",
        key("Kommersant", ORG),
    )
    assert attributed(ex, "Prices stayed flat") == ("AUTHOR", None)


def test_reported_part_and_quoted_part_after_adding_that() -> None:
    ex = _doc(
        "Grain trade depends on the new rail link, Oleg Petrov said, adding that “the port "
        "handles a third of all exports to Asia.”"
    )
    assert attributed(ex, "Grain trade depends") == ("REPORTED_SPEECH", key("Oleg Petrov"))
    assert attributed(ex, "the port handles a third") == ("DIRECT_QUOTE", key("Oleg Petrov"))

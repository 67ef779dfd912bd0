"""Speaker shapes of round 10 (issue 12, batches 12, 17 and 18), on sentences written here
with invented names.

Each class is a kind of miss seen on the dev batches: data released with its setting ("data
released Monday by X"), customs data of the state whose trade the sentence opens on, an
outlet closing a sentence that cites data, "the X business daily reported", a description
before the name in commas, "reported on Monday, citing sources, that", "called the use of
the word “A” “B”", a paragraph opened by a dialogue dash, a lone surname several people
bear, a title that is no person's name, "the <nationality> President" read by nationality,
"OUTLET: claim" lines, "raised/floated the possibility", "framed X as", and "…, in which he
said".
"""

from __future__ import annotations

from claims_helpers import ACTOR, ORG, attributed, build, claim_with, key, org_key

from kb.models import DocumentKind
from loaders.drafts import Extraction

ENTITIES = {
    "Ivan Petrov": (ACTOR, ["Petrov"]),
    "Marta Lind": (ACTOR, ["Lind"]),
    "Oleg Sokol": (ACTOR, ["Sokol"]),
    "Tian Mingyu": (ACTOR, []),
    "Tian Tian": (ACTOR, []),
    "Baatar Oyun": (ACTOR, []),
    "Norland Statistics Office": (ORG, []),
    "Vostok Customs Service": (ORG, []),
    "Norlink": (ORG, []),
    "Valbank": (ORG, []),
    "Grainco": (ORG, []),
    "The Northern Ledger": (ORG, ["Northern Ledger"]),
    "Evening Courier": (ORG, ["EC"]),
    "Kommerts": (ORG, []),
    "NATO": (ORG, []),
    "China": (ORG, []),
    "Russia": (ORG, []),
    "Mongolia": (ORG, []),
}
KINDS = {
    "The Northern Ledger": "MEDIA",
    "Evening Courier": "MEDIA",
    "Kommerts": "MEDIA",
    "NATO": "INTERNATIONAL_ORG",
    "China": "STATE",
    "Russia": "STATE",
    "Mongolia": "STATE",
}
GACC = "General Administration of Customs of the People's Republic of China"
FCS = "Federal Customs Service of Russia"


def _doc(*passages: str, kind: DocumentKind = DocumentKind.ARTICLE) -> Extraction:
    return build(list(passages), entities=ENTITIES, kinds=KINDS, authors=["Ann Writer"], kind=kind)


def _speaker(sentence: str, *names: str) -> str:
    """The key of the first entity (given by a name or one of its forms) the sentence names."""
    form = next(n for n in names if n in sentence)
    name = next(e for e, (_t, forms) in ENTITIES.items() if form == e or form in forms or form in e)
    return key(name, ENTITIES[name][0])


def test_data_released_with_its_setting_names_its_source() -> None:
    for sentence in (
        "Grain exports rose 4% in May, according to data released Monday by the Norland "
        "Statistics Office.",
        "Wheat shipments fell 9% in June, according to figures published last week by the "
        "Vostok Customs Service.",
        "Trade reached $3 billion, according to data released on Friday by Norlink.",
    ):
        speaker = _speaker(
            sentence, "Norland Statistics Office", "Vostok Customs Service", "Norlink"
        )
        assert attributed(_doc(sentence), "rose" if "rose" in sentence else sentence[:10]) == (
            "ACCORDING_TO",
            speaker,
        )


def test_customs_data_of_the_state_whose_trade_the_sentence_opens_on() -> None:
    for sentence, body in (
        ("China’s coal imports from Russia rose 13% in May, customs data showed.", GACC),
        ("BEIJING: Chinese crude imports fell 5% in June, customs data showed on Tuesday.", GACC),
        ("Russia's grain exports to China doubled in July, customs data showed.", FCS),
    ):
        assert attributed(_doc(sentence), sentence[:12]) == ("ACCORDING_TO", org_key(body))


def test_customs_data_without_a_state_opening_the_sentence_stays_unnamed() -> None:
    ex = _doc("Coal shipments rose 13% in May, customs data showed.")
    assert claim_with(ex, "Coal shipments").speaker not in (org_key(GACC), org_key(FCS))


def test_an_outlet_closing_a_sentence_reports_the_data_it_cites() -> None:
    for sentence in (
        "Data from Norlink show a sharp rise in cable exports this summer, The Northern Ledger "
        "reports.",
        "Figures from the Norland Statistics Office show record grain sales, the Evening "
        "Courier reported.",
        "According to Valbank, lending in yuan tripled last year, Kommerts reported on Monday.",
    ):
        speaker = _speaker(sentence, "Northern Ledger", "Evening Courier", "Kommerts")
        assert attributed(_doc(sentence), sentence[:15]) == ("REPORTED_SPEECH", speaker)


def test_the_outlet_business_daily_reported() -> None:
    for sentence in (
        "Drone parts have become scarce in Norland, the Kommerts business daily reported Monday.",
        "The port will close for repairs, the Evening Courier weekly reported.",
        "Grain prices doubled in May, the Kommerts daily said on Friday.",
    ):
        speaker = _speaker(sentence, "Kommerts", "Evening Courier")
        assert attributed(_doc(sentence), sentence[:12]) == ("REPORTED_SPEECH", speaker)


def test_a_description_before_the_name_in_commas() -> None:
    for sentence in (
        "Norland’s largest lender, Valbank, said it had started lending in yuan.",
        "The country's biggest grain trader, Grainco, said exports would fall.",
        "Its main rival, Norlink, said the route would reopen in spring.",
    ):
        speaker = _speaker(sentence, "Valbank", "Grainco", "Norlink")
        assert attributed(_doc(sentence), "said") == ("REPORTED_SPEECH", speaker)


def test_a_verb_set_off_by_whose_words_it_relays() -> None:
    for sentence in (
        "Kommerts reported on Monday, citing sources, that Petrov would visit Norlink.",
        "The Evening Courier said, citing two officials, that the deal was done.",
        "Kommerts reported, quoting a port official, that grain exports had stopped.",
    ):
        speaker = _speaker(sentence, "Kommerts", "Evening Courier")
        assert attributed(_doc(sentence), sentence[:10]) == ("REPORTED_SPEECH", speaker)


def test_calling_a_phrase_with_a_quoted_word_a_quoted_judgement() -> None:
    for sentence in (
        "Spokesman Ivan Petrov called the use of the word “blockade” “misleading” at the briefing.",
        "Marta Lind called the term “grain war” “a fabrication” on Monday.",
        "Oleg Sokol branded the whole idea of a “trade truce” “naive” in an interview.",
    ):
        speaker = _speaker(sentence, "Ivan Petrov", "Marta Lind", "Oleg Sokol")
        assert attributed(_doc(sentence), sentence[-20:-1])[1] == speaker


def test_a_so_called_phrase_is_no_judgement() -> None:
    ex = _doc("Ivan Petrov met traders. It was a so-called special grain “operation” of the port.")
    assert claim_with(ex, "so-called").attribution == "AUTHOR"


def test_a_paragraph_opened_by_a_dash_quotes_its_closing_speaker() -> None:
    for paragraph in (
        "– This is a typical question of the Western press. We follow events closely, Lind said.",
        "— We are ready to talk. The grain deal is open to all, Petrov added.",
        "– Nobody asked us. Trade will go on, Sokol noted.",
    ):
        ex = _doc("The talks resumed in May.", paragraph)
        speaker = _speaker(paragraph, "Lind", "Petrov", "Sokol")
        first = paragraph[2:14]
        assert attributed(ex, first) == ("DIRECT_QUOTE", speaker)


def test_a_list_hyphen_is_no_dash_quotation() -> None:
    ex = _doc("Key facts:", "- Grain exports grew by a third last year, Lind said.")
    assert attributed(ex, "Grain exports") == ("REPORTED_SPEECH", key("Marta Lind"))


def test_a_lone_surname_several_people_bear_is_the_one_named_last() -> None:
    for first in (
        "Ministry spokeswoman Tian Mingyu spoke on Monday.",
        "Tian Mingyu, the ministry spokeswoman, took questions.",
        "The briefing was led by Tian Mingyu.",
    ):
        ex = _doc(first, "Trade will grow next year, Tian said.", "Tian Tian wrote a book.")
        assert attributed(ex, "Trade will grow")[1] == key("Tian Mingyu")


def test_a_title_is_no_persons_name() -> None:
    for sentence in (
        "Norland faces new dangers, the Atlantic Alliance Secretary-General said today.",
        "Ties will deepen, the Atlantic Alliance Secretary General said.",
        "The risks are growing, the North Atlantic Alliance Secretary-General warned.",
    ):
        ex = _doc(sentence)
        assert not any("secretary" in k.lower() for k in ex.entities), ex.entities
        assert attributed(ex, sentence[:10]) == ("REPORTED_SPEECH", key("NATO", ORG))


def test_the_nationality_before_a_role_names_the_person() -> None:
    for lead in (
        "Xu Ming held talks with his Russian and Mongolian counterparts Ivan Petrov and "
        "Baatar Oyun on Thursday.",
        "President Xu Ming met the Russian and Mongolian presidents Ivan Petrov and Baatar "
        "Oyun in Dushanbe.",
        "Chinese President Xu Ming welcomed his Russian and Mongolian counterparts Ivan "
        "Petrov and Baatar Oyun.",
    ):
        ex = build(
            [
                lead,
                "Xu said the talks went well.",
                "The Mongolian President had suggested a summit.",
            ],
            entities={**ENTITIES, "Xu Ming": (ACTOR, ["Xu"])},
            kinds=KINDS,
        )
        assert attributed(ex, "suggested")[1] == key("Baatar Oyun")


def test_the_nationality_keeps_the_last_president_when_no_other_is_written() -> None:
    ex = _doc("President Ivan Petrov spoke first.", "The Norland President had suggested talks.")
    assert attributed(ex, "suggested")[1] == key("Ivan Petrov")


def test_an_outlet_or_person_before_a_colon_in_a_thread() -> None:
    for line in (
        "EC: Petrov went further than in past talks on grain.",
        "Kommerts: Norlink will cut exports by a third next year.",
        "Marta Lind: the route will reopen in spring.",
    ):
        ex = _doc("Grain talks resumed this week.", line, kind=DocumentKind.THREAD)
        speaker = _speaker(line, "EC", "Kommerts", "Marta Lind")
        claim = claim_with(ex, line.split(": ", 1)[1][:15])
        assert (claim.attribution, claim.speaker) == ("REPORTED_SPEECH", speaker)


def test_raised_or_floated_a_possibility() -> None:
    for sentence in (
        "Days before the summit, Petrov raised the possibility that the war may end soon.",
        "Marta Lind floated last fall the possibility of a grain alliance with Norlink.",
        "Oleg Sokol has floated the idea of a joint bank, which others rejected.",
    ):
        speaker = _speaker(sentence, "Petrov", "Marta Lind", "Oleg Sokol")
        assert attributed(_doc(sentence), sentence[:12]) == ("REPORTED_SPEECH", speaker)


def test_framed_as_is_a_judgement() -> None:
    for sentence in (
        "Ivan Petrov, the envoy who voted yes, framed his support as a humanitarian step.",
        "Marta Lind framed the deal as a win for both sides.",
        "Oleg Sokol frames the tariffs as a defensive measure.",
    ):
        speaker = _speaker(sentence, "Ivan Petrov", "Marta Lind", "Oleg Sokol")
        assert attributed(_doc(sentence), "framed" if "framed" in sentence else "frames") == (
            "REPORTED_SPEECH",
            speaker,
        )


def test_a_pronoun_in_a_prepositional_relative_is_the_person_before() -> None:
    for sentence in (
        "This was said at a briefing by Marta Lind, in reply to a question on a statement by "
        "Ivan Petrov in an interview with Norlink, in which he said the war may end soon.",
        "The remark follows a speech by Oleg Sokol at the forum, during which he said trade "
        "would double.",
        "Lind answered a question about a letter from Ivan Petrov, in which he said the port "
        "would close.",
    ):
        speaker = _speaker(sentence, "Ivan Petrov", "Oleg Sokol")
        claim = claim_with(_doc(sentence), "which he said")
        assert (claim.attribution, claim.speaker) == ("REPORTED_SPEECH", speaker)


def test_a_body_owned_by_a_state_is_its_registered_body() -> None:
    for sentence in (
        "The drills, announced by China’s Ministry of National Defence, include air defence.",
        "The patrol, announced by China's Ministry of National Defense, will last a week.",
        "The joint patrol, announced by China’s Ministry of National Defence, starts in July.",
    ):
        ex = _doc(sentence)
        claim = claim_with(ex, "announced")
        assert claim.speaker is not None
        assert ex.entities[claim.speaker].name == "Ministry of National Defense of China"
        assert not any(e.type == ACTOR and "Defen" in e.name for e in ex.entities.values())

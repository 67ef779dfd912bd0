"""Entity classes of round 11 (issue 12, helper r11c), on sentences written for these tests
with made-up people and bodies (registered bodies are real: the registry is what is tested):
an outlet's source line running on with its timestamp, a sentence broken over two lines of a
text without blank lines, handles typed by "the"/"that"/"a job for" and by a registered name
they spell, a nationality adjective before a Chinese surname, Russian street names, names a
plural organisation noun introduces, coordinated adjectives inside an official name and its
short form before "of <parent>", and "<Sea|Gulf> of <State>"."""

from __future__ import annotations

import pytest
from entities_helpers import named, orgs, people

from loaders.entities.document import find
from loaders.readers.article import blocks
from loaders.readers.article_meta import stated_publisher


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Source: Kestrel Wire 2031-04-02 11:20:05", "Kestrel Wire"),
        ("Source: Baltic Ledger Published: 2030-12-01", "Baltic Ledger"),
        ("Source: Harbour Daily Updated on Jan. 4, 2031", "Harbour Daily"),
        ("Source: Ostrava Times 14 May 2031", "Ostrava Times"),
        ("Source: The Dated Review", "The Dated Review"),  # a name word, no timestamp
    ],
)  # fmt: skip
def test_source_line_without_timestamp(line: str, outlet: str) -> None:
    assert stated_publisher(line) == outlet


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Exports reached 4.1 million\ntonnes, the ministry said.\nPrices fell.",
         "Exports reached 4.1 million tonnes, the ministry said."),
        ("The two sides agreed to\nwork on the corridor.\nTalks resume in May.",
         "The two sides agreed to work on the corridor."),
        ("Shipments rose\nby 12% in March, traders said.\nNothing else changed.",
         "Shipments rose by 12% in March, traders said."),
    ],
)  # fmt: skip
def test_sentence_broken_over_lines_is_one_paragraph(text: str, joined: str) -> None:
    out = blocks(text)
    assert joined in out and len(out) == 2


def test_lines_ending_a_sentence_stay_apart() -> None:
    assert blocks("Prices fell.\nthe index is down.\nA Heading\nmore text here.") == [
        "Prices fell.",
        "the index is down.",
        "A Heading more text here.",
    ]


def _handle_types(text: str) -> dict[str, str]:
    f = find(text)
    return {
        text[h.start : h.end]: f.clusters[h.cluster].type.value
        for h in f.hits
        if text[h.start : h.end].startswith("@")
    }


@pytest.mark.parametrize(
    ("text", "handle", "type_"),
    [
        ("The @Velmor_Metals smelter leak worried everyone.", "@Velmor_Metals", "ORGANISATION"),
        ("I read the @kestrelwire dispatch twice.", "@kestrelwire", "ORGANISATION"),
        ("Numbers from the @grainwatch tracker look grim.", "@grainwatch", "ORGANISATION"),
        ("I hear that @ivpetrova, too, may join the talks.", "@ivpetrova", "ACTOR"),
        ("Some say that @mkorlov2 will run the fund.", "@mkorlov2", "ACTOR"),
        ("The new job for @dsemenko is about more than trade.", "@dsemenko", "ACTOR"),
        ("Congrats for @lzhukova on the award!", "@lzhukova", "ACTOR"),
        ("A role for @pvolkin in the envoy team is likely.", "@pvolkin", "ACTOR"),
    ],
)  # fmt: skip
def test_handle_typed_by_the_words_before(text: str, handle: str, type_: str) -> None:
    assert _handle_types(text)[handle] == type_


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A statement by @Norilsk_Nickel followed.", "Norilsk Nickel"),
        ("Shares of @Saudi_Aramco rose.", "Saudi Aramco"),
        ("Read @FinancialTimes on this.", "Financial Times"),
    ],
)  # fmt: skip
def test_handle_spelling_a_registered_name(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trade is settled in the Chinese Yuan more often now.",
        "The Canadian Li family moved to Vancouver.",  # a nationality, no given name
        "He was paid in Chinese Yuan at the border.",
    ],
)
def test_nationality_before_chinese_surname_is_no_person(text: str) -> None:
    assert not people(text)


def test_western_order_chinese_name_still_read() -> None:
    assert "Xiaoming Chen" in people("The paper by Xiaoming Chen was cited.")


@pytest.mark.parametrize(
    "text",
    [
        "The conference hall (17, Malaya Ordynka, Moscow) was full.",
        "Their office moved to 3, Bolshaya Yakimanka, Moscow, last year.",
        "Meet at Staraya Basmannaya, Moscow, at noon.",
    ],
)
def test_russian_street_is_no_person(text: str) -> None:
    assert not people(text)


@pytest.mark.parametrize(
    ("text", "names", "kind"),
    [
        ("State traders including Velmaroil, Donghe Petro and Qinpec bought cargoes.",
         {"Velmaroil", "Donghe Petro", "Qinpec"}, "COMPANY"),
        ("Lenders such as Korvex Bank and Tamarind Finance pulled out.",
         {"Korvex Bank", "Tamarind Finance"}, "BANK"),
        ("Outlets like Zorya Daily and Pravnik reported the deal.",
         {"Zorya Daily", "Pravnik"}, "MEDIA"),
    ],
)  # fmt: skip
def test_names_after_plural_org_noun(text: str, names: set[str], kind: str) -> None:
    found = named(text)
    for n in names:
        assert found[n] == ("ORGANISATION", kind)


def test_plural_org_noun_list_skips_descriptions() -> None:
    assert not (orgs("Many companies, including Chinese ones, left the market.") - {"China"})


@pytest.mark.parametrize(
    ("text", "long_name", "short", "parent"),
    [
        ("The head of the Institute of Baltic and Nordic Studies of Tartu State University, "
         "Ivo Saar, spoke.", "Institute of Baltic and Nordic Studies of Tartu State University",
         "Institute of Baltic and Nordic Studies", "Tartu State University"),
        ("The Centre for Arctic and Maritime Law of the Russian Academy of Sciences said so.",
         "Centre for Arctic and Maritime Law of the Russian Academy of Sciences",
         "Centre for Arctic and Maritime Law", "Russian Academy of Sciences"),
        ("The Institute of Oriental Studies of Moscow State University hosted it.",
         "Institute of Oriental Studies of Moscow State University",
         "Institute of Oriental Studies", "Moscow State University"),
    ],
)  # fmt: skip
def test_unit_of_parent_keeps_its_short_form(
    text: str, long_name: str, short: str, parent: str
) -> None:
    f = find(text)
    by_name = {c.name: c for c in f.clusters.values()}
    assert long_name in by_name and short in by_name[long_name].aliases
    assert parent in by_name


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The tanker sank in the Gulf of Finland last week.", "Finland"),
        ("Drills were held in the Sea of Japan.", "Japan"),
        ("Patrols crossed the Bay of Bengal.", "Bangladesh"),
    ],
)  # fmt: skip
def test_sea_of_state_is_a_place(text: str, state: str) -> None:
    assert state not in orgs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Buyers included Unipec this month.", "Unipec"),
        ("Kyiv recalled the Warsaw Pact era.", "Warsaw Pact"),
        ("The North Korea Sanctions Committee met on Friday.",
         "Security Council Committee established pursuant to resolution 1718 (2006)"),
        ("The Chinese navy sent two frigates.", "PLA Navy"),
        ("A statement from Akorda followed the call.", "Akorda"),
        ("Units of the Islamic Revolutionary Guard Corps took part.",
         "Islamic Revolutionary Guard Corps"),
    ],
)  # fmt: skip
def test_registry_round11(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize("line", ["Comment (0)", "Comments: 14", "Views 2301", "Shares (3)"])
def test_counter_line_is_page_furniture(line: str) -> None:
    from loaders.readers.article_meta import is_furniture

    assert is_furniture(line)
    assert not is_furniture("Comments from the ministry were brief.")

"""Round 16 (claims16b): entities that broke speakers, and bylines (sentences and names
written here).

1. A speaker the entity stage missed is never a place, a thing or an owner's possession:
   "…, X said in an interview in <city>", "saying that the <Name> Missile Defense System
   …", "<Place>’s <Outlet> revealed", "the <Talks> Communiqué said"; a name the entity
   stage typed as an organisation is that organisation, not a new person ("… <Body>
   (ACR), which added"); a capitalised "-ly" word before a speech verb is a name's last
   word, not an adverb ("<X> Daily revealed").
2. Organisation boundaries:
   - a credited body's possessive is its owner's ("according to the <Body>'s latest
     ‘<Title> Review’": the body; the quoted title is no organisation);
   - an acronym spelling only the closing words after a state's adjective ("South African
     <A> <B> <C> (ABC)"); a ministry "of" a list of fields; a credited body's field in lower
     case ("according to the Ministry of development of the <Region>", "the ministry of
     rural development said");
   - a registered person glued after a body ("… Party of <State> <Registered Person>"); a
     person named after a body credited for a number ("… <Body> <Person> announced");
   - "The" of an outlet capitalised inside a sentence; a count before a body's name ("One
     <Body> official"); a role before "of" with no body's head ("Officer Commanding of
     <Unit>"); a company "of" a registered company is the subsidiary ("<X> Company of
     <Parent>"); a credited initialism keeps its full stop ("The U.S. noted"); a listed
     company closing a sentence keeps no full stop; a state's company with a common-word
     name ("<State>’s United <Noun> Corp");
   - people: a quoted nickname inside a name ("<Given> “<Nick>” <Surname>"); a family name
     before a nationality is a people ("Han Chinese"); a ship named after an officer ("the
     frigate Admiral <Surname>") makes no person of "Admiral <Surname> visited".
3. Unknown outlets as sources: a domain after an outlet noun ("news portal <x>.ru
   reported"), a name after "the journal", "<State> Today", "according to <Word> Media".
4. Bylines: the names under a link to another piece ("Next Article", "Related", "Read
   more") are that piece's authors, not the document's (they stay text); a bare name line
   above a dateline ("<Name> ¶ <City>, Dec. 9 – …") is not glued to it; a page's recommended
   reference ("For citation, please use: <Surname>, <Initials> and …, 2024. …") names its
   authors, given name first. A text file that opens with a block tag ("<article><p …>") is
   a page's fragment, read as HTML (its paragraphs, not its tags, make the sentences).
"""

from __future__ import annotations

import pytest
from claims_helpers import entity_names as _names
from claims_helpers import run_pipeline as _run
from claims_helpers import speaker_name as _speaker

from kb.models import EntityType
from loaders.entities.people import never_person
from loaders.readers import article, report
from loaders.readers.formats import Format, detect_format

# -- 1. never a person ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Hong Kong", True),  # a registered territory
        ("Kuala Lumpur", True),  # a capital
        ("Tarvik Oblast", True),  # a place by its head
        ("Aegis Ballistic Missile Defense System", True),
        ("Lanholm Arms Control Treaty", True),
        ("Trilateral Security Consultations", True),
        ("Northern Aircraft Corp", True),  # an organisation by its head
        ("Norvale’s Evening Courier", True),  # an owner's possession
        ("Ilsa Morvane", False),
        ("Jiang Zemin", False),  # a registered person
    ],
)
def test_never_person(name: str, want: bool) -> None:
    assert never_person(name) is want


def test_a_city_after_said_in_an_interview_is_no_speaker() -> None:
    ex = _run(
        "The line may open as soon as 2027, Oskar Delvane, an adviser to the Varn rail "
        "ministry, said Thursday at a forum in Hong Kong.",
        "Freight on the route is expected to triple, Delvane added in an interview in Kuala "
        "Lumpur.",
    )
    assert "Hong Kong" not in _names(ex, EntityType.ACTOR)
    assert "Kuala Lumpur" not in _names(ex, EntityType.ACTOR)
    assert _speaker(ex, "open as soon as 2027") == "Oskar Delvane"


def test_a_weapon_system_is_no_speaker() -> None:
    ex = _run(
        "“We will answer in kind,” President Ilsa Morvane said at the congress.",
        "She added that the partners were not honest, saying that the Tarvik Coastal Missile "
        "Shield System, to be deployed in the south, could not be used for strikes.",
    )
    assert not any("System" in n for n in _names(ex, EntityType.ACTOR))


def test_an_outlets_daily_before_the_verb_is_its_name() -> None:
    ex = _run(
        "Citing a source at the plant, Macau’s Lotus Harbour Daily revealed a dispute over "
        "suppliers that may delay the jet."
    )
    assert "Macau’s Lotus Harbour" not in _names(ex, EntityType.ACTOR)
    assert _speaker(ex, "dispute over suppliers") == "Lotus Harbour Daily"


def test_a_body_named_with_its_acronym_speaks_as_the_body() -> None:
    ex = _run(
        "“Visits of this kind are routine between navies,” according to South African "
        "Harbour Liaison Communication (HLC), which added that the ship left on Sunday."
    )
    assert "Harbour Liaison Communication" in _names(ex, EntityType.ORGANISATION)
    assert not any("Communication" in n for n in _names(ex, EntityType.ACTOR))
    assert _speaker(ex, "routine between navies") == "Harbour Liaison Communication"


# -- 2. organisation boundaries -------------------------------------------------------------


def test_a_credited_bodys_possessive_and_its_quoted_report() -> None:
    ex = _run(
        "According to the Central Bank's latest ‘Payment Systems Stability Review’, the share "
        "of the yuan in exports reached 41% by October."
    )
    orgs = _names(ex, EntityType.ORGANISATION)
    assert "Central Bank" in orgs
    assert not any(n.endswith(("'s", "’s")) for n in orgs)
    assert "Payment Systems Stability Review" not in orgs
    assert _speaker(ex, "share of the yuan") == "Central Bank"


def test_a_states_company_named_with_a_common_word_speaks() -> None:
    ex = _run(
        "Kazakhstan’s United Wagon Corp confirmed that the first trains will leave in May. "
        "Kazakhstan's United Company is a description."
    )
    orgs = _names(ex, EntityType.ORGANISATION)
    assert "United Wagon Corp" in orgs
    assert "United Company" not in orgs
    assert "United Wagon Corp" not in _names(ex, EntityType.ACTOR)
    assert _speaker(ex, "first trains") == "United Wagon Corp"


def test_a_listed_company_closing_the_sentence_has_no_full_stop() -> None:
    ex = _run(
        "The fair will host firms including Kestrel, Vomba and Tarlo. Prices rose.",
        "Suppliers such as Harbin Steel Co. and Volga S.A. agreed.",
    )
    orgs = _names(ex, EntityType.ORGANISATION)
    assert "Tarlo" in orgs
    assert "Tarlo." not in orgs
    assert "Volga S.A." in orgs


def test_a_quoted_nickname_inside_a_persons_name() -> None:
    ex = _run(
        "Photo via AP ( Taras “Sasha” Brovchenko , Ledger Weekly ) The mayor, Irena 'Dr. "
        'Iron\' Kavalec, spoke. The "Big Three" Powers met.'
    )
    people = _names(ex, EntityType.ACTOR)
    assert {"Taras Brovchenko", "Irena Kavalec"} <= people
    assert not any("Iron" in n or "Sasha" in n or "Big" in n for n in people)


def test_an_initialism_keeps_its_last_full_stop() -> None:
    ex = _run(
        "The talks stalled. The U.S. pointedly noted that its arsenal shrank by 12% since 2010."
    )
    orgs = _names(ex, EntityType.ORGANISATION)
    assert "U.S" not in orgs
    assert "United States" in orgs


def test_a_people_is_no_person() -> None:
    ex = _run("The town is dominated by Hui Chinese, who run most of its shops, Li Ming said.")
    people = _names(ex, EntityType.ACTOR)
    assert "Hui Chinese" not in people
    assert "Li Ming" in people


def test_a_ship_named_after_an_officer_stays_a_ship() -> None:
    ex = _run(
        "The Navy frigate Admiral Voronkov docked in the port on Monday.",
        "The crew said Admiral Voronkov visited the harbour in 2019. When she arrived, "
        "Voronkov was greeted by protesters.",
    )
    assert not any("Voronkov" in n for n in _names(ex, EntityType.ACTOR))


def test_a_count_before_a_bodys_name_is_no_part_of_it() -> None:
    ex = _run("One Harbour Authority official, who briefed reporters, said the port would reopen.")
    orgs = _names(ex, EntityType.ORGANISATION)
    assert "Harbour Authority" in orgs
    assert not any(n.startswith("One ") for n in orgs)


def test_a_role_of_a_unit_is_no_body() -> None:
    ex = _run(
        "Guests included Officer Commanding of Battery of guns of ship, Captain Pavel Ternov, "
        "and the Chief Directorate of Coastal Defence."
    )
    orgs = _names(ex, EntityType.ORGANISATION)
    assert not any(n.startswith("Officer") for n in orgs)
    assert "Chief Directorate of Coastal Defence" in orgs


def test_a_company_of_a_registered_parent_is_the_subsidiary() -> None:
    ex = _run(
        "Volna Export Company of Sberbank shipped the grain. The Industrial and Commercial "
        "Bank of China lent the money."
    )
    orgs = _names(ex, EntityType.ORGANISATION)
    assert "Volna Export Company" in orgs
    assert "Sberbank" in orgs
    assert not any(n.endswith("of Sberbank") for n in orgs)
    assert "Industrial and Commercial Bank of China" in orgs


def test_a_ministry_of_a_list_of_fields_is_one_name() -> None:
    ex = _run(
        "Ilsa Morvane, director at Varn's Ministry of Roads, Housing, Construction and Urban "
        "Planning, spoke on Monday."
    )
    orgs = _names(ex, EntityType.ORGANISATION)
    assert "Ministry of Roads, Housing, Construction and Urban Planning" in orgs
    assert "Ministry of Roads" not in orgs


def test_a_credited_bodys_field_in_lower_case() -> None:
    ex = _run(
        "According to the Ministry of development of the North, partners run 35 projects in "
        "the region.",
        "According to the Ministry of course, nothing changed.",
    )
    orgs = _names(ex, EntityType.ORGANISATION)
    assert "Ministry of development of the North" in orgs
    assert _speaker(ex, "35 projects") == "Ministry of development of the North"
    assert not any("course" in n for n in orgs)


def test_a_body_named_in_lower_case_by_its_field() -> None:
    ex = _run(
        "About a third of the grain goes east, the ministry of rural development said on "
        "Sunday. The ministry of course said nothing else."
    )
    orgs = _names(ex, EntityType.ORGANISATION)
    assert "Ministry of Rural Development" in orgs
    assert not any("Course" in n for n in orgs)
    assert _speaker(ex, "grain goes east") == "Ministry of Rural Development"


def test_a_registered_person_glued_after_a_party() -> None:
    ex = _run(
        "In 1997 the former Secretary General of the Communist Party of China Jiang Zemin "
        "signed the border treaty."
    )
    assert "Jiang Zemin" in _names(ex, EntityType.ACTOR)
    assert not any("Jiang" in n for n in _names(ex, EntityType.ORGANISATION))


def test_a_person_named_after_a_body_is_the_source_of_the_number() -> None:
    ex = _run(
        "The two states are drafting a deal on 80 mln tonnes of ore, Head of Department of "
        "Mineral Markets at the Varn Mining Ministry Anna Korvel announced on Friday."
    )
    assert not any("Korvel" in n for n in _names(ex, EntityType.ORGANISATION))
    assert _speaker(ex, "80 mln tonnes") == "Anna Korvel"
    (number,) = [s for s in ex.statistics if s.surface.startswith("80")]
    assert number.source is not None and ex.entities[number.source].name == "Anna Korvel"


def test_an_outlets_the_inside_a_sentence() -> None:
    ex = _run(
        "In the 1900s, according to The Harbin Courier Journal, settlers were barred from the "
        "area. The Harbin Courier Journal said the rule lasted a decade."
    )
    orgs = _names(ex, EntityType.ORGANISATION)
    assert "The Harbin Courier Journal" in orgs
    assert "Harbin Courier Journal" not in orgs
    assert _speaker(ex, "settlers were barred") == "The Harbin Courier Journal"


# -- 3. unknown outlets ------------------------------------------------------------------------


def test_a_domain_called_a_news_portal_is_an_outlet() -> None:
    ex = _run(
        "Cards of the payment system stopped working in the region, local news portal "
        "ekb-today.ru reported on Tuesday, citing users."
    )
    assert "ekb-today.ru" in _names(ex, EntityType.ORGANISATION)
    assert _speaker(ex, "stopped working") == "ekb-today.ru"


def test_a_bare_cited_domain_stays_no_organisation() -> None:
    ex = _run("Exports rose by 12% in May (see https://ekb-today.ru/news/4411 for the table).")
    assert "ekb-today.ru" not in _names(ex, EntityType.ORGANISATION)


def test_named_outlets_as_sources() -> None:
    ex = _run(
        "The study was published in the journal Frontier Housing.",
        "According to Mongolia Today, the line was planned in 1911.",
        "According to Ember Media, the work on the reactor will start in 2030.",
        "According to Mass Media, nothing changed.",
    )
    orgs = _names(ex, EntityType.ORGANISATION)
    assert {"Frontier Housing", "Mongolia Today", "Ember Media"} <= orgs
    assert "Mass Media" not in orgs
    assert _speaker(ex, "planned in 1911") == "Mongolia Today"


# -- 4. bylines --------------------------------------------------------------------------------

BODY = (
    "Exports of timber from the eastern provinces rose by a fifth last year, the ministry "
    "said on Monday, as new sawmills opened near the border and rail tariffs were cut."
)
MORE = (
    "Officials expect the growth to slow this year because of a shortage of wagons and "
    "rising costs at the ports, according to the statement released on Tuesday morning."
)


@pytest.mark.parametrize("label", ["Next Article", "Previous Article", "Related", "Read more"])
def test_names_under_a_link_to_another_piece_are_not_the_authors(label: str) -> None:
    blocks = ("12 minute read", "Timber and the Border", label, "Hedda Lindqvist",
              "Hedda Lindqvist", "Timber and the Border", "Tomas Verlane and Ines Falkner", BODY,
              MORE)  # fmt: skip
    (doc,) = report.read("\n\n".join(blocks), "r.txt")
    assert doc.authors == ["Tomas Verlane", "Ines Falkner"]
    assert "Hedda Lindqvist" in doc.text  # the page names her: she stays an actor
    (doc,) = article.read("\n\n".join(blocks[1:]), "a.txt")
    assert doc.authors == ["Tomas Verlane", "Ines Falkner"]
    assert "Hedda Lindqvist" in doc.text


def test_a_pager_bar_still_lets_the_byline_under_it_count() -> None:
    blocks = ("Timber and the Border", "Previous ArticleNext Article", "By Tomas Verlane", BODY,
              MORE)  # fmt: skip
    (doc,) = article.read("\n\n".join(blocks), "a.txt")
    assert doc.authors == ["Tomas Verlane"]


def test_a_name_line_above_a_dateline_stands_apart() -> None:
    text = "Timber and the Border\n\nTomas Verlane\n    Harbin, Dec. 9 – " + BODY + "\n\n" + MORE
    (doc,) = article.read(text, "a.txt")
    assert "Tomas Verlane Harbin" not in doc.text
    assert doc.authors == ["Tomas Verlane"]  # the name line under the title is the byline
    assert doc.text.split("\n\n")[1].startswith("Harbin, Dec. 9 – Exports")


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            (
                "For citation, please use:",
                "Verlane, T.K. and Falkner, I.V., 2023. Timber and the "
                "Border. Harbour Review, 11(2), pp. 40–58.",
            ),
            ["T.K. Verlane", "I.V. Falkner"],
        ),
        (
            ("Cite as: Lindqvist, Hedda & Orlik, P. (2021). Timber Ports. Ledger Press.",),
            ["Hedda Lindqvist", "P. Orlik"],
        ),
        (("For citation, please use:", "Harbour Review, 2023. Timber and the Border."), []),
    ],
)
def test_a_recommended_reference_names_the_authors(lines: tuple[str, ...], want: list[str]) -> None:
    (doc,) = report.read("\n".join(lines) + "\n" + BODY + "\n" + MORE, "r.txt")
    assert doc.authors == want


def test_a_page_fragment_is_read_as_html() -> None:
    fragment = (
        b'<article><p class="lead">Timber exports rose by a fifth.</p><p>About a third of the '
        b"grain goes east, the ministry said.</p></article>"
    )
    assert detect_format(fragment, "a.txt") == Format.HTML
    assert detect_format(b"Tags such as <p> and <div> mark paragraphs.", "a.txt") == Format.TEXT

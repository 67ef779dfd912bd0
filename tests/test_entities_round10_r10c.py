"""Entity classes of round 10 (issue 12, helper r10c), on sentences written for these tests
with made-up people and bodies (registered outlets are real: the registry is what is tested):
a byline's name glued to its dateline's weekday or month, the possessive written with U+02BC,
a wire credit whose next role follows a name without a ";", a thread's tagged surname, a
"<Place>-based" description after an executive's title, and a handle naming an edition or a
channel as author."""

from __future__ import annotations

import pytest
from entities_helpers import orgs, people

from kb.models import DocumentKind, EntityType
from loaders.drafts import DocumentDraft, Extraction
from loaders.entities.authors import add_authors


@pytest.mark.parametrize(
    ("text", "person", "wrong"),
    [
        ("By Marek StolwinThursday, 12 March 2031, 09:15", "Marek Stolwin",
         "Marek StolwinThursday"),
        ("Reporter Anna KarpelovaMarch 3, 2031", "Anna Karpelova", "Anna KarpelovaMarch"),
        ("Olga TrenevaSunday 4 May 2031 — Updated", "Olga Treneva", "Olga TrenevaSunday"),
    ],
)  # fmt: skip
def test_name_glued_to_dateline(text: str, person: str, wrong: str) -> None:
    found = people(text)
    assert person in found and wrong not in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Banks feared the former Joe Bidenʼs sanctions, the sources said.", "Joe Biden"),
        ("Minister Halvard Brenneʼs visit was postponed.", "Halvard Brenne"),
        ("Ambassador Ilse Marquardtʼs letter reached the council.", "Ilse Marquardt"),
    ],
)  # fmt: skip
def test_modifier_letter_possessive(text: str, person: str) -> None:
    found = people(text)
    assert person in found and not any(p.endswith("ʼs") for p in found)


@pytest.mark.parametrize(
    ("text", "names", "wrong"),
    [
        ("(Writing by Dalia Fenwick Editing by Mara Quill)", {"Dalia Fenwick", "Mara Quill"},
         "Fenwick Editing"),
        ("(Reporting by Oskar Lundqvist Additional reporting by Tamsin Roe)",
         {"Oskar Lundqvist", "Tamsin Roe"}, "Oskar Lundqvist Additional"),
        ("(Compiled by Teodor Braskov Edited by Nina Oslund)",
         {"Teodor Braskov", "Nina Oslund"}, "Teodor Braskov Edited"),
    ],
)  # fmt: skip
def test_wire_credit_roles_without_separator(text: str, names: set[str], wrong: str) -> None:
    found = people(text)
    assert names <= found and wrong not in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("On Monday, #Russian President Vladimir #Putin asked for a call.", "Vladimir Putin"),
        ("Foreign minister Halvard #Brenne said talks would wait.", "Halvard Brenne"),
        ("Analyst Mira #Kovalenko wrote that the #Korvia deal stalled.", "Mira Kovalenko"),
    ],
)  # fmt: skip
def test_thread_tagged_surname(text: str, person: str) -> None:
    found = people(text)
    assert person in found and person.split()[0] not in found


def test_hashtags_in_a_row_are_no_name() -> None:
    assert not people("Read more at #Russia #China #Trade today.")


@pytest.mark.parametrize(
    "text",
    [
        "She is the founder of the London-based political risk firm Enmetena Advisory.",
        "He was the owner of the Dubai-registered trader Velmor Shipping.",
        "She is the CEO of the Almaty-based start-up.",
    ],
)
def test_described_place_is_no_company(text: str) -> None:
    assert not any(o.endswith(("-based", "-registered")) for o in orgs(text))


def _extraction(authors: list[str] | None = None,
                kind: DocumentKind = DocumentKind.ARTICLE) -> Extraction:  # fmt: skip
    doc = DocumentDraft("t.txt", kind, "Talks resumed on Monday.", authors=list(authors or []))
    ex = Extraction(doc=doc)
    add_authors(ex)
    return ex


@pytest.mark.parametrize("handle", ["korviamfa_en", "@acme_news", "velmor_official"])
def test_channel_handle_author_is_an_organisation(handle: str) -> None:
    ex = _extraction([handle], kind=DocumentKind.THREAD)
    (key,) = ex.authors
    assert ex.entities[key].type == EntityType.ORGANISATION


@pytest.mark.parametrize("handle", ["@mira_koval", "tarn_belwick", "@enmetena"])
def test_personal_handle_author_stays_a_person(handle: str) -> None:
    ex = _extraction([handle], kind=DocumentKind.THREAD)
    (key,) = ex.authors
    assert ex.entities[key].type == EntityType.ACTOR

"""Authors read off the text when no manifest names them: byline shapes of articles and of
reports saved from web pages, and lines that must not become authors. All names made up."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.readers import article, report
from loaders.readers.article_meta import (
    byline,
    credit_trailer,
    name_line,
    opinion_dateline,
    standalone_byline,
)

BODY = (
    "Exports of timber from the eastern provinces rose by a fifth last year, the ministry "
    "said on Monday, as new sawmills opened near the border and rail tariffs were cut."
)
MORE = (
    "Officials expect the growth to slow this year because of a shortage of wagons and "
    "rising costs at the ports, according to the statement released on Tuesday morning."
)


def _article(*blocks: str) -> list[str]:
    (doc,) = article.read("\n\n".join(blocks), "a.txt")
    return doc.authors


def _report(*blocks: str) -> list[str]:
    (doc,) = report.read("\n\n".join(blocks), "r.txt")
    return doc.authors


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("by Tomas Verlane March 10, 2025 3:23 PM 2 min read",
         (["Tomas Verlane"], None, date(2025, 3, 10))),
        ("By Irma Kollberg 4 June 2023", (["Irma Kollberg"], None, date(2023, 6, 4))),
        ("By Odile Marchetti Published 2024-01-09", (["Odile Marchetti"], None, date(2024, 1, 9))),
        ("By QUENTIN ARBUS | Daily Ledger | Updated: Oct 22, 2024",
         (["Quentin Arbus"], "Daily Ledger", date(2024, 10, 22))),
    ],
)  # fmt: skip
def test_byline_names_stop_at_the_date(text: str, want: tuple) -> None:
    assert byline(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("By Hedda Lindqvist", ["Hedda Lindqvist"]),
        ("Author: Pavel Orlik", ["Pavel Orlik"]),
        ("Written by Mara Celestin and Joost Ebbers", ["Mara Celestin", "Joost Ebbers"]),
        ("By Ines Falkner, staff writer", ["Ines Falkner"]),
        ("By Western standards, the deal is small", None),
        ("By Friday Officials Hope To Sign", None),
        ("By contrast, exports fell.", None),
    ],
)
def test_standalone_byline(text: str, want: list[str] | None) -> None:
    found = standalone_byline(text)
    assert (found[0] if found else None) == want


@pytest.mark.parametrize(
    ("text", "plain", "want"),
    [
        # "X, Staff Writer" and other role lines
        ("Hedda Lindqvist, Staff Writer", False, ["Hedda Lindqvist"]),
        ("Pavel Orlik | Senior Correspondent", False, ["Pavel Orlik"]),
        ("Mara Celestin, senior fellow, Northern Policy Council", False, ["Mara Celestin"]),
        ("Joost Ebbers Senior Fellow, Harbour Studies Institute", False, ["Joost Ebbers"]),
        # a name and a date
        ("Ines Falkner Published March 20, 2023 | 08:59 PM", False, ["Ines Falkner"]),
        ("Tomas Verlane 12 May 2022", False, ["Tomas Verlane"]),
        ("Irma Kollberg March 3, 2024 4 min read", False, ["Irma Kollberg"]),
        # bare names under a title
        ("Lena Marchetti", True, ["Lena Marchetti"]),
        ("QUENTIN ARBUS, LENA MOSK", True, ["Quentin Arbus", "Lena Mosk"]),
        ("Dario Quell & Signe Abelard", True, ["Dario Quell", "Signe Abelard"]),
        ("• Paul Brenner", True, ["Paul Brenner"]),
        ("Lena Marchetti", False, None),  # not under a title: not enough
        ("Ovrel Marchetti", True, None),  # nor without a known given name
        ("Northern Ledger", True, None),
        ("Digital Sovereignty", True, None),
        # headlines, rubrics, places, outlets and photo credits
        ("New Delhi", True, None),
        ("Moscow, Russia", True, None),
        ("Drone Industry", True, None),
        ("Putin Meets Xi", True, None),
        ("China Military Online", True, None),
        ("Harbour Daily", True, None),
        ("Oleg Tarsky/Sputnik/AP", True, None),
        ("Photo: Lena Mosk", True, None),
        ("Register Some Agency Chief Vows to Increase Media Ties", False, None),
        ("The Reality of Partnership", True, None),
        ("March 3, 2024", True, None),
    ],
)
def test_name_line(text: str, plain: bool, want: list[str] | None) -> None:
    found = name_line(text, plain=plain)
    assert (found[0] if found else None) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("(Reporting by Northwire; Writing by Hedda Lindqvist; Editing by Pavel Orlik)",
         ["Hedda Lindqvist"]),
        ("(Writing by Mara Celestin Editing by Joost Ebbers)", ["Mara Celestin"]),
        ("(Reporting by Ines Falkner and Tomas Verlane in Harbin; Additional reporting by "
         "Irma Kollberg; Editing by Lena Mosk)", ["Ines Falkner", "Tomas Verlane"]),
        ("Reporting by the ministry showed exports rising.", None),
    ],
)  # fmt: skip
def test_credit_trailer(text: str, want: list[str] | None) -> None:
    assert credit_trailer(text) == want


def test_article_byline_line_does_not_join_the_title_or_the_lead() -> None:
    assert _article("Timber exports rise\nBy Hedda Lindqvist and Pavel Orlik", BODY) == [
        "Hedda Lindqvist",
        "Pavel Orlik",
    ]
    text = "Timber exports rise\n\nBy Mara Celestin\n" + BODY + "\n\n" + MORE
    (doc,) = article.read(text, "a.txt")
    assert doc.authors == ["Mara Celestin"]
    assert doc.text.startswith("Timber exports rise") and "By Mara" not in doc.text
    assert doc.passages[1].kind.value == "PARAGRAPH"


def test_article_byline_after_the_body_or_after_a_pull_quote() -> None:
    assert _article("Timber exports rise", BODY, MORE, "By Joost Ebbers") == ["Joost Ebbers"]
    assert _article(BODY, "Timber exports rise", "By Ines Falkner", MORE) == ["Ines Falkner"]
    assert _article("Timber exports rise", BODY, "Author: Irma Kollberg") == ["Irma Kollberg"]


def test_article_name_and_date_lines_under_the_title() -> None:
    assert _article("Timber exports rise", "Northern Ledger\nDario Marchetti\n2024-08-14 17:47",
                    BODY) == ["Dario Marchetti"]  # fmt: skip
    assert _article("Timber exports rise", "Tomas Verlane Published March 20, 2023", BODY) == [
        "Tomas Verlane"
    ]
    assert _article("Timber exports rise", "Lena Mosk, Staff Writer", BODY) == ["Lena Mosk"]


def test_article_wire_credits_at_the_end() -> None:
    trailer = "(Reporting by Dario Quell; Editing by Signe Abelard)"
    (doc,) = article.read("\n\n".join(["Timber exports rise", BODY, MORE, trailer]), "a.txt")
    assert doc.authors == ["Dario Quell"]
    assert "Editing by Signe Abelard" in doc.text  # it names people: it stays


def test_article_headline_credit_and_place_lines_are_not_authors() -> None:
    assert _article("Timber Exports Rise", "Hedda Lindqvist/Reuters", BODY) == []
    assert _article("Timber exports rise", "Vladivostok, Russia", BODY) == []
    assert _article("Markets", "Timber Exports Rise Again", BODY, MORE) == []
    assert _article("Timber exports rise", BODY, "Pavel Orlik", MORE) == []


def test_report_from_a_web_page_reads_its_byline() -> None:
    assert _report("By Hedda Lindqvist\n" + BODY, MORE) == ["Hedda Lindqvist"]
    assert _report("March 2023", "Timber and the Border", "MARA CELESTIN, PAUL EBBERS", BODY,
                   MORE) == ["Mara Celestin", "Paul Ebbers"]  # fmt: skip
    assert _report(BODY, "Timber and the Border", "By Ines Falkner and Irma Kollberg", MORE) == [
        "Ines Falkner",
        "Irma Kollberg",
    ]
    assert _report("Timber and the Border", "Tomas Verlane Senior Fellow, Harbour Institute",
                   BODY, MORE) == ["Tomas Verlane"]  # fmt: skip


def test_report_headings_are_not_authors() -> None:
    assert _report("Timber and the Border", "Digital Sovereignty", BODY, MORE) == []
    assert _report("Timber and the Border", BODY, "Pavel Orlik", MORE) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "HARBIN. (Dario Quell, Northern Policy Institute (NPI) - for Harbour News)",
            ["Dario Quell"],
        ),
        ("(Lena Mosk, political analyst – for Ledger Daily)", ["Lena Mosk"]),
        ("BERLIN, (Paul Ebbers, senior fellow — exclusively for Weekly Review)", ["Paul Ebbers"]),
        ("MOSCOW (Reuters) - Timber exports rose.", None),
        ("(Photo: Lena Mosk, for Ledger Daily)", None),
        ("(Timber Trade, prices - for beginners)", None),
    ],
)
def test_opinion_dateline(text: str, want: list[str] | None) -> None:
    assert opinion_dateline(text) == want


def test_opinion_dateline_names_the_author_and_stays() -> None:
    dateline = "HARBIN. (Dario Quell, Northern Policy Institute - for Harbour News)"
    (doc,) = article.read("\n\n".join(["Timber exports rise", dateline, BODY]), "a.txt")
    assert doc.authors == ["Dario Quell"] and "Northern Policy Institute" in doc.text
    assert _report("Timber exports rise", dateline, BODY, MORE) == ["Dario Quell"]

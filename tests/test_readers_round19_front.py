"""Round 19 (readers 13): a publication's type over a saved report page is no author ("Issue
Brief September 29, 2016" read as a person with a date); the "By …" line under the title is.
An article hard-wrapped at a width with no blank lines: a full line that ends no sentence
goes on in the next, whatever that one opens with (pages written here)."""

from __future__ import annotations

import pytest

from loaders.readers import article, report

BODY = (
    "Relations between the two states have deepened since 2022, although each is now more "
    "careful in its messaging to foreign audiences about the partnership."
)


@pytest.mark.parametrize(
    "label",
    ["Issue Brief September 29, 2016", "Policy Paper March 3, 2021", "Research Memo 12 May 2023"],
)
def test_publication_type_with_a_date_is_no_author(label: str) -> None:
    page = "\n\n".join([label, "Strategic energy ties", "By Maren Ostby", BODY]) + "\n"
    (doc,) = report.read(page, "r.txt")
    assert doc.authors == ["Maren Ostby"]


def test_a_name_with_a_date_is_still_an_author() -> None:
    page = "\n\n".join(["Maren Ostby September 29, 2016", "Strategic energy ties", BODY]) + "\n"
    (doc,) = report.read(page, "r.txt")
    assert doc.authors == ["Maren Ostby"]


WRAPPED = """Velmar's plan to borrow
in yuan stumbled over bonds: deputy minister
Send a link to a friend
[June 06, 2017]
By Maren Ostby and Pavel Lind
OSTRAVA, Velmar (Reuters) - Velmar put off its plans to borrow in
yuan at the last minute as it did not meet a condition set by Beijing
- to borrow by issuing bonds on China's domestic market, Velmar's
deputy finance minister said.
Velmar trumpeted its intention and ability to sell a debut treasury bond
denominated in the Chinese currency throughout 2016. But the finance
ministry has not tapped the Chinese debt market yet because it has not
reached a final agreement with Beijing.
"We have no plans yet to sell bonds in the form of such bonds, that is
where all the problems come from," Deputy Finance Minister
Ilsa Morvane told Reuters in an interview.
"""


def test_hard_wrapped_lines_without_blank_lines_are_joined() -> None:
    (doc,) = article.read(WRAPPED, "a.txt")
    assert doc.authors == ["Maren Ostby", "Pavel Lind"]
    assert "condition set by Beijing - to borrow by issuing bonds" in doc.text
    assert "Velmar's deputy finance minister said." in doc.text
    assert '," Deputy Finance Minister Ilsa Morvane told Reuters' in doc.text
    assert "friend [June" not in doc.text  # short lines end their paragraph


def test_one_line_a_paragraph_is_not_joined() -> None:
    lines = [BODY] * 6 + ["A short line", BODY] * 3
    (doc,) = article.read("\n".join(lines) + "\n", "a.txt")
    assert "A short line " + BODY[:10] not in doc.text

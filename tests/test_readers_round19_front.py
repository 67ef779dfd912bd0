"""Round 19 (readers 13): a publication's type over a saved report page is no author ("Issue
Brief September 29, 2016" read as a person with a date); the "By …" line under the title is
(page written here)."""

from __future__ import annotations

import pytest

from loaders.readers import report

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

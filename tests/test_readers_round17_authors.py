"""Round 17 (readers 12): authors a saved report page states without a byline block of its
own (pages written here).

- a name alone after a dash near the top ("- Jane Doe") is the author line (it leaves the
  body); a dash is weak evidence, so the name must read as one on its own (a known given name);
- a dek naming the author ("Jane Doe on how …") gives the author and stays text: it may
  carry the author's claim;
- "By Jane Doe for <Outlet>" run into a longer opening line gives the author, a bare middle
  initial allowed ("Brian G Carlson"); the line stays text.
"""

from __future__ import annotations

import pytest

from loaders.readers import report

BODY = (
    "Relations between the two states have deepened since 2022, although each is now more "
    "careful in its messaging to foreign audiences about the partnership."
)
MORE = (
    "The partnership is also one of interdependence, whereby one side is willing to accept "
    "costs to derive perceived benefits from the other."
)


def _authors(*lines: str) -> tuple[list[str], str]:
    (doc,) = report.read("\n".join([*lines, BODY, MORE]) + "\n", "r.txt")
    return doc.authors, doc.text


def test_a_dashed_name_over_the_title_is_the_author() -> None:
    authors, text = _authors(
        "- Maria Lindqvist", "A Superior Relationship: The Partnership Deepens"
    )
    assert authors == ["Maria Lindqvist"]
    assert "- Maria Lindqvist" not in text


def test_a_dashed_line_that_is_no_name_is_no_author() -> None:
    authors, _text = _authors("- Related Articles", "A Superior Relationship: The Partnership")
    assert authors == []


def test_a_dek_naming_the_author_gives_the_author_and_stays_text() -> None:
    dek = "Vakhtang Orlik on how truck makers are enriching themselves at others' expense"
    authors, text = _authors("Getting rich at another's expense", dek)
    assert authors == ["Vakhtang Orlik"]
    assert dek in text


def test_a_byline_run_into_the_first_line_gives_the_author() -> None:
    line = (
        "Center for Security Studies Room for Maneuver: The Partners Strengthen their Relations "
        "29 Mar 2019 By Brian G Carlson for Center for Security Studies (CSS) Brian Carlson "
        "believes that the extent of coordination deserves close watching."
    )
    authors, text = _authors("Room for Maneuver - CSS", line)
    assert authors == ["Brian G Carlson"]
    assert "By Brian G Carlson for" in text


@pytest.mark.parametrize(
    "line",
    [
        "Ministers on how to end the war: a survey of the options",  # no person before "on"
        "The line was built by Harbour Works for the port authority in 2019 at a cost of "
        "$3 billion, which the ministry says was repaid.",  # "by" in prose, not "By" a name
    ],
)
def test_lines_that_only_look_like_bylines_name_no_author(line: str) -> None:
    authors, _text = _authors("Timber and the Border", line)
    assert authors == []

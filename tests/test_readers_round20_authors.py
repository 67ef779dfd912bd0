"""Round 20 (readers 14): a report's author line written bibliography style, the first author
family name first ("Charap, Samuel, John Drennan, and Pierre Noël"), names its authors given
name first; a place and its state ("Moscow, Russia") or a line of prose is no author line
(pages written here)."""

from __future__ import annotations

import pytest

from loaders.readers import report
from loaders.readers.article_meta import inverted_authors

BODY = (
    "Relations between the two states have deepened since 2022, although each is now more "
    "careful in its messaging to foreign audiences about the partnership."
)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Ostby, Maren, Pavel Lind, and Ivo Ruml", ["Maren Ostby", "Pavel Lind", "Ivo Ruml"]),
        ("Lind, Pavel and Maren Ostby", ["Pavel Lind", "Maren Ostby"]),
        ("Ostby, Maren", ["Maren Ostby"]),
    ],
)
def test_a_bibliography_style_author_line_names_the_authors(line: str, authors: list[str]) -> None:
    page = "\n\n".join([line, "Abstract", BODY]) + "\n"
    (doc,) = report.read(page, "r.txt")
    assert doc.authors == authors
    assert line not in doc.text  # the author line left the body


@pytest.mark.parametrize(
    "line", ["Moscow, Russia", "Beijing, China, and Russia Today", "Energy, Trade and Security"]
)
def test_places_and_topics_are_no_inverted_author_line(line: str) -> None:
    assert inverted_authors(line) is None

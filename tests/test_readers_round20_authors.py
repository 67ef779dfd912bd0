"""Round 20 (readers 14): a report's author line written bibliography style, the first author
family name first ("Charap, Samuel, John Drennan, and Pierre Noël"), names its authors given
name first; a place and its state ("Moscow, Russia") or a line of prose is no author line
(pages written here). In a text hard-wrapped with no blank lines, a quotation line closed
on a comma goes on in the next line ('"…splendid China,"' / "Meng Xiaosi … told reporters.").
A source line giving a site's title in segments names the outlet it knows ("Source:
President of Russia – The Kremlin – English" → The Kremlin).
"""

from __future__ import annotations

import pytest

from loaders.readers import article, report
from loaders.readers.article_meta import inverted_authors, stated_publisher

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


WRAPPED_QUOTE = """Residents in other parts of the country will have the chance to attend
many of the cultural activities, as a troupe of folk musicians will tour
cities along the Volga River, performing and holding exhibitions in the
central plazas and the theaters of the cities they visit this summer.
"We are going to present an ancient, modern and splendid China,"
Meng Xiaosi, vice-minister of culture, told reporters at the ministry.
A group of painters will join the year-long festival, depicting scenery
along the Volga River; and their works will be given to Russian art
galleries after the festival is over, the organisers said in Moscow.
Other exhibitions of traditional and modern art will also tour thirty
cities including St Petersburg in the second half of the year as well.
"""


def test_a_quotation_line_closed_on_a_comma_goes_on() -> None:
    (doc,) = article.read(WRAPPED_QUOTE, "a.txt")
    assert 'splendid China," Meng Xiaosi, vice-minister' in doc.text


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Source: President of Russia – The Kremlin – English", "The Kremlin"),
        ("Source: Xinhua 2018-02-27 23:09:45", "Xinhua"),
        ("Source: Global Times", "Global Times"),
    ],
)
def test_a_site_title_names_the_outlet_it_knows(line: str, publisher: str) -> None:
    assert stated_publisher(line) == publisher

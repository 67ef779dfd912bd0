"""The ARTICLE reader on the seed article and on hand-written fixtures: title, byline,
date, publisher, captions, sub-headings, boilerplate and repeated blocks kept once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from kb.models import DocumentKind, PassageKind
from loaders.drafts import DocumentDraft
from loaders.readers import article, read_file
from loaders.readers.article_meta import byline, date_line, is_credit, is_furniture, parse_date
from loaders.readers.manifest import load_manifest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "004_119b34da1581264a.txt"
FIXTURES = Path(__file__).with_name("fixtures") / "readers" / "articles"


def _read(path: Path) -> DocumentDraft:
    (doc,) = article.read(path.read_text(encoding="utf-8"), path.name)
    return doc


def _texts(doc: DocumentDraft, kind: PassageKind | None = None) -> list[str]:
    return [doc.text[p.start : p.end] for p in doc.passages if kind is None or p.kind == kind]


def _check(doc: DocumentDraft) -> None:
    """Offsets valid, no passage repeats another, the title is the first HEADING."""
    assert doc.kind == DocumentKind.ARTICLE
    last = 0
    for p in doc.passages:
        assert last <= p.start < p.end <= len(doc.text)
        assert "\n" not in doc.text[p.start : p.end]
        last = p.end
    texts = _texts(doc)
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            assert fuzz.ratio(a.casefold(), b.casefold()) < 90, (a, b)
    if doc.title:
        assert doc.passages[0].kind == PassageKind.HEADING
        assert texts[0] == doc.title


@pytest.mark.parametrize("path", [SEED, *sorted(FIXTURES.glob("*.txt"))], ids=lambda p: p.name)
def test_offsets_and_no_repeated_blocks(path: Path) -> None:
    _check(_read(path))


def test_seed_article() -> None:
    doc = _read(SEED)
    assert doc.title == "Following Xi’s lead? Russia takes closer look at Chinese ideology."
    assert doc.meta["rubric"] == "News"
    for gone in ("Why We Wrote This", "A story focused on", "Previous Article", "Astakhov/Sputnik"):
        assert gone not in doc.text
    assert doc.text.count("Many in Moscow think so") == 1  # the box, kept once
    assert doc.text.count("have met over 40 times") == 1  # the paragraph printed twice
    (box,) = [p for p in doc.passages if p.section == "Why We Wrote This"]
    assert doc.text[box.start : box.end].startswith("Is Russia’s future aligned with China?")
    (caption,) = _texts(doc, PassageKind.CAPTION)
    assert caption.startswith("Russian Prime Minister Mikhail Mishustin (third from left)")
    headings = _texts(doc, PassageKind.HEADING)
    assert headings == [doc.title, "A common vision for the future?"]
    assert doc.passages[-1].section == "A common vision for the future?"
    assert len(_texts(doc, PassageKind.PARAGRAPH)) == 11


def test_seed_article_through_read_file_keeps_the_text_metadata() -> None:
    (doc,) = read_file(SEED.read_bytes(), SEED.name, load_manifest(SEED.parent)[SEED.name])
    assert doc.title and doc.title.startswith("Following Xi’s lead?")
    assert doc.authors == []  # not stated in the text
    # the saved page does not name its publisher: the manifest does, and fills the gap
    assert doc.publisher == "The Christian Science Monitor"


def test_byline_date_box_credit_and_caption() -> None:
    doc = _read(FIXTURES / "byline_box.txt")
    assert doc.title == "Siberian timber finds new buyers as Chinese mills expand"
    assert doc.meta["rubric"] == "World"
    assert doc.authors == ["Marina Volkova", "Daniel Reyes"]
    assert doc.published_on == date(2024, 6, 12)
    dropped = (
        "By Marina",
        "June 12, 2024",
        "Why We Wrote This",
        "A story focused on",
        "Resilience",
    )
    for gone in (*dropped, "Kremlin Pool/AP", "Previous Article", "Share this article"):
        assert gone not in doc.text
    assert doc.text.count("In Siberia's timber towns") == 1
    assert doc.text.count("round-log exports remain banned") == 1
    (caption,) = _texts(doc, PassageKind.CAPTION)
    assert caption.startswith("Workers stack pine boards")
    assert _texts(doc, PassageKind.HEADING) == [doc.title, "A fragile dependence"]
    assert doc.passages[-1].section == "A fragile dependence"


def test_wire_story_publisher_wraps_and_near_copies() -> None:
    doc = _read(FIXTURES / "wire.txt")
    assert doc.title == "Russian coal miners turn to rail bottlenecks as exports to China stall"
    assert doc.authors == ["Chen Li"]
    assert doc.publisher == "Reuters"
    assert doc.published_on == date(2025, 3, 3)
    paragraphs = _texts(doc, PassageKind.PARAGRAPH)
    assert paragraphs[0].startswith("KEMEROVO (Reuters) - Russian coal producers")
    assert "Kuzbass basin because they cannot" in paragraphs[0]  # hard wraps joined
    assert doc.text.count("Shipments to China fell") == 1  # a near copy is a repeat
    assert "©" not in doc.text and "Tatiana Meel" not in doc.text
    assert paragraphs[-1].startswith("Russian Railways said")


def test_article_without_title_or_blank_lines() -> None:
    doc = _read(FIXTURES / "plain.txt")
    assert doc.title is None and doc.authors == []
    assert [p.kind for p in doc.passages] == [PassageKind.PARAGRAPH] * 3


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("By Jane Doe", (["Jane Doe"], None, None)),
        ("By Jane Doe, Staff writer", (["Jane Doe"], None, None)),
        ("By Jane Doe | The Moscow Times | May 2, 2024",
         (["Jane Doe"], "The Moscow Times", date(2024, 5, 2))),
        ("By Anna Lee and Wang Fei, Bloomberg News",
         (["Anna Lee", "Wang Fei"], "Bloomberg News", None)),
        ("Fred Weir writes about Russia.", None),
        ("By the end of the year, exports doubled.", None),
    ],
)  # fmt: skip
def test_bylines(text: str, want: tuple | None) -> None:
    assert byline(text) == want


def test_dates_credits_and_furniture() -> None:
    assert parse_date("Posted 7th Nov. 2023") == date(2023, 11, 7)
    assert parse_date("on 2022-02-24") == date(2022, 2, 24)
    assert date_line("Updated: Tuesday, 4 June 2024 09:30 GMT") == date(2024, 6, 4)
    assert date_line("Trade rose 5% on June 4, 2024 after the talks") is None
    for credit in ("Alexander Zemlianichenko/AP", "Getty Images", "Photo: Maxim Shemetov/Reuters"):
        assert is_credit(credit), credit
    for text in ("Russia and China", "A common vision for the future?", "Exports rose."):
        assert not is_credit(text), text
    for text in ("Previous ArticleNext Article", "Advertisement", "A story focused on", "* * *"):
        assert is_furniture(text), text
    assert not is_furniture("A fragile dependence")


def test_more_credit_and_furniture_forms() -> None:
    for credit in (
        "Sputnik/Mikhail Metzel/Kremlin via Reuters",
        "(Photo by Ivan Petrov/Getty Images)",
    ):
        assert is_credit(credit), credit
    assert is_furniture("Story continues below advertisement")


_BLOCKS = st.sampled_from(
    ["News", "By Jane Doe", "June 1, 2024", "Why We Wrote This", "A story focused on",
     "Ng Han Guan/AP", "Previous ArticleNext Article", "A short heading", "Photo: a ship.",
     "Trade rose 5% last year, officials said on Monday in a statement to the press here.",
     "“We will see,” he says.", "MOSCOW (Reuters) - Talks resumed.", "© 2024 Reuters", "", "\n"]
)  # fmt: skip


@given(st.lists(_BLOCKS, max_size=20).map("\n\n".join))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_valid_passages(text: str) -> None:
    for doc in article.read(text, "a.txt"):
        _check(doc)

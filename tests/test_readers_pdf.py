"""The PDF reader on a report typeset for the test (tests/ingest_helpers.py): running heads
and page numbers gone, footnotes read from two columns at the foot of their page, a word
hyphenated over a page break rejoined, the table read as rows, every passage on its page;
scanned and corrupt PDFs fail alone with a one-line reason."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.pdfgen import Block, Note, render
from kb.errors import DocumentError
from kb.models import DocumentKind, PassageKind
from loaders.drafts import DocumentDraft
from loaders.readers import read_file
from loaders.readers.manifest import ManifestEntry
from tests.ingest_helpers import CORRUPT_PDF, HEAD, NOTES, write_report_pdf, write_scanned_pdf


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, object]:
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    layout = write_report_pdf(path)
    return path.read_bytes(), layout


@pytest.fixture(scope="module")
def doc(report_pdf: tuple[bytes, object]) -> DocumentDraft:
    drafts = read_file(report_pdf[0], "report.pdf")
    assert len(drafts) == 1
    return drafts[0]


def _texts(doc: DocumentDraft, kind: PassageKind) -> list[str]:
    return [doc.text[p.start : p.end] for p in doc.passages if p.kind == kind]


def test_a_pdf_is_a_report_with_its_front_matter(doc: DocumentDraft) -> None:
    assert doc.kind == DocumentKind.REPORT
    assert doc.title == "Russia and China after the Record Year: Trade, Payments and Transport"
    assert doc.authors == ["Elena Markova", "David Chen"]
    assert doc.publisher == "Northern Corridor Institute"
    assert doc.meta["pdf_pages"] == 3 and doc.meta["format"] == "pdf"


def test_running_heads_and_page_numbers_are_removed(doc: DocumentDraft) -> None:
    assert HEAD not in doc.text and "Working Paper 12/2024" not in doc.text
    assert not re.search(r"(?m)^\d{1,2}$", doc.text)


def test_sections_come_from_the_headings(doc: DocumentDraft) -> None:
    assert _texts(doc, PassageKind.HEADING) == [
        "1. Introduction",
        "2. The Structure of Trade",
        "3. Payments and Banks",
        "4. Transport",
        "5. Recommendations",
    ]
    transport = next(p for p in doc.passages if doc.text[p.start :].startswith("Transport infra"))
    assert transport.section == "4. Transport"


def test_footnotes_are_read_from_both_columns_with_numbers_and_urls(doc: DocumentDraft) -> None:
    notes = [p for p in doc.passages if p.kind == PassageKind.FOOTNOTE]
    assert [p.number for p in notes] == ["1", "2", "3", "4", "5", "6"]
    for p in notes:
        url = NOTES[p.number or ""].rsplit("URL: ", 1)[1]
        assert p.url == url
        assert doc.text[p.start : p.end] == NOTES[p.number or ""]
    # notes 1-4 share page 1's foot (two columns); 5-6 are on page 2
    assert [p.page for p in notes] == [1, 1, 1, 1, 2, 2]
    # the notes are not left in the running text
    body = " ".join(_texts(doc, PassageKind.PARAGRAPH))
    assert "english.news.cn" not in body


def test_a_word_hyphenated_over_a_page_break_is_rejoined(
    report_pdf: tuple[bytes, object], doc: DocumentDraft
) -> None:
    layout = report_pdf[1]
    assert (1, "verification", True) in layout.hyphenated  # type: ignore[attr-defined]
    assert "verifi-" not in doc.text and "verifi cation" not in doc.text
    para = next(
        p for p in doc.passages if "verification of counterparties" in doc.text[p.start : p.end]
    )
    assert para.kind == PassageKind.PARAGRAPH and para.page == 1  # it starts on page 1 ...
    assert doc.text[para.start : para.end].endswith("across the border crossings in the Far East.")


def test_the_table_is_read_as_rows_with_caption_and_source(doc: DocumentDraft) -> None:
    rows = [p for p in doc.passages if p.kind == PassageKind.TABLE_ROW]
    assert [doc.text[p.start : p.end] for p in rows] == [
        "Year\tTrade turnover\tRussian exports\tChinese exports",
        "2021\t146.9\t79.3\t67.6",
        "2022\t190.3\t114.1\t76.1",
        "2023\t240.1\t129.1\t111.0",
    ]
    table = rows[-1].table
    assert table is not None and table.number == 1
    assert table.caption == "Table 1. Russia-China trade by year, billion USD"
    assert table.header[1] == "Trade turnover"
    assert [c[0] for c in table.cells] == ["2023", "240.1", "129.1", "111.0"]
    captions = _texts(doc, PassageKind.CAPTION)
    assert captions == [
        "Table 1. Russia-China trade by year, billion USD",
        "Source: General Administration of Customs of China.",
    ]


def test_every_passage_has_its_page(doc: DocumentDraft) -> None:
    assert all(p.page in (1, 2, 3) for p in doc.passages)
    pages = {
        doc.text[p.start : p.end]: p.page for p in doc.passages if p.kind == PassageKind.HEADING
    }
    assert pages == {
        "1. Introduction": 1,
        "2. The Structure of Trade": 1,
        "3. Payments and Banks": 2,
        "4. Transport": 2,
        "5. Recommendations": 2,
    }
    assert doc.passages[-1].page == 3


def test_footnote_references_glued_to_numbers_stay_as_printed(doc: DocumentDraft) -> None:
    assert "26.3 percent compared to 2022.1 The growth" in doc.text
    refs = doc.meta["footnote_refs"]
    assert refs, "the report reader's reference finder ran on the PDF's text"


def test_a_scanned_pdf_fails_with_no_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    write_scanned_pdf(path)
    with pytest.raises(DocumentError) as err:
        read_file(path.read_bytes(), "scan.pdf")
    assert err.value.reason.startswith("no text layer (scanned?)")
    assert "\n" not in str(err.value)


def test_a_corrupt_pdf_fails_with_a_one_line_reason() -> None:
    with pytest.raises(DocumentError) as err:
        read_file(CORRUPT_PDF, "broken.pdf")
    assert err.value.reason.startswith("not a readable PDF")
    assert "\n" not in err.value.reason


def test_the_format_comes_from_the_bytes_and_the_manifest_may_set_the_kind(
    report_pdf: tuple[bytes, object],
) -> None:
    as_txt = read_file(report_pdf[0], "misnamed.txt")[0]
    assert as_txt.kind == DocumentKind.REPORT and as_txt.passages[0].page == 1
    article = read_file(report_pdf[0], "r.pdf", ManifestEntry(kind=DocumentKind.ARTICLE))[0]
    assert article.kind == DocumentKind.ARTICLE
    assert all(p.page is not None for p in article.passages)
    assert HEAD not in article.text


def test_a_one_page_note_without_sequence_is_still_a_note(tmp_path: Path) -> None:
    """A single page (no repetition to learn from): the page number still goes, the note
    at the foot is still a note."""
    path = tmp_path / "one.pdf"
    text = (
        "Russia and China signed 12 agreements in 2024, according to the Kremlin, which "
        "described the talks as constructive and forward-looking for both sides.7"
    )
    render(
        [
            Block(["A Short Brief"], heading=True),
            Block([text]),
            Note(
                "7", "Kremlin, May 16, 2024. URL: http://en.kremlin.ru/events/president/news/74041"
            ),
        ],
        path,
    )
    doc = read_file(path.read_bytes(), "one.pdf", ManifestEntry(kind=DocumentKind.REPORT))[0]
    notes = [p for p in doc.passages if p.kind == PassageKind.FOOTNOTE]
    assert [(p.number, p.url) for p in notes] == [
        ("7", "http://en.kremlin.ru/events/president/news/74041")
    ]
    assert not re.search(r"(?m)^1$", doc.text)

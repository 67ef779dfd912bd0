"""Reader for PDF files: a report's pages → one REPORT document whose passages keep their page.

PDFium (:mod:`.chars`) gives each page's lines with positions and type sizes; :mod:`.compose`
drops running heads and page numbers, reads the footnotes at the foot of each page (two
columns included) and writes the text in the shape PDF text extraction gives, which the
report reader (:mod:`loaders.readers.report`) then reads with all its rules: sections
from headings, contents, captions and tables, paragraphs and words rejoined over page
breaks, footnote references glued to numbers. :mod:`.pages` gives each passage the page
it starts on. A PDF without a text layer fails with "no text layer (scanned?)": OCR is
out of scope.
"""

from __future__ import annotations

from kb.errors import DocumentError
from loaders.drafts import DocumentDraft
from loaders.readers import report
from loaders.readers.pdf.chars import read_pages
from loaders.readers.pdf.compose import compose
from loaders.readers.pdf.pages import assign_pages

MAGIC = b"%PDF-"


def pdf_text(data: bytes, source_path: str) -> tuple[str, list[tuple[int, int]], int]:
    """The report-shaped text of a PDF, its page starts and its page count."""
    pages = read_pages(data, source_path)
    if not pages:
        raise DocumentError(source_path, "PDF has no pages")
    if sum(line.length for p in pages for line in p.lines) < 20:
        raise DocumentError(source_path, "no text layer (scanned?): OCR is not supported")
    composed = compose(pages)
    return composed.text, composed.page_starts, len(pages)


def read(data: bytes, source_path: str) -> list[DocumentDraft]:
    text, page_starts, count = pdf_text(data, source_path)
    drafts = report.read(text, source_path)
    for draft in drafts:
        assign_pages(draft, text, page_starts)
        draft.meta["pdf_pages"] = count
        draft.meta["format"] = "pdf"
    return drafts


__all__ = ["MAGIC", "assign_pages", "pdf_text", "read"]

"""Reader for saved web pages (``.html``, ``.htm``): a news page → one ARTICLE document, an
unrolled-thread page → one THREAD document per thread (:mod:`.html_threads`).

Main text and metadata come from trafilatura (Apache-2.0): it drops navigation, related
links, "read more" boxes, bylines and footers, and reads the title, author, date,
site name and canonical URL from ``<meta>``, ``<link rel=canonical>`` and JSON-LD. Its XML
output keeps the structure: ``<head>`` → HEADING (the ``section`` of what follows),
``<p>``, ``<quote>`` and list items → PARAGRAPH, ``<table>`` rows → TABLE_ROW (cells
tab-separated, the first row the header). The title is ``Document.title`` and the first
passage (a HEADING), as in text articles; a heading repeating it is dropped. A page
without main text (fewer than `MIN_WORDS` words outside headings) fails with a one-line
reason. Dates come from markup only (meta, JSON-LD, ``<time>``), never guessed from text
such as a copyright year.
"""

from __future__ import annotations

import re
from datetime import date

import trafilatura
from lxml import etree

from kb.enums import DocumentKind, PassageKind
from kb.errors import DocumentError
from loaders.drafts import DocumentDraft, PassageDraft, TableDraft
from loaders.readers.builder import TextBuilder
from loaders.readers.formats import looks_like_html

MIN_WORDS = 12  # below this, what trafilatura found is navigation, not an article


def _text(node: etree._Element) -> str:
    return " ".join("".join(node.itertext()).split())


def iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


class _Article:
    def __init__(self) -> None:
        self.b = TextBuilder()
        self.section: str | None = None
        self.tables = 0

    def heading(self, text: str) -> None:
        self.section = text
        self.b.add(text, PassageDraft(PassageKind.HEADING, 0, 0, section=text))

    def paragraph(self, text: str) -> None:
        self.b.add(text, PassageDraft(PassageKind.PARAGRAPH, 0, 0, section=self.section))

    def table(self, node: etree._Element) -> None:
        rows = [[_text(c) for c in row.iter("cell")] for row in node.iter("row")]
        rows = [r for r in rows if any(r)]
        if not rows:
            return
        self.tables += 1
        for i, cells in enumerate(rows):
            p = self.b.add("\t".join(cells), PassageDraft(PassageKind.TABLE_ROW, 0, 0,
                                                          section=self.section),
                           separator="\n" if i else None)  # fmt: skip
            spans, pos = [], p.start
            for c in cells:
                spans.append((c, pos, pos + len(c)))
                pos += len(c) + 1
            p.table = TableDraft(self.tables, None, rows[0], spans)

    def walk(self, node: etree._Element) -> None:
        for child in node:
            tag = child.tag
            if tag == "head":
                text = _text(child)
                if text:
                    self.heading(text)
            elif tag == "table":
                self.table(child)
            elif tag in ("p", "quote", "item"):
                text = _text(child)
                if text:
                    self.paragraph(text)
            elif tag in ("list", "div", "main", "body"):
                self.walk(child)


_AUTHOR_SEPARATOR = re.compile(r";|\band\b")


def read_article(data: bytes, source_path: str) -> list[DocumentDraft]:
    xml = trafilatura.extract(
        data,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not xml:
        raise DocumentError(source_path, "HTML page has no main text")
    root = etree.fromstring(xml.encode("utf-8"))
    meta = dict(root.attrib)
    title = meta.get("title") or None
    art = _Article()
    if title:
        art.b.add(title, PassageDraft(PassageKind.HEADING, 0, 0))
    main = root.find("main")
    body = main if main is not None else root
    # The title repeated as the first heading of the body is printed once.
    first = next(iter(body), None)
    if first is not None and first.tag == "head" and title and _text(first) == title:
        body.remove(first)
    art.walk(body)
    words = sum(len(art.b.text()[p.start : p.end].split()) for p in art.b.passages
                if p.kind != PassageKind.HEADING)  # fmt: skip
    if words < MIN_WORDS:
        raise DocumentError(source_path, f"HTML page has no main text (under {MIN_WORDS} words)")
    authors = [a.strip() for a in _AUTHOR_SEPARATOR.split(meta.get("author") or "") if a.strip()]
    extra = {k: v for k, v in meta.items()
             if k in ("hostname", "categories", "tags", "description", "image") and v}  # fmt: skip
    extra["format"] = "html"
    return [
        DocumentDraft(
            source_path=source_path,
            kind=DocumentKind.ARTICLE,
            text=art.b.text(),
            passages=art.b.passages,
            title=title,
            url=meta.get("url") or None,
            published_on=iso_date(meta.get("date")),
            authors=authors,
            publisher=meta.get("sitename") or None,
            meta=extra,
        )
    ]


def read(data: bytes, source_path: str, kind: DocumentKind | None = None) -> list[DocumentDraft]:
    """A thread page's threads, or the page's article (`kind` from the manifest forces one)."""
    from loaders.readers import html_threads

    if kind != DocumentKind.ARTICLE:
        drafts = html_threads.read(data, source_path)
        if drafts:
            return drafts
        if kind == DocumentKind.THREAD:
            raise DocumentError(source_path, "HTML page has no tweets of a thread")
    return read_article(data, source_path)


__all__ = ["iso_date", "looks_like_html", "read", "read_article"]

"""Reader for REPORT documents: long reports extracted from PDF.

``read(text, source_path)`` returns one :class:`~loaders.drafts.DocumentDraft` whose text is
the cleaned body and whose passages index it (code points, end exclusive):

- HEADING (``number`` = ``"3.2."`` for numbered ones), PARAGRAPH, FOOTNOTE (``number``,
  ``url``, ``title``), TABLE_ROW (``table`` = :class:`~loaders.drafts.TableDraft`; rows are
  separated by ``"\\n"``, cells by tabs), CAPTION (``number`` = ``"Table 1"`` /
  ``"Figure 1"``; a table's or figure's ``Source:`` note is a CAPTION with the same label);
- ``section`` = the open headings joined by ``" / "`` (see :mod:`.headings`).

LaTeX escapes and markup-bearing inline math are undone first (:mod:`.latex`): the text
reads "$146.89 billion" and "CIS.^{47}", not "\\$146.89 billion" and "$CIS.^{47}$".
Removed from the body: the table of contents (kept as ``meta["toc"]``), the title page and
credits (metadata), running headers/footers and page numbers, the back-cover imprint.
Paragraphs broken by a page, a footnote block or a hyphen are rejoined (:mod:`.body`).
Footnote references stay in the text as printed; ``meta["footnote_refs"]`` lists those the
reader is sure of (:mod:`.refs`).

Metadata: ``title``, ``authors`` (names, in credit order), ``publisher``; ``meta``:
``isbn``, ``partners``, ``author_details`` (``name``, ``degrees``, ``head``, ``group``,
``titles``; ``bio`` and ``bio_span`` from an "About the Authors" section), ``editors``,
``year``, ``place``, ``report_number``, ``page_count``, ``toc``, ``imprint``,
``footnote_refs``. ``published_on`` only when the front matter states a full date.
"""

from __future__ import annotations

import re

from kb.enums import DocumentKind, PassageKind
from loaders.drafts import DocumentDraft, PassageDraft
from loaders.readers.builder import TextBuilder
from loaders.readers.report import notes
from loaders.readers.report.blocks import Block, mark_noise, restore_listed_heads, split_blocks
from loaders.readers.report.body import Body
from loaders.readers.report.front import FrontMatter, drop_back_matter, head_authors, parse_front
from loaders.readers.report.headings import NUMBERED, STRUCTURAL, Sections
from loaders.readers.report.latex import unescape
from loaders.readers.report.people import attach_bios
from loaders.readers.report.refs import find_refs
from loaders.readers.report.toc import find_toc

_ABOUT_AUTHORS = re.compile(r"about\s+the\s+authors?\b", re.I)


def read(text: str, source_path: str) -> list[DocumentDraft]:
    text = unescape(text)  # "\\$146.89 billion" reads "$146.89 billion" in Document.text
    blocks = split_blocks(text)
    if not blocks:
        return []
    mark_noise(blocks)
    toc = find_toc(blocks)
    if toc.blocks:
        front_end, body_start = min(toc.blocks), max(toc.blocks) + 1
    else:
        front_end = body_start = _first_heading(blocks)
    restore_listed_heads(blocks, toc.contains, body_start)
    fm = parse_front(blocks[:front_end])
    body_blocks = blocks[body_start:]
    if not fm.authors and front_end == 0:  # a web page saved as text: "By …" under the title
        fm.authors = head_authors(body_blocks)
    imprint = drop_back_matter(body_blocks, fm)
    notes.classify(body_blocks)
    notes.number_notes(body_blocks)

    builder = TextBuilder()
    sections = Sections(toc, institutions=fm.institutions, people=fm.authors + fm.editors)
    body = Body(builder, sections, text)
    for b in blocks[:front_end]:
        if b.kind == "text":  # an abstract or disclaimer on the title pages
            body.add(b)
    body.flush()
    for b in blocks[front_end:body_start]:
        b.kind = "toc" if b.kind != "noise" else b.kind
    for b in body_blocks:
        body.add(b)
    body.flush()
    if not builder.passages:
        return []
    doc_text = builder.text()
    about = [(doc_text[p.start : p.end], p.start, p.end) for p in builder.passages
             if p.kind == PassageKind.PARAGRAPH and p.section
             and _ABOUT_AUTHORS.match(p.section)]  # fmt: skip
    attach_bios(fm.details, about)
    return [_document(source_path, doc_text, builder.passages, fm, toc.entries, imprint)]


def _first_heading(blocks: list[Block]) -> int:
    """Without a contents list: where the body starts (first numbered/structural heading)."""
    limit = max(1, len(blocks) // 3)
    for i, b in enumerate(blocks[:limit]):
        if b.kind == "noise" or len(b.lines) != 1:
            continue
        m = NUMBERED.match(b.first)
        if (m and m.group("num") == "1" and len(b.first) <= 150) or (
            STRUCTURAL.match(b.first) and len(b.first.split()) <= 6
        ):
            return i
    return 0


def _document(source_path: str, text: str, passages: list[PassageDraft], fm: FrontMatter,
              toc: list[dict], imprint: list[str]) -> DocumentDraft:  # fmt: skip
    meta: dict = {}
    meta.update(fm.meta)
    if fm.partners:
        meta["partners"] = fm.partners
    if fm.details:
        meta["author_details"] = fm.details
    if fm.editors:
        meta["editors"] = fm.editors
    if toc:
        meta["toc"] = toc
    if imprint:
        meta["imprint"] = imprint
    meta["footnote_refs"] = find_refs(text, passages)
    return DocumentDraft(
        source_path=source_path,
        kind=DocumentKind.REPORT,
        text=text,
        passages=passages,
        title=fm.title,
        published_on=fm.published_on,
        authors=fm.authors,
        publisher=fm.publisher,
        meta=meta,
    )


__all__ = ["read"]

"""Readers: turn one corpus file into one or more :class:`~loaders.drafts.DocumentDraft`.

`read_file` detects the file's format from its bytes (:mod:`.formats`; the manifest's
``format`` may override): a PDF goes to :mod:`.pdf` (a REPORT unless the manifest says
otherwise), a web page to :mod:`.html` (an ARTICLE, or THREADs for an unrolled-thread
page), a thread export to :mod:`.json_threads`. Text is decoded (refusing empty, binary
or undecodable files with a :class:`~kb.errors.DocumentError`), its kind detected from the
content unless the manifest says otherwise, and handed to the reader of that kind.
"""

from __future__ import annotations

from kb.enums import DocumentKind
from kb.errors import DocumentError
from loaders import regex_cache
from loaders.drafts import DocumentDraft
from loaders.readers.decode import check_size, decode_text
from loaders.readers.detect import detect_kind
from loaders.readers.manifest import ManifestEntry

# Bump when any reader's output changes: it is part of the extractor version.
# 12: a report page's dashed author line, "X on how …" dek, "By X for Y" inside a line.
# 13: a publication's type with a date ("Issue Brief September 29, 2016") is no author line;
# an article hard-wrapped at a width without blank lines is unwrapped.
# 14: a report's author line in bibliography style, the first author family name first
# ("Charap, Samuel, John Drennan, and Pierre Noël"); in a text hard-wrapped with no blank
# lines, a quotation line closed on a comma goes on in the next line; a source line's site
# title in segments names the outlet the registry knows ("… – The Kremlin – English"); a
# short first line naming a person after a colon ("Q+A: Andrey Denisov") is no rubric.
# 15: a furniture line inside an article's block ("Share this article" / "Andrey Kortunov")
# is dropped before the block's lines are joined, so the lines around it stand apart.
READERS_VERSION = "15"


def read_text(
    text: str, source_path: str, entry: ManifestEntry | None = None
) -> list[DocumentDraft]:
    """Parse already-decoded text into document drafts."""
    with regex_cache.kept():  # their patterns compiled by an earlier process, when kept
        from loaders.readers import article, report, threads

    kind = entry.kind if entry and entry.kind else detect_kind(text)
    reader = {
        DocumentKind.THREAD: threads.read,
        DocumentKind.REPORT: report.read,
        DocumentKind.ARTICLE: article.read,
    }[kind]
    return _with_manifest(
        reader(text, source_path), source_path, entry, f"no {kind.value.lower()} content found"
    )


def read_file(
    data: bytes, source_path: str, entry: ManifestEntry | None = None
) -> list[DocumentDraft]:
    """Detect the format of one file's bytes and parse them. The PDF, HTML and JSON readers
    are imported by the first file that needs them: a text corpus never pays for
    trafilatura's or pypdfium2's import (about 0.1 s of a seeds load)."""
    from loaders.readers.formats import Format, detect_format, forced_format

    check_size(data, source_path)
    forced = forced_format(entry.extra.get("format"), "manifest.toml") if entry else None
    fmt = forced or detect_format(data, source_path)
    kind = entry.kind if entry else None
    if fmt == Format.PDF:
        from loaders.readers import pdf

        if kind in (None, DocumentKind.REPORT):
            drafts = pdf.read(data, source_path)
        else:
            text, starts, _count = pdf.pdf_text(data, source_path)
            drafts = read_text(text, source_path, entry)
            for draft in drafts:
                pdf.assign_pages(draft, text, starts)
    elif fmt == Format.HTML:
        from loaders.readers import html

        drafts = html.read(data, source_path, kind)
    elif fmt == Format.JSON:
        from loaders.readers import json_threads

        drafts = json_threads.read(data, source_path)
    else:
        return read_text(decode_text(data, source_path), source_path, entry)
    return _with_manifest(
        drafts, source_path, entry, f"no content found in this {fmt.value.upper()} file"
    )


def _with_manifest(
    drafts: list[DocumentDraft], source_path: str, entry: ManifestEntry | None, empty: str
) -> list[DocumentDraft]:
    """A reader's drafts with the manifest's facts filled in; no draft at all is an error."""
    if not drafts:
        raise DocumentError(source_path, empty)
    if entry:
        for draft in drafts:
            entry.apply(draft)
    return drafts


__all__ = ["READERS_VERSION", "read_file", "read_text"]

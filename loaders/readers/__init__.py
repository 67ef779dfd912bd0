"""Readers: turn one corpus file into one or more :class:`~loaders.drafts.DocumentDraft`.

`read_file` decodes the bytes (refusing empty, binary or undecodable files with a
:class:`~kb.errors.DocumentError`), detects the kind from the content unless the manifest
says otherwise, and hands the text to the reader of that kind.
"""

from __future__ import annotations

from kb.errors import DocumentError
from kb.models import DocumentKind
from loaders.drafts import DocumentDraft
from loaders.readers.decode import decode_text
from loaders.readers.detect import detect_kind
from loaders.readers.manifest import ManifestEntry

# Bump when any reader's output changes: it is part of the extractor version.
READERS_VERSION = "4"


def read_text(
    text: str, source_path: str, entry: ManifestEntry | None = None
) -> list[DocumentDraft]:
    """Parse already-decoded text into document drafts."""
    from loaders.readers import article, report, threads

    kind = entry.kind if entry and entry.kind else detect_kind(text)
    reader = {
        DocumentKind.THREAD: threads.read,
        DocumentKind.REPORT: report.read,
        DocumentKind.ARTICLE: article.read,
    }[kind]
    drafts = reader(text, source_path)
    if not drafts:
        raise DocumentError(source_path, f"no {kind.value.lower()} content found")
    if entry:
        for draft in drafts:
            entry.apply(draft)
    return drafts


def read_file(
    data: bytes, source_path: str, entry: ManifestEntry | None = None
) -> list[DocumentDraft]:
    """Decode and parse one file's bytes."""
    return read_text(decode_text(data, source_path), source_path, entry)


__all__ = ["READERS_VERSION", "read_file", "read_text"]

"""Reader for REPORT documents (interim: blank-line paragraphs; replaced by its issue's work)."""

from __future__ import annotations

from kb.models import DocumentKind, PassageKind
from loaders.drafts import DocumentDraft, PassageDraft
from loaders.readers.builder import TextBuilder


def read(text: str, source_path: str) -> list[DocumentDraft]:
    builder = TextBuilder()
    for block in text.split("\n\n"):
        if block.strip():
            builder.add(" ".join(block.split()), PassageDraft(PassageKind.PARAGRAPH, 0, 0))
    if not builder.passages:
        return []
    return [
        DocumentDraft(
            source_path=source_path,
            kind=DocumentKind.REPORT,
            text=builder.text(),
            passages=builder.passages,
        )
    ]

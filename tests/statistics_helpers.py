"""Helpers for the statistics tests: run the sentence and statistics stages on a text."""

from __future__ import annotations

from kb.models import DocumentKind, PassageKind
from loaders.components.sentences import SentenceSplitter
from loaders.components.statistics import Statistics
from loaders.drafts import DocumentDraft, Extraction, PassageDraft, StatisticDraft
from loaders.readers.builder import TextBuilder

_SPLIT = SentenceSplitter()
_STATS = Statistics()


def extraction(
    *paragraphs: str, kind: PassageKind = PassageKind.PARAGRAPH, meta: dict | None = None
) -> Extraction:
    builder = TextBuilder()
    for p in paragraphs:
        builder.add(p, PassageDraft(kind, 0, 0))
    doc = DocumentDraft("t.txt", DocumentKind.ARTICLE, builder.text(), passages=builder.passages)
    doc.meta.update(meta or {})
    ex = Extraction(doc=doc)
    _SPLIT(ex)
    _STATS(ex)
    return ex


def stats(*paragraphs: str, **kw: object) -> list[StatisticDraft]:
    return extraction(*paragraphs, **kw).statistics  # type: ignore[arg-type]


def one(text: str, surface: str, **kw: object) -> StatisticDraft:
    """The statistic with this surface; fails listing what was found otherwise."""
    found = stats(text, **kw)
    hits = [s for s in found if s.surface == surface]
    assert hits, f"{surface!r} not found in {[s.surface for s in found]}"
    return hits[0]

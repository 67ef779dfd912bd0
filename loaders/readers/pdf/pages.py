"""Which page each passage of a PDF-read document starts on.

The report reader rebuilds passages from the composed text (lines joined, hyphens
dropped, markers stripped), so a passage is found again in that text by its letters and
digits alone: the first `KEY` of them, searched forward from where the previous passage
was found (notes and captions that the reader moved after their paragraph are found by a
search from the start when the forward one fails).
"""

from __future__ import annotations

from bisect import bisect_right

from loaders.drafts import DocumentDraft

KEY = 48


def _squeeze(text: str) -> tuple[str, list[int]]:
    """`text` reduced to its case-folded letters and digits, with each one's offset."""
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch.isalnum():
            chars.append(ch.casefold()[:1])
            where.append(i)
    return "".join(chars), where


def assign_pages(draft: DocumentDraft, raw: str, page_starts: list[tuple[int, int]]) -> None:
    """Set `page` on each passage of `draft` from its place in the composed text `raw`."""
    squeezed, where = _squeeze(raw)
    offsets = [start for start, _ in page_starts]
    cursor = 0
    for passage in draft.passages:
        key, _ = _squeeze(draft.text[passage.start : passage.end])
        key = key[:KEY]
        if not key:
            continue
        found = squeezed.find(key, cursor)
        if found < 0:
            found = squeezed.find(key)
        if found < 0:
            continue
        cursor = found
        passage.page = page_starts[bisect_right(offsets, where[found]) - 1][1]

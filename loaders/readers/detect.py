"""Detect a file's document kind (THREAD, REPORT, ARTICLE) from its content alone.

THREAD: tweet-numbered lines (``2/ …``, ``… 1/``, ``1/14.``) – the thread reader's own line
grammar – supported by ``THREAD`` markers, unroll-service leftovers or @handles, and making
up a fair share of the lines (a report quoting one thread is not a thread). REPORT: long,
or fairly long with report furniture (contents, ISBN, references…). Else ARTICLE.

Only the first `SAMPLE_CHARS` characters are read: a megabyte settles the kind, and a
50 MB file is not classified line by line (that took a third of its reading time).
"""

from __future__ import annotations

import re

from kb.enums import DocumentKind
from loaders.readers.thread_lines import classify

SAMPLE_CHARS = 1_000_000
_HANDLE = re.compile(r"(?<![\w@])@\w{2,15}")
_REPORT_MARKERS = re.compile(
    r"(?im)^(table of contents|contents|isbn[\s:]|references|introduction|summary|"
    r"executive summary|bibliography|acknowledg(?:e)?ments|about the authors?)\b"
)


def thread_score(text: str) -> tuple[int, int, int]:
    """(numbered lines, THREAD markers + scraper leftovers, non-blank lines)."""
    numbered = furniture = total = 0
    for raw in text.splitlines():
        if not raw.strip():
            continue
        total += 1
        line = classify(raw, False)
        if line is None:
            continue
        numbered += line.lead is not None or line.trail is not None
        furniture += line.marker or (line.boundary and any(c.isalpha() for c in raw))
    return numbered, furniture, total


def detect_kind(text: str) -> DocumentKind:
    """Threads: numbered tweets; reports: long, with contents/ISBN; else article."""
    text = text[:SAMPLE_CHARS]
    numbered, furniture, total = thread_score(text)
    handles = len(_HANDLE.findall(text))
    share = numbered / max(total, 1)
    if numbered >= 2 and share >= 0.1 and (handles or furniture or share >= 0.3):
        return DocumentKind.THREAD
    if numbered >= 1 and furniture >= 1 and share >= 0.1:
        return DocumentKind.THREAD
    words = len(text.split())
    if words > 8000 or (words > 3000 and len(_REPORT_MARKERS.findall(text)) >= 2):
        return DocumentKind.REPORT
    return DocumentKind.ARTICLE

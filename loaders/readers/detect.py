"""Detect a file's document kind (THREAD, REPORT, ARTICLE) from its content alone."""

from __future__ import annotations

import re

from kb.models import DocumentKind

_TWEET_NUMBER = re.compile(
    r"(?m)^(?:\.\.\.\s*)?\d{1,2}/(?:\d{1,2}\.?)?(?:\s|\.\.\.|…|$)|\s\d{1,2}/\d{0,2}\s*$"
)
_HANDLE = re.compile(r"(?<![\w@])@\w{2,15}")
_REPORT_MARKERS = re.compile(
    r"(?im)^(table of contents|contents|isbn[\s:]|references|introduction|summary)\b"
)


def detect_kind(text: str) -> DocumentKind:
    """Threads: numbered tweets and handles; reports: long, with contents/ISBN; else article."""
    lines = [line for line in text.splitlines() if line.strip()]
    tweet_lines = sum(1 for line in lines if _TWEET_NUMBER.search(line))
    handles = len(_HANDLE.findall(text))
    if tweet_lines >= 2 and (handles >= 1 or tweet_lines >= 0.2 * len(lines)):
        return DocumentKind.THREAD
    words = len(text.split())
    if words > 8000 or (words > 3000 and len(_REPORT_MARKERS.findall(text)) >= 2):
        return DocumentKind.REPORT
    return DocumentKind.ARTICLE

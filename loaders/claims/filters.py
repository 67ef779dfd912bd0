"""What is not a claim, and the trimming of a sentence to the assertion it carries.

Trimming removes thread furniture (a leading "12/" tweet number, "..." continuation marks),
trailing links, pointing emoji and "1/" markers, so a claim's offsets cover words only.
Not claims: headings, table rows, footnotes, captions without a quote, bare link lines,
pure questions, boilerplate (ISBN, copyright, "download the report", "Why We Wrote This"),
lists of names, and fragments too short to assert anything.
"""

from __future__ import annotations

import re

from kb.models import PassageKind

NON_CLAIM_PASSAGES = frozenset(
    {PassageKind.HEADING, PassageKind.TABLE_ROW, PassageKind.FOOTNOTE, PassageKind.CAPTION}
)
MIN_WORDS = 4

_LEAD = re.compile(r"^(?:\s|\d{1,3}\s*/\s*(?:\d{1,3}\b)?|\(\d{1,3}/\d{1,3}\)|\.{2,}|…|[-–—•*]\s)+")
_TRAIL = re.compile(
    r"(?:\s|\b\d{1,3}/(?:\d{1,3})?|\(\d{1,3}/\d{1,3}\)|(?:https?://|www\.)\S+|"
    r"\b[\w-]+(?:\.[\w-]+)+/\S*|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]|"
    r"\b(?:ICYMI|via|h/t|HT)\b:?)+$"
)
_LINK_ONLY = re.compile(r"^(?:\S+://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)+/\S*)$")
_BOILERPLATE = re.compile(
    r"\b(?:ISBN|ISSN|©|copyright|all rights reserved|download the report|table of contents|"
    r"why we wrote this|a story focused on|click here|subscribe|sign up|newsletter|"
    r"follow us|read more|photo:|image:|getty images|reuters/|the views and opinions of "
    r"authors|do not necessarily (?:state|reflect)|printed in|cover photo|layout)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) to the assertion: no tweet numbers, trailing links or emoji."""
    chunk = text[start:end]
    lead = _LEAD.match(chunk)
    if lead:
        start += lead.end()
    chunk = text[start:end]
    tail = _TRAIL.search(chunk)
    if tail and tail.start() > 0:
        end = start + tail.start()
    chunk = text[start:end]
    return start + (len(chunk) - len(chunk.lstrip())), start + len(chunk.rstrip())


def is_claim_text(sentence: str, *, has_quote: bool = False) -> bool:
    """Whether a trimmed sentence can carry an assertion worth retrieving."""
    s = sentence.strip()
    if not s or _LINK_ONLY.match(s):
        return False
    if s.endswith("?") and not has_quote:
        return False
    if _BOILERPLATE.search(s):
        return False
    words = _WORD.findall(s)
    if len(words) < MIN_WORDS:
        return False
    lower = _LOWER_WORD.findall(s)
    # A list of names or a title: almost no lower-case (function) words.
    return not len(lower) < max(2, len(words) // 4)


def is_claim_passage(kind: PassageKind, text: str) -> bool:
    """Headings, table rows and footnotes never carry claims; captions only with a quote."""
    if kind == PassageKind.CAPTION:
        return "“" in text or '"' in text
    return kind not in NON_CLAIM_PASSAGES

"""One THREAD document from a thread's tweets, as the unrolled-page and JSON-export readers
find them (already split into tweets, unlike a scraped text file).

Tweets are numbered 1, 2, … in thread order (their TWEET passages' ``number``); a number
mark the author typed (``2/``, ``2/7``, ``(2/7)``, a trailing ``… 2/``, or ``2.`` where 2 is
the tweet's place) leaves the text,
as the text thread reader does. Tweets are separated by a blank line in ``Document.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kb.enums import DocumentKind, PassageKind
from loaders.drafts import DocumentDraft, PassageDraft
from loaders.readers.builder import TextBuilder

_LEAD = re.compile(r"^\s*\(?\d{1,3}\s*/\s*(?:\d{1,3})?\)?[.:]?\s+")
_LEAD_ORDINAL = re.compile(r"^\s*(?P<n>\d{1,3})[.)]\s+")
_TRAIL = re.compile(r"\s+\(?\d{1,3}\s*/\s*(?:\d{1,3})?\)?\s*$")
_HANDLE = re.compile(r"^@?(\w{1,15})$")


@dataclass
class ThreadParts:
    tweets: list[str]
    author: str | None = None  # "Name (@handle)", "@handle" or a name
    url: str | None = None
    published_on: date | None = None
    title: str | None = None
    meta: dict = field(default_factory=dict)


def clean_tweet(text: str, number: int | None = None) -> str:
    """A tweet's text with its number mark and surplus whitespace removed; ``3.`` / ``3)``
    counts as a mark only when it is the tweet's `number` in the thread."""
    text = " ".join(text.split())
    text = _LEAD.sub("", text, count=1)
    m = _LEAD_ORDINAL.match(text)
    if m and number is not None and int(m.group("n")) == number:
        text = text[m.end() :]
    return _TRAIL.sub("", text, count=1).strip()


def author_label(name: str | None, handle: str | None) -> str | None:
    """ "Name (@handle)" as the manifest writes authors, or whichever part is known."""
    handle = handle.strip() if handle else None
    m = _HANDLE.match(handle) if handle else None
    at = f"@{m.group(1)}" if m else None
    if name and at:
        return f"{name.strip()} ({at})"
    return at or (name.strip() if name else None)


def thread_draft(source_path: str, part: int, thread: ThreadParts) -> DocumentDraft | None:
    """The THREAD document of `thread` (None when no tweet has text)."""
    builder = TextBuilder()
    number = 0
    for raw in thread.tweets:
        text = clean_tweet(raw, number + 1)
        if not text:
            continue
        number += 1
        builder.add(text, PassageDraft(PassageKind.TWEET, 0, 0, number=str(number)))
    if not builder.passages:
        return None
    return DocumentDraft(
        source_path=source_path,
        kind=DocumentKind.THREAD,
        text=builder.text(),
        part=part,
        passages=builder.passages,
        title=thread.title,
        url=thread.url,
        published_on=thread.published_on,
        authors=[thread.author] if thread.author else [],
        meta=dict(thread.meta),
    )

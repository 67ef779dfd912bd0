"""Reader for THREAD files: one file of scraped Twitter threads → one document per thread.

Lines are classified by :mod:`loaders.readers.thread_lines`; this module groups them.

- A thread begins at a ``THREAD`` marker, after a separator or scraper leftover, at the
  start of the file, or where the numbering starts again (a ``1/`` first tweet, or a ``2/``
  whose number is not above the thread's last one). Before a restart at ``2/`` or later,
  an unnumbered first tweet is taken along: it is split off the previous tweet at the first
  line that can open a tweet (capital, quote, handle…), preferring one after a sentence end
  and after a blank line.
- Tweets are numbered by a leading (``2/``, ``1/14.``, ``5/...``) or trailing (``… 1/``)
  mark; gaps in the numbering are kept, and a thread may start at ``2/``.
- Lines that continue a tweet (the tweet was wrapped over several lines, with or without
  blank lines between) are joined to it with one space (none before ``.,;:!?)``).

Each tweet is one TWEET passage whose ``number`` is its tweet number as a string ("2"), or
None when unnumbered. The number marks are *not* in the passage text nor in the document
text (they are not claim text); everything else – handles, hashtags, (truncated) URLs,
emoji – stays. Tweets are separated by a blank line in ``Document.text``.

Authors: the manifest's when given (applied later), else the display name of a thread-reader
page's "Jane Doe Profile picture" line above the thread, else the ``@handle`` line of an unroll
header just above the thread, else the handle of a self-link
``twitter.com/<handle>/status/…`` / ``x.com/<handle>/status/…`` in the thread (a handle
the thread also @-mentions is someone else's tweet being cited, not a self-link); the
document ``url`` is that self-link's status URL (``https://``, host as written, no query).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kb.enums import DocumentKind, PassageKind
from loaders.drafts import DocumentDraft, PassageDraft
from loaders.readers.builder import TextBuilder
from loaders.readers.thread_lines import (
    Line,
    author_header,
    classify,
    ends_sentence,
    split_inner,
    starts_tweet,
)

_STATUS = re.compile(
    r"(?:https?://)?(?:www\.|mobile\.)?(?P<host>twitter|x)\.com/(\w{1,15})/status(?:es)?/(\d+)",
    re.IGNORECASE,
)
_MENTION = re.compile(r"(?<![\w@])@(\w{1,15})")
_NO_SPACE_BEFORE = tuple(".,;:!?)”’")


@dataclass
class _Tweet:
    number: int | None
    lines: list[Line] = field(default_factory=list)
    closed: bool = False  # its number came from a trailing mark: the tweet is complete

    def text(self) -> str:
        out = ""
        for line in self.lines:
            if not line.text:
                continue
            if out and not line.text.startswith(_NO_SPACE_BEFORE):
                out += " "
            out += line.text
        return out


def _lines(text: str) -> list[Line]:
    lines: list[Line] = []
    blank = False
    for raw in text.split("\n"):
        if not raw.strip():
            blank = True
            continue
        for i, piece in enumerate(split_inner(" ".join(raw.split()))):
            line = classify(piece, blank and i == 0)
            if line is not None:
                lines.append(line)
        blank = False
    return lines


def _last_number(thread: list[_Tweet]) -> int | None:
    numbers = [t.number for t in thread if t.number is not None]
    return max(numbers) if numbers else None


def _split_tail(tweet: _Tweet) -> _Tweet | None:
    """Split an unnumbered first tweet of the next thread off the end of `tweet`."""
    best: tuple[int, int] | None = None  # (rank, index)
    for i in range(1, len(tweet.lines)):
        line, prev = tweet.lines[i], tweet.lines[i - 1]
        if not starts_tweet(line.text):
            continue
        rank = 2 * ends_sentence(prev.text) + line.blank_before
        if best is None or rank > best[0]:
            best = (rank, i)
    if best is None:
        return None
    tail = tweet.lines[best[1] :]
    del tweet.lines[best[1] :]
    return _Tweet(None, tail)


def _take_header(thread: list[_Tweet]) -> str | None:
    """Remove the author lines ("Jane Doe" / "@janedoe") above an unroll header; the handle."""
    if not thread:
        return None
    tweet = thread[-1]
    keep = 1 if tweet.number is not None and not tweet.closed else 0  # the "2/" line stays
    for size in (3, 2, 1):
        if len(tweet.lines) - size >= keep and (handle := author_header(tweet.lines[-size:])):
            del tweet.lines[-size:]
            if not tweet.lines:
                thread.pop()
            return handle
    return None


def group(lines: list[Line]) -> list[tuple[list[_Tweet], str | None]]:
    """Lines → threads (tweets, @handle from an unroll header) – see the module docstring."""
    threads: list[tuple[list[_Tweet], str | None]] = []
    cur: list[_Tweet] = []
    author: str | None = None

    def close() -> None:
        nonlocal cur, author
        if cur:
            threads.append((cur, author))
            author = None
        cur = []

    profile = False  # a "Name Profile picture" line was seen and no unroll header yet
    for line in lines:
        if line.boundary:
            if line.header and profile and all(t.number is None for t in cur):
                cur = []  # the author's profile bio between the name and the header
            profile = bool(line.author) or (profile and not line.header)
            handle = _take_header(cur) if line.header else None
            close()
            # A "Name Profile picture" line names the next thread's author; the unroll
            # furniture after it ("17 tweets 3 min read") keeps that name pending.
            author = line.author or handle or author
            continue
        if line.marker:
            close()
            if not line.text and line.lead is None and line.trail is None:
                continue
        last = _last_number(cur)
        tweet = cur[-1] if cur else None
        if line.lead is not None:
            if last is not None and line.lead <= last:
                carried: list[_Tweet] = []  # the new thread's unnumbered first tweet
                while line.lead > 1 and cur and cur[-1].number is None:
                    carried.insert(0, cur.pop())
                if line.lead > 1 and not carried and cur and (tail := _split_tail(cur[-1])):
                    carried = [tail]
                close()
                cur = carried
            cur.append(_Tweet(line.lead, [line]))
            continue
        if tweet is None:
            cur.append(_Tweet(line.trail, [line], closed=line.trail is not None))
        elif tweet.number is None and not tweet.closed:
            tweet.lines.append(line)  # the unnumbered first tweet goes on
            if line.trail is not None:
                tweet.number, tweet.closed = line.trail, True
        elif line.trail is not None:
            if last is not None and line.trail <= last:
                close()
            cur.append(_Tweet(line.trail, [line], closed=True))
        elif tweet.closed and starts_tweet(line.text) and ends_sentence(tweet.lines[-1].text):
            cur.append(_Tweet(None, [line]))  # after "… 1/": the next tweet begins
        else:
            tweet.lines.append(line)  # a wrapped tweet goes on
    close()
    return threads


def _self_link(text: str) -> tuple[str | None, str | None]:
    """(@handle, status URL) of the thread's own tweets, if a self-link is present."""
    mentioned = {m.casefold() for m in _MENTION.findall(_STATUS.sub(" ", text))}
    links = [(m.group(2), m.group(3), m["host"].lower()) for m in _STATUS.finditer(text)]
    own = [link for link in links if link[0].casefold() not in mentioned]
    if not own:
        return None, None
    handle = Counter(h for h, _, _ in own).most_common(1)[0][0]
    status, host = next((s, x) for h, s, x in own if h == handle)
    return f"@{handle}", f"https://{host}.com/{handle}/status/{status}"


def read(text: str, source_path: str) -> list[DocumentDraft]:
    drafts: list[DocumentDraft] = []
    for thread, header_author in group(_lines(text)):
        builder = TextBuilder()
        for tweet in thread:
            body = tweet.text()
            if body:
                number = str(tweet.number) if tweet.number is not None else None
                builder.add(body, PassageDraft(PassageKind.TWEET, 0, 0, number=number))
        if not builder.passages:
            continue
        doc_text = builder.text()
        handle, url = _self_link(doc_text)
        handle = header_author or handle
        drafts.append(
            DocumentDraft(
                source_path=source_path,
                kind=DocumentKind.THREAD,
                text=doc_text,
                part=len(drafts),
                passages=builder.passages,
                url=url,
                authors=[handle] if handle else [],
            )
        )
    return drafts

"""Line-level grammar of scraped Twitter threads: what one line of a thread file is.

A line is a thread marker (``THREAD``, ``THREAD 🧵``, ``THREAD.`` – optionally followed by
the first tweet's text), a separator (a row of symbols such as ``⚡️⚡️⚡️``), a scraper
leftover (``• • •``, ``Missing some Tweet in this thread? You can try to``, ``force a
refresh`` and other unroll-service furniture; an unroll header ``… • 11 tweets • 3 min
read`` also names the next thread's author by the ``@handle`` line above it), or tweet text,
which may carry a *leading* tweet number (``2/``, ``14/``, ``1/14.``, ``5/...``, ``... 1/``)
or a *trailing* one (``… Here is why 👇 1/ ft.com/content/…``). Numbers are taken out of
the text and kept apart; everything else (handles, hashtags, URLs, truncated URLs ending in
``…``, emoji) stays. :mod:`loaders.readers.threads` groups the lines into tweets and threads.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from loaders.prefilter import gated

# "THREAD", "THREAD 🧵", "THREAD.", "THREAD:", "NEW THREAD", "🧵 THREAD", "Thread 🧵", "A thread:"
_MARKER = re.compile(
    r"^(?:🧵\s*)?(?:(?:NEW\s+|A\s+)?THREAD\b|(?:New\s+|A\s+)?[Tt]hread(?=\s*(?:🧵|:|👇|\.\s|\.?$)))"
    r"[\s.:!🧵👇⬇️\uFE0F]*|^🧵[\s\uFE0F]*$"
)
_LEFTOVERS = (
    "missing some tweet",
    "you can try to force a refresh",
    "force a refresh",
    "help us keep this project running",
    "keep current with",
    "stay in touch and get notified",
    "this thread may be removed anytime",
    "twitter may remove this content",
    "save as pdf",
    "did thread reader help you",
    "support us! we are indie developers",
    "this site is made by just two indie developers",
    "read more about the story and help us",
    "make a small donation by buying us coffee",
    "don't want to be a premium member",
    "thank you for your support!",
    "share this scrolly tale",
    "a scrolly tale is a new way",
    "read on twitter",
    "view original tweet",
    "unroll available",
)
# "12 Jun, 11 tweets, 3 min read" headers of unroll services, and the short forms other
# pages give instead: "Jul 27, 8 tweets", "Mar 12, 2022, 7 tweets", "13 Tweets 1 reads Feb 08,
# 2023".
_READ_TIME = re.compile(
    r"\b\d+\s+tweets?\b.*\b\d+\s+min(?:ute)?s?\s+read\b"
    r"|^[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?,?\s+\d{1,3}\s+tweets?$"
    r"|^\d{1,3}\s+tweets?\s+\d+\s+reads?\b[\w\s,.]{0,20}$",
    re.I,
)
# Every alternative needs "tweet": lines without it (nearly all) skip the search (see
# loaders.prefilter), which `re` tried at every position of every line.
_READ_TIME = gated(_READ_TIME)
# Bullet rows ("• • •", "···").
_BULLETS = re.compile(r"^[•·∙●◦‧\s]+$")
_POINTING = set("👇⬇👉☝👆")
# A character `str.isalnum` accepts: `re`'s \w is exactly those and "_".
_ALNUM = re.compile(r"[^\W_]")
_NUMBER = r"\(?(\d{1,3})\s?/(\d{1,3})?\)?(?:\.(?=\s|$))?"
# A leading tweet number: "2/ …", "5/... and", "1/14. …", "(3/9) …", "... 4/ …".
_LEADING = re.compile(rf"^(?:(?:\.{{2,}}|…)\s*)?{_NUMBER}(?=\s|\.{{2,}}|…|$)")
_URLISH = r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?"
# A trailing tweet number, optionally followed by a link: "… why 👇 1/ ft.com/content/f3…".
_TRAILING = re.compile(rf"(?<![\w/,$%&-]){_NUMBER}(?:\s+(?P<url>{_URLISH}))?\s*$")
# A tweet number inside a line that runs two tweets together: "… totals. 2/ Gazprom …".
_INNER = re.compile(r"(?<=[.!?…”\"')\]]\s|[^\w\s,;:/$%&-]\s)(\d{1,3})/\s+(?=[A-Z@#“\"(]|\.{2,}|…)")


@dataclass
class Line:
    """One meaningful line: its text (numbers removed) and what surrounds it."""

    text: str
    blank_before: bool = False
    lead: int | None = None  # leading tweet number
    trail: int | None = None  # trailing tweet number (the line ends a tweet)
    marker: bool = False  # begins with a THREAD marker
    boundary: bool = False  # a separator or scraper leftover: ends the current thread
    header: bool = False  # an unroll header ("Jun 15, 2020 • 11 tweets • 3 min read")
    author: str | None = None  # the name of a "Jane Doe Profile picture" header line


def _is_separator(stripped: str) -> bool:
    """A row of symbols (``⚡️⚡️⚡️``, ``***``, ``———``); flags and pointing emoji are text."""
    if _ALNUM.search(stripped):  # a letter or digit: text (found at once in a line of prose,
        return False  # where the character list below read the whole line)
    chars = [c for c in stripped if not c.isspace() and c != "\ufe0f"]
    if len(chars) < 3 or any(c.isalnum() for c in chars):
        return False
    if any(0x1F1E6 <= ord(c) <= 0x1F1FF or c in _POINTING for c in chars):
        return False
    return all(unicodedata.category(c)[0] in "PSC" for c in chars)


def is_leftover(stripped: str) -> bool:
    """Scraper furniture, not thread content (``• • •``, "force a refresh", …)."""
    if _BULLETS.match(stripped) or _READ_TIME.search(stripped):
        return True
    low = stripped.casefold()
    return low.startswith(_LEFTOVERS)


def _number(m: re.Match[str]) -> int | None:
    """The tweet number of a marker, or None when "n/m" is not a position (``24/7``)."""
    n, total = int(m.group(1)), m.group(2)
    if n == 0 or (total is not None and int(total) < n):
        return None
    return n


_HANDLE_LINE = re.compile(r"^@\w{1,15}$")
# "Jane Doe Profile picture": thread-reader pages open an unrolled thread with its author's
# display name and the alt text of the avatar (then "Mar 21, 2023 17 tweets 3 min read").
_PROFILE_LINE = re.compile(
    r"^(?P<name>[^\s@#\d][^@#/:]{0,60}?)\s+Profile\s+(?:picture|image|photo)$", re.IGNORECASE
)


def author_header(lines: list[Line]) -> str | None:
    """The @handle of an unroll header's author lines ("Jane Doe 🇺🇦" / "@janedoe"), if they are."""
    if not 1 <= len(lines) <= 3 or any(len(x.text.split()) > 6 or x.lead or x.trail for x in lines):
        return None
    handles = [x.text for x in lines if _HANDLE_LINE.match(x.text)]
    return handles[0] if handles else None


def split_inner(line: str) -> list[str]:
    """Split a line that holds several consecutively numbered tweets ("… 2/ X … 3/ Y")."""
    lead = _LEADING.match(line)
    expected = (_number(lead) or 0) + 1 if lead else None
    pieces, start = [], 0
    for m in _INNER.finditer(line):
        n = int(m.group(1))
        if expected is not None and n == expected and n >= 2:
            pieces.append(line[start : m.start()].rstrip())
            start = m.start()
            expected = n + 1
    pieces.append(line[start:])
    return [p for p in pieces if p.strip()]


def classify(raw: str, blank_before: bool) -> Line | None:
    """Classify one non-blank line; None when the line is empty after cleaning."""
    text = " ".join(raw.split())
    if not text:
        return None
    if is_leftover(text) or _is_separator(text):
        return Line("", blank_before, boundary=True, header=bool(_READ_TIME.search(text)))
    if profile := _PROFILE_LINE.match(text):
        return Line("", blank_before, boundary=True, author=profile["name"])
    line = Line(text, blank_before)
    marker = _MARKER.match(text)
    if marker:
        line.marker = True
        text = text[marker.end() :].strip()
    lead = _LEADING.match(text)
    if lead and (n := _number(lead)) is not None:
        line.lead = n
        text = text[lead.end() :].strip()
    else:
        trail = _TRAILING.search(text)
        if trail and (n := _number(trail)) is not None and (trail.start() > 0 or not marker):
            line.trail = n
            url = trail.group("url")
            text = (text[: trail.start()].rstrip() + (" " + url if url else "")).strip()
    line.text = text
    return line


_URL_END = re.compile(rf"{_URLISH}$")
_URL_START = re.compile(rf"{_URLISH}(?:\s|$)")


def ends_sentence(text: str) -> bool:
    """Whether a line ends where a tweet could end: final punctuation, a link or an emoji."""
    if not text:
        return True
    last = text.rstrip()[-1]
    if last in '.!?…"”’)»':
        return True
    if _URL_END.search(text) and "/" in text.rsplit(" ", 1)[-1]:
        return True
    return unicodedata.category(last) == "So"


def starts_tweet(text: str) -> bool:
    """Whether a line may open a tweet (capital, digit, quote, handle, hashtag, emoji)."""
    if not text or (_URL_START.match(text) and "/" in text.split(" ", 1)[0]):
        return False
    first = text[0]
    return (
        first.isupper()
        or first.isdigit()
        or first in '“"‘«@#$'
        or unicodedata.category(first) == "So"
    )

"""Footnote blocks: recognised by their marker (or, unmarked, by their place), numbered by
the document's own sequence, and read for title and URL. Entries of a ``Notes`` /
``Endnotes`` section (``12. Author, "Title," …``) are footnotes too.

Markers as PDF extraction leaves them: ``^{82 &}quot;`` (markup with an HTML entity),
``⁹⁰ "`` (Unicode superscripts, ``º`` read as 0), ``[&]quot;`` (the number lost), ``^{*6``
(a digit misread as ``*``), ``[12]``, ``12 "…`` (plain digits before a quote or a cited
URL). A ``⁽in Chinese…`` or ``URL: …`` block continues the note before it. Unmarked notes are
blocks citing a URL next to other notes or page furniture, or a block sitting exactly where
the numbering has a gap (``21`` … *unmarked* … ``23``).

Numbers come from the sequence: a marker that reads as the next number (or a little
higher: a note lost in extraction; or 1 where the numbering restarts) is taken as printed;
an unreadable or partly read marker (``*6`` after 85) gets the next number; an unmarked
block with no free number is the continuation of the note before it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.prefilter import gated
from loaders.readers.report.blocks import Block

_SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹º", "01234567890")
_MARKUP = re.compile(r"^\^\{\s*(?P<m>[0-9*]{0,4})\s*(?P<close>&\}quot;|&quot;\}|\})\s*")
_LOST = re.compile(r"^\[\s*&\s*\]\s*quot;\s*")
_BRACKET = re.compile(r"^\[(?P<m>\d{1,3})\]\s+")
_SUPERSCRIPT = re.compile(r"^(?P<m>[⁰¹²³⁴⁵⁶⁷⁸⁹º]{1,4})\s*")
_PLAIN = re.compile(r"^(?P<m>\d{1,3})\s+(?=[\"“])")
_PLAIN_CITED = re.compile(r"^(?P<m>\d{1,3})\s+(?=[A-Z])")
_CONTINUES = re.compile(r"^(?:⁽|\$?\s*URL\b|(?:https?|nttps?)://)")
URL = re.compile(r"(?:https?|nttps?|ht\S{0,12}ps?)://[^\s\"”<>]+|\b(?:www\.)[^\s\"”<>]+")
_URL_LABEL = re.compile(r"\bURL\s*:?\s*(?P<u>\S+)")
_CITES = gated(re.compile(r"\bURL\b|https?://"))  # same matches, most blocks skipped
_ENTITY = re.compile(r"&\}?quot;\}?")
_ENDNOTES = re.compile(r"^(?:notes|endnotes|notes and references|references and notes)$", re.I)
_NUMBERED_ENTRY = re.compile(r"^(?P<m>\d{1,3})[.)]?\s+(?=\S)")
_SOURCE_NOTE = re.compile(r"^(?:Sources?|Notes?)\s*:", re.I)
_CLOSED = re.compile(r"[.!?][\"”’)]?$|(?:https?://|URL:)\S*$")
# A note is a citation, at most a few lines: a longer block opening on a number and citing a
# URL somewhere is a page (a page number, then an abstract quoting its DOI), not a note.
_NOTE_MAX = 600


def read_marker(text: str) -> tuple[str, str | None, str] | None:
    """(kind, marker digits or None, text after the marker) for a footnote-looking start;
    kind is "note" or "cont" (continues the previous note). None when unmarked."""
    m = _MARKUP.match(text)
    if m:
        rest = text[m.end() :]
        if m.group("close") != "}":
            rest = '"' + rest
        return "note", m.group("m") or None, rest
    m = _LOST.match(text)
    if m:
        return "note", None, '"' + text[m.end() :]
    m = _SUPERSCRIPT.match(text)
    if m:
        return "note", m.group("m").translate(_SUP), text[m.end() :]
    if text.startswith("⁽"):
        return "cont", None, "(" + text[1:]
    m = _BRACKET.match(text) or _PLAIN.match(text)
    if m or (_PLAIN_CITED.match(text) and _CITES.search(text) and len(text) <= _NOTE_MAX):
        m = m or _PLAIN_CITED.match(text)
        assert m is not None
        return "note", m.group("m"), text[m.end() :]
    if _CONTINUES.match(text):
        return "cont", None, text.lstrip("$ ")
    return None


def _readable(marker: str | None) -> int | None:
    return int(marker) if marker and marker.isdigit() else None


@lru_cache(maxsize=512)
def _marker_re(marker: str) -> re.Pattern[str]:
    return re.compile(marker.replace("*", r"\d?"))  # an unread digit may be any digit


def _fits(marker: str | None, number: int) -> bool:
    """A partly read marker (``*6``) that agrees with `number` where it can be read."""
    if not marker or not any(ch.isdigit() for ch in marker):
        return True
    return bool(_marker_re(marker).fullmatch(str(number)))


def classify(blocks: list[Block]) -> None:
    """Mark footnote blocks (kind "footnote", meta["marker"], meta["rest"]) among the body
    blocks, merging continuations into the note they continue."""
    content = [b for b in blocks if b.kind == "text"]
    previous: Block | None = None
    endnotes = False
    for b in content:
        if len(b.lines) == 1 and _ENDNOTES.match(b.text):
            endnotes = True  # a notes section: its numbered entries are the footnotes
            previous = b
            continue
        found = read_marker(b.text)
        if found is None and endnotes:
            m = _NUMBERED_ENTRY.match(b.text)
            found = ("note", m.group("m"), b.text[m.end() :]) if m else None
        if found:
            kind, marker, rest = found
            if kind == "cont" and previous is not None and previous.kind == "footnote":
                b.kind = "merged"
                previous.meta["rest"] += " " + rest
                continue
            if kind == "cont" and previous is not None and _SOURCE_NOTE.match(previous.text):
                b.kind = "merged"  # the URL lines of a table's or figure's source note
                previous.lines += b.lines
                continue
            b.kind, b.meta["marker"], b.meta["rest"] = "footnote", marker, rest
            b.meta["marked"] = kind == "note"
        previous = b
    _unmarked_citations(blocks)


def _neighbours(blocks: list[Block], i: int) -> tuple[Block | None, bool, Block | None, bool]:
    """The content blocks before and after blocks[i], and whether furniture lies between."""
    j, gap_before = i - 1, False
    while j >= 0 and blocks[j].kind in ("noise", "merged"):
        gap_before, j = gap_before or blocks[j].kind == "noise", j - 1
    k, gap_after = i + 1, False
    while k < len(blocks) and blocks[k].kind in ("noise", "merged"):
        gap_after, k = gap_after or blocks[k].kind == "noise", k + 1
    return (blocks[j] if j >= 0 else None, gap_before,
            blocks[k] if k < len(blocks) else None, gap_after)  # fmt: skip


def _unmarked_citations(blocks: list[Block]) -> None:
    """Blocks citing a URL beside notes or furniture are notes (forward and backward)."""
    for order in (range(len(blocks)), range(len(blocks) - 1, -1, -1)):
        for i in order:
            b = blocks[i]
            if b.kind != "text" or not _CITES.search(b.text) or len(b.text) > _NOTE_MAX:
                continue
            before, gap_before, after, _ = _neighbours(blocks, i)
            near_note = any(x is not None and x.kind == "footnote" for x in (before, after))
            if near_note or gap_before:
                b.kind, b.meta["marker"], b.meta["rest"] = "footnote", None, b.text
                b.meta["marked"] = False


def number_notes(blocks: list[Block]) -> None:
    """Give every footnote block meta["number"] (str, or None for a continuation) and adopt
    unmarked blocks that sit in a numbering gap next to notes."""
    _assign(blocks)
    changed = False
    for i, b in enumerate(blocks):
        if b.kind != "text" or not _CLOSED.search(b.text) or len(b.text) > _NOTE_MAX:
            continue
        before, gap_before, after, _ = _neighbours(blocks, i)
        if after is None or after.kind != "footnote" or not after.meta.get("marked"):
            continue
        if not (gap_before or (before is not None and before.kind == "footnote")):
            continue
        prev_no = _last_number(blocks, i)
        nxt = _readable(after.meta.get("marker"))
        if prev_no is not None and nxt is not None and nxt - prev_no >= 2:
            b.kind, b.meta["marker"], b.meta["rest"] = "footnote", None, b.text
            b.meta["marked"], changed = False, True
    if changed:
        _assign(blocks)
    for i, b in enumerate(blocks):  # unmarked, no free number: the previous note goes on
        if b.kind == "footnote" and b.meta.get("number") is None and not b.meta.get("marked"):
            before, _, _, _ = _neighbours(blocks, i)
            if before is not None and before.kind == "footnote":
                before.meta["rest"] += " " + b.meta["rest"]
                b.kind = "merged"


def _last_number(blocks: list[Block], i: int) -> int | None:
    for b in reversed(blocks[:i]):
        if b.kind == "footnote" and b.meta.get("number"):
            return int(b.meta["number"])
    return None


def _assign(blocks: list[Block]) -> None:
    notes = [b for b in blocks if b.kind == "footnote"]
    last = 0
    for i, b in enumerate(notes):
        marker = b.meta.get("marker")
        read = _readable(marker)
        expected = last + 1
        following = next((r for n in notes[i + 1 : i + 8]
                          if (r := _readable(n.meta.get("marker"))) is not None), None)  # fmt: skip
        room = following is None or expected < following
        if read is not None and (read == expected or
                                 (expected < read <= expected + 5
                                  and (following is None or read < following))):  # fmt: skip
            number: int | None = read
        elif read == 1 and last > 1 and following in (2, None):
            number = 1  # the numbering restarts (per chapter)
        elif read is not None and not _fits(marker, expected) and read > expected:
            number = read  # a jump in the printed sequence: trust the print
        elif _fits(marker, expected) and (room or b.meta.get("marked")):
            number = expected
        elif read is not None:
            number = read if read > last else expected
        else:
            number = None
        if number is None:
            b.meta["number"] = None
        else:
            b.meta["number"] = str(number)
            last = number


def note_text(block: Block) -> str:
    """The note's text without its marker, entity artefacts undone."""
    return " ".join(_ENTITY.sub('"', block.meta.get("rest", block.text)).split())


def note_url(text: str) -> str | None:
    m = _URL_LABEL.search(text)
    candidates = [m.group("u")] if m and "/" in m.group("u") else []
    candidates += [u.group(0) for u in URL.finditer(text)]
    for url in candidates:
        url = url.rstrip(".,;)")
        if "/" in url or url.startswith("www."):
            return url
    return None


_TITLE_END = re.compile(r"(?:[,.?!;:]\s*[\"”]|[\"”]\s*[,.;]|[\"”](?=\s+[A-Z(/]))")


def note_title(text: str) -> str | None:
    """The quoted title of the cited source, when it is quoted."""
    start = min((i for i in (text.find('"'), text.find("“")) if i >= 0), default=-1)
    if start < 0 or start > 120:
        return None
    m = _TITLE_END.search(text, start + 2)
    if not m:
        return None
    title = text[start + 1 : m.start() + (1 if text[m.start()] in "?!" else 0)].strip(" ,")
    return title or None

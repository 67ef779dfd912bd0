"""Blocks of a PDF-extracted report and the page furniture among them.

A *block* is a run of non-blank lines between blank lines. This module splits the text into
blocks and marks the ones that are page furniture rather than content:

- running headers and footers: short lines that recur, page numbers aside, three or more
  times (``www.russiancouncil.ru``, ``12 Report 78 / 2022``, ``www.russiancouncil.ru 61``);
- bare page numbers and other letterless single tokens or separators (``5/``, ``**``);
- stray URL fragments cut off a footnote (``com&utm_referrer=google.com``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

_PAGE_EDGE = re.compile(r"^\d{1,4}\s+|\s+\d{1,4}$")
_DIGITS = re.compile(r"\d+")
_LETTER = re.compile(r"[^\W\d_]")
_URL_FRAGMENT = re.compile(r"^[\w.%~+-]*[=&/?#][\w.%~+=&/?#:-]*$|^(?:www\.)?[\w-]+(?:\.[\w-]+)+/?$")


@dataclass
class Block:
    """One blank-line-separated block; `lines` are stripped, `index` its place in the file."""

    index: int
    lines: list[str]
    kind: str = "text"  # text | noise | toc | front | footnote | table | caption | heading …
    meta: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return " ".join(self.lines)

    @property
    def first(self) -> str:
        return self.lines[0]


def split_blocks(text: str) -> list[Block]:
    """Blocks in file order; lines keep inner tabs (table cells), not surrounding space."""
    blocks: list[Block] = []
    current: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line:
            current.append(line)
        elif current:
            blocks.append(Block(len(blocks), current))
            current = []
    if current:
        blocks.append(Block(len(blocks), current))
    return blocks


def furniture_key(line: str) -> str:
    """A line with its page number and digits abstracted: the form running heads share."""
    line = line.strip()
    if line[:1].isdecimal() or line[-1:].isdecimal():  # (`\d`: where `_PAGE_EDGE` can match)
        line = _PAGE_EDGE.sub("", line)
    return _DIGITS.sub("#", line).casefold()


def running_heads(blocks: list[Block], min_repeats: int = 3, max_len: int = 70) -> set[str]:
    """Keys of short one-line blocks that recur often enough to be headers or footers."""
    counts = Counter(
        furniture_key(b.first) for b in blocks if len(b.lines) == 1 and len(b.first) <= max_len
    )
    return {key for key, n in counts.items() if n >= min_repeats and _LETTER.search(key)}


def is_junk(block: Block) -> bool:
    """A block without letters, a bare page number or a URL fragment cut off its note."""
    text = block.text.strip()
    if not _LETTER.search(text):  # "12", "5/", "**"; a row of figures is kept
        return len(text.split()) == 1 or not any(ch.isdigit() for ch in text)
    return len(block.lines) == 1 and " " not in text and bool(_URL_FRAGMENT.match(text))


def restore_listed_heads(blocks: list[Block], listed: Callable[[str], bool], start: int) -> None:
    """A running head that repeats a chapter title (``2. Eurasia as a Zone…`` on every page)
    is still that chapter's heading once: its first occurrence in the body, printed without
    a page number, comes back as text when the contents lists it."""
    seen: set[str] = set()
    for b in blocks[start:]:
        if b.kind != "noise" or len(b.lines) != 1 or is_junk(b):
            continue
        key = furniture_key(b.first)
        if key in seen:
            continue
        seen.add(key)
        if not _PAGE_EDGE.search(b.first) and listed(b.first):
            b.kind = "text"


def mark_noise(blocks: list[Block]) -> None:
    """Set kind="noise" on running heads, page numbers and junk blocks."""
    heads = running_heads(blocks)
    for b in blocks:
        if (len(b.lines) == 1 and furniture_key(b.first) in heads) or is_junk(b):
            b.kind = "noise"

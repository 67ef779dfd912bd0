"""The table of contents: found, parsed into entries, and kept as metadata (never body).

A contents list starts at a ``Contents`` / ``Table of Contents`` line (or, without one, at a
run of lines ending in page numbers) and runs while its lines end in page numbers (after a
tab, dot leaders or spaces: ``Summary\t5``, ``3.1. Trade ……… 41``, ``… China\t14 14``), page
furniture in between included. PDF extraction often merges several entries into one line
with their page numbers at the end; entries are kept as printed, and
:meth:`Toc.contains` answers whether a body line is one of the headings listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from loaders.readers.report.blocks import Block
from loaders.wordspans import whole_word_spans

_TOC_TITLE = re.compile(r"^(?:table\s+of\s+contents|contents)\s*:?$", re.I)
_ENTRY = re.compile(r"^(?P<title>.*?\S)(?:\s*\t\s*|\s*\.{3,}\s*|\s*…+\s*|\s{2,}|\s)"
                    r"(?P<pages>\d{1,3}(?:\s+\d{1,3})*)$")  # fmt: skip
_DASHES = str.maketrans({"—": "-", "–": "-", "‑": "-", "’": "'", "“": '"', "”": '"'})


def norm(text: str) -> str:
    """Case, dash, quote and space differences removed: how TOC and body lines compare."""
    return " ".join(text.translate(_DASHES).casefold().split())


@dataclass
class Toc:
    entries: list[dict] = field(default_factory=list)  # {"title": str, "pages": [int]}
    blocks: set[int] = field(default_factory=set)  # indexes of the blocks it occupies

    _hay: tuple[int, str] = field(default=(0, " "), init=False, repr=False, compare=False)

    def _haystack(self) -> str:
        """The entries' titles, normalised and joined (cached until an entry is added)."""
        if self._hay[0] != len(self.entries):
            self._hay = (len(self.entries), f" {' '.join(norm(e['title']) for e in self.entries)} ")
        return self._hay[1]

    def contains(self, line: str) -> bool:
        """Whether `line` is listed in the contents (whole words, merged entries included)."""
        needle = norm(line)
        if len(needle) < 3 or not self.entries:
            return False
        hay = self._haystack()
        if next(whole_word_spans(hay, needle), None):
            return True
        # a heading reworded by a word or two between contents and body
        return len(needle.split()) >= 6 and fuzz.partial_ratio(needle, hay, score_cutoff=92) >= 92


def _entry_lines(block: Block) -> int:
    return sum(1 for line in block.lines if _ENTRY.match(line))


def _is_entry_block(block: Block) -> bool:
    return block.kind != "noise" and 2 * _entry_lines(block) >= len(block.lines)


def find_toc(blocks: list[Block]) -> Toc:
    """The contents list, if the document has one; marks its blocks kind="toc"."""
    toc = Toc()
    start = next((i for i, b in enumerate(blocks) if _TOC_TITLE.match(b.first) and (
        len(b.lines) == 1 or 2 * _entry_lines(b) >= len(b.lines) - 1)), None)  # fmt: skip
    if start is None:
        start = _run_start(blocks)
        if start is None:
            return toc
        first = start
    elif len(blocks[start].lines) > 1:  # the title and its entries in one block
        first = start
    else:
        first = start + 1
    end = first
    for i in range(first, len(blocks)):
        b = blocks[i]
        if b.kind == "noise" or _is_entry_block(b):
            end = i + 1
            continue
        break
    while end > first and blocks[end - 1].kind == "noise":
        end -= 1  # furniture after the last entry belongs to the next page
    pending = ""
    for i in range(start, end):
        b = blocks[i]
        if b.kind != "noise":
            b.kind = "toc"
        toc.blocks.add(i)
        if b.kind == "noise" or (i == start and len(b.lines) == 1 and _TOC_TITLE.match(b.first)):
            continue
        for line in b.lines:
            if _TOC_TITLE.match(line):
                continue
            m = _ENTRY.match(line)
            if not m:
                pending = f"{pending} {line}".strip()  # an entry's title wrapped over lines
                continue
            title = f"{pending} {m.group('title')}".strip() if pending else m.group("title")
            toc.entries.append({"title": " ".join(title.split()),
                                "pages": [int(p) for p in m.group("pages").split()]})  # fmt: skip
            pending = ""
    return toc


def _run_start(blocks: list[Block]) -> int | None:
    """Without a contents title: the first run of ≥ 5 entry lines within the first third."""
    limit = max(1, len(blocks) // 3)
    for i, b in enumerate(blocks[:limit]):
        if b.kind != "noise" and _entry_lines(b) >= 5 and _is_entry_block(b):
            return i
    return None

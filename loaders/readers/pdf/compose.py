"""Positioned PDF lines → report-shaped text for the report reader, with page offsets.

Per page, by position, size and repetition:

- *page furniture*: lines in the top or bottom margin band (`EDGE` of the page height)
  that are page numbers, or whose form with digits abstracted (the report reader's
  :func:`~loaders.readers.report.blocks.furniture_key`) recurs on several pages: dropped.
  The page's number is written back as a bare line after the page, where PDF text
  extraction leaves it and where the report reader reads a page break;
- *footnotes*: the run of lines at the foot of the page set smaller than the body, below
  the last body line, opening on a number; read in columns (left, then right), each note
  starting at the next number of the document's sequence (or a raised marker), written
  as ``[n] text`` after the page's body;
- *blocks*: body lines are split into blank-line-separated blocks where the line spacing
  is wider than the document's body leading (a paragraph gap) or the type size changes
  (a heading); table lines keep their
  cells as tabs, a wrapped cell's continuation line is folded into its row.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from loaders.readers.pdf.chars import Line, Page
from loaders.readers.report.blocks import furniture_key

EDGE = 0.09  # share of the page height at top and bottom where running heads sit
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:/|of)\s*\d{1,4})?$", re.I)
_NOTE_START = re.compile(r"^(?P<n>\d{1,3})(?!\d)(?:[.)]?\s+|(?=[\"“A-Z]))(?P<rest>\S.*)$")
_HYPHEN_END = re.compile(r"[^\W\d_]-$")
_WORD_START = re.compile(r"^[^\W\d_]")


@dataclass
class Composed:
    text: str
    page_starts: list[tuple[int, int]] = field(default_factory=list)  # (offset, page number)


def _body_size(pages: list[Page]) -> float:
    counts: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            counts[round(line.size, 1)] += line.length
    return counts.most_common(1)[0][0] if counts else 10.0


def _furniture(pages: list[Page]) -> set[str]:
    """Keys of margin lines that recur on at least three pages (two in a two-page file)."""
    counts: Counter[str] = Counter()
    for page in pages:
        keys = {furniture_key(ln.text) for ln in page.lines if _in_margin(ln, page)}
        counts.update(keys)
    need = min(3, max(2, len(pages)))
    return {k for k, n in counts.items() if n >= need and len(pages) >= 2}


def _in_margin(line: Line, page: Page) -> bool:
    return line.y > page.height * (1 - EDGE) or line.y < page.height * EDGE


# a URL (or a token with a slash) cut at a line end
_CUT_URL = re.compile(r"(?:https?://|www\.)\S*[/.=&?_-]$|/\S*-$")


def _rejoin(lines: list[str]) -> str:
    """One note's lines as one line: a word hyphenated at a line end is rejoined, a URL (or
    any token with a slash) cut at a line end continues without a space, its hyphen kept."""
    out = lines[0]
    for line in lines[1:]:
        if _CUT_URL.search(out):
            out += line
        elif _HYPHEN_END.search(out) and line[:1].islower():
            out = out[:-1] + line
        else:
            out += " " + line
    return out


class _Notes:
    """The document's footnote numbering, followed across pages."""

    def __init__(self) -> None:
        self.last = 0

    def starts(self, line: Line, first: bool) -> int | None:
        """The note number `line` opens with, if it opens a note."""
        m = _NOTE_START.match(line.text.strip())
        if not m:
            return None
        number = int(m.group("n"))
        raised = line.first.size < line.size * 0.9 or line.first.y > line.y + 0.5
        if raised or number == self.last + 1 or (first and number > self.last):
            return number
        return None

    def split(self, lines: list[Line]) -> list[list[str]]:
        """The note zone's lines (in reading order) as notes, lines per note; text before
        the first note (a note continued from the previous page) joins the last note."""
        notes: list[list[str]] = []
        for line in lines:
            text = line.text.strip().replace("\t", " ")
            number = self.starts(line, not notes)
            if number is not None:
                self.last = number
                rest = _NOTE_START.match(line.text.strip())
                assert rest is not None
                notes.append([f"[{number}] {rest.group('rest').replace(chr(9), ' ')}"])
            elif notes:
                notes[-1].append(text)
            else:
                notes.append([text])  # continues the previous page's last note
        return notes


def _note_zone(page: Page, body: list[Line], body_size: float, numbering: _Notes) -> int:
    """Index in `body` (top-down lines) where the page's footnote zone starts: the first
    of the trailing lines set smaller than the body that opens a note (len(body): none)."""
    start = len(body)
    while start > 0 and body[start - 1].size < body_size * 0.9:
        start -= 1
    middle = page.width / 2
    for i in range(start, len(body)):
        line = body[i]
        left = line.split(middle) if line.x0 < middle else None
        if numbering.starts(left[0] if left else line, True) is not None:
            return i
    return len(body)


def _columns(zone: list[Line], page: Page) -> list[Line]:
    """Note lines in reading order: the left column top-down, then the right one."""
    middle = page.width / 2
    left: list[Line] = []
    right: list[Line] = []
    for line in zone:
        parts = line.split(middle) if line.x0 < middle else None
        if parts:
            left.append(parts[0])
            right.append(parts[1])
        elif line.x0 >= middle - 2:
            right.append(line)
        else:
            left.append(line)
    return left + right


def _fold(row: list[tuple[float, str]], line: Line) -> None:
    """Add a wrapped row's continuation `line` to the cells of `row` it sits under."""
    for x, text in line.cells:
        i = max((k for k, (cx, _) in enumerate(row) if cx <= x + 2), default=0)
        cx, old = row[i]
        row[i] = (cx, _rejoin([old, text]) if old else text)


def _leading(pages: list[Page], body_size: float) -> float:
    """The body's line spacing: the commonest baseline step between consecutive body-size
    lines of the whole document (a page of one-line blocks would mislead a page's own)."""
    steps: Counter[float] = Counter()
    for page in pages:
        body = [ln for ln in page.lines if abs(ln.size - body_size) <= 0.5]
        for a, b in itertools.pairwise(body):
            if 0.8 * body_size <= a.y - b.y <= 2.5 * body_size:
                steps[round(a.y - b.y, 1)] += 1
    return steps.most_common(1)[0][0] if steps else body_size * 1.3


def _blocks(lines: list[Line], body_size: float, leading: float) -> list[list[str]]:
    """Body lines as blocks of text lines (see the module docstring)."""
    blocks: list[list[Line]] = []
    for line in lines:
        prev = blocks[-1][-1] if blocks else None
        if (
            prev is None
            or not 0 < prev.y - line.y <= leading * 1.3
            or abs(prev.size - line.size) > 0.5
        ):
            blocks.append([line])
        else:
            blocks[-1].append(line)
    out: list[list[str]] = []
    for block in blocks:
        if block[0].size > body_size + 0.5 and all("\t" not in ln.text for ln in block):
            out.append([_rejoin([ln.text.strip() for ln in block])])  # a heading: one line
            continue
        rows: list[list[tuple[float, str]]] = []
        steps = [a.y - b.y for a, b in itertools.pairwise(block)]
        tight = min(steps, default=0.0) * 1.15 if steps and min(steps) < 0.85 * max(steps) \
            else float("inf")  # fmt: skip
        for k, line in enumerate(block):
            cells = list(line.cells)
            if rows and len(rows[-1]) > 1 and len(cells) < len(rows[-1]) and steps[k - 1] <= tight:
                _fold(rows[-1], line)  # a wrapped cell continues its row
            else:
                rows.append(cells)
        out.append(["\t".join(t for _, t in row) for row in rows])
    return out


def compose(pages: list[Page]) -> Composed:
    """The report-shaped text of all pages, and where each page starts in it."""
    body_size = _body_size(pages)
    leading = _leading(pages, body_size)
    heads = _furniture(pages)
    numbering = _Notes()
    out = Composed("")
    parts: list[str] = []
    length = 0
    for page in pages:
        out.page_starts.append((length, page.number))
        body: list[Line] = []
        number: str | None = None
        for line in page.lines:
            text = line.text.strip()
            if _in_margin(line, page) and (
                _PAGE_NUMBER.match(text) or furniture_key(text) in heads
            ):
                number = text if _PAGE_NUMBER.match(text) else number
                continue
            body.append(line)
        zone = _note_zone(page, body, body_size, numbering)
        notes = numbering.split(_columns(body[zone:], page)) if zone < len(body) else []
        chunks = ["\n".join(b) for b in _blocks(body[:zone], body_size, leading)]
        chunks += [_rejoin(n) for n in notes]
        chunks.append(number or str(page.number))
        piece = "\n\n".join(chunks) + "\n\n"
        parts.append(piece)
        length += len(piece)
    out.text = "".join(parts)
    return out

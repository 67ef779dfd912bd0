"""Typeset report-like PDFs with reportlab, for the PDF reader's tests and its benchmark.

`render(items, path)` lays out a list of items on A4 pages the way think-tank reports are
printed: a running head and a page number on every page, body text wrapped and hyphenated
at line ends (a word split over a page break included), note references raised, Chinese
in a CID font, footnotes in two columns at the
foot of the page that cites them (smaller type, the number as a raised marker), tables
with ruled rows and cells at fixed columns. It returns where it hyphenated, so a test can
check the words rejoined over page breaks.

Items: ``Block(lines)`` (a paragraph or heading: each line wrapped; blocks are spaced
apart), ``Note(number, text)`` (a footnote, placed on the page of the block before it),
``Table(rows)`` (first row the header). `seed_items(text)` turns a report's ``.txt`` (as
PDF extraction left it) into items: its page furniture dropped, its footnotes as notes,
its tab-separated blocks as tables. Nothing here is used by ``kb`` itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

BODY, BODY_SIZE, LEADING, GAP = "Helvetica", 10.0, 13.0, 7.0
HEAD = "Helvetica-Bold"
NOTE_SIZE, NOTE_LEADING = 7.0, 8.6
LEFT, RIGHT, TOP, BOTTOM = 64.0, 64.0, 70.0, 60.0
WIDTH = A4[0] - LEFT - RIGHT
COLUMN_GAP = 16.0
NOTE_COLUMN = (WIDTH - COLUMN_GAP) / 2
NOTE_ZONE_MAX = 0.45 * (A4[1] - TOP - BOTTOM)


CJK = "STSong-Light"  # a CID font every PDF reader knows; nothing to embed
pdfmetrics.registerFont(UnicodeCIDFont(CJK))
_SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _runs(text: str, font: str, size: float) -> list[tuple[str, str, float, float]]:
    """(text, font, size, rise) runs: CJK in the CID font, Unicode superscript digits (a
    note reference) as raised small digits, as typesetting prints them."""
    runs: list[tuple[str, str, float, float]] = []
    for ch in text:
        if "\u2070" <= ch <= "\u2079" or ch in "¹²³":
            run = (ch.translate(_SUP), font, size * 0.6, size * 0.35)
        elif ord(ch) >= 0x2E80:
            run = (ch, CJK, size, 0.0)
        else:
            run = (ch, font, size, 0.0)
        if runs and runs[-1][1:] == run[1:]:
            runs[-1] = (runs[-1][0] + run[0], *run[1:])
        else:
            runs.append(run)
    return runs


def stringWidth(text: str, font: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(t, f, s) for t, f, s, _ in _runs(text, font, size))


def _draw(c: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    for t, f, s, rise in _runs(text, font, size):
        c.setFont(f, s)
        c.drawString(x, y + rise, t)
        x += pdfmetrics.stringWidth(t, f, s)


@dataclass
class Block:
    lines: list[str]
    heading: bool = False


@dataclass
class Note:
    number: str
    text: str


@dataclass
class Table:
    rows: list[list[str]]


@dataclass
class Layout:
    pages: int = 0
    hyphenated: list[tuple[int, str, bool]] = field(default_factory=list)  # page, word, at break


def _wrap(text: str, font: str, size: float, width: float) -> list[tuple[str, str | None]]:
    """Lines of `text` at most `width` wide; a long word at a line end is hyphenated when
    both parts have three letters or more and the rest starts in lower case. Each line comes
    with the word it split (or None)."""
    lines: list[tuple[str, str | None]] = []
    line = ""
    words: list[str] = []
    for word in text.split():  # a URL too long for the line breaks after a slash
        while stringWidth(word, font, size) > width and any(ch in "/?&=_-" for ch in word[1:-1]):
            slashes = [k for k in range(1, len(word) - 1) if word[k] in "/?&=_-"]
            fitting = [k for k in slashes if stringWidth(word[: k + 1], font, size) <= width]
            cut = max(fitting) if fitting else slashes[0]
            words.append(word[: cut + 1])
            word = word[cut + 1 :]
        words.append(word)
    for word in words:
        trial = f"{line} {word}" if line else word
        if stringWidth(trial, font, size) <= width:
            line = trial
            continue
        split = None
        if word.isalpha() and len(word) >= 7:
            for cut in range(len(word) - 3, 2, -1):
                head = f"{line} {word[:cut]}-" if line else f"{word[:cut]}-"
                if word[cut].islower() and stringWidth(head, font, size) <= width:
                    split = cut
                    break
        if split is not None and font == BODY:
            lines.append((f"{line} {word[:split]}-" if line else f"{word[:split]}-", word))
            line = word[split:]
        else:
            if line:
                lines.append((line, None))
            line = word
    if line:
        lines.append((line, None))
    return lines


class _Writer:
    def __init__(self, path: Path, head: str) -> None:
        self.c = Canvas(str(path), pagesize=A4, invariant=1)
        self.head = head
        self.layout = Layout()
        self.notes: list[Note] = []  # on the current page
        self.spill: list[Note] = []  # waiting for the next page
        self._new_page()

    def _new_page(self) -> None:
        self.layout.pages += 1
        self.y = A4[1] - TOP
        self.notes, self.spill = self.spill, []
        self.pending_hyphen: str | None = None

    def _note_lines(self, note: Note) -> list[str]:
        return [t for t, _ in _wrap(note.text, BODY, NOTE_SIZE, NOTE_COLUMN - 10)]

    def _zone(self, notes: list[Note]) -> float:
        """Height of the two-column footnote zone holding `notes`."""
        if not notes:
            return 0.0
        heights = [len(self._note_lines(n)) * NOTE_LEADING + 2 for n in notes]
        left, right = _columns(heights)
        return max(sum(left), sum(right)) + 14

    def floor(self) -> float:
        return BOTTOM + self._zone(self.notes)

    def finish_page(self) -> None:
        c, page = self.c, self.layout.pages
        c.setFont(BODY, 8)
        c.drawString(LEFT, A4[1] - 40, self.head)
        c.drawRightString(A4[0] - RIGHT, 30, str(page))
        if self.notes:
            heights = [len(self._note_lines(n)) * NOTE_LEADING + 2 for n in self.notes]
            left, _ = _columns(heights)
            top = BOTTOM + self._zone(self.notes) - 8
            c.line(LEFT, top + 4, LEFT + 120, top + 4)
            for i, note in enumerate(self.notes):
                x = LEFT if i < len(left) else LEFT + NOTE_COLUMN + COLUMN_GAP
                if i == len(left):
                    top = BOTTOM + self._zone(self.notes) - 8
                y = top - NOTE_SIZE
                c.setFont(BODY, NOTE_SIZE * 0.75)
                c.drawString(x, y + 2.5, note.number)
                for line in self._note_lines(note):
                    _draw(c, x + 10, y, line, BODY, NOTE_SIZE)
                    y -= NOTE_LEADING
                top = y + NOTE_SIZE - 2
        c.showPage()

    def break_page(self) -> None:
        self.finish_page()
        self._new_page()

    def block(self, block: Block, notes: list[Note]) -> None:
        font, size = (HEAD, BODY_SIZE + 2) if block.heading else (BODY, BODY_SIZE)
        wrapped = [w for line in block.lines for w in _wrap(line, font, size, WIDTH)]
        fits = [n for n in notes if self._zone([*self.notes, n]) <= NOTE_ZONE_MAX]
        keep = len(wrapped) if block.heading else min(2, len(wrapped))
        if self.y - LEADING * keep < BOTTOM + self._zone(self.notes + fits):
            self.break_page()
            fits = [n for n in notes if self._zone([*self.notes, n]) <= NOTE_ZONE_MAX]
        self.notes += fits
        self.spill += [n for n in notes if n not in fits]
        for text, split in wrapped:
            if self.y - LEADING < self.floor():
                if self.pending_hyphen:
                    self.layout.hyphenated[-1] = (self.layout.pages, self.pending_hyphen, True)
                self.break_page()
            _draw(self.c, LEFT, self.y - size, text, font, size)
            self.y -= LEADING
            self.pending_hyphen = split
            if split:
                self.layout.hyphenated.append((self.layout.pages, split, False))
        self.y -= GAP
        self.pending_hyphen = None

    def table(self, table: Table) -> None:
        columns = max(len(r) for r in table.rows)
        first = min(WIDTH * 0.4, WIDTH / columns * 1.6)
        rest = (WIDTH - first) / max(columns - 1, 1)
        xs = [LEFT] + [LEFT + first + i * rest for i in range(columns - 1)]
        for row in table.rows:
            wrapped = [_wrap(cell, BODY, 8, (first if i == 0 else rest) - 8) or [("", None)]
                       for i, cell in enumerate(row)]  # fmt: skip
            height = max(len(w) for w in wrapped) * 10 + 4
            if self.y - height < self.floor():
                self.break_page()
            self.c.line(LEFT, self.y, LEFT + WIDTH, self.y)
            for x, lines in zip(xs, wrapped, strict=False):
                for k, (text, _) in enumerate(lines):
                    _draw(self.c, x, self.y - 9 - 10 * k, text, BODY, 8)
            self.y -= height
        self.c.line(LEFT, self.y, LEFT + WIDTH, self.y)
        self.y -= GAP + 4


def _columns(heights: list[float]) -> tuple[list[float], list[float]]:
    """Split note heights in order into a left and a right column of about equal height."""
    total, run = sum(heights), 0.0
    for i, h in enumerate(heights):
        if run + h / 2 > total / 2 and i:
            return heights[:i], heights[i:]
        run += h
    return heights, []


def render(items: list[Block | Note | Table], path: Path, head: str = "Report") -> Layout:
    """Write `items` to a PDF at `path`; returns the page count and hyphenations."""
    w = _Writer(path, head)
    i = 0
    while i < len(items):
        item = items[i]
        notes: list[Note] = []
        j = i + 1
        while j < len(items) and isinstance(items[j], Note):
            notes.append(items[j])  # type: ignore[arg-type]
            j += 1
        if isinstance(item, Block):
            w.block(item, notes)
        elif isinstance(item, Table):
            w.table(item)
            w.block(Block([]), notes) if notes else None
        else:
            w.block(Block([]), [item, *notes])
        i = j
    w.finish_page()
    w.c.save()
    return w.layout


def seed_items(text: str) -> list[Block | Note | Table]:
    """A report ``.txt`` as items: blocks of lines, its footnotes as notes, tabbed blocks as
    tables; running heads, page numbers and junk blocks dropped (the PDF prints its own).
    LaTeX left in the ``.txt`` by its own conversion (``\\$``, ``$ht\\bar{t}ps…$``) is
    undone first: a typeset PDF shows what it stands for."""
    from loaders.readers import report
    from loaders.readers.report import notes as report_notes
    from loaders.readers.report.blocks import mark_noise, split_blocks
    from loaders.readers.report.latex import unescape
    from loaders.readers.report.tables import is_table

    text = unescape(text)
    blocks = split_blocks(text)
    mark_noise(blocks)
    report_notes.classify(blocks)
    report_notes.number_notes(blocks)
    doc = report.read(text, "seed")[0]
    headings = {doc.text[p.start : p.end] for p in doc.passages if p.kind.value == "HEADING"}
    items: list[Block | Note | Table] = []
    for b in blocks:
        if b.kind in ("noise", "merged"):
            continue
        if b.kind == "footnote":
            number = b.meta.get("number") or b.meta.get("marker") or "0"
            items.append(Note(str(number), report_notes.note_text(b)))
        elif is_table(b) and all("\t" in line for line in b.lines):
            items.append(Table([line.split("\t") for line in b.lines]))
        else:
            items.append(Block(b.lines, heading=" ".join(b.lines) in headings))
    return items


__all__ = ["Block", "Layout", "Note", "Table", "render", "seed_items"]

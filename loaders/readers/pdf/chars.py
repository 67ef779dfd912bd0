"""PDF pages → positioned lines, with pypdfium2 (PDFium; Apache-2.0/BSD).

Chosen by measurement (``python -m bench ingest``, the seed report typeset to 51 pages,
idle machine): PDFium's characters with boxes and sizes are read here at ~65 pages/s (its
plain text alone: ~830 pages/s); pypdf reads plain text at ~135 pages/s, and with a
visitor (~150 pages/s) gives a position and size per text-showing operator only, not per
character, so gaps inside a run (table cells, a column gutter, a raised marker) are lost;
pdfplumber (pdfminer.six) reads ~8 pages/s and finds tables at ~10 pages/s, slower than
this whole reader (~50 pages/s), whose gap-based cells give the seed report's tables
exactly. PyMuPDF (AGPL) is not an option.

A *line* is a run of characters on one baseline in content order (a raised footnote marker
stays on its line). Inside a line, a gap wider than `CELL_GAP` times the type size
separates cells (a table, a contents entry and its page), written as a tab.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from functools import cached_property

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from kb.errors import DocumentError

CELL_GAP = 1.2  # em: wider than any word space of justified text


@dataclass(slots=True)
class Char:
    ch: str
    x0: float
    x1: float
    y: float  # baseline (the loose box's bottom: the font's descent under it)
    size: float


@dataclass(eq=False)
class Line:
    """A line's characters; once :meth:`freeze` is called (the page is read), its text,
    cells, size and baseline are fixed and the characters kept as a string and a float32
    array (17 bytes a character instead of ~170 for the objects)."""

    _chars: list[Char] = field(default_factory=list)
    _text: str = ""
    _geo: array | None = None

    @property
    def chars(self) -> list[Char]:
        if self._geo is None:
            return self._chars
        g = self._geo
        return [Char(ch, g[4 * i], g[4 * i + 1], g[4 * i + 2], g[4 * i + 3])
                for i, ch in enumerate(self._text)]  # fmt: skip

    @property
    def length(self) -> int:
        return len(self._text) if self._geo is not None else len(self._chars)

    @cached_property
    def first(self) -> Char:
        return self.chars[0]

    def freeze(self) -> Line:
        """Fix the derived values, then store the characters compactly."""
        _ = self.y, self.size, self.cells, self.text, self.first
        self._text = "".join(c.ch for c in self._chars)
        self._geo = array("f", [v for c in self._chars for v in (c.x0, c.x1, c.y, c.size)])
        self._chars = []
        return self

    @cached_property
    def y(self) -> float:
        size = self.size
        return max(c.y for c in self.chars if c.size >= size * 0.9)

    @property
    def x0(self) -> float:
        return self.first.x0

    @cached_property
    def size(self) -> float:
        """The type size most of the line is set in."""
        sizes: dict[float, int] = {}
        for c in self.chars:
            if not c.ch.isspace():
                sizes[c.size] = sizes.get(c.size, 0) + 1
        return max(sizes, key=lambda s: sizes[s]) if sizes else self.chars[0].size

    def split(self, at: float) -> tuple[Line, Line] | None:
        """The line cut at the gutter of two text columns: the first gap at least half an
        em wide whose right side starts past the middle `at` (less two ems)."""
        chars = self.chars  # built once: a frozen line rebuilds them on each access
        for i in range(1, len(chars)):
            b = chars[i]
            if b.ch.isspace() or b.x0 < at - 2 * b.size:
                continue
            j = i - 1
            while j > 0 and chars[j].ch.isspace():
                j -= 1
            if b.x0 - chars[j].x1 >= 0.5 * b.size:
                left, right = chars[: j + 1], chars[i:]
                return (Line(left), Line(right)) if left and right else None
        return None

    @cached_property
    def cells(self) -> list[tuple[float, str]]:
        """(x where it starts, text) of each cell: runs of characters between wide gaps;
        spaces as printed (or where a gap is as wide as one)."""
        out: list[tuple[float, list[str]]] = []
        prev: Char | None = None
        spaced = False
        for c in self.chars:
            if c.ch.isspace():
                spaced = True
                continue
            if prev is None:
                out.append((c.x0, [c.ch]))
            else:
                gap = c.x0 - prev.x1
                if gap > CELL_GAP * max(prev.size, c.size):
                    out.append((c.x0, [c.ch]))
                else:
                    if gap > 0.2 * max(prev.size, c.size) or spaced:
                        out[-1][1].append(" ")
                    out[-1][1].append(c.ch)
            prev, spaced = c, False
        return [(x, "".join(chars)) for x, chars in out]

    @cached_property
    def text(self) -> str:
        """The line's text; cells separated by tabs."""
        return "\t".join(text for _, text in self.cells)


def merge_baselines(lines: list[Line]) -> list[Line]:
    """Lines top-down; pieces on one baseline (a table's cells drawn column by column, two
    note columns drawn one after the other) become one line, left to right."""
    ordered = sorted(lines, key=lambda ln: -ln.y)
    merged: list[list[Line]] = []
    for line in ordered:
        if merged and abs(merged[-1][0].y - line.y) <= 0.3 * max(line.size, 1.0):
            merged[-1].append(line)
        else:
            merged.append([line])
    out: list[Line] = []
    for group in merged:
        if len(group) == 1:
            out.append(group[0])
            continue
        group.sort(key=lambda ln: ln.x0)
        out.append(Line([c for ln in group for c in ln._chars]))
    return out


@dataclass
class Page:
    number: int  # 1-based
    width: float
    height: float
    lines: list[Line]


def _chars(textpage: pdfium.PdfTextPage) -> list[Char]:
    """The page's characters with loose (advance-width) boxes; PDFium's own line breaks
    dropped, its generated word spaces kept, a hyphen it marks as soft (``\x02``, a word
    hyphenated at a line end) kept as ``-``."""
    tp = textpage.raw
    box = raw.FS_RECTF()
    out: list[Char] = []
    pending_space = False
    for i in range(textpage.count_chars()):
        code = raw.FPDFText_GetUnicode(tp, i)
        ch = chr(code) if 0 < code < 0x110000 else " "
        if ch == "\x02":
            ch = "-"
        if ch in "\r\n\ufffe\x00" or ch.isspace():
            pending_space = True
            continue
        raw.FPDFText_GetLooseCharBox(tp, i, box)
        size = raw.FPDFText_GetFontSize(tp, i) or abs(box.top - box.bottom) or 1.0
        if pending_space and out:
            out.append(Char(" ", out[-1].x1, box.left, out[-1].y, out[-1].size))
        pending_space = False
        # the loose box's bottom is the font's descent below the baseline: the same for
        # every character of one font and size on a line, so it serves as the baseline
        out.append(Char(ch, box.left, box.right, box.bottom, size))
    return out


def _lines(chars: list[Char]) -> list[Line]:
    """Group characters in content order into lines by baseline."""
    lines: list[Line] = []
    current = Line()
    for c in chars:
        if current._chars:
            last = current._chars[-1]
            tolerance = 0.45 * max(last.size, c.size)
            if abs(c.y - last.y) > tolerance or c.x0 < last.x0 - 2 * max(c.size, 1.0):
                lines.append(current)
                current = Line()
        if c.ch == " " and not current._chars:
            continue
        current._chars.append(c)
    if current._chars:
        lines.append(current)
    for line in lines:
        while line._chars and line._chars[-1].ch == " ":
            line._chars.pop()
    return [line for line in lines if line._chars]


def read_pages(data: bytes, source_path: str) -> list[Page]:
    """Every page's lines; a PDF PDFium cannot open fails with a one-line reason."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise DocumentError(source_path, f"not a readable PDF ({exc})") from exc
    pages: list[Page] = []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            try:
                width, height = page.get_size()
                lines = [ln.freeze() for ln in merge_baselines(_lines(_chars(textpage)))]
                pages.append(Page(index + 1, width, height, lines))
            finally:
                textpage.close()
                page.close()
    except pdfium.PdfiumError as exc:
        raise DocumentError(source_path, f"not a readable PDF ({exc})") from exc
    finally:
        pdf.close()
    return pages

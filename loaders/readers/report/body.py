"""Assemble the body of a report: paragraphs rejoined over page breaks, then passages.

Walking the classified blocks in order, a paragraph that does not end a sentence is
continued by the next text block when that block starts in lower case, or when the
paragraph ends in a hyphen, a comma or a function word, or when page furniture, footnotes or
a caption came between (a page break) and the next block is no heading. A word hyphenated
over the break is rejoined (``Part-`` + ``nership`` → ``Partnership``) unless the document
spells the hyphenated form elsewhere and never the joined one (``long-`` + ``term``).

Footnotes, captions and tables met inside an unfinished paragraph wait until it ends and
follow it, so the paragraph's text is whole and its notes sit right after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kb.enums import PassageKind
from loaders.drafts import PassageDraft, TableDraft
from loaders.readers.builder import TextBuilder
from loaders.readers.report import notes, tables
from loaders.readers.report.blocks import Block
from loaders.readers.report.headings import NUMBERED, Sections

_CLOSED = re.compile(r"[.!?:…][\"”’)*]*\s?(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\{\d+\}\$?|\d{1,3})?$|[.!?][\"”’)]$")
_OPEN_END = re.compile(
    r"(?:[,;—–-]|\b(?:the|a|an|of|and|or|to|in|on|at|for|with|by|from|as|that|which|who|its|"
    r"their|his|her|is|are|was|were|be|been|has|have|had|not|than|into|between|such|this|"
    r"these|those|both|either|neither|but|nor|if|when|while|whose|whom|per|via|about))$",
    re.I,
)
_LIST_ITEM = re.compile(r"^(?:[-•–▪●]\s+|\(?[a-z]\)\s+)")
_HYPHEN_END = re.compile(r"(?P<word>[^\W\d_]+)-$")
_LEAD_WORD = re.compile(r"^(?P<word>[^\W\d_]+)")
_WORD = re.compile(r"[^\W\d_]+")
# The end tests (_CLOSED, _OPEN_END, _HYPHEN_END) look at a paragraph's last characters only:
# searched over the whole growing paragraph they made long paragraphs quadratic (a
# 25,000-line block took minutes). A word longer than this is not rejoined over a break.
_TAIL = 256


class _Paragraph:
    """A paragraph being built from lines and blocks in linear time: its pieces, and its
    last `_TAIL` characters for the tests on how it ends."""

    def __init__(self, first: str) -> None:
        self.pieces = [first]
        self.tail = first[-_TAIL:]

    def append(self, piece: str, drop_hyphen: bool = False) -> None:
        """Append `piece`, first dropping the hyphen the paragraph ends in if asked."""
        if drop_hyphen:
            while not self.pieces[-1]:
                self.pieces.pop()
            self.pieces[-1] = self.pieces[-1][:-1]
            self.tail = self.tail[:-1]
        self.pieces.append(piece)
        self.tail = (self.tail + piece)[-_TAIL:]

    @property
    def text(self) -> str:
        return "".join(self.pieces)


class Body:
    """Builds passages into `builder` from body blocks; `raw` is the source text (for the
    hyphenation vocabulary)."""

    def __init__(self, builder: TextBuilder, sections: Sections, raw: str) -> None:
        self.b = builder
        self.sections = sections
        self.raw = raw
        self._hyphenated: set[str] | None = None
        self._words: set[str] | None = None
        self.para: _Paragraph | None = None
        self.para_section: str | None = None
        self.gap = False
        self.pending: list[Callable[[], None]] = []
        self.last_visual: tuple[str, str, str] | None = None  # ("Table", "1", caption line)
        self.tables = 0

    # ---- paragraphs ---------------------------------------------------------------
    def join(self, para: _Paragraph, right: str) -> None:
        """Continue `para` with `right`: a word hyphenated over the break is rejoined."""
        m, n = _HYPHEN_END.search(para.tail), _LEAD_WORD.match(right)
        if m and n and right[:1].islower():
            a, b = m.group("word"), n.group("word")
            # (the words only when the pair is written with a hyphen elsewhere too: most
            # breaks split a word the text never hyphenates, and reading every word of a
            # report cost more than all its hyphens)
            keep = f"{a}-{b}".casefold() in self.hyphenated() and (
                f"{a}{b}".casefold() not in self.words()
            )
            para.append(right, drop_hyphen=not keep)
        else:
            para.append(f" {right}")

    def hyphenated(self) -> set[str]:
        """How the document spells words: its hyphenated pairs ("long-term", both pairs of
        "long-term-ish"), case-folded; built once, on the first hyphen at a line end (a
        substring search of the whole text per hyphen made a 50 MB file quadratic)."""
        if self._hyphenated is None:
            self._hyphenated = hyphenated_pairs(self.raw.casefold())
        return self._hyphenated

    def words(self) -> set[str]:
        """The document's words (`_WORD`), case-folded; built once, when first asked (the
        folded text is not kept: most documents never ask)."""
        if self._words is None:
            self._words = set(_WORD.findall(self.raw.casefold()))
        return self._words

    def lines_text(self, lines: list[str]) -> str:
        text = _Paragraph(lines[0])
        for line in lines[1:]:
            self.join(text, line)
        return " ".join(text.text.split())

    def continues(self, text: str) -> bool:
        """Whether `text` (a text block) continues the open paragraph."""
        if self.para is None or _CLOSED.search(self.para.tail):
            return False
        if text[:1].islower() or _OPEN_END.search(self.para.tail):
            return True
        return self.gap and self.sections.classify(text) is None

    def flush(self) -> None:
        if self.para is not None:
            self.b.add(self.para.text, PassageDraft(PassageKind.PARAGRAPH, 0, 0,
                                               section=self.para_section))  # fmt: skip
            self.para = None
        for emit in self.pending:
            emit()
        self.pending = []
        self.gap = False

    def defer(self, emit: Callable[[], None]) -> None:
        """Emit now, or after the open paragraph if it is unfinished."""
        if self.para is not None and not _CLOSED.search(self.para.tail):
            self.pending.append(emit)
            self.gap = True
        else:
            self.flush()
            emit()

    # ---- blocks -------------------------------------------------------------------
    def add(self, block: Block) -> None:
        kind = block.kind
        if kind in ("noise", "merged", "front", "toc"):
            self.gap = self.gap or kind == "noise"
            return
        if kind == "footnote":
            self.defer(lambda: self._footnote(block))
            return
        if len(block.lines) > 1 and tables.caption(block.first):  # caption glued to its table
            self.add(Block(block.index, block.lines[:1]))
            self.add(Block(block.index, block.lines[1:]))
            return
        text = block.text
        if len(block.lines) == 1 and self.para is not None and self.continues(text):
            self.join(self.para, text)
            self.gap = False
            return
        cap = tables.caption(text) if len(block.lines) == 1 else None
        if cap:
            self.last_visual = (cap[0], cap[1], text)
            self.defer(lambda: self._caption(text, f"{cap[0]} {cap[1]}"))
            return
        if tables.is_table(block):
            visual = self.last_visual if self.last_visual and self.last_visual[0] == "Table" \
                else None  # fmt: skip
            self.last_visual = visual or ("Table", "", "")
            self.defer(lambda: self._table(block, visual))
            return
        if tables.is_source_note(text) and self.last_visual:
            label = " ".join(self.last_visual[:2]).strip()
            self.defer(lambda: self._caption(self.lines_text(block.lines), label))
            return
        self.last_visual = None
        if (
            len(block.lines) > 1
            and NUMBERED.match(block.first)
            and self.sections.classify(block.first) is not None
        ):  # heading glued to its text
            self.add(Block(block.index, block.lines[:1]))
            self.add(Block(block.index, block.lines[1:]))
            return
        if len(block.lines) == 1:
            finished = self.para is None or bool(_CLOSED.search(self.para.tail))
            heading = self.sections.classify(text, loose=finished)
            if heading is not None:
                self.flush()
                self._heading(text, heading[0])
                return
        if len(block.lines) > 1 and all(_LIST_ITEM.match(x) for x in block.lines):
            self.flush()
            for line in block.lines:
                self._paragraph(line)
            return
        self._paragraph(self.lines_text(block.lines))

    def _paragraph(self, text: str) -> None:
        if self.para is not None and self.continues(text):
            self.join(self.para, text)
            self.gap = False
            return
        self.flush()
        self.sections.content()
        self.para, self.para_section = _Paragraph(text), self.sections.path

    def _heading(self, text: str, number: str | None) -> None:
        section = self.sections.open(text, number)
        self.b.add(text, PassageDraft(PassageKind.HEADING, 0, 0, section=section, number=number))

    def _footnote(self, block: Block) -> None:
        text = notes.note_text(block)
        if not text:
            return
        self.b.add(text, PassageDraft(
            PassageKind.FOOTNOTE, 0, 0, section=self.sections.path,
            number=block.meta.get("number"), url=notes.note_url(text),
            title=notes.note_title(text),
        ))  # fmt: skip

    def _caption(self, text: str, label: str) -> None:
        self.b.add(text, PassageDraft(PassageKind.CAPTION, 0, 0, section=self.sections.path,
                                      number=label))  # fmt: skip

    def _table(self, block: Block, visual: tuple[str, str, str] | None) -> None:
        self.tables += 1
        cells_by_row = tables.rows(block)
        header = cells_by_row[0]
        caption_text = visual[2] if visual else None
        number = int(visual[1]) if visual and visual[1].isdigit() else self.tables
        cap = tables.caption(caption_text) if caption_text else None
        hint = tables.unit_hint(cap[2]) if cap else None
        for i, cells in enumerate(cells_by_row):
            p = self.b.add("\t".join(cells), PassageDraft(PassageKind.TABLE_ROW, 0, 0,
                                                          section=self.sections.path),
                           separator="\n" if i else None)  # fmt: skip
            spans, pos = [], p.start
            for c in cells:
                spans.append((c, pos, pos + len(c)))
                pos += len(c) + 1
            p.table = TableDraft(number, caption_text, header, spans, hint)


def hyphenated_pairs(text: str) -> set[str]:
    """Every "x-y" of `text` whose x and y are whole runs of letters (`_WORD`) around one
    hyphen: the consecutive parts of each compound ("long-term-ish": "long-term",
    "term-ish"), found from the hyphens (one character in 200 of 10x's reports; a pattern
    for whole compounds was tried at every word: 0.17 -> 0.04 s over those reports)."""
    pairs: set[str] = set()
    at = text.find("-")
    while at != -1:
        after = _WORD.match(text, at + 1)
        if after is not None:
            start = at
            # back over the letters before the hyphen: `_WORD`'s letters are `re`'s word
            # characters (`str.isalnum`) that are no decimal digit (`\d`) nor "_"
            while start > 0 and (c := text[start - 1]).isalnum() and not c.isdecimal():
                start -= 1
            if start < at:
                pairs.add(f"{text[start:at]}-{after.group(0)}")
        at = text.find("-", at + 1)
    return pairs

"""Headings and the section path they give every passage.

A heading is a one-line block shaped like a title: no closing sentence punctuation, no
lower-case start, mostly capitalised content words (or listed in the contents). Numbered
headings (``1.``, ``2.3.``, ``3.2.1``) must also continue the numbering seen so far (next
sibling, first child, or a higher level's next number) unless the contents lists them: so a
conclusion item ``6. According to Russian experts, …`` is a paragraph.

Levels: a numbered heading's level is its depth (``3.2.`` → 2). Structural headings
(Summary, Introduction, Conclusions…, About the Authors, Annex, References…) and the names
of the report's own institutions (their descriptions at the back) are level 1. Any other
unnumbered heading sits one level below the last numbered or structural heading; one that
directly follows another unnumbered heading (no text between) goes one level deeper.

The section path is the titles of the open headings joined by ``" / "``, e.g.
``"3. Overcoming … / 3.1. Trade and Economic Cooperation between Russia and China /
Russia-China Trade Cooperation"``; a heading's own section includes itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.readers.report.toc import Toc, norm

NUMBERED = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})(?P<dot>\.?)\s+(?P<title>\S.*)$")
STRUCTURAL = re.compile(
    r"^(?:executive\s+summary|summary|abstract|introduction|foreword|preface|conclusions?|"
    r"(?:main\s+)?findings|recommendations|about\s+the\s+authors?|about\s+us|authors|"
    r"references|bibliography|sources|notes|endnotes|annex(?:es)?|appendix|appendices|"
    r"acknowledg(?:e)?ments|glossary|(?:list\s+of\s+)?abbreviations|afterword|epilogue)\b",
    re.I,
)
_MINOR = {
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "between",
    "from", "by", "as", "into", "towards", "toward", "against", "vs", "via", "within", "over",
    "under", "about", "after", "before", "its", "their", "s", "nor", "but", "than", "amid",
    "among", "upon",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_DANGLING = re.compile(r"\b(?:the|a|an|of|and|or|to|in|on|at|for|with|by|from|that|is|are|"
                       r"was|were)$", re.I)  # fmt: skip
_END_PUNCT = re.compile(r"[.,;:!]$|[.,;:][\"”’)]$")


def title_case_ratio(text: str) -> float:
    words = [w for w in _WORD.findall(text) if w.lower() not in _MINOR]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def may_be_heading(text: str) -> bool:
    """The checks of :func:`heading_shape` that hold whether or not the contents list the
    line: a paragraph fails them before the (costlier) contents lookup."""
    if "\t" in text or _END_PUNCT.search(text) or len(text) > 220:
        return False
    first = text.lstrip("\"“'‘(")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    return not text.startswith(("- ", "• ", "– ", "* "))


def heading_shape(text: str, in_toc: bool, loose: bool = False) -> bool:
    """A line that could be a heading by its form alone; `loose` also admits a short
    sentence-case line (``Trade and investment``) standing after a finished paragraph."""
    if not may_be_heading(text):
        return False
    if in_toc:
        return len(text.split()) <= 30
    words = text.split()
    if len(words) > 14 or len(text) > 120:
        return False
    if "," in text and len(words) > 8:
        return False
    if title_case_ratio(text) >= 0.75 or (len(words) <= 3 and title_case_ratio(text) > 0):
        return True
    return (loose and len(words) <= 8 and len(text) <= 70 and "," not in text
            and not _DANGLING.search(text))  # fmt: skip


def _parts(num: str) -> tuple[int, ...]:
    return tuple(int(p) for p in num.split("."))


def continues(previous: tuple[int, ...], number: tuple[int, ...]) -> bool:
    """Whether `number` may follow `previous` in a heading numbering."""
    if not previous:
        return all(p == 1 for p in number[1:]) and number[0] <= 2
    if number == (*previous, 1):
        return True
    return any(number == (*previous[:k], previous[k] + 1) for k in range(len(previous)))


_CREDIT_AFTER_NAME = re.compile(r"\s*(?:\([^)]*\))?\s*[—–,:-]")  # "Name (…) — Director"
_LEADING_THE = re.compile(r"^the\s+", re.I)


@dataclass
class _Open:
    level: int
    title: str
    anchor: bool  # numbered or structural: unnumbered headings hang below it


@dataclass
class Sections:
    """The open heading stack while a report is read top to bottom."""

    toc: Toc
    institutions: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)  # the credited names: "Name—bio" lines
    stack: list[_Open] = field(default_factory=list)
    last_number: tuple[int, ...] = ()
    after_heading: bool = False  # the previous content block was a heading

    @property
    def path(self) -> str | None:
        return " / ".join(o.title for o in self.stack) or None

    def classify(self, text: str, loose: bool = False) -> tuple[str | None] | None:
        """(number,) when `text` is a heading (number None when unnumbered), else None."""
        if not may_be_heading(text):
            return None
        in_toc = self.toc.contains(text)
        if not heading_shape(text, in_toc, loose) or self._bio(text):
            return None
        m = NUMBERED.match(text)
        if m and m.group("title")[:1].isupper():
            number = _parts(m.group("num"))
            if continues(self.last_number, number) or in_toc:
                return (m.group("num") + ".",)
            return None
        if m or text[:1].isdigit():
            return None
        return (None,)

    def _bio(self, text: str) -> bool:
        """ "Ksenia Kuzmina—RIAC Deputy Director": a credited person's line, not a heading."""
        return any(text.startswith(name) and _CREDIT_AFTER_NAME.match(text[len(name) :])
                   for name in self.people)  # fmt: skip

    def _level1(self, text: str) -> bool:
        low = norm(_LEADING_THE.sub("", text))
        if STRUCTURAL.match(text):
            return True
        return any(low and low in norm(_LEADING_THE.sub("", i))
                   for i in self.institutions)  # fmt: skip

    def open(self, text: str, number: str | None) -> str:
        """Open a heading; returns its section path (including itself)."""
        if number is not None:
            parts = _parts(number.rstrip("."))
            self.last_number = parts
            level, anchor = len(parts), True
        elif self._level1(text):
            level, anchor = 1, True
        else:
            base = next((o.level for o in reversed(self.stack) if o.anchor), 0) + 1
            top = self.stack[-1] if self.stack else None
            level = top.level + 1 if self.after_heading and top is not None else base
            anchor = False
        while self.stack and self.stack[-1].level >= level:
            self.stack.pop()
        self.stack.append(_Open(level, text, anchor))
        self.after_heading = True
        return self.path or text

    def content(self) -> None:
        self.after_heading = False

"""Sentence segmentation of every passage (writes ``Extraction.sentences``).

A small rule-based splitter (no model): a sentence never crosses a passage boundary, and
table rows, headings and captions are one sentence each. Inside a passage it splits after
``.``, ``!``, ``?`` or ``…`` (with closing quotes/brackets) when the next word starts a new
sentence, and at blank lines, before bare link lines and after a link or DOI that ends its
line (or is followed by a sentence-opening word: "… DOI: 10.1/x At the beginning …"), and
after a footnote mark glued to a sentence's end ("… its final report.1 It concluded …").
It does *not* split

- after abbreviations and initials ("U.S.", "Mr.", "Dr.", "e.g.", "K.V. Babaev", "No. 78");
- at "..." / "…" followed by a lower-case word (a continuation);
- inside a balanced pair of double quotes (a straight one opening and a curly one closing
  pair too: "… .”), guillemets (« ») or single quotes (‘…’, '…'
  where they are no apostrophes), so a multi-sentence
  quotation stays one sentence with its attribution (“A. B,” says X);
- at single line breaks inside a sentence (scraped text breaks lines mid-sentence; the
  readers rejoin report page breaks, this stage simply ignores lone newlines).

A passage without final punctuation (a tweet) ends its last sentence at the passage end.
Leading/trailing white space is never part of a sentence span.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left

from kb.enums import PassageKind
from loaders.drafts import Extraction, Span
from loaders.prefilter import gated

_WHOLE = {PassageKind.TABLE_ROW, PassageKind.HEADING, PassageKind.CAPTION}

# Words that end with a full stop without ending a sentence (compared case-insensitively).
_ABBR = """mr mrs ms dr prof st sr jr gen col lt sgt capt cmdr adm gov sen rep pres amb hon rev
    maj brig cdr cpl pvt supt insp
    messrs mme mlle vs v etc al e.g i.e cf viz approx ca no nos vol p pp fig figs ed eds
    jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp bros dept univ est
    u.s u.k u.n e.u u.s.a u.s.s.r p.r.c ph.d d.c a.m p.m op cit ibid art para sec ch"""
ABBREVIATIONS = frozenset(_ABBR.split())
# Abbreviations after which a capitalised word usually continues the sentence.
_TITLE_ABBR = """mr mrs ms dr prof st gen col lt sgt capt cmdr adm gov sen rep pres amb hon rev
    maj brig cdr cpl pvt supt insp
    messrs no nos vol p pp fig figs art para sec ch cf e.g i.e vs v approx ca"""
_TITLES = frozenset(_TITLE_ABBR.split())

_TERMINATOR = re.compile(r"(?:\.{2,}|…|[.!?])+[\"”’'»)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_WORD_WINDOW = 64


def _word_before(text: str, end: int) -> re.Match[str] | None:
    """`_WORD_BEFORE.search(text, 0, end)` without a pass over the text before `end`: the match
    is the run of word characters and stops that ends there, so a search of the last
    `_WORD_WINDOW` characters finds it, unless it reaches back to the window's start."""
    lo = max(0, end - _WORD_WINDOW)
    m = _WORD_BEFORE.search(text, lo, end)
    if lo == 0 or m is None or m.start() > lo:
        return m  # (a run from before `lo` would have matched at `lo` too)
    return _WORD_BEFORE.search(text, 0, end)


# A tweet number inside a run-on passage ("… totals 🧵 2/ Gazprom wants …") starts a sentence.
_TWEET_NO = re.compile(r"(?<=\s)(?=\d{1,3}/\s*(?:\.\.\.|…|[A-Z@“\"]))")
_BLANK = re.compile(r"\n[ \t]*\n\s*")
_LINK_LINE = re.compile(r"\n(?=[ \t]*(?:https?://|www\.)\S+[ \t]*(?:\n|$))")
# A link or DOI ending its line ends the sentence there: "… pp. 142–158. DOI: 10.1234/x-158"
# then "At the beginning …" (a citation block above the text, a source line), on a new line
# or, where a reader joined the lines, after a space before a sentence-opening word.
_LINK_END = re.compile(
    r"(?:https?://|www\.|\b(?i:doi):?\s*10\.)\S+(?:[ \t]*\n(?=[ \t]*[A-Z“\"])|[ \t]+(?=[A-Z]))"
)
# A footnote mark glued to a sentence's end: "… published its final report.1 It concluded"
# (the mark stays with the sentence it annotates).
_FOOTNOTE = re.compile(r"(?P<word>[A-Za-z][a-z]+)[.!?][\"”’]?\d{1,3}(?=[ \t]+[A-Z][a-z])")
_OPEN_Q = "“"
_CLOSE_Q = "”"
MAX_QUOTE = 2000  # a quote longer than this is not held together


# Single quotes hold a quotation together too where they cannot be apostrophes: curly ‘…’
# (a ’ inside a word is no closing mark) and straight '…' opening on a capital and closing
# after the quoted sentence's punctuation ('We are ready. We will sign,' he said).
_QUOTED = re.compile(
    r"“[^“”]*”|«[^«»]*»|\"[^\"“”\n]*”|\"[^\"\n]*(?:\n[^\"\n]*)*\"|"
    r"(?<![\w’])‘(?:[^‘’\n]|’(?=\w))*’(?!\w)|"
    r"(?<![\w'’])'[A-Z](?:[^'\n]|'(?=\w))*[.,!?]'(?!\w)"
)
# Behind literal prefilters (same matches; see loaders.prefilter): most passages hold no
# quotation mark and no link, and `re` tried these at every position. A glued footnote mark
# needs a stop right before a digit, a tweet number a "/".
_QUOTED, _LINK_END = gated(_QUOTED), gated(_LINK_END)
_FOOTNOTE_MARK = re.compile(r"[.!?][\"”’]?\d")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")  # "e.g", "i.e"
_WORD = re.compile(r"[\w']+")


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """Spans of balanced double quotes (curly, guillemets, or straight when paired) in a
    passage."""
    regions: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(text):
        if m.end() - m.start() <= MAX_QUOTE:
            regions.append((m.start(), m.end()))
    return regions


def _inside(pos: int, regions: list[tuple[int, int]]) -> bool:
    """Whether `pos` lies strictly inside one of `regions` (in text order, none overlapping,
    as `finditer` gives them: only the last one opening before `pos` can hold it; a passage
    with many quotations asked every region at every stop)."""
    i = bisect_left(regions, (pos,))  # the first region opening at or after `pos`
    return i > 0 and pos < regions[i - 1][1]


# What `str.lstrip` keeps first: the text after a stop is read from here, not copied (a copy
# of the rest of the passage at every stop was quadratic in a passage's length).
_NON_SPACE = re.compile(r"\S")


def _is_break(text: str, m: re.Match[str], regions: list[tuple[int, int]]) -> bool:
    end = m.end()
    after = _NON_SPACE.search(text, end)
    if after is None:
        return False
    rest = after.start()  # where the rest of the passage, without its leading space, starts
    nxt = text[rest]
    mark = m.group(0).rstrip("\"”’'»)]")
    if _inside(m.end(), regions):  # a stop that closes the quote may end the sentence
        return False
    if mark.startswith("..") or mark.startswith("…"):
        return nxt.isupper() or nxt in '“"' or nxt.isdigit()
    if nxt.islower() or nxt in ",;:)—–-":
        return False
    if mark == ".":
        before = _word_before(text, m.start())
        word = (before.group(1) if before else "").lower()
        stripped = word.strip(".")
        if stripped in _TITLES or word in _TITLES:
            return False
        if stripped in ABBREVIATIONS and not nxt.isupper():
            return False
        # initials: "K.V. Babaev", "A. Kortunov"; "U.S. officials" stays together
        initials = _INITIALS.fullmatch(stripped) and len(stripped) <= 5
        if initials and (stripped.count(".") >= 1 or len(stripped) == 1):
            return _looks_sentence_start(text, rest)
    return True


_STARTER_WORDS = """the a an this that these those it he she they we i in on at but and however
    for as if there here what why how when while after before since although our his her
    their its then so now yet still meanwhile instead also both many some most"""
_STARTERS = frozenset(_STARTER_WORDS.split())


def _looks_sentence_start(text: str, at: int = 0) -> bool:
    """After "U.S." a common sentence-opening word (at `at`) means a new sentence."""
    word = _WORD.match(text, at)
    return bool(word) and word.group(0).lower() in _STARTERS


def split_text(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) within `text`, trimmed of white space."""
    cuts = {0, len(text)}
    for m in _BLANK.finditer(text):
        cuts.update((m.start(), m.end()))
    for m in _LINK_LINE.finditer(text):
        cuts.add(m.start())
    for m in _LINK_END.finditer(text):
        if "\n" in m.group(0) or _looks_sentence_start(text, m.end()):
            cuts.add(m.end())
    if "/" in text:
        for m in _TWEET_NO.finditer(text):
            if m.start() > 0:
                cuts.add(m.start())
    regions = _quote_regions(text)
    if _FOOTNOTE_MARK.search(text):
        for m in _FOOTNOTE.finditer(text):
            if m.group("word").lower() not in ABBREVIATIONS and not _inside(m.end(), regions):
                cuts.add(m.end())
    for m in _TERMINATOR.finditer(text):
        if _is_break(text, m, regions):
            cuts.add(m.end())
    spans: list[tuple[int, int]] = []
    ordered = sorted(cuts)
    for a, b in itertools.pairwise(ordered):
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if b - trail > a + lead:
            spans.append((a + lead, b - trail))
    return spans


class SentenceSplitter:
    name = "sentences"
    version = "6"
    reads = ("doc.passages",)
    writes = ("sentences",)

    def __call__(self, ex: Extraction) -> None:
        text = ex.doc.text
        for passage in ex.doc.passages:
            if passage.kind in _WHOLE:
                chunk = text[passage.start : passage.end]
                lead = len(chunk) - len(chunk.lstrip())
                end = passage.start + len(chunk.rstrip())
                if end > passage.start + lead:
                    ex.sentences.append(Span(passage.start + lead, end))
                continue
            for a, b in split_text(text[passage.start : passage.end]):
                ex.sentences.append(Span(passage.start + a, passage.start + b))


COMPONENT = SentenceSplitter

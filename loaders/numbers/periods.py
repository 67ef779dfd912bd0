"""Time expressions of a sentence and the period each statistic refers to.

Recognised: "in 2021", "2007-2021", "Jan-Aug", "January–February 2022", "between January and
November 2021", "in Aug alone", "Q1 2022", "Q2–Q4 2021", "the first quarter of 2022",
"H1 2022", "the first half of this year", "from January 10 to 20", "February 4, 2022",
"by 2024" (a target: that year), "since 2010" (start only), "this/last year" (from the
document date), "in 2013 … just 7 years after" (2020). Baselines ("compared to 2019",
"than in 2020", "from 2020") are not periods; with no other year in the sentence they give
the year after them. A month without a year takes the sentence's year, else the year after
the baseline, else the year the text was last talking about (:class:`YearContext`); when
none is known the period stays empty: never invented.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from loaders.leading import led
from loaders.numbers.lexicon import MONTH_RE, MONTHS
from loaders.numbers.parse import parse_words

_Y = r"(?:19|20)[0-9]{2}"
_YR = rf"(?P<y>{_Y})"
_M1 = rf"(?P<m1>{MONTH_RE})"
_M2 = rf"(?P<m2>{MONTH_RE})"
_DASH = r"\s*(?:[-–—]|to|through|until)\s*"
_QWORD = r"(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("days", re.compile(rf"(?:from\s+)?{_M1}\s+(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?{_DASH}"
                        rf"(?:{_M2}\s+)?(?P<d2>[0-9]{{1,2}})(?![0-9])(?:,?\s+{_YR})?")),
    ("date", re.compile(rf"{_M1}\s+(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+{_YR}")),
    ("date", re.compile(rf"\b(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_M1}\s+{_YR}")),
    ("quarter", re.compile(rf"\bQ(?P<q1>[1-4])(?:{_DASH}Q(?P<q2>[1-4]))?"
                           rf"(?:,?\s+(?:of\s+)?{_YR})?")),
    ("quarter", re.compile(rf"\b{_QWORD}\s+quarter(?:\s+of)?(?:\s+(?:{_YR}|(?P<rel>this|last|"
                           r"next|the)\s+year))?", re.I)),
    ("half", re.compile(rf"\b(?:H(?P<h>[12])\s+{_YR}|(?P<hw>first|second)\s+half(?:\s+of)?"
                        rf"(?:\s+(?:(?P<yb>{_Y})|(?P<rel>this|last|next|the)\s+year))?)", re.I)),
    ("months", re.compile(rf"\b(?i:the\s+)?(?i:first)\s+(?P<n>[0-9]{{1,2}}|(?i:two|three|four|"
                          rf"five|six|seven|eight|nine|ten|eleven))\s+(?i:months)(?:\s+of)?"
                          rf"(?:\s+{_YR})?")),
    # (the word boundary before the look-behinds, all at one position: tried first, it spares
    # the six look-behinds at every position inside a word)
    ("back", re.compile(r"\b(?<!than\s)(?<!than\sin\s)(?<!from\s)(?<!over\s)(?<!with\s)"
                        r"(?<!to\s)(?:a|one)\s+year\s+(?:before|earlier)|\b(?<!than\s)"
                        r"(?<!from\s)(?<!over\s)(?<!with\s)(?<!to\s)(?<!on\s)"
                        r"the\s+(?:previous|prior)\s+year\b", re.I)),
    ("months", re.compile(rf"(?:between\s+{_M1}\s+and\s+{_M2}|(?:from\s+)?"
                          rf"(?P<m1b>{MONTH_RE}){_DASH}(?P<m2b>{MONTH_RE}))"
                          rf"(?:,?\s+(?:of\s+)?{_YR})?")),
    ("month", re.compile(rf"{_M1},?\s+{_YR}")),
    ("month", re.compile(rf"\b(?i:in|for|during|of|since|until|by|through|throughout)\s+"
                         rf"(?i:the\s+month\s+of\s+)?(?i:early\s+|late\s+|mid-)?{_M1}(?![\w])")),
    ("years", re.compile(rf"(?:between\s+{_YR}\s+and\s+(?P<y2>{_Y})|(?:from\s+)?(?P<yb>{_Y})\s*"
                         rf"(?:[-–—]|to)\s*(?P<y2b>{_Y}|[0-9]{{2}})(?![0-9]))")),
    ("base", re.compile(rf"\b(?:compared\s+(?:to|with)|than(?:\s+in)?|from|relative\s+to|"
                        rf"versus|vs\.?|against|over)\s+(?:the\s+same\s+period\s+(?:of|in)\s+)?"
                        rf"(?:{_YR}|(?P<rel>last|the\s+previous|a)\s+year)", re.I)),
    ("target", re.compile(rf"\b(?:by|until|till|through)\s+(?:the\s+end\s+of\s+)?{_YR}", re.I)),
    ("since", re.compile(rf"\bsince\s+{_YR}", re.I)),
    ("relative", re.compile(r"\b(?P<n>[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|"
                            r"ten|a)\s+years?\s+(?:after|later)", re.I)),
    ("rel_year", re.compile(r"\b(?P<rel>this|last|next|past|current)\s+year\b", re.I)),
    ("year", re.compile(rf"(?<![0-9.,/-]){_YR}(?![0-9]|\.[0-9]|,[0-9]{{3}}|\s*(?:years|%|percent|"
                        r"tonnes|billion|million))")),
]  # fmt: skip
# Each behind a look-ahead for the characters its matches start with (same matches; see
# loaders.leading): most open with an optional word, a `\b` or a look-behind, which
# `re` otherwise tried at every position of every sentence.
_PATTERNS = [(kind, led(rx)) for kind, rx in _PATTERNS]
_QUARTER_WORDS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
_STRONG_YEAR = re.compile(r"\b(?:in|for|during|of|throughout|early|late|mid-?|end\s+of)\s*$",
                          re.I)  # fmt: skip


@dataclass
class TimeExpr:
    start: int
    end: int
    kind: str
    first: date | None = None
    last: date | None = None
    year: int | None = None  # the explicit year, when written
    months: tuple[int, int] | None = None  # for month expressions awaiting a year
    days: tuple[int, int] | None = None
    weak: bool = False  # a bare year ("the 2018 deal")

    @property
    def is_period(self) -> bool:
        return self.kind not in ("base", "relative", "back") and self.first is not None


class YearContext:
    """The year a document was last talking about, for months written without one."""

    def __init__(self, published: date | None = None) -> None:
        self.published = published
        self.year: int | None = None
        self.age = 0

    def tick(self) -> None:
        self.age += 1
        if self.age > 8:
            self.year = None

    def see(self, year: int | None) -> None:
        if year:
            self.year, self.age = year, 0


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _month_span(year: int, m1: int, m2: int) -> tuple[date, date]:
    return date(year, m1, 1), date(year, m2, calendar.monthrange(year, m2)[1])


# What every match of each pattern must contain: a digit (a year, a day, "Q1"), a month
# name, or one of the words "year", "quarter", "months" (in any case); an inner tuple is a
# choice ("half", or the digit of "H1 2022"). A sentence without one skips those patterns
# (most sentences have none, and running all 18 patterns over every sentence was the
# stage's largest cost).
_DIGIT = re.compile(r"[0-9]")
_MONTH = re.compile(MONTH_RE)
_WORDS = {w: re.compile(w, re.I) for w in ("year", "quarter", "half")}
_WORDS["month (word)"] = re.compile("month", re.I)
_NEEDS: tuple[tuple[str | tuple[str, ...], ...], ...] = (
    ("digit", "month"), ("digit", "month"), ("digit", "month"), ("digit",), ("quarter",),
    (("digit", "half"),), ("month (word)",), ("year",), ("month",), ("digit", "month"), ("month",),
    ("digit",), (("digit", "year"),), ("digit",), ("digit",), ("year",), ("year",),
    ("digit",),
)  # fmt: skip


_PRESENT_KEYS = ("digit", "month", *_WORDS)
# The words are looked for by `str` search in the lower-cased sentence: none holds a letter
# that `re.IGNORECASE` matches to a character beyond ASCII ("i", "k", "s": see
# loaders.prefilter.FOLDS_TO_ASCII), nor makes lower-casing one (the dotted capital I gives
# "i", the Kelvin sign "k"), so they are found where the case-insensitive patterns found them
# (four searches by `re` per sentence were a fifth of this function's time).
_WORD_TEXTS = tuple(rx.pattern for rx in _WORDS.values())
assert all(w.isascii() and w.isalpha() and not set(w) & set("iksIKS") for w in _WORD_TEXTS)


@lru_cache(maxsize=2 ** len(_PRESENT_KEYS))
def _runnable(present_flags: tuple[bool, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The patterns whose needs a sentence meets, given which of `_PRESENT_KEYS` it has: the
    choice is made once for each combination (testing every pattern's needs for every sentence
    cost a sixth of this module's time)."""
    present = dict(zip(_PRESENT_KEYS, present_flags, strict=True))
    return tuple(
        pattern
        for pattern, needs in zip(_PATTERNS, _NEEDS, strict=True)
        if all(present[n] if isinstance(n, str) else any(present[k] for k in n) for n in needs)
    )


def find(text: str, lo: int, hi: int, published: date | None = None) -> list[TimeExpr]:
    """All time expressions in text[lo:hi], longest-first, non-overlapping, unresolved months."""
    out: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    lowered = text[max(lo, 0) : max(hi, 0)].lower()
    present = (
        _DIGIT.search(text, lo, hi) is not None,
        _MONTH.search(text, lo, hi) is not None,
        *(word in lowered for word in _WORD_TEXTS),
    )
    for kind, rx in _runnable(present):
        for m in rx.finditer(text, lo, hi):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            t = _build(kind, m, text, published)
            if t is not None:
                out.append(t)
                taken.append((m.start(), m.end()))
    out.sort(key=lambda t: t.start)
    return out


def _build(kind: str, m: re.Match[str], text: str, published: date | None) -> TimeExpr | None:
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    for alt in ("y", "m1", "m2"):
        if alt + "b" in g:
            g[alt] = g[alt + "b"]
    year = int(g["y"]) if g.get("y") else None
    rel = (g.get("rel") or "").lower()
    if rel and published:
        year = year or published.year + (-1 if rel in ("last", "past", "the previous", "a")
                                         else 1 if rel == "next" else 0)  # fmt: skip
    t = TimeExpr(m.start(), m.end(), kind, year=year)
    if kind in ("days", "date"):
        m1 = _month(g["m1"])
        m2 = _month(g["m2"]) if g.get("m2") else m1
        d1, d2 = int(g["d1"]), int(g.get("d2") or g["d1"])
        t.months, t.days = (m1, m2), (d1, d2)
    elif kind == "quarter":
        q1 = int(g["q1"]) if g.get("q1") else _QUARTER_WORDS[g["qw"].lower()]
        q2 = int(g["q2"]) if g.get("q2") else q1
        t.months = (3 * q1 - 2, 3 * q2)
    elif kind == "half":
        h = int(g["h"]) if g.get("h") else (1 if g["hw"].lower() == "first" else 2)
        t.months = (1, 6) if h == 1 else (7, 12)
    elif kind == "months" and g.get("n"):
        n = g["n"]
        t.months = (1, int(n) if n.isdigit() else int(parse_words(n) or 1))
    elif kind in ("months", "month"):
        m1 = _month(g["m1"])
        t.months = (m1, _month(g["m2"]) if g.get("m2") else m1)
    elif kind == "back":
        t.days = (-1, 0)
        return t
    elif kind == "years":
        y2s = g.get("y2") or g.get("y2b") or ""
        y2 = int(y2s) if len(y2s) == 4 else (year // 100) * 100 + int(y2s)  # type: ignore[operator]
        if year is None or y2 <= year:
            return None
        t.first, t.last = date(year, 1, 1), date(y2, 12, 31)
        return t
    elif kind == "relative":
        n = g["n"]
        t.days = (int(n) if n.isdigit() else int(parse_words(n) or 1), 0)
        return t
    elif kind == "base":
        return t if year else None
    elif kind == "since":
        t.first = date(year, 1, 1)  # type: ignore[arg-type]
        return t
    elif kind == "rel_year":
        return _year_span(t, year) if year else None
    elif kind == "year":
        t.weak = not _STRONG_YEAR.search(text[max(0, m.start() - 12) : m.start()])
    if kind in ("year", "target"):
        return _year_span(t, year)
    if year is not None:
        _resolve(t, year)
    return t


def _year_span(t: TimeExpr, year: int | None) -> TimeExpr | None:
    if year is None:
        return None
    t.first, t.last = date(year, 1, 1), date(year, 12, 31)
    return t


def _resolve(t: TimeExpr, year: int) -> None:
    t.year = year
    assert t.months is not None
    if t.days is not None and t.kind in ("days", "date"):
        try:
            t.first = date(year, t.months[0], t.days[0])
            t.last = date(year, t.months[1], t.days[1])
        except ValueError:
            t.first = t.last = None
        return
    t.first, t.last = _month_span(year, *t.months)


def resolve_sentence(exprs: list[TimeExpr], ctx: YearContext) -> None:
    """Give months without a year the year of the sentence, the baseline or the context."""
    explicit = [t.year for t in exprs if t.year and t.kind not in ("base",) and not t.weak]
    base = [t.year for t in exprs if t.kind == "base" and t.year]
    year = explicit[-1] if explicit else (base[-1] + 1 if base else ctx.year)
    for t in exprs:
        if t.months is not None and t.first is None and year:
            _resolve(t, year)
        if t.kind == "back" and (explicit or base):
            y = (explicit[0] if explicit else base[-1] + 1) - 1
            t.first, t.last, t.kind, t.year = date(y, 1, 1), date(y, 12, 31), "year", y
            partial = [e for e in exprs if e.months and e.year == y + 1
                       and e.kind in ("quarter", "half", "months", "month")]  # fmt: skip
            if partial:  # "in Q3 2023, vs 53% a year earlier": Q3 2022
                t.first, t.last = _month_span(y, *partial[0].months)  # type: ignore[misc]
        if t.kind == "relative" and t.days and ctx.year:
            y = (explicit[0] if explicit else ctx.year) + t.days[0]
            t.first, t.last, t.kind, t.year = date(y, 1, 1), date(y, 12, 31), "year", y
    if explicit:
        ctx.see(explicit[-1])
    elif base:
        ctx.see(base[-1] + 1)


def choose(exprs: list[TimeExpr], start: int, end: int, others: list[tuple[int, int]],
           *, weak: bool = False) -> TimeExpr | None:  # fmt: skip
    """The period of the number at [start, end): the nearest period expression, preferring
    one right after it and penalising one separated from it by another number. Bare years
    ("the 2018 deal") and "since 2010" count only when `weak` is set."""
    best, best_score = None, 1e9
    periods = [t for t in exprs if t.is_period and (weak or not (t.weak or t.kind == "since"))]
    for t in periods:
        if t.start >= end:
            dist = (t.start - end) * 0.5
            between = [o for o in others if end <= o[0] < t.start]
        else:
            dist = start - t.end if t.end <= start else 0
            between = [o for o in others if t.end <= o[0] < start]
        score = dist + 200 * len(between)
        if score < best_score:
            best, best_score = t, score
    if best is None and not weak:
        base = [t for t in exprs if t.kind == "base" and t.year]
        if base:
            y = base[-1].year + 1  # type: ignore[operator]
            return TimeExpr(base[-1].start, base[-1].end, "year", date(y, 1, 1),
                            date(y, 12, 31), y)  # fmt: skip
    return best

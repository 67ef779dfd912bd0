"""Indicators, their series and their conflicts, computed from `statistic` rows.

- :func:`indicator_counts`: one GROUP BY statement (statistics, sources, documents, first and
  last period per indicator), filtered and paged in SQL.
- :func:`statistics_of`: the statistics of many indicators in one statement (the batch behind
  `Indicator.series` and `Indicator.conflicts`), optionally only those about all of the given
  subjects (a second, grouped sub-select: no query per row).
- :func:`points`: one point per (unit, period, source): the statistics behind it, its value
  (the most often stated exact value; a bound when nothing exact was stated).
- :func:`conflicts`: pairs of *statements* (same unit, period, source, value and qualifier;
  a repeated figure is one statement with several occurrences) that disagree: their value
  intervals are further apart than `tolerance` relative to the larger value. An exact value
  is the interval [v, v]; "more than v" is [v, ∞); "less than v" (−∞, v]; a range [low, high];
  "about v" is ±max(tolerance, :data:`APPROXIMATE_SLACK`). So "more than $140 billion" is
  consistent with $146.89 billion, and $146.89 billion vs $140.7 billion is a conflict of 4.2%.
  Undated statistics never conflict (their periods are unknown). Nor do two figures one
  source gives in one sentence ("4.4 percent globally, 3.6 percent in Russia and 6.1 percent
  in China"): a sentence listing values enumerates (its subjects were not told apart), it
  does not contradict itself; :func:`passages_of` reads the passages such pairs share.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlmodel import Session

from kb.models import Passage, Statistic, StatisticSubject
from schema.filters import entities_named

APPROXIMATE_SLACK = 0.05
# Where one sentence ends and another begins: ". The", "?⁸³ The", ".» According"
SENTENCE_END = re.compile(r"[.!?…][\s\"”’»)\]*⁰¹²³⁴⁵⁶⁷⁸⁹0-9^{}&quot;;]*\s+[\"“(«]?[A-Z0-9]")
Passages = dict[str, tuple[int, str]]
INF = float("inf")


def indicator_counts(
    session: Session,
    where: list[ColumnElement[bool]],
    offset: int,
    limit: int,
    least: int = 1,
) -> tuple[list[Any], int]:
    """(rows of indicator, statistics, sources, documents, first, last; total indicators)."""
    n = func.count(Statistic.id).label("n")
    stmt = (
        select(
            Statistic.indicator,
            n,
            func.count(func.distinct(Statistic.source_id)),
            func.count(func.distinct(Statistic.document_id)),
            func.min(Statistic.period_start),
            func.max(func.coalesce(Statistic.period_end, Statistic.period_start)),
            func.count().over().label("total"),
        )
        .where(Statistic.indicator.is_not(None), *where)
        .group_by(Statistic.indicator)
        .having(func.count(Statistic.id) >= least)
        .order_by(n.desc(), Statistic.indicator)
        .offset(offset)
        .limit(limit + 1)
    )
    rows = list(session.execute(stmt).all())
    return rows, int(rows[0][-1]) if rows else 0


@dataclass(frozen=True)
class SeriesArgs:
    """The arguments of one `series`/`conflicts` call (part of the DataLoader key)."""

    subjects: tuple[str, ...] = ()
    unit: str | None = None
    period_from: dt.date | None = None
    period_to: dt.date | None = None


@dataclass
class Found:
    """The statistics of one indicator and the texts of passages holding two of them."""

    rows: list[Statistic] = field(default_factory=list)
    passages: Passages = field(default_factory=dict)


def passages_of(session: Session, rows: Sequence[Statistic]) -> Passages:
    """(start, text) of every passage holding two or more of `rows` (one statement)."""
    counts = Counter(r.passage_id for r in rows if r.passage_id)
    shared = [pid for pid, n in counts.items() if n > 1]
    if not shared:
        return {}
    stmt = select(Passage.id, Passage.start, Passage.text).where(Passage.id.in_(shared))
    return {pid: (start, text) for pid, start, text in session.execute(stmt).all()}


def statistics_of(
    session: Session, indicators: Sequence[str], args: SeriesArgs
) -> dict[str, Found]:
    stmt = select(Statistic).where(Statistic.indicator.in_(list(indicators)))
    if args.unit:
        stmt = stmt.where(Statistic.unit == args.unit)
    if args.period_from:
        end = func.coalesce(Statistic.period_end, Statistic.period_start)
        stmt = stmt.where(end >= args.period_from)
    if args.period_to:
        stmt = stmt.where(Statistic.period_start <= args.period_to)
    for name in args.subjects:  # about every one of them
        about = select(StatisticSubject.statistic_id).where(
            StatisticSubject.entity_id.in_(entities_named(name))
        )
        stmt = stmt.where(Statistic.id.in_(about))
    stmt = stmt.order_by(
        Statistic.indicator,
        Statistic.period_start.asc().nulls_last(),
        Statistic.document_id,
        Statistic.start,
    )
    found: dict[str, Found] = defaultdict(Found)
    for row in session.scalars(stmt):
        found[row.indicator].rows.append(row)
    texts = passages_of(session, [r for f in found.values() for r in f.rows])
    for f in found.values():
        f.passages = texts
    return found


@dataclass
class Point:
    """One (unit, period, source) of a series and the statistics stating it."""

    unit: str
    period_start: dt.date | None
    period_end: dt.date | None
    source_id: str | None
    statistics: list[Statistic] = field(default_factory=list)

    @property
    def value(self) -> float:
        exact = [
            s.value for s in self.statistics if s.qualifier == "EXACT" and s.value_high is None
        ]
        if exact:
            return Counter(exact).most_common(1)[0][0]
        return self.statistics[0].value

    @property
    def qualifier(self) -> str:
        exact = any(s.qualifier == "EXACT" for s in self.statistics)
        return "EXACT" if exact else self.statistics[0].qualifier


def points(rows: list[Statistic]) -> list[Point]:
    found: dict[tuple[Any, ...], Point] = {}
    for s in rows:
        key = (s.unit, s.period_start, s.period_end, s.source_id)
        found.setdefault(key, Point(*key)).statistics.append(s)
    return sorted(
        found.values(),
        key=lambda p: (p.period_start or dt.date.max, p.unit, p.source_id or ""),
    )


@dataclass
class Statement:
    """A figure as one source states it; repeats are its occurrences."""

    statistics: list[Statistic]

    @property
    def first(self) -> Statistic:
        return self.statistics[0]

    def interval(self, tolerance: float) -> tuple[float, float]:
        s = self.first
        if s.value_high is not None:
            return (min(s.value, s.value_high), max(s.value, s.value_high))
        if s.qualifier == "MORE_THAN":
            return (s.value, INF)
        if s.qualifier == "LESS_THAN":
            return (-INF, s.value)
        if s.qualifier == "APPROXIMATE":
            slack = abs(s.value) * max(tolerance, APPROXIMATE_SLACK)
            return (s.value - slack, s.value + slack)
        return (s.value, s.value)


@dataclass
class Disagreement:
    indicator: str
    unit: str
    period_start: dt.date
    period_end: dt.date | None
    a: Statement
    b: Statement
    relative_difference: float


def statements(rows: list[Statistic]) -> list[Statement]:
    found: dict[tuple[Any, ...], Statement] = {}
    for s in rows:
        key = (s.unit, s.period_start, s.period_end, s.source_id, s.value, s.value_high,
               s.qualifier)  # fmt: skip
        found.setdefault(key, Statement([])).statistics.append(s)
    return list(found.values())


def relative_gap(a: Statement, b: Statement, tolerance: float) -> float:
    """How far apart the two value intervals are, relative to the larger magnitude (0: overlap)."""
    (lo1, hi1), (lo2, hi2) = a.interval(tolerance), b.interval(tolerance)
    gap = max(lo2 - hi1, lo1 - hi2, 0.0)
    scale = max(abs(a.first.value), abs(b.first.value))
    if gap == 0.0:
        return 0.0
    return gap / scale if scale else INF


def one_sentence(a: Statistic, b: Statistic, passages: Passages) -> bool:
    """Both figures in the same sentence of the same passage (by the passage's text)."""
    if a.passage_id is None or a.passage_id != b.passage_id or a.passage_id not in passages:
        return False
    start, text = passages[a.passage_id]
    lo, hi = sorted((a, b), key=lambda s: s.start)
    between = text[max(lo.end - start, 0) : max(hi.start - start, 0)]
    return not SENTENCE_END.search(between)


def enumerates(a: Statement, b: Statement, passages: Passages) -> bool:
    """One source listing both values in one sentence (see the module docstring)."""
    if a.first.source_id != b.first.source_id:
        return False
    return any(one_sentence(x, y, passages) for x in a.statistics for y in b.statistics)


def conflicts(
    indicator: str, rows: list[Statistic], tolerance: float, passages: Passages | None = None
) -> list[Disagreement]:
    by_period: dict[tuple[Any, ...], list[Statement]] = defaultdict(list)
    for st in statements([s for s in rows if s.period_start is not None]):
        s = st.first
        by_period[(s.unit, s.period_start, s.period_end)].append(st)
    found: list[Disagreement] = []
    for (unit, start, end), group in sorted(by_period.items(), key=lambda kv: str(kv[0])):
        for a, b in combinations(group, 2):
            gap = relative_gap(a, b, tolerance)
            if gap > tolerance and not enumerates(a, b, passages or {}):
                found.append(Disagreement(indicator, unit, start, end, a, b, gap))
    found.sort(key=lambda d: (d.period_start, -d.relative_difference))
    return found

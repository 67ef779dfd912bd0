"""Cross-source analytics types: `Indicator`, `SeriesPoint`, `Conflict`, co-mentions.

The computations live in :mod:`schema.series` and :mod:`schema.comentions`; here each field
resolves through a DataLoader so that a list of indicators or entities costs one statement
per relation, not one per parent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Annotated, Any

import strawberry
from sqlmodel import Session

from schema import loaders, series
from schema.comentions import Example, examples_of
from schema.errors import UserError
from schema.types.node import ctx, load_one

A = strawberry.argument
OFFSETS = "Unicode code points into `Document.text` (not UTF-16 units)"
DEFAULT_TOLERANCE = 0.01
TOLERANCE_DOC = (
    "Relative difference tolerated between two values (default 0.01 = 1%); approximate "
    f"values get at least ±{series.APPROXIMATE_SLACK:.0%}, bounds ('more than') are open."
)


MAX_LIST = 100
StatisticsFirst = Annotated[
    int, A(description=f"How many of them, in document order (default 10, at most {MAX_LIST}).")
]


def check_first(first: int) -> int:
    if not 0 <= first <= MAX_LIST:
        raise UserError(f"first must be between 0 and {MAX_LIST} (got {first})")
    return first


def check_tolerance(tolerance: float) -> float:
    if not 0 <= tolerance < 1:
        raise UserError(f"tolerance must be at least 0 and below 1 (got {tolerance})")
    return tolerance


def _batch_statistics(args: series.SeriesArgs) -> Any:
    def batch(session: Session, keys: Sequence[str]) -> dict[str, series.Found]:
        return series.statistics_of(session, keys, args)

    batch.__name__ = "indicator_statistics"
    return batch


async def _rows(info: strawberry.Info, key: str, args: series.SeriesArgs) -> series.Found:
    batch = _batch_statistics(args)
    return await ctx(info).load(("indicator.rows", args), batch, key, series.Found)


@strawberry.type(description="One point of a series: what one source states for one period.")
class SeriesPoint:
    source_id: strawberry.Private[str | None]
    rows: strawberry.Private[list[Any]]
    unit: str = strawberry.field(description="Unit of the value (a series may mix currencies).")
    period_start: dt.date | None = strawberry.field(description="First day of the period.")
    period_end: dt.date | None = strawberry.field(description="Last day of the period.")
    value: float = strawberry.field(
        description="The value in base units: the exact figure stated most often; a bound "
        "when the source only gives one."
    )
    qualifier: str = strawberry.field(
        description="EXACT when an exact figure is stated, else the bound's qualifier."
    )
    occurrences: int = strawberry.field(description="How many statistics state this point.")
    in_conflict: bool = strawberry.field(
        description="Some other source (or figure) for the same period disagrees beyond 1%."
    )

    @strawberry.field(description="Who the statistics credit (null: no source named).")
    async def source(self, info: strawberry.Info) -> Entity | None:
        return await load_one(info, loaders.entity_by_id, self.source_id, entity_from_row)

    @strawberry.field(description="The statistics behind the point, with their passages.")
    def statistics(self, first: StatisticsFirst = 10) -> list[Statistic]:
        return [Statistic.from_row(r) for r in self.rows[: check_first(first)]]


@strawberry.type(description="One side of a conflict: a figure as one source states it.")
class ConflictSide:
    source_id: strawberry.Private[str | None]
    rows: strawberry.Private[list[Any]]
    value: float = strawberry.field(description="The value in base units.")
    value_high: float | None = strawberry.field(description="The high end of a range.")
    qualifier: str = strawberry.field(description="EXACT, APPROXIMATE, MORE_THAN, LESS_THAN.")
    surface: str = strawberry.field(description="The figure as written (first occurrence).")
    start: int = strawberry.field(description=f"Where the first occurrence starts: {OFFSETS}.")
    end: int = strawberry.field(description=f"Where it ends (exclusive): {OFFSETS}.")
    occurrences: int = strawberry.field(description="How often the source states this figure.")
    document_id: strawberry.Private[str]

    @classmethod
    def of(cls, st: series.Statement) -> ConflictSide:
        s = st.first
        return cls(
            source_id=s.source_id, rows=st.statistics, value=s.value, value_high=s.value_high,
            qualifier=s.qualifier, surface=s.surface, start=s.start, end=s.end,
            occurrences=len(st.statistics), document_id=s.document_id,
        )  # fmt: skip

    @strawberry.field(description="Who the text credits for the figure (null: nobody named).")
    async def source(self, info: strawberry.Info) -> Entity | None:
        return await load_one(info, loaders.entity_by_id, self.source_id, entity_from_row)

    @strawberry.field(description="The document of the first occurrence.")
    async def document(self, info: strawberry.Info) -> Document:
        return await load_one(info, loaders.document_by_id, self.document_id, Document.from_row)

    @strawberry.field(description="The occurrences of the figure, with passage and offsets.")
    def statistics(self, first: StatisticsFirst = 10) -> list[Statistic]:
        return [Statistic.from_row(r) for r in self.rows[: check_first(first)]]


@strawberry.type(
    description="The same indicator, subjects and period stated with values that differ "
    "beyond the tolerance."
)
class Conflict:
    indicator: str = strawberry.field(description="The indicator both sides measure.")
    unit: str = strawberry.field(description="The unit both values are in.")
    period_start: dt.date = strawberry.field(description="First day of the shared period.")
    period_end: dt.date | None = strawberry.field(description="Last day of the shared period.")
    a: ConflictSide = strawberry.field(description="One side.")
    b: ConflictSide = strawberry.field(description="The other side.")
    relative_difference: float = strawberry.field(
        description="|a − b| / max(|a|, |b|) (for bounds: the gap between what each allows); "
        "0.042 = 4.2%."
    )

    @classmethod
    def of(cls, d: series.Disagreement) -> Conflict:
        return cls(
            indicator=d.indicator, unit=d.unit, period_start=d.period_start,
            period_end=d.period_end, a=ConflictSide.of(d.a), b=ConflictSide.of(d.b),
            relative_difference=round(d.relative_difference, 6),
        )  # fmt: skip


@strawberry.type(
    description="What statistics measure independent of wording: a concept, its subjects "
    'and unit family, e.g. "trade turnover (China–Russia; money)".'
)
class Indicator:
    key: str = strawberry.field(description="The indicator (pass it to `series`/`conflicts`).")
    statistics: int = strawberry.field(description="How many statistics measure it.")
    sources: int = strawberry.field(description="How many distinct sources are credited.")
    documents: int = strawberry.field(description="How many documents state it.")
    first_period: dt.date | None = strawberry.field(description="Earliest period start.")
    last_period: dt.date | None = strawberry.field(description="Latest period end.")

    @strawberry.field(
        description="One point per (unit, period, source), by period; undated points last."
    )
    async def series(
        self,
        info: strawberry.Info,
        subjects: Annotated[
            list[str] | None,
            A(description="Only statistics about all of these (names or aliases, contained)."),
        ] = None,
        unit: Annotated[str | None, A(description='Only this unit, e.g. "USD".')] = None,
        from_: Annotated[
            dt.date | None, A(name="from", description="Periods ending on or after this day.")
        ] = None,
        to: Annotated[
            dt.date | None, A(description="Periods starting on or before this day.")
        ] = None,
    ) -> list[SeriesPoint]:
        args = series.SeriesArgs(tuple(subjects or ()), unit, from_, to)
        found = await _rows(info, self.key, args)
        clashing = {
            id(s)
            for d in series.conflicts(self.key, found.rows, DEFAULT_TOLERANCE, found.passages)
            for s in (*d.a.statistics, *d.b.statistics)
        }
        return [
            SeriesPoint(
                source_id=p.source_id,
                rows=p.statistics,
                unit=p.unit,
                period_start=p.period_start,
                period_end=p.period_end,
                value=p.value,
                qualifier=p.qualifier,
                occurrences=len(p.statistics),
                in_conflict=any(id(s) in clashing for s in p.statistics),
            )
            for p in series.points(found.rows)
        ]

    @strawberry.field(
        description="Where statements of this indicator disagree, largest difference first."
    )
    async def conflicts(
        self,
        info: strawberry.Info,
        tolerance: Annotated[float, A(description=TOLERANCE_DOC)] = DEFAULT_TOLERANCE,
        first: Annotated[
            int, A(description=f"How many conflicts (default 20, at most {MAX_LIST}).")
        ] = 20,
    ) -> list[Conflict]:
        first = check_first(first)
        found = await _rows(info, self.key, series.SeriesArgs())
        tolerance = check_tolerance(tolerance)
        clashes = series.conflicts(self.key, found.rows, tolerance, found.passages)
        clashes.sort(key=lambda d: -d.relative_difference)
        return [Conflict.of(d) for d in clashes[:first]]


@strawberry.type(description=f"A span where two entities appear together; offsets are {OFFSETS}.")
class CoMentionExample:
    document_id: strawberry.Private[str]
    passage_id: strawberry.Private[str | None]
    start: int = strawberry.field(description=f"Where the span starts: {OFFSETS}.")
    end: int = strawberry.field(description=f"Where it ends (exclusive): {OFFSETS}.")
    via: str = strawberry.field(description="SENTENCE or CLAIM: what the span is.")
    text: str = strawberry.field(
        description="The span: `Document.text[start:end]` (up to the end of its passage)."
    )

    @classmethod
    def of(cls, e: Example) -> CoMentionExample:
        return cls(document_id=e.document_id, passage_id=e.passage_id, start=e.start,
                   end=e.end, via=e.via, text=e.text)  # fmt: skip

    @strawberry.field(description="The document of the span.")
    async def document(self, info: strawberry.Info) -> Document:
        return await load_one(info, loaders.document_by_id, self.document_id, Document.from_row)

    @strawberry.field(description="The passage the span starts in.")
    async def passage(self, info: strawberry.Info) -> Passage | None:
        return await load_one(info, loaders.passage_by_id, self.passage_id, Passage.from_row)


def _examples_batch(limit: int) -> Any:
    def batch(session: Session, keys: Sequence[tuple[str, str]]) -> dict[Any, Any]:
        return examples_of(session, keys, limit)

    batch.__name__ = "co_mention_examples"
    return batch


MAX_EXAMPLES = 10


@strawberry.type(description="An entity appearing in the same sentences or claims as another.")
class CoMention:
    entity_id: strawberry.Private[str]
    other_id: strawberry.Private[str]
    count: int = strawberry.field(description="Sentences and claims they share.")
    documents: int = strawberry.field(description="Documents where they appear together.")

    @strawberry.field(description="The entity appearing with the parent.")
    async def entity(self, info: strawberry.Info) -> Entity:
        return await load_one(info, loaders.entity_by_id, self.other_id, entity_from_row)

    @strawberry.field(description="Where they appear together, by document and position.")
    async def examples(
        self,
        info: strawberry.Info,
        first: Annotated[int, A(description=f"How many (default 3, at most {MAX_EXAMPLES}).")] = 3,
    ) -> list[CoMentionExample]:
        if not 0 <= first <= MAX_EXAMPLES:
            raise UserError(f"first must be between 0 and {MAX_EXAMPLES} (got {first})")
        key = (self.entity_id, self.other_id)
        found = await ctx(info).load(("co_mention.examples", first), _examples_batch(first),
                                     key, list)  # fmt: skip
        return [CoMentionExample.of(e) for e in found]


@strawberry.type(description="A weighted edge of the co-mention network.")
class CoMentionLink:
    source: strawberry.ID = strawberry.field(description="Global ID of one entity.")
    target: strawberry.ID = strawberry.field(description="Global ID of the other entity.")
    count: int = strawberry.field(description="Sentences and claims they share.")


@strawberry.type(description="A co-mention network: entities and who appears with whom.")
class CoMentionGraph:
    nodes: list[Entity] = strawberry.field(description="The entities (the asked ones first).")
    edges: list[CoMentionLink] = strawberry.field(description="Pairs at or above `minCount`.")


# Cycle between type modules: names are resolved when the schema is built.
from schema.types.documents import Document, Passage  # noqa: E402
from schema.types.entities import Entity, entity_from_row  # noqa: E402
from schema.types.facts import Statistic  # noqa: E402

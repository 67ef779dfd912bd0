"""The root fields of cross-source analytics: `indicators`, `indicator`, `conflicts`,
`coMentionGraph` (mixed into :class:`schema.query.Query`)."""

from __future__ import annotations

from typing import Annotated

import strawberry
from sqlalchemy import or_, select

from kb.ids import normalise_name
from kb.models import Entity as EntityRow
from kb.models import EntityAlias
from kb.models import Statistic as StatisticRow
from schema import comentions, series
from schema.errors import UserError
from schema.filters import _ci_contains
from schema.ids import from_global_id
from schema.pagination import MAX_PAGE, After, Connection, First, make_connection, page_args
from schema.rows import lean
from schema.types.analytics import (
    DEFAULT_TOLERANCE,
    TOLERANCE_DOC,
    CoMentionGraph,
    CoMentionLink,
    Conflict,
    Indicator,
    check_tolerance,
)
from schema.types.entities import entity_from_row
from schema.types.node import ctx

A = strawberry.argument
MAX_GRAPH_NODES = 200


@strawberry.input(description="Conditions on indicators; all given conditions must hold.")
class IndicatorFilter:
    contains: str | None = strawberry.field(
        default=None, description='The key contains this (case-insensitive), e.g. "trade".'
    )
    unit_family: str | None = strawberry.field(
        default=None, description="Only this unit family: money, price, percent, count, m3…"
    )
    min_statistics: int | None = strawberry.field(
        default=None, description="Only indicators measured by at least this many statistics."
    )


def _indicator(row: tuple) -> Indicator:
    key, n, sources, docs, first, last, _total = row
    return Indicator(key=key, statistics=int(n), sources=int(sources), documents=int(docs),
                     first_period=first, last_period=last)  # fmt: skip


def _entity_ids(info: strawberry.Info, refs: list[str]) -> list[str]:
    """Entity row IDs for global IDs or names/aliases (exact, case-insensitive), in order."""
    ids: list[str] = []
    names: list[str] = []
    for ref in refs:
        try:
            type_name, row_id = from_global_id(ref)
        except UserError:
            type_name, row_id = "", ""
        if type_name in ("Actor", "Organisation"):
            ids.append(row_id)
        else:
            names.append(normalise_name(ref))
    if names:
        aliased = select(EntityAlias.entity_id).where(EntityAlias.alias_key.in_(names))
        stmt = select(EntityRow.id).where(
            or_(EntityRow.name_key.in_(names), EntityRow.id.in_(aliased))
        )
        ids += list(ctx(info).session.scalars(stmt))
    return list(dict.fromkeys(ids))


@strawberry.type
class AnalyticsQuery:
    @strawberry.field(
        description="Indicators (what statistics measure, independent of wording) with "
        "counts, most measured first."
    )
    def indicators(
        self,
        info: strawberry.Info,
        first: First = 20,
        after: After = None,
        filter: Annotated[IndicatorFilter | None, A(description="Only these.")] = None,
    ) -> Connection[Indicator]:
        page = page_args(first, after)
        where = []
        if filter and filter.contains:
            where.append(_ci_contains(StatisticRow.indicator, filter.contains))
        if filter and filter.unit_family:
            family = f"; {filter.unit_family})"
            where.append(StatisticRow.indicator.endswith(family, autoescape=True))
        least = filter.min_statistics or 1 if filter else 1
        session = ctx(info).session
        rows, total = series.indicator_counts(session, where, page.offset, page.limit, least)
        has_next = len(rows) > page.limit
        return make_connection([_indicator(r) for r in rows[: page.limit]], page, total, has_next)

    @strawberry.field(description='One indicator by its key, e.g. "trade turnover '
                      '(China–Russia; money)".')  # fmt: skip
    def indicator(
        self, info: strawberry.Info, key: Annotated[str, A(description="The indicator key.")]
    ) -> Indicator | None:
        where = [StatisticRow.indicator == key]
        rows, _ = series.indicator_counts(ctx(info).session, where, 0, 1)
        return _indicator(rows[0]) if rows else None

    @strawberry.field(
        description="Where statements disagree: same indicator (so same subjects), unit and "
        "period, values further apart than the tolerance; largest differences first within "
        "each period. Repeats of a figure by one source are one side with several occurrences."
    )
    def conflicts(
        self,
        info: strawberry.Info,
        indicator: Annotated[
            str | None, A(description="Only this indicator (default: every indicator).")
        ] = None,
        contains: Annotated[
            str | None, A(description="Only indicators whose key contains this.")
        ] = None,
        tolerance: Annotated[float, A(description=TOLERANCE_DOC)] = DEFAULT_TOLERANCE,
        first: Annotated[
            int, A(description=f"How many conflicts (default 20, at most {MAX_PAGE}).")
        ] = 20,
    ) -> list[Conflict]:
        check_tolerance(tolerance)
        if not 0 <= first <= MAX_PAGE:
            raise UserError(f"first must be between 0 and {MAX_PAGE} (got {first})")
        stmt = (
            select(StatisticRow)
            .options(*lean(StatisticRow))
            .where(StatisticRow.indicator.is_not(None), StatisticRow.period_start.is_not(None))
        )
        if indicator:
            stmt = stmt.where(StatisticRow.indicator == indicator)
        if contains:
            stmt = stmt.where(_ci_contains(StatisticRow.indicator, contains))
        stmt = stmt.order_by(StatisticRow.indicator, StatisticRow.document_id, StatisticRow.start)
        by_indicator: dict[str, list] = {}
        for row in ctx(info).session.scalars(stmt):
            by_indicator.setdefault(row.indicator, []).append(row)
        passages = series.passages_of(
            ctx(info).session, [r for v in by_indicator.values() for r in v]
        )
        found = [d for key, rows in sorted(by_indicator.items())
                 for d in series.conflicts(key, rows, tolerance, passages)]  # fmt: skip
        found.sort(key=lambda d: -d.relative_difference)
        return [Conflict.of(d) for d in found[:first]]

    @strawberry.field(
        description="A co-mention network: the given entities, the entities sharing at least "
        "`minCount` sentences or claims with them, and the edges among all of these "
        "(with no entities: the strongest pairs of the whole corpus)."
    )
    def co_mention_graph(
        self,
        info: strawberry.Info,
        entities: Annotated[
            list[str] | None, A(description="Global IDs or names/aliases (exact) at the centre.")
        ] = None,
        min_count: Annotated[int, A(description="Least shared sentences/claims for an edge.")] = 2,
        limit: Annotated[
            int, A(description=f"Most nodes (default 50, at most {MAX_GRAPH_NODES}).")
        ] = 50,
    ) -> CoMentionGraph:
        if not 1 <= limit <= MAX_GRAPH_NODES:
            raise UserError(f"limit must be between 1 and {MAX_GRAPH_NODES} (got {limit})")
        if min_count < 1:
            raise UserError(f"minCount must be 1 or more (got {min_count})")
        session = ctx(info).session
        centre = _entity_ids(info, entities or [])
        if entities and not centre:
            return CoMentionGraph(nodes=[], edges=[])
        node_ids, edges = comentions.graph(session, centre, min_count, limit)
        rows = {
            r.id: r for r in session.scalars(select(EntityRow).where(EntityRow.id.in_(node_ids)))
        }
        nodes = [entity_from_row(rows[i]) for i in node_ids if i in rows]
        gid = {n.row_id: n.id for n in nodes}
        return CoMentionGraph(
            nodes=nodes,
            edges=[
                CoMentionLink(source=gid[a], target=gid[b], count=k)
                for a, b, k in edges
                if a in gid and b in gid
            ],
        )

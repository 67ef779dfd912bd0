"""The root `Query` type and the assembled `schema` (read-only: there are no mutations)."""

from __future__ import annotations

from typing import Annotated

import strawberry
from graphql import GraphQLError
from sqlalchemy import or_, select
from strawberry.types import ExecutionContext

from kb.config import DEFAULT_MAX_BODY_BYTES
from kb.ids import normalise_name
from kb.models import Citation as CitationRow
from kb.models import Claim as ClaimRow
from kb.models import Document as DocumentRow
from kb.models import Entity as EntityRow
from kb.models import EntityAlias, EntityType
from kb.models import Statistic as StatisticRow
from schema import aggregates, filters, loaders
from schema.analytics_query import AnalyticsQuery
from schema.citations import CITATION_ORDER, CitationFilter
from schema.cost import MAX_ITEMS
from schema.errors import UserError, is_unexpected
from schema.extensions import MAX_ALIASES, MAX_DEPTH, MAX_TOKENS, extensions
from schema.fulltext import dialect_of
from schema.ids import from_global_id, row_id_of
from schema.limits import (
    MAX_FRAGMENT_NESTING,
    MAX_INTROSPECTION_DEPTH,
    MAX_INTROSPECTION_FIELDS,
)
from schema.pagination import MAX_PAGE, After, Connection, First, page_args, top_level_page
from schema.rows import lean
from schema.search import run_search
from schema.types import aggregates as agg
from schema.types.citations import Citation
from schema.types.documents import Document, Passage
from schema.types.entities import (
    Actor,
    Organisation,
    actor_only,
    entity_from_row,
    organisation_only,
)
from schema.types.enums import (
    ClaimOrder,
    DocumentOrder,
    EntityOrder,
    SearchHitKind,
)
from schema.types.enums import EntityType as EntityTypeEnum
from schema.types.facts import Claim, Statistic
from schema.types.node import Node, ctx, load_one
from schema.types.search import SearchHit

A = strawberry.argument
NODE_LOADERS = {
    "Document": (loaders.document_by_id, Document.from_row),
    "Passage": (loaders.passage_by_id, Passage.from_row),
    "Actor": (loaders.entity_by_id, actor_only),
    "Organisation": (loaders.entity_by_id, organisation_only),
    "Claim": (loaders.claim_by_id, Claim.from_row),
    "Statistic": (loaders.statistic_by_id, Statistic.from_row),
    "Citation": (loaders.citation_by_id, Citation.from_row),
}
LIMIT_DOC = f"How many rows to return (at most {aggregates.MAX_ROWS})."


def _entity_by_name(info: strawberry.Info, type_: EntityType, name: str) -> EntityRow | None:
    keys = {normalise_name(name), normalise_name(name.lstrip("@")), normalise_name("@" + name)}
    aliased = select(EntityAlias.entity_id).where(EntityAlias.alias_key.in_(keys))
    stmt = (
        select(EntityRow)
        .where(EntityRow.type == type_.value)
        .where(or_(EntityRow.name_key.in_(keys), EntityRow.id.in_(aliased)))
        # the canonical name wins over an alias; then the most specific (shortest) key
        .order_by(EntityRow.name_key.not_in(keys), EntityRow.name_key, EntityRow.id)
        .limit(1)
    )
    return ctx(info).session.scalars(stmt).first()


async def _one(info: strawberry.Info, type_name: str, global_id: str) -> Node | None:
    batch, convert = NODE_LOADERS[type_name]
    return await load_one(info, batch, row_id_of(global_id, type_name), convert)


QUERY_DOC = (
    "Entry points of the kb API (read-only: there are no mutations). Limits per request: "
    f"a body of at most KB_MAX_BODY_BYTES (default {DEFAULT_MAX_BODY_BYTES:,}) bytes, "
    f"{MAX_TOKENS} tokens, depth {MAX_DEPTH}, {MAX_ALIASES} aliases, "
    f"{MAX_INTROSPECTION_FIELDS} `__schema`/`__type` fields nesting at most "
    f"{MAX_INTROSPECTION_DEPTH} deep, fragments spread at most {MAX_FRAGMENT_NESTING} deep, "
    f"page sizes (`first`) of at most {MAX_PAGE}, and at most {MAX_ITEMS:,} items in all "
    "(page sizes multiply along nested connections); no batches."
)


@strawberry.type(description=QUERY_DOC)
class Query(AnalyticsQuery):
    @strawberry.field(description="Any object with a global ID (Document, Actor, Claim, …).")
    async def node(
        self, info: strawberry.Info, id: Annotated[strawberry.ID, A(description="A global ID.")]
    ) -> Node | None:
        type_name, row_id = from_global_id(id)
        batch, convert = NODE_LOADERS[type_name]
        return await load_one(info, batch, row_id, convert)

    @strawberry.field(description="Documents, by source path unless `orderBy` says otherwise.")
    def documents(
        self,
        info: strawberry.Info,
        first: First = 20,
        after: After = None,
        filter: Annotated[
            filters.DocumentFilter | None, A(description="Only documents matching this.")
        ] = None,
        order_by: Annotated[DocumentOrder, A(description="Order of the list.")] = (
            DocumentOrder.SOURCE_PATH
        ),
    ) -> Connection[Document]:
        page = page_args(first, after)
        session = ctx(info).session
        where = filter.where(dialect_of(session)) if filter else []
        order = (*filters.DOCUMENT_ORDERS[order_by], *filters.DOCUMENT_TIEBREAK)
        stmt = select(DocumentRow).options(*lean(DocumentRow)).where(*where).order_by(*order)
        return top_level_page(session, stmt, page, Document.from_row)

    @strawberry.field(description="One document by its global ID.")
    async def document(
        self, info: strawberry.Info, id: Annotated[strawberry.ID, A(description="Its ID.")]
    ) -> Document | None:
        return await _one(info, "Document", id)

    @strawberry.field(description="People, by name unless `orderBy` says otherwise.")
    def actors(
        self,
        info: strawberry.Info,
        first: First = 20,
        after: After = None,
        filter: Annotated[
            filters.ActorFilter | None, A(description="Only actors matching this.")
        ] = None,
        order_by: Annotated[EntityOrder, A(description="Order of the list.")] = EntityOrder.NAME,
    ) -> Connection[Actor]:
        page = page_args(first, after)
        where = filter.where() if filter else [EntityRow.type == EntityType.ACTOR.value]
        stmt = select(EntityRow).where(*where).order_by(*filters.entity_order(order_by))
        return top_level_page(ctx(info).session, stmt, page, entity_from_row)

    @strawberry.field(
        description="One person by global ID, or by canonical name, alias or handle "
        "(case-insensitive, exact)."
    )
    async def actor(
        self,
        info: strawberry.Info,
        id: Annotated[strawberry.ID | None, A(description="Its global ID.")] = None,
        name: Annotated[str | None, A(description="Its name, an alias or a handle.")] = None,
    ) -> Actor | None:
        if id is not None:
            return await _one(info, "Actor", id)
        row = _entity_by_name(info, EntityType.ACTOR, name) if name else None
        return actor_only(row) if row else None

    @strawberry.field(description="Organisations, by name unless `orderBy` says otherwise.")
    def organisations(
        self,
        info: strawberry.Info,
        first: First = 20,
        after: After = None,
        filter: Annotated[
            filters.OrganisationFilter | None, A(description="Only organisations matching this.")
        ] = None,
        order_by: Annotated[EntityOrder, A(description="Order of the list.")] = EntityOrder.NAME,
    ) -> Connection[Organisation]:
        page = page_args(first, after)
        where = filter.where() if filter else [EntityRow.type == EntityType.ORGANISATION.value]
        stmt = select(EntityRow).where(*where).order_by(*filters.entity_order(order_by))
        return top_level_page(ctx(info).session, stmt, page, entity_from_row)

    @strawberry.field(
        description="One organisation by global ID, or by canonical name, alias or handle "
        "(case-insensitive, exact)."
    )
    async def organisation(
        self,
        info: strawberry.Info,
        id: Annotated[strawberry.ID | None, A(description="Its global ID.")] = None,
        name: Annotated[str | None, A(description="Its name, an alias or a handle.")] = None,
    ) -> Organisation | None:
        if id is not None:
            return await _one(info, "Organisation", id)
        row = _entity_by_name(info, EntityType.ORGANISATION, name) if name else None
        return organisation_only(row) if row else None

    @strawberry.field(description="Claims, by document and position unless `orderBy` says so.")
    def claims(
        self,
        info: strawberry.Info,
        first: First = 20,
        after: After = None,
        filter: Annotated[
            filters.ClaimFilter | None, A(description="Only claims matching this.")
        ] = None,
        order_by: Annotated[ClaimOrder, A(description="Order of the list.")] = ClaimOrder.DOCUMENT,
    ) -> Connection[Claim]:
        page = page_args(first, after)
        session = ctx(info).session
        where = filter.where(dialect_of(session)) if filter else []
        stmt = select(ClaimRow).where(*where)
        tiebreak = (ClaimRow.document_id, ClaimRow.start, ClaimRow.id)
        if order_by == ClaimOrder.PUBLISHED_DESC:
            stmt = stmt.join(DocumentRow, DocumentRow.id == ClaimRow.document_id).order_by(
                DocumentRow.published_on.desc().nulls_last(), *tiebreak
            )
        else:
            stmt = stmt.order_by(*tiebreak)
        return top_level_page(session, stmt, page, Claim.from_row)

    @strawberry.field(description="One claim by its global ID.")
    async def claim(
        self, info: strawberry.Info, id: Annotated[strawberry.ID, A(description="Its ID.")]
    ) -> Claim | None:
        return await _one(info, "Claim", id)

    @strawberry.field(description="Statistics, by document and position unless `orderBy` says so.")
    def statistics(
        self,
        info: strawberry.Info,
        first: First = 20,
        after: After = None,
        filter: Annotated[
            filters.StatisticFilter | None, A(description="Only statistics matching this.")
        ] = None,
        order_by: Annotated[
            filters.StatisticOrder | None, A(description="Order (default: document order).")
        ] = None,
    ) -> Connection[Statistic]:
        page = page_args(first, after)
        where = filter.where() if filter else []
        order = filters.STATISTIC_ORDERS[order_by] if order_by else ()
        stmt = select(StatisticRow).where(*where).order_by(*order, *filters.STATISTIC_TIEBREAK)
        return top_level_page(ctx(info).session, stmt, page, Statistic.from_row)

    @strawberry.field(
        description="Web addresses the documents cite (footnote URLs, links), by document and "
        "position; a cited domain is an organisation only when it is a known outlet's."
    )
    def citations(
        self,
        info: strawberry.Info,
        first: First = 20,
        after: After = None,
        filter: Annotated[
            CitationFilter | None, A(description="Only citations matching this.")
        ] = None,
    ) -> Connection[Citation]:
        page = page_args(first, after)
        where = filter.where() if filter else []
        stmt = select(CitationRow).where(*where).order_by(*CITATION_ORDER)
        return top_level_page(ctx(info).session, stmt, page, Citation.from_row)

    @strawberry.field(description="One statistic by its global ID.")
    async def statistic(
        self, info: strawberry.Info, id: Annotated[strawberry.ID, A(description="Its ID.")]
    ) -> Statistic | None:
        return await _one(info, "Statistic", id)

    @strawberry.field(
        description="Full text over passages, claims and entity names, best first. Words are "
        'all required; "phrases", OR and -word work; malformed input never errors.'
    )
    def search(
        self,
        info: strawberry.Info,
        query: Annotated[str, A(description="What to look for.")],
        first: Annotated[
            int | None, A(description=f"How many hits (default 20, at most {MAX_PAGE}).")
        ] = 20,
        kinds: Annotated[
            list[SearchHitKind] | None, A(description="Only hits of these kinds (default all).")
        ] = None,
    ) -> list[SearchHit]:
        limit = 20 if first is None else first
        if not 0 <= limit <= MAX_PAGE:
            raise UserError(f"first must be between 0 and {MAX_PAGE} for search (got {limit})")
        wanted = [k.value.lower() for k in (kinds or list(SearchHitKind))]
        hits = run_search(ctx(info).session, query, wanted, limit)
        return [SearchHit.from_raw(h) for h in hits]

    @strawberry.field(description="Speakers by number of claims, most first.")
    def claims_per_speaker(
        self,
        info: strawberry.Info,
        filter: Annotated[filters.ClaimFilter | None, A(description="Count only these.")] = None,
        limit: Annotated[int, A(description=LIMIT_DOC)] = 100,
        include_groups: Annotated[
            bool, A(description='Also count unnamed groups ("Chinese experts").')
        ] = False,
    ) -> list[agg.SpeakerClaimCount]:
        session = ctx(info).session
        where = filter.where(dialect_of(session)) if filter else []
        limit = aggregates.check_limit(limit)
        counts = [
            agg.SpeakerClaimCount(speaker=entity_from_row(e), speaker_group=None, claims=n)
            for e, n in aggregates.claims_per_speaker(session, where, limit)
        ]
        if include_groups:
            counts += [
                agg.SpeakerClaimCount(speaker=None, speaker_group=g, claims=n)
                for g, n in aggregates.claims_per_group(session, where, limit)
            ]
            counts.sort(key=lambda c: -c.claims)  # stable: named speakers first on ties
        return counts[:limit]

    @strawberry.field(description="Entities by number of mentions, most first.")
    def mentions_per_entity(
        self,
        info: strawberry.Info,
        type: Annotated[
            EntityTypeEnum | None, A(description="Only actors or only organisations.")
        ] = None,
        limit: Annotated[int, A(description=LIMIT_DOC)] = 100,
    ) -> list[agg.EntityMentionCount]:
        rows = aggregates.mentions_per_entity(
            ctx(info).session, type.value if type else None, aggregates.check_limit(limit)
        )
        return [
            agg.EntityMentionCount(entity=entity_from_row(e), mentions=n, documents=d)
            for e, n, d in rows
        ]

    @strawberry.field(description="Statistics counted per metric, year and unit.")
    def statistics_per_metric_year(
        self,
        info: strawberry.Info,
        filter: Annotated[
            filters.StatisticFilter | None, A(description="Count only these.")
        ] = None,
        limit: Annotated[int, A(description=LIMIT_DOC)] = 100,
    ) -> list[agg.MetricYearCount]:
        rows = aggregates.statistics_per_metric_year(
            ctx(info).session, filter.where() if filter else [], aggregates.check_limit(limit)
        )
        return [
            agg.MetricYearCount(
                metric=m, year=int(y) if y is not None else None, unit=u, statistics=int(n)
            )
            for m, y, u, n in rows
        ]


class KbSchema(strawberry.Schema):
    """Logs only unexpected errors (with their traceback); refusals of bad requests are the
    client's business and would drown the log."""

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        super().process_errors([e for e in errors if is_unexpected(e)], execution_context)


schema = KbSchema(
    query=Query,
    types=[Actor, Organisation, Document, Passage, Claim, Statistic],
    extensions=extensions(),
)

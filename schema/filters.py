"""Filter inputs and orders of the top-level lists, turned into SQL WHERE/ORDER BY clauses.

Names are matched alias-aware and case-insensitively on the normalised keys the loaders
store (`Entity.name_key`, `EntityAlias.alias_key`: casefolded, accents stripped), so
"xi", "Xi Jinping" and "@handle" all find an entity.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry
from sqlalchemy import ColumnElement, Select, func, or_, select

from kb.ids import normalise_name
from kb.models import (
    Claim,
    ClaimMention,
    Document,
    DocumentAuthor,
    Entity,
    EntityAlias,
    EntityType,
    Mention,
    Passage,
    Statistic,
    StatisticSubject,
)
from schema.fulltext import matches
from schema.ids import row_id_of
from schema.types.enums import (
    Attribution,
    ClaimKind,
    DocumentKind,
    DocumentOrder,
    EntityOrder,
    OrganisationKind,
    StatisticOrder,
)

F = strawberry.field
TEXT = 'full-text match (words, "phrases", OR, -word) as in `search`'


def _contains(text: str, *, prefix: bool = False) -> str:
    key = normalise_name(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{key}%" if prefix else f"%{key}%"


def entities_named(name: str, *, prefix: bool = False) -> Select[Any]:
    """IDs of entities whose name or any alias/handle contains (or starts with) `name`."""
    pattern = _contains(name, prefix=prefix)
    by_name = select(Entity.id).where(Entity.name_key.like(pattern, escape="\\"))
    by_alias = select(EntityAlias.entity_id).where(EntityAlias.alias_key.like(pattern, escape="\\"))
    return by_name.union(by_alias)


def _ci_contains(column: Any, text: str) -> ColumnElement[bool]:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped.lower()}%", escape="\\")


@strawberry.input(description="Conditions on documents; all given conditions must hold.")
class DocumentFilter:
    kind: DocumentKind | None = F(default=None, description="Only this kind.")
    source_path: str | None = F(default=None, description="Source path contains this text.")
    author: str | None = F(default=None, description="An author's name or alias contains this.")
    publisher: str | None = F(default=None, description="The publisher's name/alias contains this.")
    published_from: dt.date | None = F(default=None, description="Published on or after.")
    published_to: dt.date | None = F(default=None, description="Published on or before.")
    text: str | None = F(default=None, description=f"A passage of the document is a {TEXT}.")

    def where(self, dialect: str) -> list[ColumnElement[bool]]:
        c: list[ColumnElement[bool]] = []
        if self.kind is not None:
            c.append(Document.kind == self.kind.value)
        if self.source_path:
            c.append(_ci_contains(Document.source_path, self.source_path))
        if self.author:
            authored = select(DocumentAuthor.document_id).where(
                DocumentAuthor.entity_id.in_(entities_named(self.author))
            )
            c.append(Document.id.in_(authored))
        if self.publisher:
            c.append(Document.publisher_id.in_(entities_named(self.publisher)))
        if self.published_from:
            c.append(Document.published_on >= self.published_from)
        if self.published_to:
            c.append(Document.published_on <= self.published_to)
        if self.text:
            hits = select(Passage.document_id).where(matches(dialect, "passage", self.text))
            c.append(Document.id.in_(hits))
        return c


DOCUMENT_ORDERS = {
    DocumentOrder.PUBLISHED_ASC: (Document.published_on.asc().nulls_last(),),
    DocumentOrder.PUBLISHED_DESC: (Document.published_on.desc().nulls_last(),),
    DocumentOrder.SOURCE_PATH: (),
}
DOCUMENT_TIEBREAK = (Document.source_path, Document.part, Document.id)


def _entity_where(
    type_: EntityType, name: str | None, name_prefix: str | None, mentioned_in: str | None
) -> list[ColumnElement[bool]]:
    c: list[ColumnElement[bool]] = [Entity.type == type_.value]
    if name:
        c.append(Entity.id.in_(entities_named(name)))
    if name_prefix:
        c.append(Entity.id.in_(entities_named(name_prefix, prefix=True)))
    if mentioned_in:
        doc = row_id_of(mentioned_in, "Document")
        c.append(Entity.id.in_(select(Mention.entity_id).where(Mention.document_id == doc)))
    return c


NAME_DOC = "Canonical name, alias or handle contains this (case- and accent-insensitive)."
PREFIX_DOC = "Canonical name, alias or handle starts with this (case-insensitive)."
MENTIONED_DOC = "Mentioned in the document with this ID."


@strawberry.input(description="Conditions on actors (people); all given conditions must hold.")
class ActorFilter:
    name: str | None = F(default=None, description=NAME_DOC)
    name_prefix: str | None = F(default=None, description=PREFIX_DOC)
    mentioned_in: strawberry.ID | None = F(default=None, description=MENTIONED_DOC)

    def where(self) -> list[ColumnElement[bool]]:
        return _entity_where(EntityType.ACTOR, self.name, self.name_prefix, self.mentioned_in)


@strawberry.input(description="Conditions on organisations; all given conditions must hold.")
class OrganisationFilter:
    name: str | None = F(default=None, description=NAME_DOC)
    name_prefix: str | None = F(default=None, description=PREFIX_DOC)
    mentioned_in: strawberry.ID | None = F(default=None, description=MENTIONED_DOC)
    kind: OrganisationKind | None = F(default=None, description="Only this kind.")

    def where(self) -> list[ColumnElement[bool]]:
        c = _entity_where(EntityType.ORGANISATION, self.name, self.name_prefix, self.mentioned_in)
        if self.kind is not None:
            c.append(Entity.kind == self.kind.value)
        return c


def mention_count() -> Any:
    return (
        select(func.count())
        .where(Mention.entity_id == Entity.id)
        .correlate(Entity)
        .scalar_subquery()
    )


def entity_order(order: EntityOrder) -> tuple[Any, ...]:
    by_name = (Entity.name_key, Entity.id)
    if order == EntityOrder.MENTIONS_DESC:
        return (mention_count().desc(), *by_name)
    return by_name


@strawberry.input(description="Conditions on claims; all given conditions must hold.")
class ClaimFilter:
    speaker: str | None = F(
        default=None,
        description="The speaker's name, alias or handle, or the unnamed speaker group "
        '("Chinese experts"), contains this (case-insensitive).',
    )
    speaker_id: strawberry.ID | None = F(default=None, description="Spoken by this entity.")
    attribution: Attribution | None = F(default=None, description="Only this attribution.")
    kind: ClaimKind | None = F(default=None, description="Only this kind.")
    mentions: str | None = F(
        default=None, description="About an entity whose name or alias contains this."
    )
    document: strawberry.ID | None = F(default=None, description="Made in this document.")
    text: str | None = F(default=None, description=f"The claim is a {TEXT}.")
    is_duplicate: bool | None = F(
        default=None,
        description="false: only canonical claims (each assertion once across sameAs "
        "copies); true: only the repeated copies.",
    )

    def where(self, dialect: str) -> list[ColumnElement[bool]]:
        c: list[ColumnElement[bool]] = []
        if self.speaker:
            c.append(
                or_(
                    Claim.speaker_id.in_(entities_named(self.speaker)),
                    _ci_contains(Claim.speaker_group, self.speaker),
                )
            )
        if self.speaker_id:
            c.append(Claim.speaker_id == row_id_of(self.speaker_id, "Actor", "Organisation"))
        if self.attribution is not None:
            c.append(Claim.attribution == self.attribution.value)
        if self.kind is not None:
            c.append(Claim.kind == self.kind.value)
        if self.mentions:
            about = select(ClaimMention.claim_id).where(
                ClaimMention.entity_id.in_(entities_named(self.mentions))
            )
            c.append(Claim.id.in_(about))
        if self.document:
            c.append(Claim.document_id == row_id_of(self.document, "Document"))
        if self.text:
            c.append(matches(dialect, "claim", self.text))
        if self.is_duplicate is not None:
            dup = Claim.duplicate_of.is_not(None)
            c.append(dup if self.is_duplicate else ~dup)
        return c


@strawberry.input(description="Conditions on statistics; all given conditions must hold.")
class StatisticFilter:
    unit: str | None = F(default=None, description='Exactly this unit, e.g. "USD", "percent".')
    metric: str | None = F(default=None, description="The metric contains this (case-insensitive).")
    indicator: str | None = F(
        default=None,
        description='Exactly this indicator, e.g. "trade turnover (China–Russia; money)".',
    )
    subject: str | None = F(
        default=None, description="About an entity whose name or alias contains this."
    )
    source: str | None = F(
        default=None, description="Credited to an entity whose name or alias contains this."
    )
    period_from: dt.date | None = F(
        default=None, description="The period ends on or after this day (undated ones excluded)."
    )
    period_to: dt.date | None = F(
        default=None, description="The period starts on or before this day (undated excluded)."
    )
    value_min: float | None = F(default=None, description="Value (base units) at least this.")
    value_max: float | None = F(default=None, description="Value (base units) at most this.")
    is_change: bool | None = F(default=None, description="Growth rates/differences or levels.")
    document: strawberry.ID | None = F(default=None, description="Stated in this document.")
    from_table: bool | None = F(default=None, description="true: only table cells; false: none.")
    in_footnote: bool | None = F(default=None, description="true: only in footnotes; false: none.")

    def where(self) -> list[ColumnElement[bool]]:
        c: list[ColumnElement[bool]] = []
        s = Statistic
        if self.unit:
            c.append(s.unit == self.unit)
        if self.metric:
            c.append(_ci_contains(s.metric, self.metric))
        if self.indicator:
            c.append(s.indicator == self.indicator)
        if self.subject:
            about = select(StatisticSubject.statistic_id).where(
                StatisticSubject.entity_id.in_(entities_named(self.subject))
            )
            c.append(s.id.in_(about))
        if self.source:
            c.append(s.source_id.in_(entities_named(self.source)))
        if self.period_from:
            c.append(func.coalesce(s.period_end, s.period_start) >= self.period_from)
        if self.period_to:
            c.append(s.period_start <= self.period_to)
        if self.value_min is not None:
            c.append(s.value >= self.value_min)
        if self.value_max is not None:
            c.append(s.value <= self.value_max)
        if self.is_change is not None:
            c.append(s.is_change == self.is_change)
        if self.document:
            c.append(s.document_id == row_id_of(self.document, "Document"))
        if self.from_table is not None:
            table = s.table_number.is_not(None)
            c.append(table if self.from_table else ~table)
        if self.in_footnote is not None:
            c.append(s.in_footnote == self.in_footnote)
        return c


STATISTIC_ORDERS = {
    StatisticOrder.PERIOD_ASC: (Statistic.period_start.asc().nulls_last(),),
    StatisticOrder.PERIOD_DESC: (Statistic.period_start.desc().nulls_last(),),
    StatisticOrder.VALUE_ASC: (Statistic.value.asc(),),
    StatisticOrder.VALUE_DESC: (Statistic.value.desc(),),
}
STATISTIC_TIEBREAK = (Statistic.document_id, Statistic.start, Statistic.id)

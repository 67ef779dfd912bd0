"""`Claim`, `Statistic` and `TableCell`: extracted facts with their provenance."""

from __future__ import annotations

import datetime as dt

import strawberry

from kb import models
from schema import loaders
from schema.ids import to_global_id
from schema.types.enums import Attribution, ClaimKind, Qualifier
from schema.types.node import Node, load_many, load_one

OFFSETS = "Unicode code points into `Document.text` (not UTF-16 units)"


@strawberry.type(
    description=f"An assertion in a document, with who makes it; `start`/`end` are {OFFSETS}."
)
class Claim(Node):
    row_id: strawberry.Private[str]
    document_id: strawberry.Private[str]
    passage_id: strawberry.Private[str | None]
    speaker_id: strawberry.Private[str | None]
    duplicate_of_id: strawberry.Private[str | None]
    text: str = strawberry.field(description="The claim as written: `Document.text[start:end]`.")
    start: int = strawberry.field(description=f"Where the claim starts: {OFFSETS}.")
    end: int = strawberry.field(description=f"Where it ends (exclusive): {OFFSETS}.")
    speaker_group: str | None = strawberry.field(
        description='An unnamed group credited as the speaker ("Chinese experts", '
        '"officials"), when there is no named `speaker`.'
    )
    attribution: Attribution = strawberry.field(description="How the claim is attributed.")
    kind: ClaimKind = strawberry.field(description="What sort of assertion it is.")

    @classmethod
    def from_row(cls, row: models.Claim) -> Claim:
        return cls(
            id=strawberry.ID(to_global_id("Claim", row.id)),
            row_id=row.id,
            document_id=row.document_id,
            passage_id=row.passage_id,
            speaker_id=row.speaker_id,
            duplicate_of_id=row.duplicate_of,
            text=row.text,
            start=row.start,
            end=row.end,
            speaker_group=row.speaker_group,
            attribution=Attribution(row.attribution),
            kind=ClaimKind(row.kind),
        )

    @strawberry.field(description="The document the claim is made in.")
    async def document(self, info: strawberry.Info) -> Document:
        return await load_one(info, loaders.document_by_id, self.document_id, Document.from_row)

    @strawberry.field(description="The passage the claim is made in.")
    async def passage(self, info: strawberry.Info) -> Passage | None:
        return await load_one(info, loaders.passage_by_id, self.passage_id, Passage.from_row)

    @strawberry.field(description="Who asserts it (a person or organisation), when named.")
    async def speaker(self, info: strawberry.Info) -> Entity | None:
        return await load_one(info, loaders.entity_by_id, self.speaker_id, entity_from_row)

    @strawberry.field(description="Entities the claim is about, by name.")
    async def mentions(self, info: strawberry.Info) -> list[Entity]:
        return await load_many(info, loaders.entities_by_claim, self.row_id, entity_from_row)

    @strawberry.field(description="Numbers stated inside the claim, in text order.")
    async def statistics(self, info: strawberry.Info) -> list[Statistic]:
        return await load_many(info, loaders.statistics_by_claim, self.row_id, Statistic.from_row)

    @strawberry.field(
        description="The same claim in a `sameAs` document loaded as the canonical copy; "
        "null when this is the canonical (or only) copy."
    )
    async def duplicate_of(self, info: strawberry.Info) -> Claim | None:
        return await load_one(info, loaders.claim_by_id, self.duplicate_of_id, Claim.from_row)


@strawberry.type(description="Where a number sits in a table of the document.")
class TableCell:
    table: int = strawberry.field(description="Number of the table in the document (1, 2, …).")
    caption: str | None = strawberry.field(description="The table's caption, if it has one.")
    row: str = strawberry.field(description="The row's label (its first cell).")
    column: str = strawberry.field(description="The column's header.")


@strawberry.type(
    description="A number with its value in base units, unit, period, subjects and source; "
    f"`start`/`end` are {OFFSETS}."
)
class Statistic(Node):
    row_id: strawberry.Private[str]
    document_id: strawberry.Private[str]
    passage_id: strawberry.Private[str | None]
    claim_id: strawberry.Private[str | None]
    source_id: strawberry.Private[str | None]
    value: float = strawberry.field(
        description='Normalised value in base units: "$146.89 billion" → 146890000000; '
        "the low end of a range."
    )
    value_high: float | None = strawberry.field(
        description='The high end of a range ("10–15 years" → 15); null for a single value.'
    )
    unit: str = strawberry.field(
        description="ISO 4217 currency code (USD, CNY…), percent, percentage_point, count, "
        "tonne, m3, kWh, TEU, km, year, month, day, rank, ratio, or another SI symbol."
    )
    surface: str = strawberry.field(
        description='The exact text span, e.g. "$146.89 billion": `Document.text[start:end]`.'
    )
    metric: str | None = strawberry.field(description='What is measured, e.g. "trade turnover".')
    indicator: str | None = strawberry.field(
        description="What is measured independent of wording: concept, subjects and unit "
        'family, e.g. "trade turnover (China–Russia; money)" (see `Query.indicators`).'
    )
    period_start: dt.date | None = strawberry.field(
        description="First day of the period the number refers to."
    )
    period_end: dt.date | None = strawberry.field(
        description="Last day of the period the number refers to."
    )
    qualifier: Qualifier = strawberry.field(description="How exact the value is, as written.")
    is_change: bool = strawberry.field(
        description="A growth rate or difference rather than a level."
    )
    in_footnote: bool = strawberry.field(description="Stated in a footnote.")
    start: int = strawberry.field(description=f"Where the number starts: {OFFSETS}.")
    end: int = strawberry.field(description=f"Where it ends (exclusive): {OFFSETS}.")
    table: TableCell | None = strawberry.field(
        description="The table cell, when the number comes from a table."
    )

    @classmethod
    def from_row(cls, row: models.Statistic) -> Statistic:
        cell = None
        if row.table_number is not None:
            cell = TableCell(
                table=row.table_number,
                caption=row.table_caption,
                row=row.table_row or "",
                column=row.table_column or "",
            )
        return cls(
            id=strawberry.ID(to_global_id("Statistic", row.id)),
            row_id=row.id,
            document_id=row.document_id,
            passage_id=row.passage_id,
            claim_id=row.claim_id,
            source_id=row.source_id,
            value=row.value,
            value_high=row.value_high,
            unit=row.unit,
            surface=row.surface,
            metric=row.metric,
            indicator=row.indicator,
            period_start=row.period_start,
            period_end=row.period_end,
            qualifier=Qualifier(row.qualifier),
            is_change=row.is_change,
            in_footnote=row.in_footnote,
            start=row.start,
            end=row.end,
            table=cell,
        )

    @strawberry.field(description="Entities the number is about, e.g. Russia, China.")
    async def subjects(self, info: strawberry.Info) -> list[Entity]:
        return await load_many(info, loaders.subjects_by_statistic, self.row_id, entity_from_row)

    @strawberry.field(description="Who the text credits for the number.")
    async def source(self, info: strawberry.Info) -> Entity | None:
        return await load_one(info, loaders.entity_by_id, self.source_id, entity_from_row)

    @strawberry.field(description="The document the number is stated in.")
    async def document(self, info: strawberry.Info) -> Document:
        return await load_one(info, loaders.document_by_id, self.document_id, Document.from_row)

    @strawberry.field(description="The passage the number is stated in.")
    async def passage(self, info: strawberry.Info) -> Passage | None:
        return await load_one(info, loaders.passage_by_id, self.passage_id, Passage.from_row)

    @strawberry.field(description="The claim the number is part of, if any.")
    async def claim(self, info: strawberry.Info) -> Claim | None:
        return await load_one(info, loaders.claim_by_id, self.claim_id, Claim.from_row)


# Cycle between type modules: names are resolved when the schema is built.
from schema.types.documents import Document, Passage  # noqa: E402
from schema.types.entities import Entity, entity_from_row  # noqa: E402

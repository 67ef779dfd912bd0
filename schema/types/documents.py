"""`Document` and `Passage`: the texts every offset points into, and their spans."""

from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry

from kb import models
from schema import loaders
from schema.ids import to_global_id
from schema.pagination import After, Connection, First
from schema.types.enums import DocumentKind, PassageKind
from schema.types.node import Node, ctx, load_many, load_one, load_page

OFFSETS = "Unicode code points into `Document.text` (not UTF-16 units)"


@strawberry.type(description="A loaded document: a thread, a report or an article.")
class Document(Node):
    row_id: strawberry.Private[str]
    publisher_id: strawberry.Private[str | None]
    kind: DocumentKind = strawberry.field(description="THREAD, REPORT or ARTICLE.")
    title: str | None = strawberry.field(description="The document's title, when it has one.")
    source_path: str = strawberry.field(
        description="Path of the source file relative to the corpus folder, e.g. "
        '"000_769defdc8682c5fc.txt".'
    )
    part: int = strawberry.field(
        description="Index of this document within its file (0 unless one file holds several)."
    )
    url: str | None = strawberry.field(description="Where the document was published online.")
    published_on: dt.date | None = strawberry.field(description="Publication date, if known.")

    @classmethod
    def from_row(cls, row: models.Document) -> Document:
        return cls(
            id=strawberry.ID(to_global_id("Document", row.id)),
            row_id=row.id,
            publisher_id=row.publisher_id,
            kind=DocumentKind(row.kind),
            title=row.title,
            source_path=row.source_path,
            part=row.part,
            url=row.url,
            published_on=row.published_on,
        )

    @strawberry.field(
        description="The cleaned text all offsets point into; offsets count Unicode code points."
    )
    async def text(self, info: strawberry.Info) -> str:
        return await ctx(info).load("document.text", loaders.text_by_document, self.row_id, "")

    @strawberry.field(description="Who wrote the document (people or organisations), in order.")
    async def authors(self, info: strawberry.Info) -> list[Entity]:
        return await load_many(info, loaders.authors_by_document, self.row_id, entity_from_row)

    @strawberry.field(description="Who published the document (an outlet or institution).")
    async def publisher(self, info: strawberry.Info) -> Entity | None:
        return await load_one(info, loaders.entity_by_id, self.publisher_id, entity_from_row)

    @strawberry.field(description="The document's passages in reading order.")
    async def passages(
        self, info: strawberry.Info, first: First = 20, after: After = None
    ) -> Connection[Passage]:
        return await load_page(
            info, "document.passages", self.row_id, first, after, Passage.from_row
        )

    @strawberry.field(description="Claims made in the document, in text order.")
    async def claims(
        self, info: strawberry.Info, first: First = 20, after: After = None
    ) -> Connection[Claim]:
        return await load_page(info, "document.claims", self.row_id, first, after, Claim.from_row)

    @strawberry.field(description="Statistics stated in the document, in text order.")
    async def statistics(
        self, info: strawberry.Info, first: First = 20, after: After = None
    ) -> Connection[Statistic]:
        return await load_page(
            info, "document.statistics", self.row_id, first, after, Statistic.from_row
        )

    @strawberry.field(description="Mentions of actors and organisations, in text order.")
    async def mentions(
        self, info: strawberry.Info, first: First = 20, after: After = None
    ) -> Connection[Mention]:
        return await load_page(
            info, "document.mentions", self.row_id, first, after, Mention.from_row
        )

    @strawberry.field(
        description="Near-duplicates of this document from other sources (the same thread "
        "scraped twice, …), most similar first."
    )
    async def same_as(self, info: strawberry.Info) -> list[Document]:
        return await load_many(info, loaders.same_as_by_document, self.row_id, Document.from_row)


@strawberry.type(
    description="A span of a document's text: a tweet, paragraph, heading, table row, "
    f"footnote or caption. `start`/`end` are {OFFSETS}."
)
class Passage(Node):
    row_id: strawberry.Private[str]
    document_id: strawberry.Private[str]
    ordinal: int = strawberry.field(description="Position in the document (0, 1, …).")
    kind: PassageKind = strawberry.field(description="What sort of passage this is.")
    text: str = strawberry.field(description="The passage's text: `Document.text[start:end]`.")
    section: str | None = strawberry.field(description="The heading of the enclosing section.")
    start: int = strawberry.field(description=f"Where the passage starts: {OFFSETS}.")
    end: int = strawberry.field(description=f"Where it ends (exclusive): {OFFSETS}.")
    number: str | None = strawberry.field(
        description="A footnote's number or a tweet's number in its thread, as written."
    )
    url: str | None = strawberry.field(description="A link the passage carries (footnote URL).")
    title: str | None = strawberry.field(description="The title a footnote cites, if any.")
    page: int | None = strawberry.field(
        description="The page (1-based) of the source PDF on which the passage starts; "
        "null for documents not read from a PDF."
    )

    @classmethod
    def from_row(cls, row: models.Passage) -> Passage:
        meta: dict[str, Any] = row.meta or {}
        title = meta.get("title")
        return cls(
            id=strawberry.ID(to_global_id("Passage", row.id)),
            row_id=row.id,
            document_id=row.document_id,
            ordinal=row.ordinal,
            kind=PassageKind(row.kind),
            text=row.text,
            section=row.section,
            start=row.start,
            end=row.end,
            number=row.number,
            url=row.url,
            page=row.page,
            title=title if isinstance(title, str) else None,
        )

    @strawberry.field(description="The document the passage belongs to.")
    async def document(self, info: strawberry.Info) -> Document:
        return await load_one(info, loaders.document_by_id, self.document_id, Document.from_row)

    @strawberry.field(
        description="Web addresses the passage cites (a footnote's URL), in text order, each "
        "with its domain and the outlet when the domain is a known outlet's."
    )
    async def citations(self, info: strawberry.Info) -> list[Citation]:
        return await load_many(info, loaders.citations_by_passage, self.row_id, Citation.from_row)


# Cycle between type modules: names are resolved when the schema is built.
from schema.types.citations import Citation  # noqa: E402
from schema.types.entities import Entity, Mention, entity_from_row  # noqa: E402
from schema.types.facts import Claim, Statistic  # noqa: E402

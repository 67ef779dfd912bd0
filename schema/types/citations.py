"""`Citation`: a web address a document cites, its domain, and the outlet of a known domain."""

from __future__ import annotations

import strawberry

from kb import models
from schema import loaders
from schema.ids import to_global_id
from schema.types.node import Node, load_one

OFFSETS = "Unicode code points into `Document.text` (not UTF-16 units)"


@strawberry.type(
    description="A web address a document cites (a footnote's URL, a link in a tweet, a bare "
    "domain), where a source was published. Its domain is an organisation only when it is a "
    f"known outlet's (`outlet`). `start`/`end` are {OFFSETS}."
)
class Citation(Node):
    row_id: strawberry.Private[str]
    document_id: strawberry.Private[str]
    passage_id: strawberry.Private[str | None]
    outlet_id: strawberry.Private[str | None]
    url: str = strawberry.field(
        description='The address as written, e.g. "https://www.kommersant.ru/doc/5126357".'
    )
    domain: str = strawberry.field(
        description='Its host name, lower case, without "www.", e.g. "kommersant.ru".'
    )
    start: int = strawberry.field(description=f"Where the address starts: {OFFSETS}.")
    end: int = strawberry.field(description=f"Where it ends (exclusive): {OFFSETS}.")

    @classmethod
    def from_row(cls, row: models.Citation) -> Citation:
        return cls(
            id=strawberry.ID(to_global_id("Citation", row.id)),
            row_id=row.id,
            document_id=row.document_id,
            passage_id=row.passage_id,
            outlet_id=row.outlet_id,
            url=row.url,
            domain=row.domain,
            start=row.start,
            end=row.end,
        )

    @strawberry.field(description="The document that cites it.")
    async def document(self, info: strawberry.Info) -> Document:
        return await load_one(info, loaders.document_by_id, self.document_id, Document.from_row)

    @strawberry.field(description="The passage that carries it (a footnote, a tweet, …).")
    async def passage(self, info: strawberry.Info) -> Passage | None:
        return await load_one(info, loaders.passage_by_id, self.passage_id, Passage.from_row)

    @strawberry.field(
        description="The outlet the domain belongs to, when it is a known outlet's "
        '("kommersant.ru" → Kommersant); null for any other domain.'
    )
    async def outlet(self, info: strawberry.Info) -> Entity | None:
        return await load_one(info, loaders.entity_by_id, self.outlet_id, entity_from_row)


# Cycle between type modules: names are resolved when the schema is built.
from schema.types.documents import Document, Passage  # noqa: E402
from schema.types.entities import Entity, entity_from_row  # noqa: E402

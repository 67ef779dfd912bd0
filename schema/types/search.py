"""`SearchHit` and `TextSpan`: what `Query.search` returns."""

from __future__ import annotations

import html
from typing import Annotated

import strawberry

from schema import loaders
from schema.search import RawHit, snippet
from schema.types.documents import Document, Passage
from schema.types.entities import Actor, Organisation, entity_from_row
from schema.types.enums import SearchHitKind
from schema.types.facts import Claim
from schema.types.node import load_one

SearchResult = Annotated[
    Passage | Claim | Actor | Organisation,
    strawberry.union("SearchResult", description="What a search hit found."),
]


@strawberry.type(description="A range of code points, end exclusive.")
class TextSpan:
    start: int = strawberry.field(description="First code point of the range.")
    end: int = strawberry.field(description="Code point after the range (exclusive).")


@strawberry.type(description="One result of `search`, ranked by relevance.")
class SearchHit:
    hit: strawberry.Private[RawHit]
    kind: SearchHitKind = strawberry.field(description="Passage, claim or entity.")
    score: float = strawberry.field(
        description="Relevance (higher is better; BM25 on SQLite, ts_rank on PostgreSQL)."
    )
    snippet: str = strawberry.field(
        description="About 240 characters around the first match, HTML-escaped, each match "
        "wrapped in <mark>…</mark>; for an entity found by an alias, its name and the alias."
    )
    start: int | None = strawberry.field(
        description="For passages and claims: where the hit starts in `Document.text`, in "
        "Unicode code points; null for entities."
    )
    end: int | None = strawberry.field(
        description="For passages and claims: where it ends (exclusive), in code points."
    )
    highlights: list[TextSpan] = strawberry.field(
        description="The matched words as code-point ranges: into `Document.text` for "
        "passages and claims, into the entity's `name` for entities (empty when an alias "
        "matched)."
    )

    @classmethod
    def from_raw(cls, hit: RawHit) -> SearchHit:
        offset = 0 if hit.kind == "entity" else hit.row.start
        return cls(
            hit=hit,
            kind=SearchHitKind[hit.kind.upper()],
            score=hit.score,
            snippet=snippet(hit.plain, hit.spans)
            if hit.alias is None
            else f"{html.escape(hit.plain)} (<mark>{html.escape(hit.alias)}</mark>)",
            start=None if hit.kind == "entity" else hit.row.start,
            end=None if hit.kind == "entity" else hit.row.end,
            highlights=[TextSpan(start=s + offset, end=e + offset) for s, e in hit.spans],
        )

    @strawberry.field(description="The passage, claim, actor or organisation found.")
    def node(self) -> SearchResult:
        row = self.hit.row
        if self.hit.kind == "passage":
            return Passage.from_row(row)
        if self.hit.kind == "claim":
            return Claim.from_row(row)
        return entity_from_row(row)

    @strawberry.field(description="The document of a passage or claim hit; null for entities.")
    async def document(self, info: strawberry.Info) -> Document | None:
        doc_id = None if self.hit.kind == "entity" else self.hit.row.document_id
        return await load_one(info, loaders.document_by_id, doc_id, Document.from_row)

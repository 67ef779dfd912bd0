"""`Entity` (interface), `Actor`, `Organisation`, `Affiliation` and `Mention`."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry

from kb import models
from kb.models import EntityType
from schema import loaders
from schema.comentions import co_mention_pages
from schema.ids import to_global_id
from schema.pagination import After, Connection, First, make_connection, page_args
from schema.types.enums import EntityType as EntityTypeEnum
from schema.types.enums import OrganisationKind
from schema.types.node import Node, ctx, load_many, load_one, load_page

OFFSETS = "Unicode code points into `Document.text` (not UTF-16 units)"


@strawberry.interface(description="A person (`Actor`) or an organisation (`Organisation`).")
class Entity(Node):
    row_id: strawberry.Private[str]
    name: str = strawberry.field(description='Canonical name, e.g. "Xi Jinping".')
    description: str | None = strawberry.field(description="A short description, if known.")
    wikidata_id: str | None = strawberry.field(description="Wikidata QID, if known.")

    @strawberry.field(
        description='Every surface form seen or registered ("Xi", "Mr. Xi", "@…"), '
        "the canonical name and handles included, sorted."
    )
    async def aliases(self, info: strawberry.Info) -> list[str]:
        rows = await load_many(info, loaders.aliases_by_entity, self.row_id, lambda a: a)
        return sorted({a.alias for a in rows})

    @strawberry.field(description="Where the entity is mentioned, by document then position.")
    async def mentions(
        self, info: strawberry.Info, first: First = 20, after: After = None
    ) -> Connection[Mention]:
        return await load_page(info, "entity.mentions", self.row_id, first, after, Mention.from_row)

    @strawberry.field(description="Claims this entity asserts (it is their speaker).")
    async def claims(
        self, info: strawberry.Info, first: First = 20, after: After = None
    ) -> Connection[Claim]:
        return await load_page(info, "entity.claims", self.row_id, first, after, Claim.from_row)

    @strawberry.field(
        description="Documents that mention this entity or that it wrote or published, by "
        "source path."
    )
    async def documents(
        self, info: strawberry.Info, first: First = 20, after: After = None
    ) -> Connection[Document]:
        return await load_page(
            info, "entity.documents", self.row_id, first, after, Document.from_row
        )

    @strawberry.field(
        description="Entities appearing in the same sentences or claims as this one, most "
        "shared first, with counts and example spans."
    )
    async def co_mentions(
        self,
        info: strawberry.Info,
        first: First = 20,
        after: After = None,
        type: Annotated[
            EntityTypeEnum | None,
            strawberry.argument(description="Only actors or only organisations."),
        ] = None,
        kind: Annotated[
            list[OrganisationKind] | None,
            strawberry.argument(description="Only organisations of these kinds (COMPANY…)."),
        ] = None,
    ) -> Connection[CoMention]:
        page = page_args(first, after)
        types = (type.value,) if type else ()
        kinds = tuple(k.value for k in kind or ())

        def batch(session: Any, keys: Any) -> dict[str, Any]:
            return co_mention_pages(session, keys, page, types, kinds)

        batch.__name__ = "co_mention_pages"
        found = await ctx(info).load(("entity.coMentions", page, types, kinds), batch, self.row_id)
        pairs, total = (found.pairs, found.total) if found else ([], 0)
        nodes = [CoMention(entity_id=p.entity_id, other_id=p.other_id, count=p.spans,
                           documents=p.documents) for p in pairs]  # fmt: skip
        return make_connection(nodes, page, total, page.offset + page.limit < total)


@strawberry.type(description="A person: an official, analyst, journalist, Twitter user…")
class Actor(Entity):
    @strawberry.field(description='Twitter/X handles, with "@", sorted.')
    async def handles(self, info: strawberry.Info) -> list[str]:
        rows = await load_many(info, loaders.aliases_by_entity, self.row_id, lambda a: a)
        return sorted({a.alias for a in rows if a.is_handle})

    @strawberry.field(description="Organisations the actor belongs to, with their roles.")
    async def affiliations(self, info: strawberry.Info) -> list[Affiliation]:
        return await load_many(
            info, loaders.affiliations_by_actor, self.row_id, Affiliation.from_row
        )


@strawberry.type(description="An organisation: a state, government body, company, outlet…")
class Organisation(Entity):
    kind: OrganisationKind = strawberry.field(description="What sort of organisation it is.")

    @strawberry.field(description="Actors affiliated with the organisation, with their roles.")
    async def members(self, info: strawberry.Info) -> list[Affiliation]:
        return await load_many(
            info, loaders.members_by_organisation, self.row_id, Affiliation.from_row
        )


def entity_from_row(row: models.Entity) -> Actor | Organisation:
    common = {
        "row_id": row.id,
        "name": row.name,
        "description": row.description,
        "wikidata_id": row.qid,
    }
    if row.type == EntityType.ACTOR:
        return Actor(id=strawberry.ID(to_global_id("Actor", row.id)), **common)
    kind = row.kind if row.kind in OrganisationKind.__members__ else "OTHER"
    return Organisation(
        id=strawberry.ID(to_global_id("Organisation", row.id)),
        kind=OrganisationKind(kind),
        **common,
    )


def actor_only(row: models.Entity) -> Actor | None:
    entity = entity_from_row(row)
    return entity if isinstance(entity, Actor) else None


def organisation_only(row: models.Entity) -> Organisation | None:
    entity = entity_from_row(row)
    return entity if isinstance(entity, Organisation) else None


@strawberry.type(description="An actor's tie to an organisation (one per actor, org and role).")
class Affiliation:
    actor_id: strawberry.Private[str]
    organisation_id: strawberry.Private[str]
    document_id: strawberry.Private[str | None]
    role: str | None = strawberry.field(description='The role, e.g. "director", if stated.')

    @classmethod
    def from_row(cls, row: loaders.AffiliationRow) -> Affiliation:
        return cls(
            actor_id=row.actor_id,
            organisation_id=row.organisation_id,
            document_id=row.document_id,
            role=row.role,
        )

    @strawberry.field(description="The person.")
    async def actor(self, info: strawberry.Info) -> Actor:
        return await load_one(info, loaders.entity_by_id, self.actor_id, entity_from_row)

    @strawberry.field(description="The organisation.")
    async def organisation(self, info: strawberry.Info) -> Organisation:
        return await load_one(info, loaders.entity_by_id, self.organisation_id, entity_from_row)

    @strawberry.field(description="The first document (by ID) that states the tie.")
    async def document(self, info: strawberry.Info) -> Document | None:
        return await load_one(info, loaders.document_by_id, self.document_id, Document.from_row)


@strawberry.type(
    description=f"One occurrence of an entity in a document; `start`/`end` are {OFFSETS}."
)
class Mention:
    entity_id: strawberry.Private[str]
    document_id: strawberry.Private[str]
    passage_id: strawberry.Private[str | None]
    start: int = strawberry.field(description=f"Where the mention starts: {OFFSETS}.")
    end: int = strawberry.field(description=f"Where it ends (exclusive): {OFFSETS}.")
    surface: str = strawberry.field(description="The text as written: `Document.text[start:end]`.")

    @classmethod
    def from_row(cls, row: models.Mention) -> Mention:
        return cls(
            entity_id=row.entity_id,
            document_id=row.document_id,
            passage_id=row.passage_id,
            start=row.start,
            end=row.end,
            surface=row.surface,
        )

    @strawberry.field(description="The entity mentioned.")
    async def entity(self, info: strawberry.Info) -> Entity:
        return await load_one(info, loaders.entity_by_id, self.entity_id, entity_from_row)

    @strawberry.field(description="The document it occurs in.")
    async def document(self, info: strawberry.Info) -> Document:
        return await load_one(info, loaders.document_by_id, self.document_id, Document.from_row)

    @strawberry.field(description="The passage it occurs in.")
    async def passage(self, info: strawberry.Info) -> Passage | None:
        return await load_one(info, loaders.passage_by_id, self.passage_id, Passage.from_row)


# Cycle between type modules: names are resolved when the schema is built.
from schema.types.analytics import CoMention  # noqa: E402
from schema.types.documents import Document, Passage  # noqa: E402
from schema.types.facts import Claim  # noqa: E402

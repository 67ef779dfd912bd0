"""Tables for entities (actors and organisations), their aliases, affiliations and mentions."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


class Entity(SQLModel, table=True):
    """A person (`type=ACTOR`) or an organisation (`type=ORGANISATION`, with `kind`)."""

    id: str = Field(primary_key=True, max_length=64)
    type: str = Field(max_length=16, index=True)
    name: str = Field(sa_column=Column(Text, nullable=False))
    name_key: str = Field(sa_column=Column(String(512), nullable=False, index=True))
    kind: str | None = Field(default=None, max_length=32, index=True)
    qid: str | None = Field(default=None, max_length=32)
    description: str | None = Field(default=None, sa_column=Column(Text))


class EntityAlias(SQLModel, table=True):
    """A surface form of an entity: a name variant or (with `is_handle`) a Twitter handle."""

    __tablename__ = "entity_alias"
    __table_args__ = (
        UniqueConstraint("entity_id", "alias"),
        Index("ix_entity_alias_key", "alias_key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    entity_id: str = Field(
        sa_column=Column(String(64), ForeignKey("entity.id", ondelete="CASCADE"), nullable=False)
    )
    alias: str = Field(sa_column=Column(String(512), nullable=False))
    alias_key: str = Field(sa_column=Column(String(512), nullable=False))
    is_handle: bool = False


class Affiliation(SQLModel, table=True):
    """An actor's tie to an organisation, with the role and the passage that states it."""

    __table_args__ = (UniqueConstraint("actor_id", "organisation_id", "role", "document_id"),)

    id: str = Field(primary_key=True, max_length=64)
    actor_id: str = Field(
        sa_column=Column(
            String(64), ForeignKey("entity.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    organisation_id: str = Field(
        sa_column=Column(
            String(64), ForeignKey("entity.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    role: str | None = Field(default=None, sa_column=Column(Text))
    document_id: str | None = Field(
        default=None,
        sa_column=Column(String(64), ForeignKey("document.id", ondelete="CASCADE"), index=True),
    )
    passage_id: str | None = Field(
        default=None,
        sa_column=Column(String(64), ForeignKey("passage.id", ondelete="CASCADE")),
    )
    start: int | None = None
    end: int | None = None


class Mention(SQLModel, table=True):
    """One occurrence of an entity in a document, at exact code-point offsets of `Document.text`."""

    __table_args__ = (Index("ix_mention_document_start", "document_id", "start"),)

    id: str = Field(primary_key=True, max_length=64)
    entity_id: str = Field(
        sa_column=Column(
            String(64), ForeignKey("entity.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    document_id: str = Field(
        sa_column=Column(String(64), ForeignKey("document.id", ondelete="CASCADE"), nullable=False)
    )
    passage_id: str | None = Field(
        default=None,
        sa_column=Column(String(64), ForeignKey("passage.id", ondelete="CASCADE"), index=True),
    )
    start: int
    end: int
    surface: str = Field(sa_column=Column(Text, nullable=False))

"""Co-mentions: two entities in the same sentence or claim, one row per ordered pair and span.

Written by the store from each document's sentences, claims and mentions
(:mod:`loaders.comentions`); `Entity.coMentions` and `coMentionGraph` count them in SQL.
Both directions of a pair are stored, so "who appears with X" is an indexed look-up on
`entity_id`. A span is a sentence, or a claim that is not inside a sentence already giving
the pair; `start`/`end` are code points into `Document.text`.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, String
from sqlmodel import Field, SQLModel


class CoMention(SQLModel, table=True):
    """`entity_id` and `other_id` are both mentioned in `document_id`[start:end]."""

    __tablename__ = "co_mention"
    __table_args__ = (Index("ix_co_mention_pair", "entity_id", "other_id"),)

    entity_id: str = Field(
        sa_column=Column(String(64), ForeignKey("entity.id", ondelete="CASCADE"), primary_key=True)
    )
    other_id: str = Field(
        sa_column=Column(String(64), ForeignKey("entity.id", ondelete="CASCADE"), primary_key=True)
    )
    document_id: str = Field(
        sa_column=Column(
            String(64), ForeignKey("document.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )
    start: int = Field(primary_key=True)
    end: int = Field(primary_key=True)
    passage_id: str | None = Field(
        default=None,
        sa_column=Column(String(64), ForeignKey("passage.id", ondelete="CASCADE"), index=True),
    )
    via: str = Field(default="SENTENCE", max_length=16)  # SENTENCE or CLAIM

"""Citations: a web address a document cites (a footnote's URL, a link in a tweet), with its
domain and, when the domain is a known outlet's, that outlet. A cited domain is where a
source was published, not an organisation the text talks about."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, String, Text
from sqlmodel import Field, SQLModel


class Citation(SQLModel, table=True):
    """One web address at exact offsets of `Document.text` (`start`/`end`: the URL or bare
    domain as written), in the passage that carries it."""

    __table_args__ = (Index("ix_citation_document_start", "document_id", "start"),)

    id: str = Field(primary_key=True, max_length=64)
    document_id: str = Field(
        sa_column=Column(String(64), ForeignKey("document.id", ondelete="CASCADE"), nullable=False)
    )
    passage_id: str | None = Field(
        default=None,
        sa_column=Column(String(64), ForeignKey("passage.id", ondelete="CASCADE"), index=True),
    )
    start: int
    end: int
    url: str = Field(sa_column=Column(Text, nullable=False))
    domain: str = Field(sa_column=Column(String(255), nullable=False, index=True))
    outlet_id: str | None = Field(
        default=None,
        sa_column=Column(String(64), ForeignKey("entity.id", ondelete="SET NULL"), index=True),
    )

"""Tables for documents, their passages, their authors and near-duplicate links."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column, ForeignKey, Index, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


class Document(SQLModel, table=True):
    """One loaded document. `text` is the cleaned text every offset in kb points into.

    A file may hold several documents (a scraped file of threads): they share `source_path`
    and are told apart by `part` (0, 1, … in file order).
    """

    __table_args__ = (UniqueConstraint("source_path", "part"),)

    id: str = Field(primary_key=True, max_length=64)
    kind: str = Field(max_length=16, index=True)
    source_path: str = Field(sa_column=Column(String(512), nullable=False, index=True))
    part: int = 0
    title: str | None = Field(default=None, sa_column=Column(Text))
    url: str | None = Field(default=None, sa_column=Column(Text))
    published_on: date | None = Field(default=None, index=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    publisher_id: str | None = Field(
        default=None,
        sa_column=Column(String(64), ForeignKey("entity.id", ondelete="SET NULL"), index=True),
    )
    meta: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    content_hash: str = Field(max_length=64)
    extractor_version: str = Field(max_length=64)
    load_id: str = Field(max_length=64, index=True)
    loaded_at: datetime


class Passage(SQLModel, table=True):
    """A span of `Document.text`: tweet, paragraph, heading, table row, footnote or caption."""

    __table_args__ = (Index("ix_passage_document_ordinal", "document_id", "ordinal"),)

    id: str = Field(primary_key=True, max_length=64)
    document_id: str = Field(
        sa_column=Column(String(64), ForeignKey("document.id", ondelete="CASCADE"), nullable=False)
    )
    ordinal: int
    kind: str = Field(max_length=16, index=True)
    section: str | None = Field(default=None, sa_column=Column(Text))
    number: str | None = Field(default=None, max_length=32)
    url: str | None = Field(default=None, sa_column=Column(Text))
    page: int | None = Field(default=None)  # 1-based page of a PDF where the passage starts
    start: int
    end: int
    text: str = Field(sa_column=Column(Text, nullable=False))
    meta: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class DocumentAuthor(SQLModel, table=True):
    """Ordered authorship of a document by an entity (person or organisation)."""

    __tablename__ = "document_author"

    document_id: str = Field(
        sa_column=Column(
            String(64), ForeignKey("document.id", ondelete="CASCADE"), primary_key=True
        )
    )
    entity_id: str = Field(
        sa_column=Column(String(64), ForeignKey("entity.id", ondelete="CASCADE"), primary_key=True)
    )
    ordinal: int = 0


class DocumentLink(SQLModel, table=True):
    """`sameAs`: two documents with the same content from different sources (row per direction)."""

    __tablename__ = "document_link"
    __table_args__ = (UniqueConstraint("document_id", "other_id"),)

    id: int | None = Field(default=None, primary_key=True)
    document_id: str = Field(
        sa_column=Column(String(64), ForeignKey("document.id", ondelete="CASCADE"), nullable=False)
    )
    other_id: str = Field(
        sa_column=Column(String(64), ForeignKey("document.id", ondelete="CASCADE"), nullable=False)
    )
    containment: float

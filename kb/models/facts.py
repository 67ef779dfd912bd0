"""Tables for extracted facts: claims and statistics, each with provenance columns."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, ForeignKey, Index, String, Text
from sqlmodel import Field, SQLModel


class Claim(SQLModel, table=True):
    """An assertion at exact offsets of a document, with its speaker and attribution.

    `speaker_id` is the named speaker; an unnamed group ("Chinese experts") keeps the
    attribution with `speaker_id` NULL and the group's words in `speaker_group`.
    `duplicate_of` points at the same claim in a `sameAs` document loaded earlier.
    """

    __table_args__ = (Index("ix_claim_document_start", "document_id", "start"),)

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
    text: str = Field(sa_column=Column(Text, nullable=False))
    speaker_id: str | None = Field(
        default=None,
        sa_column=Column(String(64), ForeignKey("entity.id", ondelete="SET NULL"), index=True),
    )
    speaker_group: str | None = Field(default=None, sa_column=Column(Text))
    attribution: str = Field(max_length=32, index=True)
    kind: str = Field(max_length=32, index=True)
    duplicate_of: str | None = Field(default=None, max_length=64)


class ClaimMention(SQLModel, table=True):
    """An entity a claim is about."""

    __tablename__ = "claim_mention"

    claim_id: str = Field(
        sa_column=Column(String(64), ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True)
    )
    entity_id: str = Field(
        sa_column=Column(
            String(64), ForeignKey("entity.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )


class Statistic(SQLModel, table=True):
    """A number with value (base units), unit, period, subjects, source and qualifier.

    Ranges ("10–15 years") are stored as one statistic: `value` is the low end and
    `value_high` the high end. Table cells carry `table_*` columns.
    """

    __table_args__ = (Index("ix_statistic_document_start", "document_id", "start"),)

    id: str = Field(primary_key=True, max_length=64)
    document_id: str = Field(
        sa_column=Column(String(64), ForeignKey("document.id", ondelete="CASCADE"), nullable=False)
    )
    passage_id: str | None = Field(
        default=None,
        sa_column=Column(String(64), ForeignKey("passage.id", ondelete="CASCADE"), index=True),
    )
    claim_id: str | None = Field(
        default=None,
        sa_column=Column(String(64), ForeignKey("claim.id", ondelete="SET NULL"), index=True),
    )
    start: int
    end: int
    surface: str = Field(sa_column=Column(Text, nullable=False))
    value: float
    value_high: float | None = None
    unit: str = Field(max_length=32, index=True)
    metric: str | None = Field(default=None, sa_column=Column(Text))
    # what is measured, independent of wording (loaders.indicators): "trade turnover
    # (China–Russia; money)"
    indicator: str | None = Field(default=None, sa_column=Column(String(300), index=True))
    period_start: date | None = Field(default=None, index=True)
    period_end: date | None = None
    source_id: str | None = Field(
        default=None,
        sa_column=Column(String(64), ForeignKey("entity.id", ondelete="SET NULL"), index=True),
    )
    qualifier: str = Field(default="EXACT", max_length=16)
    is_change: bool = False
    in_footnote: bool = False
    table_number: int | None = None
    table_caption: str | None = Field(default=None, sa_column=Column(Text))
    table_row: str | None = Field(default=None, sa_column=Column(Text))
    table_column: str | None = Field(default=None, sa_column=Column(Text))


class StatisticSubject(SQLModel, table=True):
    """An entity a statistic is about (e.g. Russia, China)."""

    __tablename__ = "statistic_subject"

    statistic_id: str = Field(
        sa_column=Column(
            String(64), ForeignKey("statistic.id", ondelete="CASCADE"), primary_key=True
        )
    )
    entity_id: str = Field(
        sa_column=Column(
            String(64), ForeignKey("entity.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )

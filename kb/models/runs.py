"""The load-run log: one row per `kb load`, referenced by every document it wrote."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel


class LoadRun(SQLModel, table=True):
    """A `kb load` invocation and its summary counts."""

    __tablename__ = "load_run"

    id: str = Field(primary_key=True, max_length=64)
    started_at: datetime
    finished_at: datetime | None = None
    extractor_version: str = Field(max_length=64)
    summary: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))

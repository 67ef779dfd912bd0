"""Alembic environment: runs migrations on the engine kb hands over (never a config file URL).

FTS tables, triggers and generated search columns are written by hand in their own
revisions and excluded from autogenerate, which would otherwise propose dropping them.
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import kb.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from kb.db import create_db_engine

target_metadata = SQLModel.metadata


def include_name(name: str | None, type_: str, _parents: dict) -> bool:
    if type_ == "table" and name and ("_fts" in name or name.startswith("search_")):
        return False
    return not (type_ == "column" and name == "search_vector")


def run_migrations_online() -> None:
    engine = context.config.attributes.get("engine") or create_db_engine()
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=engine.dialect.name == "sqlite",
            include_name=include_name,
            compare_type=True,
        )
        context.run_migrations()


run_migrations_online()

"""Alembic environment: runs migrations on the engine kb hands over (never a config file URL).

FTS tables, triggers and generated search columns are written by hand in their own
revisions and excluded from autogenerate, which would otherwise propose dropping them.
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import kb.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from kb.db import create_db_engine
from kb.migrations_filter import include_name

target_metadata = SQLModel.metadata


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

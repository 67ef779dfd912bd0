"""Alembic migrations: they build the schema from scratch, rerun as no-ops, match the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect
from sqlmodel import SQLModel

import kb.models  # noqa: F401
from kb.db import upgrade
from kb.migrations_filter import include_name


def test_upgrade_is_idempotent_and_matches_the_models(empty_engine: Engine) -> None:
    upgrade(empty_engine)  # second run: nothing to do, no error
    with empty_engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": include_name}
        )
        diff = compare_metadata(ctx, SQLModel.metadata)
    assert diff == []


def test_full_text_search_objects_exist(empty_engine: Engine) -> None:
    inspector = inspect(empty_engine)
    if empty_engine.dialect.name == "sqlite":
        tables = set(inspector.get_table_names())
        assert {"passage_fts", "claim_fts", "entity_fts"} <= tables
    else:
        for table in ("passage", "claim", "entity"):
            columns = {c["name"] for c in inspector.get_columns(table)}
            assert "search_vector" in columns

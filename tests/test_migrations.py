"""Alembic migrations: they build the schema from scratch, rerun as no-ops, match the models;
a database already at the head is not handed to Alembic (not even imported)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlmodel import SQLModel

import kb.models  # noqa: F401
from kb.db import MIGRATIONS_DIR, MIGRATIONS_HEAD, stored_revisions, upgrade
from kb.migrations_filter import include_name

ROOT = Path(__file__).resolve().parents[1]


def test_head_constant_is_alembics_head() -> None:
    """`upgrade` skips Alembic when the stored revision is MIGRATIONS_HEAD: a new migration
    must move the constant too, or databases would never get it."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(cfg).get_heads() == [MIGRATIONS_HEAD]


def _upgrade_imports_alembic(url: str) -> bool:
    probe = (
        "import sys\n"
        "from kb.db import create_db_engine, upgrade\n"
        f"upgrade(create_db_engine({url!r}))\n"
        "print(any(m.split('.')[0] == 'alembic' for m in sys.modules))\n"
    )
    path = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "PYTHONPATH": path},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip() == "True"


def test_a_database_at_the_head_never_imports_alembic(empty_engine: Engine) -> None:
    assert stored_revisions(empty_engine) == {MIGRATIONS_HEAD}
    assert not _upgrade_imports_alembic(empty_engine.url.render_as_string(False))


def test_a_fresh_sqlite_database_is_created_without_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    assert not _upgrade_imports_alembic(url)
    from kb.db import create_db_engine

    assert stored_revisions(create_db_engine(url)) == {MIGRATIONS_HEAD}


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


def _sqlite_state(engine: Engine) -> tuple[list[tuple], dict[str, list[tuple]]]:
    """sqlite_master in creation order, and every table's rows (FTS5 shadow tables too)."""
    with engine.connect() as conn:
        master = [
            tuple(r)
            for r in conn.exec_driver_sql(
                "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"
            )
        ]
        rows = {
            name: sorted(tuple(r) for r in conn.exec_driver_sql(f'SELECT * FROM "{name}"'))
            for kind, name, _tbl, _sql in master
            if kind == "table"
        }
    return master, rows


def test_a_fresh_sqlite_database_equals_alembics(tmp_path: Path) -> None:
    """kb.sqlite_schema's snapshot builds what the migrations build; when this fails after a
    new migration, regenerate it with `python -m kb.sqlite_schema`."""
    from alembic import command

    from kb import sqlite_schema
    from kb.db import alembic_config, create_db_engine

    migrated = create_db_engine(f"sqlite:///{tmp_path / 'alembic.sqlite'}")
    command.upgrade(alembic_config(migrated), "head")
    with migrated.connect() as conn:
        assert sqlite_schema.dump(conn) == sqlite_schema.SCHEMA_FILE.read_text("utf-8")
    fresh = create_db_engine(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    upgrade(fresh)
    assert _sqlite_state(fresh) == _sqlite_state(migrated)
    assert stored_revisions(fresh) == {MIGRATIONS_HEAD}
    assert not sqlite_schema.create(fresh)  # never over an existing schema
    migrated.dispose()
    fresh.dispose()

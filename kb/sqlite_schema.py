"""The SQLite schema at the migrations head, as SQL: a fresh SQLite database is created from
it instead of by replaying every migration through Alembic.

`migrations/sqlite_head.sql` holds what the migrations leave in ``sqlite_master`` (tables,
indexes, FTS5 virtual tables, triggers, in creation order; not the FTS5 shadow tables, which
their virtual table creates), the FTS5 ``rebuild`` the migration ran on each (it writes the
index's averages record) and the ``alembic_version`` row. Running it on an empty
database gives the same schema, byte for byte, as ``alembic upgrade head``
(`tests/test_migrations.py` builds both and compares ``sqlite_master`` and every table's
rows), and the database then migrates on from there like any other. It spares a fresh
`kb load` Alembic's import and the revision scripts (about 0.15 s of CPU of a seeds load).
PostgreSQL databases always go through Alembic.

After adding a migration, regenerate it with ``python -m kb.sqlite_schema``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from sqlalchemy import Connection, Engine, text

SCHEMA_FILE = Path(__file__).with_name("migrations") / "sqlite_head.sql"
_SEPARATOR = "\n;\n"  # statements (triggers hold semicolons) end with a line of its own


def dump(conn: Connection) -> str:
    """The SQL that recreates this database's schema and its alembic_version rows."""
    shadow = {row[1] for row in conn.exec_driver_sql("PRAGMA table_list") if row[2] == "shadow"}
    statements = [
        sql
        for name, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        )
        if name not in shadow and not name.startswith("sqlite_")
    ]
    for name, sql in conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid"
    ):
        if "USING fts5" in sql:  # as migration 0002 left it: its averages record written
            statements.append(f"INSERT INTO {name}({name}) VALUES ('rebuild')")
    for (version,) in conn.exec_driver_sql("SELECT version_num FROM alembic_version"):
        statements.append(f"INSERT INTO alembic_version (version_num) VALUES ('{version}')")
    return "".join(s + _SEPARATOR for s in statements)


def create(engine: Engine) -> bool:
    """Create the head schema in an empty SQLite database (False, untouched, if not empty)."""
    statements = [s for s in SCHEMA_FILE.read_text("utf-8").split(_SEPARATOR) if s.strip()]
    with engine.begin() as conn:
        if conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar():
            return False
        for statement in statements:
            conn.exec_driver_sql(statement)
    return True


def main() -> int:
    """Regenerate SCHEMA_FILE from a database that Alembic migrated to the head."""
    from alembic import command

    from kb.db import alembic_config, create_db_engine

    with tempfile.TemporaryDirectory() as tmp:
        engine = create_db_engine(f"sqlite:///{Path(tmp) / 'head.sqlite'}")
        command.upgrade(alembic_config(engine), "head")
        with engine.connect() as conn:
            SCHEMA_FILE.write_text(dump(conn), "utf-8")
        engine.dispose()
    print(f"wrote {SCHEMA_FILE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

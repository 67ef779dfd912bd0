"""Engines, sessions and schema upgrades for SQLite (default) and PostgreSQL.

SQLite connections get WAL, foreign keys, a busy timeout and explicit `BEGIN` so that a
document is replaced atomically (Python's sqlite3 legacy transaction mode would commit
implicitly around DDL and break savepoints).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlmodel import Session

from kb.config import get_settings
from kb.errors import ConfigError, DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions (tests/test_migrations.py checks it is Alembic's
# head). A database already there is not handed to Alembic at all, nor is an empty SQLite one
# (kb.sqlite_schema): importing Alembic and running the revision scripts costs a `kb load`
# about 0.15 s of CPU on an idle machine (0.56 s of import measured under load).
MIGRATIONS_HEAD = "0005"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA busy_timeout = 30000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


def create_db_engine(url: str | None = None, **kwargs: Any) -> Engine:
    """Create an engine for `url` (default: `KB_DATABASE_URL` or `./kb.sqlite`)."""
    url = url or get_settings().database_url
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigError(
            f"KB_DATABASE_URL is not a valid SQLAlchemy URL: {url!r} "
            "(expected e.g. sqlite:///kb.sqlite or postgresql+psycopg://user@host:5432/db)"
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
        _configure_sqlite(engine)
    else:
        kwargs.setdefault("pool_pre_ping", True)
        engine = create_engine(url, **kwargs)
    return engine


@lru_cache(maxsize=8)
def get_engine(url: str | None = None) -> Engine:
    """A process-wide engine per URL."""
    return create_db_engine(url)


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def stored_revisions(engine: Engine) -> set[str]:
    """The revisions recorded in the database's `alembic_version` table (empty when there is
    none yet, or when the database cannot be read: Alembic then says why)."""
    try:
        with engine.connect() as conn:
            return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
    except DBAPIError:
        return set()


def upgrade(engine: Engine) -> None:
    """Bring the database schema up to date (idempotent; Alembic runs only when needed: an
    empty SQLite database gets the head schema from :mod:`kb.sqlite_schema`)."""
    revisions = stored_revisions(engine)
    if revisions == {MIGRATIONS_HEAD}:
        return
    try:
        if not revisions and is_sqlite(engine):
            from kb import sqlite_schema

            if sqlite_schema.create(engine):
                return
        from alembic import command

        command.upgrade(alembic_config(engine), "head")
    except OperationalError as exc:
        raise DatabaseError(
            f"cannot reach or migrate the database at {engine.url.render_as_string()}: {exc.orig}"
        ) from exc


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session whose transaction the caller commits; rolled back on error."""
    with Session(engine) as session:
        try:
            yield session
        except BaseException:
            session.rollback()
            raise

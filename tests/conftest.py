"""Shared fixtures: real databases (a SQLite file; a fresh PostgreSQL database) and the seeds.

PostgreSQL tests use `KB_TEST_POSTGRES_URL` (default: the local server, database `test`) to
create a throw-away database per fixture. Without a reachable server they skip, except
under `CI=true`, where they fail.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from kb.db import create_db_engine, upgrade

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).with_name("fixtures")
PG_ADMIN_URL = os.environ.get(
    "KB_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _pg_available() -> str | None:
    try:
        engine = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as exc:  # any failure means "not reachable"
        return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


_PG_PROBLEM: list[str | None] = []


def require_postgres() -> None:
    if not _PG_PROBLEM:
        _PG_PROBLEM.append(_pg_available())
    problem = _PG_PROBLEM[0]
    if problem:
        message = f"PostgreSQL not reachable at {PG_ADMIN_URL}: {problem}"
        if IN_CI:
            pytest.fail(message + " (CI=true: PostgreSQL tests must run)")
        pytest.skip(message)


class Databases:
    """Creates empty databases on demand and drops them at the end."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.engines: list[Engine] = []
        self.pg_databases: list[str] = []

    def url(self, backend: str) -> str:
        if backend == "sqlite":
            return f"sqlite:///{self.tmp / f'kb-{uuid.uuid4().hex[:8]}.sqlite'}"
        require_postgres()
        name = f"kb_test_{uuid.uuid4().hex[:12]}"
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        self.pg_databases.append(name)
        return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)

    def engine(self, backend: str, *, migrate: bool = True) -> Engine:
        engine = create_db_engine(self.url(backend))
        self.engines.append(engine)
        if migrate:
            upgrade(engine)
        return engine

    def close(self) -> None:
        for engine in self.engines:
            engine.dispose()
        if self.pg_databases:
            admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                for name in self.pg_databases:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


@pytest.fixture(scope="session")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databases]:
    dbs = Databases(tmp_path_factory.mktemp("db"))
    yield dbs
    dbs.close()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def empty_engine(databases: Databases, backend: str) -> Engine:
    """A freshly migrated, empty database of the parametrised backend."""
    return databases.engine(backend)


_SEEDED: dict[str, Engine] = {}


@pytest.fixture
def seeded_engine(databases: Databases, backend: str) -> Engine:
    """A database holding the seed corpus, loaded once per backend per test session.

    Tests must not write to it; use `empty_engine` for load/refresh scenarios.
    """
    if backend not in _SEEDED:
        from loaders.runner import load_paths

        engine = databases.engine(backend)
        summary = load_paths(engine, [SEEDS])
        assert summary.ok, summary.failed
        _SEEDED[backend] = engine
    return _SEEDED[backend]


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Callable[[], Path]:
    """Copy the seeds (with manifest) into a temporary folder tests may edit."""

    def make() -> Path:
        target = tmp_path / "corpus"
        target.mkdir()
        for f in SEEDS.iterdir():
            (target / f.name).write_bytes(f.read_bytes())
        return target

    return make

"""PostgreSQL goes away under a running `kb serve`: requests fail cleanly, then recover.

`slow`, outside the default run. By default it starts a private PostgreSQL cluster (initdb
as the `postgres` user in a temporary folder, its own port), so restarting it disturbs
nobody; it skips where that is impossible (not root, no initdb). With
`KB_TEST_PG_RESTART_SHARED=1` it restarts the shared server instead
(`pg_ctlcluster --skip-systemctl-redirect <version> main restart`): only when nothing
else uses it. The checks: while the database is down each request answers within a
bounded time with a GraphQL error that names no internals (no traceback, driver, host or
SQL) and `/health` still answers; once it is back, requests succeed again without
restarting kb.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from kb.db import create_db_engine
from loaders.runner import load_paths

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

KB = Path(sys.executable).parent / "kb"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SHARED = os.environ.get("KB_TEST_PG_RESTART_SHARED") == "1"
INTERNALS = ("Traceback", "psycopg", "sqlalchemy", "OperationalError", "127.0.0.1", "SELECT ")


def _bindir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return found[-1].parent if found else None


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """Start/stop control over the PostgreSQL server the test restarts."""

    def __init__(self) -> None:
        self.url = ""
        self._dir: Path | None = None
        self._bin: Path | None = None

    def _pg_ctl(self, *args: str) -> None:
        assert self._bin and self._dir
        subprocess.run(
            ["runuser", "-u", "postgres", "--", str(self._bin / "pg_ctl"), "-D",
             str(self._dir / "data"), "-w", "-t", "60", *args],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip

    def start_private(self) -> None:
        self._bin = _bindir()
        if os.geteuid() != 0 or self._bin is None or shutil.which("runuser") is None:
            pytest.skip("needs root, runuser and PostgreSQL's initdb for a private cluster")
        self._dir = Path(tempfile.mkdtemp(prefix="kb-pg-"))
        shutil.chown(self._dir, "postgres", "postgres")
        subprocess.run(
            ["runuser", "-u", "postgres", "--", str(self._bin / "initdb"), "-D",
             str(self._dir / "data"), "-A", "trust", "-U", "postgres"],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        port = _free_port()
        self._options = f"-p {port} -k {self._dir} -c listen_addresses=127.0.0.1"
        self.start()
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"

    def stop(self) -> None:
        if SHARED:
            self._shared("stop")
        else:
            self._pg_ctl("stop", "-m", "fast")

    def start(self) -> None:
        if SHARED:
            self._shared("start")
        else:
            self._pg_ctl("start", "-o", self._options, "-l", str(self._dir / "log"))

    def _shared(self, action: str) -> None:
        version = sorted(os.listdir("/etc/postgresql"))[-1]
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip

    def remove(self) -> None:
        if self._dir is not None:
            with contextlib.suppress(subprocess.CalledProcessError):
                self._pg_ctl("stop", "-m", "immediate")
            shutil.rmtree(self._dir, ignore_errors=True)


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    c = Cluster()
    if SHARED:
        c.url = os.environ.get(
            "KB_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
        )
    else:
        c.start_private()
    yield c
    c.remove()


def _database(admin_url: str) -> str:
    name = f"kb_restart_{os.getpid()}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


# A query of kb's schema that reads the database (`documentCount` exists only in the HTTP
# tests' own schema: against kb it was a validation error, up or down).
QUERY = "{ documents(first: 1) { totalCount } }"


def _ask(base: str) -> httpx.Response:
    return httpx.post(f"{base}/graphql", json={"query": QUERY}, timeout=30)


def _answer(count: int) -> dict:
    return {"data": {"documents": {"totalCount": count}}}


def test_requests_fail_cleanly_while_postgres_is_down_and_recover(
    cluster: Cluster, tmp_path: Path
) -> None:
    url = _database(cluster.url)
    engine = create_db_engine(url)
    assert load_paths(engine, [SEEDS]).ok
    with engine.connect() as conn:
        count = int(conn.execute(text("SELECT count(*) FROM document")).scalar_one())
    engine.dispose()
    assert count > 0
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [str(KB), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "2"],
        env={**os.environ, "KB_DATABASE_URL": url},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "kb serve did not start"
            time.sleep(0.2)
        for _ in range(5):
            assert _ask(base).json() == _answer(count)

        cluster.stop()
        try:
            for _ in range(5):
                started = time.monotonic()
                response = _ask(base)
                assert time.monotonic() - started < 30
                assert response.status_code in (200, 500, 503), response.text
                body = response.json()
                assert body.get("errors"), body
                for word in INTERNALS:
                    assert word not in response.text, (word, response.text)
            assert httpx.get(f"{base}/health", timeout=10).status_code in (200, 503)
        finally:
            cluster.start()

        deadline = time.monotonic() + 60
        while True:
            response = _ask(base)
            if response.status_code == 200 and not response.json().get("errors"):
                break
            assert time.monotonic() < deadline, f"no recovery: {response.text}"
            time.sleep(0.5)
        for _ in range(20):
            assert _ask(base).json() == _answer(count)
        assert server.poll() is None, "kb serve must not have been restarted"
    finally:
        server.terminate()
        server.wait(timeout=30)

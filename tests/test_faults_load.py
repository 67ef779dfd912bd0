"""`kb load` under faults, with real processes on SQLite and PostgreSQL.

- `kill -9` in the middle of a load, then a rerun: the database equals a clean load's
  (compared through the canonical export of :mod:`loaders.export`);
- a load while another holds the load lock refuses clearly ("another kb load is
  running"); two loads started together: one refuses, nothing is duplicated or crashes;
- readers during a refresh see a replaced document either whole-old or whole-new.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from bench.synth import generate
from kb.db import create_db_engine
from kb.locks import load_lock
from kb.models import Claim, Document, LoadRun, Passage, Statistic
from loaders.export import export_text
from loaders.runner import load_paths

KB = Path(sys.executable).parent / "kb"
COPIES = 2  # 10 files: long enough to be killed mid-way, short enough for the default run


def _env(url: str) -> dict[str, str]:
    return {**os.environ, "KB_DATABASE_URL": url, "COLUMNS": "200"}


def _start(url: str, corpus: Path, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(KB), "load", str(corpus), "--workers", "2"],
        cwd=cwd,
        env=_env(url),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, so the test can clean up after it
    )


def _run(url: str, corpus: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(KB), "load", str(corpus)],
        cwd=cwd,
        env=_env(url),
        capture_output=True,
        text=True,
        timeout=900,
    )


def _documents(engine: Engine) -> int:
    try:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(Document)) or 0)
    except SQLAlchemyError:  # tables not created yet
        return 0


def _wait_for_documents(engine: Engine, proc: subprocess.Popen[str], at_least: int) -> int:
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        n = _documents(engine)
        if n >= at_least:
            return n
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"kb load ended (rc={proc.returncode}) before the fault: {out}{err}")
        time.sleep(0.05)
    pytest.fail("kb load wrote no documents within 10 minutes")


def _reap(proc: subprocess.Popen[str]) -> None:
    """Kill what is left of a load's process group (its workers, if they outlived it)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)  # closes the pipes


@pytest.fixture(scope="module")
def synthetic_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Tests only read it (kb load never writes to the corpus)."""
    return generate(COPIES, tmp_path_factory.mktemp("synthetic") / "corpus")


_CLEAN: dict[str, str] = {}


@pytest.fixture
def clean_export(databases, backend: str, synthetic_corpus: Path) -> str:
    """The export of one uninterrupted load of the synthetic corpus (once per backend)."""
    if backend not in _CLEAN:
        engine = databases.engine(backend)
        summary = load_paths(engine, [synthetic_corpus], workers=2)
        assert summary.ok, summary.failed
        _CLEAN[backend] = export_text(engine)
    return _CLEAN[backend]


def test_kill_9_mid_load_then_rerun_equals_a_clean_load(
    databases, backend: str, synthetic_corpus: Path, clean_export: str, tmp_path: Path
) -> None:
    url = databases.url(backend)
    engine = create_db_engine(url)
    proc = _start(url, synthetic_corpus, tmp_path)
    try:
        stored = _wait_for_documents(engine, proc, at_least=3)
        os.kill(proc.pid, signal.SIGKILL)  # the `kb load` process itself, as a user would
        proc.communicate(timeout=60)
    finally:
        _reap(proc)
    assert proc.returncode == -signal.SIGKILL
    with engine.connect() as conn:
        last = conn.execute(
            select(LoadRun.finished_at).order_by(LoadRun.started_at.desc()).limit(1)
        ).scalar_one_or_none()
    assert stored >= 3 and last is None, "the load finished before it was killed"
    rerun = _run(url, synthetic_corpus, tmp_path)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert export_text(engine) == clean_export
    engine.dispose()


def test_a_second_load_during_a_load_refuses_clearly(
    databases, backend: str, synthetic_corpus: Path, clean_export: str, tmp_path: Path
) -> None:
    url = databases.url(backend)
    engine = create_db_engine(url)
    with load_lock(engine):  # what a running `kb load` holds, for as long as the test needs
        second = _run(url, synthetic_corpus, tmp_path)
    assert second.returncode == 2, second.stdout + second.stderr
    assert "another kb load is running" in second.stderr
    assert "Traceback" not in second.stderr
    assert _documents(engine) == 0
    after = _run(url, synthetic_corpus, tmp_path)  # the lock is free again
    assert after.returncode == 0, after.stdout + after.stderr
    assert export_text(engine) == clean_export
    engine.dispose()


def test_two_loads_started_together_on_a_fresh_database(
    databases, backend: str, synthetic_corpus: Path, clean_export: str, tmp_path: Path
) -> None:
    url = databases.url(backend)
    procs = [_start(url, synthetic_corpus, tmp_path) for _ in range(2)]
    try:
        results = [(p.communicate(timeout=900), p.returncode) for p in procs]
    finally:
        for p in procs:
            _reap(p)
    codes = sorted(rc for _out, rc in results)
    logs = "".join(out + err for (out, err), _rc in results)
    assert codes in ([0, 2], [0, 0]), logs
    assert "Traceback" not in logs
    engine = create_db_engine(url)
    assert export_text(engine) == clean_export
    engine.dispose()


def _snapshot(engine: Engine, source_path: str) -> tuple[int, ...]:
    """Counts of one file's rows, read in ONE statement (one snapshot on any backend)."""
    docs = select(Document.id).where(Document.source_path == source_path)

    def count(model) -> object:
        return (
            select(func.count())
            .select_from(model)
            .where(model.document_id.in_(docs))
            .scalar_subquery()
        )

    stmt = select(
        select(func.count())
        .select_from(Document)
        .where(Document.source_path == source_path)
        .scalar_subquery(),
        select(func.coalesce(func.sum(func.length(Document.text)), 0))
        .where(Document.source_path == source_path)
        .scalar_subquery(),
        count(Passage),
        count(Claim),
        count(Statistic),
    )
    with engine.connect() as conn:
        return tuple(int(v) for v in conn.execute(stmt).one())


def test_readers_during_a_refresh_see_the_old_or_the_new_document_never_half(
    databases, backend: str, corpus_copy: Callable[[], Path]
) -> None:
    corpus = corpus_copy()
    engine = databases.engine(backend)
    assert load_paths(engine, [corpus]).ok
    report = "003_a68d32ec9af499bf.txt"
    old = _snapshot(engine, report)
    path = corpus / report
    path.write_text(
        path.read_text(encoding="utf-8")
        + "\n\nExperts said trade grew by 12% in 2023, to $200 billion, and would keep growing.\n",
        encoding="utf-8",
    )
    reader = create_db_engine(str(engine.url.render_as_string(hide_password=False)))
    seen: list[tuple[int, ...]] = []
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            seen.append(_snapshot(reader, report))

    poller = threading.Thread(target=poll)
    poller.start()
    try:
        summary = load_paths(engine, [corpus], workers=1)
    finally:
        done.set()
        poller.join()
    assert summary.updated == [report], summary
    new = _snapshot(engine, report)
    assert new != old
    assert set(seen) <= {old, new}, sorted(set(seen) - {old, new})[:3]
    assert old in seen
    reader.dispose()

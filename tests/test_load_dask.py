"""`kb load --engine dask`: the same database as the local pool, on a real Dask cluster.

A `LocalCluster` (one single-threaded worker process) is started once for the module; loads
go to it by its scheduler address, as they would to a remote cluster. On SQLite and on the
PostgreSQL server: the canonical export equals a load through the local process pool, a
bad file fails alone (with the same reason), and a rerun skips every unchanged file.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kb.errors import ConfigError
from loaders.export import export_text
from loaders.runner import load_paths

distributed = pytest.importorskip("distributed")
KB = Path(sys.executable).parent / "kb"


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # a free port, never a fixed one
        silence_logs=logging.ERROR,
    ) as cluster:
        yield cluster.scheduler_address


def _names(failed: list[tuple[str, str]]) -> dict[str, str]:
    return {Path(path).name: reason for path, reason in failed}


def test_dask_load_equals_local_pool_and_reruns_skip(
    databases, backend: str, scheduler: str, corpus_copy: Callable[[], Path]
) -> None:
    corpus = corpus_copy()
    (corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    local, dask = databases.engine(backend), databases.engine(backend)

    by_pool = load_paths(local, [corpus], workers=2)
    by_dask = load_paths(dask, [corpus], executor="dask", scheduler=scheduler)

    assert sorted(by_dask.added) == sorted(by_pool.added) and len(by_dask.added) == 5
    assert _names(by_dask.failed) == _names(by_pool.failed)
    assert set(_names(by_dask.failed)) == {"binary.txt"}
    assert "binary" in by_dask.failed[0][1]
    assert by_dask.totals == by_pool.totals
    assert export_text(dask) == export_text(local)

    again = load_paths(dask, [corpus], executor="dask", scheduler=scheduler)
    assert len(again.unchanged) == 5 and not again.added and not again.updated
    assert set(_names(again.failed)) == {"binary.txt"}
    assert export_text(dask) == export_text(local)


def test_a_local_cluster_is_started_only_when_a_file_needs_extracting(
    databases, corpus_copy: Callable[[], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No scheduler address: the first changed file starts a local cluster; an unchanged
    refresh never starts one."""
    started: list[int] = []
    real = distributed.LocalCluster

    def counting(*args: object, **kwargs: object) -> object:
        started.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(distributed, "LocalCluster", counting)
    corpus = corpus_copy()
    for extra in corpus.glob("0*.txt"):
        if extra.name != "004_119b34da1581264a.txt":
            extra.unlink()
    engine = databases.engine("sqlite")
    first = load_paths(engine, [corpus], executor="dask", workers=1)
    assert first.ok and first.added == ["004_119b34da1581264a.txt"] and started == [1]
    again = load_paths(engine, [corpus], executor="dask", workers=1)
    assert again.unchanged == ["004_119b34da1581264a.txt"] and started == [1]


def test_unknown_engine_is_a_config_error(databases, corpus_copy: Callable[[], Path]) -> None:
    with pytest.raises(ConfigError, match="unknown load engine"):
        load_paths(databases.engine("sqlite"), [corpus_copy()], executor="spark")


def test_kb_load_engine_dask_as_a_user_runs_it(
    tmp_path: Path, scheduler: str, corpus_copy: Callable[[], Path]
) -> None:
    corpus = corpus_copy()
    for extra in corpus.glob("0*.txt"):
        if extra.name != "004_119b34da1581264a.txt":
            extra.unlink()
    env = {**os.environ, "KB_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite'}"}
    args = [str(KB), "load", str(corpus), "--engine", "dask", "--scheduler", scheduler]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    header, counts = [line.split() for line in done.stdout.splitlines()[1:3]]
    assert dict(zip(header, counts, strict=True))["added"] == "1"


def sleepy_extract(data: bytes, source_path: str, entry: object, timeout: float | None) -> tuple:
    """A stand-in extractor (run on the Dask workers): 'slow.txt' never finishes in time."""
    import time

    if source_path == "slow.txt":
        time.sleep(600)
    return ("ok", [source_path])


def test_an_overdue_file_fails_alone_and_its_worker_is_restarted() -> None:
    """Dask runs tasks in threads the alarm cannot reach: the pool's hard limit fails the
    file, restarts the worker running it, and the other files still come back."""
    from loaders.dask_pool import DaskPool
    from loaders.pool import Job
    from loaders.worker import timeout_reason

    with DaskPool(2, timeout=0.5, function=sleepy_extract) as pool:
        done = []
        for name in ("a.txt", "slow.txt", "b.txt", "c.txt"):
            done += pool.submit(Job(b"x", name, None))
        done += list(pool.drain())
    outcomes = {job.source_path: outcome for job, outcome in done}
    assert outcomes["slow.txt"] == ("failed", timeout_reason(0.5))
    assert {k: v for k, v in outcomes.items() if k != "slow.txt"} == {
        name: ("ok", [name]) for name in ("a.txt", "b.txt", "c.txt")
    }

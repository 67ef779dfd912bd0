"""The extraction pool under misbehaving files: runaway, deaf to alarms, crashing workers.

Real worker processes; the per-file functions below stand in for a reader gone wrong
(they must be module-level so the forkserver's workers can import them). Each bad file
fails alone with a one-line reason and the files around it still come back.
"""

from __future__ import annotations

import os
import re
import signal
import time
from typing import Any

from loaders.pool import ExtractPool, Job
from loaders.worker import DocumentTimeout, extract_file, time_limit


def behave(data: bytes, source_path: str, _entry: Any, timeout: float | None) -> tuple:
    """A stand-in reader: the file's bytes say how to misbehave."""
    with time_limit(timeout):
        try:
            if data == b"regex":
                re.match(r"(a+)+$", "a" * 64 + "b")  # catastrophic backtracking
            elif data == b"deaf":
                signal.signal(signal.SIGALRM, signal.SIG_IGN)
                time.sleep(60)
            elif data == b"crash":
                os.kill(os.getpid(), signal.SIGKILL)
        except DocumentTimeout:
            return ("failed", "timed out")
    return ("ok", source_path)


def patient(data: bytes, source_path: str, _entry: Any, _timeout: float | None) -> tuple:
    """A reader deaf to the alarm (as C code may be) that still finishes under the hard limit."""
    time.sleep(1.0)
    return ("ok", source_path)


def _run(pool: ExtractPool, names: list[str]) -> dict[str, tuple]:
    out: dict[str, tuple] = {}
    for name in names:
        data = name.split("-")[0].encode()
        for job, outcome in pool.submit(Job(data, name, None)):
            out[job.source_path] = outcome
    for job, outcome in pool.drain():
        out[job.source_path] = outcome
    return out


def test_the_worker_alarm_stops_catastrophic_regex_backtracking() -> None:
    started = time.monotonic()
    assert behave(b"regex", "x", None, 0.5) == ("failed", "timed out")
    assert time.monotonic() - started < 30  # not a timing target: the pattern needs years


def test_a_runaway_file_times_out_alone_in_the_pool() -> None:
    with ExtractPool(2, timeout=0.5, function=behave) as pool:
        out = _run(pool, ["ok-1", "regex-2", "ok-3", "ok-4"])
    assert out["regex-2"] == ("failed", "timed out")
    assert {out[n] for n in ("ok-1", "ok-3", "ok-4")} == {
        ("ok", "ok-1"),
        ("ok", "ok-3"),
        ("ok", "ok-4"),
    }


def test_a_worker_deaf_to_its_alarm_is_killed_and_the_pool_recovers(monkeypatch) -> None:
    monkeypatch.setattr("loaders.pool.GRACE_S", 0.5)
    with ExtractPool(2, timeout=0.5, function=behave) as pool:
        out = _run(pool, ["ok-1", "deaf-2", "ok-3", "ok-4", "ok-5"])
    assert out.pop("deaf-2") == (
        "failed",
        "timed out after 0.5 s (limit set by KB_DOCUMENT_TIMEOUT)",
    )
    assert out == {n: ("ok", n) for n in ("ok-1", "ok-3", "ok-4", "ok-5")}


def test_the_hard_limit_counts_from_when_a_worker_starts_the_file(monkeypatch) -> None:
    """Three 1 s files on two workers with a 1.5 s hard limit: the third waits about 1 s
    for a worker (more while the workers warm up), which is no overrun of its own."""
    monkeypatch.setattr("loaders.pool.GRACE_S", 0.5)
    with ExtractPool(2, timeout=0.5, function=patient) as pool:
        assert pool.hard_limit == 1.5
        out = _run(pool, ["a-1", "b-2", "c-3", "d-4"])
    assert out == {n: ("ok", n) for n in ("a-1", "b-2", "c-3", "d-4")}


def test_a_crashing_worker_fails_only_its_file() -> None:
    with ExtractPool(2, timeout=30, function=behave) as pool:
        out = _run(pool, ["ok-1", "crash-2", "ok-3", "ok-4"])
    status, reason = out.pop("crash-2")
    assert status == "failed" and "worker process died" in reason and "\n" not in reason
    assert out == {n: ("ok", n) for n in ("ok-1", "ok-3", "ok-4")}


def test_in_process_extraction_applies_the_same_time_limit() -> None:
    with ExtractPool(1, timeout=0.5, function=behave) as pool:
        out = _run(pool, ["ok-1", "regex-2"])
    assert out == {"ok-1": ("ok", "ok-1"), "regex-2": ("failed", "timed out")}


def test_extract_file_turns_reader_errors_into_one_line_reasons() -> None:
    status, reason = extract_file(b"\x00\x01binary", "bin.txt", None, 5)
    assert status == "failed" and "binary" in reason and "\n" not in reason

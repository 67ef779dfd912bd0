"""Run :func:`loaders.worker.extract_file` over files in worker processes, a few at a time.

The main process submits jobs and gets back `(job, outcome)` pairs as workers finish; at
most ``workers + 1`` jobs are in flight, so memory holds only those files, never the
corpus. Workers start from a `forkserver` that has the pipeline's modules imported (safe
with the progress bar's thread, quick to start: the pipeline is imported once, not per worker);
a small `kb load` forks its one worker from itself instead, before any other thread and
before it imports the database layer (:meth:`ExtractPool.started`).
Failures stay per file:

- a worker that overruns its hard deadline (twice the soft limit plus a grace period: a
  C extension may ignore the worker's own alarm), counted from when the worker started
  the file (it reports that on a queue; a file waiting for a worker, or a worker still
  warming up, is not overdue), is killed; its file fails with the time
  limit as reason, and the other files in flight are resubmitted to a fresh pool;
- a worker that dies (out of memory, a crash in native code) breaks the pool: the files in
  flight are rerun one at a time in a fresh pool, so the file that breaks it fails alone.

With ``workers == 1`` jobs run in-process, in order, with the same per-file time limit.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import queue
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from loaders import gc_tuning
from loaders.drafts import DocumentDraft
from loaders.pipeline import COMPONENT_MODULES
from loaders.readers.manifest import ManifestEntry
from loaders.worker import Outcome, extract_file, timeout_reason, warm_up

GRACE_S = 10.0
# Below this many files a load's pool of every CPU starts on demand costs more than it saves;
# `kb load` forks its workers early instead (see `ExtractPool.started`).
AUTO_POOL_FILES = 8
_starts: Any = None  # in a worker: the pool's queue of (job key, start time)


def _init_worker(main_pid: int, starts: Any, forked: bool = False) -> None:
    global _starts
    _starts = starts
    warm_up(main_pid, indexes=forked)  # (the forkserver built the indexes, see preload)
    if forked:
        gc_tuning.freeze_imports()


def _ready() -> None:
    """A job that does nothing: submitted to start a pool's workers at once."""


def _run_job(function: Callable[..., Outcome], key: int, *args: Any) -> Outcome:
    """In a worker: say when the job starts (CLOCK_MONOTONIC is system-wide), then run it."""
    if _starts is not None:
        _starts.put((key, time.monotonic()))
    return function(*args)


def default_workers() -> int:
    """The CPUs this process may use (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class Job:
    """One file to extract; `context` is the caller's (returned untouched)."""

    data: bytes | list[DocumentDraft]  # the file, or its drafts read already
    source_path: str
    entry: ManifestEntry | None
    context: Any = None


class ExtractPool:
    """Submit jobs, collect outcomes; see the module docstring. Use as a context manager."""

    def __init__(
        self,
        workers: int,
        timeout: float | None,
        function: Callable[..., Outcome] = extract_file,
    ) -> None:
        self.function = function  # a module-level callable (tests swap in misbehaving ones)
        self.workers = max(1, workers)
        self.timeout = timeout if timeout and timeout > 0 else None
        self._executor: ProcessPoolExecutor | None = None
        self._starts: Any = None  # the current executor's start-time queue
        self._keys = itertools.count()
        self._inflight: dict[Future[Outcome], tuple[Job, int]] = {}
        self._began: dict[int, float] = {}  # job key -> when a worker started it
        self._fork = False  # the next executor's workers fork from this process (see `started`)
        # jobs queued by `submit_early` whose caller has not taken them back (by source path)
        self.early: dict[str, Job] = {}
        self._submitted = 0
        self._in_workers = self.workers > 1  # one worker: jobs run in this process instead

    @classmethod
    def started(cls, workers: int, timeout: float | None = None) -> ExtractPool:
        """A pool whose workers fork from this process now and warm up (import the rule
        modules, build the indexes) while it goes on: `kb load` starts one before it imports
        the database layer, which the workers never need, so that a small load's start-up
        runs on two cores instead of one. Only while this process runs no other thread
        (a fork copies one thread); a pool restarted after a crash or a kill starts from
        the forkserver as usual."""
        pool = cls(workers, timeout)
        pool._fork = pool._in_workers = True
        pool._pool().submit(_ready)  # every worker forks on the first submit
        return pool

    def set_timeout(self, timeout: float | None) -> None:
        self.timeout = timeout if timeout and timeout > 0 else None

    def __enter__(self) -> ExtractPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._executor is not None and not self._submitted:
            self._kill()  # started but never used (nothing to extract): no need to wait
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    @property
    def hard_limit(self) -> float | None:
        return 2 * self.timeout + GRACE_S if self.timeout else None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            forked, self._fork = self._fork, False
            if forked:
                context = multiprocessing.get_context("fork")
            else:
                context = multiprocessing.get_context("forkserver")
                # The components (no database layer) are imported once, by the forkserver, and
                # the registry's indexes built there (loaders.preload): each worker forks with
                # them loaded instead of importing and building them itself (~1-3 s each).
                context.set_forkserver_preload(
                    ["loaders.worker", *COMPONENT_MODULES, "loaders.preload"]
                )
            self._starts = context.Queue()  # fresh per executor: a killed writer may break one
            self._began.clear()
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=context,
                initializer=_init_worker,
                initargs=(os.getpid(), self._starts, forked),
            )
        return self._executor

    def submit(self, job: Job) -> list[tuple[Job, Outcome]]:
        """Queue a job; returns the outcomes that finished while waiting for room."""
        if not self._in_workers:
            return [(job, self.function(job.data, job.source_path, job.entry, self.timeout))]
        done: list[tuple[Job, Outcome]] = []
        while len(self._inflight) > self.workers:
            done.extend(self._collect())
        self._start(job)
        return done

    def submit_early(self, job: Job) -> None:
        """Queue a job at once, without waiting for room and before the caller can take
        outcomes (a started pool's first files: see `loaders.commands`); it stays in
        `early` until the caller takes it back, and its outcome comes out of `submit` or
        `drain` like any other's. Only for a pool whose jobs run in its workers."""
        self.early[job.source_path] = job
        self._start(job)

    def drain(self) -> Iterator[tuple[Job, Outcome]]:
        """Every outcome still in flight, as it finishes."""
        while self._inflight:
            yield from self._collect()

    def _start(self, job: Job) -> None:
        self._submitted += 1
        key = next(self._keys)
        future = self._pool().submit(
            _run_job, self.function, key, job.data, job.source_path, job.entry, self.timeout
        )
        self._inflight[future] = (job, key)

    def _note_starts(self) -> None:
        while self._starts is not None:
            try:
                key, began = self._starts.get_nowait()
            except queue.Empty:
                return
            self._began[key] = began

    def _collect(self) -> list[tuple[Job, Outcome]]:
        finished, _ = wait(list(self._inflight), timeout=1.0, return_when=FIRST_COMPLETED)
        out: list[tuple[Job, Outcome]] = []
        broken: list[Job] = []
        for future in finished:
            job, key = self._inflight.pop(future)
            self._began.pop(key, None)
            try:
                out.append((job, future.result()))
            except BrokenProcessPool:
                broken.append(job)
        if broken:
            out.extend(self._recover(broken, reason=None))
            return out
        limit = self.hard_limit
        if limit is not None:
            self._note_starts()
            now = time.monotonic()
            overdue = [
                f for f, (_job, key) in self._inflight.items()
                if now - self._began.get(key, now) > limit
            ]  # fmt: skip
            if overdue:
                jobs = [self._inflight.pop(f)[0] for f in overdue]
                self._kill()
                out.extend((job, ("failed", timeout_reason(self.timeout or 0))) for job in jobs)
                others = [job for job, _key in self._inflight.values()]
                self._inflight.clear()
                for job in others:
                    self._start(job)
        return out

    def _recover(self, broken: list[Job], reason: str | None) -> list[tuple[Job, Outcome]]:
        """The pool died: rerun the files in flight one at a time; the culprit fails alone."""
        jobs = broken + [job for job, _key in self._inflight.values()]
        self._inflight.clear()
        self._kill()
        return [(job, self._solo(job, reason)) for job in jobs]

    def _solo(self, job: Job, reason: str | None) -> Outcome:
        future = self._pool().submit(
            self.function, job.data, job.source_path, job.entry, self.timeout
        )
        try:
            return future.result(timeout=self.hard_limit)
        except BrokenProcessPool:
            self._kill()
            return ("failed", reason or "the worker process died on this file (out of memory?)")
        except TimeoutError:
            self._kill()
            return ("failed", timeout_reason(self.timeout or 0))

    def _kill(self) -> None:
        executor, self._executor = self._executor, None
        if executor is None:
            return
        processes = dict(getattr(executor, "_processes", None) or {})
        for process in processes.values():
            if process.is_alive():
                process.kill()
        executor.shutdown(wait=True, cancel_futures=True)

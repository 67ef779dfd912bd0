"""Run :func:`loaders.worker.extract_file` on a Dask distributed cluster (`kb load --engine dask`).

The same contract as :class:`loaders.pool.ExtractPool` — `submit(job)` returns the outcomes
that finished while waiting for room, `drain()` yields the rest — so the runner keeps doing
everything that touches the database: the skip by content hash and extractor version, one
transaction per file, the summary. Only `(file bytes, path, manifest entry)` travels to a
worker and only the plain `("ok", extractions) | ("failed", reason)` outcome comes back.

- No scheduler address: a `LocalCluster` of `workers` single-threaded worker processes, each
  behind a nanny (so it can be restarted), started for this load and closed after it.
- A scheduler address (`tcp://host:8786`): the cluster's workers must have this same `kb`
  installed (same extractor version); they run files in their threads.
- Warm-up: a worker plugin builds the pipeline once per worker process before its first file.
- Failure isolation: `extract_file` never raises, so a bad file fails alone. A worker that
  dies is replaced by its nanny and its files rerun elsewhere; a file that kills workers
  more than `distributed.scheduler.allowed-failures` times fails alone (``KilledWorker``).
- Time limit: tasks run in worker threads, where `SIGALRM` cannot reach them, so the limit
  is the pool's hard one (twice `KB_DOCUMENT_TIMEOUT` plus a grace period), counted from
  submission (at most one job per worker thread is in flight, so a job starts when it is
  submitted); an overdue file fails with the time-limit reason and the worker running it
  is restarted, which stops the runaway and reschedules its other files.

Needs the optional extra `kb[dask]` (`distributed`).
"""

from __future__ import annotations

import importlib.util
import logging
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from kb.errors import ConfigError
from loaders.pool import GRACE_S, Job
from loaders.worker import Outcome, extract_file, one_line, timeout_reason

if TYPE_CHECKING:
    from distributed import Client, Future, LocalCluster

WORKER_DIED = "the worker process died on this file (out of memory?)"


def require_distributed() -> None:
    """Fail early, with the fix, when the optional extra is missing."""
    if importlib.util.find_spec("distributed") is None:
        raise ConfigError("--engine dask needs the optional extra: pip install 'kb[dask]'")


class DaskPool:
    """Submit jobs to a Dask cluster, collect outcomes; see the module docstring."""

    def __init__(
        self,
        workers: int,
        timeout: float | None,
        scheduler: str | None = None,
        function: Callable[..., Outcome] = extract_file,
    ) -> None:
        self.function = function  # a module-level callable, importable on the workers
        self.workers = max(1, workers)
        self.timeout = timeout if timeout and timeout > 0 else None
        self.scheduler = scheduler
        require_distributed()
        self._cluster: LocalCluster | None = None
        self._client: Client | None = None
        self._capacity = self.workers
        self._inflight: dict[Future, tuple[Job, float]] = {}
        self._count = 0

    @property
    def hard_limit(self) -> float | None:
        return 2 * self.timeout + GRACE_S if self.timeout else None

    def __enter__(self) -> DaskPool:
        return self

    def _start(self) -> Client:
        """Connect (or start the local cluster) on the first file that needs extracting:
        an unchanged refresh never pays for a cluster, nor for importing Dask."""
        import dask
        from distributed import Client, LocalCluster

        from loaders.dask_plugin import WarmUp

        if self.scheduler:
            self._client = Client(self.scheduler, set_as_default=False)
        else:
            with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
                self._cluster = LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # a free port, never a fixed one
                    silence_logs=logging.ERROR,
                )
            self._client = Client(self._cluster, set_as_default=False)
        self._client.register_plugin(WarmUp())
        self._capacity = max(1, sum(self._client.nthreads().values()))
        return self._client

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._inflight and self._client is not None:
            self._client.cancel(list(self._inflight))
        self._inflight.clear()
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    @property
    def client(self) -> Client:
        return self._client if self._client is not None else self._start()

    def submit(self, job: Job) -> list[tuple[Job, Outcome]]:
        """Queue a job; returns the outcomes that finished while waiting for room."""
        done: list[tuple[Job, Outcome]] = []
        client = self.client
        while len(self._inflight) >= self._capacity:
            done.extend(self._collect())
        self._count += 1
        future = client.submit(
            self.function,
            job.data,
            job.source_path,
            job.entry,
            self.timeout,
            key=f"kb-extract-{self._count}",
            pure=False,
        )
        self._inflight[future] = (job, time.monotonic())
        return done

    def drain(self) -> Iterator[tuple[Job, Outcome]]:
        """Every outcome still in flight, as it finishes."""
        while self._inflight:
            yield from self._collect()

    def _collect(self) -> list[tuple[Job, Outcome]]:
        from distributed import wait

        try:
            with self.client.as_current():
                finished, _ = wait(list(self._inflight), timeout=1.0, return_when="FIRST_COMPLETED")
        except TimeoutError:
            finished = set()
        out: list[tuple[Job, Outcome]] = []
        for future in finished:
            job, _began = self._inflight.pop(future)
            out.append((job, self._outcome(future)))
        limit = self.hard_limit
        if limit is not None:
            now = time.monotonic()
            overdue = [f for f, (_job, began) in self._inflight.items() if now - began > limit]
            if overdue:
                out.extend(self._stop(overdue))
        return out

    @staticmethod
    def _outcome(future: Future) -> Outcome:
        if future.status == "finished":
            return future.result()
        if future.status == "cancelled":
            return ("failed", "cancelled on the Dask cluster")
        error = future.exception()
        if type(error).__name__ == "KilledWorker":
            return ("failed", WORKER_DIED)
        return ("failed", one_line(error))

    def _stop(self, overdue: list[Future]) -> list[tuple[Job, Outcome]]:
        """Fail the overdue files, restart the workers running them (their threads cannot
        be interrupted); the scheduler reruns those workers' other files elsewhere."""
        keys = {f.key for f in overdue}
        stuck = [w for w, tasks in self.client.processing().items() if keys & set(tasks)]
        jobs = [self._inflight.pop(f)[0] for f in overdue]
        self.client.cancel(overdue)
        if stuck:
            self.client.restart_workers(stuck)
        now = time.monotonic()
        for future, (job, _began) in list(self._inflight.items()):
            self._inflight[future] = (job, now)  # rescheduled: their clock starts again
        return [(job, ("failed", timeout_reason(self.timeout or 0))) for job in jobs]

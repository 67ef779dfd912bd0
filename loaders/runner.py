"""The load runner: one error boundary per file, so a bad file fails alone.

For each file: read bytes, skip it when its content hash and the extractor version match
what is stored, otherwise parse and extract it (in worker processes, see
:mod:`loaders.pool`) and replace its documents in one transaction. A failure rolls that
file back, is recorded with its path and a one-line reason, and the run goes on. Files
stream through: only the few in flight are in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, func, select
from sqlmodel import Session

from kb.config import get_settings
from kb.db import upgrade
from kb.errors import ConfigError, DocumentError
from kb.ids import make_id
from kb.locks import load_lock
from kb.models import Document, LoadRun
from loaders import store
from loaders.claims.duplicates import mark_duplicate_claims
from loaders.corpus import CorpusFile, discover, load_key
from loaders.pipeline import extractor_version
from loaders.pool import AUTO_POOL_FILES, ExtractPool, Job, default_workers
from loaders.surnames import Surnames
from loaders.worker import Outcome, one_line

if TYPE_CHECKING:
    from loaders.dask_pool import DaskPool

EXECUTORS = ("local", "dask")  # where per-file extraction runs (see `kb load --engine`)


@dataclass
class LoadSummary:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    pruned: list[str] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed


def _read(f: CorpusFile) -> bytes:
    try:
        return f.path.read_bytes()
    except OSError as exc:
        raise DocumentError(str(f.path), f"cannot read file: {exc.strerror}") from exc


def _write(
    engine: Engine,
    f: CorpusFile,
    extractions: list,
    digest: str,
    version: str,
    load_id: str,
    surnames: Surnames | None = None,
) -> None:
    """Replace one file's documents in its own transaction (rolled back on any error)."""
    try:
        with Session(engine) as session, session.begin():
            store.replace_file(
                session,
                f.source_path,
                extractions,
                content_hash=digest,
                version=version,
                load_id=load_id,
                surnames=surnames,
            )
    except BaseException:
        if surnames is not None:
            surnames.rollback()
        raise
    if surnames is not None:
        surnames.commit()


def _stored_versions(engine: Engine) -> dict[str, set[tuple[str, str]]]:
    """(content_hash, extractor_version) pairs per stored file, in one query."""
    stored: dict[str, set[tuple[str, str]]] = {}
    with Session(engine) as session:
        rows = session.execute(
            select(Document.source_path, Document.content_hash, Document.extractor_version)
        )
        for path, digest, version in rows:
            stored.setdefault(path, set()).add((digest, version))
    return stored


def load_paths(
    engine: Engine,
    paths: Sequence[Path],
    *,
    prune: bool = False,
    on_file: Callable[[CorpusFile | None, int], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    workers: int | None = None,
    timeout: float | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    started: ExtractPool | None = None,
) -> LoadSummary:
    """Load or refresh the corpus files under `paths` (see `kb load`).

    Files are read one at a time in the main process; unchanged ones (same content hash
    and extractor version) are skipped; the rest are parsed and extracted in `workers`
    processes (default: every CPU when there are at least 8 files, else in-process), each
    within `timeout` seconds (default `KB_DOCUMENT_TIMEOUT`), and written by the main
    process, one transaction per file. `executor="dask"` runs the extraction on a Dask
    cluster instead (the one at `scheduler`, else a local one of `workers` processes; see
    :mod:`loaders.dask_pool`); everything else is the same. `started` is a local pool whose
    workers were started before (:meth:`ExtractPool.started`): used instead of `workers`.
    """
    summary = LoadSummary()
    version = extractor_version()
    files, errors, folders = discover(paths)
    summary.failed.extend(errors)
    if executor not in EXECUTORS:
        raise ConfigError(f"unknown load engine {executor!r} (one of {', '.join(EXECUTORS)})")
    if workers is None:
        auto = executor == "dask" or len(files) >= AUTO_POOL_FILES
        workers = default_workers() if auto else 1
    if timeout is None:
        timeout = get_settings().document_timeout_s
    if started is not None and executor == "local":
        started.set_timeout(timeout)
        extract_pool: ExtractPool | DaskPool = started
        # This process waits for the worker's first file (its warm-up, then the file): the
        # sameAs step's module (numpy, ~0.1 s) is imported meanwhile, not after the last write,
        # and the shingles of the drafts read for the worker computed (see `keys_ahead`).
        from loaders import dedupe

        dedupe.keys_ahead(
            d.text for job in started.early.values() if isinstance(job.data, list) for d in job.data
        )
    else:
        extract_pool = _extract_pool(executor, workers, timeout, scheduler)  # started below
    with load_lock(engine):  # before migrating: two first loads must not race on DDL
        upgrade(engine)
        load_id = make_id(datetime.now(UTC).isoformat(), prefix="load")
        with Session(engine) as session, session.begin():
            session.add(
                LoadRun(id=load_id, started_at=datetime.now(UTC), extractor_version=version)
            )
        if on_start:
            on_start(len(files))
        stored = _stored_versions(engine)
        surnames = Surnames()  # stored people by surname, for this run's files

        def finish(job: Job, outcome: Outcome) -> None:
            f, digest, _seq = job.context
            status, value = outcome
            if status == "ok":
                try:
                    _write(engine, f, value, digest, version, load_id, surnames)
                except Exception as exc:  # the error boundary: this file fails, the run goes on
                    summary.failed.append((str(f.path), one_line(exc)))
                else:
                    (summary.updated if f.source_path in stored else summary.added).append(
                        f.source_path
                    )
            else:
                summary.failed.append((str(f.path), value))
            if on_file:
                on_file(f, 1)

        in_order = InOrder(finish)
        # Files the started pool took before the database was open (`ExtractPool.early`,
        # context: their load key): each takes its turn here like any other file; an outcome
        # that comes before its turn waits for it, and one for a file found unchanged (or
        # no longer listed) is dropped.
        early = extract_pool.early if isinstance(extract_pool, ExtractPool) else {}
        came_early: dict[str, tuple[Job, Outcome]] = {}

        def take(job: Job, outcome: Outcome) -> None:
            if job.context is None:  # dropped
                return
            if isinstance(job.context, str):  # an early file before its turn
                came_early[job.source_path] = (job, outcome)
                return
            in_order.done(job, outcome)

        with extract_pool as pool:
            for f in files:
                if on_file:
                    on_file(f, 0)
                queued = early.pop(f.source_path, None)
                if queued is not None:
                    digest = queued.context
                else:
                    try:
                        data = _read(f)
                    except DocumentError as exc:
                        summary.failed.append((str(f.path), exc.reason))
                        if on_file:
                            on_file(f, 1)
                        continue
                    digest = load_key(data, f.entry)
                if stored.get(f.source_path) == {(digest, version)}:
                    summary.unchanged.append(f.source_path)
                    if queued is not None:
                        queued.context = None
                        came_early.pop(f.source_path, None)
                    if on_file:
                        on_file(f, 1)
                    continue
                if queued is not None:  # in flight already
                    queued.context = (f, digest, in_order.ticket())
                    if f.source_path in came_early:
                        in_order.done(*came_early.pop(f.source_path))
                    continue
                job = Job(data, f.source_path, f.entry, context=(f, digest, in_order.ticket()))
                del data
                for done in pool.submit(job):
                    take(*done)
            for queued in early.values():  # files no longer listed
                queued.context = None
            early.clear()
            came_early.clear()
            for done in pool.drain():
                take(*done)
            in_order.flush()
        _finish_run(engine, summary, files, folders, prune=prune, load_id=load_id)
    return summary


class InOrder:
    """Writes extracted files in the order they were submitted, whichever worker finishes
    first. Where a file's entities resolve depends on what is already stored (a short name
    joins the one stored entity it is an alias of), so writing in completion order made the
    database depend on worker timing: the local pool, Dask and a single process must store
    the same corpus identically. Finished files wait for the ones before them; past
    `MAX_WAITING` of them (a very slow file ahead of many quick ones) the oldest are written
    as they stand rather than held in memory."""

    MAX_WAITING = 64

    def __init__(self, write: Callable[[Job, Outcome], None]) -> None:
        self._write = write
        self._issued = 0
        self._next = 0
        self._waiting: dict[int, tuple[Job, Outcome]] = {}

    def ticket(self) -> int:
        self._issued += 1
        return self._issued - 1

    def done(self, job: Job, outcome: Outcome) -> None:
        seq = job.context[-1]
        if seq < self._next:  # its turn passed in an overflow: write it now
            self._write(job, outcome)
            return
        self._waiting[seq] = (job, outcome)
        while self._next in self._waiting or len(self._waiting) > self.MAX_WAITING:
            if self._next not in self._waiting:  # overflow: skip ahead to the oldest waiting
                self._next = min(self._waiting)
            self._write(*self._waiting.pop(self._next))
            self._next += 1

    def flush(self) -> None:
        for seq in sorted(self._waiting):
            self._write(*self._waiting.pop(seq))
        self._next = self._issued


def _extract_pool(
    executor: str, workers: int, timeout: float | None, scheduler: str | None
) -> ExtractPool | DaskPool:
    if executor == "local":
        return ExtractPool(workers, timeout)
    from loaders.dask_pool import DaskPool

    return DaskPool(workers, timeout, scheduler)


def _finish_run(
    engine: Engine,
    summary: LoadSummary,
    files: list[CorpusFile],
    folders: set[Path],
    *,
    prune: bool,
    load_id: str,
) -> None:
    """Prune, then recompute what spans documents (entities, sameAs, duplicate claims).

    Skipped when nothing changed since the last run that got this far: a refresh of an
    unchanged corpus costs one read and hash per file. A run killed before this point
    leaves documents newer than the last finished run, so the next run redoes it.
    """
    with Session(engine) as session, session.begin():
        if prune:
            summary.pruned = _prune(session, files, folders)
        if summary.added or summary.updated or summary.pruned or _stale(session):
            from loaders.dedupe import relink_same_as  # numpy: imported when it is needed

            store.prune_orphan_entities(session)
            relink_same_as(session)
            mark_duplicate_claims(session)
        summary.totals = store.count_rows(session)
        run = session.get(LoadRun, load_id)
        if run is not None:
            run.finished_at = datetime.now(UTC)
            run.summary = {
                "added": len(summary.added),
                "updated": len(summary.updated),
                "unchanged": len(summary.unchanged),
                "failed": len(summary.failed),
                **summary.totals,
            }


def _stale(session: Session) -> bool:
    """Were documents written after the last finished run (a run killed mid-way)?"""
    last_loaded = session.scalar(select(func.max(Document.loaded_at)))
    if last_loaded is None:
        return False
    last_finished = session.scalar(select(func.max(LoadRun.finished_at)))
    return last_finished is None or _naive(last_loaded) > _naive(last_finished)


def _naive(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None) if moment.tzinfo else moment


def _prune(session: Session, files: Iterable[CorpusFile], folders: set[Path]) -> list[str]:
    present = {f.source_path for f in files}
    stored = set(session.scalars(select(Document.source_path).distinct()).all())
    gone = sorted(stored - present) if folders else []
    for source_path in gone:
        store.delete_file(session, source_path)
    return gone

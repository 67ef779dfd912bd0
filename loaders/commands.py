"""`kb load`: load or refresh corpus files, with a progress bar and a summary.

The database layer and the extraction pipeline are imported when `kb load` runs, not when
`kb` starts: `kb --help` and `kb serve` never pay for Alembic or the loaders.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from loaders.corpus import CorpusFile
    from loaders.pool import ExtractPool
    from loaders.runner import LoadSummary

DEFAULT_CORPUS = Path("seeds")


def load(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or folders to load (default: seeds/).", show_default=False),
    ] = None,
    prune: Annotated[
        bool, typer.Option("--prune", help="Remove stored documents whose files are gone.")
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=1,
            help="Processes that parse and extract (default: every CPU for 8+ files).",
            show_default=False,
        ),
    ] = None,
    engine_name: Annotated[
        str,
        typer.Option(
            "--engine",
            help="Where files are extracted: 'local' (a process pool) or 'dask' "
            "(a Dask cluster; needs kb[dask]).",
        ),
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="With --engine dask: the scheduler's address (default: a local cluster "
            "of --workers processes).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Load or refresh documents. Unchanged files are skipped; changed ones replaced atomically."""
    _prepare()
    targets = paths or [DEFAULT_CORPUS]
    started = None
    if workers is None and engine_name == "local":
        started = _EARLY.pop(tuple(targets), None)  # started for the command line's targets
    if started is None:
        started = _start_workers(targets, workers, engine_name)
    for other in _EARLY.values():  # (none: `register` reads the same command line)
        other.close()
    _EARLY.clear()
    try:
        _load(targets, prune, workers, engine_name, scheduler, started)
    finally:
        if started is not None:
            started.close()


def _prepare() -> None:
    """Settings for a loading process, before any worker forks from it (they inherit them)."""
    # numpy (the sameAs step's shingle arrays) starts OpenBLAS with a thread per core when it is
    # imported: about 0.04 s of CPU per process on 2 cores, more on larger machines, for linear
    # algebra kb never does. Workers inherit the setting; an explicit one is kept.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from loaders import gc_tuning

    gc_tuning.for_loading()


# A worker started by `register` for the `kb load` on this process's command line, by the
# targets it was started for (see `_start_early`).
_EARLY: dict[tuple[Path, ...], ExtractPool] = {}


def _start_early(argv: list[str]) -> None:
    """Start a small load's worker before typer reads the command line: typer's conversion
    of the arguments imports pydantic and builds an adapter per parameter (about 0.1 s)
    before the command runs, and the worker's warm-up is the start of a seeds load's
    critical path. Only for `kb load` with paths alone (no option: anything else is left
    to the command, as the arguments are then typer's to read); the command takes the
    worker for the same targets, and starts one itself otherwise."""
    if argv[:1] != ["load"] or any(a.startswith("-") for a in argv[1:]):
        return
    targets = tuple(Path(a) for a in argv[1:]) or (DEFAULT_CORPUS,)
    _prepare()
    started = _start_workers(list(targets), None, "local")
    if started is not None:
        _EARLY[targets] = started


def _start_workers(
    targets: list[Path], workers: int | None, engine_name: str
) -> ExtractPool | None:
    """A worker for a small load (fewer than `AUTO_POOL_FILES` files), forked before this
    process imports the database layer: it imports the rule modules and builds their indexes
    while this process imports SQLAlchemy and opens the database, then extracts the files
    while this process writes the ones already extracted. (This process used to extract them
    itself, after all of that: a seeds load ran on one core.) One worker, not one per CPU:
    the same CPU time as extracting here (a second worker warms up too, about 0.8 s of CPU,
    for little: one of the seeds' five files is most of their extraction), so a busy
    machine loses nothing. None where that cannot help or is not wanted: one CPU,
    `--workers` given, another engine, a large load (its pool starts as before), or a
    thread already running (a fork copies only the calling thread)."""
    from kb.config import get_settings
    from loaders.corpus import discover
    from loaders.pool import AUTO_POOL_FILES, ExtractPool, default_workers

    if workers is not None or engine_name != "local" or threading.active_count() > 1:
        return None
    cpus = default_workers()
    files = discover(targets)[0]
    if cpus < 2 or not 0 < len(files) < AUTO_POOL_FILES:
        return None
    settings = get_settings()
    pool = ExtractPool.started(1, settings.document_timeout_s)
    if _fresh_sqlite(settings.database_url):
        _submit_early(pool, files)
    return pool


# What a small load's files may hold in memory at once when all are queued early.
EARLY_BYTES = 64 * 1024 * 1024


def _submit_early(pool: ExtractPool, files: list[CorpusFile]) -> None:
    """Queue the files with the started worker now, while this process imports the database
    layer and creates the database: the worker starts on them as soon as it has warmed up
    instead of waiting for this process (about 0.35 s on the seeds, where the worker now
    warms up faster than this process gets ready). Only into a database not created yet,
    so every file is extracted anyway; the load still checks each against what is stored
    and drops the outcomes it does not need (see `loaders.runner.load_paths`). Files are
    queued in order up to the first that cannot be read or `EARLY_BYTES` in all.

    Each file is also parsed here into its document drafts (the readers are light: 0.11 s
    for the seeds, 0.12 s of it the big report), while the worker warms up on the other
    core, and the worker gets the drafts instead of the bytes, so its first step is
    extraction. A file whose reading fails or overruns the document time limit here goes
    as bytes: the worker reads it again and reports what goes wrong, as before."""
    from loaders import regex_cache
    from loaders.corpus import load_key
    from loaders.pool import Job
    from loaders.readers import read_file
    from loaders.worker import DocumentTimeout, time_limit

    held = 0
    with regex_cache.kept():  # (the readers' patterns, compiled by an earlier process)
        for f in files:
            try:
                data = f.path.read_bytes()
            except OSError:
                return  # the load reads it again and reports it, in its turn
            held += len(data)
            if held > EARLY_BYTES:
                return
            payload: bytes | list = data
            try:
                with time_limit(pool.timeout):
                    payload = read_file(data, f.source_path, f.entry)
            except (Exception, DocumentTimeout):
                payload = data
            key = load_key(data, f.entry)
            pool.submit_early(Job(payload, f.source_path, f.entry, context=key))


def _fresh_sqlite(url: str) -> bool:
    """Whether `url` names a SQLite file that does not exist yet (or is empty)."""
    if not url.startswith("sqlite:///"):
        return False
    name = url.removeprefix("sqlite:///").partition("?")[0]
    if not name or name == ":memory:" or "%" in name:
        return False
    path = Path(name)
    try:
        return not path.exists() or path.stat().st_size == 0
    except OSError:
        return False


def _load(
    targets: list[Path],
    prune: bool,
    workers: int | None,
    engine_name: str,
    scheduler: str | None,
    started: ExtractPool | None,
) -> None:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from kb.db import get_engine
    from kb.errors import KBError
    from loaders import gc_tuning
    from loaders.runner import load_paths

    gc_tuning.freeze_imports()
    console = Console(stderr=True)
    try:
        engine = get_engine()
        if console.is_terminal:
            with Progress(
                TextColumn("[bold]loading"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=console,
                transient=True,
            ) as progress:
                task = progress.add_task("", total=None)

                def on_start(total: int) -> None:
                    progress.update(task, total=total)

                def on_file(f: CorpusFile | None, done: int) -> None:
                    if f is not None and not done:
                        progress.update(task, description=f.source_path)
                    if done:
                        progress.advance(task)

                summary = load_paths(
                    engine,
                    targets,
                    prune=prune,
                    on_file=on_file,
                    on_start=on_start,
                    workers=workers,
                    executor=engine_name,
                    scheduler=scheduler,
                    started=started,
                )
        else:
            summary = load_paths(
                engine,
                targets,
                prune=prune,
                workers=workers,
                executor=engine_name,
                scheduler=scheduler,
                started=started,
            )
    except KBError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    print_summary(summary, Console())
    if not summary.ok:
        raise typer.Exit(1)


def print_summary(summary: LoadSummary, console: Console) -> None:
    from rich.table import Table

    for path, reason in summary.failed:
        console.print(f"[red]failed[/red] {path}: {reason}", highlight=False, soft_wrap=True)
    docs = Table(title="documents (files)", show_header=True, box=None)
    for name in ("added", "updated", "unchanged", "failed", "pruned"):
        docs.add_column(name, justify="right")
    docs.add_row(
        *(
            str(len(getattr(summary, n)))
            for n in ("added", "updated", "unchanged", "failed", "pruned")
        )
    )
    console.print(docs)
    stored = Table(title="stored", show_header=True, box=None)
    for name in summary.totals:
        stored.add_column(name, justify="right")
    stored.add_row(*(str(v) for v in summary.totals.values()))
    console.print(stored)
    if not sys.stdout.isatty():
        console.file.flush()


def register(app: typer.Typer) -> None:
    """Add `kb load` to the command line; when it is the command about to run, its worker
    starts now (see `_start_early`)."""
    app.command("load")(load)
    _start_early(sys.argv[1:])

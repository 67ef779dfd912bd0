"""The work done per file outside the database: read bytes into drafts, run the pipeline.

`extract_file` runs in a worker process of :mod:`loaders.pool` (or in-process for small
loads). It never raises: it returns ``("ok", extractions)`` or ``("failed", reason)`` with
a one-line reason, so nothing but plain data crosses the process boundary. A per-file time
limit (``KB_DOCUMENT_TIMEOUT``) interrupts a runaway reader or component through
``SIGALRM`` (Python's regex engine checks for signals, so a pathological pattern stops
too); the pool kills a worker that ignores it.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from kb.errors import DocumentError
from loaders.drafts import DocumentDraft, Extraction
from loaders.pipeline import default_components, extract, load_engines
from loaders.readers import read_file
from loaders.readers.manifest import ManifestEntry

Outcome = tuple[str, Any]  # ("ok", list[Extraction]) | ("failed", reason)


class DocumentTimeout(BaseException):
    """Raised inside a worker when a file exceeds its time limit."""


def one_line(exc: BaseException) -> str:
    """`Type: first line of the message`, at most 300 characters."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:300]


def _alarm(_signum: int, _frame: object) -> None:
    raise DocumentTimeout


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Interrupt the block after `seconds` (main thread only; elsewhere no limit)."""
    if not seconds or seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def timeout_reason(seconds: float) -> str:
    return f"timed out after {seconds:g} s (limit set by KB_DOCUMENT_TIMEOUT)"


def extract_file(
    data: bytes | list[DocumentDraft],
    source_path: str,
    entry: ManifestEntry | None,
    timeout: float | None,
) -> Outcome:
    """Read and extract one file's documents; never raises (see the module docstring).
    `data` may be the file's drafts, read already (see `loaders.commands._submit_early`)."""
    load_engines()  # imported on the first file, before its time limit starts
    try:
        with time_limit(timeout):
            drafts = data if isinstance(data, list) else read_file(data, source_path, entry)
            extractions: list[Extraction] = [extract(d) for d in drafts]
    except DocumentTimeout:
        return ("failed", timeout_reason(timeout or 0))
    except DocumentError as exc:
        return ("failed", exc.reason)
    except Exception as exc:  # the error boundary of one file, in the worker
        return ("failed", one_line(exc))
    return ("ok", extractions)


def warm_up(main_pid: int | None = None, indexes: bool = False) -> None:
    """Worker start: watch the main process, build the pipeline before the first file (and,
    with `indexes`, what its first document would build: see :func:`build_indexes`)."""
    if main_pid is not None:
        threading.Thread(target=_watch, args=(main_pid,), daemon=True).start()
    load_engines(default_components())
    if indexes:
        build_indexes()


def build_indexes() -> None:
    """The process-wide indexes the pipeline otherwise builds on its first document: the
    registry, the trie of its written forms, the name and common-word lists."""
    from loaders.entities import kept_indexes
    from loaders.entities.lexicon import common_word, name_lists
    from loaders.entities.registry import registry, registry_matches

    registry()
    registry_matches("")  # the trie of the registered forms
    name_lists()
    common_word("warm")
    kept_indexes.save()  # for the next process, when they were not kept


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            return stat.read().rsplit(")", 1)[-1].split()[0] not in {"Z", "X"}
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: fall back to a signal probe (a zombie still answers)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True


def _watch(main_pid: int) -> None:
    """Exit when the main process is gone (`kill -9`): an orphan would block on its pipe."""
    while _alive(main_pid):
        time.sleep(0.5)
    os._exit(70)

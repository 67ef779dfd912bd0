"""The load lock: one `kb load` at a time per database, refused clearly otherwise.

PostgreSQL: a session-level advisory lock. SQLite: an exclusive `flock` on a file beside the
database. Both are released by the OS/server if the process dies (`kill -9` safe).
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from kb.errors import DatabaseError, LoadInProgressError

_ADVISORY_KEY = 0x6B62_6C6F  # "kblo"


@contextmanager
def load_lock(engine: Engine) -> Iterator[None]:
    if engine.dialect.name == "sqlite":
        db = engine.url.database or ""
        lock_path = Path(f"{db}.load-lock") if db and db != ":memory:" else None
        if lock_path is None:
            yield
            return
        try:
            handle = lock_path.open("a")
        except OSError as exc:
            raise DatabaseError(
                f"cannot create the load lock {lock_path}: {exc.strerror} "
                "(does the database's folder exist and is it writable?)"
            ) from exc
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise LoadInProgressError(
                    f"another kb load is running on {db}; wait for it to finish and retry"
                ) from exc
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
        return
    try:
        conn = engine.connect()
    except OperationalError as exc:
        raise DatabaseError(
            f"cannot reach the database at {engine.url.render_as_string()}: "
            f"{str(exc.orig).strip().splitlines()[0] if exc.orig else exc}"
        ) from exc
    with conn:
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _ADVISORY_KEY}).scalar()
        conn.commit()
        if not got:
            raise LoadInProgressError(
                "another kb load is running on this database; wait for it to finish and retry"
            )
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _ADVISORY_KEY})
            conn.commit()

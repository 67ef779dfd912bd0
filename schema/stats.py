"""Per-request SQL statistics (`KB_QUERY_STATS=1`) and the per-request deadline, via engine events.

`instrument(engine)` adds `before/after_cursor_execute` listeners once per engine. While a
request runs, a :class:`RequestStats` sits in a context variable; the listeners count the
statements it issues (queries, not transaction control such as BEGIN/SET/PRAGMA), add up
their time, and refuse to start a statement after the request's deadline, or one with a
text parameter holding a NUL character (PostgreSQL cannot take one: psycopg raised a
`DataError`, a masked server error, where SQLite just matched nothing; Schemathesis found it).
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event

from schema.errors import RequestTimeoutError, UserError

# `SELECT set_config(…)` is `SET` with a bound value (schema/context.py's statement_timeout)
_CONTROL = (
    "BEGIN",
    "COMMIT",
    "ROLLBACK",
    "SET ",
    "SELECT SET_CONFIG(",
    "PRAGMA",
    "SAVEPOINT",
    "RELEASE",
)
_current: ContextVar[RequestStats | None] = ContextVar("kb_request_stats", default=None)
_instrumented: weakref.WeakSet[Engine] = weakref.WeakSet()


@dataclass
class RequestStats:
    """What one request did to the database."""

    timeout_s: float
    deadline: float = 0.0
    statements: int = 0
    seconds: float = 0.0
    _starts: list[float] = field(default_factory=list, repr=False)

    def as_extension(self) -> dict[str, Any]:
        return {"sqlStatements": self.statements, "sqlMs": round(self.seconds * 1000, 3)}

    def expired(self) -> bool:
        return time.monotonic() > self.deadline


def current() -> RequestStats | None:
    return _current.get()


@contextmanager
def tracking(timeout_s: float) -> Iterator[RequestStats]:
    """Count the statements run inside the block and enforce its deadline."""
    stats = RequestStats(timeout_s=timeout_s, deadline=time.monotonic() + timeout_s)
    token = _current.set(stats)
    try:
        yield stats
    finally:
        _current.reset(token)


NUL_MESSAGE = "text arguments must not contain NUL (U+0000) characters; no stored text holds one"


def _has_nul(parameters: Any) -> bool:
    values = parameters.values() if isinstance(parameters, dict) else parameters or ()
    for value in values:
        if isinstance(value, str) and "\x00" in value:
            return True
        if isinstance(value, dict | list | tuple) and _has_nul(value):
            return True
    return False


def _before(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
    stats = _current.get()
    if stats is None or statement.lstrip().upper().startswith(_CONTROL):
        return
    if stats.expired():
        raise RequestTimeoutError(stats.timeout_s)
    if _has_nul(parameters):
        raise UserError(NUL_MESSAGE)
    stats.statements += 1
    stats._starts.append(time.perf_counter())


def _after(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
    stats = _current.get()
    if stats is None or not stats._starts or statement.lstrip().upper().startswith(_CONTROL):
        return
    stats.seconds += time.perf_counter() - stats._starts.pop()


def instrument(engine: Engine) -> Engine:
    """Attach the counting listeners to `engine` (idempotent)."""
    if engine not in _instrumented:
        event.listen(engine, "before_cursor_execute", _before)
        event.listen(engine, "after_cursor_execute", _after)
        _instrumented.add(engine)
    return engine

"""The per-request GraphQL context: the engine, a lazily opened read-only session, the DataLoaders.

The session's transaction is read-only and time-limited: PostgreSQL gets
`SET TRANSACTION READ ONLY` and a transaction-local `statement_timeout`; SQLite gets
`PRAGMA query_only` and a progress handler that interrupts a statement running past the
request's deadline (resolvers are synchronous, so an asyncio timeout could not stop them).
`close()` (called by :class:`schema.extensions.RequestScope` at the end of every operation)
undoes the SQLite settings and returns the connection to the pool.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, text
from sqlmodel import Session
from strawberry.dataloader import DataLoader

from kb.config import get_settings
from kb.db import is_sqlite

BatchFn = Callable[[Session, Sequence[Any]], dict[Any, Any]]


@dataclass
class Context:
    """What every resolver can reach through `info.context`."""

    engine: Engine
    request: Any = None
    response: Any = None
    timeout_s: float = field(default_factory=lambda: get_settings().request_timeout_s)
    started: float = field(default_factory=time.monotonic)
    _session: Session | None = field(default=None, repr=False)
    _dbapi: Any = field(default=None, repr=False)
    _loaders: dict[Hashable, DataLoader[Any, Any]] = field(default_factory=dict, repr=False)

    @property
    def session(self) -> Session:
        """One read-only session per request, opened on first use."""
        if self._session is None:
            session = Session(self.engine, autoflush=False)
            conn = session.connection()
            remaining = max(self.timeout_s - (time.monotonic() - self.started), 0.001)
            if is_sqlite(self.engine):
                dbapi = conn.connection.dbapi_connection
                deadline = self.started + self.timeout_s
                dbapi.set_progress_handler(lambda: int(time.monotonic() > deadline), 2000)
                conn.exec_driver_sql("PRAGMA query_only = ON")
                self._dbapi = dbapi
            else:
                conn.execute(text("SET TRANSACTION READ ONLY"))
                timeout_ms = max(1, int(remaining * 1000))  # 0 would mean "no limit"
                conn.execute(
                    text("SELECT set_config('statement_timeout', :ms, true)"),
                    {"ms": str(timeout_ms)},
                )
            self._session = session
        return self._session

    def loader(self, key: Hashable, batch: BatchFn, default: Any = None) -> DataLoader[Any, Any]:
        """The request's DataLoader for `key`; `batch(session, keys)` returns {key: value}.

        Keys missing from the returned dict resolve to `default` (called if callable).
        """
        found = self._loaders.get(key)
        if found is None:

            async def load(keys: Sequence[Any]) -> list[Any]:
                values = batch(self.session, keys)
                return [
                    values[k] if k in values else (default() if callable(default) else default)
                    for k in keys
                ]

            found = DataLoader(load_fn=load)
            self._loaders[key] = found
        return found

    def load(self, key: Hashable, batch: BatchFn, item: Any, default: Any = None) -> Awaitable[Any]:
        return self.loader(key, batch, default).load(item)

    def close(self) -> None:
        if self._session is not None:
            try:
                if self._dbapi is not None:
                    self._dbapi.set_progress_handler(None, 0)
                    self._session.connection().exec_driver_sql("PRAGMA query_only = OFF")
            finally:
                self._session.close()
                self._session = None
                self._dbapi = None

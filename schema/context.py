"""The per-request GraphQL context: the engine, a lazily opened session, the DataLoaders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session


@dataclass
class Context:
    """What every resolver can reach through `info.context`."""

    engine: Engine
    request: Any = None
    response: Any = None
    _session: Session | None = field(default=None, repr=False)

    @property
    def session(self) -> Session:
        """One read-only session per request, opened on first use."""
        if self._session is None:
            self._session = Session(self.engine)
        return self._session

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

"""Stored people by the last word of their name, kept in memory for one load run.

Entity resolution asks, for every lone surname a file brings ("Zubarevich"), which stored
people's names end in it (``name_key LIKE '% zubarevich'``): a table scan per file that
grows with the database (a second per file at 1000x the seeds). A load run instead reads
the stored people once and adds the people each file creates when, and only when, that
file's transaction commits, so every file sees exactly what the database holds. This is
exact because nothing else writes entities during a run (the load lock) and entities are
only deleted after every file is written (``prune_orphan_entities``).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session

from kb.models import Entity


class Surnames:
    """Last word → ids of stored multi-word person names (see the module docstring)."""

    def __init__(self) -> None:
        self._owners: dict[str, set[str]] | None = None
        self._pending: list[tuple[str, str]] = []

    def owners(self, session: Session, surnames: set[str]) -> dict[str, set[str]]:
        """For each surname (a one-word, LIKE-wildcard-free name key): the stored people."""
        if self._owners is None:
            self._owners = {}
            rows = session.execute(
                select(Entity.id, Entity.name_key).where(
                    Entity.type == "ACTOR", Entity.name_key.like("% %")
                )
            )
            for eid, name_key in rows:
                self._add(eid, name_key, self._owners)
        return {k: set(self._owners.get(k, ())) for k in surnames}

    def stage(self, eid: str, name_key: str) -> None:
        """A person the current file's transaction creates (visible after `commit`)."""
        self._pending.append((eid, name_key))

    def commit(self) -> None:
        if self._owners is not None:
            for eid, name_key in self._pending:
                self._add(eid, name_key, self._owners)
        self._pending.clear()

    def rollback(self) -> None:
        self._pending.clear()

    @staticmethod
    def _add(eid: str, name_key: str, owners: dict[str, set[str]]) -> None:
        head, _, last = name_key.rpartition(" ")
        if head:
            owners.setdefault(last, set()).add(eid)

"""A canonical export of a kb database: every table's rows, deterministic and comparable.

Two databases loaded from the same corpus by the same extractor give the same export,
whatever the backend, the order files were loaded in, or how many runs (or interrupted
runs) it took. Left out, because they record *when* or *in which order*, not *what*:
the load-run log (`load_run`), `load_id`/`loaded_at` on documents, and the integer
surrogate keys of `document_link` and `entity_alias` (their natural keys stay). Every
deterministic ID is kept. `python -m loaders.export` prints it for `KB_DATABASE_URL`.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, Table, select
from sqlmodel import SQLModel

import kb.models  # noqa: F401 - registers every table on SQLModel.metadata

SKIPPED_TABLES = frozenset({"load_run"})
SKIPPED_COLUMNS = frozenset({"load_id", "loaded_at"})
SURROGATE_KEYS = {"document_link": "id", "entity_alias": "id"}


def _tables() -> list[Table]:
    return [t for t in SQLModel.metadata.sorted_tables if t.name not in SKIPPED_TABLES]


def _columns(table: Table) -> list[Any]:
    surrogate = SURROGATE_KEYS.get(table.name)
    return [c for c in table.columns if c.name not in SKIPPED_COLUMNS and c.name != surrogate]


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 9)
    return value


def iter_export(engine: Engine) -> Iterator[str]:
    """One JSON line per row, grouped by table, rows sorted within each table."""
    with engine.connect() as conn:
        for table in _tables():
            columns = _columns(table)
            names = [c.name for c in columns]
            lines = []
            for row in conn.execute(select(*columns)):
                record = dict(zip(names, (_plain(v) for v in row), strict=True))
                lines.append(json.dumps(record, sort_keys=True, ensure_ascii=False))
            lines.sort()
            yield json.dumps({"table": table.name, "rows": len(lines)})
            yield from lines


def export_text(engine: Engine) -> str:
    return "\n".join(iter_export(engine)) + "\n"


def export_digest(engine: Engine) -> str:
    """SHA-256 of the export: equal digests, equal databases."""
    digest = hashlib.sha256()
    for line in iter_export(engine):
        digest.update(line.encode())
        digest.update(b"\n")
    return digest.hexdigest()


def main() -> int:
    from kb.db import get_engine

    for line in iter_export(get_engine()):
        sys.stdout.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

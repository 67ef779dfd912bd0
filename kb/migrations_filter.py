"""Which database objects Alembic autogenerate compares (FTS objects are hand-written)."""

from __future__ import annotations


def include_name(name: str | None, type_: str, _parents: dict) -> bool:
    """Skip FTS5 tables/shadow tables and PostgreSQL `search_vector` columns and indexes."""
    if type_ == "table" and name and ("_fts" in name or name.startswith("search_")):
        return False
    if type_ == "index" and name and name.endswith("_search"):
        return False
    return not (type_ == "column" and name == "search_vector")

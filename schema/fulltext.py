"""Full-text matching on both backends, and user queries made safe for FTS5.

SQLite: FTS5 external-content tables `passage_fts`, `claim_fts`, `entity_fts` (migration
0002), matched with a query rebuilt from the user's words, so FTS5 syntax characters and
stray quotes can never raise a syntax error. PostgreSQL: the generated `search_vector`
columns and `websearch_to_tsquery('english', …)`, which accepts any input.

Supported on SQLite, like websearch on PostgreSQL: words (all required), "quoted phrases",
`OR` between alternatives, `-word` to exclude; `word*` is a prefix (SQLite only).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import (
    ColumnElement,
    bindparam,
    column,
    func,
    literal_column,
    select,
    table,
    true,
)

FTS_TABLES = {"passage": "passage_fts", "claim": "claim_fts", "entity": "entity_fts"}
# SQL fragments naming the searchable tables, built once here from the names above: no SQL
# text is ever built at request time (tests/test_api_abuse.py checks schema/ for it).
_FTS_MATCH = {name: literal_column(fts) for name, fts in FTS_TABLES.items()}
_ROWID = {name: literal_column(f"{name}.rowid") for name in FTS_TABLES}
_VECTOR = {name: literal_column(f"{name}.search_vector") for name in FTS_TABLES}
_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")


def _term(words: list[str], prefix: bool) -> str:
    phrase = '"' + " ".join(words) + '"'
    return phrase + "*" if prefix else phrase


def fts5_query(user_query: str) -> str | None:
    """An FTS5 MATCH expression for `user_query`; None when it holds no words."""
    groups: list[list[tuple[bool, str]]] = [[]]
    for match in _TOKEN.finditer(user_query):
        phrase, bare = match.group(1), match.group(2)
        if bare is not None and bare == "OR":
            groups.append([])
            continue
        negate = bare is not None and bare.startswith("-") and len(bare) > 1
        words = _WORD.findall(phrase if phrase is not None else bare)
        if not words:
            continue
        prefix = bare is not None and bare.endswith("*")
        groups[-1].append((negate, _term(words, prefix)))
    rendered = []
    for group in groups:
        positives = [t for neg, t in group if not neg]
        if not positives:
            continue
        expr = " AND ".join(positives)
        for neg, t in group:
            if neg:
                expr += f" NOT {t}"
        rendered.append(f"({expr})")
    return " OR ".join(rendered) or None


def matches(dialect: str, table_name: str, user_query: str) -> ColumnElement[bool]:
    """A WHERE clause: rows of `table` (passage, claim, entity) matching `user_query`.

    The table must appear unaliased in the enclosing FROM.
    """
    user_query = user_query.replace("\x00", "")  # not text; PostgreSQL refuses it outright
    if dialect == "sqlite":
        expr = fts5_query(user_query)
        if expr is None:
            return true()
        index = table(FTS_TABLES[table_name], column("rowid"))
        rowids = select(index.c.rowid).where(
            _FTS_MATCH[table_name].op("MATCH")(bindparam("fts", expr, unique=True))
        )
        return _ROWID[table_name].in_(rowids)
    if not _WORD.search(user_query):
        return true()
    query = func.websearch_to_tsquery("english", bindparam("ts", user_query, unique=True))
    return _VECTOR[table_name].op("@@")(query)


def dialect_of(session: Any) -> str:
    return session.get_bind().dialect.name

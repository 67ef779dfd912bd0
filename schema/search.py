"""`Query.search`: ranked full-text hits over passages, claims and entity names.

One statement per kind finds the best `first` rows with their score and the text with the
matched words marked (FTS5 `highlight()`, PostgreSQL `ts_headline(HighlightAll)`), one more
loads their rows; the hits of all kinds are merged by score. The marks become code-point
offsets (`highlights`) and an HTML-escaped snippet with `<mark>` around each match.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text, true
from sqlmodel import Session

from kb.ids import normalise_name
from kb.models import Claim, Entity, EntityAlias, Passage
from schema.fulltext import fts5_query

OPEN, CLOSE = "\ue000", "\ue001"
SNIPPET_BEFORE, SNIPPET_LENGTH = 60, 240
MODELS = {"passage": (Passage, "text"), "claim": (Claim, "text"), "entity": (Entity, "name")}


@dataclass
class RawHit:
    """A hit before it becomes a GraphQL object: the row, its score and the marked spans."""

    kind: str
    row: Any
    score: float
    plain: str
    spans: list[tuple[int, int]]
    alias: str | None = None  # set when an alias, not the name, matched


def unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Text without the marks, and the (start, end) code-point spans they enclosed."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for ch in marked:
        if ch == OPEN:
            start = len(plain)
        elif ch == CLOSE:
            if start is not None and len(plain) > start:
                spans.append((start, len(plain)))
            start = None
        else:
            plain.append(ch)
    return "".join(plain), spans


def snippet(plain: str, spans: list[tuple[int, int]]) -> str:
    """About SNIPPET_LENGTH characters around the first match, HTML-escaped, matches marked."""
    first = spans[0][0] if spans else 0
    lo = max(0, first - SNIPPET_BEFORE)
    if lo > 0:
        space = plain.rfind(" ", 0, lo + 1)
        lo = space + 1 if space >= 0 and lo - space < 20 else lo
    hi = min(len(plain), lo + SNIPPET_LENGTH)
    out, pos = [], lo
    for s, e in spans:
        if e <= lo or s >= hi:
            continue
        s, e = max(s, lo), min(e, hi)
        out.append(html.escape(plain[pos:s]))
        out.append(f"<mark>{html.escape(plain[s:e])}</mark>")
        pos = e
    out.append(html.escape(plain[pos:hi]))
    return ("…" if lo > 0 else "") + "".join(out).strip() + ("…" if hi < len(plain) else "")


def _sqlite_sql(table: str, column: str) -> str:
    # rank first (FTS5 sorts rowids by bm25 cheaply), highlight only the rows kept
    fts = f"{table}_fts"
    return (
        f"SELECT t.id, -s.score AS score, "
        f"highlight({fts}, 0, char(57344), char(57345)) AS marked "
        f"FROM (SELECT rowid AS rid, bm25({fts}) AS score FROM {fts} "
        f"WHERE {fts} MATCH :q ORDER BY score LIMIT :n) s "
        f"JOIN {fts} ON {fts}.rowid = s.rid JOIN {table} t ON t.rowid = s.rid "
        f"WHERE {fts} MATCH :q ORDER BY s.score, t.id"
    )


def _postgres_sql(table: str, column: str) -> str:
    options = f"HighlightAll=true, StartSel={OPEN}, StopSel={CLOSE}"
    return (
        f"SELECT s.id, s.score, ts_headline('english', s.{column}, s.q, '{options}') AS marked "
        f"FROM (SELECT t.id, t.{column}, q, ts_rank(t.search_vector, q) AS score "
        f"FROM {table} t, websearch_to_tsquery('english', :q) q "
        f"WHERE t.search_vector @@ q ORDER BY score DESC, t.id LIMIT :n) s "
        f"ORDER BY s.score DESC, s.id"
    )


# One statement per dialect and kind, built here from the closed MODELS table; the user's
# query and page size are always bound parameters.
SEARCH_SQL = {
    "sqlite": {kind: text(_sqlite_sql(kind, column)) for kind, (_, column) in MODELS.items()},
    "postgresql": {kind: text(_postgres_sql(kind, column)) for kind, (_, column) in MODELS.items()},
}


def _alias_matches(session: Session, query: str, exclude: set[str], n: int) -> list[Any]:
    """(entity id, alias) of entities an alias or handle of which contains the query."""
    key = normalise_name(query).strip("\"' ")
    if len(key) < 2 or n <= 0:
        return []
    pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    stmt = (
        select(EntityAlias.entity_id, func.min(EntityAlias.alias))
        .where(EntityAlias.alias_key.like(pattern, escape="\\"))
        .where(EntityAlias.entity_id.not_in(exclude) if exclude else true())
        .group_by(EntityAlias.entity_id)
        .order_by(func.min(func.length(EntityAlias.alias)), EntityAlias.entity_id)
        .limit(n)
    )
    return list(session.execute(stmt).all())


def run_search(session: Session, query: str, kinds: list[str], first: int) -> list[RawHit]:
    """The best `first` hits of the given kinds (passage, claim, entity), best first.

    Entities are also found by an alias or handle containing the query ("EDB", "@levada"),
    ranked below every name match, with the alias shown in the snippet.
    """
    query = query.replace("\x00", "")  # not text; PostgreSQL refuses it outright
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        statements, param = SEARCH_SQL["sqlite"], fts5_query(query)
    else:
        statements, param = SEARCH_SQL["postgresql"], query if query.strip() else None
    hits: list[RawHit] = []
    for kind in kinds:
        model, _column = MODELS[kind]
        found = []
        if param is not None:
            found = [tuple(f) for f in session.execute(statements[kind], {"q": param, "n": first})]
        aliases: list[Any] = []
        if kind == "entity":
            aliases = _alias_matches(session, query, {f[0] for f in found}, first - len(found))
        ids = [f[0] for f in found] + [a[0] for a in aliases]
        if not ids:
            continue
        rows = {r.id: r for r in session.scalars(select(model).where(model.id.in_(ids)))}
        for row_id, score, marked in found:
            if row_id in rows:
                plain, spans = unmark(marked or "")
                hits.append(RawHit(kind, rows[row_id], float(score or 0.0), plain, spans))
        for row_id, alias in aliases:
            if row_id in rows:
                name = rows[row_id].name
                hits.append(RawHit(kind, rows[row_id], 0.0, name, [], alias=alias))
    hits.sort(key=lambda h: (-h.score, h.kind, h.row.id))
    return hits[:first]

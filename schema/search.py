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

from sqlalchemy import select, text
from sqlmodel import Session

from kb.models import Claim, Entity, Passage
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


def run_search(session: Session, query: str, kinds: list[str], first: int) -> list[RawHit]:
    """The best `first` hits of the given kinds (passage, claim, entity), best first."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        expr = fts5_query(query)
        if expr is None:
            return []
        build, param = _sqlite_sql, expr
    else:
        if not query.strip():
            return []
        build, param = _postgres_sql, query
    hits: list[RawHit] = []
    for kind in kinds:
        model, column = MODELS[kind]
        found = session.execute(text(build(kind, column)), {"q": param, "n": first}).all()
        if not found:
            continue
        ids = [f[0] for f in found]
        rows = {r.id: r for r in session.scalars(select(model).where(model.id.in_(ids)))}
        for row_id, score, marked in found:
            if row_id in rows:
                plain, spans = unmark(marked or "")
                hits.append(RawHit(kind, rows[row_id], float(score or 0.0), plain, spans))
    hits.sort(key=lambda h: (-h.score, h.kind, h.row.id))
    return hits[:first]

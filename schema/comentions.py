"""Co-mentions counted in SQL over the `co_mention` table (see :mod:`kb.models.comentions`).

- :func:`co_mention_pages`: for many entities at once, their co-mentioned entities with the
  number of spans (sentences or claims) and documents they share, most first, paged *per
  entity* with window functions (one statement per request and page size);
- :func:`examples_of`: for many (entity, other) pairs, their first spans with the span text
  (cut from its passage, code points), one windowed statement;
- :func:`graph`: the neighbourhood of some entities as nodes and weighted edges (two
  statements: neighbours, then the edges among all nodes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select, tuple_
from sqlmodel import Session

from kb.models import CoMention, Entity, Passage
from schema.pagination import Page


@dataclass(frozen=True)
class Pair:
    """`other_id` shares `spans` sentences/claims in `documents` documents with `entity_id`."""

    entity_id: str
    other_id: str
    spans: int
    documents: int


@dataclass(frozen=True)
class PairPage:
    pairs: list[Pair]
    total: int


def _counts(keys: Sequence[str], types: tuple[str, ...], kinds: tuple[str, ...]) -> Any:
    n = func.count().label("n")
    stmt = (
        select(
            CoMention.entity_id,
            CoMention.other_id,
            n,
            func.count(func.distinct(CoMention.document_id)).label("docs"),
        )
        .where(CoMention.entity_id.in_(list(keys)))
        .group_by(CoMention.entity_id, CoMention.other_id)
    )
    if types or kinds:
        stmt = stmt.join(Entity, Entity.id == CoMention.other_id)
        if types:
            stmt = stmt.where(Entity.type.in_(types))
        if kinds:
            stmt = stmt.where(Entity.kind.in_(kinds))
    return stmt.subquery()


def co_mention_pages(
    session: Session,
    keys: Sequence[str],
    page: Page,
    types: tuple[str, ...] = (),
    kinds: tuple[str, ...] = (),
) -> dict[str, PairPage]:
    counts = _counts(keys, types, kinds)
    ranked = select(
        counts,
        func.row_number()
        .over(
            partition_by=counts.c.entity_id,
            order_by=(counts.c.n.desc(), counts.c.docs.desc(), counts.c.other_id),
        )
        .label("rn"),
        func.count().over(partition_by=counts.c.entity_id).label("total"),
    ).subquery()
    lo, hi = page.offset, page.offset + page.limit
    stmt = (
        select(ranked)
        .where(or_((ranked.c.rn > lo) & (ranked.c.rn <= hi), ranked.c.rn == ranked.c.total))
        .order_by(ranked.c.entity_id, ranked.c.rn)
    )
    found: dict[str, PairPage] = {}
    for eid, other, n, docs, rn, total in session.execute(stmt).all():
        entry = found.setdefault(eid, PairPage([], int(total)))
        if lo < rn <= hi:
            entry.pairs.append(Pair(eid, other, int(n), int(docs)))
    return found


@dataclass(frozen=True)
class Example:
    document_id: str
    passage_id: str | None
    start: int
    end: int
    via: str
    text: str


def examples_of(
    session: Session, pairs: Sequence[tuple[str, str]], limit: int
) -> dict[tuple[str, str], list[Example]]:
    if not pairs:
        return {}
    c = CoMention
    wanted = tuple_(c.entity_id, c.other_id).in_(list(pairs))
    inner = (
        select(
            c.entity_id,
            c.other_id,
            c.document_id,
            c.passage_id,
            c.start,
            c.end,
            c.via,
            func.row_number()
            .over(partition_by=(c.entity_id, c.other_id), order_by=(c.document_id, c.start))
            .label("rn"),
        )
        .where(wanted)
        .subquery()
    )
    # The span's text is cut from its passage (short), not from `Document.text` (a report
    # is hundreds of kilobytes, and SQLite would copy it for every example).
    stmt = (
        select(inner, Passage.start, Passage.text)
        .join(Passage, Passage.id == inner.c.passage_id, isouter=True)
        .where(inner.c.rn <= limit)
        .order_by(inner.c.entity_id, inner.c.other_id, inner.c.rn)
    )
    found: dict[tuple[str, str], list[Example]] = {}
    for a, b, did, pid, start, end, via, _rn, p_start, p_text in session.execute(stmt).all():
        text = p_text[start - p_start : end - p_start] if p_text is not None else ""
        found.setdefault((a, b), []).append(Example(did, pid, start, end, via, text))
    return found


def graph(
    session: Session, centre: Sequence[str], min_count: int, limit: int
) -> tuple[list[str], list[tuple[str, str, int]]]:
    """(node IDs, edges (a, b, spans) with a < b) around `centre` (everywhere if empty)."""
    c = CoMention
    n = func.count().label("n")
    if centre:
        neighbours = (
            select(c.other_id, n)
            .where(c.entity_id.in_(list(centre)), c.other_id.not_in(list(centre)))
            .group_by(c.other_id)
            .having(n >= min_count)
            .order_by(n.desc(), c.other_id)
            .limit(limit)
        )
        nodes = list(dict.fromkeys([*centre, *session.scalars(neighbours)]))
        among = (c.entity_id.in_(nodes)) & (c.other_id.in_(nodes))
    else:
        nodes = []
        among = c.entity_id.is_not(None)
    edges_stmt = (
        select(c.entity_id, c.other_id, n)
        .where(among, c.entity_id < c.other_id)
        .group_by(c.entity_id, c.other_id)
        .having(n >= min_count)
        .order_by(n.desc(), c.entity_id, c.other_id)
        .limit(limit * 4)
    )
    edges = [(a, b, int(k)) for a, b, k in session.execute(edges_stmt).all()]
    if not centre:
        nodes = list(dict.fromkeys(x for a, b, _ in edges for x in (a, b)))[:limit]
        keep = set(nodes)
        edges = [e for e in edges if e[0] in keep and e[1] in keep]
    return nodes, edges

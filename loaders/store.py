"""Write extractions into kb's tables: replace a file's documents and everything derived from them.

The caller owns the transaction (see :mod:`loaders.runner`): `replace_file` deletes the file's
previous documents (cascading to passages, mentions, claims, statistics…) and inserts the new
ones, resolving entity keys to rows (created on first sight, aliases merged).

Entity resolution across documents: a key (type + normalised canonical name) is the row's
identity, so registered entities and full names meet by key. A new key may still be another
form of a stored entity — a handle already stored ("@MID_RF"), a name stored as an alias
("Dmitri Trenin" after "@DmitriTrenin" spelled it), or a lone surname that ends exactly one
stored person's name ("Zubarevich" after "Natalia Zubarevich"): then its rows point at the
stored entity and its forms become aliases (see `_existing_match`). Ambiguous forms never
merge, people never merge with organisations, and the result depends on the order files
are written in (a surname before the full name keeps both records; a short name stored
before the long name it is an alias of stays apart): the runner therefore writes files in
submission order, whichever worker finishes first (see `loaders.runner.InOrder`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from sqlalchemy import Table, delete, func, insert, or_, select, union
from sqlmodel import Session

from kb.ids import make_id, normalise_name
from kb.models import (
    Affiliation,
    Citation,
    Claim,
    ClaimMention,
    CoMention,
    Document,
    DocumentAuthor,
    DocumentLink,
    Entity,
    EntityAlias,
    Mention,
    Passage,
    Statistic,
    StatisticSubject,
)
from loaders.comentions import co_mention_rows
from loaders.drafts import EntityDraft, Extraction
from loaders.surnames import Surnames


def entity_id(key: str) -> str:
    return make_id(key, prefix="e")


_own_id = entity_id


def document_id(source_path: str, part: int) -> str:
    return make_id(source_path, part, prefix="d")


def stored_versions(session: Session, source_path: str) -> set[tuple[str, str]]:
    """(content_hash, extractor_version) pairs of a file's stored documents."""
    rows = session.exec(
        select(Document.content_hash, Document.extractor_version).where(
            Document.source_path == source_path
        )
    ).all()
    return {(h, v) for h, v in rows}


def delete_file(session: Session, source_path: str) -> int:
    """Delete every document of a file (derived rows cascade). Returns how many."""
    result = session.execute(delete(Document).where(Document.source_path == source_path))
    return result.rowcount or 0


def _stored_forms(session: Session, drafts: Sequence[EntityDraft]) -> dict[tuple, set[str]]:
    """(type, is_handle, alias_key) → stored entity ids, for every form of the drafts, in
    one statement (resolution below would otherwise query per draft)."""
    keys = {normalise_name(h) for d in drafts for h in d.handles}
    keys |= {normalise_name(d.name) for d in drafts}
    if not keys:
        return {}
    rows = session.execute(
        select(Entity.type, EntityAlias.is_handle, EntityAlias.alias_key, EntityAlias.entity_id)
        .join(Entity, Entity.id == EntityAlias.entity_id)
        .where(EntityAlias.alias_key.in_(keys))
    ).all()
    forms: dict[tuple, set[str]] = {}
    for type_, is_handle, key, eid in rows:
        forms.setdefault((type_, bool(is_handle), key), set()).add(eid)
    return forms


_LIKE_SPECIAL = frozenset("%_\\")


def _one_word_person(d: EntityDraft) -> str | None:
    """The name key of a one-word person name (a lone surname), else None."""
    key = normalise_name(d.name)
    if d.type.value == "ACTOR" and len(key) >= 3 and " " not in key and not key.startswith("@"):
        return key
    return None


def _surname_owners(
    session: Session, surnames: set[str], index: Surnames | None = None
) -> dict[str, set[str]]:
    """surname → ids of stored people whose name ends in that word (`name_key LIKE '% s'`):
    from the load run's `index` when given, else in a statement per 200 surnames."""
    owners: dict[str, set[str]] = {k: set() for k in surnames}
    plain = sorted(k for k in surnames if not _LIKE_SPECIAL & set(k))
    for k in surnames - set(plain):  # LIKE wildcards in the name: keep LIKE's own reading
        owners[k] = set(session.scalars(select(Entity.id).where(
            Entity.type == "ACTOR", Entity.name_key.like(f"% {k}"))).all())  # fmt: skip
    if index is not None:
        owners.update(index.owners(session, set(plain)))
        return owners
    for i in range(0, len(plain), 200):
        chunk = plain[i : i + 200]
        rows = session.execute(
            select(Entity.id, Entity.name_key).where(
                Entity.type == "ACTOR", or_(*(Entity.name_key.like(f"% {k}") for k in chunk))
            )
        ).all()
        wanted = set(chunk)
        for eid, name_key in rows:
            head, _, last = name_key.rpartition(" ")
            if head and last in wanted:
                owners[last].add(eid)
            # a longer tail ("de la cruz" for "cruz") ends in the same last word: covered
    return owners


def _existing_match(
    d: EntityDraft, forms: dict[tuple, set[str]], surnames: dict[str, set[str]]
) -> str | None:
    """The one stored entity of the draft's type that a new draft is another form of.

    Tried in order: a shared handle ("@MID_RF"); the draft's name stored as an alias of
    exactly one entity ("Zubarevich" after "Natalia Zubarevich" was seen as "Zubarevich",
    "Dmitri Trenin" after "@DmitriTrenin"); a one-word person name that is the last word of
    exactly one stored person's name ("Zubarevich" → "Natalia Zubarevich"). Ambiguous
    matches never merge, and people and organisations never merge with each other.
    `forms` is :func:`_stored_forms` and `surnames` :func:`_surname_owners` of the batch.
    """
    type_ = d.type.value
    if d.handles:
        found = set().union(
            *(forms.get((type_, True, normalise_name(h)), set()) for h in d.handles)
        )
        if len(found) == 1:
            return found.pop()
    name_key = normalise_name(d.name)
    if len(name_key) < 3:
        return None
    found = forms.get((type_, False, name_key), set()) | forms.get((type_, True, name_key), set())
    if len(found) == 1:
        return next(iter(found))
    owners = surnames.get(name_key, set()) if _one_word_person(d) else set()
    if len(owners) == 1:
        return next(iter(owners))
    return None


def upsert_entities(
    session: Session, drafts: Iterable[EntityDraft], surnames: Surnames | None = None
) -> dict[str, str]:
    """Create missing entities and add aliases/handles not yet stored, in a few statements.

    Returns entity key → row id: a key's own deterministic id, or the id of the stored
    entity it resolves to across documents (see :func:`_existing_match`). `surnames` is the
    load run's index of stored people (:mod:`loaders.surnames`); the people created here
    are staged in it, for the caller to commit or roll back with the transaction.
    """
    drafts = list(drafts)
    by_id = {entity_id(d.key): d for d in drafts}
    if not by_id:
        return {}
    existing = set(session.scalars(select(Entity.id).where(Entity.id.in_(by_id))).all())
    ids: dict[str, str] = {d.key: entity_id(d.key) for d in drafts}
    new = {eid: d for eid, d in by_id.items() if eid not in existing}
    forms = _stored_forms(session, list(new.values()))
    lone = {k for d in new.values() if (k := _one_word_person(d))}
    owners = _surname_owners(session, lone, surnames)
    created: list[dict] = []
    for eid, d in new.items():
        other = _existing_match(d, forms, owners)
        if other is not None:
            ids[d.key] = other
            continue
        name_key = normalise_name(d.name)
        head, _, last = name_key.rpartition(" ")
        if head and d.type.value == "ACTOR":
            if last in owners:
                owners[last].add(eid)  # later lone surnames of this batch see it too
            if surnames is not None:
                surnames.stage(eid, name_key)
        created.append(
            {
                "id": eid,
                "type": d.type.value,
                "name": d.name,
                "name_key": normalise_name(d.name),
                "kind": d.kind,
                "qid": d.qid,
                "description": d.description,
            }
        )
    if created:
        _insert(session, Entity.__table__, created)
    forms_of: dict[str, list[EntityDraft]] = {}
    for d in drafts:
        forms_of.setdefault(ids[d.key], []).append(d)
    _settle_descriptions(session, forms_of)
    known = set(
        session.execute(
            select(EntityAlias.entity_id, EntityAlias.alias).where(
                EntityAlias.entity_id.in_(forms_of)
            )
        ).all()
    )
    aliases: list[dict] = []
    for eid, ds in forms_of.items():
        forms_seen: set[tuple[str, bool]] = set()
        for d in ds:
            forms_seen |= {(a, False) for a in d.aliases | {d.name}}
            forms_seen |= {(h, True) for h in d.handles}
        for alias, is_handle in sorted(forms_seen):
            if (eid, alias) in known:
                continue
            known.add((eid, alias))
            aliases.append(
                {
                    "entity_id": eid,
                    "alias": alias,
                    "alias_key": normalise_name(alias),
                    "is_handle": is_handle,
                }
            )
    if aliases:
        session.flush()  # the description updates above, before Core statements
        session.execute(insert(EntityAlias.__table__), aliases)
    return ids


def _settle_descriptions(session: Session, forms_of: dict[str, list[EntityDraft]]) -> None:
    """An entity's description is the smallest one any document gave it, whatever the order
    in which documents were loaded (a parallel or interrupted load must equal a clean one)."""
    offered = {eid: {d.description for d in ds if d.description} for eid, ds in forms_of.items()}
    offered = {eid: texts for eid, texts in offered.items() if texts}
    if not offered:
        return
    for row in session.scalars(select(Entity).where(Entity.id.in_(offered))).all():
        best = min(offered[row.id] | ({row.description} if row.description else set()))
        if row.description != best:
            row.description = best


# Tables in foreign-key order: rows of a file are inserted table by table, each in one
# executemany (Core `insert()`, no ORM objects: at scale the per-row unit of work cost more
# than the database did).
_TABLES = (
    Document,
    Passage,
    DocumentAuthor,
    Mention,
    Affiliation,
    Claim,
    ClaimMention,
    Statistic,
    StatisticSubject,
    CoMention,
    Citation,
)
Rows = dict[type, list[dict]]


def _extraction_rows(
    ex: Extraction,
    rows: Rows,
    *,
    content_hash: str,
    version: str,
    load_id: str,
    loaded_at: datetime,
    ids: dict[str, str],
) -> dict[str, int]:
    """Append one extraction's rows (as column dicts) to `rows`, per table."""

    def entity_id(key: str) -> str:  # the row a key resolved to (see upsert_entities)
        return ids.get(key) or _own_id(key)

    doc = ex.doc
    did = document_id(doc.source_path, doc.part)
    rows[Document].append(
        {
            "id": did,
            "kind": doc.kind.value,
            "source_path": doc.source_path,
            "part": doc.part,
            "title": doc.title,
            "url": doc.url,
            "published_on": doc.published_on,
            "text": doc.text,
            "publisher_id": entity_id(ex.publisher) if ex.publisher else None,
            "meta": doc.meta,
            "content_hash": content_hash,
            "extractor_version": version,
            "load_id": load_id,
            "loaded_at": loaded_at,
        }
    )
    passage_ids: list[str] = []
    for i, p in enumerate(doc.passages):
        pid = make_id(did, i, prefix="p")
        passage_ids.append(pid)
        meta: dict = {}
        if p.title:
            meta["title"] = p.title
        if p.table:
            meta["table"] = {
                "number": p.table.number,
                "caption": p.table.caption,
                "header": p.table.header,
                "cells": [list(c) for c in p.table.cells],
                "unit_hint": p.table.unit_hint,
            }
        rows[Passage].append(
            {
                "id": pid,
                "document_id": did,
                "ordinal": i,
                "kind": p.kind.value,
                "section": p.section,
                "number": p.number,
                "url": p.url,
                "page": p.page,
                "start": p.start,
                "end": p.end,
                "text": doc.text[p.start : p.end],
                "meta": meta,
            }
        )

    def pid_at(offset: int) -> str | None:
        index = doc.passage_at(offset)
        return passage_ids[index] if index is not None else None

    for i, eid in enumerate(dict.fromkeys(entity_id(k) for k in ex.authors)):
        rows[DocumentAuthor].append({"document_id": did, "entity_id": eid, "ordinal": i})
    for i, m in enumerate(ex.mentions):
        rows[Mention].append(
            {
                "id": make_id(did, "m", i, prefix="m"),
                "entity_id": entity_id(m.entity),
                "document_id": did,
                "passage_id": pid_at(m.start),
                "start": m.start,
                "end": m.end,
                "surface": m.surface,
            }
        )
    seen_aff: set[tuple[str, str, str | None]] = set()
    for a in ex.affiliations:
        triple = (entity_id(a.actor), entity_id(a.organisation), a.role)
        if triple in seen_aff or triple[0] == triple[1]:
            continue
        seen_aff.add(triple)
        rows[Affiliation].append(
            {
                "id": make_id(did, *triple, prefix="a"),
                "actor_id": triple[0],
                "organisation_id": triple[1],
                "role": a.role,
                "document_id": did,
                "passage_id": pid_at(a.start) if a.start is not None else None,
                "start": a.start,
                "end": a.end,
            }
        )
    claim_of_stat: dict[int, str] = {}
    for i, c in enumerate(ex.claims):
        cid = make_id(did, "c", i, prefix="c")
        rows[Claim].append(
            {
                "id": cid,
                "document_id": did,
                "passage_id": pid_at(c.start),
                "start": c.start,
                "end": c.end,
                "text": c.text,
                "speaker_id": entity_id(c.speaker) if c.speaker else None,
                "speaker_group": c.speaker_group,
                "attribution": c.attribution,
                "kind": c.kind,
                "duplicate_of": None,
            }
        )
        for eid in dict.fromkeys(entity_id(k) for k in c.mentions):
            rows[ClaimMention].append({"claim_id": cid, "entity_id": eid})
        for s in c.statistics:
            claim_of_stat.setdefault(s, cid)
    for i, s in enumerate(ex.statistics):
        sid = make_id(did, "s", i, prefix="s")
        rows[Statistic].append(
            {
                "id": sid,
                "document_id": did,
                "passage_id": pid_at(s.start),
                "claim_id": claim_of_stat.get(i),
                "start": s.start,
                "end": s.end,
                "surface": s.surface,
                "value": s.value,
                "value_high": s.value_high,
                "unit": s.unit,
                "metric": s.metric,
                "indicator": s.indicator,
                "period_start": s.period_start,
                "period_end": s.period_end,
                "source_id": entity_id(s.source) if s.source else None,
                "qualifier": s.qualifier,
                "is_change": s.is_change,
                "in_footnote": s.in_footnote,
                "table_number": s.table_number,
                "table_caption": s.table_caption,
                "table_row": s.table_row,
                "table_column": s.table_column,
            }
        )
        for eid in dict.fromkeys(entity_id(k) for k in s.subjects):
            rows[StatisticSubject].append({"statistic_id": sid, "entity_id": eid})
    rows[CoMention] += co_mention_rows(ex, did, entity_id, pid_at)
    for i, ci in enumerate(ex.citations):
        rows[Citation].append(
            {
                "id": make_id(did, "u", i, prefix="u"),
                "document_id": did,
                "passage_id": pid_at(ci.start),
                "start": ci.start,
                "end": ci.end,
                "url": ci.url,
                "domain": ci.domain,
                "outlet_id": entity_id(ci.outlet) if ci.outlet else None,
            }
        )
    return {
        "passages": len(doc.passages),
        "mentions": len(ex.mentions),
        "claims": len(ex.claims),
        "statistics": len(ex.statistics),
    }


# Tables whose SQLite full-text index a trigger keeps in step (migration 0002). FTS5 flushes
# its pending terms when a statement ends, and an executemany runs one statement per row: the
# index got one segment per row and merged them again (passages and claims took about 2.7 s
# of the 10x corpus's 3.4 s of inserts). One multi-row INSERT per file and table fires the
# same triggers inside one statement (0.9 s); same rows, same index, same transaction. The
# statement is written here with each column type's own bind processor: SQLAlchemy compiling
# a statement of thousands of parameters for every file cost more than the flushes saved.
_FTS_TABLES = frozenset({"passage", "claim", "entity"})
# Bound parameters one statement may hold (SQLITE_MAX_VARIABLE_NUMBER: 999 before 3.32).
_SQLITE_VARIABLES = 32766 if sqlite3.sqlite_version_info >= (3, 32, 0) else 999


def _insert(session: Session, table: Table, rows: list[dict]) -> None:
    """Insert `rows` into `table`: one executemany, or on SQLite into a table with a
    full-text trigger, multi-row INSERTs of as many rows as the parameter limit allows."""
    conn = session.connection()
    dialect = conn.dialect
    keys = list(rows[0])
    if (
        table.name not in _FTS_TABLES
        or len(rows) < 2
        or dialect.name != "sqlite"
        or any(c.default is not None for c in table.columns if c.name not in rows[0])
        or any(r.keys() != rows[0].keys() for r in rows)
    ):  # Python-side defaults and uneven rows: SQLAlchemy's executemany handles them
        session.execute(insert(table), rows)
        return
    quote = dialect.identifier_preparer.quote
    procs = [table.c[k].type.dialect_impl(dialect).bind_processor(dialect) for k in keys]
    head = f"INSERT INTO {quote(table.name)} ({', '.join(quote(k) for k in keys)}) VALUES "
    one = "(" + ", ".join("?" * len(keys)) + ")"
    per = max(1, _SQLITE_VARIABLES // len(keys))
    for i in range(0, len(rows), per):
        chunk = rows[i : i + per]
        params = [
            p(r[k]) if p is not None else r[k]
            for r in chunk
            for k, p in zip(keys, procs, strict=True)
        ]
        conn.exec_driver_sql(head + ", ".join([one] * len(chunk)), tuple(params))


def _insert_rows(session: Session, rows: Rows) -> None:
    """One executemany per table (see `_insert`), in foreign-key order."""
    for model in _TABLES:
        if rows.get(model):
            _insert(session, model.__table__, rows[model])


def replace_file(
    session: Session,
    source_path: str,
    extractions: Sequence[Extraction],
    *,
    content_hash: str,
    version: str,
    load_id: str,
    surnames: Surnames | None = None,
) -> dict[str, int]:
    """Replace a file's documents with new extractions. The caller commits (and commits or
    rolls back `surnames`, the load run's index of people, with the transaction)."""
    delete_file(session, source_path)
    session.flush()
    entities: dict[str, EntityDraft] = {}
    for ex in extractions:
        for key, d in ex.entities.items():
            if key in entities:
                entities[key].aliases |= d.aliases
                entities[key].handles |= d.handles
            else:
                entities[key] = EntityDraft(
                    type=d.type,
                    name=d.name,
                    kind=d.kind,
                    aliases=set(d.aliases),
                    handles=set(d.handles),
                    qid=d.qid,
                    description=d.description,
                )
    ids = upsert_entities(session, entities.values(), surnames)
    session.flush()
    totals: dict[str, int] = {}
    rows: Rows = {model: [] for model in _TABLES}
    loaded_at = datetime.now(UTC)
    for ex in extractions:
        counts = _extraction_rows(
            ex,
            rows,
            content_hash=content_hash,
            version=version,
            load_id=load_id,
            loaded_at=loaded_at,
            ids=ids,
        )
        for k, v in counts.items():
            totals[k] = totals.get(k, 0) + v
    _insert_rows(session, rows)
    return totals


def prune_orphan_entities(session: Session) -> int:
    """Delete entities nothing refers to any more (after documents were replaced or pruned)."""
    referenced = union(
        select(Mention.entity_id),
        select(DocumentAuthor.entity_id),
        select(Affiliation.actor_id),
        select(Affiliation.organisation_id),
        select(Document.publisher_id).where(Document.publisher_id.is_not(None)),
        select(Claim.speaker_id).where(Claim.speaker_id.is_not(None)),
        select(ClaimMention.entity_id),
        select(StatisticSubject.entity_id),
        select(Statistic.source_id).where(Statistic.source_id.is_not(None)),
        select(Citation.outlet_id).where(Citation.outlet_id.is_not(None)),
    )
    result = session.execute(delete(Entity).where(Entity.id.not_in(select(referenced.subquery()))))
    return result.rowcount or 0


def count_rows(session: Session) -> dict[str, int]:
    """Stored totals for the load summary."""

    def n(stmt) -> int:
        return int(session.scalar(stmt) or 0)

    return {
        "documents": n(select(func.count()).select_from(Document)),
        "actors": n(select(func.count()).select_from(Entity).where(Entity.type == "ACTOR")),
        "organisations": n(
            select(func.count()).select_from(Entity).where(Entity.type == "ORGANISATION")
        ),
        "claims": n(select(func.count()).select_from(Claim)),
        "statistics": n(select(func.count()).select_from(Statistic)),
        "sameAs links": n(select(func.count()).select_from(DocumentLink)) // 2,
    }

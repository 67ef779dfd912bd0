"""The counts dashboards need: claims per speaker, mentions per entity, statistics per metric/year.

Each is one GROUP BY statement; the result types live in :mod:`schema.types.aggregates`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, extract, func, select
from sqlmodel import Session

from kb.models import Claim, Entity, Mention, Statistic
from schema.errors import UserError

MAX_ROWS = 1000


def check_limit(limit: int) -> int:
    if not 0 <= limit <= MAX_ROWS:
        raise UserError(f"limit must be between 0 and {MAX_ROWS} (got {limit})")
    return limit


def claims_per_speaker(
    session: Session, where: list[ColumnElement[bool]], limit: int
) -> list[tuple[Entity, int]]:
    n = func.count(Claim.id).label("n")
    stmt = (
        select(Entity, n)
        .join(Claim, Claim.speaker_id == Entity.id)
        .where(*where)
        .group_by(Entity.id)
        .order_by(n.desc(), Entity.name_key, Entity.id)
        .limit(limit)
    )
    return [(e, int(c)) for e, c in session.execute(stmt).all()]


def claims_per_group(
    session: Session, where: list[ColumnElement[bool]], limit: int
) -> list[tuple[str, int]]:
    """Unnamed speaker groups ("Chinese experts"), case-insensitively, by number of claims."""
    key = func.lower(Claim.speaker_group)
    n = func.count(Claim.id).label("n")
    stmt = (
        select(func.min(Claim.speaker_group), n)
        .where(Claim.speaker_id.is_(None), Claim.speaker_group.is_not(None), *where)
        .group_by(key)
        .order_by(n.desc(), key)
        .limit(limit)
    )
    return [(g, int(c)) for g, c in session.execute(stmt).all()]


def mentions_per_entity(
    session: Session, type_: str | None, limit: int
) -> list[tuple[Entity, int, int]]:
    n = func.count(Mention.id).label("n")
    docs = func.count(func.distinct(Mention.document_id)).label("docs")
    stmt = select(Entity, n, docs).join(Mention, Mention.entity_id == Entity.id)
    if type_:
        stmt = stmt.where(Entity.type == type_)
    stmt = stmt.group_by(Entity.id).order_by(n.desc(), Entity.name_key, Entity.id).limit(limit)
    return [(e, int(c), int(d)) for e, c, d in session.execute(stmt).all()]


def statistics_per_metric_year(
    session: Session, where: list[ColumnElement[bool]], limit: int
) -> list[Any]:
    year = extract("year", Statistic.period_start).label("year")
    n = func.count(Statistic.id).label("n")
    stmt = (
        select(Statistic.metric, year, Statistic.unit, n)
        .where(Statistic.metric.is_not(None), *where)
        .group_by(Statistic.metric, year, Statistic.unit)
        .order_by(Statistic.metric, year.asc().nulls_last(), Statistic.unit)
        .limit(limit)
    )
    return list(session.execute(stmt).all())

"""Batch functions behind the DataLoaders: each reads one relation for many parents at once.

Every function takes the request's session and the batch of keys, and returns
``{key: value}``; :meth:`schema.context.Context.loader` wraps them in DataLoaders, so a
relation costs one statement per request however many parents ask for it. The nested
connections (`PAGED`) page per parent with window functions (:mod:`schema.pagination`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlmodel import Session

from kb.models import (
    Affiliation,
    Citation,
    Claim,
    ClaimMention,
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
from schema.pagination import Page, ParentPage, per_parent_pages
from schema.rows import lean

Batch = Callable[[Session, Sequence[Any]], dict[Any, Any]]


def rows_by_id(model: Any) -> Batch:
    def batch(session: Session, keys: Sequence[Any]) -> dict[Any, Any]:
        stmt = select(model).options(*lean(model)).where(model.id.in_(list(keys)))
        return {r.id: r for r in session.scalars(stmt)}

    batch.__name__ = f"{model.__name__.lower()}_by_id"
    return batch


document_by_id = rows_by_id(Document)
passage_by_id = rows_by_id(Passage)
entity_by_id = rows_by_id(Entity)
claim_by_id = rows_by_id(Claim)
statistic_by_id = rows_by_id(Statistic)


def _grouped(session: Session, stmt: Select[Any]) -> dict[Any, list[Any]]:
    grouped: dict[Any, list[Any]] = defaultdict(list)
    for key, value in session.execute(stmt).all():
        grouped[key].append(value)
    return grouped


def authors_by_document(session: Session, keys: Sequence[str]) -> dict[str, list[Entity]]:
    return _grouped(
        session,
        select(DocumentAuthor.document_id, Entity)
        .join(Entity, Entity.id == DocumentAuthor.entity_id)
        .where(DocumentAuthor.document_id.in_(list(keys)))
        .order_by(DocumentAuthor.document_id, DocumentAuthor.ordinal),
    )


def same_as_by_document(session: Session, keys: Sequence[str]) -> dict[str, list[Document]]:
    return _grouped(
        session,
        select(DocumentLink.document_id, Document)
        .join(Document, Document.id == DocumentLink.other_id)
        .where(DocumentLink.document_id.in_(list(keys)))
        .order_by(DocumentLink.document_id, DocumentLink.containment.desc(), Document.id)
        .options(*lean(Document)),
    )


citation_by_id = rows_by_id(Citation)


def citations_by_passage(session: Session, keys: Sequence[str]) -> dict[str, list[Citation]]:
    return _grouped(
        session,
        select(Citation.passage_id, Citation)
        .where(Citation.passage_id.in_(list(keys)))
        .order_by(Citation.passage_id, Citation.start, Citation.id),
    )


def text_by_document(session: Session, keys: Sequence[str]) -> dict[str, str]:
    """`Document.text`, which the other loaders defer (see :mod:`schema.rows`)."""
    stmt = select(Document.id, Document.text).where(Document.id.in_(list(keys)))
    return {row_id: text for row_id, text in session.execute(stmt).all()}


def aliases_by_entity(session: Session, keys: Sequence[str]) -> dict[str, list[EntityAlias]]:
    return _grouped(
        session,
        select(EntityAlias.entity_id, EntityAlias)
        .where(EntityAlias.entity_id.in_(list(keys)))
        .order_by(EntityAlias.entity_id, EntityAlias.alias),
    )


@dataclass(frozen=True)
class AffiliationRow:
    """A distinct (actor, organisation, role) tie and the first document stating it."""

    actor_id: str
    organisation_id: str
    role: str | None
    document_id: str | None


def _affiliations(session: Session, key: Any, keys: Sequence[str]) -> dict[str, list[Any]]:
    stmt = (
        select(
            key,
            Affiliation.actor_id,
            Affiliation.organisation_id,
            Affiliation.role,
            func.min(Affiliation.document_id),
        )
        .where(key.in_(list(keys)))
        .group_by(Affiliation.actor_id, Affiliation.organisation_id, Affiliation.role)
        .order_by(key, Affiliation.organisation_id, Affiliation.actor_id, Affiliation.role)
    )
    grouped: dict[str, list[Any]] = defaultdict(list)
    for k, actor, org, role, doc in session.execute(stmt).all():
        grouped[k].append(AffiliationRow(actor, org, role, doc))
    return grouped


def affiliations_by_actor(session: Session, keys: Sequence[str]) -> dict[str, list[Any]]:
    return _affiliations(session, Affiliation.actor_id, keys)


def members_by_organisation(session: Session, keys: Sequence[str]) -> dict[str, list[Any]]:
    return _affiliations(session, Affiliation.organisation_id, keys)


def entities_by_claim(session: Session, keys: Sequence[str]) -> dict[str, list[Entity]]:
    return _grouped(
        session,
        select(ClaimMention.claim_id, Entity)
        .join(Entity, Entity.id == ClaimMention.entity_id)
        .where(ClaimMention.claim_id.in_(list(keys)))
        .order_by(ClaimMention.claim_id, Entity.name, Entity.id),
    )


def subjects_by_statistic(session: Session, keys: Sequence[str]) -> dict[str, list[Entity]]:
    return _grouped(
        session,
        select(StatisticSubject.statistic_id, Entity)
        .join(Entity, Entity.id == StatisticSubject.entity_id)
        .where(StatisticSubject.statistic_id.in_(list(keys)))
        .order_by(StatisticSubject.statistic_id, Entity.name, Entity.id),
    )


def statistics_by_claim(session: Session, keys: Sequence[str]) -> dict[str, list[Statistic]]:
    return _grouped(
        session,
        select(Statistic.claim_id, Statistic)
        .where(Statistic.claim_id.in_(list(keys)))
        .order_by(Statistic.claim_id, Statistic.start, Statistic.id),
    )


@dataclass(frozen=True)
class Paged:
    """A nested connection: which rows belong to a parent, and in which order."""

    model: Any
    parent_key: ColumnElement[Any]
    order_by: tuple[ColumnElement[Any], ...]
    # (keys) -> (select of the rows, the column holding their parent's key)
    base: Callable[[Sequence[Any]], tuple[Select[Any], ColumnElement[Any]]] | None = None

    def batch(self, page: Page) -> Batch:
        def run(session: Session, keys: Sequence[Any]) -> dict[Any, ParentPage]:
            base, parent_key = self.base(keys) if self.base else (None, self.parent_key)
            return per_parent_pages(
                session, self.model, parent_key, keys, self.order_by, page, base
            )

        return run


def _documents_of(keys: Sequence[Any]) -> tuple[Select[Any], ColumnElement[Any]]:
    """Documents joined to the distinct (entity, document) pairs of the batch: the entity
    is mentioned in, wrote or published the document.

    Made distinct (UNION) before the join, so wide document rows are never sorted or grouped.
    """
    ids = list(keys)
    pairs = (
        select(Mention.entity_id.label("entity_id"), Mention.document_id.label("document_id"))
        .where(Mention.entity_id.in_(ids))
        .union(
            select(DocumentAuthor.entity_id, DocumentAuthor.document_id).where(
                DocumentAuthor.entity_id.in_(ids)
            ),
            select(Document.publisher_id, Document.id).where(Document.publisher_id.in_(ids)),
        )
        .subquery()
    )
    stmt = select(Document).join(pairs, pairs.c.document_id == Document.id)
    return stmt, pairs.c.entity_id


PAGED: dict[str, Paged] = {
    "document.passages": Paged(Passage, Passage.document_id, (Passage.ordinal, Passage.id)),
    "document.claims": Paged(Claim, Claim.document_id, (Claim.start, Claim.id)),
    "document.statistics": Paged(Statistic, Statistic.document_id, (Statistic.start, Statistic.id)),
    "document.mentions": Paged(Mention, Mention.document_id, (Mention.start, Mention.id)),
    "entity.mentions": Paged(
        Mention, Mention.entity_id, (Mention.document_id, Mention.start, Mention.id)
    ),
    "entity.claims": Paged(Claim, Claim.speaker_id, (Claim.document_id, Claim.start, Claim.id)),
    "entity.documents": Paged(
        Document,
        Mention.entity_id,
        (Document.source_path, Document.part, Document.id),
        base=_documents_of,
    ),
}

"""Helpers for the entity tests: fixture documents as drafts, run through the real stage, and
what the stage finds in a bare text, by name and type."""

from __future__ import annotations

import re
from pathlib import Path

from kb.ids import normalise_name
from kb.models import DocumentKind, EntityType, PassageKind
from loaders.components.entities import Entities
from loaders.drafts import DocumentDraft, EntityDraft, Extraction, PassageDraft
from loaders.entities.document import find
from loaders.readers.builder import TextBuilder

FIXTURES = Path(__file__).parent / "fixtures" / "entities"
STAGE = Entities()


def draft(name: str, kind: DocumentKind, **meta: object) -> DocumentDraft:
    """A fixture file as passages: numbered tweets, or blank-line blocks."""
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    if kind == DocumentKind.THREAD:
        blocks = re.split(r"\n(?=\d+/)", raw.strip())
    else:
        blocks = [" ".join(b.split()) for b in raw.split("\n\n") if b.strip()]
    b = TextBuilder()
    pkind = PassageKind.TWEET if kind == DocumentKind.THREAD else PassageKind.PARAGRAPH
    for block in blocks:
        b.add(block, PassageDraft(pkind, 0, 0))
    authors = list(meta.pop("authors", []) or [])  # type: ignore[call-overload]
    publisher = meta.pop("publisher", None)
    return DocumentDraft(name, kind, b.text(), passages=b.passages, authors=authors,
                         publisher=publisher, meta=dict(meta))  # type: ignore[arg-type]  # fmt: skip


def run(doc: DocumentDraft) -> Extraction:
    ex = Extraction(doc=doc)
    STAGE(ex)
    return ex


def entity(ex: Extraction, name: str, type_: EntityType | None = None) -> EntityDraft:
    """The one entity with this name, alias or handle; fails listing what there is."""
    want = normalise_name(name)
    hits = [
        e for e in ex.entities.values()
        if (type_ is None or e.type == type_)
        and want in {normalise_name(n) for n in (e.name, *e.aliases, *e.handles)}
    ]  # fmt: skip
    assert len(hits) == 1, (name, [(e.type.value, e.name) for e in hits] or sorted(ex.entities))
    return hits[0]


def surfaces(ex: Extraction, e: EntityDraft) -> set[str]:
    return {m.surface for m in ex.mentions if m.entity == e.key}


def roles(ex: Extraction, person: str) -> set[tuple[str, str | None]]:
    p = entity(ex, person, EntityType.ACTOR)
    return {(ex.entities[a.organisation].name, a.role) for a in ex.affiliations if a.actor == p.key}


def named(text: str) -> dict[str, tuple[str, str | None]]:
    """Canonical name → (type, kind) of everything found in a text."""
    f = find(text)
    return {c.name: (c.type.value, c.kind) for c in f.clusters.values()}


def people(text: str) -> set[str]:
    """The canonical names of the people found in a text."""
    return {n for n, (t, _) in named(text).items() if t == "ACTOR"}


def orgs(text: str) -> set[str]:
    """The canonical names of the organisations (states included) found in a text."""
    return {n for n, (t, _) in named(text).items() if t == "ORGANISATION"}

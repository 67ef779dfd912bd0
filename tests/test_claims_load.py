"""Claims through the real load (SQLite and PostgreSQL): the seeds and a sameAs pair."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import Engine, func
from sqlmodel import Session, select

from kb.models import Claim, Document, DocumentLink, Entity, EntityAlias
from loaders.claims.duplicates import normalise
from loaders.runner import load_paths

THREAD_002 = "002_6bdc9d3b7232f498.txt"
ARTICLE = "004_119b34da1581264a.txt"
DUP = Path(__file__).parent / "fixtures" / "claims" / "dup"


def _claims(session: Session, source_path: str) -> list[Claim]:
    return list(
        session.exec(
            select(Claim)
            .join(Document, Document.id == Claim.document_id)
            .where(Document.source_path == source_path)
            .order_by(Claim.start)
        ).all()
    )


def _names(session: Session, entity_id: str | None) -> set[str]:
    if entity_id is None:
        return set()
    entity = session.get(Entity, entity_id)
    assert entity is not None
    aliases = session.exec(select(EntityAlias.alias).where(EntityAlias.entity_id == entity_id))
    return {entity.name.casefold(), *(a.casefold() for a in aliases.all())}


def test_claim_offsets_point_into_their_document(seeded_engine: Engine) -> None:
    with Session(seeded_engine) as s:
        texts = dict(s.exec(select(Document.id, Document.text)).all())
        claims = s.exec(select(Claim)).all()
        assert len(claims) > 100
        for c in claims:
            assert texts[c.document_id][c.start : c.end] == c.text
            assert c.attribution in {"AUTHOR", "DIRECT_QUOTE", "REPORTED_SPEECH", "ACCORDING_TO"}
            assert c.kind in {"ASSESSMENT", "FORECAST", "RECOMMENDATION", "FACT"}


def test_trenin_quote_in_the_thread(seeded_engine: Engine) -> None:
    with Session(seeded_engine) as s:
        quotes = [
            c
            for c in _claims(s, THREAD_002)
            if c.text.startswith("There is an increasing realization in Russia")
        ]
        assert quotes, "the @DmitriTrenin quotation is not a claim"
        (c,) = quotes
        assert c.attribution == "DIRECT_QUOTE"
        assert c.text.endswith("undesirable dependence on Beijing.")  # its full stop kept
        names = _names(s, c.speaker_id)
        assert names & {"dmitri trenin", "@dmitritrenin"}, names


def test_zubarevich_quote_in_the_article(seeded_engine: Engine) -> None:
    with Session(seeded_engine) as s:
        claims = _claims(s, ARTICLE)
        (c,) = [c for c in claims if c.text.startswith("Russian authorities used to insist")]
        assert c.attribution == "DIRECT_QUOTE"
        assert "natalia zubarevich" in _names(s, c.speaker_id)
        # the quotation continues in the next paragraph sentence with the same speaker
        (d,) = [c for c in claims if c.text.startswith("Russian industry has refocused")]
        assert (d.attribution, d.speaker_id) == ("DIRECT_QUOTE", c.speaker_id)
        # "experts say that …": an unnamed group, no named speaker
        groups = [c for c in claims if c.speaker_group == "experts"]
        assert groups and all(g.speaker_id is None for g in groups)
        # headings and boilerplate are not claims
        assert not [c for c in claims if c.text in {"News", "Why We Wrote This"}]


def test_duplicate_claims_across_a_same_as_pair(empty_engine: Engine, tmp_path: Path) -> None:
    for f in DUP.iterdir():
        shutil.copy(f, tmp_path / f.name)
    summary = load_paths(empty_engine, [tmp_path])
    assert summary.ok, summary.failed
    with Session(empty_engine) as s:
        assert s.exec(select(func.count()).select_from(DocumentLink)).one() == 2
        full, short = _claims(s, "thread_full.txt"), _claims(s, "thread_short.txt")
        assert all(c.duplicate_of is None for c in full)  # the fuller copy is canonical
        by_id = {c.id: c for c in full}
        marked = [c for c in short if c.duplicate_of]
        assert len(marked) >= 3
        for c in marked:
            assert normalise(by_id[c.duplicate_of].text) == normalise(c.text)
        quote = [c for c in short if c.attribution == "DIRECT_QUOTE"]
        assert quote and quote[0].duplicate_of in by_id
    # reloading leaves the marks as they are
    load_paths(empty_engine, [tmp_path])
    with Session(empty_engine) as s:
        again = [c for c in _claims(s, "thread_short.txt") if c.duplicate_of]
        assert len(again) == len(marked)


def test_seeded_same_as_claims_are_marked(seeded_engine: Engine) -> None:
    with Session(seeded_engine) as s:
        links = s.exec(select(DocumentLink.document_id, DocumentLink.other_id)).all()
        pairs = {(a, b) for a, b in links}
        marked = s.exec(select(Claim).where(Claim.duplicate_of.is_not(None))).all()
        for c in marked:
            target = s.get(Claim, c.duplicate_of)
            assert target is not None
            assert (c.document_id, target.document_id) in pairs
            assert normalise(target.text) == normalise(c.text)
        if links:
            assert marked, "sameAs documents share claims but none is marked"

"""Cross-document resolution in the store, on both backends: a surname or handle seen in a
later document joins the record of an earlier one; people and organisations never merge."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, select

from kb.models import Document, Entity, EntityAlias, Mention
from kb.models.enums import EntityType
from loaders.drafts import EntityDraft
from loaders.runner import load_paths
from loaders.store import entity_id, upsert_entities
from loaders.surnames import Surnames

FIRST = """Siberian grain: a new corridor

“The rail link is the whole story,” says Anatoly Rybnikov, an economist at the Irkutsk
Academy of Trade. Rybnikov expects volumes to double. Follow him at @ARybnikov_econ.
"""
SECOND = """Grain exports stall at the border

Rybnikov, who has studied the route for a decade, now sees a slowdown. @ARybnikov_econ
posted the customs figures on Monday.
"""
MANIFEST = """[files."a_first.txt"]
kind = "ARTICLE"

[files."b_second.txt"]
kind = "ARTICLE"
"""


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a_first.txt").write_text(FIRST, encoding="utf-8")
    (folder / "b_second.txt").write_text(SECOND, encoding="utf-8")
    (folder / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    return folder


def test_a_later_surname_and_handle_join_the_earlier_record(
    empty_engine: Engine, tmp_path: Path
) -> None:
    summary = load_paths(empty_engine, [_corpus(tmp_path)])
    assert summary.ok, summary.failed
    with Session(empty_engine) as s:
        people = s.exec(select(Entity).where(Entity.type == "ACTOR")).all()
        rybnikov = [e for e in people if "rybnikov" in e.name_key]
        assert [e.name for e in rybnikov] == ["Anatoly Rybnikov"]
        second = s.exec(select(Document).where(Document.source_path == "b_second.txt")).one()
        linked = s.exec(select(Mention).where(Mention.document_id == second.id)).all()
        assert {m.surface for m in linked if m.entity_id == rybnikov[0].id} >= {"Rybnikov"}
        aliases = set(s.exec(select(EntityAlias.alias).where(
            EntityAlias.entity_id == rybnikov[0].id)).all())  # fmt: skip
        assert {"Anatoly Rybnikov", "Rybnikov"} <= aliases
        academy = s.exec(select(Entity).where(Entity.name == "Irkutsk Academy of Trade")).one()
        assert academy.type == "ORGANISATION" and academy.kind == "RESEARCH_INSTITUTE"


def test_reloading_keeps_one_record(empty_engine: Engine, tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    load_paths(empty_engine, [folder])
    (folder / "b_second.txt").write_text(SECOND + "\nRybnikov declined to comment.\n", "utf-8")
    load_paths(empty_engine, [folder])
    with Session(empty_engine) as s:
        names = s.exec(select(Entity.name).where(Entity.type == "ACTOR")).all()
        assert sum("Rybnikov" in n for n in names) == 1


def test_people_and_organisations_never_merge(empty_engine: Engine) -> None:
    with Session(empty_engine) as s, s.begin():
        first = upsert_entities(s, [EntityDraft(EntityType.ACTOR, "Natalia Orlova",
                                                aliases={"Orlova"})])  # fmt: skip
        s.flush()
        second = upsert_entities(s, [EntityDraft(EntityType.ORGANISATION, "Orlova", kind="OTHER"),
                                     EntityDraft(EntityType.ACTOR, "Orlova")])  # fmt: skip
    org_key, person_key = "ORGANISATION:orlova", "ACTOR:orlova"
    assert second[person_key] == first["ACTOR:natalia orlova"]
    assert second[org_key] != first["ACTOR:natalia orlova"]


def test_the_runs_surname_index_sees_committed_people_only(empty_engine: Engine) -> None:
    """A person whose file rolled back is not there for a later lone surname; one committed
    is, as with a query of the database itself (see loaders.surnames)."""
    index = Surnames()
    with Session(empty_engine) as s, s.begin():
        upsert_entities(s, [EntityDraft(EntityType.ACTOR, "Pavel Kosygin")], index)
        s.rollback()
    index.rollback()
    with Session(empty_engine) as s, s.begin():
        upsert_entities(s, [EntityDraft(EntityType.ACTOR, "Irina Volkova")], index)
    index.commit()  # the next file's commit must not bring back the rolled-back person
    with Session(empty_engine) as s, s.begin():
        alone = upsert_entities(s, [EntityDraft(EntityType.ACTOR, "Kosygin")], index)
        s.rollback()
    index.rollback()
    assert alone["ACTOR:kosygin"] == entity_id("ACTOR:kosygin")
    with Session(empty_engine) as s, s.begin():
        full = upsert_entities(s, [EntityDraft(EntityType.ACTOR, "Pavel Kosygin")], index)
    index.commit()
    with Session(empty_engine) as s, s.begin():
        later = upsert_entities(s, [EntityDraft(EntityType.ACTOR, "Kosygin")], index)
    assert later["ACTOR:kosygin"] == full["ACTOR:pavel kosygin"]

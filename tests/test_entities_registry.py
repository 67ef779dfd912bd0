"""The curated registry: well-formed, unambiguous where it matters, shared with the other
stages (state names as the statistics gazetteer spells them), and used by the stage for
report metadata (partners, author details) and thread self-links."""

from __future__ import annotations

from entities_helpers import entity, run

from kb.models import DocumentKind, EntityType, OrganisationKind
from loaders.drafts import DocumentDraft, PassageDraft
from loaders.entities import registry
from loaders.numbers.subjects import STATES


def test_every_entry_has_a_valid_kind_and_handles_are_unique() -> None:
    reg = registry()
    handles: dict[str, str] = {}
    for e in reg.entries:
        assert e.kind == "ACTOR" or OrganisationKind(e.kind)
        for h in e.handles:
            assert h.startswith("@"), (e.name, h)
            assert handles.setdefault(h.casefold(), e.name) == e.name, h
    assert len(reg.entries) > 250


def test_registry_states_use_the_statistics_gazetteer_names() -> None:
    for name in STATES:
        entry = registry().lookup(name, EntityType.ORGANISATION)
        assert entry is not None and entry.name == name, name


def test_lookups_by_alias_handle_domain_and_flag() -> None:
    reg = registry()
    assert reg.lookup("Mr. Xi") is None  # honorifics are read by the stage, not registered
    assert reg.lookup("Xi").name == "Xi Jinping"  # type: ignore[union-attr]
    assert reg.handle("@MID_RF") is reg.handle("@mfa_russia")
    assert reg.domain("www.kommersant.ru").name == "Kommersant"  # type: ignore[union-attr]
    assert reg.domain("static.government.ru").name == "Government of Russia"  # type: ignore[union-attr]
    assert reg.by_flag["🇪🇺"].name == "European Union"


def _doc(text: str, kind: DocumentKind, **kw: object) -> DocumentDraft:
    return DocumentDraft("x.txt", kind, text, passages=[PassageDraft(
        "TWEET" if kind == DocumentKind.THREAD else "PARAGRAPH", 0, len(text))], **kw)  # type: ignore[arg-type]  # fmt: skip


def test_report_metadata_partners_and_author_details() -> None:
    text = "The Volga Policy Lab and its partners studied river freight in 2023."
    details = [{"name": "Irina Solntseva", "degrees": ["Ph.D. in Economics"], "head": True}]
    meta = {"partners": ["Volga Policy Lab", "Ural Federal University"], "author_details": details}
    ex = run(_doc(text, DocumentKind.REPORT, authors=["Irina Solntseva"], meta=meta))
    assert entity(ex, "Irina Solntseva").description == "Ph.D. in Economics"
    assert entity(ex, "Ural Federal University").kind == "UNIVERSITY"
    lab = entity(ex, "Volga Policy Lab", EntityType.ORGANISATION)
    assert any(m.entity == lab.key for m in ex.mentions)


def test_thread_without_authors_takes_its_self_link_handle() -> None:
    text = "1/ Rail freight doubled. https://twitter.com/kolya_rails/status/123456 more soon"
    ex = run(_doc(text, DocumentKind.THREAD))
    assert [ex.entities[k].handles for k in ex.authors] == [{"@kolya_rails"}]

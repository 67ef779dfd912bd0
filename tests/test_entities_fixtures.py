"""The entity stage on new documents of the three kinds (tests/fixtures/entities), full of
names the registry lacks: discovery, typing, merging, affiliations, authors, offsets."""

from __future__ import annotations

from entities_helpers import draft, entity, roles, run, surfaces

from kb.models import DocumentKind, EntityType
from loaders.entities import registry

ACTOR, ORG = EntityType.ACTOR, EntityType.ORGANISATION
THREAD, ARTICLE, REPORT = DocumentKind.THREAD, DocumentKind.ARTICLE, DocumentKind.REPORT


def test_fixture_names_are_not_in_the_registry() -> None:
    for name in ("Oleg Vintsevich", "Khabarovsk Institute of Pacific Studies", "Sibtekhmash",
                 "Svetlana Pridvorova", "Pacific Energy Research Council", "@NovayaSibir_news",
                 "Grigory Tverdokhlebov", "Marina Kostyleva"):  # fmt: skip
        assert registry().lookup(name) is None and registry().handle(name) is None


def test_every_mention_has_exact_offsets_in_every_kind() -> None:
    for name, kind in (("thread_railways.txt", THREAD), ("article_forum.txt", ARTICLE),
                       ("report_dialogue.txt", REPORT)):  # fmt: skip
        ex = run(draft(name, kind))
        assert ex.mentions
        for m in ex.mentions:
            assert ex.doc.text[m.start : m.end] == m.surface
            assert m.entity in ex.entities


def test_article_people_found_typed_and_merged_with_their_surnames() -> None:
    ex = run(draft("article_forum.txt", ARTICLE, authors=["Lidiya Orekhova"]))
    analyst = entity(ex, "Oleg Vintsevich", ACTOR)
    assert surfaces(ex, analyst) == {"Oleg Vintsevich", "Vintsevich"}
    assert {"Ms. Orekhova", "Lidiya Orekhova"} <= surfaces(ex, entity(ex, "Lidiya Orekhova"))
    assert entity(ex, "Arkady Vysheslavtsev").type == ACTOR  # "said Governor …"
    assert entity(ex, "Zhang Wenhui").type == ACTOR  # a Chinese name: family name + pinyin
    assert ex.authors == [entity(ex, "Lidiya Orekhova").key]


def test_article_organisations_get_kinds_and_roles() -> None:
    ex = run(draft("article_forum.txt", ARTICLE))
    assert entity(ex, "Khabarovsk Institute of Pacific Studies", ORG).kind == "RESEARCH_INSTITUTE"
    assert entity(ex, "Sibtekhmash", ORG).kind == "COMPANY"  # "…, a Novosibirsk equipment maker"
    assert entity(ex, "Gazprombank", ORG).kind == "BANK"
    assert entity(ex, "Trans-Siberian Courier", ORG).kind == "MEDIA"
    assert ("Khabarovsk Institute of Pacific Studies", "analyst") in roles(ex, "Oleg Vintsevich")
    assert ("Harbin Tianma Machinery", "deputy general manager") in roles(ex, "Zhang Wenhui")
    assert all(e.kind for e in ex.entities.values() if e.type == ORG)


def test_thread_handles_are_typed_from_context_and_shape() -> None:
    ex = run(draft("thread_railways.txt", THREAD, authors=["@rail_watcher"]))
    assert entity(ex, "@petr_kalinin").type == ACTOR  # "reporting by @petr_kalinin & …"
    assert entity(ex, "@LiuMeng_reports").type == ACTOR  # listed with a person
    assert entity(ex, "@NovayaSibir_news").type == ORG
    assert entity(ex, "@NovayaSibir_news").kind == "MEDIA"
    assert entity(ex, "@ZabRailMonitor").type == ORG  # "According to @…Monitor"
    assert entity(ex, "@RailwayChinaOfficial").type == ORG


def test_thread_handle_merges_with_the_name_it_spells_and_domains_with_handles() -> None:
    ex = run(draft("thread_railways.txt", THREAD))
    kostyleva = entity(ex, "Marina Kostyleva", ACTOR)
    assert "@MarinaKostyleva" in kostyleva.handles
    assert surfaces(ex, kostyleva) == {"@MarinaKostyleva", "Marina Kostyleva"}
    desk = entity(ex, "@eurasia_desk", ORG)
    assert "eurasiadesk.net" in surfaces(ex, desk)
    assert surfaces(ex, entity(ex, "Grigory Tverdokhlebov")) == {"Grigory Tverdokhlebov",
                                                                 "Tverdokhlebov"}  # fmt: skip


def test_thread_flags_capitals_and_the_kremlin_resolve_to_their_states() -> None:
    ex = run(draft("thread_railways.txt", THREAD))
    assert {"🇰🇿", "Astana"} <= surfaces(ex, entity(ex, "Kazakhstan", ORG))
    assert "Moscow" in surfaces(ex, entity(ex, "Russia", ORG))
    assert "Beijing" in surfaces(ex, entity(ex, "China", ORG))
    assert entity(ex, "Kremlin", ORG).kind == "GOVERNMENT_BODY"


def test_report_authors_bios_and_acronyms() -> None:
    ex = run(draft("report_dialogue.txt", REPORT,
                   authors=["Svetlana Pridvorova", "Hu Chenxi", "Timur Akhmetzhanov"],
                   publisher="Pacific Energy Research Council"))  # fmt: skip
    assert [ex.entities[k].name for k in ex.authors] == [
        "Svetlana Pridvorova", "Hu Chenxi", "Timur Akhmetzhanov"]  # fmt: skip
    council = entity(ex, "Pacific Energy Research Council", ORG)
    assert ex.publisher == council.key and council.kind == "THINK_TANK"
    assert "PERC" in surfaces(ex, council)  # "Full Name (PERC)" then "PERC bears …"
    assert "Pridvorova" in surfaces(ex, entity(ex, "Svetlana Pridvorova"))
    assert ("Pacific Energy Research Council", "Director") in roles(ex, "Svetlana Pridvorova")
    assert ("Far Eastern Federal University", "Professor") in roles(ex, "Svetlana Pridvorova")
    assert ("Harbin Institute of Technology", "Senior Research Fellow") in roles(ex, "Hu Chenxi")
    assert entity(ex, "Far Eastern Federal University").kind == "UNIVERSITY"


def test_report_ministries_keep_their_state_and_degrees_are_not_organisations() -> None:
    ex = run(draft("report_dialogue.txt", REPORT))
    names = {e.name for e in ex.entities.values() if e.type == ORG}
    assert "Economics" not in names and "Ph.D. in Economics" not in names
    assert entity(ex, "National Energy Administration of China", ORG).kind == "GOVERNMENT_BODY"


def test_people_and_organisations_never_share_a_record() -> None:
    for name, kind in (("thread_railways.txt", THREAD), ("article_forum.txt", ARTICLE),
                       ("report_dialogue.txt", REPORT)):  # fmt: skip
        ex = run(draft(name, kind))
        forms: dict[str, set[str]] = {}
        for e in ex.entities.values():
            for n in (e.name, *e.handles):
                forms.setdefault(n.casefold(), set()).add(e.type.value)
        assert all(len(types) == 1 for types in forms.values()), forms

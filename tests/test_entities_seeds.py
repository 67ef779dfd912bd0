"""The entity stage on the seed corpus through the real readers and pipeline."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

from entities_helpers import entity, roles, surfaces

from kb.models import EntityType
from loaders.drafts import Extraction
from loaders.numbers.subjects import STATES
from loaders.pipeline import extract
from loaders.readers import read_file
from loaders.readers.manifest import load_manifest

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ACTOR, ORG = EntityType.ACTOR, EntityType.ORGANISATION


@cache
def seed_docs(name: str) -> tuple[Extraction, ...]:
    """Every document of a seed file (a thread file holds several threads), extracted."""
    manifest = load_manifest(SEEDS)
    return tuple(
        extract(d) for d in read_file((SEEDS / name).read_bytes(), name, manifest.get(name))
    )


@cache
def seed(name: str) -> Extraction:
    """One file's documents as one view: entities merged by key, mentions and ties pooled.

    Mention offsets in the view point into their own documents; use `seed_docs` for them.
    """
    docs = seed_docs(name)
    view = Extraction(doc=docs[0].doc)
    for ex in docs:
        for e in ex.entities.values():
            view.add_entity(replace(e, aliases=set(e.aliases), handles=set(e.handles)))
        view.mentions.extend(ex.mentions)
        view.affiliations.extend(ex.affiliations)
        view.authors = list(dict.fromkeys([*view.authors, *ex.authors]))
    return view


ARTICLE, REPORT = "004_119b34da1581264a.txt", "003_a68d32ec9af499bf.txt"
THREADS = ("000_769defdc8682c5fc.txt", "001_5e94b783f5e64f23.txt", "002_6bdc9d3b7232f498.txt")


def test_article_resolves_every_form_of_xi_and_putin_to_one_record() -> None:
    ex = seed(ARTICLE)
    assert {"Xi", "Xi Jinping", "Mr. Xi"} <= surfaces(ex, entity(ex, "Xi Jinping", ACTOR))
    assert {"Putin", "Vladimir Putin"} <= surfaces(ex, entity(ex, "Vladimir Putin", ACTOR))


def test_article_appositions_give_people_their_organisations() -> None:
    ex = seed(ARTICLE)
    assert ("Moscow State University", "expert") in roles(ex, "Natalia Zubarevich")
    assert ("Moscow State University", "China expert") in roles(ex, "Alexei Maslov")
    assert ("Institute of China and Contemporary Asia", "director") in roles(ex, "Kirill Babaev")
    assert ("Russia", "Prime Minister") in roles(ex, "Mikhail Mishustin")
    assert entity(ex, "Institute of China and Contemporary Asia").kind == "RESEARCH_INSTITUTE"
    assert entity(ex, "Moscow State University").kind == "UNIVERSITY"


def test_threads_resolve_handles_flags_titles_and_abbreviations() -> None:
    ex = seed(THREADS[0])
    mfa = entity(ex, "@mfa_russia", ORG)
    assert {"@mfa_russia", "@MID_RF"} <= mfa.handles and mfa.kind == "GOVERNMENT_BODY"
    assert {"🇷🇺", "Moscow", "Russia"} <= surfaces(ex, entity(ex, "Russia", ORG))
    assert {"🇨🇳", "Beijing"} <= surfaces(ex, entity(ex, "China", ORG))
    assert "🇺🇸" in surfaces(ex, entity(ex, "United States", ORG))
    assert ("Russia", "Foreign Minister") in roles(ex, "Sergey Lavrov")  # "FM Sergey Lavrov"
    assert ("Tajikistan", "President") in roles(ex, "Emomali Rahmon")  # "…'s President Rahmon"
    assert "Kirill Barsky" in {e.name for e in ex.entities.values() if e.type == ACTOR}
    assert entity(ex, "FSB", ORG).kind == "GOVERNMENT_BODY"
    assert entity(ex, "PLA", ORG).kind == "MILITARY"
    assert {"Alexander Lukanin", "Lukanin"} <= surfaces(ex, entity(ex, "Alexander Lukanin"))
    assert {"@FT", "ft.com"} <= surfaces(ex, entity(ex, "Financial Times", ORG))
    assert {"@kommersant", "kommersant.ru"} <= surfaces(ex, entity(ex, "Kommersant", ORG))
    assert {"@levada_ru", "levada.ru"} <= surfaces(ex, entity(ex, "Levada Center", ORG))
    assert entity(ex, "@DmitriTrenin").type == ACTOR
    assert entity(ex, "@MBKhMedia").type == ORG


def test_thread_authors_come_from_the_manifest_with_their_handle() -> None:
    for name in THREADS:
        ex = seed(name)
        (author,) = ex.authors
        assert ex.entities[author].name == "Alexander Gabuev"
        assert "@AlexGabuev" in ex.entities[author].handles


def test_report_author_forms_merge_and_bios_give_roles() -> None:
    ex = seed(REPORT)
    kortunov = entity(ex, "Andrey Kortunov", ACTOR)
    assert {"Andrey Kortunov", "Dr Kortunov"} <= surfaces(ex, kortunov)
    assert ("Russian International Affairs Council", "Director General") in roles(
        ex, "Andrey Kortunov"
    )
    assert entity(ex, "Yuliya Nikitina").name == entity(ex, "Yulia Nikitina").name
    assert ("Fudan University", "Deputy Director") in roles(ex, "Ma Bin")
    assert entity(ex, "Zhao Huasheng").type == ACTOR
    assert entity(ex, "RIAC", ORG).kind == "THINK_TANK"
    assert entity(ex, "SCO", ORG).kind == "INTERNATIONAL_ORG"


def test_offsets_types_and_kinds_hold_on_every_seed() -> None:
    for name in (*THREADS, ARTICLE, REPORT):
        for ex in seed_docs(name):
            for m in ex.mentions:
                assert ex.doc.text[m.start : m.end] == m.surface, (name, m)
            for e in ex.entities.values():
                assert (e.kind is not None) == (e.type == ORG), (name, e)


def test_state_names_coincide_with_the_statistics_gazetteer() -> None:
    ex = seed(THREADS[0])
    for state in ("Russia", "China", "United States"):
        assert state in STATES
        assert entity(ex, state, ORG).name == state

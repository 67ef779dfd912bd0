"""Organisation boundaries, citations that are not organisations, the world-wide registry and
people named without a title — on news, footnote and front-matter text written for these
tests (expected entities annotated before the rules were run on it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from entities_helpers import named

from kb.models import EntityType
from loaders.entities.document import find
from loaders.entities.registry import registry

ROOT = Path(__file__).resolve().parent.parent


def surfaces(text: str) -> set[str]:
    f = find(text)
    return {text[h.start : h.end] for h in f.hits}


NEWS = (
    "Scientists from the Institute of Oriental Manuscripts of the Russian Academy of Sciences "
    "met colleagues from the Kunming Institute of Botany at Yunnan University and from the "
    "Ministry of Ecology of the Republic of Belarus. The Embassy of the Republic of Korea in "
    "the Russian Federation and the Consulate General of Mongolia in Irkutsk sent delegates, "
    "as did the Academy of Music for the Performing Arts. Prices of Frozen Pollock Fillets "
    "rose, Imports of Fertilisers fell, and the Joint Commission and the Regional Centre said "
    "nothing. Shares of Sinovac and Walvax Biotechnology Co. rose."
)


def test_official_names_are_kept_whole_and_the_body_inside_is_mentioned() -> None:
    found = named(NEWS)
    assert "Institute of Oriental Manuscripts of the Russian Academy of Sciences" in found
    assert "Russian Academy of Sciences" in found
    assert "Kunming Institute of Botany at Yunnan University" in found
    assert "Ministry of Ecology of the Republic of Belarus" in found
    assert "Embassy of the Republic of Korea in the Russian Federation" in found
    assert "Consulate General of Mongolia in Irkutsk" in found
    assert "Academy of Music for the Performing Arts" in found
    assert "Institute of Oriental Manuscripts" not in found  # never the cut-short name


def test_the_short_form_is_an_alias_and_names_the_same_body_alone() -> None:
    text = (
        "Researchers of the Institute of Oriental Manuscripts of the Russian Academy of "
        "Sciences published it. The Institute of Oriental Manuscripts also hosts a library."
    )
    f = find(text)
    long_name = "Institute of Oriental Manuscripts of the Russian Academy of Sciences"
    [cluster] = [c for c in f.clusters.values() if c.name == long_name]
    assert "Institute of Oriental Manuscripts" in cluster.aliases
    alone = text.rindex("Institute of Oriental Manuscripts")
    assert [f.clusters[h.cluster].name for h in f.hits if h.start == alone] == [long_name]


def test_institutions_named_with_common_words_are_kept() -> None:
    text = (
        "The National Medical Products Administration approved the vaccine, and the "
        "International Fund for Saving the Aral Sea welcomed it."
    )
    found = named(text)
    assert "National Medical Products Administration" in found
    assert "International Fund for Saving the Aral Sea" in found


def test_sloppy_case_and_dashes_inside_names() -> None:
    text = (
        "3/ She studied at Irkutsk technical university, then joined the Center for "
        "Russian–Mongolian Border Studies and Shenzhen MSU—BIT University."
    )
    found = named(text)
    assert found["Irkutsk technical university"] == ("ORGANISATION", "UNIVERSITY")
    assert "Center for Russian–Mongolian Border Studies" in found
    assert "Shenzhen MSU—BIT University" in found


def test_a_described_name_and_a_brand() -> None:
    text = (
        "According to the Almaty-based Eurasian Freight Forum, sales of the Dongxing brand rose "
        "while Chinese brands gained share."
    )
    found = named(text)
    assert "Eurasian Freight Forum" in found
    assert not [n for n in found if n.startswith("Almaty-based")]
    assert found.get("Dongxing", ("", ""))[0] == "ORGANISATION"
    assert "Chinese" not in found


def test_descriptions_in_title_case_are_not_organisations() -> None:
    found = named(NEWS)
    for fragment in ("Frozen Pollock Fillets", "Imports of Fertilisers", "Joint Commission",
                     "Regional Centre"):  # fmt: skip
        assert fragment not in found
    assert "Sinovac" in found  # the registered company, not "Sinovac and Walvax …"


def test_a_headline_fragment_keeps_only_the_name_after_for() -> None:
    text = '"Trade Corridor Opens New Markets for Harbin Bank," Sohu, May 2, 2020.'
    found = named(text)
    assert "Harbin Bank" in found
    assert not [n for n in found if n.startswith("Trade Corridor")]


def test_a_legal_suffix_or_another_spelling_of_the_state_resolves_to_the_registry() -> None:
    text = (
        "CanSino Biologics Inc. signed with the Ministry of Finance of the Russian Federation "
        "and the State Council of the People's Republic of China."
    )
    found = named(text)
    assert {"CanSino", "Ministry of Finance of Russia", "State Council of China"} <= set(found)


def test_cited_domains_are_not_organisations_unless_a_known_outlet() -> None:
    text = (
        '¹ "Grain exports grow," Kommersant, 2022. URL: https://www.kommersant.ru/doc/1\n'
        '² "Rail freight," Local Herald. URL: https://news.example-portal.ru/a/2\n'
        "³ https://stock.10jqka.com.cn/20220101/c1.shtml"
    )
    found = named(text)
    assert "Kommersant" in found
    assert not [n for n in found if "." in n]  # no "example-portal.ru", "10jqka.com.cn"
    assert "www.kommersant.ru" in surfaces(text)


def test_states_and_territories_come_from_the_dataset() -> None:
    text = (
        "Lithuania, Bahrain, Kuwait and the Maldives voted with Burkina Faso; Lithuanian and "
        "Kuwaiti diplomats flew via Greenland. 🇧🇭"
    )
    found = named(text)
    for state in ("Lithuania", "Bahrain", "Kuwait", "Maldives", "Burkina Faso"):
        assert found.get(state) == ("ORGANISATION", "STATE"), state
    assert found["Greenland"] == ("ORGANISATION", "OTHER")  # a territory
    reg = registry()
    assert reg.by_flag["🇱🇹"].name == "Lithuania"
    assert "LTU" in reg.lookup("Lithuania").codes  # type: ignore[union-attr]


def test_well_known_companies_media_and_bodies_are_registered() -> None:
    text = (
        "Pfizer, Moderna, Haier, Oppo, Vivo and Tmall were named by AP and The Hill; AUKUS, "
        "the Union State and the Taliban were discussed."
    )
    found = named(text)
    assert found["Associated Press"][1] == "MEDIA"
    for name in ("Pfizer", "Moderna", "Haier", "Oppo", "Vivo", "Tmall", "The Hill", "AUKUS",
                 "Union State", "Taliban"):  # fmt: skip
        assert name in found, name
    assert found["Taliban"][1] == "POLITICAL_MOVEMENT"


def test_people_named_without_a_title() -> None:
    text = (
        "Businessmen Roman Abramovich and Vladimir Potanin invested, and the Deputy Prime "
        "Minister of Kazakhstan Serik Zhumangarin met Vice Chairman of the Standing Committee "
        "Wang Chen. Figure skaters Evgenia Medvedeva, Alina Zagitova and Elizaveta Tuktamysheva "
        "toured Hong Kong."
    )
    found = named(text)
    people = {n for n, (t, _) in found.items() if t == EntityType.ACTOR.value}
    assert {"Roman Abramovich", "Vladimir Potanin", "Serik Zhumangarin", "Wang Chen",
            "Evgenia Medvedeva", "Alina Zagitova", "Elizaveta Tuktamysheva"} <= people  # fmt: skip
    assert "Hong Kong" not in people


def test_front_matter_lists_are_people() -> None:
    text = (
        "Editor-in-Chief: Pavel Sorokin, Ph.D. in History\n"
        "Copy editors: Olga Belova; Denis Frolov; Marina Kireeva: Artem Lebedev\n"
    )
    people = {n for n, (t, _) in named(text).items() if t == "ACTOR"}
    assert {"Pavel Sorokin", "Olga Belova", "Denis Frolov", "Marina Kireeva",
            "Artem Lebedev"} <= people  # fmt: skip


def test_states_json_is_what_the_build_script_makes() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "loaders.registry.build", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    states = json.loads((ROOT / "loaders/registry/states.json").read_text())["states"]
    assert len([s for s in states if s["kind"] == "STATE"]) >= 193

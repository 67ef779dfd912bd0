"""Filters, orders and aggregates: on the hand-made world (known values) and on the seeds
(values read from the database first, so the tests follow the extractors as they change)."""

from __future__ import annotations

import pytest
from api_helpers import Api, build_world, nodes
from conftest import Databases
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from kb.models import Statistic
from schema.ids import to_global_id


@pytest.fixture(scope="module")
def worlds(databases: Databases) -> dict[str, Api]:
    return {}


@pytest.fixture
def world(worlds: dict[str, Api], databases: Databases, backend: str) -> Api:
    if backend not in worlds:
        engine = databases.engine(backend)
        build_world(engine)
        worlds[backend] = Api(engine)
    return worlds[backend]


def names(world: Api, field: str, args: str) -> list[str]:
    data = world.data(f"{{ {field}({args}) {{ edges {{ node {{ name }} }} }} }}")
    return [n["name"] for n in nodes(data[field])]


def test_entity_names_are_alias_aware_case_insensitive(world: Api) -> None:
    assert names(world, "actors", 'filter: {name: "PUTIN"}') == ["Vladimir Putin"]
    assert names(world, "actors", 'filter: {name: "xi"}') == ["Xi Jinping"]
    assert names(world, "actors", 'filter: {name: "dmitritrenin"}') == ["Dmitri Trenin"]
    assert names(world, "actors", 'filter: {namePrefix: "put"}') == ["Vladimir Putin"]
    assert names(world, "actors", 'filter: {namePrefix: "tin"}') == []
    assert names(world, "organisations", 'filter: {name: "russian fed"}') == ["Russia"]
    assert names(world, "organisations", "filter: {kind: THINK_TANK}") == ["Carnegie Endowment"]
    assert names(world, "actors", 'filter: {name: "100%_"}') == []  # LIKE wildcards escaped
    doc_b = to_global_id("Document", "d-b")
    assert names(world, "actors", f'filter: {{mentionedIn: "{doc_b}"}}') == ["Vladimir Putin"]


def test_entity_orders_and_lookups(world: Api) -> None:
    assert names(world, "organisations", "orderBy: MENTIONS_DESC")[0] == "Carnegie Endowment"
    assert names(world, "actors", "orderBy: NAME") == [
        "Dmitri Trenin",
        "Vladimir Putin",
        "Xi Jinping",
    ]
    assert names(world, "actors", "orderBy: MENTIONS_DESC")[0] == "Vladimir Putin"
    for name in ("Putin", "vladimir putin", "VLADIMIR PUTIN"):
        found = world.data(f'{{ actor(name: "{name}") {{ name }} }}')["actor"]
        assert found == {"name": "Vladimir Putin"}
    by_handle = world.data('{ actor(name: "@dmitritrenin") { name handles aliases } }')["actor"]
    assert by_handle["name"] == "Dmitri Trenin"
    assert by_handle["handles"] == ["@DmitriTrenin"]
    assert world.data('{ actor(name: "Russia") { name } }')["actor"] is None
    org = world.data(
        '{ organisation(name: "carnegie") { name kind members { role actor '
        "{ name affiliations { organisation { name } role } } } } }"
    )["organisation"]
    assert org["members"][0]["actor"]["affiliations"] == [
        {"organisation": {"name": "Carnegie Endowment"}, "role": "director"}
    ]


def test_document_relations_and_filters(world: Api) -> None:
    doc = world.data(
        '{ documents(filter: {author: "trenin"}) { edges { node { sourcePath '
        "authors { name } publisher { name } sameAs { sourcePath } } } } }"
    )["documents"]
    assert nodes(doc) == [
        {
            "sourcePath": "a.txt",
            "authors": [{"name": "Dmitri Trenin"}],
            "publisher": {"name": "Carnegie Endowment"},
            "sameAs": [{"sourcePath": "b.txt"}],
        }
    ]

    def paths(args: str) -> list[str]:
        data = world.data(f"{{ documents({args}) {{ edges {{ node {{ sourcePath }} }} }} }}")
        return [n["sourcePath"] for n in nodes(data["documents"])]

    assert paths('filter: {publisher: "carnegie"}') == ["a.txt"]
    assert paths("filter: {kind: REPORT}") == ["c.txt"]
    assert paths('filter: {sourcePath: "B.TXT"}') == ["b.txt"]
    assert paths('filter: {publishedFrom: "2024-01-01"}') == ["a.txt"]
    assert paths('filter: {publishedTo: "2023-12-31"}') == ["b.txt"]
    assert paths('filter: {text: "pipeline"}') == ["a.txt"]
    assert paths("orderBy: PUBLISHED_DESC") == ["a.txt", "b.txt", "c.txt"]
    assert paths("orderBy: PUBLISHED_ASC") == ["b.txt", "a.txt", "c.txt"]


def test_claim_filters(world: Api) -> None:
    def texts(args: str) -> list[str]:
        data = world.data(f"{{ claims({args}) {{ edges {{ node {{ text }} }} }} }}")
        return [n["text"] for n in nodes(data["claims"])]

    putin = "Putin said trade reached $240 billion in 2023."
    assert texts('filter: {speaker: "putin"}') == [putin, putin]
    assert texts('filter: {speaker: "chinese experts"}') == [
        "Chinese experts expect pipeline gas to grow 10–15 percent."
    ]
    putin_id = to_global_id("Actor", "e-putin")
    assert texts(f'filter: {{speakerId: "{putin_id}", isDuplicate: false}}') == [putin]
    assert texts("filter: {kind: FORECAST}") == [
        "Chinese experts expect pipeline gas to grow 10–15 percent."
    ]
    assert texts("filter: {attribution: AUTHOR}") == ["Analysts at Carnegie disagree."]
    assert texts('filter: {mentions: "russian federation"}') == [putin]
    assert texts(f'filter: {{document: "{to_global_id("Document", "d-b")}"}}') == [
        putin,
        "Analysts at Carnegie disagree.",
    ]
    assert texts('filter: {text: "disagree"}') == ["Analysts at Carnegie disagree."]
    claim = world.data(
        '{ claims(filter: {speaker: "chinese"}) { edges { node { speaker { name } speakerGroup '
        "statistics { surface value valueHigh isChange } } } } }"
    )["claims"]["edges"][0]["node"]
    assert claim == {
        "speaker": None,
        "speakerGroup": "Chinese experts",
        "statistics": [
            {"surface": "10–15 percent", "value": 10.0, "valueHigh": 15.0, "isChange": True}
        ],
    }
    dup = world.data(
        "{ claims(filter: {isDuplicate: true}) { edges { node { document "
        "{ sourcePath } duplicateOf { document { sourcePath } } } } } }"
    )
    assert nodes(dup["claims"]) == [
        {"document": {"sourcePath": "a.txt"}, "duplicateOf": {"document": {"sourcePath": "b.txt"}}}
    ]


def test_statistic_filters_and_table_cells(world: Api) -> None:
    def surfaces(args: str) -> list[str]:
        data = world.data(f"{{ statistics({args}) {{ edges {{ node {{ surface }} }} }} }}")
        return [n["surface"] for n in nodes(data["statistics"])]

    assert surfaces('filter: {subject: "russia"}') == ["$240 billion", "38 bcm"]
    assert surfaces('filter: {source: "putin"}') == ["$240 billion"]
    assert surfaces("filter: {fromTable: true}") == ["38 bcm"]
    assert surfaces('filter: {periodFrom: "2023-06-01", periodTo: "2023-06-30"}') == [
        "$240 billion",
        "$240 billion",
    ]
    assert surfaces('filter: {periodTo: "2022-12-31"}') == ["38 bcm"]
    cell = world.data(
        "{ statistics(filter: {fromTable: true}) { edges { node { table "
        "{ table caption row column } passage { kind } } } } }"
    )
    assert nodes(cell["statistics"]) == [
        {
            "table": {"table": 1, "caption": "Exports", "row": "Russia", "column": "2022"},
            "passage": {"kind": "TABLE_ROW"},
        }
    ]
    notes = world.data(
        "{ documents(filter: {kind: REPORT}) { edges { node { passages "
        "{ edges { node { kind number url title } } } } } } }"
    )
    assert nodes(nodes(notes["documents"])[0]["passages"])[-1] == {
        "kind": "FOOTNOTE",
        "number": "1",
        "url": "https://carnegie.example/report",
        "title": "The Carnegie report",
    }


def test_aggregates(world: Api) -> None:
    data = world.data(
        "{ claimsPerSpeaker { speaker { name } claims } "
        "mentionsPerEntity(type: ORGANISATION) { entity { name } mentions documents } "
        "statisticsPerMetricYear { metric year unit statistics } }"
    )
    assert data["claimsPerSpeaker"] == [{"speaker": {"name": "Vladimir Putin"}, "claims": 2}]
    assert data["mentionsPerEntity"] == [
        {"entity": {"name": "Carnegie Endowment"}, "mentions": 2, "documents": 2},
        {"entity": {"name": "Russia"}, "mentions": 1, "documents": 1},
    ]
    assert {"metric": "trade", "year": 2023, "unit": "USD", "statistics": 2} in data[
        "statisticsPerMetricYear"
    ]
    assert {"metric": "pipeline gas", "year": None, "unit": "percent", "statistics": 1} in data[
        "statisticsPerMetricYear"
    ]
    grouped = world.data(
        "{ claimsPerSpeaker(includeGroups: true) { speaker { name } speakerGroup claims } }"
    )["claimsPerSpeaker"]
    assert grouped == [
        {"speaker": {"name": "Vladimir Putin"}, "speakerGroup": None, "claims": 2},
        {"speaker": None, "speakerGroup": "Analysts", "claims": 1},
        {"speaker": None, "speakerGroup": "Chinese experts", "claims": 1},
    ]
    assert "between 0 and 1000" in world.error("{ claimsPerSpeaker(limit: 5000) { claims } }")


def test_statistic_filters_and_orders_on_the_seeds(seeded_engine: Engine) -> None:
    api = Api(seeded_engine)
    with Session(seeded_engine) as s:
        unit, n_unit = s.execute(
            select(Statistic.unit, func.count())
            .group_by(Statistic.unit)
            .order_by(func.count().desc())
        ).first()
        values = sorted(s.scalars(select(Statistic.value).where(Statistic.unit == unit)))
        n_dated = s.scalar(
            select(func.count()).where(Statistic.unit == unit, Statistic.period_start.is_not(None))
        )
    page = api.data(
        "query($u: String) { statistics(first: 100, filter: {unit: $u}, orderBy: VALUE_DESC) "
        "{ totalCount edges { node { value unit } } } }",
        {"u": unit},
    )["statistics"]
    assert page["totalCount"] == n_unit
    assert [n["value"] for n in nodes(page)] == sorted(values, reverse=True)[:100]
    mid = values[len(values) // 2]
    ranged = api.data(
        "query($u: String, $v: Float) { statistics(filter: {unit: $u, valueMin: $v}) "
        "{ totalCount } }",
        {"u": unit, "v": mid},
    )["statistics"]
    assert ranged["totalCount"] == sum(1 for v in values if v >= mid)
    dated = api.data(
        "query($u: String) { statistics(first: 100, filter: {unit: $u}, orderBy: PERIOD_ASC) "
        "{ edges { node { periodStart } } } }",
        {"u": unit},
    )["statistics"]
    starts = [n["periodStart"] for n in nodes(dated)]
    assert starts[:n_dated] == sorted(s for s in starts if s is not None)[: min(n_dated, 100)]


def test_entity_documents_count_mentions_authorship_and_publishing(world: Api) -> None:
    def paths(name: str) -> list[str]:
        data = world.data(
            "query($n: String!) { organisation(name: $n) { documents { totalCount edges "
            "{ node { sourcePath } } } } actor(name: $n) { documents { edges { node "
            "{ sourcePath } } } } }",
            {"n": name},
        )
        entity = data["organisation"] or data["actor"]
        return [n["sourcePath"] for n in nodes(entity["documents"])]

    assert paths("Carnegie Endowment") == ["a.txt", "b.txt", "c.txt"]  # publisher of a.txt
    assert paths("Dmitri Trenin") == ["a.txt"]  # author, never mentioned
    assert paths("Xi") == ["a.txt"]

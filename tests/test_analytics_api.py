"""Cross-source analytics over the seeds through GraphQL: indicators, series, conflicts,
co-mentions; batching (statements do not grow with page size)."""

from __future__ import annotations

import pytest
from api_helpers import Api
from sqlalchemy import Engine

TRADE = "trade turnover (China–Russia; money)"
REPORT = "003_a68d32ec9af499bf.txt"

SERIES = """query($key: String!) { indicator(key: $key) { key statistics
  series(from: "2013-01-01", to: "2024-12-31") { periodStart periodEnd unit value occurrences
    inConflict source { name } statistics { surface document { sourcePath } start end } } } }"""
CONFLICTS = """query($key: String) { conflicts(indicator: $key) { indicator unit periodStart
  relativeDifference
  a { value surface start end occurrences source { name } document { sourcePath } }
  b { value surface start end occurrences source { name } document { sourcePath } } } }"""
CO = """query($first: Int) { organisation(name: "Huawei") { name
  coMentions(first: $first) { totalCount edges { node { count documents entity { name }
    examples(first: 2) { text via start end document { sourcePath } } } } } } }"""


@pytest.fixture
def api(seeded_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Api:
    monkeypatch.setenv("KB_QUERY_STATS", "1")
    return Api(seeded_engine)


def _conflict_2021(api: Api) -> dict:
    found = api.data(CONFLICTS, {"key": TRADE})["conflicts"]
    in_2021 = [c for c in found if c["periodStart"] == "2021-01-01" and c["unit"] == "USD"]
    assert in_2021, found
    values = {(c["a"]["value"], c["b"]["value"]) for c in in_2021}
    assert any({146.89e9, 140.7e9} == set(v) for v in values), values
    return next(c for c in in_2021 if {c["a"]["value"], c["b"]["value"]} == {146.89e9, 140.7e9})


def test_2021_trade_turnover_is_a_conflict_of_about_4_percent(api: Api) -> None:
    c = _conflict_2021(api)
    assert c["relativeDifference"] == pytest.approx(0.0421, abs=0.001)
    for side in (c["a"], c["b"]):
        assert side["document"]["sourcePath"] == REPORT
        assert side["end"] > side["start"]
    # "more than $140 billion" bounds both figures: never a side of a conflict
    found = api.data(CONFLICTS, {"key": TRADE})["conflicts"]
    assert not [s for x in found for s in (x["a"], x["b"]) if s["value"] == 140e9]


def test_2021_trade_turnover_has_two_sources(api: Api) -> None:
    c = _conflict_2021(api)
    by_value = {s["value"]: s["source"]["name"] for s in (c["a"], c["b"])}
    assert "General Administration of Customs" in by_value[146.89e9]
    assert "Federal Customs Service" in by_value[140.7e9]


def test_the_reports_yearly_trade_figures_form_one_series(api: Api) -> None:
    ind = api.data(SERIES, {"key": TRADE})["indicator"]
    points = ind["series"]
    in_report = [
        (p["periodStart"][:4], s["surface"])
        for p in points
        for s in p["statistics"]
        if s["document"]["sourcePath"] == REPORT and p["unit"] == "USD"
    ]
    years = {y for y, _ in in_report}
    assert {"2021", "2024"} <= years, in_report
    surfaces = {s.replace("\\", "") for _, s in in_report}
    assert {"$146.89 billion", "$140.7 billion"} <= surfaces
    assert any(p["inConflict"] for p in points if p["periodStart"].startswith("2021"))
    assert all("2013" <= p["periodStart"][:4] <= "2024" for p in points)


def test_indicators_with_counts(api: Api) -> None:
    data = api.data(
        '{ indicators(first: 5, filter: {contains: "trade turnover"}) { totalCount '
        "edges { node { key statistics sources documents } } } }"
    )["indicators"]
    keys = [e["node"]["key"] for e in data["edges"]]
    assert TRADE in keys
    assert data["totalCount"] >= len(keys)
    assert all("trade turnover" in k for k in keys)
    first = [e["node"]["statistics"] for e in data["edges"]]
    assert first == sorted(first, reverse=True)


def test_huawei_co_mentions_with_examples(api: Api) -> None:
    org = api.data(CO, {"first": 5})["organisation"]
    edges = org["coMentions"]["edges"]
    names = [e["node"]["entity"]["name"] for e in edges]
    assert "Russia" in names
    counts = [e["node"]["count"] for e in edges]
    assert counts == sorted(counts, reverse=True)
    for e in edges:
        for ex in e["node"]["examples"]:
            assert "Huawei" in ex["text"] or ex["via"] == "CLAIM"
    graph = api.data(
        '{ coMentionGraph(entities: ["Huawei"], minCount: 1) { nodes { id name } '
        "edges { source target count } } }"
    )["coMentionGraph"]
    assert graph["nodes"][0]["name"] == "Huawei"
    ids = {n["id"] for n in graph["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in graph["edges"])


def test_statements_do_not_grow_with_page_size(api: Api) -> None:
    many = """query($first: Int) { indicators(first: $first) { edges { node { key
      series { value source { name } statistics { surface document { sourcePath } } }
      conflicts { relativeDifference a { source { name } document { sourcePath } } } } } } }"""
    small, large = api.statements(many, {"first": 2}), api.statements(many, {"first": 50})
    assert small == large
    co = """query($n: Int, $m: Int) { organisations(first: $n) { edges { node {
      coMentions(first: $m) { totalCount edges { node { entity { name }
        examples { text document { sourcePath } } } } } } } } }"""
    assert api.statements(co, {"n": 20, "m": 3}) == api.statements(co, {"n": 60, "m": 20})


def test_the_readme_answers_the_three_questions(api: Api) -> None:
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("The analyst's three questions, one query each:")[1]
    queries = block.split("```graphql")[1].split("```")[0].strip().split("\n\n")
    assert len(queries) == 3
    series, conflicts, huawei = (api.data(q) for q in queries)
    assert any(p["unit"] == "USD" for p in series["indicator"]["series"])
    assert any(c["relativeDifference"] > 0.04 for c in conflicts["conflicts"])
    assert huawei["organisation"]["coMentions"]["totalCount"] > 5


NEW_DOCS = {
    "a.txt": "Trade between Russia and China reached $100 billion in 2019, according to the "
    "General Administration of Customs of China. Bilateral trade of Russia and China was "
    "$100 billion in 2019, the General Administration of Customs of China said again.\n\n"
    "Russia-China trade exceeded $95 billion in 2019.\n",
    "b.txt": "The Federal Customs Service of Russia recorded $110 billion in trade between "
    "Russia and China in 2019.\n\n"
    "In 2019, GDP growth was 2.0 percent in Russia and 6.0 percent in China.\n",
}


def test_conflicts_on_new_documents(
    empty_engine: Engine, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    from loaders.runner import load_paths

    folder = Path(str(tmp_path)) / "corpus"
    folder.mkdir()
    for name, text in NEW_DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert load_paths(empty_engine, [folder]).ok
    monkeypatch.setenv("KB_QUERY_STATS", "1")
    api = Api(empty_engine)
    found = api.data(CONFLICTS, {"key": None})["conflicts"]
    trade = [c for c in found if c["indicator"] == TRADE]
    # $100 bn (stated twice: one side, two occurrences) vs $110 bn: one conflict of ~9.1%;
    # "exceeded $95 billion" bounds both and conflicts with neither
    assert len(trade) == 1, found
    c = trade[0]
    assert {c["a"]["value"], c["b"]["value"]} == {100e9, 110e9}
    assert c["relativeDifference"] == pytest.approx(10 / 110, abs=1e-4)
    hundred = c["a"] if c["a"]["value"] == 100e9 else c["b"]
    assert hundred["occurrences"] == 2
    # one sentence listing two countries' growth does not contradict itself
    assert not [c for c in found if c["indicator"].startswith("GDP growth")]


def test_indicator_filters(api: Api) -> None:
    query = """query($f: IndicatorFilter) { indicators(first: 100, filter: $f) { totalCount
      edges { node { key statistics } } } }"""
    money = api.data(query, {"f": {"unitFamily": "money", "minStatistics": 2}})["indicators"]
    keys = [e["node"]["key"] for e in money["edges"]]
    assert TRADE in keys and money["totalCount"] == len(keys)
    assert all(k.endswith("; money)") for k in keys)
    assert all(e["node"]["statistics"] >= 2 for e in money["edges"])
    none = api.data(query, {"f": {"unitFamily": "%"}})["indicators"]
    assert none["totalCount"] == 0  # a wildcard is a character, not a pattern

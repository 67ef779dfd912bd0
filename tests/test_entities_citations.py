"""Citations through the API: a cited web address keeps its URL, domain, passage and offsets,
its outlet only when the domain is a known outlet's, and never becomes an organisation."""

from __future__ import annotations

from pathlib import Path

import pytest
from api_helpers import Api, nodes
from sqlalchemy import Engine

from loaders.runner import load_paths

ARTICLE = """Title: Grain corridor talks stall
Author: Dana Whitfield

Grain shipments through the new corridor fell in March, according to figures reported by
Kommersant (https://www.kommersant.ru/doc/6543210) and by a regional portal
(https://news.amur-portal.ru/economy/4521). Analysts at the Hill also wrote about it at
thehill.com/policy/9988.
"""

CITATIONS = """
query($filter: CitationFilter) {
  citations(first: 50, filter: $filter) {
    totalCount
    edges { node {
      id url domain start end outlet { name }
      passage { text citations { domain } }
      document { sourcePath text }
    } }
  }
}
"""


@pytest.fixture
def api(empty_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Api:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "grain.txt").write_text(ARTICLE, "utf-8")
    summary = load_paths(empty_engine, [folder])
    assert summary.ok, summary.failed
    monkeypatch.setenv("KB_QUERY_STATS", "1")
    return Api(empty_engine)


def test_citations_keep_url_domain_offsets_and_known_outlets(api: Api) -> None:
    found = nodes(api.data(CITATIONS)["citations"])
    by_domain = {c["domain"]: c for c in found}
    assert set(by_domain) == {"kommersant.ru", "news.amur-portal.ru", "thehill.com"}
    kom = by_domain["kommersant.ru"]
    assert kom["url"] == "https://www.kommersant.ru/doc/6543210"
    assert kom["document"]["text"][kom["start"] : kom["end"]] == kom["url"]
    assert kom["outlet"] == {"name": "Kommersant"}
    assert {"domain": "kommersant.ru"} in kom["passage"]["citations"]
    assert by_domain["thehill.com"]["outlet"] == {"name": "The Hill"}
    assert by_domain["news.amur-portal.ru"]["outlet"] is None
    orgs = api.data("{ organisations(first: 100) { edges { node { name } } } }")
    names = {o["name"] for o in nodes(orgs["organisations"])}
    assert "Kommersant" in names
    assert not [n for n in names if "amur-portal" in n]  # a domain is not an organisation


def test_citation_filters(api: Api) -> None:
    def domains(filter: dict) -> set[str]:
        data = api.data(CITATIONS, {"filter": filter})
        return {c["domain"] for c in nodes(data["citations"])}

    assert domains({"domain": "amur-portal.ru"}) == {"news.amur-portal.ru"}
    assert domains({"domain": "WWW.Kommersant.ru"}) == {"kommersant.ru"}
    assert domains({"hasOutlet": False}) == {"news.amur-portal.ru"}
    assert domains({"outlet": "hill"}) == {"thehill.com"}
    cid = nodes(api.data(CITATIONS)["citations"])[0]["id"]
    node = api.data("query($id: ID!) { node(id: $id) { ... on Citation { domain } } }", {"id": cid})
    assert node["node"]["domain"]


def test_citation_relations_are_batched(api: Api) -> None:
    nested = (
        "query($n: Int) { documents { edges { node { passages(first: $n) { edges { node { "
        "citations { url outlet { name } passage { number } document { title } } } } } } } } }"
    )
    top = "query($n: Int) { citations(first: $n) { edges { node { outlet { name } passage { text } document { title } } } } }"  # noqa: E501
    for query in (nested, top):
        counts = {api.statements(query, {"n": n}) for n in (3, 10, 50)}
        assert len(counts) == 1, counts  # one statement per relation, whatever the page size


def test_seed_report_footnote_urls_are_citations_not_organisations(
    seeded_engine: Engine,
) -> None:
    api = Api(seeded_engine)
    data = api.data(
        '{ citations(filter: {domain: "1prime.ru"}) { totalCount edges { node { outlet { name } '
        "passage { kind } } } } organisations(first: 100) { totalCount } }"
    )
    assert data["citations"]["totalCount"] >= 1
    assert {c["passage"]["kind"] for c in nodes(data["citations"])} == {"FOOTNOTE"}
    missing = api.data('{ organisation(name: "1prime.ru") { name } }')
    assert missing["organisation"] is None

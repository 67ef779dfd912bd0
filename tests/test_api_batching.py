"""No N+1: a request's SQL statement count depends on its shape, never on page sizes or parents.

Counts come from `extensions.queryStats` (KB_QUERY_STATS=1), measured by engine events.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest
from api_helpers import Api, build_world
from sqlalchemy import Engine

DEEP = """
query($n: Int, $m: Int) {
  documents(first: $n) {
    totalCount
    edges { node {
      id title authors { name } publisher { name } sameAs { id }
      passages(first: $m) { totalCount edges { node { text } } }
      claims(first: $m) { totalCount edges { node {
        text speaker { name ... on Actor { handles } } mentions { name aliases }
        statistics { value } duplicateOf { id } document { id } passage { ordinal }
      } } }
      statistics(first: $m) { edges { node {
        value subjects { name } source { name } table { row } claim { id }
      } } }
      mentions(first: $m) { edges { node { surface entity { name } passage { ordinal } } } }
    } }
  }
}
"""

ENTITIES = """
query($n: Int, $m: Int) {
  organisations(first: $n, orderBy: MENTIONS_DESC) { edges { node {
    name aliases kind members { role actor { name } }
    mentions(first: $m) { totalCount edges { node { surface document { sourcePath } } } }
    documents(first: $m) { totalCount edges { node { sourcePath } } }
    claims(first: $m) { totalCount edges { node { text } } }
  } } }
  actors(first: $n) { edges { node { name handles affiliations { organisation { name } } } } }
}
"""


SEED = """
query($n: Int, $m: Int) {
  documents(first: $n) { edges { node {
    authors { name } sameAs { id }
    passages(first: $m) { edges { node { document { id } } } }
    claims(first: $m) { edges { node { document { id } mentions { name } statistics { value } } } }
    statistics(first: $m) { edges { node { subjects { name } document { id } } } }
    mentions(first: $m) { edges { node { entity { name } document { id } } } }
  } } }
}
"""


@pytest.fixture
def api(seeded_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Api:
    monkeypatch.setenv("KB_QUERY_STATS", "1")
    return Api(seeded_engine)


@pytest.fixture
def world(empty_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Api:
    """The hand-made world: its first document/entities reach every relation of the queries."""
    monkeypatch.setenv("KB_QUERY_STATS", "1")
    build_world(empty_engine)
    return Api(empty_engine)


def test_seed_statement_count_does_not_grow_with_page_size_or_parents(api: Api) -> None:
    small = api.statements(SEED, {"n": 2, "m": 2})
    assert small == api.statements(SEED, {"n": 100, "m": 50})
    assert small == api.statements(SEED, {"n": 1, "m": 100})
    # documents, authors, sameAs, four nested pages, and one per relation below them
    assert small == 12


@pytest.mark.parametrize("query", [DEEP, ENTITIES], ids=["documents", "entities"])
def test_statement_count_does_not_grow_with_page_size(world: Api, query: str) -> None:
    assert world.statements(query, {"n": 2, "m": 1}) == world.statements(query, {"n": 2, "m": 50})


@pytest.mark.parametrize("query", [DEEP, ENTITIES], ids=["documents", "entities"])
def test_statement_count_does_not_grow_with_parents(world: Api, query: str) -> None:
    assert world.statements(query, {"n": 1, "m": 20}) == world.statements(query, {"n": 3, "m": 20})


def test_every_relation_costs_one_statement(world: Api) -> None:
    # DEEP: documents page + count, authors, publisher, sameAs, 4 nested pages (9); then
    # one batch each for entities (speakers, sources, mentioned), aliases, claim mentions,
    # claim statistics, claims (duplicateOf + statistic.claim), documents, passages and
    # statistic subjects (8).
    assert world.statements(DEEP, {"n": 3, "m": 100}) == 17
    # ENTITIES: organisations page, actors page, aliases, members, their actors, 3 nested
    # pages, mention documents, affiliation organisations.
    assert world.statements(ENTITIES, {"n": 3, "m": 100}) == 10


def test_query_stats_only_when_asked(
    seeded_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KB_QUERY_STATS", raising=False)
    body = Api(seeded_engine).post("{ documents(first: 1) { totalCount } }")
    assert "queryStats" not in (body.get("extensions") or {})
    monkeypatch.setenv("KB_QUERY_STATS", "1")
    stats = Api(seeded_engine).post("{ documents(first: 1) { totalCount } }")["extensions"]
    assert stats["queryStats"]["sqlStatements"] == 2  # the page and the count
    assert stats["queryStats"]["sqlMs"] >= 0


def test_concurrent_requests_count_their_own_statements(api: Api) -> None:
    small = "{ documents(first: 1) { totalCount } }"
    alone = (api.statements(SEED, {"n": 2, "m": 2}), api.statements(small))

    async def both() -> list[int]:
        transport = httpx.ASGITransport(app=api.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://kb.test") as c:
            bodies = await asyncio.gather(
                c.post("/graphql", json={"query": SEED, "variables": {"n": 2, "m": 2}}),
                c.post("/graphql", json={"query": small}),
            )
        return [b.json()["extensions"]["queryStats"]["sqlStatements"] for b in bodies]

    assert tuple(asyncio.run(both())) == alone

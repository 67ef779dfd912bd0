"""Relay pagination over real HTTP on the seed corpus: cursors, caps, per-parent nested pages."""

from __future__ import annotations

import pytest
from api_helpers import Api, nodes
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from kb.models import Claim, Passage, Statistic
from schema.ids import row_id_of, to_cursor, to_global_id


@pytest.fixture
def api(seeded_engine: Engine) -> Api:
    return Api(seeded_engine)


def _claim_counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as s:
        rows = s.execute(select(Claim.document_id, func.count()).group_by(Claim.document_id))
        return dict(rows.all())


def test_pages_walk_the_whole_list_once(api: Api, seeded_engine: Engine) -> None:
    with Session(seeded_engine) as s:
        total = s.scalar(select(func.count()).select_from(Statistic))
    assert total and total > 5
    seen: list[str] = []
    after = None
    while True:
        page = api.data(
            "query($after: String) { statistics(first: 7, after: $after) { totalCount "
            "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } "
            "edges { cursor node { id } } } }",
            {"after": after},
        )["statistics"]
        assert page["totalCount"] == total
        assert page["pageInfo"]["hasPreviousPage"] == (after is not None)
        assert page["pageInfo"]["startCursor"] == page["edges"][0]["cursor"]
        assert page["pageInfo"]["endCursor"] == page["edges"][-1]["cursor"]
        seen += [n["id"] for n in nodes(page)]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len(seen) == total == len(set(seen))


def test_first_defaults_to_20_and_is_capped_at_100(api: Api) -> None:
    page = api.data("{ statistics { edges { cursor } } }")["statistics"]
    assert len(page["edges"]) == 20
    message = api.error("{ claims(first: 101) { totalCount } }")
    assert "capped at 100" in message and "101" in message
    nested = api.error("{ documents { edges { node { claims(first: 500) { totalCount } } } } }")
    assert "capped at 100" in nested
    assert "0 or more" in api.error("{ claims(first: -1) { totalCount } }")


def test_invalid_cursors_and_ids_say_what_to_do(api: Api) -> None:
    for bad in ("nonsense", "", "Y3Vyc29yOng", to_global_id("Document", "x")):
        assert "invalid cursor" in api.error(
            "query($a: String) { claims(after: $a) { totalCount } }", {"a": bad}
        )
    assert "not a kb ID" in api.error('{ node(id: "garbage") { id } }')
    claim_id = to_global_id("Claim", "c-whatever")
    assert "not of a Document" in api.error(f'{{ document(id: "{claim_id}") {{ id }} }}')


def test_a_page_past_the_end_is_empty_but_knows_the_total(api: Api) -> None:
    page = api.data(
        "query($a: String) { claims(first: 5, after: $a) { totalCount pageInfo { hasNextPage "
        "endCursor } edges { cursor } } }",
        {"a": to_cursor(10**6)},
    )["claims"]
    assert page["edges"] == [] and page["totalCount"] > 0
    assert page["pageInfo"] == {"hasNextPage": False, "endCursor": None}


def test_nested_first_pages_per_parent(api: Api, seeded_engine: Engine) -> None:
    counts = _claim_counts(seeded_engine)
    query = (
        "query($a: String) { documents(first: 100) { edges { node { id "
        "claims(first: 3, after: $a) { totalCount pageInfo { hasNextPage } "
        "edges { cursor node { id start } } } } } } }"
    )
    first = nodes(api.data(query, {"a": None})["documents"])
    second = nodes(api.data(query, {"a": to_cursor(3)})["documents"])
    with Session(seeded_engine) as s:
        ordered = {
            did: [
                to_global_id("Claim", cid)
                for cid in s.scalars(
                    select(Claim.id).where(Claim.document_id == did).order_by(Claim.start, Claim.id)
                )
            ]
            for did in counts
        }
    assert sum(1 for d in first if len(d["claims"]["edges"]) == 3) >= 2
    for doc, nxt in zip(first, second, strict=True):
        row_id = row_id_of(doc["id"], "Document")
        n = counts.get(row_id, 0)
        assert doc["claims"]["totalCount"] == n == nxt["claims"]["totalCount"]
        assert [c["id"] for c in nodes(doc["claims"])] == ordered.get(row_id, [])[:3]
        assert [c["id"] for c in nodes(nxt["claims"])] == ordered.get(row_id, [])[3:6]
        assert doc["claims"]["pageInfo"]["hasNextPage"] == (n > 3)
        assert [e["cursor"] for e in nxt["claims"]["edges"]] == [
            to_cursor(i) for i in range(4, 4 + len(nxt["claims"]["edges"]))
        ]


def test_node_resolves_every_kind_of_global_id(api: Api) -> None:
    data = api.data(
        "{ documents(first: 1) { edges { node { id passages(first: 1) { edges { node { id } } } "
        "claims(first: 1) { edges { node { id } } } statistics(first: 1) { edges { node { id } } }"
        " } } } organisations(first: 1) { edges { node { id } } } }"
    )
    doc = nodes(data["documents"])[0]
    ids = [
        doc["id"],
        nodes(doc["passages"])[0]["id"],
        nodes(doc["claims"])[0]["id"],
        nodes(doc["statistics"])[0]["id"],
        nodes(data["organisations"])[0]["id"],
    ]
    for global_id in ids:
        found = api.data(f'{{ node(id: "{global_id}") {{ id __typename }} }}')["node"]
        assert found["id"] == global_id


def test_offsets_index_the_document_text_in_code_points(api: Api, seeded_engine: Engine) -> None:
    data = api.data(
        "{ documents(first: 50) { edges { node { text "
        "passages(first: 100) { edges { node { text start end } } } "
        "claims(first: 100) { edges { node { text start end } } } "
        "statistics(first: 100) { edges { node { surface start end } } } "
        "mentions(first: 100) { edges { node { surface start end } } } } } } }"
    )
    checked = 0
    for doc in nodes(data["documents"]):
        text = doc["text"]
        for field, key in (
            ("passages", "text"),
            ("claims", "text"),
            ("statistics", "surface"),
            ("mentions", "surface"),
        ):
            for item in nodes(doc[field]):
                assert text[item["start"] : item["end"]] == item[key]
                checked += 1
    with Session(seeded_engine) as s:
        assert s.scalar(select(func.count()).select_from(Passage))
    assert checked > 100

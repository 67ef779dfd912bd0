"""`search`: ranked hits over passages, claims and entity names, with offsets, snippets, and
user input that can never break the full-text syntax."""

from __future__ import annotations

import re

import pytest
from api_helpers import Api, build_world
from sqlalchemy import Engine, select
from sqlmodel import Session

from kb.models import Claim
from schema.fulltext import fts5_query

HIT = (
    "query($q: String!, $n: Int, $k: [SearchHitKind!]) { search(query: $q, first: $n, kinds: $k) "
    "{ kind score snippet start end highlights { start end } document { text } "
    "node { __typename ... on Claim { text } ... on Passage { text } ... on Actor { name } "
    "... on Organisation { name } } } }"
)


def _a_word(engine: Engine) -> str:
    """A long word of a real claim (read from the database, not typed in)."""
    with Session(engine) as s:
        text = s.scalars(select(Claim.text).order_by(Claim.id)).first()
    assert text
    return max(re.findall(r"[A-Za-z]{6,}", text), key=len)


def test_hits_point_at_the_matched_words(seeded_engine: Engine) -> None:
    word = _a_word(seeded_engine)
    hits = Api(seeded_engine).data(HIT, {"q": word, "n": 10})["search"]
    assert hits and len(hits) <= 10
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    for hit in hits:
        assert hit["kind"] in {"PASSAGE", "CLAIM", "ENTITY"}
        assert "<mark>" in hit["snippet"]
        if hit["kind"] == "ENTITY":
            continue
        text = hit["document"]["text"]
        assert text[hit["start"] : hit["end"]] == hit["node"]["text"]
        assert hit["highlights"]
        for span in hit["highlights"]:
            assert hit["start"] <= span["start"] < span["end"] <= hit["end"]
            # PostgreSQL stems ("sanctions" ~ "sanction"): compare a common prefix
            assert text[span["start"] : span["end"]].lower()[:4] == word.lower()[:4]


def test_kinds_restrict_the_hits(seeded_engine: Engine) -> None:
    word = _a_word(seeded_engine)
    hits = Api(seeded_engine).data(HIT, {"q": word, "k": ["CLAIM"]})["search"]
    assert hits and {h["kind"] for h in hits} == {"CLAIM"}


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        "trade AND (",
        "NEAR(a b",
        "*",
        "-",
        "OR",
        'a"b"c',
        "col:value",
        "^x",
        "''",
        "   ",
        "🇷🇺",
        "\\",
        "%_",
        "NOT",
        "trade -",
        "-trade",
    ],
)
def test_malformed_queries_never_error(seeded_engine: Engine, query: str) -> None:
    body = Api(seeded_engine).post(HIT, {"q": query})
    assert "errors" not in body, body
    assert isinstance(body["data"]["search"], list)
    claims = Api(seeded_engine).post(
        "query($q: String) { claims(filter: {text: $q}) { totalCount } }", {"q": query}
    )
    assert "errors" not in claims, claims


def test_entities_are_found_by_name(empty_engine: Engine) -> None:
    build_world(empty_engine)
    hits = Api(empty_engine).data(HIT, {"q": "Carnegie", "k": ["ENTITY"]})["search"]
    assert [h["node"] for h in hits] == [
        {"__typename": "Organisation", "name": "Carnegie Endowment"}
    ]
    assert hits[0]["highlights"] == [{"start": 0, "end": 8}]
    assert hits[0]["document"] is None and hits[0]["start"] is None
    assert hits[0]["snippet"] == "<mark>Carnegie</mark> Endowment"
    both = Api(empty_engine).data(HIT, {"q": '"trade reached" OR disagree'})["search"]
    assert {h["kind"] for h in both} == {"PASSAGE", "CLAIM"}
    assert len(both) == 5  # 2 passages (d-a, d-b) and 3 claims hold an alternative
    alias = Api(empty_engine).data(HIT, {"q": "russian federation", "k": ["ENTITY"]})["search"]
    assert [(h["node"]["name"], h["snippet"], h["highlights"]) for h in alias] == [
        ("Russia", "Russia (<mark>Russian Federation</mark>)", [])
    ]
    none = Api(empty_engine).data(HIT, {"q": "trade -Putin"})["search"]
    assert none == []


def test_the_fts5_rewrite_quotes_every_word() -> None:
    assert fts5_query('trade "gas pipeline" OR -Biden sanc*') == (
        '("trade" AND "gas pipeline") OR ("sanc"* NOT "Biden")'
    )
    assert fts5_query("U.S. trade") == '("U S" AND "trade")'
    assert fts5_query('" ( * -') is None
    assert fts5_query("a -b") == '("a" NOT "b")'


def test_search_first_is_capped(seeded_engine: Engine) -> None:
    message = Api(seeded_engine).error('{ search(query: "trade", first: 101) { score } }')
    assert "between 0 and 100" in message

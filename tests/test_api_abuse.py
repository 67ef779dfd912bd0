"""Abuse of `/graphql` over real HTTP (uvicorn on loopback, the seeded databases): every case
is refused with a clear GraphQL error, with the GraphQL-over-HTTP status of its kind, no
internals in the body, and the next ordinary query still answers.

Kinds: a *request* error (parse, validation, cost, variables) is 200 under
`application/json` and 400 without `data` under `application/graphql-response+json`; a
*field* error (a resolver's refusal: page sizes, cursors, IDs) is 200 under both, with a
`path`; an *HTTP* error (size, JSON, batching) has its own status under both. The time each
refusal takes is a figure of `python -m bench.abuse`, not of these tests.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import ROOT
from graphql import get_introspection_query
from http_helpers import live_server
from sqlalchemy import Engine

from schema.app import create_app
from schema.ids import to_cursor, to_global_id
from schema.limits import MAX_FRAGMENT_NESTING

GRAPHQL_RESPONSE = "application/graphql-response+json"
APPLICATION_JSON = "application/json"
INTERNALS = ("Traceback", 'File "', "sqlalchemy", "SELECT ", "recursion", "site-packages")
NORMAL = "{ documents(first: 2) { totalCount edges { node { id sourcePath } } } }"


def nested(levels: int) -> str:
    inner = "id"
    for _ in range(levels):
        inner = f"documents(first: 1) {{ edges {{ node {{ {inner} }} }} }}"
    return "{ " + inner + " }"


def fragment_fan(levels: int, spreads: int) -> str:
    """Fragment i spreads fragment i+1 `spreads` times: 2**levels walks for a naive checker."""
    parts = [
        f"fragment F{i} on Query {{ {' '.join([f'...F{i + 1}'] * spreads)} }}"
        for i in range(levels)
    ]
    parts.append(f"fragment F{levels} on Query {{ __typename }}")
    return "query { ...F0 } " + " ".join(parts)


def oftype_chain(levels: int) -> str:
    inner = "name"
    for _ in range(levels):
        inner = f"ofType {{ {inner} }}"
    return "{ __schema { types { fields { type { " + inner + " } } } } }"


CLAIM_ID = to_global_id("Claim", "nope")
# (name, payload, kind, text the first error message must hold)
CASES: list[tuple[str, dict[str, Any], str, str]] = [
    ("deep nesting (100 levels)", {"query": nested(100)}, "request", "nested too deeply"),
    ("deep nesting (13 levels)", {"query": nested(5)}, "request", "maximum operation depth"),
    (
        "1000 aliases",
        {"query": "{ " + " ".join(f"a{i}: __typename" for i in range(1000)) + " }"},
        "request",
        "1000 aliases found. Allowed: 30",
    ),
    (
        "first: 1000000000",
        {"query": "{ documents(first: 1000000000) { totalCount } }"},
        "request",
        "over the limit of 25,000",
    ),
    (
        "first over 32 bits",
        {"query": "{ documents(first: 3000000000) { totalCount } }"},
        "request",
        "non 32-bit signed integer",
    ),
    (
        "first over the page size",
        {"query": "{ documents(first: 101) { totalCount } }"},
        "field",
        "first is capped at 100",
    ),
    (
        "negative first",
        {"query": "{ documents(first: -1) { totalCount } }"},
        "field",
        "first must be 0 or more",
    ),
    (
        "negative first, nested",
        {
            "query": "{ documents(first: 1) { edges { node { claims(first: -3) "
            "{ totalCount } } } } }"
        },
        "field",
        "first must be 0 or more",
    ),
    (
        "huge first in a variable",
        {
            "query": "query($n: Int) { statistics(first: $n) { totalCount } }",
            "variables": {"n": 1_000_000_000},
        },
        "request",
        "over the limit of 25,000",
    ),
    (
        "huge search first",
        {"query": '{ search(query: "trade", first: 5000) { score } }'},
        "field",
        "first must be between 0 and 100 for search (got 5000)",
    ),
    (
        "negative search first",
        {"query": '{ search(query: "trade", first: -1) { score } }'},
        "field",
        "first must be between 0 and 100",
    ),
    (
        "cursor: garbage base64",
        {"query": '{ documents(after: "Zm9vYmFy") { totalCount } }'},
        "field",
        "invalid cursor 'Zm9vYmFy'",
    ),
    (
        "cursor: not base64",
        {"query": '{ claims(after: "!!!***") { totalCount } }'},
        "field",
        "invalid cursor '!!!***'",
    ),
    (
        "cursor: an ID of another type",
        {"query": f'{{ actors(after: "{to_global_id("Document", "d")}") {{ totalCount }} }}'},
        "field",
        "invalid cursor",
    ),
    (
        "cursor: nested connection",
        {
            "query": '{ documents(first: 1) { edges { node { claims(after: "%%") '
            "{ totalCount } } } } }"
        },
        "field",
        "invalid cursor '%%'",
    ),
    (
        "node(id:): garbage",
        {"query": '{ node(id: "garbage") { id } }'},
        "field",
        "'garbage' is not a kb ID",
    ),
    (
        "node(id:): not base64",
        {"query": '{ node(id: "!!!") { id } }'},
        "field",
        "'!!!' is not a kb ID",
    ),
    (
        "node(id:): a cursor",
        {"query": f'{{ node(id: "{to_cursor(3)}") {{ id }} }}'},
        "field",
        "is not a kb ID",
    ),
    (
        "document(id:): the ID of a Claim",
        {"query": f'{{ document(id: "{CLAIM_ID}") {{ id }} }}'},
        "field",
        "is the ID of a Claim, not of a Document",
    ),
    (
        "actor(id:): control characters",
        {"query": '{ actor(id: "\\u0000\\uffff") { id } }'},
        "field",
        "is not a kb ID",
    ),
    (
        "organisation(id:) / claim(id:) / statistic(id:): wrong types",
        {
            "query": f'{{ organisation(id: "{CLAIM_ID}") {{ id }} '
            f'claim(id: "{to_global_id("Statistic", "s")}") {{ id }} '
            f'statistic(id: "x") {{ id }} }}'
        },
        "field",
        "not of a Organisation",
    ),
    (
        "filter IDs",
        {
            "query": "query($f: ClaimFilter) { claims(filter: $f) { totalCount } }",
            "variables": {"f": {"speakerId": "nope", "document": CLAIM_ID}},
        },
        "field",
        "'nope' is not a kb ID",
    ),
    (
        "fragment cycle",
        {
            "query": "fragment A on Document { ...B } fragment B on Document { ...A } "
            "{ documents { edges { node { ...A } } } }"
        },
        "request",
        "Cannot spread fragment 'A' within itself via 'B'",
    ),
    (
        "fragment chain (300)",
        {"query": fragment_fan(300, 1)},
        "request",
        f"nests fragment spreads 301 deep. Allowed: {MAX_FRAGMENT_NESTING}",
    ),
    (
        "introspection flood (30 aliased __schema)",
        {
            "query": "{ "
            + " ".join(f"s{i}: __schema {{ types {{ name }} }}" for i in range(30))
            + " }"
        },
        "request",
        "30 introspection fields (__schema, __type) found. Allowed: 5",
    ),
    (
        "introspection flood (__type)",
        {
            "query": "{ "
            + " ".join(f'a{i}: __type(name: "Document") {{ name }}' for i in range(8))
            + " }"
        },
        "request",
        "8 introspection fields",
    ),
    (
        "deep ofType chain",
        {"query": oftype_chain(60)},
        "request",
        "nests introspection fields 64 deep. Allowed: 20",
    ),
    (
        "introspection fields cycle",
        {
            "query": "{ __schema { types { fields { type { fields { type { fields { name } } } } }"
            " } } }"
        },
        "request",
        "Maximum introspection depth exceeded",
    ),
    (
        "@include 1000 times",
        {"query": "{ __typename " + "@include(if: true) " * 1000 + "}"},
        "request",
        "more than 4000 tokens",
    ),
    (
        "@include 500 times",
        {"query": "{ __typename " + "@include(if: true) " * 500 + "}"},
        "request",
        "The directive '@include' can only be used once at this location",
    ),
    (
        "input object variable with an unknown field (was masked as a server error)",
        {
            "query": "query($f: DocumentFilter) { documents(filter: $f) { totalCount } }",
            "variables": {"f": {"nope": [[1]]}},
        },
        "request",
        "not to include unknown field 'nope'",
    ),
    (
        "mutation",
        {"query": 'mutation { deleteDocument(id: "x") }'},
        "request",
        "The mutation operation is not supported by the schema",
    ),
]


@pytest.fixture
def client(seeded_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[httpx.Client]:
    monkeypatch.delenv("KB_MAX_BODY_BYTES", raising=False)
    with (
        live_server(create_app(seeded_engine)) as base,
        httpx.Client(base_url=base, timeout=60) as http,
    ):
        yield http


def post(client: httpx.Client, payload: Any, accept: str = APPLICATION_JSON) -> httpx.Response:
    return client.post("/graphql", json=payload, headers={"accept": accept})


def first_message(response: httpx.Response) -> str:
    body = response.json()
    assert isinstance(body, dict) and body.get("errors"), body
    for error in body["errors"]:
        assert isinstance(error["message"], str) and error["message"]
    assert not any(word in response.text for word in INTERNALS), response.text[:500]
    return body["errors"][0]["message"]


def still_healthy(client: httpx.Client) -> None:
    response = post(client, {"query": NORMAL})
    assert response.status_code == 200
    data = response.json()["data"]["documents"]
    assert data["totalCount"] > 0 and len(data["edges"]) == 2
    assert client.get("/health").json() == {"status": "ok"}


def test_abuse_is_refused_clearly_and_the_server_stays_healthy(client: httpx.Client) -> None:
    for name, payload, kind, expected in CASES:
        for accept in (APPLICATION_JSON, GRAPHQL_RESPONSE):
            response = post(client, payload, accept)
            assert response.headers["content-type"].startswith(accept), name
            message = first_message(response)
            assert expected in message, (name, message)
            body = response.json()
            if kind == "request":
                assert response.status_code == (400 if accept == GRAPHQL_RESPONSE else 200), name
                if accept == GRAPHQL_RESPONSE:
                    assert "data" not in body, name
            else:
                assert response.status_code == 200, name
                assert body["errors"][0]["path"], name
        still_healthy(client)


def test_oversized_and_malformed_bodies_are_refused_before_parsing(client: httpx.Client) -> None:
    megabyte = {"query": "{ __typename " + " " * (1 << 20) + "}"}
    huge_variables = {"query": "{ __typename }", "variables": {"x": "a" * 2_000_000}}
    deep_json = '{"query": "{ __typename }", "variables": {"a": ' + "[" * 5000 + "]" * 5000 + "}}"
    for accept in (APPLICATION_JSON, GRAPHQL_RESPONSE):
        for payload in (megabyte, huge_variables):
            response = post(client, payload, accept)
            assert response.status_code == 413
            assert "Request body too large: the limit is 102,400 bytes" in first_message(response)

        def chunks() -> Iterator[bytes]:  # no Content-Length: refused while reading
            yield b'{"query": "{ __typename '
            for _ in range(200):
                yield b" " * 1024
            yield b'}"}'

        headers = {"accept": accept, "content-type": APPLICATION_JSON}
        response = client.post("/graphql", content=chunks(), headers=headers)
        assert response.status_code == 413 and "too large" in first_message(response)
        response = client.post("/graphql", content=deep_json, headers=headers)
        assert response.status_code == 400 and "nested too deeply" in first_message(response)
        for body in ("null", '"x"', "5", "true"):
            response = client.post("/graphql", content=body, headers=headers)
            assert response.status_code == 400
            assert "Expected a JSON object" in first_message(response)
        response = post(client, [{"query": "{ __typename }"}] * 100, accept)
        assert response.status_code == 400
        assert "Batching is not enabled" in first_message(response)
        still_healthy(client)
    # just under the limit: answered
    fits = {"query": "{ __typename " + " " * 100_000 + "}"}
    assert post(client, fits).json() == {"data": {"__typename": "Query"}}


def test_the_body_limit_is_configurable_and_bounds_get_too(
    seeded_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KB_MAX_BODY_BYTES", "2000")
    with live_server(create_app(seeded_engine)) as base, httpx.Client(base_url=base) as http:
        response = post(http, {"query": "{ __typename " + " " * 2000 + "}"})
        assert response.status_code == 413
        assert "the limit is 2,000 bytes" in first_message(response)
        response = http.get("/graphql", params={"query": "{ __typename " + " " * 2000 + "}"})
        assert response.status_code == 414
        assert "Request query string too large" in first_message(response)
        assert http.get("/graphql", params={"query": "{ __typename }"}).status_code == 200
        assert post(http, {"query": NORMAL}).json()["data"]["documents"]["totalCount"] > 0


def test_fragment_fan_out_is_checked_in_linear_time(client: httpx.Client) -> None:
    # 2**30 walks for a checker that re-walks fragments at every spread (Strawberry's depth
    # and alias limiters, the former cost walker): this answered only after a fix.
    response = post(client, {"query": fragment_fan(MAX_FRAGMENT_NESTING - 2, 2)})
    assert response.json() == {"data": {"__typename": "Query"}}
    # aliases count through spreads: 2**20 of them here
    aliased = fragment_fan(20, 2).replace("{ __typename }", "{ a: __typename }")
    assert "1048576 aliases found" in first_message(post(client, {"query": aliased}))
    still_healthy(client)


def test_nul_characters_are_refused_clearly_and_ignored_by_full_text(client: httpx.Client) -> None:
    # PostgreSQL raised DataError on them (a masked server error): found by Schemathesis
    for query in (
        '{ actor(name: "Putin\\u0000") { id } }',
        '{ statistics(filter: {unit: "USD\\u0000"}) { totalCount } }',
    ):
        message = first_message(post(client, {"query": query}))
        assert "must not contain NUL (U+0000)" in message, message
    body = post(client, {"query": '{ search(query: "trade\\u0000") { kind } }'}).json()
    assert "errors" not in body and body["data"]["search"], body
    query = '{ claims(filter: {text: "trade\\u0000"}) { totalCount } }'
    body = post(client, {"query": query}).json()
    assert "errors" not in body and body["data"]["claims"]["totalCount"] > 0, body
    still_healthy(client)


def test_graphiqls_introspection_query_still_answers(client: httpx.Client) -> None:
    query = get_introspection_query(
        descriptions=True,
        specified_by_url=True,
        directive_is_repeatable=True,
        schema_description=True,
        input_value_deprecation=True,
    )
    body = post(client, {"query": query}, GRAPHQL_RESPONSE).json()
    assert "errors" not in body
    names = {t["name"] for t in body["data"]["__schema"]["types"]}
    assert {"Document", "Claim", "Statistic"} <= names
    schema = post(
        client, {"query": "{ __schema { mutationType { name } subscriptionType { name } } }"}
    )
    assert schema.json()["data"]["__schema"] == {"mutationType": None, "subscriptionType": None}


SQL_CALLS = {"text", "literal_column", "exec_driver_sql"}


def test_no_sql_text_is_built_at_request_time() -> None:
    """In schema/, SQL text inside a function is a string literal; anything naming tables is
    built at import time from the code's own names, and user input is always bound."""
    problems = []
    for path in sorted((ROOT / "schema").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                name = getattr(node.func, "attr", getattr(node.func, "id", None))
                argument = node.args[0]
                literal = isinstance(argument, ast.Constant) and isinstance(argument.value, str)
                if name in SQL_CALLS and not literal:
                    where = f"{Path(path).relative_to(ROOT)}:{node.lineno}"
                    problems.append(f"{where}: {name}({ast.unparse(argument)})")
    assert not problems, problems

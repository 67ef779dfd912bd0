"""Schemathesis in GraphQL mode against `/graphql` over real HTTP (uvicorn on loopback, the
seeded databases): queries generated from the introspected schema, valid ones and invalid ones
(wrong argument types, missing required arguments), for every field of `Query`.

Every response must be below 500, carry no masked server error ("Unexpected error…"), and
be valid GraphQL over HTTP: a JSON object in one of the two
GraphQL media types, with `data` and/or a non-empty `errors` list of objects with a message,
no internals, and `data` that conforms to the schema (Schemathesis' own response check).

Schemathesis 4 keeps GraphQL support (`schemathesis.graphql.from_url`). The default run tries
a few cases per field and mode; `pytest -m slow` runs the thorough version.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
import schemathesis
from http_helpers import live_server
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import Case, Response
from schemathesis.generation import GenerationMode
from sqlalchemy import Engine

from schema.app import create_app
from schema.errors import GENERIC_MESSAGE

MEDIA_TYPES = ("application/graphql-response+json", "application/json")
INTERNALS = ("Traceback", 'File "', "sqlalchemy", "psycopg", "sqlite3", "site-packages")


@pytest.fixture
def url(seeded_engine: Engine) -> Iterator[str]:
    with live_server(create_app(seeded_engine)) as base:
        yield f"{base}/graphql"


def check(response: Response, case: Case) -> None:
    text = response.text
    assert response.status_code < 500, (response.status_code, case.body, text[:500])
    headers = {name.lower(): values for name, values in response.headers.items()}
    media_type = headers.get("content-type", [""])[0].split(";")[0].strip()
    assert media_type in MEDIA_TYPES, headers
    body = response.json()
    assert isinstance(body, dict) and ("data" in body or "errors" in body), body
    assert set(body) <= {"data", "errors", "extensions"}, body
    if "errors" in body:
        assert isinstance(body["errors"], list) and body["errors"], body
        for error in body["errors"]:
            assert isinstance(error, dict) and isinstance(error.get("message"), str), error
            # a masked server fault is a 500 in disguise (NUL bytes on PostgreSQL were one)
            assert error["message"] != GENERIC_MESSAGE, (case.body, error)
    if "data" in body:
        assert body["data"] is None or isinstance(body["data"], dict), body
    assert not any(word in text for word in INTERNALS), text[:500]
    case.operation.validate_response(response, case=case)


def fuzz(url: str, examples: int) -> Counter[str]:
    """Run `examples` generated cases per Query field and mode; returns what came back."""
    seen: Counter[str] = Counter()
    schema = schemathesis.graphql.from_url(url)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10, [op.label for op in operations]
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=examples,
                deadline=None,
                database=None,
                derandomize=True,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=list(HealthCheck),
            )
            def run(case: Case) -> None:
                response = case.call()
                check(response, case)
                body = response.json()
                seen["cases"] += 1
                seen[f"status {response.status_code}"] += 1
                seen["with errors" if body.get("errors") else "with data only"] += 1

            run()
    return seen


def test_schemathesis_finds_no_server_error(url: str) -> None:
    seen = fuzz(url, examples=8)
    print(dict(seen))  # shown with -s / -rP: the figures of the run
    assert seen["cases"] >= 150 and seen["with data only"] and seen["with errors"], seen


@pytest.mark.slow
def test_schemathesis_thorough(url: str) -> None:
    seen = fuzz(url, examples=200)
    print(dict(seen))
    assert seen["cases"] >= 3000, seen

"""Safety: depth/alias/token limits, masked errors, a per-request time limit on the database,
read-only sessions, and sessions returned at the end of each request."""

from __future__ import annotations

import uuid

import pytest
from api_helpers import Api
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from schema import search
from schema.context import Context
from schema.errors import GENERIC_MESSAGE, RequestTimeoutError
from schema.extensions import MAX_ALIASES, MAX_DEPTH, MAX_TOKENS


@pytest.fixture
def api(seeded_engine: Engine) -> Api:
    return Api(seeded_engine)


def test_deep_queries_are_refused(api: Api) -> None:
    inner = "id"
    for _ in range(MAX_DEPTH // 3 + 2):
        inner = f"documents(first: 1) {{ edges {{ node {{ {inner} }} }} }}"
    query = "{ actors(first: 1) { edges { node { " + inner + " } } } }"
    assert "exceeds maximum operation depth" in api.error(query)


def test_too_many_aliases_or_tokens_are_refused(api: Api) -> None:
    aliases = " ".join(
        f"a{i}: documents(first: 1) {{ totalCount }}" for i in range(MAX_ALIASES + 1)
    )
    assert "aliases" in api.error("{ " + aliases + " }")
    fields = " ".join("id" for _ in range(MAX_TOKENS))
    assert "token" in api.error("{ documents { edges { node { " + fields + " } } } }").lower()


def test_unexpected_errors_are_masked_user_errors_are_not(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("SELECT secret FROM passage -- Traceback")

    monkeypatch.setattr("schema.query.run_search", broken)
    body = api.post('{ search(query: "trade") { score } }')
    assert body["errors"][0]["message"] == GENERIC_MESSAGE
    assert "SELECT" not in str(body) and "Traceback" not in str(body)
    assert "capped at 100" in api.error("{ documents(first: 1000) { totalCount } }")
    assert "Cannot query field" in api.error("{ documents { nope } }")
    assert search  # the module patched above is the real one


def test_mutations_do_not_exist(api: Api) -> None:
    assert "mutation" in api.error('mutation { deleteDocument(id: "x") }').lower()


def test_a_request_past_its_deadline_is_stopped(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KB_REQUEST_TIMEOUT", "0")
    message = api.error("{ documents { totalCount } }")
    assert "time limit" in message


def test_the_database_interrupts_a_long_statement(seeded_engine: Engine) -> None:
    ctx = Context(engine=seeded_engine, timeout_s=0.3)
    forever = (
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
        if seeded_engine.dialect.name == "sqlite"
        else "SELECT pg_sleep(60)"
    )
    try:
        with pytest.raises((DBAPIError, RequestTimeoutError)) as caught:
            ctx.session.execute(text(forever))
        if isinstance(caught.value, DBAPIError):
            from schema.errors import _is_timeout

            assert _is_timeout(caught.value)
    finally:
        ctx.close()


def test_sessions_are_read_only_and_returned(seeded_engine: Engine) -> None:
    ctx = Context(engine=seeded_engine)
    try:
        with pytest.raises(DBAPIError):
            ctx.session.execute(text("DELETE FROM load_run"))
    finally:
        ctx.close()
    with seeded_engine.connect() as conn:
        if seeded_engine.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA query_only").scalar() == 0
        conn.execute(text("SELECT 1 FROM load_run"))
    Api(seeded_engine).data("{ documents { totalCount edges { node { id } } } }")
    assert seeded_engine.pool.checkedout() == 0


def test_queries_that_multiply_into_too_many_items_are_refused(api: Api) -> None:
    huge = (
        "query($n: Int) { documents(first: 100) { edges { node { claims(first: $n) { edges "
        "{ node { speaker { claims(first: 100) { totalCount } } } } } } } } }"
    )
    message = api.error(huge, {"n": 100})
    assert "over the limit" in message and "lower `first`" in message
    assert api.data(huge, {"n": 2})["documents"]["edges"]
    fragment = (
        "fragment C on Document { claims(first: 100) { edges { node { speaker { "
        "claims(first: 100) { totalCount } } } } } } "
        "{ documents(first: 100) { edges { node { ...C } } } }"
    )
    assert "over the limit" in api.error(fragment)


def test_a_repeated_query_is_validated_once(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    """The limits' validation rules are built once, so the validation cache hits across
    requests (built per request, every request re-validated)."""
    import strawberry.schema.schema as strawberry_schema

    calls: list[int] = []
    real_validate = strawberry_schema.validate

    def counting_validate(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real_validate(*args, **kwargs)

    monkeypatch.setattr(strawberry_schema, "validate", counting_validate)
    alias = f"only{uuid.uuid4().hex}"  # a text no earlier request has validated
    query = f"{{ {alias}: documents(first: 1) {{ totalCount }} }}"
    answers = [api.data(query)[alias]["totalCount"] for _ in range(3)]
    assert answers[0] > 0 and len(set(answers)) == 1
    assert len(calls) == 1
    # the limits still apply to cached validations
    inner = "id"
    for _ in range(MAX_DEPTH // 3 + 2):
        inner = f"documents(first: 1) {{ edges {{ node {{ {inner} }} }} }}"
    deep = "{ " + inner + " }"
    assert all("exceeds maximum operation depth" in api.error(deep) for _ in range(2))

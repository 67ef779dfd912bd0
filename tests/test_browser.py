"""GraphiQL in a real browser: headless Debian Chromium opens `/graphql`, runs a query, sees data.

The page must work offline: every request it makes goes to kb's own server (or is a
`data:` URL), no script throws, and the browser reports no errors (a Content-Security-Policy
violation would be one). See tests/browser_helpers.py for how Chromium is found or installed
and when these tests skip.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_helpers import Browser, browser, chromium_path
from conftest import ROOT
from http_helpers import live_server, require_assets
from sqlalchemy import Engine

from schema import ide
from schema.app import create_app

pytestmark = pytest.mark.browser

CTRL, SHIFT = 2, 8
SCREENSHOTS = ROOT / "build" / "browser"  # gitignored; kept for a look after the run
EDITOR_TEXT = "(document.querySelector('.graphiql-query-editor .view-lines') || {}).innerText || ''"
RESPONSE_TEXT = "(document.querySelector('.graphiql-response .view-lines') || {}).innerText || ''"


@pytest.fixture
def page(seeded_engine: Engine) -> Iterator[tuple[Browser, str]]:
    require_assets()
    binary = chromium_path()
    with live_server(create_app(seeded_engine)) as base, browser(binary) as session:
        session.navigate(f"{base}/graphql")
        session.wait_for(
            "!!document.querySelector('.graphiql-query-editor .monaco-editor textarea')"
            " && !!document.querySelector('.graphiql-execute-button')",
            what="GraphiQL's query editor and run button",
        )
        session.wait_for(f"({EDITOR_TEXT}).includes('query')", what="the example query")
        session.wait_for(
            "!!document.querySelector('.graphiql-explorer-root .graphiql-explorer-node')",
            what="the Explorer, filled from the schema's introspection",
        )
        yield session, base
        assert_offline(session, base)


def assert_offline(session: Browser, base: str) -> None:
    foreign = [u for u in session.requests if not u.startswith((base + "/", "data:", "blob:"))]
    assert not foreign, f"the page reached beyond kb: {foreign}"
    assert not session.exceptions, session.exceptions
    assert not session.console_errors, session.console_errors


def screenshot_path(name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS / name


def response_text(session: Browser) -> str:
    return str(session.evaluate(RESPONSE_TEXT)).replace("\xa0", " ")


def executed(session: Browser, base: str) -> list[dict[str, Any]]:
    """What the server answered to the page's GraphQL POSTs, introspection left out."""
    bodies = session.post_bodies(f"{base}/graphql")
    return [b for b in bodies if "__schema" not in (b.get("data") or {})]


@pytest.mark.parametrize("backend", ["sqlite"])
def test_graphiql_runs_a_typed_query(page: tuple[Browser, str]) -> None:
    session, base = page
    session.evaluate(
        "document.querySelector('.graphiql-query-editor .monaco-editor textarea').focus()"
    )
    session.press("a", "KeyA", 65, modifiers=CTRL)
    session.call("Input.insertText", text="query Typed { __typename ")
    # The editor may close the brace itself: drop whatever follows the cursor, then close it.
    session.press("End", "End", 35, modifiers=CTRL | SHIFT)
    session.press("Delete", "Delete", 46)
    session.call("Input.insertText", text="}")
    # Monaco renders its lines on the next animation frame: wait for the typed text.
    session.wait_for(
        f"({EDITOR_TEXT}).replace(/\\u00a0/g, ' ') === 'query Typed {{ __typename }}'",
        what="the typed query in the editor",
    )
    # GraphiQL picks the operation to run from the parsed document, a moment after an edit.
    session.wait_for(
        "(document.querySelector('.graphiql-tab-active') || {}).innerText === 'Typed'",
        what="GraphiQL to read the edited operation's name",
    )
    session.press("Enter", "Enter", 13, modifiers=CTRL)
    session.wait_for(f"({RESPONSE_TEXT}).includes('__typename')", what="the result pane")
    assert re.search(r'"__typename":\s*"Query"', response_text(session))
    session.screenshot(screenshot_path("graphiql-typed.png"))
    assert executed(session, base) == [{"data": {"__typename": "Query"}}]


@pytest.mark.parametrize("backend", ["sqlite"])
def test_graphiql_runs_the_example_query(page: tuple[Browser, str]) -> None:
    from schema.query import schema as kb_schema

    session, base = page
    assert "query Overview" in str(session.evaluate(EDITOR_TEXT)).replace("\xa0", " ")
    if "documents(" not in kb_schema.as_str():
        pytest.skip("kb's schema has no Query.documents yet (the API branch adds it)")
    session.evaluate("document.querySelector('.graphiql-execute-button').click()")
    session.wait_for(f"({RESPONSE_TEXT}).includes('\"documents\"')", what="the example's data")
    shot = session.screenshot(screenshot_path("graphiql-example.png"))
    text = response_text(session)
    assert '"data"' in text and '"title"' in text, text
    (answer,) = executed(session, base)
    assert "errors" not in answer, answer["errors"]
    assert answer["data"]["documents"]["edges"][0]["node"]["sourcePath"]
    assert answer["data"]["statistics"]["totalCount"] > 0, ide.DEFAULT_QUERY
    assert shot.stat().st_size > 10_000

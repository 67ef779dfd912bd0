"""The GraphQL-over-HTTP audit of the `graphql-http` npm package (its `auditServer`).

`ide/audit.mjs` runs the audit with Node.js against kb's app served by uvicorn on loopback;
every result must be `ok`: no error, no warning, no notice.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from conftest import IN_CI, ROOT
from http_helpers import live_server
from sqlalchemy import Engine

from schema.app import create_app

IDE = ROOT / "ide"
AUDIT = IDE / "audit.mjs"


def require_graphql_http() -> str:
    """The `node` to run the audit with; graphql-http comes from ide/ (`make install`)."""
    node = shutil.which("node")
    installed = (IDE / "node_modules" / "graphql-http" / "package.json").is_file()
    if node and installed:
        return node
    message = (
        "the audit needs Node.js and ide/node_modules/graphql-http (run `make install`)"
        if node
        else "the audit needs Node.js (node is not installed)"
    )
    if node is None and not IN_CI:
        pytest.skip(message)
    pytest.fail(message)


def run_audit(node: str, url: str) -> list[dict]:
    result = subprocess.run(
        [node, str(AUDIT), url],
        cwd=IDE,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_audit_reports_only_ok(empty_engine: Engine) -> None:
    node = require_graphql_http()
    with live_server(create_app(empty_engine)) as base:
        results = run_audit(node, f"{base}/graphql")
    statuses: dict[str, int] = {}
    for item in results:
        statuses[item["status"]] = statuses.get(item["status"], 0) + 1
    problems = [
        f"{item['status']} {item['id']} {item['name']}: {item.get('reason')}"
        f" (got {item.get('response')})"
        for item in results
        if item["status"] != "ok"
    ]
    assert len(results) > 50, results
    assert not problems, f"{statuses}\n" + "\n".join(problems)

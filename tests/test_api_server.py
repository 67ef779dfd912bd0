"""The API behind a real uvicorn server on loopback: a query over TCP, with query stats."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn
from sqlalchemy import Engine

from schema.app import create_app


@pytest.fixture
def server(seeded_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("KB_QUERY_STATS", "1")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(seeded_engine), host="127.0.0.1", port=port, log_level="warning"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):  # wait for the socket, not for a duration
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=30)


def test_a_query_over_tcp(server: str) -> None:
    query = "{ claims(first: 3) { totalCount edges { node { text document { sourcePath } } } } }"
    response = httpx.post(f"{server}/graphql", json={"query": query}, timeout=60)
    assert response.status_code == 200
    body = response.json()
    assert len(body["data"]["claims"]["edges"]) == 3
    assert body["extensions"]["queryStats"]["sqlStatements"] == 3  # page, count, documents

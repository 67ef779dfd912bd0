"""A real uvicorn server on a free loopback port, running an ASGI app in a thread, for tests.

Used by the HTTP, audit and browser tests so that requests cross a real socket; also the
check that GraphiQL's assets are built.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import uvicorn
from conftest import IN_CI

from schema import ide


@contextmanager
def live_server(app: Any) -> Iterator[str]:
    """Serve `app` on 127.0.0.1 and yield its base URL (`http://127.0.0.1:PORT`)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # As uvicorn's own sockets (`kb serve`) are: without it every response after the first on
    # a keep-alive connection waits ~40 ms for a delayed ACK (headers and body are two writes).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, log_level="warning", log_config=None, ws="none", lifespan="off", access_log=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


def require_assets() -> None:
    """GraphiQL's bundle must be built; only a machine without npm may skip (not under CI)."""
    if ide.assets_built():
        return
    message = f"GraphiQL's assets are not built in {ide.STATIC_DIR}: run `make install`"
    if shutil.which("npm") is None and not IN_CI:
        pytest.skip(message + " (npm is not installed)")
    pytest.fail(message)

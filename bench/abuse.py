"""How fast `/graphql` refuses abuse: per case, the milliseconds of the first (cold) refusal
and the median and worst of the repeats, the status it gets, then the latency of an ordinary
query right after (still healthy).

Runs kb's app under uvicorn on a loopback port (real HTTP; bodies encoded before timing)
against the seed corpus loaded into a temporary SQLite file, or ``--url URL``.

Run: ``python -m bench abuse`` or ``python -m bench.abuse --runs 20``.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import tempfile
import threading
import time
from http.client import HTTPConnection
from pathlib import Path
from typing import Any

import uvicorn

from kb.db import create_db_engine

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NORMAL = "{ documents(first: 20) { totalCount edges { node { id sourcePath } } } }"


def _nested(levels: int) -> str:
    inner = "id"
    for _ in range(levels):
        inner = f"documents(first: 1) {{ edges {{ node {{ {inner} }} }} }}"
    return "{ " + inner + " }"


def _fan(levels: int, spreads: int) -> str:
    parts = [
        f"fragment F{i} on Query {{ {' '.join([f'...F{i + 1}'] * spreads)} }}"
        for i in range(levels)
    ]
    return "query { ...F0 } " + " ".join(parts) + f" fragment F{levels} on Query {{ __typename }}"


def _oftype(levels: int) -> str:
    inner = "name"
    for _ in range(levels):
        inner = f"ofType {{ {inner} }}"
    return "{ __schema { types { fields { type { " + inner + " } } } } }"


def _q(query: str, variables: dict[str, Any] | None = None) -> bytes:
    return json.dumps({"query": query, "variables": variables}).encode()


CASES: dict[str, bytes] = {
    "deep nesting (100 levels)": _q(_nested(100)),
    "1000 aliases": _q("{ " + " ".join(f"a{i}: __typename" for i in range(1000)) + " }"),
    "first: 1000000000": _q("{ documents(first: 1000000000) { totalCount } }"),
    "first: -1": _q("{ documents(first: -1) { totalCount } }"),
    "first: 101": _q("{ documents(first: 101) { totalCount } }"),
    "cursor: garbage base64": _q('{ documents(after: "Zm9vYmFy") { totalCount } }'),
    "cursor: not base64": _q('{ documents(after: "!!!***") { totalCount } }'),
    "node(id:): garbage": _q('{ node(id: "garbage") { id } }'),
    "fragment cycle": _q(
        "fragment A on Document { ...B } fragment B on Document { ...A } "
        "{ documents { edges { node { ...A } } } }"
    ),
    "fragment chain (300)": _q(_fan(300, 1)),
    "fragment fan-out (2^30, answered)": _q(_fan(30, 2)),
    "1 MB query": _q("{ __typename " + " " * (1 << 20) + "}"),
    "2 MB variables": _q("{ __typename }", {"x": "a" * 2_000_000}),
    "JSON nested 5000 deep": (
        '{"query": "{ __typename }", "variables": {"a": ' + "[" * 5000 + "]" * 5000 + "}}"
    ).encode(),
    "30 aliased __schema": _q(
        "{ " + " ".join(f"s{i}: __schema {{ types {{ name }} }}" for i in range(30)) + " }"
    ),
    "ofType chain (60)": _q(_oftype(60)),
    "@include x1000": _q("{ __typename " + "@include(if: true) " * 1000 + "}"),
    "batch of 100": json.dumps([{"query": "{ __typename }"}] * 100).encode(),
}


class _Server:
    """uvicorn serving `app` on a free loopback port, in a thread."""

    def __init__(self, app: Any) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        # accepted sockets inherit it: no ~40 ms delayed-ACK stall per keep-alive response
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        config = uvicorn.Config(app, log_level="error", lifespan="off", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.url

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.sock.close()


def _engine(url: str | None) -> Any:
    if url:
        return create_db_engine(url)
    from loaders.runner import load_paths

    path = Path(tempfile.mkdtemp(prefix="kb-bench-abuse-")) / "kb.sqlite"
    engine = create_db_engine(f"sqlite:///{path}")
    summary = load_paths(engine, [SEEDS])
    if not summary.ok:
        raise SystemExit(f"loading the seeds failed: {summary.failed}")
    return engine


def _time(client: HTTPConnection, body: bytes, runs: int) -> tuple[float, list[float], int, str]:
    """The first (cold) time, the `runs` after it, the status and the first message.

    http.client sends headers and a bytes body in one write: no delayed-ACK stall.
    """
    timings, status, message, cold = [], 0, "", 0.0
    headers = {"content-type": "application/json", "accept": "application/json"}
    for i in range(runs + 1):  # one warm-up run
        started = time.perf_counter()
        client.request("POST", "/graphql", body=body, headers=headers)
        response = client.getresponse()
        payload = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        if response.getheader("connection", "").lower() == "close":
            client.close()  # a refused body may close the connection; reconnect
        if i:
            timings.append(elapsed)
        else:
            cold = elapsed
        status = response.status
        errors = json.loads(payload).get("errors") or [{"message": "(answered)"}]
        message = errors[0]["message"]
    return cold, timings, status, message


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.abuse", description=__doc__)
    parser.add_argument("--url", default=os.environ.get("KB_BENCH_DATABASE_URL"))
    parser.add_argument("--runs", type=int, default=int(os.environ.get("KB_BENCH_RUNS", "10")))
    args = parser.parse_args(argv or [])
    from schema.app import create_app

    engine = _engine(args.url)
    with _Server(create_app(engine)) as base:
        client = HTTPConnection(base.removeprefix("http://"), timeout=120)
        print(
            f"loopback HTTP (uvicorn); cold = first request (parser and validation caches "
            f"empty), then {args.runs} runs (cached)"
        )
        print(
            f"{'case':<36} {'bytes':>9} {'status':>6} {'cold ms':>8} {'p50 ms':>8} "
            f"{'max ms':>8}  message"
        )
        _time(client, _q("{ __typename }"), 2)  # the app's own first-request start-up
        for name, body in [*CASES.items(), ("ordinary query after them", _q(NORMAL))]:
            cold, timings, status, message = _time(client, body, args.runs)
            print(
                f"{name:<36} {len(body):>9} {status:>6} {cold:>8.1f} "
                f"{statistics.median(timings):>8.1f} {max(timings):>8.1f}  {message[:60]}"
            )


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])

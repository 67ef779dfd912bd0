"""A bounded loopback load test of `kb serve`: N concurrent clients for T seconds.

Starts `kb serve --workers W` on a free loopback port (or targets `--url`), loads the
seeds first unless `--no-load`, then runs `--clients` asyncio httpx clients, each sending
the query mix in turn for `--seconds`. A request is an error when the status is not 200,
the body is not JSON, or it carries GraphQL `errors`. Prints requests, errors (by kind),
requests/second and p50/p90/p99 latency, per query and overall.

    python -m bench.loadtest                               # SQLite, the full mix, 32 x 60 s
    python -m bench.loadtest --postgres --workers 4
    python -m bench.loadtest --mix skeleton --seconds 10   # only `{ documentCount }`
    python -m bench.loadtest --refresh                     # a maintainer refreshes meanwhile

With `--refresh` the corpus is copied aside and, while the clients run, a loop edits one
file of the copy (appends a paragraph, then takes it out again) and runs `kb load` on it,
as a maintainer refreshing changed documents would. Every refresh must succeed, and the
documents' total must never change (a refresh replaces a document in one transaction, so no
reader may see it missing or doubled); a changed total counts as an error.

The `full` mix uses the names of CONTRACT.md (documents with claims, a statistics
filter, an actor by name, search); run it once the API is merged. `bench.loadtest` is
a client in one process: on a 2-core machine it shares the CPUs with the server, so
the figures are a floor, not the server's capacity.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from pathlib import Path

import httpx

from bench import kb_env

KB = Path(sys.executable).parent / "kb"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
PG_ADMIN_URL = os.environ.get(
    "KB_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)

MIXES: dict[str, dict[str, tuple[str, dict]]] = {
    "skeleton": {"documentCount": ("{ documentCount }", {})},
    "full": {
        "documents with claims": (
            "query($n: Int) { documents(first: $n) { totalCount edges { node { id title kind "
            "claims(first: 5) { totalCount edges { node { text attribution speaker { name } } } }"
            " } } } }",
            {"n": 10},
        ),
        "statistics filter": (
            'query { statistics(first: 20, filter: {unit: "USD"}) { totalCount edges { node { '
            "value unit surface metric document { title } } } } }",
            {},
        ),
        "actor by name": (
            "query($name: String) { actor(name: $name) { name aliases "
            "claims(first: 5) { totalCount edges { node { text } } } } }",
            {"name": "Vladimir Putin"},
        ),
        "search": (
            "query($q: String!) { search(query: $q, first: 10) { __typename } }",
            {"q": "trade turnover"},
        ),
        "document count": ("{ documents(first: 1) { totalCount } }", {}),
    },
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _client(
    http: httpx.AsyncClient,
    url: str,
    mix: list[tuple[str, str, dict]],
    offset: int,
    stop: float,
    latencies: dict[str, list[float]],
    errors: Counter[str],
    expected_total: int | None = None,
) -> None:
    i = offset
    while time.monotonic() < stop:
        name, query, variables = mix[i % len(mix)]
        i += 1
        started = time.perf_counter()
        try:
            response = await http.post(url, json={"query": query, "variables": variables})
            elapsed = (time.perf_counter() - started) * 1000
            if response.status_code != 200:
                errors[f"{name}: HTTP {response.status_code}"] += 1
                continue
            body = response.json()
            if body.get("errors"):
                message = str(body["errors"][0].get("message", ""))[:80]
                errors[f"{name}: {message}"] += 1
                continue
            if expected_total is not None and name == "document count":
                total = body["data"]["documents"]["totalCount"]
                if total != expected_total:
                    errors[f"{name}: total {total}, not {expected_total}"] += 1
                    continue
            latencies[name].append(elapsed)
        except (httpx.HTTPError, ValueError) as exc:
            errors[f"{name}: {type(exc).__name__}"] += 1


async def run_clients(
    url: str, mix_name: str, clients: int, seconds: float, expected_total: int | None = None
) -> dict:
    mix = [(name, q, v) for name, (q, v) in MIXES[mix_name].items()]
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: Counter[str] = Counter()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=30, limits=limits) as http:
        stop = time.monotonic() + seconds
        started = time.perf_counter()
        await asyncio.gather(
            *(
                _client(http, url, mix, i, stop, latencies, errors, expected_total)
                for i in range(clients)
            )
        )
        elapsed = time.perf_counter() - started
    return {"latencies": latencies, "errors": errors, "elapsed": elapsed}


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(result: dict, clients: int, label: str) -> None:
    latencies, errors, elapsed = result["latencies"], result["errors"], result["elapsed"]
    every = [v for vs in latencies.values() for v in vs]
    total = len(every) + sum(errors.values())
    print(f"-- {label}: {clients} clients for {elapsed:.0f} s")
    print(
        f"requests {total}, errors {sum(errors.values())}, {total / elapsed:.1f} req/s, "
        f"p50 {statistics.median(every) if every else float('nan'):.1f} ms, "
        f"p90 {_pct(every, 0.9):.1f} ms, p99 {_pct(every, 0.99):.1f} ms"
    )
    for name, values in sorted(latencies.items()):
        print(
            f"  {name}: {len(values)} ok, p50 {statistics.median(values):.1f} ms, "
            f"p99 {_pct(values, 0.99):.1f} ms"
        )
    for message, count in errors.most_common(10):
        print(f"  error x{count}: {message}")


def _database(postgres: bool, tmp: Path) -> tuple[str, str | None]:
    if not postgres:
        return f"sqlite:///{tmp / 'kb.sqlite'}", None
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"kb_load_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))  # our own generated name
    admin.dispose()
    return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False), name


def _drop(name: str | None) -> None:
    if name:
        from sqlalchemy import create_engine, text

        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


class Refresher(threading.Thread):
    """Edits one file of `corpus` back and forth and runs `kb load` on it until stopped."""

    PARAGRAPH = "\n\nAn added paragraph: the refresh under load replaced this document.\n"

    def __init__(self, corpus: Path, env: dict[str, str]) -> None:
        super().__init__(daemon=True)
        self.corpus, self.env = corpus, env
        self.target = max(
            (p for p in corpus.iterdir() if p.suffix == ".txt"), key=lambda p: p.stat().st_size
        )
        self.original = self.target.read_bytes()
        self.stopping = threading.Event()
        self.seconds: list[float] = []
        self.failures: list[str] = []

    def run(self) -> None:
        edited = False
        while not self.stopping.is_set():
            edited = not edited
            body = self.original + self.PARAGRAPH.encode() if edited else self.original
            self.target.write_bytes(body)
            started = time.perf_counter()
            done = subprocess.run(
                [str(KB), "load", str(self.corpus)], env=self.env, capture_output=True, text=True
            )
            self.seconds.append(time.perf_counter() - started)
            if done.returncode != 0:
                self.failures.append(f"rc {done.returncode}: {done.stderr.strip()[-200:]}")

    def report(self) -> None:
        if not self.seconds:
            print("refreshes: none finished")
            return
        print(
            f"refreshes while serving: {len(self.seconds)} ({self.target.name}), "
            f"failed {len(self.failures)}, median {statistics.median(self.seconds):.1f} s each"
        )
        for failure in self.failures[:5]:
            print(f"  refresh failed: {failure}")


def _document_total(url: str) -> int:
    body = httpx.post(url, json={"query": "{ documents(first: 1) { totalCount } }"}, timeout=30)
    return int(body.json()["data"]["documents"]["totalCount"])


def wait_healthy(base: str, proc: subprocess.Popen | None, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise SystemExit(f"kb serve exited with {proc.returncode}")
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"kb serve did not answer /health within {timeout:.0f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.loadtest", description=__doc__)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2, help="kb serve --workers")
    parser.add_argument("--mix", choices=sorted(MIXES), default="full")
    parser.add_argument("--postgres", action="store_true", help="serve from PostgreSQL")
    parser.add_argument("--url", help="target a running server instead (its /graphql URL)")
    parser.add_argument("--corpus", type=Path, default=SEEDS, help="what to load first")
    parser.add_argument("--no-load", action="store_true", help="skip loading the corpus")
    parser.add_argument(
        "--refresh", action="store_true", help="refresh an edited copy of the corpus meanwhile"
    )
    args = parser.parse_args(argv if argv is not None else [])
    if args.url:
        base = args.url.rsplit("/graphql", 1)[0]
        wait_healthy(base, None)
        report(
            asyncio.run(run_clients(args.url, args.mix, args.clients, args.seconds)),
            args.clients,
            f"{args.mix} mix against {args.url}",
        )
        return 0
    with tempfile.TemporaryDirectory(prefix="kb-loadtest-") as tmp:
        db_url, pg_name = _database(args.postgres, Path(tmp))
        env = kb_env(KB_DATABASE_URL=db_url)
        server = None
        if args.refresh:
            args.no_load = False
            shutil.copytree(args.corpus, Path(tmp) / "corpus")
            args.corpus = Path(tmp) / "corpus"
        try:
            if not args.no_load:
                subprocess.run(
                    [str(KB), "load", str(args.corpus)], env=env, check=True, capture_output=True
                )
            port = free_port()
            server = subprocess.Popen(
                [
                    str(KB),
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--workers",
                    str(args.workers),
                ],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            base = f"http://127.0.0.1:{port}"
            wait_healthy(base, server)
            refresher = Refresher(args.corpus, env) if args.refresh else None
            expected = _document_total(f"{base}/graphql") if refresher else None
            if refresher:
                refresher.start()
            result = asyncio.run(
                run_clients(f"{base}/graphql", args.mix, args.clients, args.seconds, expected)
            )
            if refresher:
                refresher.stopping.set()
                refresher.join()
            backend = "postgresql" if args.postgres else "sqlite"
            report(
                result,
                args.clients,
                f"{args.mix} mix, kb serve --workers {args.workers} on {backend}"
                + (", refreshed meanwhile" if refresher else ""),
            )
            if refresher:
                refresher.report()
            healthy = httpx.get(f"{base}/health", timeout=5).status_code == 200
            print(f"server healthy after the run: {healthy}")
        finally:
            if server is not None:
                server.terminate()
                try:
                    server.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    server.kill()
            _drop(pg_name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

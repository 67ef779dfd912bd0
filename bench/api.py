"""GraphQL API latency: p50/p95 and SQL statements of five representative queries.

Runs the real ASGI app in-process over httpx (no network), with `KB_QUERY_STATS=1` so each
response reports its statements. The database is, in order of preference:

- ``--url URL`` (or ``KB_BENCH_DATABASE_URL``): an already loaded database, e.g. the ~100x
  synthetic corpus, SQLite or PostgreSQL;
- ``--corpus PATH`` (or ``KB_BENCH_CORPUS``): a corpus folder, loaded into a temporary SQLite
  file first (not timed);
- default: the seed corpus, loaded the same way.

Run: ``python -m bench api`` or ``python -m bench.api --url sqlite:///big.sqlite --runs 50``.
Query texts are in ``QUERIES``; the search words and the unit are read from the data so the
figures mean the same on any corpus.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, func, select

from kb.db import create_db_engine
from kb.models import Statistic

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

QUERIES: dict[str, str] = {
    "documents+claims": """{ documents(first: 20) { totalCount edges { node {
        sourcePath title publishedOn authors { name }
        claims(first: 5) { totalCount edges { node { text attribution kind
          speaker { name } mentions { name } } } } } } } }""",
    "statistics table": """query($unit: String) {
        statistics(first: 50, filter: {unit: $unit}, orderBy: VALUE_DESC) { totalCount
        edges { node { value unit surface metric periodStart subjects { name } source { name }
        document { sourcePath } passage { ordinal } } } } }""",
    "search": """{ search(query: "trade sanctions OR pipeline", first: 20) {
        kind score snippet start end highlights { start end } document { sourcePath }
        node { __typename ... on Claim { speaker { name } } } } }""",
    "entity index": """{ organisations(first: 20, orderBy: MENTIONS_DESC) { totalCount
        edges { node { name kind aliases
          mentions(first: 5) { totalCount edges { node { surface document { sourcePath } } } }
          documents(first: 3) { totalCount edges { node { sourcePath } } } } } } }""",
    "dashboard": """{ claimsPerSpeaker(limit: 20) { speaker { name } claims }
        mentionsPerEntity(limit: 20) { entity { name } mentions documents }
        statisticsPerMetricYear(limit: 50) { metric year unit statistics }
        claims(first: 20, filter: {isDuplicate: false, kind: FORECAST}) { totalCount
          edges { node { text speaker { name } speakerGroup document { publishedOn } } } } }""",
}


def _engine(url: str | None, corpus: str | None) -> tuple[Engine, str]:
    if url:
        return create_db_engine(url), url
    from loaders.runner import load_paths

    folder = Path(corpus) if corpus else SEEDS
    path = Path(tempfile.mkdtemp(prefix="kb-bench-api-")) / "kb.sqlite"
    engine = create_db_engine(f"sqlite:///{path}")
    summary = load_paths(engine, [folder])
    if not summary.ok:
        raise SystemExit(f"loading {folder} failed: {summary.failed}")
    return engine, f"{folder} (loaded into {path})"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def _run(engine: Engine, runs: int) -> list[tuple[str, float, float, int]]:
    from schema.app import create_app

    app = create_app(engine)
    with engine.connect() as conn:
        unit = conn.execute(
            select(Statistic.unit).group_by(Statistic.unit).order_by(func.count().desc())
        ).scalar()
    variables: dict[str, Any] = {"unit": unit or "USD"}
    rows = []
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        for name, query in QUERIES.items():
            payload = {"query": query, "variables": variables if "$unit" in query else {}}
            timings, statements = [], 0
            for i in range(runs + 2):  # two warm-up runs (caches, connections)
                started = time.perf_counter()
                body = (await client.post("/graphql", json=payload)).json()
                elapsed = (time.perf_counter() - started) * 1000
                if body.get("errors"):
                    raise SystemExit(f"{name}: {body['errors']}")
                statements = body["extensions"]["queryStats"]["sqlStatements"]
                if i >= 2:
                    timings.append(elapsed)
            rows.append((name, statistics.median(timings), _percentile(timings, 0.95), statements))
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.api", description=__doc__)
    parser.add_argument("--url", default=os.environ.get("KB_BENCH_DATABASE_URL"))
    parser.add_argument("--corpus", default=os.environ.get("KB_BENCH_CORPUS"))
    parser.add_argument("--runs", type=int, default=int(os.environ.get("KB_BENCH_RUNS", "30")))
    args = parser.parse_args(argv or [])
    os.environ["KB_QUERY_STATS"] = "1"
    engine, where = _engine(args.url, args.corpus)
    rows = asyncio.run(_run(engine, args.runs))
    print(f"database: {where}; {args.runs} runs per query, in-process HTTP (httpx ASGI)")
    print(f"{'query':<20} {'p50 ms':>9} {'p95 ms':>9} {'SQL statements':>15}")
    for name, p50, p95, n in rows:
        print(f"{name:<20} {p50:>9.1f} {p95:>9.1f} {n:>15}")


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])

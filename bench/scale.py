"""Load at scale: synthetic corpora 1x, 100x (and 1000x with `--full`) the seeds.

For each size: `kb load` as a real process (throughput in MB/s and documents/s, peak RSS
of the main process and of the largest worker, from `/proc/*/status` VmHWM), the database
size, the time to refresh the unchanged corpus, and the latency of a few representative
queries (p50 over repeated runs). SQLite by default; `--postgres` uses a fresh database
on the server of `KB_TEST_POSTGRES_URL` (default: the local one, database `test`).

    python -m bench.scale                      # 1x and 100x on SQLite
    python -m bench.scale --sizes 1,10 --postgres
    python -m bench.scale --full               # adds 1000x (prints an estimate first)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from bench import kb_env
from bench.synth import MANIFEST, generate
from kb.db import create_db_engine
from kb.models import Claim, Document, Entity, EntityAlias, Statistic

KB = Path(sys.executable).parent / "kb"
PG_ADMIN_URL = os.environ.get(
    "KB_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _tree(pid: int) -> list[int]:
    """`pid` and its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(stat[1]), []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def _hwm_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_load(
    url: str, corpus: Path, workers: int | None, extra: tuple[str, ...] = ()
) -> tuple[float, int, int, str]:
    """Run `kb load`; returns (seconds, main peak KiB, largest worker peak KiB, output)."""
    args = [str(KB), "load", str(corpus)] + (["--workers", str(workers)] if workers else [])
    args += extra
    env = kb_env(KB_DATABASE_URL=url, COLUMNS="200")
    started = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    main_peak = worker_peak = 0
    while proc.poll() is None:
        for pid in _tree(proc.pid):
            peak = _hwm_kib(pid)
            if pid == proc.pid:
                main_peak = max(main_peak, peak)
            else:
                worker_peak = max(worker_peak, peak)
        time.sleep(0.25)
    seconds = time.perf_counter() - started
    output = proc.stdout.read().decode() if proc.stdout else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"kb load failed (rc={proc.returncode}):\n{output}")
    return seconds, main_peak, worker_peak, output


def _p50_ms(fn, repeat: int = 20) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def query_latencies(url: str) -> dict[str, float]:
    """p50 ms of queries shaped like the API's (one page each)."""
    engine = create_db_engine(url)
    with engine.connect() as conn:
        doc_id = conn.scalar(select(Document.id).order_by(Document.id).limit(1))
        alias = conn.scalar(select(EntityAlias.alias_key).order_by(EntityAlias.id).limit(1))
        queries = {
            "documents page": select(Document.id, Document.title).order_by(Document.id).limit(20),
            "claims of a document": select(Claim.id, Claim.text)
            .where(Claim.document_id == doc_id)
            .order_by(Claim.start)
            .limit(20),
            "statistics USD by value": select(Statistic.id)
            .where(Statistic.unit == "USD")
            .order_by(Statistic.value.desc())
            .limit(20),
            "entity by alias": select(Entity.id)
            .join(EntityAlias, EntityAlias.entity_id == Entity.id)
            .where(EntityAlias.alias_key == alias)
            .limit(1),
            "count documents": select(func.count()).select_from(Document),
        }
        out = {name: _p50_ms(lambda q=q: conn.execute(q).all()) for name, q in queries.items()}
    engine.dispose()
    return out


def _db_size(url: str) -> int:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        base = Path(parsed.database or "")
        return sum(p.stat().st_size for p in base.parent.glob(base.name + "*") if p.is_file())
    engine = create_engine(url)
    with engine.connect() as conn:
        size = int(conn.scalar(text("SELECT pg_database_size(current_database())")) or 0)
    engine.dispose()
    return size


def fresh_database_url(postgres: bool, work: Path) -> tuple[str, str | None]:
    """A URL for an empty database: a SQLite file in `work`, or a new PostgreSQL database
    (its name returned too, for :func:`drop_database`)."""
    if not postgres:
        return f"sqlite:///{work / 'kb.sqlite'}", None
    name = f"kb_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))  # name is ours, not user input
    admin.dispose()
    return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False), name


def drop_database(name: str | None) -> None:
    """Drop a PostgreSQL database made by :func:`fresh_database_url` (None: nothing to do)."""
    if name:
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def bench_size(scale: int, args: argparse.Namespace, root: Path) -> float:
    """Print the figures of one size; returns the load throughput in MB/s."""
    work = root / f"x{scale}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    started = time.perf_counter()
    corpus = generate(scale, work / "corpus", seed=args.seed)
    gen_s = time.perf_counter() - started
    files = [p for p in corpus.iterdir() if p.name != MANIFEST]
    mb = sum(p.stat().st_size for p in files) / 1e6
    url, pg_name = fresh_database_url(args.postgres, work)
    backend = "postgresql" if args.postgres else "sqlite"
    try:
        seconds, main_kib, worker_kib, output = run_load(url, corpus, args.workers)
        engine = create_db_engine(url)
        with engine.connect() as conn:
            docs = int(conn.scalar(select(func.count()).select_from(Document)) or 0)
        engine.dispose()
        refresh_s, refresh_main_kib, _w, _out = run_load(url, corpus, args.workers)
        latencies = query_latencies(url)
        size = _db_size(url)
    finally:
        drop_database(pg_name)
    failed = sum(1 for line in output.splitlines() if line.startswith("failed "))
    print(f"-- {scale}x on {backend}: {len(files)} files, {mb:.1f} MB (generated in {gen_s:.1f} s)")
    print(
        f"load: {seconds:.1f} s, {mb / seconds:.2f} MB/s, {docs / seconds:.1f} documents/s, "
        f"{docs} documents, {failed} failed"
    )
    print(
        f"peak RSS: main {main_kib / 1024:.0f} MiB, largest worker {worker_kib / 1024:.0f} MiB; "
        f"database {size / 2**20:.1f} MiB"
    )
    print(f"refresh (unchanged): {refresh_s:.1f} s, main peak {refresh_main_kib / 1024:.0f} MiB")
    print("query p50 ms: " + ", ".join(f"{k} {v:.2f}" for k, v in latencies.items()), flush=True)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return mb / seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__)
    parser.add_argument("--sizes", default="1,100", help="comma-separated scales (default 1,100)")
    parser.add_argument("--full", action="store_true", help="add 1000x")
    parser.add_argument("--postgres", action="store_true", help="load into PostgreSQL")
    parser.add_argument("--workers", type=int, default=None, help="kb load --workers")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="keep corpora and databases")
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: a tmp)")
    args = parser.parse_args(argv if argv is not None else [])
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.full and 1000 not in sizes:
        sizes.append(1000)
    root = args.dir or Path(tempfile.mkdtemp(prefix="kb-scale-"))
    throughput = None
    seed_mb = sum(p.stat().st_size for p in (Path(__file__).parents[1] / "seeds").glob("*.txt"))
    for scale in sorted(sizes):
        if throughput:
            estimate = scale * seed_mb / 1e6 / throughput
            print(f"(estimate for {scale}x at the last rate: {estimate / 60:.0f} min)", flush=True)
        throughput = bench_size(scale, args, root)
    if not args.keep and args.dir is None:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

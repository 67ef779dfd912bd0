"""Load speed against its targets (issue 15), each figure from one run on this machine.

- start-up: `kb --help` as a whole process (median of 5);
- seeds: `kb load seeds/` into a fresh SQLite file as a whole process, and in the same run
  quantulum3 — a library that only finds numbers — parsing every paragraph of the seed files,
  also as a whole process (imports and its classifier included); the ratio kb / quantulum3
  (target ≤ 0.25);
- throughput: `kb load` of the synthetic corpora (`bench.synth`) 10x (and 100x with `--full`)
  in MB/s, MB/s per core (the load's worker processes share this machine's cores), peak RSS of
  the main process and of the largest worker, and the unchanged refresh.

    python -m bench speed                 # start-up, seeds ratio, 10x on SQLite
    python -m bench.speed --full          # adds 100x
    python -m bench.speed --postgres      # the corpora go to PostgreSQL
    python -m bench.speed --engine dask --sizes 1,10   # extraction on a local Dask cluster
    python -m bench.speed --engine both --sizes 1,10   # the local pool, then Dask, same run

`--sizes` picks the synthetic corpora (1 is the seeds' size); `--engine dask` adds
`kb load --engine dask` (a local cluster started by the load, so its start-up is counted),
`--scheduler` points it at a running cluster instead.

quantulum3 needs `pip install -e '.[bench]'`; without it the ratio is skipped with a note.
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
from pathlib import Path

from bench import kb_env
from bench.scale import drop_database, fresh_database_url, run_load
from bench.synth import MANIFEST, generate

KB = Path(sys.executable).parent / "kb"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

_QUANTULUM = """
import sys, warnings
from pathlib import Path
warnings.simplefilter("ignore")
from quantulum3 import parser
n = 0
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    for paragraph in path.read_text(encoding="utf-8").split("\\n\\n"):
        if paragraph.strip():
            n += len(parser.parse(paragraph))
print(n)
"""


def _timed(args: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed (rc={done.returncode}):\n{done.stderr}")
    return seconds, done.stdout


def start_up_seconds(repeat: int = 5) -> float:
    return statistics.median(_timed([str(KB), "--help"])[0] for _ in range(repeat))


def seeds_ratio(work: Path) -> None:
    url = f"sqlite:///{work / 'seeds.sqlite'}"
    env = kb_env(KB_DATABASE_URL=url, COLUMNS="200")
    kb_s, _out = _timed([str(KB), "load", str(SEEDS)], env)
    print(f"seeds: kb load (whole process, fresh SQLite) {kb_s:.2f} s")
    try:
        import quantulum3  # noqa: F401
    except ImportError:
        print("seeds: quantulum3 not installed (pip install -e '.[bench]'): no ratio")
        return
    q_s, found = _timed([sys.executable, "-c", _QUANTULUM, str(SEEDS)])
    print(f"seeds: quantulum3 over every paragraph (whole process) {q_s:.2f} s, {found.strip()}")
    print(f"seeds: ratio kb / quantulum3 = {kb_s / q_s:.2f} (target <= 0.25)")


def corpus_throughput(
    scale: int,
    work: Path,
    postgres: bool,
    workers: int | None,
    engine: str = "local",
    scheduler: str | None = None,
) -> None:
    corpus = work / f"corpus{scale}"
    if not corpus.exists():
        generate(scale, corpus, seed=0)
    files = [p for p in corpus.iterdir() if p.name != MANIFEST]
    mb = sum(p.stat().st_size for p in files) / 1e6
    run = work / f"x{scale}-{engine}"
    run.mkdir()
    url, pg_name = fresh_database_url(postgres, run)
    cores = workers or os.cpu_count() or 1
    extra = ("--engine", engine) + (("--scheduler", scheduler) if scheduler else ())
    try:
        seconds, main_kib, worker_kib, _out = run_load(url, corpus, workers, extra)
        refresh_s, _m, _w, _o = run_load(url, corpus, workers, extra)
    finally:
        drop_database(pg_name)
    backend = "PostgreSQL" if postgres else "SQLite"
    print(
        f"{scale}x ({len(files)} files, {mb:.1f} MB, {backend}, engine {engine}): "
        f"load {seconds:.1f} s, "
        f"{mb / seconds:.2f} MB/s, {mb / seconds / cores:.2f} MB/s per core ({cores} cores; "
        f"target >= 1), peak RSS main {main_kib / 1024:.0f} MiB / worker "
        f"{worker_kib / 1024:.0f} MiB, unchanged refresh {refresh_s:.1f} s",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.speed", description=__doc__)
    parser.add_argument("--full", action="store_true", help="add the 100x corpus")
    parser.add_argument("--postgres", action="store_true", help="load the corpora into PostgreSQL")
    parser.add_argument("--workers", type=int, default=None, help="kb load --workers")
    parser.add_argument(
        "--engine", choices=("local", "dask", "both"), default="local", help="kb load --engine"
    )
    parser.add_argument("--scheduler", default=None, help="kb load --scheduler (Dask)")
    parser.add_argument("--sizes", default=None, help="corpus sizes, e.g. 1,10 (default 10)")
    parser.add_argument("--skip-seeds", action="store_true", help="no start-up, no ratio")
    args = parser.parse_args(argv if argv is not None else [])
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [10]
    if args.full and 100 not in sizes:
        sizes.append(100)
    engines = ["local", "dask"] if args.engine == "both" else [args.engine]
    work = Path(tempfile.mkdtemp(prefix="kb-speed-"))
    try:
        if not args.skip_seeds:
            print(f"start-up: kb --help {start_up_seconds():.2f} s (median of 5; target <= 0.3)")
            seeds_ratio(work)
        for scale in sizes:
            for engine in engines:
                corpus_throughput(scale, work, args.postgres, args.workers, engine, args.scheduler)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

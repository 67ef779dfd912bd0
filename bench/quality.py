"""Knowledge quality through the API: the seeds against `../shared/quality/`, and real unseen text.

`python -m bench quality [--json] [--score PATH] [--unseen-dir DIR] [--no-seeds] [--no-unseen]`

1. Seeds: loads `seeds/` into a temporary SQLite file, serves it with `kb serve` on a free
   loopback port and runs the shared scorer (`../shared/quality/score.py` from the repository
   root, or from its parent for a worktree under `wt/`; `--score` overrides; skipped with a
   message when absent). Its summary line is printed as a table.
2. Unseen batches: for each `bench/data/unseen/batch*.json`, the texts are looked up under
   `KB_UNSEEN_DIR` (default `<repo>/../unseen-texts`, same fallback) in the batch's folder; each
   file's sha256 must equal the gold's (missing/changed files are named and left out). The good
   files and the folder's `manifest.toml` are loaded into a temporary SQLite file, kb is served
   and asked through GraphQL only, and each batch prints actors, organisations and statistics
   recall/precision and claims located / speaker right / attribution right, and speaker
   precision: of kb's claims with a named speaker that are not AUTHOR, the share holding a gold
   claim's words with the same speaker (`bench/_quality_match.py` holds the rules). `--json`
   adds every miss, and lists the spurious attributions under "claims speaker precision".

Third-party texts are never in the repository; `bench/data/unseen/README.md` says how to rebuild
them from the URLs and queries in the gold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from bench import kb_env
from bench._quality_match import Score, match_claims, match_entities, match_statistics
from bench.loadtest import KB, SEEDS, free_port, wait_healthy

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "bench" / "data" / "unseen"
SUMMARY = re.compile(
    r"actors R/P (\S+)/(\S+) orgs R/P (\S+)/(\S+) stats R (\S+) P (\S+) "
    r"claims located (\S+) speaker (\S+)(?: threads (\S+))?"
)


def sibling(name: str) -> Path:
    """`<repo>/../name`; for a worktree kept under the repository's `wt/`, the main checkout's."""
    for parent in ROOT.parents[:3]:
        if (parent / name).exists():
            return parent / name
    return ROOT.parent / name


def load(folder: Path, db: Path) -> str:
    """`kb load folder` into the SQLite file `db`; returns what kb says it stored."""
    env = kb_env(KB_DATABASE_URL=f"sqlite:///{db}")
    done = subprocess.run([str(KB), "load", str(folder)], env=env, capture_output=True, text=True)
    lines = (done.stdout + done.stderr).strip().splitlines()
    if len(lines) < 2:
        return f"exit {done.returncode}: {' '.join(lines)}"
    keys, values = re.split(r"\s{2,}", lines[-2].strip()), lines[-1].split()
    if len(keys) != len(values):
        return lines[-1].strip()
    stored = ", ".join(f"{k} {v}" for k, v in zip(keys, values, strict=True))
    return stored + ("" if done.returncode == 0 else f" (exit {done.returncode})")


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """`kb serve` on the SQLite file `db` on a free loopback port; yields the base URL."""
    env = kb_env(KB_DATABASE_URL=f"sqlite:///{db}")
    port = free_port()
    cmd = [str(KB), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"]
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base, proc)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def fetch_all(base: str, root: str, fields: str) -> list[dict[str, Any]]:
    """Every node of a Relay connection, 100 at a time, through POST /graphql."""
    items: list[dict[str, Any]] = []
    after: str | None = None
    query = (
        f"query($first:Int,$after:String){{ {root}(first:$first, after:$after) "
        f"{{ edges {{ node {{ {fields} }} }} pageInfo {{ hasNextPage endCursor }} }} }}"
    )
    with httpx.Client(timeout=60) as http:
        while True:
            body = {"query": query, "variables": {"first": 100, "after": after}}
            out = http.post(f"{base}/graphql", json=body).json()
            if out.get("errors"):
                raise RuntimeError(json.dumps(out["errors"])[:300])
            page = out["data"][root]
            items += [e["node"] for e in page["edges"]]
            if not page["pageInfo"]["hasNextPage"]:
                return items
            after = page["pageInfo"]["endCursor"]


def table(rows: list[tuple[str, str]]) -> None:
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"  {key:<{width}}  {value}")


def seeds(score: Path, as_json: bool) -> None:
    print("-- seeds (../shared/quality gold, scored by score.py through GraphQL)")
    if not score.exists():
        print(f"  skipped: no scorer at {score} (use --score PATH)")
        return
    with tempfile.TemporaryDirectory(prefix="kb-quality-") as tmp:
        db = Path(tmp) / "kb.sqlite"
        print(f"  load: {load(SEEDS, db)}")
        with serving(db) as base:
            args = [sys.executable, str(score), base] + (["--json"] if as_json else [])
            out = subprocess.run(args, capture_output=True, text=True)
    lines = out.stdout.strip().splitlines()
    if as_json:
        print("\n".join(lines[:-1]))
    summary = lines[-1] if lines else out.stderr.strip()[-300:]
    m = SUMMARY.search(summary)
    if not m:
        print(f"  score.py said: {summary}")
        return
    g = m.groups()
    rows = [
        ("actors R / P", f"{g[0]} / {g[1]}"),
        ("organisations R / P", f"{g[2]} / {g[3]}"),
        ("statistics R / P", f"{g[4]} / {g[5]}"),
        ("claims located", g[6]),
        ("speaker right", g[7]),
    ]
    table([*rows, ("threads", g[8])] if g[8] else rows)


def check_texts(gold: dict[str, Any], folder: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """The gold documents whose text is present and unchanged; and a note per other file."""
    good, notes = [], []
    for doc in gold["documents"]:
        path = folder / doc["file"]
        if not path.exists():
            notes.append(f"missing {doc['file']}")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != doc["sha256"]:
            notes.append(f"changed {doc['file']} (sha256 differs from the gold's)")
        else:
            good.append(doc)
    return good, notes


def score_batch(base: str, documents: list[dict[str, Any]]) -> dict[str, Score]:
    """Every measure of one batch from kb's answers over GraphQL."""
    actors = fetch_all(base, "actors", "name aliases handles")
    orgs = fetch_all(base, "organisations", "name aliases kind")
    stats = fetch_all(base, "statistics", "value valueHigh unit surface document { sourcePath }")
    claims = fetch_all(
        base, "claims", "text attribution speaker { name aliases } document { sourcePath }"
    )

    def gold(key: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        return (
            [e for d in documents for e in d[key]],
            [e for d in documents for e in d.get("optional", {}).get(key, [])],
        )

    a_r, a_p = match_entities(*gold("actors"), actors)
    o_r, o_p = match_entities(*gold("organisations"), orgs)
    s_r, s_p = match_statistics(documents, stats)
    return {
        "actors recall": a_r,
        "actors precision": a_p,
        "organisations recall": o_r,
        "organisations precision": o_p,
        "statistics recall": s_r,
        "statistics precision": s_p,
        **{f"claims {k}": v for k, v in match_claims(documents, claims).items()},
    }


def unseen(folder: Path, as_json: bool, only: str | None) -> None:
    batches = sorted(GOLD_DIR.glob("batch*.json"))
    for path in batches:
        gold = json.loads(path.read_text())
        name = gold.get("batch", path.stem)
        if only and name != only:
            continue
        texts = folder / name
        print(f"-- unseen {name} ({path.relative_to(ROOT)}; texts in {texts})")
        if not texts.is_dir():
            print(f"  skipped: no folder {texts} (set KB_UNSEEN_DIR)")
            continue
        documents, notes = check_texts(gold, texts)
        for note in notes:
            print(f"  {note}")
        if not documents:
            print("  skipped: no document to score")
            continue
        with tempfile.TemporaryDirectory(prefix="kb-quality-") as tmp:
            corpus = Path(tmp) / name
            corpus.mkdir()
            for doc in documents:
                shutil.copy2(texts / doc["file"], corpus / doc["file"])
            if (texts / "manifest.toml").exists():
                shutil.copy2(texts / "manifest.toml", corpus / "manifest.toml")
            db = Path(tmp) / "kb.sqlite"
            print(f"  load: {load(corpus, db)}")
            with serving(db) as base:
                result = score_batch(base, documents)
        print(f"  {len(documents)} of {len(gold['documents'])} documents scored")
        r = result
        table(
            [
                ("actors R / P", f"{r['actors recall'].text()} / {r['actors precision'].text()}"),
                (
                    "organisations R / P",
                    f"{r['organisations recall'].text()} / {r['organisations precision'].text()}",
                ),
                (
                    "statistics R / P",
                    f"{r['statistics recall'].text()} / {r['statistics precision'].text()}",
                ),
                ("claims located", r["claims located"].text()),
                ("speaker right (named speakers)", r["claims speaker"].text()),
                ("attribution right (named speakers)", r["claims attribution"].text()),
                ("speaker precision (attributed right)", r["claims speaker precision"].text()),
            ]
        )
        if as_json:
            misses = {k: {"ratio": v.ratio, "missed": v.missed} for k, v in result.items()}
            print(json.dumps({"batch": name, "measures": misses}, indent=1, ensure_ascii=False))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench quality", description=__doc__)
    parser.add_argument("--json", action="store_true", help="also list every miss")
    parser.add_argument("--score", type=Path, help="the seed scorer (../shared/quality/score.py)")
    parser.add_argument("--unseen-dir", type=Path, help="texts' root (KB_UNSEEN_DIR)")
    parser.add_argument("--batch", help="score only this unseen batch, e.g. batch1")
    parser.add_argument("--no-seeds", action="store_true", help="skip the seeds")
    parser.add_argument("--no-unseen", action="store_true", help="skip the unseen batches")
    args = parser.parse_args(argv or [])
    if not args.no_seeds:
        seeds(args.score or sibling("shared") / "quality" / "score.py", args.json)
    if not args.no_unseen:
        env_dir = os.environ.get("KB_UNSEEN_DIR")
        unseen(
            args.unseen_dir or (Path(env_dir) if env_dir else sibling("unseen-texts")),
            args.json,
            args.batch,
        )


if __name__ == "__main__":
    main(sys.argv[1:])

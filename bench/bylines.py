"""Authors read off the text: for every unseen document whose manifest names authors, read it
with kb's readers as if the manifest gave only its kind and url, and compare the authors found.

`python -m bench bylines [--unseen-dir DIR] [--verbose]`

Real held-out documents may come without a manifest, so the authors a page states (bylines,
"Author:" lines, wire credits, report front matter) must be read off the text. The texts are
the unseen batches' (`KB_UNSEEN_DIR`, default `../unseen-texts`, see `bench/data/unseen/`).
"""

from __future__ import annotations

import argparse
import os
import re
import unicodedata
from pathlib import Path

from bench.quality import sibling
from loaders.readers import read_file
from loaders.readers.manifest import ManifestEntry, load_manifest


def _key(name: str) -> str:
    name = re.sub(r"\(@?[\w.]+\)|@\w+", " ", name)
    name = unicodedata.normalize("NFKD", name)
    return " ".join(re.sub(r"[^\w\s]", " ", name.casefold()).split())


def _match(want: str, got: list[str]) -> bool:
    w = _key(want)
    handle = re.search(r"@(\w+)", want)
    for g in got:
        k = _key(g)
        words = w.split()
        if k and (k == w or (len(words) > 1 and {words[0], words[-1]} <= set(k.split()))):
            return True
        if handle and handle.group(1).casefold() in g.casefold():
            return True
    return False


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="bench bylines")
    env_dir = os.environ.get("KB_UNSEEN_DIR")
    default = Path(env_dir) if env_dir else sibling("unseen-texts")
    p.add_argument("--unseen-dir", type=Path, default=default, help="texts' root (KB_UNSEEN_DIR)")
    p.add_argument("--verbose", action="store_true", help="list every miss")
    args = p.parse_args(argv or [])
    root: Path = args.unseen_dir
    if not root.is_dir():
        print(f"  skipped: no folder {root} (set KB_UNSEEN_DIR)")
        return
    found = total = docs = extra_docs = 0
    for batch in sorted(d for d in root.iterdir() if d.is_dir() and d.name.startswith("batch")):
        full = load_manifest(batch)
        for name, entry in sorted(full.items()):
            path = batch / name
            if not path.is_file():
                continue
            bare = ManifestEntry(kind=entry.kind, url=entry.url)
            try:
                drafts = read_file(path.read_bytes(), str(path), bare)
            except Exception as exc:  # a bench reports, never stops
                print(f"{batch.name}/{name}: {exc}")
                continue
            got = [a for d in drafts for a in (d.authors or [])]
            if not entry.authors:
                if got and args.verbose:
                    print(f"  EXTRA {batch.name}/{name}: {got}")
                extra_docs += bool(got)
                continue
            docs += 1
            hits = [a for a in entry.authors if _match(a, got)]
            found += len(hits)
            total += len(entry.authors)
            if args.verbose and len(hits) < len(entry.authors):
                print(f"  MISS {batch.name}/{name}: want {list(entry.authors)} got {got[:6]}")
    print(
        f"authors found {found}/{total} in {docs} documents; "
        f"{extra_docs} documents without manifest authors got some"
    )


if __name__ == "__main__":
    main()

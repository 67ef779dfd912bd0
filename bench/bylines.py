"""Authors read off the text: for every document whose full manifest names authors, read the
stripped copy (manifest of kind+url only) with kb's readers and compare the authors found.

`python -m bench bylines [--unseen-dir DIR] [--stripped-dir DIR] [--verbose]`
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from pathlib import Path

from loaders.readers import read_file
from loaders.readers.manifest import load_manifest


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
    p.add_argument("--unseen-dir", default="/work/unseen-texts")
    p.add_argument("--stripped-dir", default="/work/stripped")
    p.add_argument("--verbose", action="store_true")
    args = p.parse_args(argv or [])
    full_root, stripped_root = Path(args.unseen_dir), Path(args.stripped_dir)
    if not stripped_root.is_dir():
        print(f"  skipped: no folder {stripped_root} (use --stripped-dir)")
        return
    found = total = docs = extra_docs = 0
    for batch in sorted(d for d in stripped_root.iterdir() if d.is_dir()):
        full = load_manifest(full_root / batch.name)
        stripped = load_manifest(batch)
        for name, entry in sorted(full.items()):
            path = batch / name
            if not path.is_file():
                continue
            try:
                drafts = read_file(path.read_bytes(), str(path), stripped.get(name))
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

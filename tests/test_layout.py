"""House rules: every module says what it owns; the seed corpus is the project's own copy."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("kb", "loaders", "schema", "bench")


def test_every_module_opens_with_a_docstring() -> None:
    missing = []
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "versions" in path.parts or "node_modules" in path.parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            if not ast.get_docstring(tree):
                missing.append(str(path.relative_to(ROOT)))
    assert missing == []


def test_seed_files_are_kept_with_their_names() -> None:
    names = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert names == [
        "000_769defdc8682c5fc.txt",
        "001_5e94b783f5e64f23.txt",
        "002_6bdc9d3b7232f498.txt",
        "003_a68d32ec9af499bf.txt",
        "004_119b34da1581264a.txt",
    ]

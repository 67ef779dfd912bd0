"""Benchmarks: one module per figure; `python -m bench [NAME ...]` runs them and prints figures.

Each module exposes `main() -> None` and prints its figures. Speed and memory targets live
here, never in timed tests.
"""

from __future__ import annotations

import os
from pathlib import Path

#: The checkout this bench belongs to (a worktree's own root, not the editable install's).
CHECKOUT = Path(__file__).resolve().parents[1]


def kb_env(**extra: str) -> dict[str, str]:
    """The environment for a `kb` subprocess that runs *this* checkout's code.

    The venv's `kb` script imports `loaders` through the editable install, which points at the
    checkout the venv was made in; a bench run from a worktree (`wt/NAME`) would otherwise score
    or time the main checkout's code. This checkout goes first on PYTHONPATH.
    """
    path = os.environ.get("PYTHONPATH")
    pythonpath = str(CHECKOUT) + (os.pathsep + path if path else "")
    return {**os.environ, "PYTHONPATH": pythonpath, **extra}

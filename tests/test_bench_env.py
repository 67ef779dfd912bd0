"""bench's `kb` subprocesses run the code of the checkout the bench belongs to."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench import CHECKOUT, kb_env

REPO = Path(__file__).resolve().parents[1]


def test_checkout_first_on_pythonpath(monkeypatch) -> None:
    monkeypatch.setenv("PYTHONPATH", "/elsewhere")
    env = kb_env(KB_DATABASE_URL="sqlite:///x.sqlite")
    assert env["PYTHONPATH"].split(os.pathsep) == [str(REPO), "/elsewhere"]
    assert env["KB_DATABASE_URL"] == "sqlite:///x.sqlite"


def test_subprocess_imports_this_checkouts_loaders(tmp_path) -> None:
    code = "import loaders, pathlib; print(pathlib.Path(loaders.__file__).resolve().parents[1])"
    out = subprocess.run(
        [sys.executable, "-c", code], env=kb_env(), cwd=tmp_path, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert Path(out.stdout.strip()) == CHECKOUT == REPO

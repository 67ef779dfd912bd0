"""The `kb` command line as a user runs it: real processes, a real SQLite file."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

KB = Path(sys.executable).parent / "kb"


def _kb(*args: str, db: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KB_DATABASE_URL": f"sqlite:///{db}", "COLUMNS": "200"}
    return subprocess.run(
        [str(KB), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )


def test_kb_load_reports_a_summary_and_fails_bad_files_alone(
    tmp_path: Path, corpus_copy: Callable[[], Path]
) -> None:
    corpus = corpus_copy()
    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00\x01binary\x00junk")
    db = tmp_path / "cli.sqlite"
    first = _kb("load", str(corpus), db=db, cwd=tmp_path)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "broken.txt" in first.stdout and "binary" in first.stdout
    assert "added" in first.stdout and "unchanged" in first.stdout
    (corpus / "broken.txt").unlink()
    second = _kb("load", str(corpus), db=db, cwd=tmp_path)
    assert second.returncode == 0, second.stdout + second.stderr
    # five files unchanged, nothing added
    header, counts = [line.split() for line in second.stdout.splitlines()[1:3]]
    assert dict(zip(header, counts, strict=True))["unchanged"] == "5"
    assert dict(zip(header, counts, strict=True))["added"] == "0"


def test_kb_load_defaults_to_seeds_in_the_working_directory(
    tmp_path: Path, corpus_copy: Callable[[], Path]
) -> None:
    corpus = corpus_copy()
    corpus.rename(tmp_path / "seeds")
    result = _kb("load", db=tmp_path / "default.sqlite", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "default.sqlite").exists()


def test_kb_load_names_a_missing_path(tmp_path: Path) -> None:
    result = _kb("load", "no-such-folder", db=tmp_path / "x.sqlite", cwd=tmp_path)
    assert result.returncode == 1
    assert "no-such-folder" in result.stdout and "no such file or folder" in result.stdout


def test_kb_help_imports_no_database_layer_nor_extraction() -> None:
    """`kb --help` (and so every `kb` start) registers the commands without importing Alembic,
    SQLAlchemy, spaCy, the loaders' pipeline or typer's rich help formatter: those load when a
    command that needs them runs."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", str(KB), "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert "load" in result.stdout and "serve" in result.stdout
    imported = {
        line.rsplit("|", 1)[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    heavy = {"alembic", "sqlalchemy", "spacy", "loaders.runner", "typer.rich_utils"}
    assert not imported & heavy, sorted(imported & heavy)

"""Shortcuts of speed19 (issue 15) held against what they replace."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import kb.enums
import kb.models
import kb.models.enums

_ROOT = Path(__file__).resolve().parent.parent
_ENUMS = ("Attribution", "ClaimKind", "DocumentKind", "EntityType", "OrganisationKind",
          "PassageKind", "Qualifier")  # fmt: skip


def test_the_models_enums_are_the_light_modules_own() -> None:
    for name in _ENUMS:
        assert getattr(kb.models, name) is getattr(kb.enums, name)
        assert getattr(kb.models.enums, name) is getattr(kb.enums, name)


_EXTRACT_ALONE = """
import sys
from pathlib import Path
from loaders.pipeline import default_components, load_engines
from loaders.readers.manifest import load_manifest
from loaders.worker import extract_file
from loaders.entities.lexicon import common_word, name_lists
from loaders.entities.registry import registry, registry_matches

load_engines(default_components())
registry(); registry_matches(""); name_lists(); common_word("warm")
seeds = Path(sys.argv[1])
manifest = load_manifest(seeds)
for path in sorted(seeds.glob("*.txt")):
    status, _ = extract_file(path.read_bytes(), path.name, manifest.get(path.name), None)
    assert status == "ok", path
print(sorted(m for m in ("sqlalchemy", "sqlmodel", "pydantic", "kb.models") if m in sys.modules))
"""


def test_extraction_runs_without_the_database_layer() -> None:
    """A worker forked before `kb load` imports SQLAlchemy extracts without importing it
    (about 0.4 s of a seeds load's start-up, then paid in parallel instead of first)."""
    done = subprocess.run(
        [sys.executable, "-c", _EXTRACT_ALONE, str(_ROOT / "seeds")],
        capture_output=True,
        text=True,
        cwd=_ROOT,
        check=True,
    )
    assert done.stdout.strip() == "[]"


def _load_digest(tmp_path: Path, name: str, *args: str) -> str:
    db = tmp_path / f"{name}.sqlite"
    env = {**os.environ, "KB_DATABASE_URL": f"sqlite:///{db}", "PYTHONPATH": str(_ROOT)}
    kb = Path(sys.executable).parent / "kb"
    subprocess.run([str(kb), "load", str(_ROOT / "seeds"), *args], env=env, cwd=_ROOT,
                   capture_output=True, check=True)  # fmt: skip
    from sqlalchemy import create_engine

    from loaders.export import export_digest

    engine = create_engine(f"sqlite:///{db}")
    try:
        return export_digest(engine)
    finally:
        engine.dispose()


def test_a_load_with_its_early_worker_stores_what_one_process_stores(tmp_path: Path) -> None:
    """`kb load seeds` (5 files: one worker forked before the database layer is imported)
    against `--workers 1` (extracted in the loading process, as every small load was)."""
    assert _load_digest(tmp_path, "early") == _load_digest(tmp_path, "alone", "--workers", "1")


def test_the_early_worker_only_where_it_can_help(monkeypatch, tmp_path: Path) -> None:
    from loaders import commands, pool

    seeds = [_ROOT / "seeds"]
    monkeypatch.setattr(commands.threading, "active_count", lambda: 1, raising=False)
    monkeypatch.setattr(pool, "default_workers", lambda: 2)
    started = commands._start_workers(seeds, None, "local")
    assert started is not None and started.workers == 1
    started.close()  # never used: its worker is stopped, not waited for
    assert started._executor is None
    assert commands._start_workers(seeds, 1, "local") is None  # --workers given
    assert commands._start_workers(seeds, None, "dask") is None
    assert commands._start_workers([tmp_path], None, "local") is None  # nothing to load
    many = tmp_path / "many"
    many.mkdir()
    for i in range(pool.AUTO_POOL_FILES):
        (many / f"{i}.txt").write_text("Moscow said so.\n", encoding="utf-8")
    assert commands._start_workers([many], None, "local") is None  # the usual pool of every CPU
    monkeypatch.setattr(pool, "default_workers", lambda: 1)
    assert commands._start_workers(seeds, None, "local") is None  # one CPU


def test_no_early_worker_beside_another_thread(monkeypatch) -> None:
    from loaders import commands, pool

    monkeypatch.setattr(pool, "default_workers", lambda: 2)
    monkeypatch.setattr(commands.threading, "active_count", lambda: 2, raising=False)
    assert commands._start_workers([_ROOT / "seeds"], None, "local") is None

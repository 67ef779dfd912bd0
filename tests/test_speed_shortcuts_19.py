"""Shortcuts of speed19 (issue 15) held against what they replace."""

from __future__ import annotations

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

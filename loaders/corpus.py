"""The files a load reads: what `kb load PATH ...` finds under its paths, with manifest entries.

Kept apart from :mod:`loaders.runner` (which needs the database layer) so that `kb load` can
count the files before it imports SQLAlchemy (see :func:`loaders.commands.load`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kb.errors import DocumentError
from kb.ids import content_hash
from loaders.readers.manifest import MANIFEST_NAME, ManifestEntry, load_manifest

CORPUS_SUFFIXES = {".txt", ".md", ".text", ".pdf", ".html", ".htm", ".json"}


@dataclass(frozen=True)
class CorpusFile:
    path: Path
    source_path: str  # relative to the corpus folder it was found in
    entry: ManifestEntry | None


def discover(paths: Sequence[Path]) -> tuple[list[CorpusFile], list[tuple[str, str]], set[Path]]:
    """Corpus files under the given files/folders, with manifest entries; plus path errors."""
    files: list[CorpusFile] = []
    errors: list[tuple[str, str]] = []
    folders: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            folders.add(path)
            try:
                manifest = load_manifest(path)
            except DocumentError as exc:
                errors.append((exc.path, exc.reason))
                manifest = {}
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and child.name != MANIFEST_NAME
                    and (child.suffix.lower() in CORPUS_SUFFIXES or not child.suffix)
                    and not child.name.startswith(".")
                ):
                    rel = child.relative_to(path).as_posix()
                    files.append(CorpusFile(child, rel, manifest.get(rel)))
        elif path.is_file():
            try:
                manifest = load_manifest(path.parent)
            except DocumentError:
                manifest = {}
            files.append(CorpusFile(path, path.name, manifest.get(path.name)))
        else:
            errors.append((str(path), "no such file or folder"))
    return files, errors, folders


def load_key(data: bytes, entry: ManifestEntry | None) -> str:
    """The stored `content_hash` of a file: SHA-256 of its bytes, mixed with its manifest
    entry when it has one, so that editing what the manifest says of a file (its publisher,
    authors, kind…) re-extracts that file on the next load like an edit of the file itself."""
    if entry is None:
        return content_hash(data)
    digest = hashlib.sha256(data)
    digest.update(b"\0manifest\0")
    digest.update(json.dumps(dataclasses.asdict(entry), sort_keys=True, default=str).encode())
    return digest.hexdigest()

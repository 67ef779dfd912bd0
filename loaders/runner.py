"""The load runner: one error boundary per file, so a bad file fails alone.

For each file: read bytes, skip it when its content hash and the extractor version match
what is stored, otherwise parse, extract and replace its documents in one transaction. A
failure rolls that file back, is recorded with its path and reason, and the run goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlmodel import Session

from kb.db import upgrade
from kb.errors import DocumentError
from kb.ids import content_hash, make_id
from kb.locks import load_lock
from kb.models import Document, LoadRun
from loaders import store
from loaders.claims.duplicates import mark_duplicate_claims
from loaders.dedupe import relink_same_as
from loaders.pipeline import extract, extractor_version
from loaders.readers import read_file
from loaders.readers.manifest import MANIFEST_NAME, ManifestEntry, load_manifest

CORPUS_SUFFIXES = {".txt", ".md", ".text"}


@dataclass(frozen=True)
class CorpusFile:
    path: Path
    source_path: str  # relative to the corpus folder it was found in
    entry: ManifestEntry | None


@dataclass
class LoadSummary:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    pruned: list[str] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed


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


def _load_one(engine: Engine, f: CorpusFile, version: str, load_id: str) -> str:
    """Load one file in its own transaction; returns 'added', 'updated' or 'unchanged'."""
    try:
        data = f.path.read_bytes()
    except OSError as exc:
        raise DocumentError(str(f.path), f"cannot read file: {exc.strerror}") from exc
    digest = content_hash(data)
    with Session(engine) as session:
        stored = store.stored_versions(session, f.source_path)
    if stored == {(digest, version)}:
        return "unchanged"
    drafts = read_file(data, f.source_path, f.entry)
    extractions = [extract(d) for d in drafts]
    with Session(engine) as session, session.begin():
        store.replace_file(
            session,
            f.source_path,
            extractions,
            content_hash=digest,
            version=version,
            load_id=load_id,
        )
    return "updated" if stored else "added"


def load_paths(
    engine: Engine,
    paths: Sequence[Path],
    *,
    prune: bool = False,
    on_file: Callable[[CorpusFile | None, int], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> LoadSummary:
    """Load or refresh the corpus files under `paths` (see `kb load`)."""
    upgrade(engine)
    summary = LoadSummary()
    version = extractor_version()
    load_id = make_id(datetime.now(UTC).isoformat(), prefix="load")
    files, errors, folders = discover(paths)
    summary.failed.extend(errors)
    with load_lock(engine):
        with Session(engine) as session, session.begin():
            session.add(
                LoadRun(id=load_id, started_at=datetime.now(UTC), extractor_version=version)
            )
        if on_start:
            on_start(len(files))
        for f in files:
            if on_file:
                on_file(f, 0)
            try:
                outcome = _load_one(engine, f, version, load_id)
            except DocumentError as exc:
                summary.failed.append((str(f.path), exc.reason))
            except Exception as exc:  # the error boundary: this file fails, the run goes on
                reason = _one_line(exc)
                summary.failed.append((str(f.path), reason))
            else:
                getattr(summary, outcome).append(f.source_path)
            if on_file:
                on_file(f, 1)
        with Session(engine) as session, session.begin():
            if prune:
                summary.pruned = _prune(session, files, folders)
            store.prune_orphan_entities(session)
            relink_same_as(session)
            mark_duplicate_claims(session)
            summary.totals = store.count_rows(session)
            run = session.get(LoadRun, load_id)
            if run is not None:
                run.finished_at = datetime.now(UTC)
                run.summary = {
                    "added": len(summary.added),
                    "updated": len(summary.updated),
                    "unchanged": len(summary.unchanged),
                    "failed": len(summary.failed),
                    **summary.totals,
                }
    return summary


def _prune(session: Session, files: Iterable[CorpusFile], folders: set[Path]) -> list[str]:
    present = {f.source_path for f in files}
    stored = set(session.scalars(select(Document.source_path).distinct()).all())
    gone = sorted(stored - present) if folders else []
    for source_path in gone:
        store.delete_file(session, source_path)
    return gone


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:300]

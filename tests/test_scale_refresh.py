"""The cheap refresh: an unchanged corpus skips the cross-document steps, unless a run died.

The steps after the files (orphan entities, sameAs links, duplicate claims) depend only
on the stored documents, so when no file was added, updated or pruned and the last run
finished, they are skipped. A run killed after writing documents leaves them newer than
the last finished run: the next load, even with every file unchanged, redoes the steps.
An orphan entity (what a replaced document can leave behind) shows which case ran.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, update
from sqlmodel import Session

from kb.models import Entity, LoadRun
from loaders.runner import load_paths


def _add_orphan(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        session.add(Entity(id="e-orphan", type="ACTOR", name="Nobody", name_key="nobody"))


def _has_orphan(engine: Engine) -> bool:
    with Session(engine) as session:
        return session.get(Entity, "e-orphan") is not None


def test_unchanged_refresh_skips_cross_document_steps(
    empty_engine: Engine, corpus_copy: Callable[[], Path]
) -> None:
    corpus = corpus_copy()
    assert load_paths(empty_engine, [corpus]).ok
    _add_orphan(empty_engine)
    summary = load_paths(empty_engine, [corpus])
    assert len(summary.unchanged) == 5
    assert _has_orphan(empty_engine)  # nothing changed: the steps were skipped


def test_a_run_that_died_before_the_cross_document_steps_is_completed_by_the_next(
    empty_engine: Engine, corpus_copy: Callable[[], Path]
) -> None:
    corpus = corpus_copy()
    assert load_paths(empty_engine, [corpus]).ok
    _add_orphan(empty_engine)
    with Session(empty_engine) as session, session.begin():  # as if killed before finishing
        session.execute(update(LoadRun).values(finished_at=None))
    summary = load_paths(empty_engine, [corpus])
    assert len(summary.unchanged) == 5
    assert not _has_orphan(empty_engine)  # the interrupted run's steps were redone


def test_a_changed_file_reruns_the_cross_document_steps(
    empty_engine: Engine, corpus_copy: Callable[[], Path]
) -> None:
    corpus = corpus_copy()
    assert load_paths(empty_engine, [corpus]).ok
    _add_orphan(empty_engine)
    article = corpus / "004_119b34da1581264a.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\n\nOne more line.\n", "utf-8")
    summary = load_paths(empty_engine, [corpus])
    assert summary.updated == [article.name]
    assert not _has_orphan(empty_engine)

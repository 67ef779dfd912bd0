"""`kb load` end to end: idempotence, atomic replace, prune, bad files failing alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, func
from sqlmodel import Session, select

from kb.models import Document, Passage
from loaders.runner import load_paths


def _snapshot(engine: Engine) -> dict[str, tuple]:
    with Session(engine) as s:
        rows = s.execute(
            select(Document.id, Document.content_hash, Document.load_id, Document.loaded_at)
        ).all()
    return {r[0]: tuple(r[1:]) for r in rows}


def test_reload_of_unchanged_corpus_writes_nothing(
    empty_engine: Engine, corpus_copy: Callable[[], Path]
) -> None:
    corpus = corpus_copy()
    first = load_paths(empty_engine, [corpus])
    assert first.ok and len(first.added) == 5
    before = _snapshot(empty_engine)
    second = load_paths(empty_engine, [corpus])
    assert second.ok and len(second.unchanged) == 5 and not second.added and not second.updated
    assert _snapshot(empty_engine) == before


def test_editing_one_file_replaces_exactly_that_document(
    empty_engine: Engine, corpus_copy: Callable[[], Path]
) -> None:
    corpus = corpus_copy()
    load_paths(empty_engine, [corpus])
    before = _snapshot(empty_engine)
    article = corpus / "004_119b34da1581264a.txt"
    article.write_text(
        article.read_text(encoding="utf-8") + "\n\nA new closing paragraph about trade.\n",
        encoding="utf-8",
    )
    summary = load_paths(empty_engine, [corpus])
    assert summary.updated == ["004_119b34da1581264a.txt"]
    after = _snapshot(empty_engine)
    changed = {k for k in after if after[k] != before.get(k)}
    with Session(empty_engine) as s:
        doc = s.exec(select(Document).where(Document.source_path == article.name)).one()
        assert "A new closing paragraph about trade." in doc.text
    assert changed == {doc.id}


def test_editing_a_files_manifest_entry_re_extracts_that_file_alone(
    empty_engine: Engine, corpus_copy: Callable[[], Path]
) -> None:
    corpus = corpus_copy()
    load_paths(empty_engine, [corpus])
    manifest = corpus / "manifest.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace(
            'kind = "REPORT"', 'kind = "REPORT"\npublished_on = 2023-10-01'
        ),
        encoding="utf-8",
    )
    summary = load_paths(empty_engine, [corpus])
    assert summary.updated == ["003_a68d32ec9af499bf.txt"]
    assert len(summary.unchanged) == 4
    with Session(empty_engine) as s:
        report = s.exec(
            select(Document).where(Document.source_path == "003_a68d32ec9af499bf.txt")
        ).one()
    assert str(report.published_on) == "2023-10-01"
    again = load_paths(empty_engine, [corpus])
    assert len(again.unchanged) == 5 and not again.updated


def test_bad_files_fail_alone_and_store_nothing(
    empty_engine: Engine, corpus_copy: Callable[[], Path]
) -> None:
    corpus = corpus_copy()
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (corpus / "latin1.txt").write_bytes("Caf\xe9 na\xefve r\xe9sum\xe9".encode("latin-1"))
    summary = load_paths(empty_engine, [corpus])
    failed = dict(summary.failed)
    assert len(summary.added) == 5
    assert set(map(lambda p: Path(p).name, failed)) == {"empty.txt", "binary.txt", "latin1.txt"}
    assert "empty" in failed[str(corpus / "empty.txt")]
    assert "binary" in failed[str(corpus / "binary.txt")]
    assert "UTF-8" in failed[str(corpus / "latin1.txt")]
    with Session(empty_engine) as s:
        paths = set(s.scalars(select(Document.source_path)).all())
    assert paths == {f.name for f in corpus.glob("0*.txt")}


def test_prune_removes_documents_whose_files_are_gone(
    empty_engine: Engine, corpus_copy: Callable[[], Path]
) -> None:
    corpus = corpus_copy()
    load_paths(empty_engine, [corpus])
    (corpus / "004_119b34da1581264a.txt").unlink()
    kept = load_paths(empty_engine, [corpus])
    with Session(empty_engine) as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(Document)
                .where(Document.source_path == "004_119b34da1581264a.txt")
            )
            == 1
        )
    assert kept.pruned == []
    pruned = load_paths(empty_engine, [corpus], prune=True)
    assert pruned.pruned == ["004_119b34da1581264a.txt"]
    with Session(empty_engine) as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(Document)
                .where(Document.source_path == "004_119b34da1581264a.txt")
            )
            == 0
        )
        # derived rows went with it
        assert (
            s.scalar(
                select(func.count())
                .select_from(Passage)
                .where(Passage.document_id.not_in(select(Document.id)))
            )
            == 0
        )


def test_offsets_always_index_the_document_text(seeded_engine: Engine) -> None:
    with Session(seeded_engine) as s:
        docs = {d.id: d.text for d in s.exec(select(Document)).all()}
        passages = s.exec(select(Passage)).all()
    assert passages
    for p in passages:
        assert docs[p.document_id][p.start : p.end] == p.text

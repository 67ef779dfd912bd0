"""Bad files through `load_paths`: each fails alone, named, with nothing of it stored.

A corpus mixes the seed article with random, truncated, binary and adversarial files;
the hypothesis case draws random bytes into a real SQLite load. A short time limit keeps
the run bounded (100 000 digits or a 200 000-letter line took the pipeline minutes when this was
written: such files fail with a time-out reason, alone). The big files go through the worker
pool (`slow`).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select
from sqlmodel import Session

from kb.db import create_db_engine
from kb.models import Document
from loaders.runner import load_paths

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ARTICLE = "004_119b34da1581264a.txt"
REPORT = "003_a68d32ec9af499bf.txt"


def _bad_files() -> dict[str, bytes]:
    rng = random.Random(7)
    report = (SEEDS / REPORT).read_bytes()
    return {
        "random.txt": bytes(rng.randrange(256) for _ in range(5000)),
        "nul.txt": b"text\x00more text" * 100,
        "cut_utf8.txt": "Москва и Пекин".encode()[:-1],
        "empty.txt": b"   \n\n",
        "truncated_report.txt": report[: len(report) // 3],
        "digits.txt": b"9" * 20_000,
        "quotes.txt": ("\u201c" * 5_000 + "x" + "\u201d" * 5_000).encode(),
        "parens.txt": b"(" * 20_000,
        "tokens.txt": b"Russia " * 2_000,
        "long_line.txt": b"1/ " + b"a" * 20_000,
    }


def _stored_paths(engine: Engine) -> set[str]:
    with Session(engine) as session:
        return set(session.scalars(select(Document.source_path)).all())


def _check(engine: Engine, corpus: Path, names: set[str], **kwargs) -> None:
    summary = load_paths(engine, [corpus], **kwargs)
    failed = {Path(path).name: reason for path, reason in summary.failed}
    loaded = set(summary.added)
    assert ARTICLE in loaded
    assert set(failed) | loaded == names | {ARTICLE}
    for name, reason in failed.items():
        assert reason.strip() and "\n" not in reason and len(reason) <= 300, (name, reason)
    assert _stored_paths(engine) == loaded


def test_bad_files_fail_alone_with_one_line_reasons(empty_engine: Engine, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / ARTICLE).write_bytes((SEEDS / ARTICLE).read_bytes())
    bad = _bad_files()
    for name, data in bad.items():
        (corpus / name).write_bytes(data)
    _check(empty_engine, corpus, set(bad), workers=1, timeout=5)


@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.binary(min_size=1, max_size=2048))
def test_random_bytes_beside_a_good_file(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    tmp = tmp_path_factory.mktemp("fuzzload")
    corpus = tmp / "corpus"
    corpus.mkdir()
    (corpus / ARTICLE).write_bytes((SEEDS / ARTICLE).read_bytes())
    (corpus / "fuzz.txt").write_bytes(data)
    engine = create_db_engine(f"sqlite:///{tmp / 'kb.sqlite'}")
    try:
        _check(engine, corpus, {"fuzz.txt"}, workers=1, timeout=5)
    finally:
        engine.dispose()


@pytest.mark.slow
def test_huge_files_fail_alone_within_the_time_limit(empty_engine: Engine, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / ARTICLE).write_bytes((SEEDS / ARTICLE).read_bytes())
    report = (SEEDS / REPORT).read_bytes()
    huge = {
        "fifty_mb.txt": (report + b"\n\n") * (50 * 2**20 // len(report) + 1),
        "million_digits.txt": b"9" * 1_000_000,
        "million_quotes.txt": ("\u201c" * 500_000 + "\u201d" * 500_000).encode(),
        "million_parens.txt": b"(" * 1_000_000,
        "many_tokens.txt": b"Russia " * 200_000,
        "long_line.txt": b"1/ " + b"a" * 1_000_000,
    }
    for name, data in huge.items():
        (corpus / name).write_bytes(data)
    _check(empty_engine, corpus, set(huge), workers=2, timeout=20)

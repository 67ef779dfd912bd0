"""Shortcuts of speed20 (issue 15) held against what they replace: the warm-up's answers kept
on disk are the answers computed again, and a damaged or stale file is not used."""

from __future__ import annotations

import importlib
import io
import json
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from loaders import leading, prefilter, regex_cache
from loaders.entities import kept_indexes

_ROOT = Path(__file__).resolve().parent.parent

# Every pattern a rule module holds at import, as the process built it (a gated one with
# the literals its gate looks for), and the four indexes' digests, with the state of both
# caches: a process that takes them from the files must print what one that builds them does.
_BUILD = r"""
import hashlib, importlib, json, pickle, pkgutil, re, sys
import loaders
from loaders import regex_cache
from loaders.entities import kept_indexes
from loaders.pipeline import default_components, load_engines
from loaders.prefilter import Gated
from loaders.worker import build_indexes

load_engines(default_components())
build_indexes()
with regex_cache.kept():
    modules = [importlib.import_module(i.name)
               for i in pkgutil.walk_packages(loaders.__path__, "loaders.")]
found = []
for module in modules:
    for name, value in sorted(vars(module).items()):
        if isinstance(value, Gated):
            found.append([module.__name__, name, value.pattern_object.pattern,
                          value.pattern_object.flags, sorted(value.literals)])
        elif isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            found.append([module.__name__, name, value.pattern, value.flags, None])
def canonical(value):  # sets in sorted order (a set pickles in this process's hash order)
    if isinstance(value, (set, frozenset)):
        return (type(value).__name__, sorted(value))
    if isinstance(value, tuple):
        return tuple(canonical(v) for v in value)
    return value
indexes = {k: hashlib.sha256(pickle.dumps(canonical(v), 5)).hexdigest()
           for k, v in kept_indexes.built().items()}
print(json.dumps({
    "patterns": found, "indexes": indexes, "from_file": kept_indexes.kept() is not None
}))
"""


def _build(cache: Path, *, off: bool = False) -> dict:
    env = {**os.environ, "KB_CACHE_DIR": str(cache), "PYTHONPATH": str(_ROOT)}
    if off:
        env["KB_REGEX_CACHE"] = "0"
    done = subprocess.run([sys.executable, "-c", _BUILD], capture_output=True, text=True,
                          cwd=_ROOT, env=env, check=True)  # fmt: skip
    return json.loads(done.stdout)


def test_a_process_built_from_the_kept_files_holds_what_one_that_builds_holds(
    tmp_path: Path,
) -> None:
    off = _build(tmp_path / "off", off=True)
    assert not off["from_file"] and not (tmp_path / "off").exists()
    cold = _build(tmp_path / "cache")
    assert not cold["from_file"]
    files = {p.name.split("-")[0]: p for p in (tmp_path / "cache").iterdir()}
    assert set(files) == {"regex", "analyses", "indexes"}  # written by the cold process
    ours = ("analyses", "indexes")
    written = {name: (files[name].stat().st_mtime_ns, files[name].read_bytes()) for name in ours}
    warm = _build(tmp_path / "cache")
    assert warm["from_file"]
    # nothing new to keep: every answer and index came from the files
    assert {n: (files[n].stat().st_mtime_ns, files[n].read_bytes()) for n in ours} == written
    assert len(off["patterns"]) > 500 and sum(p[4] is not None for p in off["patterns"]) > 60
    assert sum(p[2].startswith("(?=[") for p in off["patterns"]) > 10  # `led`'s
    assert warm["patterns"] == cold["patterns"] == off["patterns"]
    assert warm["indexes"] == cold["indexes"] == off["indexes"]


def test_the_kept_indexes_are_the_built_ones() -> None:
    """In this process (built or kept, whichever it found): each index equals its build."""
    from loaders.entities import lexicon

    registry = importlib.import_module("loaders.entities.registry")  # (the package's
    # `registry` is the function)
    built = kept_indexes.built()
    reg = registry.build_registry()
    assert built["registry"] == reg
    assert built["trie"] == registry.build_phrase_trie(reg)
    assert built["names"] == lexicon.build_name_lists()
    assert built["common_words"] == lexicon.CommonWords.blocks_of(lexicon.read_common_words())


def test_common_words_answer_as_their_set(monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    from loaders.entities import lexicon
    from loaders.pipeline import extract
    from loaders.readers import read_file
    from loaders.readers.manifest import load_manifest

    words = lexicon.read_common_words()
    kept = lexicon.CommonWords(lexicon.CommonWords.blocks_of(words))
    assert all(w in kept for w in words)
    rnd = random.Random(20)
    sample = rnd.sample(sorted(words), 3000)
    others = [w + x for w in sample for x in ("s", "ed", "x")] + [w[:-1] for w in sample]
    others += [w.upper() for w in sample] + [w.capitalize() for w in sample]
    others += ["", "a", "ab", "abc", "\n", "a\nb", "abc\nabd", " abc", "abc ", "café", "ǆ"]
    others += ["".join(rnd.choice("abcdeilnorst-'") for _ in range(rnd.randint(1, 9)))
               for _ in range(20000)]  # fmt: skip
    assert sum(w in words for w in others) > 1000  # both answers seen
    for w in others:
        assert (w in kept) == (w in words), w
    assert 1 not in kept and None not in kept
    # every string the seeds' extraction looks up
    seen: list[str] = []

    class Spy:
        def __contains__(self, word: str) -> bool:
            seen.append(word)
            return word in words

    monkeypatch.setattr(lexicon, "_common_words", Spy)
    seeds = _ROOT / "seeds"
    manifest = load_manifest(seeds)
    for path in sorted(seeds.glob("*.txt")):
        for draft in read_file(path.read_bytes(), path.name, manifest.get(path.name)):
            extract(draft)
    assert len(seen) > 100 and all((w in kept) == (w in words) for w in seen)


def test_analyses_are_remembered_only_inside_kept(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KB_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_state", [])
    calls: list[str] = []

    def compute() -> str:
        calls.append("x")
        return "0-9"

    args = ("first", "v1", r"\d+", 0)
    assert regex_cache.remembered(*args, compute, leading._str_or_none) == "0-9"
    with regex_cache.kept():
        assert regex_cache.remembered(*args, compute, leading._str_or_none) == "0-9"
    assert calls == ["x", "x"] and regex_cache.analyses_path().exists()
    regex_cache._state.clear()  # as a new process
    with regex_cache.kept():
        assert regex_cache.remembered(*args, compute, leading._str_or_none) == "0-9"
        # another version of the code: computed again
        assert regex_cache.remembered("first", "v2", r"\d+", 0, compute, leading._str_or_none)
    assert calls == ["x", "x", "x"]


def test_a_damaged_analyses_file_or_answer_is_not_used(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KB_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_state", [])
    rx = re.compile(r"(?<!\w)(?:according to|per)\s+\w+", re.I)
    path = regex_cache.analyses_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not marshal data")
    with regex_cache.kept():
        gated = prefilter.gated(rx)
    assert isinstance(gated, prefilter.Gated)
    assert gated.literals == prefilter._minimal(prefilter.required_literals(rx) or frozenset())
    regex_cache._state.clear()
    import marshal

    key = ("gate", prefilter._VERSION, rx.pattern, int(rx.flags))
    path.write_bytes(marshal.dumps({key: frozenset({("x", 1)})}))  # not (str, bool) pairs
    with regex_cache.kept():
        again = prefilter.gated(rx)
    assert isinstance(again, prefilter.Gated) and again.literals == gated.literals


def test_led_and_first_chars_answer_as_before() -> None:
    """`led` reads its look-ahead from `lead_chars` (kept or not) as it computed it inline."""
    patterns = [
        re.compile(r"(?<![\w-])(?:first|second|third)\s+quarter", re.I),
        re.compile(r"\b(?:million|billion|trillion)\b"),
        re.compile(r"(?<=\s)(?:[0-9]+|one|two)\b"),
        re.compile(r"Moscow|Beijing"),
        re.compile(r"\w+ said"),
        re.compile(r"(?:from\s+)?\d+"),
        re.compile(r"(?i)(?<!x)abc"),
    ]
    for rx in patterns:
        chars = leading.lead_chars(rx)
        got = leading.led(rx)
        if chars is None:
            assert got is rx
        else:
            assert got.pattern == f"(?=[{chars}])(?:{rx.pattern})" and got.flags == rx.flags
            assert chars == leading._first_chars(rx.pattern, rx.flags)
        assert leading.first_chars(rx.pattern, rx.flags) == leading._first_chars(
            rx.pattern, rx.flags
        )


@pytest.fixture
def index_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KB_CACHE_DIR", str(tmp_path))
    kept_indexes.kept.cache_clear()
    yield kept_indexes.cache_path(kept_indexes.input_key())
    kept_indexes.kept.cache_clear()


def test_the_indexes_file_is_used_only_for_its_inputs(index_cache: Path) -> None:
    assert kept_indexes.kept() is None  # no file
    kept_indexes.save()
    assert index_cache.exists()
    kept_indexes.kept.cache_clear()
    found = kept_indexes.kept()
    assert found is not None and found["registry"] == kept_indexes.built()["registry"]
    key, _, payload = index_cache.read_bytes().partition(b"\n")
    assert key == kept_indexes.input_key()
    index_cache.write_bytes(b"0" * 64 + b"\n" + payload)  # another registry, another key
    kept_indexes.kept.cache_clear()
    assert kept_indexes.kept() is None
    kept_indexes.kept.cache_clear()
    kept_indexes.save()  # written again for these inputs
    kept_indexes.kept.cache_clear()
    assert kept_indexes.kept() is not None


def test_a_damaged_or_foreign_indexes_file_is_not_used(index_cache: Path) -> None:
    key = kept_indexes.input_key()
    index_cache.parent.mkdir(parents=True, exist_ok=True)
    index_cache.write_bytes(key + b"\nnot a pickle")
    assert kept_indexes.kept() is None
    kept_indexes.kept.cache_clear()
    foreign = pickle.dumps({name: io.StringIO() for name in kept_indexes.NAMES})
    index_cache.write_bytes(key + b"\n" + foreign)  # a class the indexes never hold
    assert kept_indexes.kept() is None
    kept_indexes.kept.cache_clear()
    index_cache.write_bytes(key + b"\n" + pickle.dumps({"registry": 1}))  # not the four
    assert kept_indexes.kept() is None


# -- a small load's files queued with its worker before the database is open --------------


def test_files_are_queued_early_only_into_a_sqlite_file_not_created_yet() -> None:
    from loaders.commands import _fresh_sqlite

    missing = _ROOT / "no-such-dir" / "x.sqlite"
    assert _fresh_sqlite(f"sqlite:///{missing}")
    assert _fresh_sqlite(f"sqlite:///{missing}?timeout=5")
    assert not _fresh_sqlite(f"sqlite:///{_ROOT / 'pyproject.toml'}")  # a file with content
    assert not _fresh_sqlite("sqlite://")  # in memory
    assert not _fresh_sqlite("sqlite:///:memory:")
    assert not _fresh_sqlite("sqlite+pysqlite:///x.sqlite")  # not read here: not early
    assert not _fresh_sqlite("postgresql+psycopg://u@h/db")
    assert not _fresh_sqlite("sqlite:///a%20b.sqlite")  # escaped: not read here


def test_the_started_worker_gets_every_file_of_a_new_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from loaders import commands, pool

    seeds = [_ROOT / "seeds"]
    monkeypatch.setattr(commands.threading, "active_count", lambda: 1, raising=False)
    monkeypatch.setattr(pool, "default_workers", lambda: 2)
    db = tmp_path / "kb.sqlite"
    monkeypatch.setenv("KB_DATABASE_URL", f"sqlite:///{db}")
    monkeypatch.setenv("KB_DOCUMENT_TIMEOUT", "77")
    started = commands._start_workers(seeds, None, "local")
    assert started is not None
    try:
        names = sorted(p.name for p in seeds[0].glob("*.txt"))
        assert sorted(started.early) == names and started.timeout == 77
        from loaders.corpus import load_key

        for name, job in started.early.items():
            assert job.context == load_key((seeds[0] / name).read_bytes(), job.entry)
            assert isinstance(job.data, list) and job.data  # its drafts, read here
    finally:
        started.close()
    db.write_bytes(b"SQLite format 3\0")  # an existing database: checked first, as before
    started = commands._start_workers(seeds, None, "local")
    assert started is not None
    try:
        assert started.early == {}
    finally:
        started.close()


def test_early_outcomes_of_unchanged_or_unlisted_files_are_dropped(databases, corpus_copy) -> None:
    """A refresh whose files were all queued early (one edited, four unchanged, one queued
    but not listed) stores what the same refresh stores without them."""
    from loaders.commands import _submit_early
    from loaders.corpus import discover
    from loaders.export import export_digest
    from loaders.pool import ExtractPool, Job
    from loaders.runner import load_paths

    corpus = corpus_copy()
    early, plain = databases.engine("sqlite"), databases.engine("sqlite")
    for engine in (early, plain):
        assert len(load_paths(engine, [corpus], workers=1).added) == 5
    edited = sorted(corpus.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMoscow said so.\n", "utf-8")
    started = ExtractPool.started(1)
    _submit_early(started, discover([corpus])[0])
    assert len(started.early) == 5
    started.submit_early(Job(b"Gone.", "gone.txt", None, context="0" * 64))  # not listed
    summary = load_paths(early, [corpus], started=started)
    assert summary.ok, summary.failed
    assert summary.updated == [edited.name] and len(summary.unchanged) == 4
    assert not summary.added and started.early == {}
    assert load_paths(plain, [corpus], workers=1).updated == [edited.name]
    assert export_digest(early) == export_digest(plain)


def test_a_load_starts_its_worker_before_typer_reads_the_command_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from loaders import commands

    calls: list[tuple] = []

    class Pool:
        def close(self) -> None:
            calls.append(("closed", self))

    def start(targets, workers, engine):
        calls.append((tuple(targets), workers, engine))
        return Pool()

    monkeypatch.setattr(commands, "_start_workers", start)
    monkeypatch.setattr(commands, "_EARLY", {})
    for argv in (["serve"], ["load", "--workers", "1"], ["load", "seeds", "--prune"],
                 ["load", "-h"], []):  # fmt: skip
        commands._start_early(argv)
    assert calls == [] and commands._EARLY == {}
    commands._start_early(["load"])
    commands._start_early(["load", "seeds/a.txt", "other"])
    assert calls == [
        ((Path("seeds"),), None, "local"),
        ((Path("seeds/a.txt"), Path("other")), None, "local"),
    ]
    assert set(commands._EARLY) == {(Path("seeds"),), (Path("seeds/a.txt"), Path("other"))}


def test_the_load_command_takes_the_worker_started_for_its_targets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from loaders import commands

    seen: list = []

    class Pool:
        closed = False

        def close(self) -> None:
            self.closed = True

    early, other = Pool(), Pool()
    monkeypatch.setattr(commands, "_EARLY", {(Path("seeds"),): early, (Path("x"),): other})
    monkeypatch.setattr(commands, "_start_workers", lambda *a: seen.append(a))
    monkeypatch.setattr(commands, "_load", lambda *a: seen.append(a[-1]))
    commands.load(paths=None)
    assert seen == [early] and early.closed and other.closed and commands._EARLY == {}
    seen.clear()
    monkeypatch.setattr(commands, "_EARLY", {(Path("seeds"),): early})
    commands.load(paths=None, workers=2)  # --workers given: its own pool, as before
    assert seen[0] == ([Path("seeds")], 2, "local")


def test_sorted_distinct_is_numpys_unique() -> None:
    import numpy as np

    from loaders.dedupe import sorted_distinct

    rng = np.random.default_rng(20)
    for n in (0, 1, 2, 3, 10, 1000, 50_000):
        for high in (1, 3, max(1, n // 3), 2**63):
            keys = rng.integers(0, high, size=n, dtype=np.uint64)
            got, want = sorted_distinct(keys), np.unique(keys)
            assert got.dtype == want.dtype and np.array_equal(got, want)
    keys = np.array([5, 5, 1], dtype=np.uint64)
    sorted_distinct(keys)
    assert keys.tolist() == [5, 5, 1]  # the caller's array is left as it was


def test_drafts_read_before_extract_as_the_bytes_do() -> None:
    from loaders.readers import read_file
    from loaders.readers.manifest import load_manifest
    from loaders.worker import extract_file

    seeds = _ROOT / "seeds"
    manifest = load_manifest(seeds)
    for path in sorted(seeds.glob("*.txt")):
        data, entry = path.read_bytes(), manifest.get(path.name)
        drafts = read_file(data, path.name, entry)
        assert extract_file(drafts, path.name, entry, None) == extract_file(
            data, path.name, entry, None
        )


def test_a_file_that_fails_to_read_early_goes_as_bytes(tmp_path: Path) -> None:
    from loaders.commands import _submit_early
    from loaders.corpus import discover
    from loaders.worker import extract_file

    (tmp_path / "a.txt").write_text("Moscow said so on Monday.\n", encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4 not really a PDF")
    (tmp_path / "c.txt").write_bytes(b"")

    class Pool:
        timeout = None

        def __init__(self) -> None:
            self.early: dict = {}

        def submit_early(self, job) -> None:
            self.early[job.source_path] = job

    pool = Pool()
    _submit_early(pool, discover([tmp_path])[0])  # type: ignore[arg-type]
    jobs = pool.early
    assert isinstance(jobs["a.txt"].data, list)
    for name in ("b.pdf", "c.txt"):
        data = (tmp_path / name).read_bytes()
        assert jobs[name].data == data  # failed here: the worker reads it again
        status, reason = extract_file(data, name, None, None)
        assert status == "failed" and reason


def test_shingle_keys_computed_ahead_give_the_same_links(databases) -> None:
    import numpy as np
    from sqlmodel import Session, select

    from kb.models import Document, DocumentLink
    from loaders import dedupe
    from loaders.runner import load_paths

    engine = databases.engine("sqlite")
    assert load_paths(engine, [_ROOT / "seeds"], workers=1).ok

    def links() -> list[tuple]:
        with Session(engine) as session:
            rows = session.exec(select(DocumentLink)).all()
            return sorted((r.document_id, r.other_id, r.containment) for r in rows)

    before = links()
    with Session(engine) as session:
        texts = list(session.exec(select(Document.text)).all())
    dedupe.keys_ahead([*texts, "A text stored nowhere, said Moscow on Monday."])
    for text in texts:
        assert np.array_equal(dedupe._AHEAD[text], dedupe.shingle_keys(text, {}))
    with Session(engine) as session, session.begin():
        dedupe.relink_same_as(session)
    assert dedupe._AHEAD == {}  # taken or forgotten
    assert links() == before


def test_the_index_files_of_other_inputs_are_kept_a_while(
    index_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = index_cache.parent
    folder.mkdir(parents=True, exist_ok=True)
    others = [folder / f"indexes-1-cpython3117-{i:016x}.pickle" for i in range(6)]
    for i, path in enumerate(others):
        path.write_bytes(b"x")
        os.utime(path, ns=(i * 10**9, i * 10**9))  # older than the one saved now
    kept_indexes.save()
    left = sorted(folder.glob("indexes-*.pickle"))
    assert index_cache in left and len(left) == kept_indexes.KEEP_FILES
    assert set(left) - {index_cache} == set(others[-(kept_indexes.KEEP_FILES - 1) :])

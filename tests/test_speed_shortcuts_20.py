"""Shortcuts of speed20 (issue 15) held against what they replace: the warm-up's answers kept
on disk are the answers computed again, and a damaged or stale file is not used."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from loaders import leading, prefilter, regex_cache

_ROOT = Path(__file__).resolve().parent.parent

# Every pattern a rule module holds at import, as the process built it (a gated one with
# the literals its gate looks for), and the four indexes' digests, with the state of both
# caches: a process that takes them from the files must print what one that builds them does.
_BUILD = r"""
import importlib, json, pkgutil, re
import loaders
from loaders import regex_cache
from loaders.pipeline import default_components, load_engines
from loaders.prefilter import Gated

load_engines(default_components())
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
print(json.dumps({"patterns": found}))
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
    assert not (tmp_path / "off").exists()
    cold = _build(tmp_path / "cache")
    files = {p.name.split("-")[0]: p for p in (tmp_path / "cache").iterdir()}
    assert set(files) == {"regex", "analyses"}  # written by the cold process
    ours = ("analyses",)
    written = {name: (files[name].stat().st_mtime_ns, files[name].read_bytes()) for name in ours}
    warm = _build(tmp_path / "cache")
    # nothing new to keep: every answer came from the file
    assert {n: (files[n].stat().st_mtime_ns, files[n].read_bytes()) for n in ours} == written
    assert len(off["patterns"]) > 500 and sum(p[4] is not None for p in off["patterns"]) > 60
    assert sum(p[2].startswith("(?=[") for p in off["patterns"]) > 10  # `led`'s
    assert warm["patterns"] == cold["patterns"] == off["patterns"]


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

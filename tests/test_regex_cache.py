"""Patterns built from the kept compile are the patterns `re` compiles itself."""

from __future__ import annotations

import importlib
import marshal
import pkgutil
import re
import uuid
from pathlib import Path

import pytest

import loaders
from loaders import regex_cache
from loaders.prefilter import Gated

pytestmark = pytest.mark.skipif(not regex_cache.supported(), reason="CPython 3.11-3.13 only")


def _rule_patterns() -> list[re.Pattern[str]]:
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(loaders.__path__, "loaders."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            pattern = value.pattern_object if isinstance(value, Gated) else value
            if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str):
                found[(pattern.pattern, pattern.flags)] = pattern
    return list(found.values())


def test_every_rule_pattern_is_rebuilt_equal() -> None:
    patterns = _rule_patterns()
    assert len(patterns) > 500
    for pattern in patterns:
        # CPython compares patterns by pattern string, flags and compiled code
        rebuilt = regex_cache._build(
            pattern.pattern, regex_cache._translate(pattern.pattern, pattern.flags)
        )
        assert rebuilt == pattern
        assert rebuilt.groupindex == pattern.groupindex and rebuilt.groups == pattern.groups


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KB_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_state", [])
    return tmp_path


def _fresh(n: int) -> list[str]:  # never in re's own cache, so re compiles them
    tag = uuid.uuid4().hex
    return [rf"(?P<w>\b{tag}{i}\w*)|(?i:x{i})\s+(?=y)" for i in range(n)]


def test_kept_in_one_process_built_from_the_file_in_the_next(cache_dir: Path) -> None:
    sources = _fresh(5)
    with regex_cache.kept():
        first = [re.compile(s) for s in sources]
    assert regex_cache.cache_path().exists()
    regex_cache._state.clear()  # as a new process
    with regex_cache.kept():
        again = [re.compile(s, re.IGNORECASE) for s in sources] + [re.compile(sources[0] + "z")]
        state = regex_cache._state[0]
    assert {(s, 0) for s in sources} <= set(state.known)
    assert again[:5] == [re.compile(s, re.IGNORECASE) for s in sources]  # other flags: new
    assert first == [re.compile(s) for s in sources]
    assert (sources[0] + "z", 0) in state.known


def test_hits_come_from_the_file(cache_dir: Path) -> None:
    sources = _fresh(3)
    with regex_cache.kept():
        [re.compile(s) for s in sources]
    regex_cache._state.clear()
    re.purge()
    with regex_cache.kept():
        state = regex_cache._state[0]
        built = [re.compile(s) for s in sources]
    assert not state.new and {(s, 0) for s in sources} <= state.used
    re.purge()
    assert built == [re.compile(s) for s in sources]  # re's own compile, outside


def test_a_damaged_file_is_ignored(cache_dir: Path) -> None:
    path = regex_cache.cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not marshal data")
    (source,) = _fresh(1)
    with regex_cache.kept():
        assert re.compile(source).pattern == source
    # a valid file whose entry is nonsense: compiled as usual, and the entry replaced
    regex_cache._state.clear()
    re.purge()
    path.write_bytes(marshal.dumps({(source, 0): (0, b"\x01\x02", 0, {}, ())}))
    with regex_cache.kept():
        assert re.compile(source) == regex_cache._build(source, regex_cache._translate(source, 0))


def test_switched_off(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KB_REGEX_CACHE", "0")
    with regex_cache.kept():
        re.compile(_fresh(1)[0])
    assert not regex_cache.cache_path().exists()


def test_threads_leave_re_as_it_was(cache_dir: Path) -> None:
    import threading
    from re import _compiler  # type: ignore[attr-defined]

    before = _compiler.compile
    sources = _fresh(40)

    def work(part: list[str]) -> None:
        for source in part:
            with regex_cache.kept():
                assert re.compile(source).pattern == source
                assert re.compile(source.encode()).pattern == source.encode()  # bytes: re's own

    threads = [threading.Thread(target=work, args=(sources[i::4],)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert _compiler.compile is before
    assert {(s, 0) for s in sources} <= set(regex_cache._state[0].known)


def test_a_str_subclass_pattern_is_compiled_by_re_and_not_kept(cache_dir: Path) -> None:
    """lxml hands out text as a str subclass that some readers compile as a pattern: marshal
    writes no such string, so the whole file failed to save."""

    class Text(str):
        pass

    (source,) = _fresh(1)
    with regex_cache.kept():
        assert re.compile(Text(source)).pattern == source
        plain = re.compile(source + "q")
    assert (source, 0) not in regex_cache._state[0].known
    assert marshal.loads(regex_cache.cache_path().read_bytes())[(source + "q", 0)]
    assert plain.pattern == source + "q"


def test_entries_marshal_cannot_write_leave_the_file_as_it_was(cache_dir: Path) -> None:
    path = regex_cache.cache_path()
    regex_cache._write(path, {("a", 0): (0, b"", 0, {}, ())})
    before = path.read_bytes()
    regex_cache._write(path, {("b", 0): (0, b"", 0, {}, (object(),))})
    assert path.read_bytes() == before

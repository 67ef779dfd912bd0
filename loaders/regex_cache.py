"""Compiled regular expressions kept on disk between `kb load` processes.

The rule modules compile about a thousand regular expressions when they are imported, and
`re` parses and translates every one of them again in every process: about 0.2–0.3 s of
CPU on an idle machine, 0.6 s under load, paid by every `kb load` and every pool worker.
:func:`kept` keeps what `re`'s compiler produces for each (pattern, flags) — the
instruction list that `_sre.compile` turns into a pattern object, its group names and
flags — in one file per Python build, and hands it to `_sre.compile` directly on the next
import: about 0.01 s for all of them.

The pattern objects are the same: CPython compares patterns by their pattern string, flags
and compiled code, and a test checks equality for every rule pattern. This leans on
CPython's private `re._compiler` and `_sre.compile`, so it is used only on the versions it
was written for (3.11–3.13), keyed by interpreter version and `_sre.MAGIC`, and any
unreadable or mismatched file is ignored (`re` compiles as usual). The file lives in
`KB_CACHE_DIR` (default `~/.cache/kb`); `KB_REGEX_CACHE=0` turns the cache off. A file
the process cannot write leaves everything as it was.

:func:`remembered` keeps, in a second file beside it, what the rule modules read off their
patterns' syntax trees at import (the literal text a match needs, `loaders.prefilter`; the
characters it starts with, `loaders.leading`): `re`'s parser run again for about 200
patterns, 0.13 s of a worker's warm-up. Each answer is keyed by the pattern, its flags and
a version of the code that computed it (a hash of that module's source: an edit to the
analysis makes its old answers unused, and they go like unused patterns do).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
import threading
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

try:  # CPython's own modules; the cache does nothing without them
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons
    _sre = None

FORMAT = 1
ANALYSES_FORMAT = 1
_WORD = "I"  # `_sre`'s code words: CODESIZE bytes (4), checked before use
# (pattern, flags) -> (flags with the pattern's inline ones, code, groups, names, index)
# (the code as the bytes of an array of 32-bit words: compact in memory and on disk)
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
# (what, code version, pattern, flags) -> an answer marshal can write (None, str, frozenset…)
Analysis = tuple[str, str, str, int]
T = TypeVar("T")
_MISSING = object()


def supported() -> bool:
    return (
        _sre is not None
        and array(_WORD).itemsize == _sre.CODESIZE
        and sys.implementation.name == "cpython"
        and (3, 11) <= sys.version_info[:2] <= (3, 13)
        and os.environ.get("KB_REGEX_CACHE", "1") != "0"
    )


def cache_path() -> Path:
    root = os.environ.get("KB_CACHE_DIR") or Path.home() / ".cache" / "kb"
    version = "".join(map(str, sys.version_info[:3]))
    name = f"regex-{FORMAT}-cpython{version}-{_sre.MAGIC}-{_sre.CODESIZE}{sys.byteorder}"
    return Path(root) / f"{name}.marshal"


def analyses_path() -> Path:
    regex = cache_path()
    return regex.with_name(regex.name.replace(f"regex-{FORMAT}-", f"analyses-{ANALYSES_FORMAT}-"))


def source_version(module_file: str) -> str:
    """A version of a module's code for :func:`remembered`: a hash of its source file
    ("" when it cannot be read: its answers are then computed every time)."""
    try:
        return hashlib.sha256(Path(module_file).read_bytes()).hexdigest()[:16]
    except OSError:
        return ""


def _read(path: Path) -> dict[Any, Any]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(path: Path, entries: dict[Any, Any]) -> None:
    """Replace the file in one step (a reader sees the old file or the new one); entries
    marshal cannot write leave the file as it was (the cache never fails a load)."""
    try:
        data = marshal.dumps(entries)
    except ValueError:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except OSError:
        return


def _translate(pattern: str, flags: int) -> Entry:
    """What `re._compiler.compile` computes before it calls `_sre.compile`."""
    tree = _parser.parse(pattern, flags)
    code = array(_WORD, _compiler._code(tree, flags)).tobytes()
    names = dict(tree.state.groupdict)
    index: list[str | None] = [None] * tree.state.groups
    for name, i in names.items():
        index[i] = name
    return int(flags | tree.state.flags), code, tree.state.groups - 1, names, tuple(index)


def _build(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, names, index = entry
    words = array(_WORD)
    words.frombytes(code)
    return _sre.compile(pattern, flags, words.tolist(), groups, names, index)  # type: ignore[no-any-return]


class _State:
    """The file's entries (read once per process) and this process's use of them."""

    def __init__(self) -> None:
        self.path = cache_path()
        self.known = _read(self.path)
        self.used: set[tuple[str, int]] = set()
        self.new: dict[tuple[str, int], Entry] = {}
        self.depth = 0  # kept() scopes open in this process, in any thread
        self.lock = threading.Lock()
        self.original = _compiler.compile  # `re`'s own, put back when the last scope closes
        self.analyses_path = analyses_path()
        self.analyses: dict[Analysis, Any] = _read(self.analyses_path)
        self.analyses_used: set[Analysis] = set()
        self.analyses_new = False

    def compile(self, p: Any, flags: int = 0) -> Any:
        if type(p) is not str or flags & re.DEBUG:  # (marshal writes no str subclass:
            return self.original(p, flags)  # lxml's text results compile as patterns)
        key = (p, int(flags))
        entry = self.known.get(key)
        if entry is not None:
            try:
                pattern = _build(p, entry)
            except (TypeError, ValueError, RuntimeError):  # a stale or damaged entry
                pass
            else:
                self.used.add(key)
                return pattern
        entry = _translate(p, int(flags))
        self.new[key] = self.known[key] = entry
        self.used.add(key)
        return _build(p, entry)

    def save(self) -> None:
        """Write the file when this process compiled something new; entries no process
        used lately (patterns since edited) go once they outnumber the used ones."""
        if self.analyses_new:
            if len(self.analyses) > 2 * len(self.analyses_used):
                self.analyses = {k: self.analyses[k] for k in self.analyses_used}
            _write(self.analyses_path, self.analyses)
            self.analyses_new = False
        if not self.new:
            return
        if len(self.known) > 2 * len(self.used):
            self.known = {key: self.known[key] for key in self.used}
        _write(self.path, self.known)
        self.new.clear()


_state: list[_State] = []


@contextmanager
def kept() -> Iterator[None]:
    """While inside, `re` takes the string patterns it compiled in an earlier process from
    the cache file; on leaving, the file gets the ones compiled for the first time."""
    if not supported():
        yield
        return
    if not _state:
        _state.append(_State())  # (two threads may both make one: the first one stays)
    state = _state[0]
    with state.lock:  # (a Dask worker reads documents in several threads)
        if state.depth == 0:
            _compiler.compile = state.compile
        state.depth += 1
    try:
        yield
    finally:
        with state.lock:
            state.depth -= 1
            if state.depth == 0:
                _compiler.compile = state.original
                state.save()


def remembered(
    what: str,
    version: str,
    pattern: str,
    flags: int,
    compute: Callable[[], T],
    valid: Callable[[Any], bool],
) -> T:
    """`compute()`, an analysis of `pattern` compiled with `flags` by code at `version`
    (see :func:`source_version`): inside :func:`kept`, the answer an earlier process kept
    when there is one and `valid` accepts it (and this one is kept for the next);
    elsewhere computed as usual. The answer must be something `marshal` writes (None, str,
    int, tuples, frozensets)."""
    state = _state[0] if _state else None
    if state is None or state.depth == 0 or not version or type(pattern) is not str:
        return compute()
    key = (what, version, pattern, int(flags))
    found = state.analyses.get(key, _MISSING)
    if found is _MISSING or not valid(found):
        found = compute()
        with state.lock:
            state.analyses[key] = found
            state.analyses_new = True
    state.analyses_used.add(key)
    return found  # type: ignore[return-value]

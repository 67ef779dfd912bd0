"""The registry, its trie, the name lists and the common-word list, kept on disk between processes.

Every extracting process builds them before its first document: the registry's entries and
indexes from its JSON files (about 0.08 s), the trie of its written forms (0.03 s) and
Webster's word list (0.07 s, most of it the list's own pickle read into a set a second
time). :func:`kept` reads all of them from one file written by an earlier process instead.
The file is named after, and starts with, a key: a hash of every input — the registry's
JSON files, the word lists' files (name, size, time), the source of the modules that build
the indexes, this file's format and the Python version; a file with another key, or one
that cannot be read, is not used: the indexes are built as before and :func:`save` (run by
the worker's warm-up, which builds them all) writes them for the next process, keeping the
files of a few other keys (two checkouts that load in turn each find their own). The
common words are kept as blocks of lines (`lexicon.CommonWords`: a few thousand strings to
read instead of 236,000). Only the classes the indexes are made of are unpickled from the
file. It lives in `KB_CACHE_DIR` (default `~/.cache/kb`) beside the regular expressions'
(`loaders.regex_cache`), and `KB_REGEX_CACHE=0` turns both off.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

FORMAT = 2
_MODULES = ("loaders/entities/registry.py", "loaders/entities/lexicon.py", "kb/ids.py")
_WORD_LISTS = ("web2.pickle", "gcide_lower.pickle")  # (english-words' data files)
# The classes the indexes hold (beside str, tuple, list, dict, set and frozenset).
_CLASSES = {
    ("loaders.entities.registry", "Entry"),
    ("loaders.entities.registry", "Registry"),
    ("loaders.entities.lexicon", "_Names"),
    ("builtins", "set"),
    ("builtins", "frozenset"),
}
NAMES = ("registry", "trie", "names", "common_words")


def enabled() -> bool:
    return os.environ.get("KB_REGEX_CACHE", "1") != "0"


# Files kept for other inputs (another checkout, an earlier registry): the newest few stay,
# so that two checkouts loading in turn do not rebuild the indexes every time.
KEEP_FILES = 4


def cache_path(key: bytes) -> Path:
    """The file for the inputs `key` hashes (its first 16 hex digits name it)."""
    root = os.environ.get("KB_CACHE_DIR") or Path.home() / ".cache" / "kb"
    version = "".join(map(str, sys.version_info[:3]))
    name = f"indexes-{FORMAT}-{sys.implementation.name}{version}-{key[:16].decode()}.pickle"
    return Path(root) / name


def input_key() -> bytes:
    """A hash of everything the indexes are built from (see the module docstring)."""
    digest = hashlib.sha256(f"{FORMAT} {sys.version}".encode())
    root = Path(__file__).resolve().parents[2]
    for name in _MODULES:
        digest.update(name.encode() + b"\0" + (root / name).read_bytes())
    registry = resources.files("loaders").joinpath("registry")
    for item in sorted(registry.iterdir(), key=lambda item: item.name):
        if item.name.endswith(".json"):
            digest.update(item.name.encode() + b"\0" + item.read_bytes())
    import english_words

    data = Path(english_words.__file__).parent / "data"
    for name in _WORD_LISTS:
        stat = (data / name).stat()
        digest.update(f"{name} {stat.st_size} {stat.st_mtime_ns}".encode())
    return digest.hexdigest().encode()


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _CLASSES:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of the indexes")
        return super().find_class(module, name)


@lru_cache(maxsize=1)
def kept() -> dict[str, Any] | None:
    """The indexes an earlier process wrote for the same inputs, or None (read once)."""
    if not enabled():
        return None
    try:
        key = input_key()
        with open(cache_path(key), "rb") as f:
            if f.readline().rstrip(b"\n") != key:
                return None
            found = _Unpickler(io.BytesIO(f.read())).load()
    except Exception:  # missing, unreadable, damaged: built as usual
        return None
    if not isinstance(found, dict) or set(found) != set(NAMES):
        return None
    return found


def built() -> dict[str, Any]:
    """The indexes as this process builds them (or took them from the file), as the file
    holds them: the common words as `lexicon.CommonWords`' blocks."""
    from loaders.entities.lexicon import CommonWords, _common_words, name_lists
    from loaders.entities.registry import phrase_trie, registry

    common = _common_words()
    return {
        "registry": registry(),
        "trie": phrase_trie(),
        "names": name_lists(),
        "common_words": (
            common.blocks if isinstance(common, CommonWords) else CommonWords.blocks_of(common)
        ),
    }


def save() -> None:
    """Write this process's indexes for the next one, unless they came from the file (or
    the file cannot be written: then nothing changes)."""
    if not enabled() or kept() is not None:
        return
    try:
        key = input_key()
        payload = pickle.dumps(built(), protocol=pickle.HIGHEST_PROTOCOL)
        path = cache_path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(key + b"\n" + payload)
        os.replace(tmp, path)  # a reader sees the old file or the new one
        _prune(path.parent)
    except OSError:
        return


def _prune(folder: Path) -> None:
    """Remove all but the `KEEP_FILES` newest index files (of any format or Python)."""
    found = []
    for path in folder.glob("indexes-*.pickle"):
        try:
            found.append((path.stat().st_mtime_ns, path))
        except OSError:
            continue
    for _mtime, path in sorted(found, reverse=True)[KEEP_FILES:]:
        try:
            path.unlink()
        except OSError:
            continue

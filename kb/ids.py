"""Deterministic identifiers derived from raw, stable inputs (in the manner of `make_id`).

The same inputs always give the same ID, so reloading a corpus reproduces the same rows and
global IDs stay stable across refreshes.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")


def make_id(*parts: object, prefix: str = "", length: int = 20) -> str:
    """Hash the parts (joined unambiguously) into a short hex ID, optionally prefixed."""
    digest = hashlib.sha1()
    for part in parts:
        digest.update(str(part).encode("utf-8"))
        digest.update(b"\x1f")
    value = digest.hexdigest()[:length]
    return f"{prefix}-{value}" if prefix else value


def content_hash(data: bytes) -> str:
    """SHA-256 of a file's bytes: the document half of the load-skip key."""
    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=1 << 16)
def normalise_name(name: str) -> str:
    """Casefolded, accent-stripped, single-spaced form used to compare names and aliases.

    Memoised: extraction compares the same few thousand names many times per document."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("’", "'").replace("‘", "'")
    return _SPACES.sub(" ", stripped).strip().casefold()

"""`sameAs` links between near-duplicate documents, by containment of word shingles.

One copy of a scraped thread may hold 3 tweets and another 11, with emoji lost and lines
broken: plain Jaccard similarity misses such pairs, containment (|A∩B| / min(|A|, |B|))
finds them. Only documents of the same kind from different files are compared.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from collections.abc import Iterable
from typing import BinaryIO

import numpy as np
from sqlalchemy import delete, select
from sqlmodel import Session

from kb.models import Document, DocumentLink

SHINGLE = 3
THRESHOLD = 0.8
MIN_SHINGLES = 8
MAX_POSTINGS = 50  # a shingle in more documents than this says nothing about pairs
PAIR_BATCH = 1_000_000  # document pairs expanded at once (8 bytes each, a few copies)
PART_KEYS = 2_000_000  # shingle keys counted at once (about 32 bytes each while sorting)
WORD_CACHE = 200_000  # word hashes remembered (cleared when full: memory stays bounded)
MERGE_AT = 500_000  # pair counts gathered before they are merged (merging holds ~6 copies)
READ_BLOCK = 1 << 20  # keys read back from the spill file at a time
_MULTIPLIERS = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(1))
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_URL = re.compile(r"\S+://\S+|\b\S+\.(?:com|ru|cn|org|net|uk|gov)\S*")
_LONG_TOKEN = 512  # longer runs of non-space are no URL (and would backtrack quadratically)
_LONG_RUN = re.compile(rf"\S{{{_LONG_TOKEN + 1}}}")
_SPACES = re.compile(r"(\s+)")


def strip_urls(text: str) -> str:
    """`_URL.sub(" ", text)`, in linear time even on a megabyte without a space.

    A URL never spans whitespace, so the pattern applies token by token; a token longer
    than `_LONG_TOKEN` characters (where the pattern would backtrack quadratically) is
    no URL and stays as it is.
    """
    if not _LONG_RUN.search(text):
        return _URL.sub(" ", text)
    return "".join(
        part if len(part) > _LONG_TOKEN or part.isspace() else _URL.sub(" ", part)
        for part in _SPACES.split(text)
    )


def shingles(text: str, size: int = SHINGLE) -> set[tuple[str, ...]]:
    words = [w.casefold() for w in _WORD.findall(strip_urls(text))]
    return {tuple(words[i : i + size]) for i in range(max(0, len(words) - size + 1))}


def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


def shingle_keys(text: str, cache: dict[str, int], size: int = SHINGLE) -> np.ndarray:
    """The distinct shingles of `text` as sorted 64-bit keys (same sets as :func:`shingles`).

    A shingle's key mixes its words' 64-bit hashes with odd multipliers; distinct shingles
    collide with probability about n²/2⁶⁴, far below one in a corpus.
    """
    words = _WORD.findall(strip_urls(text))
    if len(words) < size:
        return np.empty(0, dtype=np.uint64)
    hashes = np.fromiter(
        (cache.get(w) or cache.setdefault(w, _word_hash(w)) for w in map(str.casefold, words)),
        dtype=np.uint64,
        count=len(words),
    )
    n = len(words) - size + 1
    keys = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset, multiplier in zip(range(size), _MULTIPLIERS, strict=False):
            keys = keys * np.uint64(0x100000001B3) + hashes[offset : offset + n] * multiplier
    return sorted_distinct(keys)


def sorted_distinct(keys: np.ndarray) -> np.ndarray:
    """`np.unique(keys)` of a one-dimensional array: its distinct values in order, without
    the masked-array test `np.unique` makes first (its `numpy.ma` import cost 0.02 s at the
    end of a seeds load, and the test a little in every call)."""
    if len(keys) < 2:
        return keys.copy()
    keys = np.sort(keys)
    first = np.empty(len(keys), dtype=bool)
    first[0] = True
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    return keys[first]


# Shingle keys computed ahead of `relink_same_as`, by document text (see `keys_ahead`).
_AHEAD: dict[str, np.ndarray] = {}


def keys_ahead(texts: Iterable[str]) -> None:
    """Compute the shingle keys of texts about to be stored while this process would wait
    anyway (a small load's loading process, for the drafts it read for its early worker):
    :func:`relink_same_as` takes the keys of a stored text found here instead of computing
    them after the last write (0.05 s of the seeds' 0.1 s there). Keys depend on the text
    alone, so a text stored otherwise is simply not found; the next relink forgets them."""
    cache: dict[str, int] = {}
    for text in texts:
        if text not in _AHEAD:
            _AHEAD[text] = shingle_keys(text, cache)


def relink_same_as(session: Session, part_keys: int = PART_KEYS) -> int:
    """Recompute every sameAs link; returns the number of linked pairs.

    Document texts stream through (`yield_per`) and their shingle keys are spilled to a
    temporary file (12 bytes per distinct shingle per document, with the owner), so what
    stays in memory is per document, not per corpus. Candidate pairs share a shingle that
    at most `MAX_POSTINGS` documents hold (an inverted index, not all pairs): their shared
    count is the exact intersection size, unless they only share very common shingles. The
    keys are then read back in `ceil(total / part_keys)` hash partitions, each counted
    alone: a shingle lies in one partition, so the counts add up to the same totals.
    """
    session.execute(delete(DocumentLink))
    stmt = (
        select(Document.id, Document.kind, Document.source_path, Document.text)
        .order_by(Document.id)
        .execution_options(yield_per=50)  # texts in memory at once
    )
    ids: list[str] = []
    info: list[tuple[str, str]] = []
    sizes: list[int] = []
    cache: dict[str, int] = {}
    total = 0
    with tempfile.TemporaryFile() as key_file, tempfile.TemporaryFile() as owner_file:
        for row in session.execute(stmt):
            if len(cache) > WORD_CACHE:
                cache.clear()
            keys = _AHEAD.pop(row.text, None)
            if keys is None:
                keys = shingle_keys(row.text, cache)
            index = len(ids)
            ids.append(row.id)
            info.append((row.kind, row.source_path))
            sizes.append(len(keys))
            if len(keys) >= MIN_SHINGLES:
                key_file.write(keys.tobytes())
                owner_file.write(np.full(len(keys), index, dtype=np.int32).tobytes())
                total += len(keys)
        del cache
        _AHEAD.clear()
        if not total:
            return 0
        shared = _PairCounts(len(ids))
        parts = max(1, -(-total // part_keys))
        for part in range(parts):
            keys, owners = _read_part(key_file, owner_file, part, parts)
            _shared_counts(keys, owners, len(ids), shared)
            del keys, owners
    codes, common = shared.totals()
    first, second = np.divmod(codes, len(ids))
    sizes_of = np.asarray(sizes, dtype=np.int64)
    scores = common / np.minimum(sizes_of[first], sizes_of[second])
    close = scores >= THRESHOLD
    pairs = 0
    for a, b, score in zip(
        first[close].tolist(), second[close].tolist(), scores[close].tolist(), strict=True
    ):
        if info[a][0] != info[b][0] or info[a][1] == info[b][1]:
            continue
        session.add(DocumentLink(document_id=ids[a], other_id=ids[b], containment=score))
        session.add(DocumentLink(document_id=ids[b], other_id=ids[a], containment=score))
        pairs += 1
    return pairs


def _read_part(
    key_file: BinaryIO, owner_file: BinaryIO, part: int, parts: int
) -> tuple[np.ndarray, np.ndarray]:
    """The spilled keys with `key % parts == part`, and their owners, in file order."""
    key_file.seek(0)
    owner_file.seek(0)
    if parts == 1:
        return np.fromfile(key_file, dtype=np.uint64), np.fromfile(owner_file, dtype=np.int32)
    keys: list[np.ndarray] = []
    owners: list[np.ndarray] = []
    while True:
        block = np.fromfile(key_file, dtype=np.uint64, count=READ_BLOCK)
        if not len(block):
            break
        block_owners = np.fromfile(owner_file, dtype=np.int32, count=len(block))
        mine = block % np.uint64(parts) == part
        keys.append(block[mine])
        owners.append(block_owners[mine])
    return np.concatenate(keys), np.concatenate(owners)


class _PairCounts:
    """Shared-shingle counts per document pair, as sorted numpy arrays of pair codes
    (``a * documents + b``) and counts: 16 bytes per pair (a dict of tuples took about ten
    times that, and a 1000x corpus has millions of candidate pairs). Batches are merged
    once the unmerged ones reach `MERGE_AT` pairs."""

    def __init__(self, documents: int) -> None:
        self.documents = documents
        self.codes = np.empty(0, dtype=np.int64)
        self.counts = np.empty(0, dtype=np.int64)
        self._pending: list[tuple[np.ndarray, np.ndarray]] = []
        self._pending_size = 0

    def add(self, codes: np.ndarray, counts: np.ndarray) -> None:
        self._pending.append((codes, counts))
        self._pending_size += len(codes)
        if self._pending_size >= MERGE_AT:
            self._merge()

    def _merge(self) -> None:
        if not self._pending:
            return
        codes = np.concatenate([self.codes, *(c for c, _n in self._pending)])
        counts = np.concatenate([self.counts, *(n for _c, n in self._pending)])
        self._pending, self._pending_size = [], 0
        self.codes, inverse = np.unique(codes, return_inverse=True)
        self.counts = np.bincount(inverse, weights=counts).astype(np.int64)

    def totals(self) -> tuple[np.ndarray, np.ndarray]:
        """Pair codes ascending (so pairs come in (a, b) order) and their counts."""
        self._merge()
        return self.codes, self.counts


def _shared_counts(
    keys: np.ndarray, owners: np.ndarray, documents: int, shared: _PairCounts
) -> None:
    """Add to `shared`, for each pair of documents (by index, a < b), the shingles among
    `keys` they share, via rare shingles. `owners` ascend within equal keys (file order)."""
    if not len(keys):
        return
    order = np.argsort(keys, kind="stable")
    keys, owners = keys[order], owners[order]
    del order
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    lengths = np.diff(np.append(starts, len(keys)))
    del keys
    for length in range(2, MAX_POSTINGS + 1):
        group_starts = starts[lengths == length]
        if not len(group_starts):
            continue
        left, right = np.triu_indices(length, k=1)
        step = max(1, PAIR_BATCH // len(left))  # bounds the pair arrays below
        for i in range(0, len(group_starts), step):
            batch = group_starts[i : i + step]
            groups = owners[batch[:, None] + np.arange(length)]  # docs ascending per group
            codes = groups[:, left].astype(np.int64) * documents + groups[:, right]
            values, counts = np.unique(codes.ravel(), return_counts=True)
            shared.add(values, counts.astype(np.int64))

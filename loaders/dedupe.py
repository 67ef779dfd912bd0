"""`sameAs` links between near-duplicate documents, by containment of word shingles.

One copy of a scraped thread may hold 3 tweets and another 11, with emoji lost and lines
broken: plain Jaccard similarity misses such pairs, containment (|A∩B| / min(|A|, |B|))
finds them. Only documents of the same kind from different files are compared.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from sqlalchemy import delete, select
from sqlmodel import Session

from kb.models import Document, DocumentLink

SHINGLE = 3
THRESHOLD = 0.8
MIN_SHINGLES = 8
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_URL = re.compile(r"\S+://\S+|\b\S+\.(?:com|ru|cn|org|net|uk|gov)\S*")


def shingles(text: str, size: int = SHINGLE) -> set[tuple[str, ...]]:
    words = [w.casefold() for w in _WORD.findall(_URL.sub(" ", text))]
    return {tuple(words[i : i + size]) for i in range(max(0, len(words) - size + 1))}


def relink_same_as(session: Session) -> int:
    """Recompute every sameAs link; returns the number of linked pairs."""
    session.execute(delete(DocumentLink))
    rows = session.execute(
        select(Document.id, Document.kind, Document.source_path, Document.text)
    ).all()
    info = {r.id: (r.kind, r.source_path) for r in rows}
    sets = {r.id: shingles(r.text) for r in rows}
    # Candidate pairs share at least one rare shingle (an inverted index, not all pairs).
    postings: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for doc_id, grams in sets.items():
        if len(grams) >= MIN_SHINGLES:
            for gram in grams:
                postings[gram].append(doc_id)
    shared: Counter[tuple[str, str]] = Counter()
    for ids in postings.values():
        if 1 < len(ids) <= 50:
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    shared[(a, b) if a < b else (b, a)] += 1
    pairs = 0
    for (a, b), common in sorted(shared.items()):
        if info[a][0] != info[b][0] or info[a][1] == info[b][1]:
            continue
        score = common / min(len(sets[a]), len(sets[b]))
        if score >= THRESHOLD:
            session.add(DocumentLink(document_id=a, other_id=b, containment=score))
            session.add(DocumentLink(document_id=b, other_id=a, containment=score))
            pairs += 1
    return pairs

"""Claims repeated across ``sameAs`` documents: later copies point at the first one.

One thread scraped twice gives two documents linked by ``DocumentLink`` (computed after all
files load). Both keep all their claims (each copy's offsets stay valid for its own text),
and a claim whose normalised text (case-folded words, links/emoji/punctuation dropped)
equals a claim of a linked document gets ``Claim.duplicate_of`` = that claim's id. Of each
linked pair the *canonical* document is the one with more claims (ties: smaller source path,
then id); its claims are never marked, so a query can skip ``duplicate_of IS NOT NULL`` to
count each assertion once. Recomputed from scratch on every load, like the links.
"""

from __future__ import annotations

import re

from sqlalchemy import func, select, update
from sqlmodel import Session

from kb.models import Claim, Document, DocumentLink

_URL = re.compile(r"\S+://\S+|\b\S+\.(?:com|ru|cn|org|net|uk|gov)/\S*")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    return " ".join(w.casefold() for w in _WORD.findall(_URL.sub(" ", text)))


def mark_duplicate_claims(session: Session) -> int:
    """Set ``duplicate_of`` on claims repeated in a sameAs document; returns how many."""
    session.execute(update(Claim).where(Claim.duplicate_of.is_not(None)).values(duplicate_of=None))
    links = session.execute(select(DocumentLink.document_id, DocumentLink.other_id)).all()
    if not links:
        return 0
    counts = dict(
        session.execute(select(Claim.document_id, func.count()).group_by(Claim.document_id)).all()
    )
    paths = dict(session.execute(select(Document.id, Document.source_path)).all())

    def rank(doc_id: str) -> tuple[int, str, str]:
        return (-counts.get(doc_id, 0), paths.get(doc_id, ""), doc_id)

    marked = 0
    for doc_id, other_id in links:
        if rank(doc_id) <= rank(other_id):
            continue  # only the later (non-canonical) copy is marked
        originals: dict[str, str] = {}
        for cid, text in session.execute(
            select(Claim.id, Claim.text).where(Claim.document_id == other_id).order_by(Claim.start)
        ).all():
            originals.setdefault(normalise(text), cid)
        updates: dict[str, str] = {}
        for cid, text, dup in session.execute(
            select(Claim.id, Claim.text, Claim.duplicate_of).where(Claim.document_id == doc_id)
        ).all():
            key = normalise(text)
            if key and key in originals and dup is None:
                updates[cid] = originals[key]
        for cid, target in updates.items():
            session.execute(update(Claim).where(Claim.id == cid).values(duplicate_of=target))
        marked += len(updates)
    return marked


__all__ = ["mark_duplicate_claims", "normalise"]

"""The claims stage: every assertion worth retrieving as a ClaimDraft (``Extraction.claims``).

Reads the sentences, entities, mentions, authors, publisher and statistics; may add an
ACTOR entity and its mention for a named speaker the entity stage missed. The engine
and the representation of speakers and groups are documented in :mod:`loaders.claims`.
"""

from __future__ import annotations

from loaders.claims import extract_claims
from loaders.drafts import Extraction


class Claims:
    name = "claims"
    version = "1"
    reads: tuple[str, ...] = (
        "doc.passages",
        "sentences",
        "entities",
        "mentions",
        "authors",
        "publisher",
        "statistics",
    )
    writes: tuple[str, ...] = ("claims", "entities", "mentions")

    def __call__(self, ex: Extraction) -> None:
        ex.claims.extend(extract_claims(ex))


COMPONENT = Claims

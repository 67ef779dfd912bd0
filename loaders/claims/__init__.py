"""The claims engine: who asserts what, where, about whom, with which numbers.

Modules: patterns (attribution cue rules), attribution (cues in a sentence), speakers
(surface → entity / group), kinds (claim kind rules), filters (what is not a claim,
trimming), extract (the per-document walk), duplicates (claims repeated across sameAs
documents, marked after a load).
"""

from loaders.claims.duplicates import mark_duplicate_claims
from loaders.claims.extract import default_author, extract_claims

__all__ = ["default_author", "extract_claims", "mark_duplicate_claims"]

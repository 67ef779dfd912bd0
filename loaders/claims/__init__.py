"""The claims engine: who asserts what, where, about whom, with which numbers.

Modules: patterns (attribution cue rules, the reporting-verb lexicon), attribution (cues in
a sentence), subjects (a verb's subject past an apposition, a list, a coordination), quotes
(quotations read from context: left open, quote paragraphs, quoted words), carry (data
sources, views held by a body, pieces by an outlet, and a source carried past its sentence),
coref (titles before names, "he"/"the minister"/"the company" follow-ups), speakers (surface
→ entity / group), roles (an organisation's head, a state's officials, the entity opening a
sentence), sourced (sentences attributed by "according to", data or a view), kinds (claim
kind rules), filters (what is not a claim, trimming), extract (the per-document walk),
duplicates (claims repeated across sameAs documents, marked after a load).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from loaders.claims.duplicates import mark_duplicate_claims
    from loaders.claims.extract import default_author, extract_claims

__all__ = ["default_author", "extract_claims", "mark_duplicate_claims"]


def __getattr__(name: str) -> Any:
    """The engine is imported when first asked for: every load imports `duplicates`, and a
    load that extracts nothing (an unchanged refresh, a pool's main process) must not pay
    for compiling the rule patterns."""
    if name in ("default_author", "extract_claims"):
        from loaders.claims import extract

        return getattr(extract, name)
    if name == "mark_duplicate_claims":
        from loaders.claims.duplicates import mark_duplicate_claims

        return mark_duplicate_claims
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

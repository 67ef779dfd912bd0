"""The closed vocabularies, kept in :mod:`kb.enums` (importing them needs no SQLModel)."""

from kb.enums import (
    Attribution,
    ClaimKind,
    DocumentKind,
    EntityType,
    OrganisationKind,
    PassageKind,
    Qualifier,
)

__all__ = [
    "Attribution",
    "ClaimKind",
    "DocumentKind",
    "EntityType",
    "OrganisationKind",
    "PassageKind",
    "Qualifier",
]

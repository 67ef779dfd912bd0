"""The SQLModel tables of kb. Import from here; the submodules are an implementation detail."""

from kb.models.citations import Citation
from kb.models.comentions import CoMention
from kb.models.documents import Document, DocumentAuthor, DocumentLink, Passage
from kb.models.entities import Affiliation, Entity, EntityAlias, Mention
from kb.models.enums import (
    Attribution,
    ClaimKind,
    DocumentKind,
    EntityType,
    OrganisationKind,
    PassageKind,
    Qualifier,
)
from kb.models.facts import Claim, ClaimMention, Statistic, StatisticSubject
from kb.models.runs import LoadRun

__all__ = [
    "Affiliation",
    "Attribution",
    "Citation",
    "Claim",
    "ClaimKind",
    "ClaimMention",
    "CoMention",
    "Document",
    "DocumentAuthor",
    "DocumentKind",
    "DocumentLink",
    "Entity",
    "EntityAlias",
    "EntityType",
    "LoadRun",
    "Mention",
    "OrganisationKind",
    "Passage",
    "PassageKind",
    "Qualifier",
    "Statistic",
    "StatisticSubject",
]

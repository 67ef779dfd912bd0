"""In-memory drafts that flow from a reader through the extraction pipeline into the store.

Readers fill a :class:`DocumentDraft` (clean text + passages). Pipeline components add
entities, mentions, affiliations, statistics and claims to an :class:`Extraction`. All
offsets are code-point offsets into ``DocumentDraft.text``, end exclusive. Entities are
referred to by a *key* (see :func:`entity_key`) until the store resolves them to rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kb.enums import DocumentKind, EntityType, PassageKind
from kb.ids import normalise_name


def entity_key(type_: EntityType | str, name: str) -> str:
    """Stable key of an entity within a load: its type and normalised canonical name."""
    return f"{EntityType(type_).value}:{normalise_name(name)}"


@dataclass
class TableDraft:
    """A table row's place in its table: header cells and this row's cells with offsets."""

    number: int
    caption: str | None
    header: list[str]
    cells: list[tuple[str, int, int]]  # (cell text, start, end) in document offsets
    unit_hint: str | None = None  # e.g. "million dollars" from the header, for the stats stage


@dataclass
class PassageDraft:
    kind: PassageKind
    start: int
    end: int
    section: str | None = None
    number: str | None = None  # tweet number "2", footnote number "88", heading number "3.1."
    url: str | None = None  # footnote URL
    title: str | None = None  # footnote title (quoted source title)
    table: TableDraft | None = None
    page: int | None = None  # 1-based page of the source PDF where the passage starts


@dataclass
class DocumentDraft:
    """What a reader produces: one document's clean text, passages and known metadata."""

    source_path: str  # relative to the corpus folder
    kind: DocumentKind
    text: str
    part: int = 0  # position of this document within its file
    passages: list[PassageDraft] = field(default_factory=list)
    title: str | None = None
    url: str | None = None
    published_on: date | None = None
    authors: list[str] = field(default_factory=list)  # names or @handles
    publisher: str | None = None
    meta: dict = field(default_factory=dict)  # ISBN, partner institutions, thread index…

    def passage_at(self, offset: int) -> int | None:
        """Index of the passage containing `offset` (None when it is between passages)."""
        lo, hi = 0, len(self.passages) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            p = self.passages[mid]
            if offset < p.start:
                hi = mid - 1
            elif offset >= p.end:
                lo = mid + 1
            else:
                return mid
        return None


@dataclass
class EntityDraft:
    """An actor or organisation as found in (or registered for) a document."""

    type: EntityType
    name: str
    kind: str | None = None  # OrganisationKind value for organisations
    aliases: set[str] = field(default_factory=set)
    handles: set[str] = field(default_factory=set)  # with the leading "@"
    qid: str | None = None
    description: str | None = None

    @property
    def key(self) -> str:
        return entity_key(self.type, self.name)


@dataclass
class MentionDraft:
    entity: str  # entity key
    start: int
    end: int
    surface: str


@dataclass
class AffiliationDraft:
    actor: str  # entity key
    organisation: str  # entity key
    role: str | None
    start: int | None = None
    end: int | None = None


@dataclass
class Span:
    start: int
    end: int


@dataclass
class StatisticDraft:
    start: int
    end: int
    surface: str
    value: float
    unit: str
    value_high: float | None = None
    metric: str | None = None
    indicator: str | None = None  # see loaders.indicators
    period_start: date | None = None
    period_end: date | None = None
    subjects: list[str] = field(default_factory=list)  # entity keys
    source: str | None = None  # entity key
    qualifier: str = "EXACT"
    is_change: bool = False
    in_footnote: bool = False
    table_number: int | None = None
    table_caption: str | None = None
    table_row: str | None = None
    table_column: str | None = None


@dataclass
class ClaimDraft:
    start: int
    end: int
    text: str
    attribution: str
    kind: str
    speaker: str | None = None  # entity key
    speaker_group: str | None = None  # "Chinese experts" when no named speaker
    mentions: list[str] = field(default_factory=list)  # entity keys
    statistics: list[int] = field(default_factory=list)  # indexes into Extraction.statistics


@dataclass
class CitationDraft:
    """A web address the document cites, its domain, and the outlet entity (key) when the
    domain is a known outlet's."""

    start: int
    end: int
    url: str
    domain: str
    outlet: str | None = None


@dataclass
class Extraction:
    """The blackboard the pipeline components read and write, one per document."""

    doc: DocumentDraft
    sentences: list[Span] = field(default_factory=list)
    entities: dict[str, EntityDraft] = field(default_factory=dict)
    mentions: list[MentionDraft] = field(default_factory=list)
    affiliations: list[AffiliationDraft] = field(default_factory=list)
    statistics: list[StatisticDraft] = field(default_factory=list)
    claims: list[ClaimDraft] = field(default_factory=list)
    citations: list[CitationDraft] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)  # entity keys, in order
    publisher: str | None = None  # entity key

    def add_entity(self, entity: EntityDraft) -> str:
        """Add or merge an entity by key; returns the key."""
        existing = self.entities.get(entity.key)
        if existing is None:
            self.entities[entity.key] = entity
            existing = entity
        else:
            existing.aliases |= entity.aliases
            existing.handles |= entity.handles
            existing.kind = existing.kind or entity.kind
            existing.qid = existing.qid or entity.qid
            existing.description = existing.description or entity.description
        return entity.key

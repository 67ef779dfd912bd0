"""Helpers for the claims tests: build an Extraction with hand-made entities and run
the sentence and claims stages (the entity stage is simulated by exact-name matching)."""

from __future__ import annotations

import re

from kb.models import DocumentKind, EntityType, PassageKind
from loaders.components.claims import Claims
from loaders.components.sentences import SentenceSplitter
from loaders.drafts import (
    ClaimDraft,
    DocumentDraft,
    EntityDraft,
    Extraction,
    MentionDraft,
    PassageDraft,
)
from loaders.readers.builder import TextBuilder

_SPLIT = SentenceSplitter()
_CLAIMS = Claims()

ACTOR, ORG = EntityType.ACTOR, EntityType.ORGANISATION


def build(
    passages: list[str | tuple[str, PassageKind] | tuple[str, PassageKind, str]],
    *,
    kind: DocumentKind = DocumentKind.ARTICLE,
    entities: dict[str, tuple[EntityType, list[str]]] | None = None,
    authors: list[str] | None = None,
    publisher: str | None = None,
    kinds: dict[str, str] | None = None,
) -> Extraction:
    """An Extraction whose mentions are every occurrence of each entity's surface forms."""
    builder = TextBuilder()
    for p in passages:
        text, pkind, section = (
            (p, PassageKind.PARAGRAPH, None)
            if isinstance(p, str)
            else (p[0], p[1], p[2] if len(p) > 2 else None)
        )
        builder.add(text, PassageDraft(pkind, 0, 0, section=section))
    doc = DocumentDraft("t.txt", kind, builder.text(), passages=builder.passages)
    ex = Extraction(doc=doc)
    for name, (etype, forms) in (entities or {}).items():
        handles = {f for f in forms if f.startswith("@")}
        draft = EntityDraft(etype, name, aliases=set(forms) - handles, handles=handles)
        draft.kind = (kinds or {}).get(name)
        key = ex.add_entity(draft)
        for form in sorted({name, *forms}, key=len, reverse=True):
            for m in re.finditer(rf"(?<![\w@]){re.escape(form)}(?!\w)", doc.text):
                if not any(x.start <= m.start() < x.end for x in ex.mentions):
                    ex.mentions.append(MentionDraft(key, m.start(), m.end(), m.group(0)))
    ex.authors = [ex.add_entity(EntityDraft(ACTOR, a)) for a in authors or []]
    if publisher:
        ex.publisher = ex.add_entity(EntityDraft(ORG, publisher))
    _SPLIT(ex)
    _CLAIMS(ex)
    return ex


def key(name: str, etype: EntityType = ACTOR) -> str:
    """The entity key a name gets (as the store and the claims stage compute it)."""
    return EntityDraft(etype, name).key


def org_key(name: str) -> str:
    """The entity key an organisation's name gets."""
    return key(name, ORG)


def claim_with(ex: Extraction, fragment: str) -> ClaimDraft:
    """The claim whose text contains `fragment`; fails listing the claims otherwise."""
    hits = [c for c in ex.claims if fragment in c.text]
    assert hits, f"no claim contains {fragment!r}: {[c.text for c in ex.claims]}"
    return hits[0]


def attributed(ex: Extraction, fragment: str) -> tuple[str, str | None]:
    """(attribution, speaker key) of the claim whose text contains `fragment`."""
    c = claim_with(ex, fragment)
    return c.attribution, c.speaker


FIXTURES = __import__("pathlib").Path(__file__).parent / "fixtures" / "claims"


def _passage_kind(block: str, doc_kind: DocumentKind) -> PassageKind:
    if doc_kind == DocumentKind.THREAD:
        return PassageKind.TWEET
    if "|" in block:
        return PassageKind.TABLE_ROW
    if block[:1] in "¹²³⁴⁵⁶⁷⁸⁹":
        return PassageKind.FOOTNOTE
    if block.startswith(("Table ", "Figure ", "Photo:")):
        return PassageKind.CAPTION
    if not block.rstrip().endswith((".", "”", "?", "!", '"')) and len(block.split()) <= 12:
        return PassageKind.HEADING
    return PassageKind.PARAGRAPH


def load_fixture(name: str, kind: DocumentKind, **kw: object) -> Extraction:
    """A fixture document as passages: blank-line blocks (threads: one tweet a numbered line;
    report headings set the section of what follows)."""
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    if kind == DocumentKind.THREAD:
        blocks = re.split(r"\n(?=\d+/)", raw.strip())
    else:
        blocks = [b.strip() for b in raw.split("\n\n") if b.strip()]
    passages: list[tuple[str, PassageKind, str | None]] = []
    section = None
    for block in blocks:
        pkind = _passage_kind(block, kind)
        if pkind == PassageKind.HEADING:
            section = block
        passages.append((block, pkind, section))
    return build(passages, kind=kind, **kw)  # type: ignore[arg-type]


def run_pipeline(
    *paragraphs: str, kind: DocumentKind = DocumentKind.ARTICLE, author: str = "Maren Holt"
) -> Extraction:
    """Every stage of the real pipeline (entities included) over paragraphs written in a test,
    as one document by `author`."""
    from loaders.pipeline import extract

    builder = TextBuilder()
    for text in paragraphs:
        builder.add(text, PassageDraft(PassageKind.PARAGRAPH, 0, 0))
    doc = DocumentDraft("n.txt", kind, builder.text(), passages=builder.passages)
    doc.authors = [author]
    return extract(doc)


def read_page(text: str) -> Extraction:
    """A page written in a test, read by the real readers (headings, bylines) and run
    through every stage, as `kb load` would a text file."""
    from loaders.pipeline import extract
    from loaders.readers import read_file

    (doc,) = read_file(text.encode(), "page.txt", None)
    return extract(doc)


def speaker_name(ex: Extraction, fragment: str) -> str | None:
    """The speaker's name of the first claim holding `fragment` (None: no speaker)."""
    hits = [c for c in ex.claims if fragment in c.text]
    assert hits, [c.text for c in ex.claims]
    key = hits[0].speaker
    return ex.entities[key].name if key else None


def entity_names(ex: Extraction, etype: EntityType) -> set[str]:
    """The names of the document's entities of one type."""
    return {e.name for e in ex.entities.values() if e.type == etype}

"""Document.authors and publisher as entity keys, and their mentions in the text.

Author strings come from the readers: "Alexander Gabuev (@AlexGabuev)", "@handle", or a
plain name (report authors, article bylines). Each resolves to the registry, to a person
already found in the document (by name or handle), or to a new person; the publisher to a
registered or new organisation. A thread without authors takes the handle of its
self-links (twitter.com/<handle>/status/…). Report partners (meta["partners"]) and editors
(meta["editors"]) become organisations and people (an editor is affiliated to the
publisher as "editor"), meta["author_details"] degrees the
authors' descriptions; meta["author_affiliation"] an affiliation of every author;
meta["credits"] (photo credits the reader kept out of the text) photographers, affiliated to
their agencies; a lone agency credit of a piece without authors is its author. A publisher
that is a place (a dateline's "(London)") is no publisher.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from operator import attrgetter, itemgetter

from kb.enums import DocumentKind, EntityType
from kb.ids import normalise_name
from loaders.drafts import AffiliationDraft, EntityDraft, Extraction, MentionDraft
from loaders.entities.credits import credited_entities
from loaders.entities.lexicon import head_kind, page_chrome_name
from loaders.entities.people import same_given
from loaders.entities.registry import registry
from loaders.wordspans import whole_word_spans

_AUTHOR = re.compile(
    r"^\s*(?P<name>[^()@]*?)\s*(?:\(\s*(?P<h1>@\w+)\s*\))?\s*$|^\s*(?P<h2>@\w+)\s*$"
)
# An author known only by a handle that names an edition or a channel ("mfa_russia_en",
# "@acme_news", "@kestrel_official"): an account of an outlet or a body, not a person's.
_CHANNEL = re.compile(
    r"^@?[a-z0-9]+(?:_[a-z0-9]+)*_(?:en|eng|english|ru|rus|cn|zh|fr|es|de|ar|official|news|"
    r"media|tv|channel)$",
    re.I,
)
_SELF_LINK = re.compile(r"twitter\.com/(\w{1,30})/status/")
_SPAN = attrgetter("start", "end")
_START, _END = itemgetter(0), itemgetter(1)


class _Taken:
    """The spans of a document's mentions, indexed for `_mention_all`'s overlap test: sorted
    starts and the furthest end reached by each prefix. Built once for all the names
    `add_authors` adds and again only after one added mentions (sorting a report's thousands
    of mentions per name was most of the stage's author step)."""

    def __init__(self, ex: Extraction) -> None:
        self.ex = ex
        self._index: tuple[list[int], list[int]] | None = None

    def overlaps(self, start: int, end: int) -> bool:
        """Does a mention overlap [start, end)?"""
        if self._index is None:  # (mapped getters: the mentions are walked in C)
            taken = sorted(map(_SPAN, self.ex.mentions))
            self._index = list(map(_START, taken)), list(accumulate(map(_END, taken), max))
        starts, reach = self._index
        before = bisect_left(starts, end)  # mentions starting before this one ends
        return bool(before) and reach[before - 1] > start

    def changed(self) -> None:
        """Mentions were added: index them again when next asked."""
        self._index = None


def _find_existing(ex: Extraction, type_: EntityType, name: str | None,
                   handle: str | None) -> str | None:  # fmt: skip
    want = normalise_name(name) if name else None
    for key, e in ex.entities.items():
        if e.type != type_:
            continue
        if handle and handle.casefold() in {h.casefold() for h in e.handles}:
            return key
        if want and (normalise_name(e.name) == want
                     or want in {normalise_name(a) for a in e.aliases}):  # fmt: skip
            return key
    if type_ == EntityType.ACTOR and want:
        return _spelling_of(ex, name or "")
    return None


def _spelling_of(ex: Extraction, name: str) -> str | None:
    """The one person of the document whose name is another spelling of `name`
    ("Yuliya Nikitina" credited, "Yulia Nikitina" in the bios; "A. Kortunov")."""
    words = name.split()
    if len(words) != 2:
        return None
    hits = [
        key
        for key, e in ex.entities.items()
        if e.type == EntityType.ACTOR
        and len(other := e.name.split()) == 2
        and other[1].casefold() == words[1].casefold()
        and same_given(words[0], other[0])
    ]
    return hits[0] if len(hits) == 1 else None


def resolve_person(ex: Extraction, text: str, taken: _Taken | None = None) -> str | None:
    """Entity key for an author string (registry, document, or a new person); `taken` the
    index of the document's mentions, when the caller keeps one."""
    m = _AUTHOR.match(text)
    if not m:
        return None
    name = (m.group("name") or "").strip() or None
    handle = m.group("h1") or m.group("h2")
    if name and not handle and page_chrome_name(name):
        return None  # "By Reading Time: < 1 minute": a byline left empty, then page chrome
    reg = registry()
    entry = (reg.handle(handle) if handle else None) or (
        reg.lookup(name, EntityType.ACTOR) if name else None
    )
    key = _find_existing(ex, EntityType.ACTOR, entry.name if entry else name, handle)
    if key is None and handle:
        # an unknown handle typed as organisation elsewhere is still this document's author
        key = _find_existing(ex, EntityType.ORGANISATION, None, handle)
        if key is not None:
            return key
    if entry is None and key is None and _CHANNEL.match(handle or name or ""):
        return resolve_org(ex, handle or name or text, "MEDIA", taken)
    draft = entry.draft() if entry else EntityDraft(EntityType.ACTOR, name or handle or text)
    if key is not None:
        draft = EntityDraft(ex.entities[key].type, ex.entities[key].name)
    if name:
        draft.aliases.add(name)
    if handle:
        draft.handles.add(handle)
    key = ex.add_entity(draft)
    _mention_all(ex, key, name, taken or _Taken(ex))
    return key


def resolve_org(ex: Extraction, name: str, default_kind: str, taken: _Taken | None = None) -> str:
    entry = registry().lookup(name, EntityType.ORGANISATION)
    if entry is not None:
        key = ex.add_entity(entry.draft())
    else:
        key = _find_existing(ex, EntityType.ORGANISATION, name, None) or ex.add_entity(
            EntityDraft(
                EntityType.ORGANISATION,
                name,
                kind=head_kind(name.split()) or default_kind,
                aliases={name},
            )
        )
    _mention_all(ex, key, name, taken or _Taken(ex))
    return key


def _mention_all(ex: Extraction, key: str, name: str | None, taken: _Taken) -> None:
    """Mentions of a name the stage had not found in the text (e.g. a title-page author);
    `taken` indexes the mentions already there."""
    if not name or len(name) < 3:
        return
    text = ex.doc.text
    found = list(whole_word_spans(text, name, not_after="@"))
    if not found:
        return
    added = False
    for start, end in found:  # (the spans found are apart: none overlaps another added)
        if taken.overlaps(start, end):
            continue
        ex.mentions.append(MentionDraft(key, start, end, text[start:end]))
        added = True
    if added:
        ex.mentions.sort(key=lambda m: (m.start, m.end))
        taken.changed()


def _place(name: str) -> bool:
    """A dateline's place read as its publisher ("MNI (London) -" is MNI's London desk)."""
    reg = registry()
    form = reg.forms.get(name.strip())
    if form is not None and form[1]:
        return True  # a capital: "London"
    entry = reg.lookup(name)
    return entry is not None and entry.kind == "STATE"


def add_authors(ex: Extraction) -> None:
    doc = ex.doc
    taken = _Taken(ex)  # one index of the mentions for every name added below
    authors = list(doc.authors)
    if not authors and doc.kind == DocumentKind.THREAD:
        links = _SELF_LINK.findall(doc.text)
        if links:
            authors = [f"@{max(set(links), key=links.count)}"]
    for a in authors:
        key = resolve_person(ex, a, taken)
        if key and key not in ex.authors:
            ex.authors.append(key)
    if doc.publisher and not _place(doc.publisher):
        default = "THINK_TANK" if doc.kind == DocumentKind.REPORT else "MEDIA"
        ex.publisher = resolve_org(ex, doc.publisher, default, taken)
    for partner in doc.meta.get("partners", []) or []:
        resolve_org(ex, partner, "OTHER", taken)
    for editor in doc.meta.get("editors", []) or []:
        if isinstance(editor, str):
            key = resolve_person(ex, editor, taken)
            if key and ex.publisher and key not in ex.authors:
                # the publisher's editor of this document: kept as a person although the
                # front matter naming them is not part of the cleaned text
                ex.affiliations.append(AffiliationDraft(key, ex.publisher, "editor"))
    for detail in doc.meta.get("author_details", []) or []:
        if not isinstance(detail, dict) or not detail.get("name"):
            continue
        key = resolve_person(ex, str(detail["name"]), taken)
        degrees = [str(d) for d in detail.get("degrees") or []]
        if key and degrees and not ex.entities[key].description:
            ex.entities[key].description = "; ".join(degrees)
    for line in doc.meta.get("credits", []) or []:  # photo credits the reader kept aside
        if not isinstance(line, str):
            continue
        people, agencies = credited_entities(line)
        if not people and not ex.authors and len(agencies) == 1:
            # a lone agency credit ("AFP" closing a wire story): the agency wrote the piece
            org = ex.add_entity(agencies[0].draft())
            _mention_all(ex, org, agencies[0].name, taken)
            ex.authors.append(org)
        for name in people:  # kept (no offsets) through the photographer's affiliations
            person = resolve_person(ex, name, taken)
            for entry in agencies:
                org = ex.add_entity(entry.draft())
                _mention_all(ex, org, entry.name, taken)
                if person:
                    ex.affiliations.append(AffiliationDraft(person, org, "photographer"))
    org = doc.meta.get("author_affiliation")
    if isinstance(org, str) and org.strip():
        org_key = resolve_org(ex, org.strip(), "OTHER", taken)
        for a in ex.authors:
            if ex.entities[a].type == EntityType.ACTOR:
                ex.affiliations.append(AffiliationDraft(a, org_key, None))

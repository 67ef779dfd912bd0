"""What the entity stage collects for one document: clusters (one per entity), hits (one per
written form, at exact offsets) and a span index to reconcile overlapping hits quickly."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from kb.enums import EntityType
from kb.ids import normalise_name
from loaders.drafts import EntityDraft
from loaders.entities.registry import Entry, registry


@dataclass
class Cluster:
    type: EntityType
    name: str
    kind: str | None = None
    entry: Entry | None = None
    aliases: set[str] = field(default_factory=set)
    handles: set[str] = field(default_factory=set)

    def draft(self) -> EntityDraft:
        if self.entry is not None:
            d = self.entry.draft()
            d.aliases |= self.aliases
            d.handles |= self.handles
            return d
        aliases = {self.name, *self.aliases}
        if self.type == EntityType.ORGANISATION:
            bare = _LEGAL.sub("", self.name)  # "Taly Aviation Technologies Corp" → without "Corp"
            if bare != self.name and " " in bare:
                aliases.add(bare)
                if self.name.endswith((" Corp", " Co", " Inc", " Ltd")):
                    aliases.add(f"{self.name}.")  # the stop the tokenizer took off
        return EntityDraft(self.type, self.name, kind=self.kind, aliases=aliases,
                           handles=set(self.handles))  # fmt: skip


@dataclass
class Hit:
    start: int
    end: int
    cluster: str
    title: str | None = None
    title_start: int | None = None
    state: str | None = None


@dataclass
class Found:
    """What the entity stage found in one document (before writing it to the Extraction)."""

    clusters: dict[str, Cluster] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)  # cluster id → entity key, once written
    redirect: dict[str, str] = field(default_factory=dict)  # merged cluster → its target

    def entry_cluster(self, entry: Entry) -> str:
        cid = f"reg:{entry.name}"
        if cid not in self.clusters:
            self.clusters[cid] = Cluster(entry.type, entry.name, entry.org_kind, entry)
        return cid

    def named_cluster(self, type_: EntityType, name: str, kind: str | None = None) -> str:
        name = name.replace(" #", " ")  # "Vladimir #Putin": a thread's tagged surname
        entry = registry().lookup(name, type_)
        if entry is None and type_ == EntityType.ORGANISATION:
            entry = registered_variant(name)
            if entry is not None:
                self.clusters.setdefault(f"reg:{entry.name}", Cluster(
                    entry.type, entry.name, entry.org_kind, entry)).aliases.add(name)  # fmt: skip
        if entry is not None:
            return self.entry_cluster(entry)
        cid = f"{type_.value}:{normalise_name(name)}"
        if cid not in self.clusters:
            self.clusters[cid] = Cluster(type_, name, kind)
        elif kind and not self.clusters[cid].kind:
            self.clusters[cid].kind = kind
        return cid

    taken: bytearray = field(default_factory=bytearray)  # 1 where a hit covers the text

    def add(self, hit: Hit) -> None:
        if len(self.taken) < hit.end:
            self.taken.extend(b"\0" * (hit.end - len(self.taken) + 1024))
        self.taken[hit.start : hit.end] = b"\1" * (hit.end - hit.start)
        self.hits.append(hit)

    def occupied(self, start: int, end: int) -> bool:
        return any(self.taken[start:end])


_LEGAL = re.compile(
    r",?\s+(?:Inc|Ltd|LLC|PJSC|JSC|PLC|Co|Corp|Limited|AG|SA|GmbH)\.?$"
    r"|^(?:PJSC|JSC|OJSC|CJSC|OAO|ZAO|PAO|AO|OOO|LLC|TOO|NAO|FSUE)\s+(?=[A-Z])"
)
# "Rossiya-24 TV", "Channel One TV channel": a broadcaster's name with the medium after it
_MEDIUM = re.compile(r"\s+(?:TV|Television|Radio)(?:\s+channel)?$")
_OF_STATE = re.compile(r"\b(of|in)\s+(?:the\s+)?(?=[A-Z])")
_POSSESSIVE_END = re.compile(r"['’]s$")


def registered_variant(name: str) -> Entry | None:
    """The registered organisation a longer written form names: a legal suffix ("CanSino
    Biologics Inc." → CanSino), a state written another way ("Ministry of Finance of the
    Russian Federation" → "Ministry of Finance of Russia")."""
    reg = registry()
    bare = _LEGAL.sub("", name)
    if bare != name:
        entry = reg.lookup(bare, EntityType.ORGANISATION)
        if entry is not None:
            return entry
    medium = _MEDIUM.sub("", bare)
    if medium != bare:
        entry = reg.lookup(medium, EntityType.ORGANISATION)
        if entry is not None and entry.kind == "MEDIA":
            return entry
    for m in _OF_STATE.finditer(bare):
        state = reg.lookup(bare[m.end() :])
        if state is not None and state.kind == "STATE":
            return reg.lookup(
                f"{bare[: m.start()]}{m.group(1)} {state.name}", EntityType.ORGANISATION
            )
    # "Chinese Ministry of Foreign Affairs", "China's Ministry of Commerce": the state before
    # the body's name, registered as "… of China"
    from loaders.entities.lexicon import STATE_ADJECTIVES

    words = bare.split(" ")
    for n in (1, 2):  # "Chinese …", "China's …", "South Korean …"
        if len(words) <= n + 1:
            break
        word = _POSSESSIVE_END.sub("", " ".join(words[:n]))
        state = reg.lookup(STATE_ADJECTIVES.get(word, word))
        rest = " ".join(words[n:])
        if state is not None and state.kind == "STATE" and rest[:1].isupper() and " " in rest:
            forms = (state.name, *state.aliases)
            for form in forms:
                for of in ("of", "of the"):
                    entry = reg.lookup(f"{rest} {of} {form}", EntityType.ORGANISATION)
                    if entry is not None:
                        return entry
            # "US Treasury Department": the rest is a registered short form of a body of
            # that state ("Treasury Department" of "US Department of the Treasury")
            entry = reg.lookup(rest, EntityType.ORGANISATION)
            if entry is not None and _of_state(entry, (*forms, word)):
                return entry
    return None


def _of_state(entry: Entry, forms: tuple[str, ...]) -> bool:
    """Does a registered body's name or an alias name the state ("US …", "… of China")?"""
    names = (entry.name, *entry.aliases)
    return any(_state_form(f).search(n) for f in forms if f for n in names)


@lru_cache(maxsize=512)
def _state_form(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.]){re.escape(form)}(?![\w])")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class SpanIndex:
    """Spans sorted by start, for "which of these overlap [start, end)" without a scan."""

    WIDEST = 400  # no name is longer; spans starting this far back cannot overlap

    def __init__(self, spans: list) -> None:  # type: ignore[type-arg]
        self.spans = sorted(spans, key=lambda x: (x[0], x[1]))
        self.starts = [x[0] for x in self.spans]

    def overlapping(self, start: int, end: int) -> list:  # type: ignore[type-arg]
        lo = bisect_left(self.starts, start - self.WIDEST)
        hi = bisect_left(self.starts, end)
        return [x for x in self.spans[lo:hi] if x[0] < end and start < x[1]]

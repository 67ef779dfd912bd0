"""One document's entities: every written form found, resolved to one record per entity.

Sources of hits, in order of trust: the registry (names, aliases, capitals as their states,
handles, domains, flags); capitalised phrases typed by :mod:`loaders.entities.names`; @handles
typed by :mod:`loaders.entities.social`. Resolution inside the document:

- a discovered organisation phrase that contains registered names ("Institute of China and
  Contemporary Asia") is one organisation, and the inner names are not mentions;
- "Mr. Xi" / "President Rahmon": the title is read, the name resolves to its registry entry;
- a surname alone ("Zubarevich", "Dr Kortunov") is the person named in full in the document,
  when exactly one person has that surname;
- a handle is the registry's entity for it, else the person of the document whose name it
  spells ("@Igor_Denisov" → Igor Denisov), else a new person or organisation by its evidence;
- "Full Name (ACR)" makes ACR an alias, and every later ACR a mention;
- an unknown domain is merged with an unknown handle of the same stem ("levada.ru",
  "@levada_ru").
A cluster has one type: people and organisations never share a record.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from kb.ids import normalise_name
from kb.models import EntityType
from loaders.drafts import EntityDraft, Extraction, MentionDraft
from loaders.entities.lexicon import HONORIFICS, is_pinyin, name_lists
from loaders.entities.names import Candidate, classify, lower_words, runs, split_chain, tokens
from loaders.entities.registry import Entry, registry, registry_matches
from loaders.entities.social import (
    find_flags,
    find_handles,
    find_hosts,
    handle_person_name,
    shape_votes,
    split_handle,
)

_CITY_BEFORE = re.compile(r"(?:\bnear|\boutside|\baround|\bof|\bmayor\s+of)\s+$", re.I)
_CITY_AFTER = re.compile(r":\s")  # "Oslo: Fridtjof Nansen Institute, 2023" (place of publication)
# "Ph.D. in Public Administration", "Doctor of Philological Sciences": a field, not a body.
_DEGREE_BEFORE = re.compile(
    r"(?:Ph\.?\s?D\.?|Dr\.?|Doctor|Candidate|Master|Bachelor|degree|Professor|MA|BA|MSc)"
    r"\s+(?:in|of)\s+$"
)
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&-]*[A-Z])\)")


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
        return EntityDraft(self.type, self.name, kind=self.kind, aliases={self.name, *self.aliases},
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
        entry = registry().lookup(name, type_)
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


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class _Index:
    """Spans sorted by start, for "which of these overlap [start, end)" without a scan."""

    WIDEST = 400  # no name is longer; spans starting this far back cannot overlap

    def __init__(self, spans: list) -> None:  # type: ignore[type-arg]
        self.spans = sorted(spans, key=lambda x: (x[0], x[1]))
        self.starts = [x[0] for x in self.spans]

    def overlapping(self, start: int, end: int) -> list:  # type: ignore[type-arg]
        lo = bisect_left(self.starts, start - self.WIDEST)
        hi = bisect_left(self.starts, end)
        return [x for x in self.spans[lo:hi] if x[0] < end and start < x[1]]


def _prose(found: Found, text: str) -> None:
    """Registry names and typed capitalised phrases, reconciled span by span."""
    reg_hits = []
    for s, e, entry, capital in registry_matches(text):
        if capital and (_CITY_BEFORE.search(text[max(0, s - 12) : s])
                        or _CITY_AFTER.match(text, e)):  # fmt: skip
            continue  # "the mayor of Moscow": the city, not the government
        reg_hits.append((s, e, entry))
    reg_index = _Index(reg_hits)
    lower = lower_words(text)
    cands: list[Candidate] = []
    for run in runs(text, 0, len(text)):
        for part in split_chain(text, run):
            c = classify(text, part, lower)
            if c is not None:
                cands.append(c)
    cands = [part for c in cands for part in _split_at_registry(text, c, reg_index, lower)]
    cands = [c for c in cands if not _DEGREE_BEFORE.search(text[max(0, c.start - 30) : c.start])]
    cand_index = _Index([(c.start, c.end, c) for c in cands])
    kept: dict[tuple[int, int], Entry] = {}
    for s, e, entry in reg_hits:
        inside = [x[2] for x in cand_index.overlapping(s, e)]
        org_wins = any(c.type == "ORGANISATION" and c.start <= s and e <= c.end
                       and (c.end - c.start) > (e - s) for c in inside)  # fmt: skip
        person_wins = entry.type == EntityType.ORGANISATION and any(
            c.type == "ACTOR" and c.strong and c.start <= s and e <= c.end for c in inside
        )
        if not (org_wins or person_wins):
            kept[(s, e)] = entry
    kept_index = _Index([(s, e, entry) for (s, e), entry in kept.items()])
    for c in cands:
        covering = [r for r in kept_index.overlapping(c.start, c.end) if (r[0], r[1]) in kept]
        if c.type == "ORGANISATION":
            if not covering:  # else the registered name (same or overlapping span) is the record
                cid = found.named_cluster(EntityType.ORGANISATION, c.text, c.kind)
                found.add(Hit(c.start, c.end, cid))
            continue
        people = [r for r in covering if r[2].type == EntityType.ACTOR]
        if covering and not people:
            continue  # a registered organisation inside a weakly evidenced "name"
        if people:
            s, e, entry = people[0]
            del kept[(s, e)]
            cid = found.entry_cluster(entry)
            found.add(Hit(min(s, c.start), max(e, c.end), cid, c.title, c.title_start, c.state))
            continue
        name = c.text
        if c.title_start is not None and c.start == c.title_start:  # honorific kept in span
            name = name.split(" ", 1)[1] if " " in name else name
        found.add(Hit(c.start, c.end, found.named_cluster(EntityType.ACTOR, name),
                      c.title, c.title_start, c.state))  # fmt: skip
    for (s, e), entry in kept.items():
        found.add(Hit(s, e, found.entry_cluster(entry)))


def _split_at_registry(text: str, c: Candidate, reg: _Index, lower: set[str]) -> list[Candidate]:
    """ "Russian International Affairs Council Institute of …": a registered organisation
    opening (or closing) a longer phrase is its own name when the rest has its own head."""
    if c.type != "ORGANISATION":
        return [c]
    for s, e, entry in reg.overlapping(c.start, c.end):
        if entry.type != EntityType.ORGANISATION or not (c.start <= s and e <= c.end):
            continue
        if entry.kind == "STATE":
            continue  # "Warsaw Centre …", "China Construction Bank": part of the name
        if (s, e) == (c.start, c.end):
            return [c]
        rest = None
        if s == c.start:
            rest = (e, c.end)
        elif e == c.end:
            rest = (c.start, s)
        if rest is None:
            continue
        run = list(tokens(text, rest[0], rest[1]))
        if not run:
            continue
        joint = run[0] if s == c.start else run[-1]
        if joint[2].lower() in ("of", "for", "the", "at", "in", "on"):
            continue  # "Association of Tour Operators of Russia" is one name
        if joint[2].lower() in ("and", "&"):  # "Sberbank and Bank of China": two names
            run = run[1:] if s == c.start else run[:-1]
            other = classify(text, run, lower) if run else None
            return [other] if other is not None and other.type == "ORGANISATION" else []
        other = classify(text, run, lower) if run else None
        if other is not None and other.type == "ORGANISATION":
            return [other]  # the registered part stays a registry hit
    return [c]


def _person_names(found: Found) -> dict[str, str]:
    """Surname (casefolded) → person cluster, for surnames that name exactly one person."""
    _, surnames = name_lists()
    by_surname: dict[str, set[str]] = {}
    for cid, c in found.clusters.items():
        if c.type != EntityType.ACTOR or c.name.startswith("@"):
            continue
        words = c.name.split()
        if len(words) < 2:
            continue
        chinese = words[0] in surnames and all(is_pinyin(w) for w in words)
        family = words[0] if chinese else words[-1]  # "Li Qiang" → "Li", "Natalia Zubarevich"
        by_surname.setdefault(family, set()).add(cid)
    folded: dict[str, set[str]] = {}
    for k, v in by_surname.items():
        folded.setdefault(k.casefold(), set()).update(v)
    return {k: next(iter(v)) for k, v in by_surname.items() if len(folded[k.casefold()]) == 1}


def _same_given(a: str, b: str) -> bool:
    """ "A.V." ~ "Andrey", "Yulia" ~ "Yuliya", "Alexey" ~ "Alexei" (transliterations)."""
    if re.fullmatch(r"(?:[A-Z]\.)+", a):
        return b[:1] == a[:1]
    if re.fullmatch(r"(?:[A-Z]\.)+", b):
        return a[:1] == b[:1]
    return a[:1] == b[:1] and fuzz.ratio(a.casefold(), b.casefold()) >= 75


def _merge(found: Found, source: str, target: str) -> None:
    src = found.clusters.pop(source)
    dst = found.clusters[target]
    dst.aliases |= {src.name, *src.aliases}
    dst.handles |= src.handles
    found.redirect[source] = target


def _apply_redirects(found: Found) -> None:
    """Point hits of merged clusters at the cluster they were merged into (one pass)."""
    if not found.redirect:
        return
    for h in found.hits:
        while h.cluster in found.redirect:
            h.cluster = found.redirect[h.cluster]
    found.redirect.clear()


def _variants(found: Found) -> None:
    """Merge spellings of one person: initials and transliterations of the given name."""
    by_surname: dict[str, list[str]] = {}
    for cid, c in found.clusters.items():
        words = c.name.split()
        if c.type == EntityType.ACTOR and len(words) == 2 and not c.name.startswith("@"):
            by_surname.setdefault(words[1].casefold(), []).append(cid)
    for group in by_surname.values():
        # the registry's record first, then the longest given name
        group.sort(key=lambda cid: (found.clusters[cid].entry is None,
                                    -len(found.clusters[cid].name)))  # fmt: skip
        kept: list[str] = []
        for cid in group:
            given = found.clusters[cid].name.split()[0]
            firsts = {k: found.clusters[k].name.split()[0] for k in kept}
            target = next((k for k in kept if _same_given(given, firsts[k])), None)
            if target is not None and found.clusters[cid].entry is None:
                _merge(found, cid, target)
            else:
                kept.append(cid)
    _apply_redirects(found)


def _surnames(found: Found, text: str) -> None:
    """Merge single-word people into the full name; find bare surnames as mentions."""
    _variants(found)
    index = _person_names(found)
    folded = {k.casefold(): v for k, v in index.items()}
    for cid in list(found.clusters):
        c = found.clusters[cid]
        if c.type != EntityType.ACTOR or c.entry is not None or " " in c.name:
            continue
        target = folded.get(c.name.casefold())
        if target:
            _merge(found, cid, target)
    _apply_redirects(found)
    if not index:
        return
    names = {k: v for k, v in index.items() if v in found.clusters}
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    rx = (rf"(?<![\w@#.-])(?P<name>{alt})(?:\s(?:[A-Z]\.){{1,3}}(?=[\s,;]))?(?![\w-])"
          rf"(?!\s+[A-Z][a-z])")  # fmt: skip
    for m in re.finditer(rx, text):
        if not found.occupied(m.start(), m.end()):
            cid = names[m.group("name")]
            found.add(Hit(m.start(), m.end(), cid))
            found.clusters[cid].aliases.add(m.group("name"))


def _handles(found: Found, text: str) -> None:
    reg = registry()
    people: dict[frozenset[str], str] = {}
    for cid, c in found.clusters.items():
        if c.type == EntityType.ACTOR and " " in c.name:
            people[frozenset(w.casefold() for w in c.name.split())] = cid
    surname_in = {
        name.split()[-1].casefold(): cid
        for name_words, cid in people.items()
        for name in [found.clusters[cid].name]
        if len(name.split()[-1]) >= 5
    }
    for h in find_handles(text):
        _unglue(found, text, h)
        entry = reg.handle(h.handle)
        body = h.handle[1:]
        if entry is None and body.isupper() and len(body) >= 3:
            entry = reg.lookup(body, EntityType.ORGANISATION)  # "@OFAC" → the registered OFAC
        if entry is not None:
            cid = found.entry_cluster(entry)
        else:
            words = frozenset(w.casefold() for w in split_handle(h.handle))
            cid = people.get(words) or surname_in.get(_surname_in_handle(h.handle, surname_in))
            if cid is None:
                org, person = shape_votes(h.handle)
                org, person = org + h.org_votes, person + h.person_votes
                if org > person:
                    cid = found.named_cluster(
                        EntityType.ORGANISATION, h.handle, _handle_kind(h, text)
                    )
                else:
                    spelled = handle_person_name(h.handle)
                    cid = found.named_cluster(EntityType.ACTOR, spelled or h.handle)
        found.clusters[cid].handles.add(h.handle)
        found.add(Hit(h.start, h.end, cid))


def _surname_in_handle(handle: str, surnames: dict[str, str]) -> str:
    """The one person's surname written inside a handle ("@ARybnikov_econ" → "rybnikov")."""
    body = handle.casefold()
    hits = [s for s in surnames if s in body]
    return hits[0] if len(hits) == 1 else ""


_GLUED_HOST = re.compile(r"[\w-]*(?:\.[a-z]{2,6})+(?=[/\s…]|$)")


def _unglue(found: Found, text: str, h: object) -> None:
    """ "@businessbloomberg.com/…" (a handle run into a link): split off the cited domain."""
    end = h.end
    m = _GLUED_HOST.match(text, end)
    if text[end : end + 1] != "." or not m:
        return
    reg = registry()
    glued = h.handle[1:] + m.group(0)
    for domain, entry in reg.by_domain.items():
        cut = len(glued) - len(domain)
        if cut > 0 and glued.lower().endswith(domain) and reg.handle("@" + glued[:cut]):
            h.handle = "@" + glued[:cut]  # type: ignore[attr-defined]
            h.end = h.start + 1 + cut  # type: ignore[attr-defined]
            found.add(Hit(h.end, h.end + len(domain), found.entry_cluster(entry)))  # type: ignore[attr-defined]
            return


_MEDIA_CONTEXT = re.compile(
    r"^(?:'s|’s)?\s*(?:new\s+|recent\s+|latest\s+|great\s+)?(?:story|piece|article|report|"
    r"reporting|column|dispatch|interview|podcast|Q&A|deep\s+dive|coverage|investigation|"
    r"explainer|editorial|op-ed)\b",
    re.I,
)
_MEDIA_BEFORE = re.compile(r"(?:column|piece|article|op-ed|story|reporting)\s+(?:for|in|by)\s+$",
                           re.I)  # fmt: skip


def _handle_kind(h: object, text: str) -> str:
    """OrganisationKind of an unregistered handle, from its words and the words around it."""
    body = getattr(h, "handle", "").lower()
    for kind, words in (("INTERNATIONAL_ORG", ("eu_", "un_", "nato", "osce", "asean")),
                        ("MEDIA", ("news", "media", "times", "post", "daily", "tv", "radio",
                                   "journal", "press", "gazeta", "gazette", "monitor", "insider")),
                        ("GOVERNMENT_BODY", ("gov", "mfa", "mid_", "ministry", "embassy", "mod_",
                                             "kremlin", "street")),
                        ("BANK", ("bank",)), ("UNIVERSITY", ("univ",)),
                        ("THINK_TANK", ("center", "centre", "council", "endow",
                                        "inst"))):  # fmt: skip
        if any(w in body for w in words):
            return kind
    start, end = getattr(h, "start", 0), getattr(h, "end", 0)
    if _MEDIA_CONTEXT.match(text[end : end + 30]) or _MEDIA_BEFORE.search(
        text[max(0, start - 30) : start]
    ):
        return "MEDIA"
    return "OTHER"


def _flags_and_hosts(found: Found, text: str) -> None:
    reg = registry()
    for s, e, flag in find_flags(text):
        entry = reg.by_flag.get(flag)
        if entry is not None:
            found.add(Hit(s, e, found.entry_cluster(entry)))
    stems = {
        _stem(h): cid
        for cid, c in found.clusters.items()
        if c.type == EntityType.ORGANISATION and c.entry is None
        for h in c.handles
    }
    for s, e, host in find_hosts(text):
        if found.occupied(s, e):
            continue
        entry = reg.domain(host)
        if entry is not None:
            cid = found.entry_cluster(entry)
        else:
            bare = host.lower().removeprefix("www.")
            stem = _stem(bare.split(".")[0])
            cid = stems.get(stem) or found.named_cluster(EntityType.ORGANISATION, bare,
                                                         _host_kind(bare))  # fmt: skip
            if found.clusters[cid].kind == "OTHER":
                found.clusters[cid].kind = _host_kind(bare)
        found.clusters[cid].aliases.add(host.lower().removeprefix("www."))
        found.add(Hit(s, e, cid))


def _stem(name: str) -> str:
    """ "@levada_ru" / "levada.ru" → "levada"; "@eurasia_desk" / "eurasiadesk" → "eurasiadesk"."""
    body = name.lstrip("@").lower()
    body = re.sub(r"_(?:ru|en|cn|com|org|news|official|eng)$", "", body)
    return re.sub(r"[_-]", "", body)


def _host_kind(host: str) -> str:
    if re.search(r"\.gov(?:\.\w\w)?$|\.gov\.", host):
        return "GOVERNMENT_BODY"
    if re.search(r"\.edu(?:\.\w\w)?$|\.ac\.\w\w$", host):
        return "UNIVERSITY"
    return "MEDIA"


def _acronyms(found: Found, text: str) -> None:
    """ "Full Name (ACR)" → ACR is an alias of Full Name; later ACRs are mentions."""
    for h in list(found.hits):
        c = found.clusters[h.cluster]
        if c.type != EntityType.ORGANISATION:
            continue
        m = _ACRONYM_AFTER.match(text, h.end)
        if not m or len(m.group(1)) > 10:
            continue
        acr = m.group(1)
        if registry().lookup(acr) is not None:
            continue
        c.aliases.add(acr)
        for occ in re.finditer(rf"(?<![\w@#]){re.escape(acr)}(?![\w])", text):
            if not found.occupied(occ.start(), occ.end()):
                found.add(Hit(occ.start(), occ.end(), h.cluster))


def find(text: str) -> Found:
    """Everything the stage finds in a text (pure: no Extraction needed)."""
    found = Found()
    _prose(found, text)
    _surnames(found, text)
    _handles(found, text)
    _flags_and_hosts(found, text)
    _acronyms(found, text)
    found.hits.sort(key=lambda h: (h.start, h.end))
    return found


def write(found: Found, ex: Extraction) -> dict[str, str]:
    """Add the clusters as entity drafts and the hits as mentions; cluster id → entity key."""
    text = ex.doc.text
    keys: dict[str, str] = {}
    for cid, c in found.clusters.items():
        keys[cid] = ex.add_entity(c.draft())
    for h in found.hits:
        surface = text[h.start : h.end]
        ent = ex.entities[keys[h.cluster]]
        if not surface.startswith("@"):
            ent.aliases.add(surface)
        ex.mentions.append(MentionDraft(keys[h.cluster], h.start, h.end, surface))
    ex.mentions.sort(key=lambda m: (m.start, m.end))
    found.keys = keys
    return keys


__all__ = ["HONORIFICS", "Found", "Hit", "find", "write"]

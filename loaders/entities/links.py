"""Handles, flags, web domains and acronyms of one document, resolved to entities.

A handle is the registry's entity for it (or for its all-caps acronym), else the person of
the document whose name it spells or whose unique surname it contains ("@Igor_Denisov",
"@ARybnikov_econ"), else a new person or organisation by its evidence (see
:mod:`loaders.entities.social`). A domain is the registry's outlet for it (or a parent
domain), else merged with an unknown handle of the same stem ("levada.ru", "@levada_ru"),
else a new outlet when the text calls it one ("local news portal 66.ru"), else nothing: a
bare domain is a citation (see :mod:`loaders.entities.citations`), not an
organisation. "Full Name (ACR)" makes ACR an alias.
"""

from __future__ import annotations

import re

from kb.enums import EntityType
from loaders.entities.found import Found, Hit
from loaders.entities.registry import Entry, registry
from loaders.entities.social import (
    find_flags,
    find_handles,
    find_hosts,
    handle_person_name,
    shape_votes,
    split_handle,
)

_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&-]*[A-Z])\)")


def resolve_handles(found: Found, text: str) -> None:
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
    hits = find_handles(text)
    # one handle is one entity in a document: its occurrences pool their evidence, so
    # "by @X" in one tweet and "the @X report" in another do not make a person and an
    # organisation of one account
    pooled: dict[str, tuple[int, int]] = {}
    for h in hits:
        org, person = pooled.get(h.handle.casefold(), (0, 0))
        pooled[h.handle.casefold()] = (org + h.org_votes, person + h.person_votes)
    for h in hits:
        _unglue(found, text, h)
        entry = reg.handle(h.handle)
        body = h.handle[1:]
        if entry is None and body.isupper() and len(body) >= 3:
            entry = reg.lookup(body, EntityType.ORGANISATION)  # "@OFAC" → the registered OFAC
        if entry is None:
            entry = _registered_spelling(h.handle)
        if entry is not None:
            cid = found.entry_cluster(entry)
        else:
            words = frozenset(w.casefold() for w in split_handle(h.handle))
            cid = people.get(words) or surname_in.get(_surname_in_handle(h.handle, surname_in))
            leader = _registered_surname_first(h.handle) if cid is None else None
            if leader is not None:  # "@MedvedevRussiaE": a registered person's account
                cid = found.entry_cluster(leader)
            if cid is None:
                org, person = shape_votes(h.handle)
                votes = pooled.get(h.handle.casefold(), (h.org_votes, h.person_votes))
                org, person = org + votes[0], person + votes[1]
                if org > person:
                    cid = found.named_cluster(
                        EntityType.ORGANISATION, h.handle, _handle_kind(h, text)
                    )
                else:
                    spelled = handle_person_name(h.handle)
                    cid = found.named_cluster(EntityType.ACTOR, spelled or h.handle)
        found.clusters[cid].handles.add(h.handle)
        found.add(Hit(h.start, h.end, cid))


def _registered_spelling(handle: str) -> Entry | None:
    """The registered entity whose name a handle spells word for word ("@Acme_Steel",
    "@AcmeSteel" → "Acme Steel"): two words or more, so that a lone word ("@Delta") is
    not taken for a name it only shares."""
    words = split_handle(handle)
    if len(words) < 2:
        return None
    return registry().lookup(" ".join(words))


def _registered_surname_first(handle: str) -> Entry | None:
    """The registered person whose surname (six letters or more, one person's only) opens a
    CamelCase handle followed by a state's name ("@MedvedevRussiaE", "@LavrovRussia")."""
    parts = split_handle(handle)
    if len(parts) < 2 or len(parts[0]) < 6 or not parts[0][:1].isupper():
        return None
    reg = registry()
    if reg.state(parts[1]) is None:
        return None
    return reg.lookup(parts[0], EntityType.ACTOR)


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


def resolve_flags_and_hosts(found: Found, text: str) -> None:
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
        bare = host.lower().removeprefix("www.")
        if entry is not None:
            cid = found.entry_cluster(entry)
        else:
            # a cited domain is where a source was published, not an organisation the text
            # talks about: only an outlet already known (registry, or a handle of the same
            # stem in this document: "levada.ru" / "@levada_ru") is one
            cid = stems.get(_stem(bare.split(".")[0]))
            if cid is None and _OUTLET_BEFORE.search(text, max(0, s - 40), s):
                # "local news portal 66.ru reported": the text calls the site an outlet
                cid = found.named_cluster(EntityType.ORGANISATION, text[s:e], "MEDIA")
            if cid is None:
                continue
        found.clusters[cid].aliases.add(bare)
        found.add(Hit(s, e, cid))


# The outlet noun right before a domain that names it: "local news portal 66.ru", "the
# website example.com" (a cited address has no such noun before it).
_OUTLET_BEFORE = re.compile(
    r"\b(?:news\s+)?(?:portal|website|site|outlet|agency|newspaper|publication|magazine|"
    r"journal|blog|channel)\s+$",
    re.I,
)
_HANDLE_SUFFIX = re.compile(r"_(?:ru|en|cn|com|org|news|official|eng)$")
_UNDERSCORE_OR_HYPHEN = re.compile(r"[_-]")


def _stem(name: str) -> str:
    """ "@levada_ru" / "levada.ru" → "levada"; "@eurasia_desk" / "eurasiadesk" → "eurasiadesk"."""
    body = name.lstrip("@").lower()
    body = _HANDLE_SUFFIX.sub("", body)
    return _UNDERSCORE_OR_HYPHEN.sub("", body)


def resolve_acronyms(found: Found, text: str) -> None:
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

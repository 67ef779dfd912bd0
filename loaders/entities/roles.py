"""Affiliations stated by the text: a person's tie to an organisation, with the role.

Constructions read (P a person mention, O an organisation mention):
- a title before the name: "Russian Prime Minister P" (O = the state of the adjective),
  "Tajikistan's President P", "RIAC President P"; "FM P" with no organisation written takes
  the office the registry knows for P, when the title names that office;
- a role after an organisation: "O spokesman P", "O's founder P";
- an apposition: "P, director of O", "P, a China expert with O", "P (64), a researcher from O",
  "P was a researcher at O", "P of O";
- an author bio (a passage that opens with P): "P—Ph.D. in History, O Director General,
  Senior Research Fellow at O" — one affiliation per organisation, its role the words of
  its comma segment.
Every affiliation carries the offsets of the words that state it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kb.enums import EntityType
from loaders.drafts import AffiliationDraft, Extraction, MentionDraft
from loaders.entities.found import Found
from loaders.entities.lexicon import ROLE_NOUN_SET, TITLES
from loaders.entities.names import DEGREE_AFTER as _DEGREE_AFTER
from loaders.entities.registry import registry

_APPOSITION = re.compile(
    r"^(?:\s*\(\d{1,3}\))?\s*(?:,|—|–|\s(?:was|is|has\s+been|became|served\s+as|works\s+as))\s*"
    r"(?:(?:a|an|the|now|then|former|currently|also)\s+)*"
    r"(?P<role>[^,;.()“”\"]{0,80}?)\s+(?:of|at|with|from|in|for)\s+(?:the\s+)?$"
)
_OF = re.compile(r"^\s+(?:of|from)\s+(?:the\s+)?$")
_ROLE_BEFORE = re.compile(r"^(?:'s|’s)?\s+(?P<role>[a-z][a-z -]{1,40}?)\s+$")
_POSSESSIVE_GAP = re.compile(r"^(?:'s|’s)?\s+$")
_BIO_START = re.compile(r"^\s*(?:\((?:Head|head)\))?\s*(?:—|–|:)")
_ROLE_TRIM = re.compile(r"^(?:(?:and|at|of|in|the|with|from|for)\s+)+|(?:\s+(?:and|at|of|in|the|"
                        r"with|from|for|under))+$", re.I)  # fmt: skip
_ROLE_WORDS = re.compile(r"[A-Za-z]")


_TITLE_WORDS = frozenset(w.lower().rstrip(".") for t in TITLES for w in t.split())
_WORD = re.compile(r"[\w-]+")
_HEAD_MARK = re.compile(r"^\((?:Head|head)\)\s*[—–-]?\s*")  # "(Head) — …" in a bio
_SEGMENT = re.compile(r"[^,;]+")


def _has_role_word(role: str) -> bool:
    words = _WORD.findall(role.lower())
    return any(w in ROLE_NOUN_SET or w.rstrip("s") in ROLE_NOUN_SET or w in _TITLE_WORDS
               for w in words)  # fmt: skip


def _clean_role(role: str | None) -> str | None:
    if role is None:
        return None
    role = " ".join(role.split()).strip(" ,;:—–-")
    role = _HEAD_MARK.sub("", role)
    role = _ROLE_TRIM.sub("", role).strip()
    if not role or not _ROLE_WORDS.search(role) or len(role) > 80:
        return None
    return role


def add_affiliations(ex: Extraction, found: Found) -> None:
    text = ex.doc.text
    ments = sorted(ex.mentions, key=lambda m: (m.start, m.end))
    types = {k: e.type for k, e in ex.entities.items()}
    people = [m for m in ments if types.get(m.entity) == EntityType.ACTOR]
    orgs = [m for m in ments if types.get(m.entity) == EntityType.ORGANISATION]
    org_end = {m.end: m for m in orgs}
    org_starts = [m.start for m in orgs]
    ment_starts = [m.start for m in ments]

    def orgs_between(lo: int, hi: int) -> list[MentionDraft]:
        return orgs[bisect_left(org_starts, lo) : bisect_left(org_starts, hi)]

    out: list[AffiliationDraft] = []
    titles = {h.start: h.title for h in found.hits if h.title}

    def add(p: MentionDraft, o: MentionDraft | str, role: str | None, s: int, e: int) -> None:
        okey = o if isinstance(o, str) else o.entity
        if okey != p.entity:
            out.append(AffiliationDraft(p.entity, okey, _clean_role(role), s, e))

    # titles written before the name
    for h in found.hits:
        if h.title_start is None or found.keys.get(h.cluster) is None:
            continue
        pkey = found.keys[h.cluster]
        if types.get(pkey) != EntityType.ACTOR:
            continue
        p = MentionDraft(pkey, h.start, h.end, text[h.start : h.end])
        if h.title is None:
            continue
        if h.state:
            st = registry().state(h.state)
            if st is not None:
                okey = ex.add_entity(st.draft())
                add(p, okey, h.title, h.title_start, h.end)
                continue
        before = next((org_end[end] for end in range(h.title_start, max(0, h.title_start - 4), -1)
                       if end in org_end and _POSSESSIVE_GAP.match(text[end : h.title_start])),
                      None)  # fmt: skip
        if before is not None:
            add(p, before, h.title, before.start, h.end)
            continue
        entry = registry().lookup(ex.entities[pkey].name, EntityType.ACTOR)
        if entry and entry.role and entry.of and entry.role.split()[-1] in h.title:
            st = registry().lookup(entry.of)
            if st is not None:
                add(p, ex.add_entity(st.draft()), h.title, h.title_start, h.end)
    for p in people:
        # "P, director of O" / "P was a researcher at O" / "P of O"
        for o in orgs_between(p.end, p.end + 121):
            gap = text[p.end : o.start]
            m = _APPOSITION.match(gap)
            if m and (_has_role_word(m.group("role")) or titles.get(p.start)):
                role = m.group("role") if _has_role_word(m.group("role")) else titles[p.start]
                add(p, o, role, p.start, o.end)
                break
            if _OF.match(gap):
                add(p, o, None, p.start, o.end)
                break
        # "O spokesman P" / "O's founder P"
        for o in orgs_between(p.start - 250, p.start):
            if o.end > p.start or o.end < p.start - 50:
                continue
            m = _ROLE_BEFORE.match(text[o.end : p.start])
            if (
                m
                and len(m.group("role").split()) <= 3
                and _has_role_word(m.group("role"))
                and not any(
                    t.start >= o.end and t.end <= p.start
                    for t in ments[
                        bisect_left(ment_starts, o.end) : bisect_left(ment_starts, p.start)
                    ]
                )
            ):
                add(p, o, m.group("role"), o.start, p.end)
    _bios(ex, people, orgs, add)
    seen: set[tuple[str, str, str | None]] = set()
    for a in out:
        triple = (a.actor, a.organisation, a.role)
        if triple not in seen:
            seen.add(triple)
            ex.affiliations.append(a)


def _bios(ex: Extraction, people: list[MentionDraft], orgs: list[MentionDraft], add) -> None:  # type: ignore[no-untyped-def]
    """Author bios: a passage opening with a person, then degrees and positions."""
    text = ex.doc.text
    starts = [o.start for o in orgs]
    for p in people:
        index = ex.doc.passage_at(p.start)
        if index is None:
            continue
        passage = ex.doc.passages[index]
        after = text[p.end : p.end + 60]
        if text[passage.start : p.start].strip() or not (
            _BIO_START.match(after) or _DEGREE_AFTER.match(after)
        ):
            continue
        lo, hi = bisect_left(starts, p.end), bisect_left(starts, passage.end)
        inside = [
            o for o in orgs[lo:hi]
            if o.end <= passage.end and ex.entities[o.entity].kind != "STATE"
        ]  # fmt: skip
        if not inside:
            continue
        body_start = p.end
        for seg in _SEGMENT.finditer(text[body_start : passage.end]):
            s, e = body_start + seg.start(), body_start + seg.end()
            seg_orgs = [o for o in inside if s <= o.start and o.end <= e]
            if not seg_orgs:
                continue
            first = seg_orgs[0]
            role = text[s : first.start]
            if not _clean_role(role):
                role = text[first.end : e] if len(seg_orgs) == 1 else role
            if role and not _has_role_word(role):
                role = None
            for o in seg_orgs:
                add(p, o, role, s, e)

"""A state's customs service named in lower case: "Russian customs data", "according to
China's customs", "Kazakh customs statistics show".

"Chinese customs" alone may be a people's ways ("Chinese customs and traditions"), so the
service is read only before a word of reporting (data, statistics, figures, officials, said,
showed…) or after "according to"; the body is the registered one whose name or alias is the
same phrase in title case ("Chinese Customs", "Russian Customs")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kb.enums import EntityType
from loaders.entities.anchored import finditer_at, occurrences
from loaders.entities.found import Found, Hit
from loaders.entities.registry import registry

_CUSTOMS = re.compile(
    r"(?P<pre>\b(?i:according to) (?:the )?)?\b(?P<state>[A-Z][a-z]+(?:['’]s)?) customs\b"
    r"(?P<post> (?:data|statistics|figures|numbers|officials|authorities|service|office|"
    r"agency|administration|said|says|showed|shows|reported|reports|recorded|records)\b)?"
)


# "according to " and "according to the " (lengths kept by the case-insensitive match).
_PRE_LENGTHS = (len("according to "), len("according to the "))


def _starts(text: str) -> Iterator[int]:
    """Where a match of `_CUSTOMS` can start: at the state's capital before each " customs"
    (its lower-case letters, then "'s" or none, end there), or "according to (the) " before."""
    for p in occurrences(text, " customs"):
        ends = (p, p - 2) if text[p - 2 : p] in ("'s", "’s") else (p,)
        for e in ends:
            j = e
            while j > 0 and "a" <= text[j - 1] <= "z":
                j -= 1
            if j < e and j > 0:
                yield j - 1
                yield from (j - 1 - n for n in _PRE_LENGTHS if j - 1 - n >= 0)


def find_customs(found: Found, text: str) -> None:
    reg = registry()
    for m in finditer_at(_CUSTOMS, text, _starts(text)):  # (all of `_CUSTOMS.finditer`)
        if not (m.group("pre") or m.group("post")):
            continue
        s, e = m.start("state"), m.end("state") + len(" customs")
        state = m.group("state").replace("’", "'")
        entry = reg.lookup(f"{state} Customs", EntityType.ORGANISATION)
        if entry is None or entry.kind != "GOVERNMENT_BODY":
            continue
        inside = [h for h in found.hits if h.start < e and s < h.end]
        if any(h.start < s or h.end > e or found.clusters[h.cluster].kind != "STATE"
               for h in inside):  # fmt: skip
            continue  # part of a longer name; only the state's own name gives way
        for h in inside:
            found.hits.remove(h)  # "China's customs" is the service, not the state
            if not any(o.cluster == h.cluster for o in found.hits):
                found.clusters.pop(h.cluster, None)
        found.add(Hit(s, e, found.entry_cluster(entry)))

"""A state's customs service named in lower case: "Russian customs data", "according to
China's customs", "Kazakh customs statistics show".

"Chinese customs" alone may be a people's ways ("Chinese customs and traditions"), so the
service is read only before a word of reporting (data, statistics, figures, officials, said,
showed…) or after "according to"; the body is the registered one whose name or alias is the
same phrase in title case ("Chinese Customs", "Russian Customs")."""

from __future__ import annotations

import re

from kb.models import EntityType
from loaders.entities.found import Found, Hit
from loaders.entities.registry import registry

_CUSTOMS = re.compile(
    r"(?P<pre>\b(?i:according to) (?:the )?)?\b(?P<state>[A-Z][a-z]+(?:['’]s)?) customs\b"
    r"(?P<post> (?:data|statistics|figures|numbers|officials|authorities|service|office|"
    r"agency|administration|said|says|showed|shows|reported|reports|recorded|records)\b)?"
)


def find_customs(found: Found, text: str) -> None:
    reg = registry()
    for m in _CUSTOMS.finditer(text):
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

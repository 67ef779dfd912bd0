"""Armed-forces formations named by a number or a region: "17th Coast Guard District",
"58th Combined Arms Army", "155th Separate Marine Brigade", "Fifth Fleet", "Volga Military
District", "Eastern Theater Command".

The branches, districts, fleets and theatre commands of the Russian, Chinese, US and Japanese
forces are registered (``registry/military.json``); this rule reads the open class the press
writes around them: an ordinal, up to five capitalised words and a formation's head noun.
A "District" is military only with a military word in the name ("17th Congressional District"
is not); a spelled ordinal takes only the heads that football leagues never use ("Third
Division" is a league)."""

from __future__ import annotations

import re

from kb.enums import EntityType
from loaders.entities.found import Found, Hit
from loaders.prefilter import gated

_SPELLED = r"First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth"
_HEADS = (
    r"Fleet|Army|Command|Division|Brigade|Regiment|Corps|Squadron|Flotilla|Wing|Battalion|"
    r"District"
)
_UNIT = re.compile(
    rf"(?<![\w-])(?:(?P<num>\d{{1,3}}(?:st|nd|rd|th))|(?P<word>{_SPELLED}))"
    rf"(?P<body>(?: (?:[A-Z][\w-]*|and|of))*?) (?P<head>{_HEADS})\b"
)
_REGION = re.compile(
    r"(?<![\w-])(?!(?:The|A|An|In|On|At|Of) )(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)? )+?"
    r"(?:Military District|Theat(?:er|re) Command)\b"
)
# Behind a literal prefilter (same matches; see loaders.prefilter): most texts lack the
# literal text these need, and the patterns are tried at every position.
_UNIT, _REGION = gated(_UNIT), gated(_REGION)
_MILITARY_WORD = re.compile(r"\b(?:Military|Guard|Naval|Air|Defen[cs]e|Border)\b")
_SPELLED_HEADS = {"Fleet", "Army", "Corps", "Command", "Flotilla"}


def find_formations(found: Found, text: str) -> None:
    spans: list[tuple[int, int]] = []
    for m in _UNIT.finditer(text):
        body, head = m.group("body"), m.group("head")
        if len(body.split()) > 5 or body.endswith((" and", " of")):
            continue
        if head == "District" and not _MILITARY_WORD.search(body):
            continue
        if m.group("word") and head not in _SPELLED_HEADS:
            continue
        spans.append((m.start(), m.end()))
    for m in _REGION.finditer(text):
        spans.append((m.start(), m.end()))
    for s, e in spans:
        if any(h.start < s < h.end for h in found.hits):
            continue  # inside a name already read
        # a name read from inside the formation on ("Separate Marine Brigade of the Pacific
        # Fleet") gives way, unless registered
        inside = [h for h in found.hits if s <= h.start < e]
        if any(h.end > e and found.clusters[h.cluster].entry is not None for h in inside):
            continue
        if any(h.start == s and h.end == e for h in inside):
            continue  # registered or already read as a whole
        for h in inside:
            found.hits.remove(h)
            if not any(o.cluster == h.cluster for o in found.hits):
                found.clusters.pop(h.cluster, None)
        cid = found.named_cluster(EntityType.ORGANISATION, text[s:e], "MILITARY")
        found.add(Hit(s, e, cid))

"""Government bodies named by a place and a head noun the capitalised-phrase finder cuts:
"the Administration of Amur region" (the unit in lower case), and a state's body named with
the state in the possessive ("China's Atomic Energy Authority" for the registered "China
Atomic Energy Authority"), and a Chinese city's government in lower case ("the Shenzhen
government" is the Shenzhen Municipal Government; a province's is its Provincial Government).

Both run after the prose pass and replace the fragments it found inside their span
("Administration of Amur"); a fragment's cluster left without mentions is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kb.enums import EntityType
from loaders.entities.anchored import finditer_at, is_word, occurrences
from loaders.entities.found import Found, Hit
from loaders.entities.lexicon import PLACE_WORDS, is_pinyin, words
from loaders.entities.registry import Entry, registry

# "Administration of Primorsky Krai", "the Government of Sverdlovsk oblast"
_REGIONAL = re.compile(
    r"\b(?P<head>Administration|Government)\s+of\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?P<unit>(?i:region|krai|kray|oblast|territory|province|autonomous\s+okrug|district))\b"
)
# "China's Atomic Energy Authority", "Russia’s Federal Customs Service"
_POSSESSIVE = re.compile(
    r"\b(?P<state>[A-Z][\w.]+)['’]s\s+"
    r"(?P<body>[A-Z][\w-]+(?:\s+(?:of|for|[A-Z][\w-]+))*\s+[A-Z][\w-]+)"
)


# "the Shenzhen government", "the Guangzhou city government"
_CITY_GOVERNMENT = re.compile(
    r"\bthe\s+(?P<place>[A-Z][a-z]+)\s+(?:(?:city|municipal|provincial)\s+)?government\b"
)
# The provinces and autonomous regions of China, whose governments are provincial.
_PROVINCES = frozenset(
    words("""
    Anhui Fujian Gansu Guangdong Guizhou Hainan Hebei Heilongjiang Henan Hubei Hunan Jiangsu
    Jiangxi Jilin Liaoning Qinghai Shaanxi Shandong Shanxi Sichuan Yunnan Zhejiang Guangxi
    Ningxia Xinjiang Tibet Xizang
""")
)


def replace_hits(found: Found, start: int, end: int, cid: str) -> None:
    """Drop the hits inside [start, end) (fragments), their emptied clusters, add the hit."""
    inside = [h for h in found.hits if start <= h.start and h.end <= end]
    found.hits = [h for h in found.hits if not (start <= h.start and h.end <= end)]
    left = {h.cluster for h in found.hits}
    for h in inside:
        c = found.clusters.get(h.cluster)
        if h.cluster not in left and h.cluster != cid and c is not None and c.entry is None:
            del found.clusters[h.cluster]
    found.add(Hit(start, end, cid))


def _state_body(state: Entry, body: str) -> Entry | None:
    reg = registry()
    for name in (state.name, *state.aliases):
        for form in (f"{name} {body}", f"{body} of {name}", f"{body} of the {name}"):
            entry = reg.lookup(form, EntityType.ORGANISATION)
            if entry is not None and entry.kind != "STATE":
                return entry
    return None


def _possessive_starts(text: str) -> Iterator[int]:
    """Where a match of `_POSSESSIVE` can start: a capital in the run of word characters and
    stops before an "'s" or "’s"."""
    for q in (*occurrences(text, "'s"), *occurrences(text, "’s")):
        j = q
        while j > 0 and (is_word(text[j - 1]) or text[j - 1] == "."):
            j -= 1
        yield from (i for i in range(j, q) if "A" <= text[i] <= "Z")


def find_regional(found: Found, text: str) -> None:
    heads = (*occurrences(text, "Administration"), *occurrences(text, "Government"))
    for m in finditer_at(_REGIONAL, text, heads):  # (= _REGIONAL.finditer: it opens on a head)
        unit = " ".join(w.capitalize() for w in m.group("unit").split())
        name = f"{m.group('head')} of {m.group('place')} {unit}"
        cid = found.named_cluster(EntityType.ORGANISATION, name, "GOVERNMENT_BODY")
        found.clusters[cid].aliases.add(m.group(0))
        replace_hits(found, m.start(), m.end(), cid)
    for m in _CITY_GOVERNMENT.finditer(text):
        place = m.group("place")
        if place not in PLACE_WORDS or not (is_pinyin(place) or place in _PROVINCES):
            continue  # a Chinese city or province named as one word
        level = "Provincial" if place in _PROVINCES else "Municipal"
        s = m.start("place")
        if found.occupied(s, m.end()):
            continue
        cid = found.named_cluster(EntityType.ORGANISATION, f"{place} {level} Government",
                                  "GOVERNMENT_BODY")  # fmt: skip
        found.clusters[cid].aliases.add(text[s : m.end()])
        replace_hits(found, s, m.end(), cid)
    reg = registry()
    for m in finditer_at(_POSSESSIVE, text, _possessive_starts(text)):  # (= finditer)
        state = reg.lookup(m.group("state"))
        if state is None or state.kind != "STATE":
            continue
        words = m.group("body").split()
        for n in range(len(words), 1, -1):  # the longest registered body first
            body = " ".join(words[:n])
            if reg.lookup(body) is not None:
                break  # registered as written: the prose pass found it
            entry = _state_body(state, body)
            if entry is not None:
                s = m.start("body")
                replace_hits(found, s, s + len(body), found.entry_cluster(entry))
                break

"""Subjects of a statistic (the states, companies and regions it is about) and the entity
look-ups shared with source attribution.

Subjects come from the entity mentions in the statistic's sentence (organisations of kind
STATE, COMPANY, INTERNATIONAL_ORG, BANK) and from a small gazetteer of states written as
names, demonyms, capitals or flags ("Russian exports to China", "Sino-Russian", "🇨🇳🇷🇺",
"Moscow"): those resolve to the state entity already in the extraction when there is one,
else a STATE organisation is added.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kb.enums import EntityType
from kb.ids import normalise_name
from loaders.drafts import EntityDraft, Extraction, MentionDraft
from loaders.leading import led
from loaders.prefilter import gated

# canonical name → (kind, surface forms); surface forms match whole words, case-sensitive.
STATES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Russia": (
        "STATE",
        (
            "Russia",
            "Russian",
            "Russians",
            "Russia's",
            "Russia’s",
            "Moscow",
            "Russian Federation",
            "Sino-Russian",
            "🇷🇺",
        ),
    ),
    "China": (
        "STATE",
        (
            "China",
            "Chinese",
            "China's",
            "China’s",
            "Beijing",
            "PRC",
            "People's Republic of China",
            "Sino-Russian",
            "Sino",
            "🇨🇳",
        ),
    ),
    "United States": (
        "STATE",
        (
            "United States",
            "U.S.",
            "US",
            "USA",
            "America",
            "American",
            "Americans",
            "Washington",
            "🇺🇸",
        ),
    ),
    "European Union": ("INTERNATIONAL_ORG", ("European Union", "EU", "🇪🇺")),
    "India": ("STATE", ("India", "Indian", "New Delhi", "🇮🇳")),
    "Japan": ("STATE", ("Japan", "Japanese", "Tokyo", "🇯🇵")),
    "Kazakhstan": ("STATE", ("Kazakhstan", "Kazakh", "Astana", "Nur-Sultan", "🇰🇿")),
    "Tajikistan": ("STATE", ("Tajikistan", "Tajik", "Dushanbe", "🇹🇯")),
    "Uzbekistan": ("STATE", ("Uzbekistan", "Uzbek", "Tashkent", "🇺🇿")),
    "Kyrgyzstan": ("STATE", ("Kyrgyzstan", "Kyrgyz", "Bishkek", "🇰🇬")),
    "Mongolia": ("STATE", ("Mongolia", "Mongolian", "Ulaanbaatar", "🇲🇳")),
    "Ukraine": ("STATE", ("Ukraine", "Ukrainian", "Kyiv", "Kiev", "🇺🇦")),
    "Belarus": ("STATE", ("Belarus", "Belarusian", "Minsk", "🇧🇾")),
    "Germany": ("STATE", ("Germany", "German", "Berlin", "🇩🇪")),
    "United Kingdom": ("STATE", ("United Kingdom", "UK", "Britain", "British", "🇬🇧")),
    "Iran": ("STATE", ("Iran", "Iranian", "Tehran", "🇮🇷")),
    "Turkey": ("STATE", ("Turkey", "Turkish", "Türkiye", "Ankara", "🇹🇷")),
    "Vietnam": ("STATE", ("Vietnam", "Vietnamese", "🇻🇳")),
    "South Korea": ("STATE", ("South Korea", "South Korean", "Seoul", "🇰🇷")),
    "North Korea": ("STATE", ("North Korea", "DPRK", "Pyongyang", "🇰🇵")),
}
_FORMS: dict[str, list[str]] = {}
for _name, (_kind, _forms) in STATES.items():
    for _f in _forms:
        _FORMS.setdefault(_f, []).append(_name)
# Longest form first; a form written in letters only as a whole word. The look-behind the
# word forms share is written once before their alternation (the same matches: it tests one
# position, and no flag starts where a letter does): before each, it was tried for every form
# at every position, as `re` skips an alternative at once only when its first character fails.
_BY_LENGTH = sorted(_FORMS, key=len, reverse=True)
_GAZ = re.compile(
    r"(?<![\w@#-])(?:"
    + "|".join(rf"{re.escape(f)}(?![\w-])" for f in _BY_LENGTH if f[0].isalpha())
    + ")|"
    + "|".join(re.escape(f) for f in _BY_LENGTH if not f[0].isalpha())
)
# Behind a literal prefilter (same matches; see loaders.prefilter): most texts lack the
# literal text these need, and the patterns are tried at every position; and behind a
# look-ahead for the forms' first characters (loaders.leading).
_GAZ = gated(led(_GAZ))
_US_AS_STATE = re.compile(r"\s*[-–]?\s*(?:China|Russia|[a-z])")  # "US-China", "US exports"
SUBJECT_KINDS = {"STATE", "COMPANY", "INTERNATIONAL_ORG", "BANK", "OTHER"}


def state_key(ex: Extraction, name: str) -> str:
    """Key of the state `name`: an existing entity named or aliased so, else a new one."""
    wanted = {normalise_name(name)}
    wanted |= {normalise_name(f) for f in STATES[name][1] if f[0].isalpha() and len(f) > 3}
    for key, ent in ex.entities.items():
        if ent.type != EntityType.ORGANISATION or ent.kind not in ("STATE", "INTERNATIONAL_ORG"):
            continue
        if normalise_name(ent.name) in wanted:
            return key
    for key, ent in ex.entities.items():
        if (
            ent.type == EntityType.ORGANISATION
            and ent.kind in ("STATE", "INTERNATIONAL_ORG")
            and normalise_name(name) in {normalise_name(a) for a in ent.aliases}
        ):
            return key
    return ex.add_entity(EntityDraft(EntityType.ORGANISATION, name, kind=STATES[name][0],
                                     aliases={name}))  # fmt: skip


class _SortedPrefix:
    """The longest prefix of one mention list that is in order of start, with its starts.

    The entities stage leaves `Extraction.mentions` sorted; the statistics stage only appends
    to it (sources it adds), so a query bisects the prefix and scans the short tail. Built
    again when the list is another one, shorter, or its prefix was reordered.
    """

    def __init__(self, mentions: list[MentionDraft]) -> None:
        self.mentions = mentions
        self.starts: list[int] = []
        for m in mentions:
            if self.starts and m.start < self.starts[-1]:
                break
            self.starts.append(m.start)
        self.ends = [m.end for m in mentions[: len(self.starts)]]
        self.size = len(self.starts)
        self.edges = (mentions[0], mentions[self.size - 1]) if self.size else None

    def fits(self, mentions: list[MentionDraft]) -> bool:
        if self.mentions is not mentions or len(mentions) < self.size:
            return False
        if not self.size:
            return True
        first, last = self.edges  # type: ignore[misc]
        return mentions[0] is first and mentions[self.size - 1] is last


_prefix: _SortedPrefix | None = None


def mentions_in(ex: Extraction, start: int, end: int) -> list[MentionDraft]:
    """The mentions inside [start, end], in list order (same as a filter over the list)."""
    global _prefix
    mentions = ex.mentions
    if _prefix is None or not _prefix.fits(mentions):
        _prefix = _SortedPrefix(mentions)
    starts, ends, size = _prefix.starts, _prefix.ends, _prefix.size
    found: list[MentionDraft] = []
    i = bisect_left(starts, start)
    while i < size and starts[i] <= end:
        if ends[i] <= end:
            found.append(mentions[i])
        i += 1
    found += [m for m in mentions[size:] if start <= m.start and m.end <= end]
    return found


def find_subjects(ex: Extraction, text: str, start: int, end: int,
                  exclude: set[str] | None = None) -> list[str]:  # fmt: skip
    """Entity keys of the states/companies/regions named in text[start:end]."""
    keys: list[str] = []
    covered: list[tuple[int, int]] = []
    for m in mentions_in(ex, start, end):
        ent = ex.entities.get(m.entity)
        if ent is None or ent.type != EntityType.ORGANISATION:
            continue
        if (ent.kind or "OTHER") in SUBJECT_KINDS:
            keys.append(m.entity)
            covered.append((m.start, m.end))
    for g in _GAZ.finditer(text, start, end):
        if any(s <= g.start() < e for s, e in covered):
            continue
        if g.group(0) == "US" and not _US_AS_STATE.match(text, g.end()):
            continue
        for name in _FORMS[g.group(0)]:
            keys.append(state_key(ex, name))
    out = list(dict.fromkeys(keys))
    return [k for k in out if k not in (exclude or set())]


def subjects_of_phrase(ex: Extraction, phrase: str) -> list[str]:
    """States named in a free-standing phrase (a table caption)."""
    return list(dict.fromkeys(state_key(ex, n) for g in _GAZ.finditer(phrase)
                              for n in _FORMS[g.group(0)]))  # fmt: skip

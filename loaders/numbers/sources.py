"""Who the text credits for a number: "according to X", "X recorded/reported/released …",
"polled by @levada_ru", "data from X", "Chinese statistics/data" (→ the state).

The credited name resolves to the entity mentioned there when the entities stage found one,
else to an existing entity of that name, else a new organisation (with a kind guessed from
its words: customs/service/ministry → GOVERNMENT_BODY, …) and a mention of it is added.
Announcement sentences without numbers ("China's Customs has released its August data.")
credit the numbers of the rest of their passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.enums import EntityType
from kb.ids import normalise_name
from loaders.claims.attribution import TRAIL_SETTING
from loaders.drafts import EntityDraft, Extraction, MentionDraft
from loaders.entities.lexicon import common_word
from loaders.entities.registry import registry
from loaders.entities.tokens import DESCRIBED_SUFFIX
from loaders.numbers.subjects import STATES, mentions_in, state_key
from loaders.prefilter import Gated, gated

# "China's customs", "Russia's central bank", "Chinese customs": a state's body in lower case
_BODY = (
    r"(?:customs|ministry\s+of\s+[a-z]+|[a-z]+\s+ministry|central\s+bank|statistics\s+"
    r"(?:committee|service|office|agency|bureau)|statistical\s+(?:service|office|agency|"
    r"bureau)|(?:statistics\s+)?bureau\s+of\s+statistics|customs\s+(?:service|administration))"
)
_STATE_BODY = (
    rf"(?:[A-Z][\w-]*(?:'s|’s)|Chinese|Russian|Kazakh|Indian|Turkish|Japanese|Korean|German|"
    rf"French|British|Mongolian|Belarusian|Uzbek|Iranian)\s+{_BODY}(?![\w-])"
)
_NAME = (
    rf"(?:{_STATE_BODY}|@\w+|(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of|the|for|on|de|and(?=\s+[A-Z])|[A-Z][\w'’.&-]*|"
    r"\([A-Z]+\))){0,12})"
)
_STATE_ADJ = r"(?P<adj>Chinese|Russian|China's|China’s|Russia's|Russia’s|U\.S\.|American|European)"
_DATA = (
    r"(?:official\s+|customs\s+|government\s+|national\s+)?(?:statistics|data|figures|estimates)"
)
_RULES = [
    re.compile(
        rf"\b[Aa]ccording\s+to\s+(?:the\s+)?(?:data\s+(?:from|of)\s+)?{_STATE_ADJ}\s+{_DATA}"
    ),
    re.compile(
        rf"(?<![\w'])(?:{_STATE_ADJ})\s+{_DATA}\s+(?:show|shows|showed|suggest|suggests|"
        r"indicate|indicates|is\s+out|reveal|reveals|put)"
    ),
    re.compile(rf"\b[Aa]ccording\s+to\s+(?P<name>{_NAME})"),
    re.compile(
        rf"\b(?:polled|surveyed|compiled|reported|estimated|published|released|"
        rf"calculated|recorded|announced|provided)\s+by\s+(?:[a-z]+\s+)?(?P<name>{_NAME})"
    ),
    re.compile(
        rf"\b(?i:data|figures|statistics|estimates|survey|poll|study|report|research|analysis|"
        rf"census)\s+(?:from|of|by|conducted\s+by)\s+(?P<name>{_NAME})"
    ),
    re.compile(
        r"(?P<name>(?<![\w@#])[A-Z][\w-]*(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}(?:committee|customs|"
        r"ministry|service|agency|bureau|office|administration|central\s+bank|statistics\s+"
        r"(?:committee|service|office|agency)))\s+(?:has\s+|have\s+)?(?:recorded|reported|"
        r"released|published|estimated|announced|registered|calculated|says|said|data)\b"
    ),
    re.compile(
        r"(?P<name>@\w+)\s+(?:data|numbers|figures|statistics|stats|poll|survey|"
        r"estimates)\b"
    ),
    re.compile(rf"[,;(—–]\s*per\s+(?P<name>@\w+|{_NAME})"),
    re.compile(
        rf"\b(?:[Aa]nalysts?|[Ee]xperts?|[Ee]conomists?|[Rr]esearchers?|[Ss]cholars?)\s+"
        rf"(?:at|from|of|with)\s+(?P<name>{_NAME})"
    ),
    re.compile(
        rf"(?P<name>{_NAME})\s+(?:has\s+|have\s+|had\s+)?(?:[a-z]+ly\s+)?(?:recorded|reported|released|"
        r"published|estimated|estimates|estimate|announced|registered|calculated|says|said|"
        r"told|added|noted|stated|expects|forecasts|targets|plans|projects|predicts|puts|"
        r"data\s+shows?)\b"
    ),
]
_RULES = [gated(rx) for rx in _RULES]  # same matches, sentences without the words skipped
# One search for the words of every rule before the rules' own: two sentences in three hold
# none of them (the ten searches cost 0.48 s over 10x's sentences, this one 0.12). A rule's
# case-sensitive text (ASCII) is in a sentence only if its lower case is in the sentence's.
assert all(isinstance(rx, Gated) and all(t.isascii() for t, _ in rx.literals) for rx in _RULES)
_ANY_RULE = Gated(
    re.compile(""), frozenset((t.lower(), True) for rx in _RULES for t, _ in rx.literals)
)
_GROUP = re.compile(r"^(?:the\s+)?(?:a\s+number\s+of|some|many|several|most|other)?\s*"
                    r"(?:\w+\s+)?(?:experts?|analysts?|observers?|commentators?|sources?|"
                    r"estimates|media|reports?|side|data|officials?|authors?)\b", re.I)  # fmt: skip
_GROUP_AFTER = re.compile(
    r"\s+(?:experts?|analysts?|observers?|commentators?|side|scholars|"
    r"officials?|researchers|sources|media|colleagues)\b",
    re.I,
)
_ORG_WORD = re.compile(
    r"\b(?:Center|Centre|Institute|Foundation|Fund|Service|Committee|"
    r"Ministry|Agency|Bureau|Bank|Council|Commission|Office|Administration|"
    r"Customs|University|Academy|Corporation|Group|Company|Endowment|Forum|"
    r"Club|Association|Union|Organi[sz]ation|Network|Partnership|Society)\b"
)
_ANNOUNCE = re.compile(r"\b(?:released|published|is\s+out|are\s+out|came\s+out|released)\b", re.I)
# A name that is an officer's title, or ends with the officer's name after the title.
_OFFICER = re.compile(
    r"\b(?:CEO|Chief\s+Executive|Editor(?:-in-Chief)?|Director|Chairman|Chairwoman|Minister|"
    r"Spokes(?:man|woman|person)|Governor|Ambassador)(?:\s+[A-Z][\w’'-]+){0,3}$"
)
_TRIM = re.compile(r"(?:\s+(?:and|of|the|for|on|de))+$|^(?:the|The)\s+")
_BODY_WORDS = {
    "GOVERNMENT_BODY": ("customs", "service", "ministry", "administration", "agency",
                        "committee", "bureau", "government", "statistics", "rosstat",
                        "commission", "council", "office", "department", "representation"),
    "BANK": ("bank",),
    "UNIVERSITY": ("university",),
    "RESEARCH_INSTITUTE": ("institute", "academy"),
    "THINK_TANK": ("center", "centre", "foundation", "council"),
    "MEDIA": ("news", "times", "post", "journal", "tass", "interfax", "xinhua", "agency",
              "ria", "daily", "gazette", "television", "tv", "reuters", "bloomberg", "kommersant",
              "vedomosti", "rbc", "afp", "ap", "bbc", "cnn", "cgtn", "sputnik", "izvestia",
              "caixin", "nikkei", "ft", "wsj", "herald", "tribune", "telegraph", "guardian"),
    "INTERNATIONAL_ORG": ("world", "united nations", "imf", "wto", "organisation",
                          "organization"),
}  # fmt: skip
# one pattern per kind: it finds a match when one of the kind's words stands as a word
_BODY_WORD_RES = {
    kind: re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b")
    for kind, words in _BODY_WORDS.items()
}
_PER = re.compile(r"[,;(—–]\s*per\s")  # "…, per Rosstat"


@dataclass
class Credit:
    """A source stated in a sentence: its entity, where the credit phrase is, and which way
    it reaches (`left`: ", according to X" / ", X reported" after the figures it covers)."""

    key: str
    start: int
    end: int
    left: bool = False
    speech: bool = False  # "X said": who reports the number, not where the data come from
    opens: bool = False  # starts a sentence the splitter missed ("$100/t.¹⁰⁸ According to …")


def is_announcement(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] announces data ("has released its August data")."""
    return bool(_ANNOUNCE.search(text, start, end))


def credit_for(start: int, end: int, credits: list[Credit]) -> str | None:
    """The credit that covers the number at [start, end) among its sentence's `credits`: a
    left-reaching credit right after it ("$140 billion, according to the FCS"), unless that is
    only who said it and a data source precedes; else the nearest one before it ("The FCS
    recorded $140 billion"), else the first one after it."""
    after = [c for c in credits if c.start >= end]
    before = [c for c in credits if c.end <= start]
    forward = [c for c in before if not c.left]
    if after and after[0].left:
        if after[0].speech and forward and not forward[-1].speech:
            return forward[-1].key  # "According to X, … rose 14%, Y said": X's data
        return after[0].key
    if forward:
        return forward[-1].key
    if after and not after[0].opens:
        return after[0].key
    return before[-1].key if before else None


def find_credits(ex: Extraction, text: str, start: int, end: int) -> list[Credit]:
    """Every source credited in text[start:end], in text order (rules in priority order; a
    phrase already taken by an earlier rule is not read again)."""
    found: list[Credit] = []
    if not _ANY_RULE.may_match(text, start, end):
        return found
    for rx in _RULES:
        for m in rx.finditer(text, start, end):
            if any(c.start < m.end() and m.start() < c.end for c in found):
                continue
            key = _credit(ex, text, rx, m)
            if key:
                left = bool(
                    _LEFT_BEFORE.search(text, max(start, m.start() - 20), m.start())
                    or m.group(0)[:1] in ",;(—–"
                )
                speech = bool(_SPEECH.search(m.group(0)))
                opens = bool(_OPENS.search(text, max(start, m.start() - 12), m.start()))
                found.append(Credit(key, m.start(), m.end(), left and m.start() > start, speech,
                                    opens and m.start() > start))  # fmt: skip
    found.sort(key=lambda c: c.start)
    return found


_LEFT_BEFORE = re.compile(
    r"[,;(—–]\s*(?:per|citing|via|according\s+to|as\s+(?:reported|"
    r"estimated|calculated)\s+by)?\s*$",
    re.I,
)
_OPENS = re.compile(r"[.!?][\s⁰¹²³⁴⁵⁶⁷⁸⁹0-9^{}*]*$")
_SPEECH = re.compile(r"\b(?:says|said|told|added|noted|stated)$")


def _credit(ex: Extraction, text: str, rx: re.Pattern[str], m: re.Match[str]) -> str | None:
    if "adj" in rx.groupindex and m.group("adj"):
        adj = m.group("adj").lower()
        body = registry().lookup(f"{m.group('adj')} customs") if "customs" in m.group(0) else None
        if body is not None:  # "Chinese customs data": the customs body, not the state
            key = ex.add_entity(body.draft())
            at = m.start("adj")
            ex.mentions.append(MentionDraft(key, at, at + len(m.group("adj")) + 8,
                                            text[at : at + len(m.group("adj")) + 8]))  # fmt: skip
            return key
        state = "China" if adj.startswith("chin") else "Russia" if adj.startswith("russ") \
            else "European Union" if adj.startswith("euro") else "United States"  # fmt: skip
        return state_key(ex, state)
    name = m.group("name")
    if not name:
        return None
    s, e = m.start("name"), m.end("name")
    trimmed = _TRIM.sub("", name).strip()
    trimmed = trimmed if _INITIALISM.search(trimmed) else trimmed.rstrip(".,;:")  # "The U.S."
    owner = _OWNER.fullmatch(trimmed)
    if owner and (" " in owner.group(1) or registry().lookup(owner.group(1))):
        # "according to the Central Bank's latest review": the owner of what is cited (a
        # name of one unregistered word keeps its "'s": "according to Moody's")
        trimmed = owner.group(1)
    s = s + name.find(trimmed) if trimmed in name else s
    e = s + len(trimmed)
    field = _LOWER_FIELD.match(text, e) if trimmed in _BARE_HEADS else None
    if field and all(common_word(w) for w in field.group("field").split()):
        # "according to the Ministry of development of the East": the field in lower case
        e = field.end()
        trimmed = text[s:e]
    if not trimmed or _GROUP.match(trimmed) or _GROUP_AFTER.match(text, e):
        return None
    acronym = _ACRONYM.search(trimmed)
    if acronym:  # "Ministry of Commerce … (MOFCOM)": the name, with the acronym as alias
        trimmed = trimmed[: acronym.start()].rstrip()
        e = s + len(trimmed)
    credited = bool(_PER.match(m.group(0)))
    return _resolve(ex, text, s, e, trimmed, credited=credited,
                    alias=acronym.group(1) if acronym else None)  # fmt: skip


_PERSONISH = re.compile(
    r"^(?:Minister|President|Director|Ambassador|Mr|Ms|Mrs|Dr|Prof|Chairman|"
    r"Head|Deputy|Premier|Secretary|Spokesman|Spokesperson|"
    # a title's abbreviation is a person, not an acronym of a body: "…, Russian deputy PM says"
    r"PM|FM|MP|VP|CEO|CFO|COO)\b"
)


_OWNER = re.compile(r"(.+?)['’]s")
_INITIALISM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
# A body's head alone, then its field in lower case (a translation's "Ministry of development
# of the East"); the field's words are common words, and a named place may close it.
_BARE_HEADS = frozenset({"Ministry", "Department", "Committee", "Agency", "Service", "Bureau"})
_LOWER_FIELD = re.compile(
    r"\s+of\s+(?P<field>(?!the\b|a\b|an\b|its\b|their\b|course\b)[a-z]+(?:\s+[a-z]+){0,2}?)"
    r"(?:\s+(?:of|for)\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?(?=\s*[,.;:]|\s+(?:said|says|"
    r"reported|reports|announced|noted)\b)"
)
_POSSESSIVE = re.compile(r"^([A-Z][\w-]*)(?:'s|’s)\s+([a-z][a-z\s]+)$")
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)$")
_DOMAIN = re.compile(r"^[\w-]+\.(?:ru|cn|com|org|net|io|info|kz|by)$", re.I)


# "Carla Freeman of Johns Hopkins University", "Australia's Lowy Institute", "Greater European
# Partnership and Belt and Road Initiative", "US-based Duowei News": a person of an
# organisation, a state's organisation, a list ending in one, a body described by where it
# sits — entities the entities stage found, not a new name.
_PERSON_OF = re.compile(r"\s+(?:of|at|from)\s")
_LEADS_TO = re.compile(
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\s+|.+\s(?:and|&)\s+"
    # "US-based Duowei News", "Hong Kong-based X": where the body sits, then its name
    r"|(?:[\w.’'-]+\s+)?[\w.’'-]+" + DESCRIBED_SUFFIX + r"\s+"
)


def _named_inside(ex: Extraction, text: str, start: int, end: int, inside: list) -> str | None:  # type: ignore[type-arg]
    for m in inside:
        entity = ex.entities.get(m.entity)
        if entity is None:
            continue
        person = m.start == start and entity.type == EntityType.ACTOR
        if person and _PERSON_OF.match(text, m.end):
            return m.entity
        org = m.end == end and entity.type == EntityType.ORGANISATION
        if org and _LEADS_TO.fullmatch(text, start, m.start):
            return m.entity
    return None


def _resolve(ex: Extraction, text: str, start: int, end: int, name: str, *,
             credited: bool = False, alias: str | None = None) -> str | None:  # fmt: skip
    """Entity key for a credited name; `credited` when the construction itself ("per X")
    marks X as a source, so a single capitalised word is taken as an organisation."""
    # when the source spoke, run on after its name: the claims stage's trailing setting
    setting = TRAIL_SETTING.search(name)
    if setting is not None and setting.start() > 0:  # "Xinhua on Wednesday": Xinhua
        end -= len(name) - setting.start()
        name = name[: setting.start()]
    inside = mentions_in(ex, start, end)
    for m in inside:  # "… at the Energy Ministry Sergey Mochalnikov announced": the officer
        entity = ex.entities.get(m.entity)
        if m.end == end and m.start > start and entity and entity.type == EntityType.ACTOR:
            return m.entity
    if inside:
        best = max(inside, key=lambda m: m.end - m.start)
        if (best.end - best.start) >= 0.6 * (end - start):  # not just "China" in "Customs of China"
            return best.entity
        named = _named_inside(ex, text, start, end, inside)
        if named is not None:
            return named
    if _PERSONISH.match(name) or _OFFICER.search(name):
        return None  # "VTB Bank CEO Andrei Kostin", "Global Times’ Deputy Chief Editor": a person
    for st in STATES:
        if name in STATES[st][1] and not name.endswith(("'s", "’s")):
            return state_key(ex, st)
    wanted = normalise_name(name)
    for key, ent in ex.entities.items():
        if normalise_name(ent.name) == wanted or wanted in {normalise_name(a) for a in ent.aliases}:
            return key
        if normalise_name(ent.name.removeprefix("The ")) == wanted:
            return key  # "according to The Calvert Journal": the outlet named with its "The"
        if name.startswith("@") and name.lower() in {h.lower() for h in ent.handles}:
            return key
    entry = registry().lookup(name.removeprefix("the ").removeprefix("The "))
    poss = _POSSESSIVE.match(name)
    if entry is None and poss:  # "Russia's central bank" → "Central Bank of Russia"
        state, body = poss.group(1), poss.group(2).title()
        entry = registry().lookup(f"{body} of {state}") or registry().lookup(f"{state} {body}")
    if entry is None and name.startswith("@"):
        entry = registry().handle(name)
    if entry is not None:  # a registered entity the entities stage did not see written here
        key = ex.add_entity(entry.draft())
        ex.mentions.append(MentionDraft(key, start, end, text[start:end]))
        return key
    kind = _kind(name)
    if _DOMAIN.match(name):
        kind = "MEDIA"
    elif credited and " " not in name and kind == "OTHER":
        kind = "OTHER"
    elif kind == "OTHER" and not (
        name.startswith("@") or name.isupper() or "Report" in name or _ORG_WORD.search(name)
    ):
        return None  # not evidently an organisation: leave it to the entities stage
    draft = EntityDraft(EntityType.ORGANISATION, name, kind=kind,
                        aliases={name, alias} if alias else {name})  # fmt: skip
    if name.startswith("@"):
        draft.handles = {name}
    key = ex.add_entity(draft)
    ex.mentions.append(MentionDraft(key, start, end, text[start:end]))
    return key


def _kind(name: str) -> str:
    low = name.lower()
    if name.startswith("@"):
        return "OTHER"
    for kind, words in _BODY_WORD_RES.items():
        if words.search(low):
            return kind
    return "OTHER"

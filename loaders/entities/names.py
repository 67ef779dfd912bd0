"""Names in prose that the registry does not know: capitalised phrases, typed from evidence.

A candidate is a run of capitalised words on one line (with "of", "for", "the", "and" inside
organisation names), cut where a registered entity is written. Its type comes from evidence:

- organisation: a head noun ("… University", "Ministry of …", "… Group") → OrganisationKind;
- person: a title before it ("Ambassador", "Mr."), a role noun before it ("spokesman", "founder"),
  an apposition after it (", director of", ", a China expert with", "(64), a researcher",
  "—Ph.D. in …", ", Dr. of Law"), a speech verb next to it ("says X", "X argues"), a known given
  name first, a Chinese name (family name + pinyin), or a Slavic surname ending after a first
  name. Words written in lower case elsewhere in the document are weak evidence of a common
  word, not a name.
Candidates without evidence are dropped (precision first); single words need a title, or
resolve later as the surname of a person named in full (see :mod:`loaders.entities.resolve`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from loaders.entities.lexicon import (
    CONNECTORS,
    HEAD_KINDS,
    HONORIFICS,
    MIDDLE_INITIAL,
    NAME_PARTICLES,
    NOT_NAME,
    ORG_NOUN_KIND,
    ORG_NOUNS,
    PLACE_WORDS,
    ROLE_NOUN_SET,
    ROLE_NOUNS,
    SPEECH_AFTER,
    SPEECH_BEFORE,
    STATE_ADJECTIVES,
    SURNAME_SUFFIX,
    TITLES,
    common_word,
    head_kind,
    is_pinyin,
    name_lists,
    name_particle,
    page_chrome_name,
    words,
)
from loaders.entities.tokens import HEADLINE_VERBS
from loaders.leading import led
from loaders.prefilter import FOLDS_TO_ASCII, gated


def personal_name(words: list[str]) -> bool:
    from loaders.entities.people import personal_name as shaped

    return shaped(words)


_ROLE_ALT = "|".join(sorted((re.escape(r) for r in ROLE_NOUNS), key=len, reverse=True))


_ORG_NOUN_ALT = "|".join(sorted((re.escape(r) for r in ORG_NOUNS), key=len, reverse=True))


_APPOSITION = re.compile(
    rf"^\s*(?:\(\s*(?:\d{{1,3}}|Head|head)\s*\))?\s*(?:,|—|–|-{{1,2}}|\s\(|:)\s*(?:(?:a|an|the|his|her|"
    rf"its|their|one\s+of\s+the|now|then|former|formerly|currently|also)\s+)*(?:[\w.'’-]+\s+){{0,4}}?"
    rf"(?:[\w]+-)?(?:{_ROLE_ALT})s?\b"
    rf"(?!(?:\s+(?!of\b|at\b|with\b|for\b|in\b|to\b)[a-z-]+){{0,3}}\s+(?:{_ORG_NOUN_ALT})\b)",
    re.I,
)


DEGREE_AFTER = re.compile(
    r"^\s*(?:\((?:Head|head)\))?\s*(?:,|—|–|-)\s*(?:Ph\.?\s?D|Dr\.?\s+(?:of|in)|Doctor\s+of|"
    r"Candidate\s+of|Prof\.?|Professor|Associate\s+Professor|Senior\s+Research|Research\s+Fellow|"
    r"Lead\s+Research|Chief\s+Research|Deputy|Director|Head|M\.?A\.?\b|MBA\b|D\.?Sc|Dr\.\s+in)",
)


# (behind a look-ahead for the first characters: see loaders.leading)
_ROLE_BEFORE = led(re.compile(rf"(?:\b(?:{_ROLE_ALT}),?|[&'’]s?)\s*$", re.I))


LONE_SURNAME = re.compile(r"(?:ov|ova|ev|eva|sky|skiy|skaya|enko|vich|ovich|evich|yan|shvili|dze)$")


# Patronymics written between given name and surname: Kazakh/Kyrgyz "-uly", "-kyzy", Uzbek
# "-o'g'li", "-qizi", Russian "-ovich", "-evna".
_PATRONYMIC = re.compile(r"(?:uly|ulu|kyzy|qizi|o[g‘'’]{1,2}li|ovich|evich|ovna|evna|ichna)$")


_AGE_AFTER = re.compile(r"^\s*\(\d{1,3}\)")


_ORG_ALT = "|".join(sorted((re.escape(r) for r in ORG_NOUNS), key=len, reverse=True))


_ORG_APPOSITION = re.compile(
    rf"^(?:'s|’s)?\s*(?:,|\s[—–-]|—|–)\s*(?:a|an|the|one\s+of\s+(?:the|[A-Z][\w-]*['’]s))\s+"
    rf"(?:(?!whose|who|which)[\w-]+\s+){{0,3}}?"
    rf"(?:{_ORG_ALT})\b(?!['’]s)"
    rf"|^\s*,\s*the\s+(?:[A-Z][\w'’-]*\s+){{0,4}}?[A-Z][\w-]*['’]s\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{_ORG_ALT})\b(?!['’]s)"
    rf"|^\s+and\s+other\s+(?:[\w-]+\s+){{0,2}}(?:{_ORG_ALT})\b"
    rf"|^\s+(?:brand|carmaker|automaker)\b"  # "the Zotye brand"
    rf"|^\s+(?P<noun_after>firm|company|consultancy|conglomerate|holding|lender|broadcaster|"
    rf"newspaper|channel|outlet)\b(?=\s*(?:[,.;:)]|in\b|of\b|and\b|said\b|says\b|which\b|$))"
    rf"|^\s+(?:is|was|remains)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_ORG_ALT})\b(?!['’]s)"
    rf"|^(?:'s|’s)\s+(?:(?:chief|deputy|managing|general|executive|founding)\s+)?(?:director|ceo|"
    rf"chairman|founder|spokesman|spokeswoman|owner|shareholders|board|executives|staff|"
    rf"employees|headquarters|subsidiary|shares|revenue|profits?)\b"
)


_ORG_BEFORE = re.compile(
    rf"(?:(?:\b(?:the|a|an|whose|his|her|its|their)|['’]s)\s+)?(?:[\w-]+\s+){{0,2}}"
    rf"(?<![\w-])(?-i:{_ORG_ALT}),?[ ]+$"
    rf"|\b(?-i:{_ORG_ALT}|vehicle|venture|entity|entities)\s+(?:called|named|known\s+as) +$"
    rf"|\b(?:shares|stakes?|stock)\s+(?:in|of) +$",
    re.I,
)  # "the Kazan firm Volga Avionika", "Shipping database Equasis", "a vehicle called X",
# "shares in X"
# Behind a literal prefilter (same matches; see loaders.prefilter): most texts lack the
# literal text these need, and the patterns are tried at every position.
_ORG_BEFORE = gated(_ORG_BEFORE)


# People of a firm before it: "analysts at Jefferies", "a lawyer with Dentons" ("a researcher
# from Tomsk" says where from).
_STAFF_AT = re.compile(
    r"\b(?i:analysts?|economists?|strategists?|researchers?|bankers?|lawyers?|attorneys?|"
    r"engineers?|executives?|consultants?|auditors?|brokers?|traders?) (?:at|with) +$"
)


# A place before a common noun that the name goes on with: "at Tomsk polytechnic university",
# "with Moscow investment bank X" (not the name itself).
_LOWER_NOUN_AFTER = re.compile(
    r" (?:[a-z-]+ ){0,2}(?:university|institute|academy|college|school|bank|company|group|firm|"
    r"office|branch|plant|factory|port)\b"
)


# A business role stated before its holder: "the registered owner was X", "lists the
# manager as X", "the buyer, X" (a person's name has its own evidence first).
_BUSINESS_ROLE_BEFORE = re.compile(
    r"\b(?:owner|manager|operator|charterer|insurer|buyer|seller|consignee|consignor|shipper|"
    r"recipient|supplier|exporter|importer|contractor|beneficiary|lessor|lessee)s?"
    r"(?:\s+(?:is|was|were|being|has\s+been|had\s+been)(?:\s+(?:listed|named|registered|"
    r"given|recorded|identified))?(?:\s+as)?|\s+as|,) +$"
)  # "the owner was X", "the manager is listed as X", "lists the manager as X", "the buyer, X"


# A flag emoji (or one mangled by a wrong encoding) before a name: threads write a company's
# or a person's nationality so ("🇨🇳 Poly Technologies").
_FLAG_BEFORE = re.compile(r"(?:[\U0001F1E6-\U0001F1FF]{2}|[^\x00-\x7F]{3,8})[ \t]*$")


_ACRONYM_DEF = re.compile(r"\s*\(([A-Z][A-Z&]{1,9})\)")


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _acronym_tail(run: list[tuple[int, int, str]], acronym: str) -> int:
    """How many closing words of `run` an acronym after it spells, when the words before them
    only say whose body it is ("South African Defence Corporate Communication (DCC)": DCC
    spells the last three; "South African" is the state's adjective); else 0."""
    n = len(acronym)
    words = [t[2] for t in run]
    if not 2 <= n < len(words) or "&" in acronym or _initials(words[-n:]) != acronym:
        return 0
    if any(not w[:1].isupper() for w in words[-n:]):
        return 0
    lead = words[:-n]
    if all(w in STATE_ADJECTIVES or w in REGION_ADJECTIVES or _registered_state(w) for w in lead):
        return n
    joined = " ".join(lead)  # "South African": a two-word state adjective
    return n if joined in _state_adjective_phrases() or _registered_state(joined) else 0


@lru_cache(maxsize=1)
def _state_adjective_phrases() -> frozenset[str]:
    """Every registered state's adjective, of one word or more ("South African")."""
    from loaders.entities.registry import registry

    return frozenset(a for e in registry().entries if e.kind == "STATE" for a in e.adjectives)


_PERSON_OF = re.compile(
    r"^\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}(?:University|Institute|"
    r"Centre|Center|Academy|Council|School|College|Foundation|Endowment|Ministry|Bank|Group|"
    r"Company|Agency|Service|Laboratory|Lab|Studies|Society|Club|Forum)\b"
)


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    type: str  # "ACTOR" or "ORGANISATION"
    kind: str | None = None
    title: str | None = None  # role stated by a title before the name ("Prime Minister")
    title_start: int | None = None
    state: str | None = None  # state named by an adjective before the title ("Russian")
    strong: bool = False  # evidence beyond a given-name list / speech verb


def strip_title(
    run: list[tuple[int, int, str]],
) -> tuple[list, str | None, int | None, str | None]:
    """Remove a leading state adjective and title: ("Russian", "Prime", "Minister", name…)."""
    state = None
    title = None
    title_start = None
    i = 0
    if i < len(run) and run[i][2] in STATE_ADJECTIVES and len(run) > 1:
        state = STATE_ADJECTIVES[run[i][2]]
        i += 1
    while i < len(run):
        for n in (3, 2, 1):
            phrase = " ".join(t[2] for t in run[i : i + n])
            if len(run[i : i + n]) == n and phrase in TITLES:
                if TITLES[phrase]:
                    title = TITLES[phrase] if title is None else f"{title} {TITLES[phrase]}"
                if title_start is None:
                    title_start = run[i][0]
                i += n
                break
        else:
            break
    if title_start is None:
        return run, None, None, None
    return run[i:], title, title_start, state


# Role nouns that are also common English surnames: after a known given name they close the
# name ("Megan Dean", "Roy Judge"), as a title never follows a given name.
_SURNAME_ROLES = frozenset({"Dean", "Judge", "Mayor", "Chancellor", "Marshal", "Deputy"})


def _role_surname(names: list[str], i: int) -> bool:
    return i == len(names) - 1 and i > 0 and names[i] in _SURNAME_ROLES and _given_first(names[0])


def _letter_surname(names: list[str], i: int) -> bool:
    """A surname cut to its letter, as private people are named ("Jonathan Z", "Olga K"),
    after a known given name."""
    return (
        len(names) == 2
        and i == 1
        and len(names[1]) == 1
        and names[1].isupper()
        and (_given_first(names[0]))
    )


def _name_like(w: str, lower_words: set[str]) -> bool:
    return (
        w[:1].isupper()
        and w.lower() not in ROLE_NOUN_SET
        and w not in HEADLINE_VERBS
        and w not in PLACE_WORDS
        and w not in NOT_NAME
        and w not in STATE_ADJECTIVES
        and not w.isupper()
        and w.lower() not in lower_words
        and not any(c.isdigit() for c in w)
    )


def person_evidence(text: str, start: int, end: int, words: list[str], lower: set[str]) -> int:
    """0 none, 1 medium (given name, speech verb, Chinese name), 2 strong (apposition/role)."""
    after = text[end : end + 160]
    before = text[max(0, start - 40) : start]
    if _APPOSITION.match(after) or DEGREE_AFTER.match(after) or _AGE_AFTER.match(after):
        return 2
    if _ROLE_BEFORE.search(before) and not before.rstrip().endswith(("'s", "’s")):
        return 2
    given, surnames = name_lists()
    if any(w in HEAD_KINDS for w in words[1:-1]):
        return 0  # an organisation's head inside: "Sita Center Gozin Vaccine" (a title)
    if len(words) >= 2:
        if words[0] in given or (len(words) == 2 and _INITIALS.fullmatch(words[0])):
            return 1
        if words[0] in surnames and all(is_pinyin(w) for w in words) and len(words) <= 3:
            return 1
        if len(words) == 2 and SURNAME_SUFFIX.search(words[1]) and len(words[1]) > 4:
            return 1
        if len(words) == 3 and _PATRONYMIC.search(words[1]) and words[2].isalpha():
            return 1  # "Yerlan Bolatuly Karin", "Aziz Rustamovich Abdukhakimov"
        from loaders.entities.people import korean_name, western_chinese_name

        if korean_name(words):
            return 1  # "Yoon Suk Yeol", "Choe Son Hui"
        if western_chinese_name(words):
            return 1  # "Jianwei Zhang": a byline's Western order
        if SPEECH_AFTER.match(after) or SPEECH_BEFORE.search(before) or _PERSON_OF.match(after):
            return 1
    return 0


# An edition of an event is no organisation: "First SCO Museum Forum", "22nd Congress".
_ORDINAL = re.compile(
    r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|"
    r"\d+(?:st|nd|rd|th)|[IVX]{1,5})"
)
_EVENT_HEADS = frozenset(
    {"Forum", "Conference", "Congress", "Summit", "Session", "Meeting", "Expo", "Exhibition",
     "Festival", "Fair", "Games", "Olympiad", "Dialogue", "Assembly"}
)  # fmt: skip


_RANK_FIRST = frozenset(
    words("Senior Junior Col Colonel Lt Lieutenant Maj Major Gen Rear Vice Adm Admiral Brig "
          "Brigadier Captain Capt Cmdr Commander Sgt Sergeant")
)  # fmt: skip
_RANK_WORDS = _RANK_FIRST | {"General", "Colonel", "Admiral", "Commodore"}


# A web page's tag or category line run together ("Analysis Asia Featured World News News"):
# CMS labels that name no organisation, or a head word written twice in a row
_CHROME_WORDS = frozenset(words("Featured Trending Uncategorized Uncategorised Tags Tagged"))


_NEWS_OF_BODY = frozenset({"GOVERNMENT_BODY", "MILITARY", "INTERNATIONAL_ORG", "UNIVERSITY"})


def _page_chrome(names: list[str]) -> bool:
    if page_chrome_name(" ".join(names)):
        return True  # "Reading Time", "Long Time"
    if any(w in _CHROME_WORDS for w in names):
        return True
    return any(a == b and a in HEAD_KINDS for a, b in pairwise(names))


def _rank_after_body(names: list[str]) -> int:
    """Where a military rank glued after an organisation's name begins (0: none)."""
    bare = [w.rstrip(".") for w in names]
    i = len(bare)
    while i > 0 and bare[i - 1] in _RANK_WORDS:
        i -= 1
    if i == len(bare) or i < 2 or bare[i] not in _RANK_FIRST:
        return 0
    return i if head_kind(names[:i]) is not None else 0


# Heads naming a firm by its trade, and acronyms of a field that make no firm's name before
# them ("AI Research", "IT Consulting")
_TRADE_HEADS = frozenset(words("Research Analytics Advisory Consulting"))
_TOPIC_ACRONYMS = frozenset(words("AI IT ICT IoT ML VR AR R&D STEM"))


def _proper_word(w: str) -> bool:
    """A capitalised word that is a proper name only ("Kazan", "Tsinghua"): no common word,
    state adjective, head noun or connector."""
    return (
        w[:1].isupper()
        and w[1:].islower()
        and w.isalpha()
        and not common_word(w)
        and w not in STATE_ADJECTIVES
        and w not in HEAD_KINDS
        and w not in NOT_NAME
        and w.lower() not in CONNECTORS
    )


def classify(text: str, run: list[tuple[int, int, str]], lower: set[str]) -> Candidate | None:
    """Type one run of capitalised tokens, or None without evidence."""
    if len(run) == 1 and _lone_word_fails(text, run[0], lower):
        return None  # (most runs are one word, and nearly none of those is a name)
    words = [t[2] for t in run]
    if len(words) > 2 and words[0] in _COUNT_WORDS and HEAD_KINDS.get(words[-1]):
        return classify(text, run[1:], lower)  # "One State Department official": a count
    if len(words) > 2 and words[-1] == "Talks" and head_kind(words[:-1]):
        return classify(text, run[:-1], lower)  # "… Committee for Cooperation Talks"
    if _ORDINAL.fullmatch(words[0]) and any(w in _EVENT_HEADS for w in words[1:]):
        return None
    if _page_chrome(words):
        return None
    if len(words) > 2 and words[-1] == "News" and head_kind(words[:-1]) in _NEWS_OF_BODY:
        return classify(text, run[:-1], lower)  # "Ministry of Energy News": a site's section
    cut = _rank_after_body(words)
    if cut:  # "Ministry of National Defense Senior Col.": the rank belongs to the next name
        return classify(text, run[:cut], lower)
    kind = head_kind(words)
    if kind == "RESEARCH_INSTITUTE" and "Institute" in words and words[-1] == "Technology":
        kind = "UNIVERSITY"  # "… Institute of Technology" is a university by convention
    if kind == "OTHER" and "Research" in words:
        kind = "RESEARCH_INSTITUTE"  # "Payments Research Unit"
    if kind is not None and words[-1] in _TRADE_HEADS and words[0] in _TOPIC_ACRONYMS:
        return None  # "for AI Research": a field of work, no firm
    if kind is not None and words[0].rstrip(".") in (
        "Dr",
        "Doctor",
        "Candidate",
        "Master",
        "Bachelor",
        "Ph.D",
        "PhD",
        "Prof",
        "Professor",
    ):
        return None  # "Dr. of Engineering": a degree
    if kind is not None and len(words) >= 2 and all(
        w in STATE_ADJECTIVES or ("-" in w and all(x in STATE_ADJECTIVES for x in w.split("-")))
        for w in words[:-1]
    ):  # fmt: skip
        return None  # "Russian-Chinese Logistics", "Chinese Company": a description, no name
    if words[-1] == "Media" and all(
        w in STATE_ADJECTIVES or w in GENERIC_MODIFIERS for w in words[:-1]
    ):  # fmt: skip
        return None  # "Russian State Media", "Chinese Media": a description
    if (
        kind is not None
        and len(words) >= 3
        and words[0] in STATE_ADJECTIVES
        and _proper_word(words[1])
    ):
        # "the Russian Kazan Federal University": a nationality said of a body whose name
        # opens on a proper name; "Russian Geographical Society" opens on a common word and
        # keeps it
        return classify(text, run[1:], lower)
    for link in ("of", "for"):
        if kind is None or link not in words:
            continue
        # "Dean of the Faculty of …", "Opens Up New Opportunities for Harbin Bank": the words
        # before the first "of"/"for" name no organisation; the rest may
        i = words.index(link)
        if i > 0 and not any(w in HEAD_KINDS for w in words[:i]) and head_kind(words[i + 1 :]):
            rest = run[i + 1 :]
            while rest and rest[0][2].lower() in CONNECTORS:
                rest = rest[1:]
            return classify(text, rest, lower) if rest else None
    if kind is not None and not name_shaped(words, lower):
        acr = _ACRONYM_DEF.match(text, run[-1][1])  # "Pacific Energy Research Council (PERC)"
        if not (acr and _initials(words).startswith(acr.group(1)[:2])) and not _named_here(
            text, run, words
        ):
            return None
    if kind is not None:
        return Candidate(run[0][0], run[-1][1], text[run[0][0] : run[-1][1]], "ORGANISATION", kind)
    s0, e0 = run[0][0], run[-1][1]
    given, surnames = name_lists()
    personal = len(run) >= 2 and (run[0][2] in given or (run[0][2] in surnames
                                                         and is_pinyin(run[1][2])))  # fmt: skip
    cue = None
    if len(run) <= 4 and not personal and not _APPOSITION.match(text[e0 : e0 + 160]):
        cue = _ORG_APPOSITION.match(text[e0 : e0 + 80]) or _cue_before(text, s0, _ORG_BEFORE)
    if cue is None and len(run) <= 4 and not personal and not _LOWER_NOUN_AFTER.match(text, e0):
        cue = _cue_before(text, s0, _BUSINESS_ROLE_BEFORE) or _cue_before(text, s0, _STAFF_AT)
    if cue and (any(t[2] in TITLES for t in run) or all(t[2] in PLACE_WORDS for t in run)):
        cue = None  # "the agency Director Ivan Petrov": a title, then a person; a place
    if cue and cue.groupdict().get("noun_after") and not text[max(0, s0 - 4) : s0].endswith("the "):
        cue = None  # "the Pervaya Gruppa firm" names it; "a Kazan firm" says where it is
    if cue and (
        all(t[2][:1].isupper() or t[2].lower() in CONNECTORS for t in run)
        and (len(run) > 1 or len(run[0][2]) > 1)  # "the platform X": a letter names nothing
        and run[0][2] not in NOT_NAME
        and run[0][2] not in STATE_ADJECTIVES
        and not all(t[2] in NOT_NAME or t[2] in STATE_ADJECTIVES for t in run)
    ):  # (generic words may follow the first: "Heilongjiang Transport Development")
        said = re.findall(r"[\w-]+", cue.group(0).lower())
        nouns = [ORG_NOUN_KIND[w] for w in said if w in ORG_NOUN_KIND]
        return Candidate(s0, e0, text[s0:e0], "ORGANISATION", nouns[-1] if nouns else "COMPANY")
    acr = _ACRONYM_DEF.match(text, e0)
    if acr and len(run) >= 2 and _initials(words).startswith(acr.group(1)[:2]):
        return Candidate(s0, e0, text[s0:e0], "ORGANISATION", kind or "OTHER")
    tail = _acronym_tail(run, acr.group(1)) if acr else 0
    if tail:  # "South African Defence Corporate Communication (DCC)": the acronym's words
        s1 = run[-tail][0]
        return Candidate(s1, e0, text[s1:e0], "ORGANISATION", head_kind(words[-tail:]) or "OTHER")
    if len(words) == 2 and personal_name(words) and not all(w in NOT_NAME for w in words):
        return Candidate(s0, e0, text[s0:e0], "ACTOR", strong=True)  # "He Ping", "Sun Chunlan"
    titled_tail = _title_of_field(text, run, lower)
    if titled_tail is not None:
        return titled_tail
    body, title, title_start, state = strip_title(run)
    # a title cannot introduce an organisation: the rest must be one person's name, with
    # particles ("bin", "von der", "el-Sisi") and middle initials ("Daniel J. Kritenbrink")
    # inside it
    if not body or any(
        t[2].lower() in CONNECTORS and not (_inside(body, i) and t[2] in NAME_PARTICLES)
        for i, t in enumerate(body)
    ):  # fmt: skip
        return None
    names = [t[2] for t in body]
    if len([w for i, w in enumerate(names) if not _inner_name_word(names, i)]) > 4:
        return None
    titled = title_start is not None
    plain = all(
        _name_like(w, lower)
        or (titled and w[:1].isupper() and w not in NOT_NAME and not w.isupper())
        or _inner_name_word(names, i)
        or _role_surname(names, i)
        or _letter_surname(names, i)
        for i, w in enumerate(names)
    )
    if not plain and not (len(names) > 1 and re.fullmatch(r"(?:[A-Z]\.)+", names[0])):
        return None
    s, e = body[0][0], body[-1][1]
    if title_start is not None and (
        _VESSEL_BEFORE.search(text, max(0, title_start - 40), title_start)
        or (len(names) == 1 and _ship_named(text, names[0]))
    ):
        return None  # "the destroyer Admiral Levchenko": a ship named after an officer (and
        # "Admiral Levchenko visited" elsewhere in the same document)
    honorific = title_start is not None and text[title_start:s].strip() in HONORIFICS
    if title_start is not None:
        start = title_start if honorific else s
        return Candidate(start, e, text[start:e], "ACTOR", title=title, title_start=title_start,
                         state=state, strong=True)  # fmt: skip
    if len(names) < 2:
        # a lone surname speaks or is described: "Zubarevich says", "Rybnikov, who …"
        after, before = text[e : e + 60], text[max(0, s - 30) : s]
        w = names[0]
        if len(w) > 4 and LONE_SURNAME.search(w) and w.isalpha() and (
            SPEECH_AFTER.match(after) or SPEECH_BEFORE.search(before)
            or re.match(r"^,\s+who\b", after) or _APPOSITION.match(after)
        ) and not _ship_named(text, w):  # fmt: skip
            return Candidate(s, e, w, "ACTOR")
        if _lone_chinese_surname(text, w, before, after):
            return Candidate(s, e, w, "ACTOR")
        return None
    if any(w in NAME_PARTICLES for w in names) and not _given_first(names[0]):
        return None  # "Rio de Janeiro said", "Crédit du Nord said": a particle name needs a
        # known given name ("Maria da Penha") or a title ("President Lula da Silva")
    evidence = person_evidence(text, s, e, names, lower)
    if evidence == 0 or (evidence == 1 and _letter_surname(names, len(names) - 1)):
        return None  # "Jonathan Z" needs an apposition or a role: "Jonathan Z, COO of …"
    return Candidate(s, e, text[s:e], "ACTOR", strong=evidence == 2)


def _lone_word_fails(text: str, tok: tuple[int, int, str], lower: set[str]) -> bool:
    """Does `classify` surely find nothing in a run of one word? Read off its steps for one
    word: no head kind (a head needs a word before or after it), no acronym tail, no title
    of a field, no given name first; what is left is an organisation named by a cue around
    the word (a noun before it, an apposition after it) and a lone surname that speaks or is
    described. This tests the words first and reads the text around the word only when they
    allow one of those; True only when neither can come out (most capitalised words open a
    sentence or name a registered place). Three quarters of the runs are one word, and the
    whole of `classify` cost them a tenth of the entities stage."""
    s0, e0, w = tok
    folded = w.lower()
    if (
        w not in TITLES  # (a title alone: nothing after it)
        and folded not in CONNECTORS
        and (
            (len(w) > 4 and w.isalpha() and LONE_SURNAME.search(w) is not None)
            or (w in name_lists()[1] and is_pinyin(w))
        )
        and _name_like(w, lower)
    ):
        return False  # a lone surname, if the words around it say so
    if (
        len(w) < 2
        or w in NOT_NAME
        or w in STATE_ADJECTIVES
        or w in TITLES
        or w in PLACE_WORDS
        or not (w[:1].isupper() or folded in CONNECTORS)
    ):
        return True  # no organisation either, whatever the cue
    word = _word_before_name(text, s0)
    if word is not None and word in _CUE_ENDINGS:
        return False  # a cue before it may end there
    return _ORG_APPOSITION.match(text[e0 : e0 + 80]) is None


# Number words opening a sentence before a body's name: "One State Department official".
_COUNT_WORDS = frozenset(words("One Two Three Four Five Six Seven Eight Nine Ten Several"))


# A vessel noun right before a titled name: the ship is named after the officer
# ("the frigate Admiral Grigorovich", "the icebreaker Marshal Rokossovsky").
_VESSEL_BEFORE = re.compile(
    r"\b(?:ship|vessel|warship|flagship|destroyer|frigate|corvette|cruiser|submarine|carrier|"
    r"icebreaker|tanker|boat|tug)s?\s+$",
    re.I,
)


# Where a vessel noun starts (the first part of `_VESSEL_BEFORE`): every match of
# `_ship_named`'s pattern starts at one of these, and a text names few ships.
_VESSEL_START = re.compile(_VESSEL_BEFORE.pattern.split("s?")[0], re.I)
# The same nouns without `\b` and case-insensitivity, for the text in lower case: `re` then
# jumps to their first letters instead of trying the pattern at every position (3 times
# faster). A match in the lower-cased text is one of `_VESSEL_START` where the original
# text has a word boundary, when lower-casing kept every character one character and the
# text holds none of the characters `re` folds to ASCII letters; no boundary lies inside a
# run of letters, so skipping past a match drops no start.
_VESSEL_LOWER = re.compile(_VESSEL_START.pattern.removeprefix(r"\b"))
_BOUNDARY = re.compile(r"\b")


@lru_cache(maxsize=4)  # found once per text: every lone surname of the text asks
def _vessel_starts_in(text: str) -> tuple[int, ...]:
    lowered = text.lower() if text.isascii() or not FOLDS_TO_ASCII.search(text) else None
    if lowered is None or len(lowered) != len(text):
        return tuple(m.start() for m in _VESSEL_START.finditer(text))
    return tuple(
        m.start() for m in _VESSEL_LOWER.finditer(lowered) if _BOUNDARY.match(text, m.start())
    )


def _ship_named(text: str, surname: str) -> bool:
    """The document names a ship after a titled officer of this surname ("the frigate Admiral
    Gorshkov"): the lone surname is the ship, not a person.

    The pattern is tried only where a vessel noun starts (found once per text): searched over
    the whole text it opened with `\\b` and an alternation that `re` tried at every position,
    once per lone surname (0.7 s of 10x). A vessel noun is all letters, so no other start lies
    inside a found one."""
    starts = _vessel_starts_in(text)
    if not starts:
        return False
    pattern = re.compile(
        rf"{_VESSEL_BEFORE.pattern.removesuffix('$')}(?:[A-Z][\w.'’-]*\s+){{1,3}}"
        rf"{re.escape(surname)}\b",
        re.I,
    )
    return any(pattern.match(text, p) for p in starts)


# "UAE-registered X", "Moscow-based X": a description of where a body sits or who owns it.
_DESCRIBED_BEFORE = re.compile(
    r"\w-(?:based|owned|registered|headquartered|controlled|linked|listed|flagged|sanctioned)"
    r" +$"
)


def _named_here(text: str, run: list, words: list[str]) -> bool:  # type: ignore[type-arg]
    """A phrase with an industry head whose modifier is also an English word ("Poly
    Technologies", "Advance Resources") is a name when the words around it say so: a flag
    before it, an organisation noun before it ("the supplier Delta Systems"), or an
    apposition after it (", a Chinese firm"), a state's possessive before it ("Russia’s
    United Aircraft Corp": one word not generic); a media head ("Blaze Media") when it is cited as
    the source of a clause ("according to Blaze Media, …")."""
    head = HEAD_KINDS.get(words[-1])
    if head not in ("COMPANY", "MEDIA") or len(words) > 4:
        return False
    owner = _STATE_OWNER.search(text, max(0, run[0][0] - 40), run[0][0])
    if (
        head == "COMPANY"
        and owner is not None
        and _registered_state(owner.group(1))
        and any(w not in GENERIC_MODIFIERS and HEAD_KINDS.get(w) is None for w in words[:-1])
        and all(w[:1].isupper() for w in words)
    ):
        return True  # "Russia’s United Aircraft Corp": a state's company, named
    if words[0] in GENERIC_MODIFIERS:
        return False
    if any(w in NOT_NAME or w in STATE_ADJECTIVES or not w[:1].isupper() for w in words):
        return False
    s0, e0 = run[0][0], run[-1][1]
    before = text[max(0, s0 - 40) : s0]
    if head == "MEDIA":  # "according to Blaze Media, …": an outlet cited as the source
        if any(w in _MEDIA_SORTS for w in words):
            return False  # "according to Mass Media": a sort of media, no outlet
        return bool(_SOURCE_BEFORE.search(before) and _CLAUSE_AFTER.match(text, e0))
    return bool(
        _FLAG_BEFORE.search(before)
        or _DESCRIBED_BEFORE.search(before)
        or _cue_before(text, s0, _ORG_BEFORE)
        or _cue_before(text, s0, _BUSINESS_ROLE_BEFORE)
        or _cue_before(text, s0, _STAFF_AT)
        or _ORG_APPOSITION.match(text[e0 : e0 + 80])
    )


# A state's possessive right before a name: "Russia’s United Aircraft Corp".
_STATE_OWNER = re.compile(r"(?<![\w-])([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’]s\s+$")
_MEDIA_SORTS = frozenset(
    words("""
    Mass Social Digital Online Print Independent Foreign Domestic Official Mainstream Western
    Eastern Alternative Opposition Broadcast News Press Wire Electronic Traditional Russian
""")
)
# A source cited before an outlet's name, and the clause break after it.
_SOURCE_BEFORE = re.compile(
    r"\b(?:[Aa]ccording\s+to|[Cc]iting|[Rr]eported\s+by|[Qq]uoted\s+by)\s+$"
)
_CLAUSE_AFTER = re.compile(r"\s*(?:[,.;:]|\s+(?:reported|reports|said|says|wrote|writes)\b)")


# The word before a name's trailing spaces. The leftmost match never starts inside a word (it
# would also match one character earlier) and never gives a word back (what follows it is no
# word character), so the lookbehind and the possessive run change no match: they spare the
# search a retry at every character of every word (it was a tenth of the entities stage).
_LAST_WORD = re.compile(r"(?<![\w-])([\w-]++)(?:['’]s)?,? +$")
# The last word before a name that any cue before it ends with (cheap test first).
_CUE_ENDINGS = frozenset(
    {w.lower() for w in ORG_NOUNS}
    | {"called", "named", "as", "in", "of", "is", "was", "were", "being", "at", "with", "been"}
    | {"listed", "registered", "given", "recorded", "identified"}
    | {"vehicle", "venture", "entity", "entities", "owner", "owners", "manager", "managers",
       "operator", "operators", "charterer", "insurer", "buyer", "buyers", "seller", "consignee",
       "consignor", "shipper", "recipient", "supplier", "suppliers", "exporter", "importer",
       "contractor", "beneficiary", "lessor", "lessee"}
)  # fmt: skip


def _cue_before(text: str, s0: int, cue: re.Pattern[str]) -> re.Match[str] | None:
    """`cue` searched in the 40 characters before a name, once the word just before the name
    can end it (most names have none of these words before them)."""
    word = _word_before_name(text, s0)
    if word is None or word not in _CUE_ENDINGS_OF[cue]:
        return None
    return cue.search(text[max(0, s0 - 40) : s0])


def _word_before_name(text: str, s0: int) -> str | None:
    """The word just before a name (over a possessive, a comma and spaces), in lower case:
    None when there is none in the 40 characters before it."""
    if _word_before[0] is text and _word_before[1] == s0:
        return _word_before[2]  # type: ignore[return-value]  # the same name asked again
    last = _LAST_WORD.search(text[max(0, s0 - 40) : s0])
    word = last.group(1).lower() if last is not None else None
    _word_before[:] = [text, s0, word]
    return word


# The last name `_word_before_name` looked before: (text, its start, the word before it in
# lower case or None); a name is tried against up to three cues, the word is read once.
_word_before: list[str | int | None] = [None, -1, None]


_ROLES_BEFORE = ("owner", "manager", "operator", "charterer", "insurer", "buyer", "seller",
                 "consignee", "consignor", "shipper", "recipient", "supplier", "exporter",
                 "importer", "contractor", "beneficiary", "lessor", "lessee")  # fmt: skip
# The last words each cue can end with, read off its pattern (within _CUE_ENDINGS, so no
# cue is tried where it was not before): a name after "analysts at" is not tried against
# the organisation nouns, nor one after "the firm" against "at"/"with". Each cue is a long
# alternation searched from every position, so trying only the one that can end there
# halves the time spent in cues.
_CUE_ENDINGS_OF: dict[re.Pattern[str], frozenset[str]] = {
    cue: frozenset(ends) & _CUE_ENDINGS
    for cue, ends in (
        (_ORG_BEFORE, {w.lower() for w in ORG_NOUNS} | {"called", "named", "as", "in", "of"}),
        (
            _BUSINESS_ROLE_BEFORE,
            {*_ROLES_BEFORE, *(r + "s" for r in _ROLES_BEFORE)}
            | {"is", "was", "were", "being", "been", "as"}
            | {"listed", "named", "registered", "given", "recorded", "identified"},
        ),
        (_STAFF_AT, {"at", "with"}),
    )
}


_ROLE_RIGHT_BEFORE = re.compile(rf"\b(?:{'|'.join(ROLE_NOUNS)})\s+$", re.I)


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "A.V."
_WHO_AFTER = re.compile(r"^,\s+who\b")


@lru_cache(maxsize=512)
def _named_in_full(surname: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "Wang Yi", "Yi Wang": the surname with a given name after or before it."""
    return re.compile(rf"\b{surname}[ -][A-Z][a-z]"), re.compile(rf"\b[A-Z][a-z]+ {surname}\b")


def _lone_chinese_surname(text: str, w: str, before: str, after: str) -> bool:
    """A Chinese family name alone is a person (someone named only by the surname, as the
    press does for private people) when a role noun stands right before it ("factory manager
    Chen"), a verb of speech next to it ("says Wang"), or ", who" after it — unless the text
    names someone in full with it ("Wang Yi": then the surname is that person's, or unclear)."""
    if w not in name_lists()[1] or not is_pinyin(w):
        return False
    given_after, given_before = _named_in_full(w)
    if given_after.search(text) or given_before.search(text):
        return False
    return bool(
        _ROLE_RIGHT_BEFORE.search(before)
        or SPEECH_AFTER.match(after)
        or SPEECH_BEFORE.search(before)
        or _WHO_AFTER.match(after)
    )


def _given_first(word: str) -> bool:
    from loaders.entities.people import given_name

    return given_name(word)


def _inside(seq: list, i: int) -> bool:  # type: ignore[type-arg]
    return 0 < i < len(seq) - 1


def _inner_name_word(names: list[str], i: int) -> bool:
    """A particle inside a name ("bin", "von"), a glued particle closing or inside it
    ("el-Sisi"), or a middle initial ("J.")."""
    w = names[i]
    if i == 0 or len(names) < 2:
        return False
    if w in NAME_PARTICLES or MIDDLE_INITIAL.match(w):
        return i < len(names) - 1
    return name_particle(w)


# Words that make a trailing-head phrase generic rather than a name ("Joint Commission",
# "World Centre", "Development Bank"), even when the document never writes them in lower case.
GENERIC_MODIFIERS = frozenset(
    words("""
    New Joint World Universal Global International National Regional Interregional Central
    General Main Development Biggest Largest Leading Major Smart Common Single Unified United
    Special Public Private State Federal Local Supreme Higher High Top First Second Third
    Media Business Trade Investment Financial Finance Economic Commodity Industrial
""")
)


# Adjectives of regions, proper however common ("Eurasian Development Bank", "Pacific …").
REGION_ADJECTIVES = frozenset(
    words("""
    Pacific Atlantic Arctic Antarctic Eurasian Asian European African American Siberian Baltic
    Caspian Nordic Slavic Caucasian Mediterranean Balkan Arab Latin Oriental Eastern Western
    Northern Southern Northeast Northwest Southeast Southwest
""")
)


INSTITUTION_KINDS = frozenset(
    {"GOVERNMENT_BODY", "UNIVERSITY", "RESEARCH_INSTITUTE", "THINK_TANK", "BANK", "MEDIA",
     "POLITICAL_MOVEMENT", "MILITARY"}
)  # fmt: skip


def _registered_state(name: str) -> bool:
    from loaders.entities.registry import registry

    reg = registry()
    entry = reg.lookup(name)
    if entry is None and name in reg.forms:
        entry = reg.forms[name][0]  # a capital: "Beijing"
    return entry is not None and entry.kind in ("STATE", "OTHER") and entry.codes != ()


def _state_word(w: str) -> bool:
    return w in STATE_ADJECTIVES or _registered_state(w)


def name_shaped(words: list[str], lower: set[str]) -> bool:
    """Is a phrase with an organisation head noun a name rather than a description?

    A leading head with its complement is ("Ministry of Finance", "Bank of China"); a trailing
    head needs one proper modifier: a word the document never writes in lower case and that is
    not generic ("Harbin Bank", "Tula News", "Russian-Chinese Business Council"), an acronym, a
    state adjective, a place — not "Bottled Sunflower Oil", "Exports of Chemicals", "World
    Centre", "State and Government", "Heads of State and Government".
    """
    heads = [i for i, w in enumerate(words) if w in HEAD_KINDS]
    if heads and heads[0] > 0 and _registered_state(" ".join(words[: heads[0] + 1])):
        return False  # "Russian Federation on Measures"
    if len(words) >= 5 and words[-2] == "and" and words[-4] == "of":
        pair = (words[-3], words[-1])  # "Armed Forces of Russia and China": two states' forces
        if all(_registered_state(w) for w in pair) and not _registered_state(" ".join(words[-3:])):
            return False
    for i, w in enumerate(words[:-2]):  # "Bank of China", "Higher School of Economics"
        rest = words[i + 2 :] if words[i + 1] == "General" else words[i + 1 :]
        if w in HEAD_KINDS and len(rest) > 1 and rest[0].lower() in ("of", "for", "on", "in"):
            return True
    if "of" in words:  # "Heads of State and Government", "Ministers of Foreign Affairs"
        i = words.index("of")
        if i > 0 and words[i - 1].lower().rstrip("s") in ROLE_NOUN_SET | {"head"}:
            return False
        before = words[:i]  # "Officer Commanding of Division": a role, no body, before "of"
        if not any(w in HEAD_KINDS for w in before) and any(
            w.lower() in ROLE_NOUN_SET for w in before
        ):
            return False
    mods = [w for w in words if w.lower() not in CONNECTORS and HEAD_KINDS.get(w) is None]
    if not mods:
        return False
    if "and" in words:  # "Russian and Chinese New Media": a description
        i = words.index("and")
        if 0 < i < len(words) - 1 and _state_word(words[i - 1]) and _state_word(words[i + 1]):
            return False  # "Russia and China Navy": two states' services, not one name
    for w in mods:
        parts = w.split("-")
        if w.isupper() or any(
            p in STATE_ADJECTIVES or p in PLACE_WORDS or p in REGION_ADJECTIVES
            or _registered_state(p)
            for p in parts
        ):  # fmt: skip
            return True
        if all(
            p.lower() not in lower and p not in GENERIC_MODIFIERS and not common_word(p)
            for p in parts
            if p
        ):
            return True
    # an institution's head after two or more words, one of them specific: "National Medical
    # Products Administration", "Harmony Travel Service" (not "Joint Commission", "Bottled
    # Sunflower Oil": an industry head needs a proper modifier)
    head = HEAD_KINDS.get(words[-1])
    return (
        head in INSTITUTION_KINDS
        and len(mods) >= 2
        and "and" not in words
        and any(w not in GENERIC_MODIFIERS for w in mods)
    )


def _title_of_field(text: str, run: list, lower: set[str]) -> Candidate | None:  # type: ignore[type-arg]
    """ "Vice Minister of Education Chen Jie": a title "of" a field, then a two-word name."""
    words = [t[2] for t in run]
    if len(words) < 5 or "of" not in words[:-2]:
        return None
    i = words.index("of")
    title = " ".join(words[:i])
    if title not in TITLES or not TITLES[title]:
        return None
    name = run[-2:]
    given, surnames = name_lists()
    first, last = name[0][2], name[1][2]
    chinese = first in surnames and is_pinyin(first) and is_pinyin(last)
    if not (chinese or first in given) or not all(_name_like(w, lower) for w in (first, last)):
        return None
    role = " ".join(words[: len(words) - 2])
    return Candidate(name[0][0], name[1][1], text[name[0][0] : name[1][1]], "ACTOR",
                     title=role, title_start=run[0][0], strong=True)  # fmt: skip

"""Speaker resolution: a source's surface text → an entity key, an unnamed group, or nothing.

Order: an entity mention inside the surface (people before organisations, the last person
in "company's founder Ren Zhengfei"); an @handle of a known entity; the last name of a
person already named in the document ("Zubarevich says"); an unnamed group ("Chinese
experts": no entity, the words go to ``speaker_group``); "he"/"she" → the last named
person; "I"/"we" → the document's author. As a fallback, a person-like name the entity
stage did not produce (two to four capitalised words) becomes an ACTOR draft with a mention,
so the claim still has its speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz.distance import OSA

from kb.enums import DocumentKind, EntityType
from loaders.claims.coref import (
    PRONOUN,
    is_role_word,
    org_compatible,
    org_role,
    owned_org_role,
    person_role,
    titled_name,
)
from loaders.claims.gender import (
    Gender,
    compatible,
    document_evidence,
    name_gender,
    pronoun_gender,
    role_gender,
)
from loaders.claims.patterns import (
    FIRST_PERSON,
    HANDLE,
    PERSON_NAME,
    PERSON_NAME_START,
    QUOTE,
    group_phrase,
)
from loaders.claims.roles import (
    GOVERNMENT,
    HEAD_OF,
    ORG_HEAD,
    RoleLookups,
    nation_of,
    state_adjective,
)
from loaders.drafts import EntityDraft, Extraction, MentionDraft
from loaders.entities.lexicon import common_word, name_lists
from loaders.entities.people import never_person
from loaders.entities.registry import Entry, registry

# Capitalised words that start a sentence or name places/things, never a speaker's name.
_NOT_NAME_WORDS = """The This That These Those It He She They We I But And As In On At For From
    With By Nobody Everyone Everybody Someone Somebody Anyone No One Few Many Some Most Others
    All Russia China Moscow Beijing Kremlin Washington America Europe Asia Russian Chinese
    American European Western Eastern President Prime Minister Foreign Ministry Minister
    Ministry Government State University Institute Council Academy Center Centre Bank
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Development Investment Company
    Group Corporation Fund Railway Railways Agency Service Committee Union Republic Region
    Krai Oblast Editors Authors Office Department Press News Media Times Post Journal Asian
    African Central Northern Southern Report Programme Program Initiative Forum Summit See Note
    Source Sources Table Figure Chapter Section Further Furthermore Moreover However Meanwhile
    Today Yesterday Thus Therefore Additionally Also Finally First Second Third Overall Hence
    Nevertheless Nonetheless Instead Indeed Still Then Now Later Earlier Recently Previously"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
_ORG_WORD_LIST = """Ministry University Institute Council Committee Agency Bank Fund Company
    Corporation Group Service Office Department Academy Center Centre Commission Forum
    Organisation Organization Association Union Party Government Administration Education
    Science Affairs Development Federation Republic Embassy Court Parliament Duma Assembly
    Church Patriarchate Society Foundation Authority Bureau Chamber Museum Navy Army Fleet
    Command Exchange Railways Airlines Holding Holdings Alliance Staff"""
_ORG_WORDS = frozenset(_ORG_WORD_LIST.split())
_PLACE_WORDS = "Russia China Moscow Beijing Kremlin Washington America Europe"
_PLACES = frozenset(_PLACE_WORDS.split())
# The owner of "its chairman", "the company's CEO" (ORG_HEAD's org): the body in question.
_ITS = re.compile(r"(?i:its|their|company|firm|group|bank|corporation|producer|operator)")
_HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Dr", "Sir", "Madam", "Mister", "Miss", "Lord", "Lady"])
# One to three capitalised words or an @handle: a named source.
# One of the next two sentences opens on a person's pronoun or "The <role>" (a person's role
# by `person_role`: "The analyst maintained …").
_PERSON_NEXT = re.compile(
    r"[^.!?]*[.!?][”\"’]?\s+(?:[^.!?]*[.!?][”\"’]?\s+)?(?:(?:He|She|His|Her)\b|"
    r"(?P<role>The\s+[a-z][\w-]*)\b)"
)
_PROPER = re.compile(r"(?:@\w{2,}|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})")
_TITLE_WORDS = re.compile(
    r"^(?:(?:President|Prime|Minister|Foreign|Deputy|Chairman|Chairwoman|Director|Professor|"
    r"PM|Vice|Prof\.|Dr\.|Mr\.|Mrs\.|Ms\.|Ambassador|Senator|General|Spokesman|Spokeswoman|Premier|"
    r"Chancellor|CEO|Founder|Head|Chief|Economist|Analyst|Expert)\s+)+"
)


MAX_SUBJECT_WORDS = 12
_FORMER = re.compile(r"^(?:then-|ex-|former\s+|(?-i:Former)\s+|late\s+)", re.IGNORECASE)
# "Ukraine's Foreign Minister", "Russia's defense minister": a title owned by a state, in
# capitals or not (the role's last word must be a role word, checked where it is used).
_OWNED_ROLE = re.compile(
    r"[A-Z][\w-]+(?P<poss>['’]s)\s+(?P<role>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)"
)
# A body owned by a state: "China's Ministry of National Defence".
_OWNED_BODY = re.compile(
    r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+(?P<body>[A-Z][\w'’-]*(?:\s+[\w'’-]+){1,6})"
)
_PLACE_TAIL = re.compile(r"(?:region|province|oblast|krai|territory|district|county|republic)")
# A descriptor noun phrase (lower case) written after a body's name: "polling agency".
_BODY_TAIL = re.compile(
    r"(?:[a-z][\w-]*\s+){0,2}(?:agency|pollster|company|corporation|firm|consultancy|"
    r"think\s+tank|institute|newspaper|daily|weekly|monthly|magazine|tabloid|outlet|broadcaster|"
    r"news\s+agency|website|research\s+(?:center|centre|group)|center|centre|group|bank|lender|"
    r"ministry|watchdog|regulator|service)"
)


# A finite verb right after a name: the name is its clause's subject ("X paid", "X has
# said", "X also visited"), not a verb's object or an owner.
_CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?:(?:also|then|later|again|once|\w+ly)\s+)?(?:(?:has|had|was|is|will|would)\s+)?"
    r"(?:[a-z]+ed|paid|met|made|gave|went|came|took|told|said|spoke|wrote|held|saw|flew|"
    r"sent|left|won|led|set|put|got|began|became|brought|thought|sought|called|visits|"
    r"meets|says|tells|makes|holds)\b"
)


# A name inside a modifier says what the source is like, not who it is: "the pro-Kremlin
# Izvestia", "an anti-Beijing outlet".
_MODIFIER_OF = re.compile(r"\b(?:pro|anti|non|ex)-$", re.IGNORECASE)


def _modifier_before(text: str, at: int) -> bool:
    """`_MODIFIER_OF.search(text, 0, at)` from the last 6 characters: a match ends at `at`
    (or before a newline there) and is at most 5 long, and `\\b` still sees the character
    before the window. From 0 it cost a pass over the document per mention (1.6 s of 10x)."""
    return _MODIFIER_OF.search(text, max(0, at - 6), at) is not None


def _anchored(text: str, m: MentionDraft, start: int, end: int, anchor: str | None) -> bool:
    if anchor == "end":
        # "Administration of Altai region": a trailing place noun the entity stage left out
        rest = text[m.end : end].strip(" '’s.,")
        # "The X Center polling agency said", "the X Group think tank": a common-noun
        # descriptor after a body's name leaves the name the head ("China's space agency"
        # is another body: a possessive is no descriptor)
        if rest and _BODY_TAIL.fullmatch(rest) and not _APOSTROPHE.match(text[m.end : end]):
            return True
        return not rest or _PLACE_TAIL.fullmatch(rest) is not None
    if anchor == "start":
        lead = text[start : m.start].strip()
        if not lead or lead.lower() in {"the", "a", "an", "credible", "official"}:
            return True
        if _CARRIER.fullmatch(lead) or _POSSESSOR.fullmatch(lead):
            return True  # "a statement from the Kremlin", "figures published by Rosstat"
        carried = _CARRIER.match(lead)
        if carried and _SPACED_POSSESSOR.fullmatch(lead[carried.end() :]):
            return True  # "the report released by China's General Administration of Customs"
        if org_role(lead) or _DESCRIPTOR.fullmatch(lead) or _MODIFIER_LEAD.fullmatch(lead):
            return True  # "the Russian publication Izvestia", "the consultancy Kpler"
        # "Chief Cabinet Secretary Yoshimasa Hayashi": a title phrase before the name; "US
        # Ambassador to the United Nations Linda Thomas-Greenfield": one naming a body too
        words = lead.split()
        if len(words) > 8:
            return False
        if is_role_word(words[-1]):
            return True
        return (
            words[-1][:1].isupper()
            and any(is_role_word(w) for w in words)
            and all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)
        )
    return True


# Hyphenated modifiers before a name: "the pro-Kremlin Izvestia", "the state-run Xinhua".
_MODIFIER_LEAD = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:(?:pro|anti)-[\w’'-]+|[\w’']+-(?:run|owned|backed|controlled|"
    r"based|leaning|funded|affiliated))(?:\s+(?:(?:pro|anti)-[\w’'-]+|[\w’']+-(?:run|owned|"
    r"backed|controlled|based|leaning|funded|affiliated)))*",
    re.IGNORECASE,
)
_TITLE_SMALL_WORDS = frozenset({"to", "of", "for", "at", "the", "and", "in", "on"})
_DESCRIPTOR = re.compile(
    r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:publication|newspaper|daily|outlet|magazine|"
    r"broadcaster|news\s+agency|agency|website|tabloid|consultancy|firm|company|lender|bank|"
    r"think\s+tank|group|provider|tracker)",
    re.IGNORECASE,
)
# (the second name maybe after its own title: "former diplomat A and expert B")
_LIST_GAP = re.compile(r"\s*(?:,|&|and|,\s*and)\s*(?:(?-i:[a-z][\w-]*)\s+){0,2}")
_LIST_END = re.compile(r"^\s*(?:(?:,?\s*(?:and|&)\s+(?:many\s+|several\s+)?others?)\s*)?$")
# Words that carry a source's statement before its name (anchor "start").
_CARRIER = re.compile(
    r"(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:statement|readout|report|transcript|"
    r"communiqu[ée]|press\s+release|release|post|message|announcement|data|figures|survey|poll|"
    r"statistics|numbers|indicators|"
    r"study|estimates?|assessment|forecast|spokesperson|spokesman|spokeswoman|representative|"
    r"notice|filing|document|decree|bulletin|article|story|piece|analysis|paper|note|"
    r"response|reply|answer|letter|testimony|submission|"
    r"press\s+(?:service|office|department|cent(?:er|re))|information\s+(?:service|department)|"
    r"(?:public\s+relations|communications|media\s+relations)\s+(?:department|office))s?"
    r"\s+(?:(?:published|released|issued|posted|provided|compiled)\s+(?:in|on|from|by|of|at)|"
    r"from|by|of|at|in)"
    r"(?:\s+the)?",
    re.IGNORECASE,
)
_BOTH_NATIONS = re.compile(r"\b[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*,?\s+(?:and|&)\s+$")
_REFLEXIVE = re.compile(r"\s+(?:itself|himself|herself|themselves)$", re.IGNORECASE)
# "He's" / "she'd" before a participle: the pronoun with "has"/"had" contracted.
_PRONOUN_HAS = re.compile(r"(?:he|she)['’][sd]", re.IGNORECASE)
# A body's voice: its spokesperson is the person the document named with such a role.
_SPOKES_ROLES = frozenset(["spokesperson", "spokesman", "spokeswoman", "representative"])
# "X Data said", "X's figures show", "according to X estimates", "X figures from 2024": the
# body whose data they are (a year or month after them dates the data, it names no one)
_DATA_END = re.compile(
    r"(?:['’]s)?\s+(?:data|figures|statistics|numbers|estimates|projections|calculations)"
    r"(?:\s+(?:from|for|of|in)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{4})?))?$",
    re.IGNORECASE,
)
_HE_NAME = re.compile(r"He [A-Z][a-z]{2,}(?<!Said)(?<!Says)(?<!Also)(?<!Then)(?<!Will)")
# "X's line", "his key point": a stance noun after its owner.
_STANCE_TAIL = re.compile(
    r"(?:['’]s?|(?<=\b[Hh]is)|(?<=\b[Hh]er)|(?<=\b[Ii]ts))\s+(?:(?:key|main|central|basic|official|"
    r"bottom|core|chief|whole)\s+)?(?:point|line|argument|message|conclusion|takeaway|view|"
    r"verdict|position|answer|thesis|response|reply|assessment|case|pitch|finding|findings)$"
)
# "<body> statement / readout / press service / spokesperson": the body issued it; after a
# possessive, also the body's own document, dated or named ("the ministry's 2024 strategy",
# "DOD's Arctic strategy calls for …", "the bank's annual report").
# A body's press or information office ("press service", "information department").
_PRESS_OFFICE = (
    r"press\s+(?:service|office|department|cent(?:er|re))|"
    r"information\s+(?:service|office|department)"
)
_ISSUED = re.compile(
    r"(?:(?:the|a|an|in\s+a|in\s+the)\s+)?(?P<org>.+?)(?P<poss>['’]s?)?\s+(?P<doc>"
    r"(?P<press>" + _PRESS_OFFICE + r")|"
    r"(?:(?:joint|official|written|brief|short)\s+)?(?:statement|readout|press\s+release|"
    r"communiqu[ée]|notice|bulletin|(?P<spokes>spokes(?:person|man|woman)))|"
    r"(?(poss)(?:(?:\d{4}|new|latest|annual|final|national|[A-Z][\w-]*)\s+){0,2}"
    r"(?:strategy|doctrine|declaration|report|study|survey|analysis|assessment|review|"
    r"white\s+paper|database|concept|plan)|(?!)))"
    r"(?:\s+(?:of|on|after|from)\s+"
    r"(?:the|a|their|its)\s+(?:[\w-]+\s+)?(?:call|talks|meeting|conversation|visit|summit))?",
    re.IGNORECASE,
)
# Words naming a body's voice next to a person's name ("X, deputy head of the press service").
_VOICE_ROLE = re.compile(
    r"spokes(?:person|man|woman)|press\s+(?:secretary|service|office|attach[ée])|"
    r"official\s+representative",
    re.IGNORECASE,
)
# Titles a role noun referring back fits: "the top diplomat" is a foreign minister, an
# ambassador or an envoy, not the president named last (other role nouns: any person).
_DIPLOMAT = (
    r"diplomat|foreign\s+minister|minister\s+of\s+foreign\s+affairs|foreign\s+secretary|"
    r"ambassador|envoy|secretary\s+of\s+state|foreign\s+affairs\s+minister|"
    # a foreign ministry's spokesperson is a diplomat too
    r"foreign\s+(?:ministry|affairs\s+ministry|office)\s+spokes(?:person|man|woman)"
)
_ROLE_TITLES = {
    "diplomat": re.compile(rf"\b(?:{_DIPLOMAT})\b", re.IGNORECASE),
    "envoy": re.compile(rf"\b(?:{_DIPLOMAT})\b", re.IGNORECASE),
    "president": re.compile(r"\bpresident\b", re.IGNORECASE),
    "premier": re.compile(r"\b(?:premier|prime\s+minister)\b", re.IGNORECASE),
}
_FIELD_ROLE = re.compile(
    r"\b(?P<field>foreign|defen[cs]e|finance|economy|trade|energy|prime|interior)\s+"
    r"(?P<role>minister|secretary)$",
    re.IGNORECASE,
)


_CLAUSE_STOP = re.compile(r"[.!?;,]\s")
# A role written short, and its titles in full.
_ROLE_FULL = {
    "ceo": r"CEO|chief\s+executive(?:\s+officer)?|director\s+general|head",
    "spokesperson": r"spokes(?:person|man|woman)",
    "spokesman": r"spokes(?:person|man)",
    "spokeswoman": r"spokes(?:person|woman)",
}


def _role_titles(raw: str) -> re.Pattern[str] | None:
    """The titles "the <role>" fits ("the foreign minister": Foreign Minister), else None."""
    field = _FIELD_ROLE.search(raw)
    if field is not None:
        words = rf"{field.group('field')}\s+{field.group('role')}"
        return re.compile(rf"\b{words}\b", re.IGNORECASE)
    return _ROLE_TITLES.get(raw.split()[-1].lower())


_COUNTERPART = re.compile(r"\bcounterparts?\s+(?:[A-Z][\w.-]*\s+)?$")
# Nationalities paired with names in order: "his Russian and Mongolian counterparts A and B",
# "the French, German and Italian leaders A, B and C" (up to the name being read).
_PAIRED = re.compile(
    r"\b(?P<adjs>[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+)\s+"
    r"(?P<noun>counterparts|leaders|presidents|premiers|ministers|colleagues|envoys)\s+"
    r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:(?:,|and|,\s*and)\s+(?:[A-Z][\w.'’-]*\s+){1,4})*"
    r"(?:,|and|,\s*and)\s+$"
)
# "Chinese leader Xi Jinping's government": the government of the leader's state.
_LEADERS_GOVERNMENT = re.compile(
    r"(?:the\s+)?(?P<adj>[A-Z][a-z]+)\s+(?i:leader|president|premier|prime\s+minister|"
    r"chancellor)\s+(?:[A-Z][\w.'’-]+\s+){0,2}[A-Z][\w.'’-]+['’]s\s+(?:government|"
    r"administration|cabinet)"
)
# "the Foreign Ministry in Moscow", "the Defence Ministry in Beijing": a ministry by its seat.
_SEATED = re.compile(
    r"(?:the\s+)?(?P<field>(?:[A-Z][a-z]+\s+){1,2})(?P<body>Ministry|ministry)\s+in\s+"
    r"(?P<place>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)"
)
# "Mr Lavrov's ministry": the ministry the person heads.
_PERSONS_MINISTRY = re.compile(
    r"(?:the\s+)?(?P<who>(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})"
    r"['’]s?\s+(?:own\s+)?ministry"
)
# "Russian Foreign Minister Sergei Lavrov": a minister's nationality and field.
_MINISTER_TITLE = re.compile(
    r"(?P<nat>[A-Z][a-z]+)\s+(?P<field>[A-Z][a-z]+)\s+Minister\s+(?:[A-Z][\w.'’-]*\s+){0,2}$"
)
# "Putin's spokesman": the person named as his spokesman nearby, not Putin.
_AIDE_OF = re.compile(
    r"(?:the\s+)?(?P<boss>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})['’]s?\s+(?:(?:chief|top|senior|"
    r"deputy|foreign\s+policy|economic|press)\s+)?(?P<role>spokes(?:man|woman|person)|press\s+"
    r"secretary|aide|adviser|advisor)"
)
# A body's name after a carrier ("… published in the Federal Register"): capitalised words,
# never a person's name (two words, both capitalised, would be one: "by John Smith").
_NAMED_BODY = re.compile(
    r"(?:[A-Z][\w&.-]*\s+){1,4}(?:Register|Gazette|Journal|Bulletin|Herald|Times|Post|News|"
    r"Review|Institute|Centre|Center|Council|Commission|Committee|Agency|Office|Service|"
    r"Bureau|Foundation|Fund|Bank|Association|Federation|Board|Authority|Administration|"
    r"Ministry|Department|University|Academy|Forum|Group|Endowment|Network|Project|Monitor)"
)
# "the Chinese embassy in Moscow", "China's consulate in Vladivostok": a diplomatic mission.
_MISSION = re.compile(
    r"(?:the\s+)?(?P<name>(?:(?!(?:the|a|an|this|that|its|their|his|her)\s)(?-i:[A-Z])[\w.-]*"
    r"(?:['’]s)?\s+){1,2}(?:embassy|consulate(?:[\s-]general)?|"
    r"permanent\s+mission|mission|trade\s+mission)(?:\s+(?:in|to)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2})?)",
    re.IGNORECASE,
)
# "the Biden administration", "the Sunak government": a government named after its head.
_LED_BY = re.compile(
    r"(?:the\s+)?(?P<head>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s+(?:administration|"
    r"government|cabinet)",
    re.IGNORECASE,
)
_OFFICIAL = frozenset(["GOVERNMENT_BODY", "STATE", "INTERNATIONAL_ORG", "PARTY"])
_GROUP_AT = re.compile(r"\b(?:at|in|from|with|of)\s+(?:the\s+)?(?=\S)", re.IGNORECASE)
_OFFICE_TAIL = re.compile(r"\s+(?:office|service|authority|authorities|department|agency)$", re.I)
_NOBODY = re.compile(r"^(?:nobody|no\s+one|none)\b", re.IGNORECASE)
_APOSTROPHE = re.compile(r"['’]")
_POSSESSIVE_S = re.compile(r"['’]s\b")
_POSSESSOR = re.compile(r"[A-Z][\w.-]*['’]s")  # "Rosstat's"
_SPACED_POSSESSOR = re.compile(r"\s*[A-Z][\w.-]*['’]s")
_AND_GAP = re.compile(r"\s+(?:and|&)\s+")
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_NATION_LIST = re.compile(r",\s*(?:and\s+)?|\s+and\s+")  # "Russian, French and German"
_SENTENCE_BREAK = re.compile(r"[.;:!?]\s")
_TITLE_BREAK = re.compile(r"[.;:!?]\s|,\s+(?:the\s+|a\s+)?[^,]*,\s")  # or an apposition
_APPOSED_TITLE = re.compile(r",\s+(?:the\s+|a\s+)?[^,.;]{1,50}")
# "A senior fellow at the X", "a spokesperson": one person, unnamed where the sentence says it
_INDEFINITE_ROLE = re.compile(
    r"(?i:an?)\s+(?:(?:senior|top|chief|leading|former|deputy|official)\s+)?"
    r"(?P<role>[a-z][a-z-]+)(?:\s+(?:at|of|with|for|from)\s+.{2,80})?"
)
# "the president's commissioner for sanctions": a definite description of three words or more
_DESCRIBED_ROLE = re.compile(r"(?i:the)\s+(?P<desc>[a-z][\w'’-]*(?:\s+[\w'’-]+){2,7})")
_ROLE_WORDS = re.compile(r"[a-z][a-z-]+")
_APPOSED_ROLE = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?[^,.;]{1,40}")
_WORD_END = re.compile(r"[\s'’]")
_NON_SPACE = re.compile(r"\S+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_LEADING_CARRIER = re.compile(r"^(?:by|from)\s+")
_OF_PLACE = re.compile(r"\s+(?:of|from|at)\s")


@lru_cache(maxsize=512)  # words of the text: bounded like re's own cache
def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b")


@cache
def _role_word(role: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(role)}\b", re.IGNORECASE)


@cache
def _role_before_name(role: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(role)}\s+(?:[A-Z][\w.'’-]*\s+)*$", re.IGNORECASE)


# "<role> of <Body>" closing a phrase: "spokesman of China", "spokesperson of the Ministry".
_ROLE_OF_BODY = re.compile(
    r"\b(?P<role>[\w-]+)\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*){0,4}$"
)
# ", known as Rosselkhoznadzor," / " (also known as X)" after a description.
_KNOWN_AS = re.compile(
    r"\s*[,(]\s*(?:also\s+|better\s+|commonly\s+)?known\s+as\s+"
    r"(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w'’.&-]*){0,6})\s*[,)]"
)
# ", Dmitry Peskov," / ", Dmitry Peskov." after a role: a capitalised name set off by commas.
_COMMA_NAME = re.compile(
    r",\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})(?=\s*[,.;]|\s+(?:in|on|at|who)\b)"
)


@dataclass
class Resolved:
    speaker: str | None = None  # entity key
    group: str | None = None  # unnamed group / unresolved source words
    author: bool = False  # first person: the document's author speaks
    unresolved: bool = False  # a proper name no entity matches: its words are in `group`
    surface: tuple[int, int] | None = None  # where the speaker is written (for mentions)
    also: tuple[str, ...] = ()  # co-speakers of a list ("as @a, @b and others have noted")
    plural: bool = False  # written as a plural group ("analysts at Kpler"): "estimate" agrees
    pronoun: bool = False  # written as "he"/"she"
    gender: Gender | None = None  # the pronoun's: "she"/"her" "f", "he"/"his" "m"

    @property
    def found(self) -> bool:
        return bool(self.speaker or self.group or self.author)


# A common noun head placed somewhere: "Automakers in China", "traders from Moscow".
# A given name alone as the speaker's whole phrase, or before "from"/"of" a place.
_GIVEN_ALONE = re.compile(r"(?P<name>[A-Z][a-z]{2,})(?=$|,?\s+(?:from|of|in)\s+[A-Z])")
# A document called by its kind: "the message", "the circular", "a departmental circular".
_DOCUMENT = re.compile(
    r"(?P<det>the|this|that|a|an)\s+(?:(?P<dept>departmental|ministerial)\s+|"
    r"(?:official|corresponding|same|new|latest)\s+)?(?P<noun>message|circular|document|"
    r"letter|notice|order|decree|directive|press\s+release|release|instruction|resolution)",
    re.IGNORECASE,
)
_MINISTRY_NAME = re.compile(r"\b(?:Ministry|Department|Ministerial)\b")
# How far back (characters) "it" or "the message" after a quotation reaches for the body
# that spoke: the sentence before, or two short ones.
_NEAR = 600
# A body's staff named after it: "RAND experts", "Goldman Sachs analysts".
_STAFF_NOUNS = re.compile(
    r"(?:['’]s?)?\s+(?:(?:senior|chief|leading|top)\s+)?(?:experts|analysts|researchers|"
    r"economists|scholars|strategists|scientists|specialists)",
    re.IGNORECASE,
)
# Initials glued to a surname, as some wires write it: "Y.Nepoklonov", "H.Wong".
_GLUED_INITIALS = re.compile(r"^(?:[A-Z]\.){1,2}(?=[A-Z][a-z])")
# A press office named without its body ("the press office said"): the body that spoke last.
_BARE_PRESS = re.compile(r"(?:the|its)\s+(?:" + _PRESS_OFFICE + ")", re.IGNORECASE)
# An adverb between the subject and its verb: "“…,” he further added", "she also said".
_ADVERB_AFTER = re.compile(
    r"(?<=\w)\s+(?:also|further|later|then|again|once\s+again|additionally|subsequently|"
    r"previously|earlier|too|now|recently|separately|likewise|similarly)$",
    re.IGNORECASE,
)
# A role word alone, no article, maybe possessive: "In expert's opinion, …".
_BARE_ROLE = re.compile(r"(?P<role>[a-z][a-z-]+)(?:['’]s)?")
# What an article calls a newspaper or a report it cited: "The paper said", "the report".
_PIECE_NAMED_BEFORE = re.compile(r"the\s+(?:paper|report|study|analysis)", re.IGNORECASE)
# A press office of a body called by a common noun: "the press service of the trading
# platform", "the press office of the ministry": that body, referred back to.
_PRESS_OF_ROLE = re.compile(
    r"the\s+(?:" + _PRESS_OFFICE + r")\s+of\s+(?P<role>the\s+[\w\s-]{2,60})", re.IGNORECASE
)
# A title alone, with its nationality and no name or article: "Russian President",
# "Chinese Foreign Minister".
_BARE_TITLE = re.compile(r"(?P<adj>[A-Z][a-z]+)\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+")
# An adjunct after a person's name in a subject phrase: "at the session of …", "during the
# briefing", "of Renmin University", "on Wednesday".
_ADJUNCT = re.compile(r"\s+(?:at|during|in|on|of|from|with|for|after|before|while|speaking)\s")
_LEAD_WORDS = frozenset(["the", "a", "an", "former", "then", "acting", "deputy", "senior"])
_THINGS_IN_PLACE = re.compile(
    r"(?:the\s+|many\s+|some\s+)?(?:[a-z][\w-]*\s+)?(?P<head>[A-Za-z][a-z-]+s)\s+(?:in|from)\s+"
    r"(?P<place>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)
# A single name no person bears: an inner capital ("TeDo", "PwC"; not "McCarthy", "DeSantis"),
# a web domain ("Caliber.Az").
_BODY_SHAPED = re.compile(
    r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z])[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][A-Za-z0-9-]+\.(?:[A-Z][a-z]{1,2}|com|net|org|ru|cn|info)"
)
# An outlet named after its descriptor: "local news portal 66.ru", "the business daily
# Vedomosti" (a web domain, or capitalised words).
_OUTLET_NAMED = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}(?:news\s+portal|portal|news\s+site|website|"
    r"outlet|newspaper|daily|tabloid|news\s+agency|broadcaster|magazine)\s+"
    r"(?P<name>[\w-]+\.(?:[a-z]{2}|com|net|org|info)\b|"
    r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
)
# An organisation's name before a noun for a body: "the Agrostat analytical center".
_NAME_BODY = re.compile(
    r"(?:the\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:[a-z-]+\s+){0,2}"
    r"(?:cent(?:er|re)|institute|agency|service|office|company|group|firm|consultancy|"
    r"department|association|council|committee|portal|platform|operator|monitor|tracker)"
)


# A person's words named by their occasion: "President Putin's speech at Valdai".
_UTTERANCE_OF = re.compile(
    r"(?:^|\s)(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})['’]s?\s+(?:[\w-]+\s+)?"
    r"(?:speech|remarks|address|words|statement|interview|comments|answer|message|letter|"
    r"lecture|testimony)(?:\s+(?:at|to|in|on|with|during|before|for)\s+[^,;:]{1,60})?$"
)
_HEAD_OF_GOVERNMENT = re.compile(r"\bhead\s+of\s+(?:the\s+)?government$", re.IGNORECASE)


def _name_form_patterns(word: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The word followed, and preceded, by one capitalised word that completes a two-word
    name: "Huai Jinpeng", "Jinpeng Huai". The two words are the whole name: no third
    capitalised word after them ("Minister of Transport Gao Weiran": not "Transport Gao").

    Each pattern opens with what `re` can search for at its own speed — the word itself, a
    capital letter — and tests the character before the name right after it (the same
    matches as the look-behind first: it tests the same character), instead of being tried
    at every position of the document.
    """
    w = re.escape(word)
    return (
        re.compile(
            rf"{w}(?<=(?<![\w'’.-]){w})\s+(?P<other>[A-Z][a-z]+(?:-[a-z]+)?)(?![\w'’-]|\s+[A-Z])"
        ),
        re.compile(
            rf"(?P<other>[A-Z](?<![\w'’.-][A-Z])[a-z]+(?:-[A-Z]?[a-z]+)?)\s+{w}"
            rf"(?![\w'’-]|\s+[A-Z])"
        ),
    )


class SpeakerResolver(RoleLookups):
    """Resolves speaker surfaces of one document; remembers the last named person."""

    def __init__(self, ex: Extraction) -> None:
        self.ex = ex
        self.mentions = sorted(ex.mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        self.last_person: str | None = None
        self.last_person_at = -1  # where the sentence the last person spoke in starts
        self.last_org: str | None = None
        self.last_org_at = -1  # where the sentence the last organisation spoke in starts
        # "the watchdog" resolved once: the same noun later is the same body
        self.org_nouns: dict[str, str] = {}
        # "a departmental circular" resolved once: "the circular" later is the same body's
        self.doc_nouns: dict[str, str] = {}
        self.last_speaker: str | None = None  # whoever spoke last (person or body)
        # A "he said" before any person was named as a speaker (a story opening on a quote,
        # an excerpt cut before the name): the next "he"s are the same man, named later.
        self.forward = False
        self.forward_genders: set[Gender | None] = set()  # of the pronouns waiting so
        # An unnamed person who spoke last ("a former Gazprom executive"): "he" is that person.
        self.last_unnamed: str | None = None
        self.sentence_start = 0  # set by the caller: where the current sentence starts
        self.prev_subject: str | None = None  # set by the caller: the entity opening the last one
        # set by the caller: the one person who is a clause's subject in the last sentence
        # ("But it never condemned …, and last month President X paid a visit. He …")
        self.prev_actor: str | None = None
        self._aliases: dict[str, str] | None = None
        self._handles = {h.casefold(): key for key, e in ex.entities.items() for h in e.handles}
        self._genders: tuple[int, dict[str, Gender]] | None = None  # (mentions seen, evidence)

    # -- helpers -------------------------------------------------------------------------
    def _refresh(self) -> None:
        self.mentions = sorted(self.ex.mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]

    def exact_mentions(self, start: int, end: int) -> list[MentionDraft]:
        """The mentions written exactly at doc.text[start:end], in order."""
        return [m for m in self.mentions_in(start, end) if m.start == start and m.end == end]

    def mentions_in(self, start: int, end: int) -> list[MentionDraft]:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def _known_as(self, end: int) -> tuple[str, tuple[int, int]] | None:
        """The entity a description ending at `end` is "known as" ("Russia's veterinary and
        phytosanitary service, known as Rosselkhoznadzor, said"), else None."""
        m = _KNOWN_AS.match(self.ex.doc.text, end)
        if m is None:
            return None
        found = self.exact_mentions(m.start("name"), m.end("name"))
        return (found[0].entity, (found[0].start, found[0].end)) if found else None

    def _named_after_role(self, raw: str, end: int) -> tuple[str, tuple[int, int]] | None:
        """The person named right after a role phrase ending at `end`, set off by a comma
        ("Kremlin spokesperson, Dmitry Peskov, in comments"), else None."""
        words = raw.split()
        if not words:
            return None
        # "Kremlin spokesperson" or "foreign Ministry spokesman of China": the role closes
        # the phrase, or only its body does after "of"
        of_body = _ROLE_OF_BODY.search(raw)
        if not is_role_word(words[-1]) and not (of_body and is_role_word(of_body.group("role"))):
            return None
        m = _COMMA_NAME.match(self.ex.doc.text, end)
        if m is None:
            return None
        for mention in self.exact_mentions(m.start("name"), m.end("name")):
            if self.is_person(mention.entity):
                return mention.entity, (mention.start, mention.end)
        return None

    def is_person(self, key: str) -> bool:
        e = self.ex.entities.get(key)
        return e is not None and e.type == EntityType.ACTOR

    def note_person(self, key: str | None) -> None:
        """Remember the last speaker: persons for "he", organisations for "the ministry"."""
        if key and self.is_person(key):
            self.last_person = key
            self.last_person_at = self.sentence_start
        elif key and key in self.ex.entities:
            self.last_org = key
            self.last_org_at = self.sentence_start
        if key:
            self.last_speaker = key

    def gender_of(self, key: str) -> Gender | None:
        """A person's gender: what the document says of them, else what their name says
        (see ``loaders.claims.gender``); None when unknown."""
        if self._genders is None or self._genders[0] != len(self.mentions):
            evidence = document_evidence(self.ex.doc.text, self.mentions, self.is_person)
            self._genders = (len(self.mentions), evidence)
        known = self._genders[1].get(key)
        if known is not None:
            return known
        e = self.ex.entities.get(key)
        return name_gender(e.name) if e is not None else None

    def fits(self, key: str | None, gender: Gender | None) -> bool:
        """Whether "she"/"he" (`gender`) may refer to the person `key` (unknown fits)."""
        return key is None or gender is None or compatible(self.gender_of(key), gender)

    def _pronoun(self, start: int, gender: Gender | None = None) -> str | None:
        """ "he"/"she": the person opening this sentence ("Xi spoke …, where he called for"),
        else the last speaker, else the last person named before; a person known to be of
        the other sex than the pronoun is passed over ("Lind met Vrba; she said")."""
        text = self.ex.doc.text
        lo = self.sentence_start
        if lo < start and not any(q in text[lo:start] for q in '“”"'):
            for m in self.mentions_in(lo, start):
                # "Trump's reaction will decide …, he added": an owner is not the subject
                if (
                    self.is_person(m.entity)
                    and not _POSSESSIVE_S.match(text[m.end : m.end + 3])
                    and not self._paired(m)
                    and self.fits(m.entity, gender)
                ):
                    return m.entity
        if (
            self.prev_subject
            and self.is_person(self.prev_subject)
            and self.fits(self.prev_subject, gender)
        ):
            return self.prev_subject  # "X, an economist, called it predictable. “…,” he said."
        if (
            lo == start
            and self.prev_actor
            and (self.prev_subject is None or not self.is_person(self.prev_subject))
            and self.fits(self.prev_actor, gender)
        ):
            return self.prev_actor  # "… and last month President X paid a visit. He referred …"
        if self.last_unnamed is not None:
            return None  # an unnamed person spoke last (see `resolve`)
        if self.forward and (gender is None or self.forward_genders & {None, gender}):
            return None  # "he" before anyone spoke: the speaker named later (see `forward`)
        if self.last_person and self.fits(self.last_person, gender):
            return self.last_person
        return self.persons_before(start, gender)

    def clause_actor(self, start: int, end: int) -> str | None:
        """The one person who is the subject of a clause in the sentence [start, end): named
        right before a finite verb ("President X paid", "X has said"), not an owner; None
        when no person or more than one is."""
        text = self.ex.doc.text
        actors = {
            m.entity
            for m in self.mentions_in(start, end)
            if self.is_person(m.entity) and _CLAUSE_VERB_AFTER.match(text, m.end)
        }
        return actors.pop() if len(actors) == 1 else None

    def person_named(self, name: str) -> str | None:
        """The document's person a written name means: a full name or alias, or a surname
        one person bears ("Delvane", also after a title: "Ambassador Qin")."""
        if len(name) > 3 and name.isupper():
            name = name.title()  # a transcript's label in capitals: "PATRICIA KIM", "BRANDS"
        key = self._by_alias(" ".join(name.split()))
        if key is not None and self.is_person(key):
            return key
        words = name.split()
        if len(words) == 2 and (is_role_word(words[0]) or words[0].rstrip(".") in _HONORIFICS):
            words = words[1:]  # "Ambassador Qin", "Mr. Ruml": a title and the surname
        if len(words) == 1:
            key = self._by_last_name(words[0])
            return key if key is not None and self.is_person(key) else None
        return None

    def persons_between(self, start: int, end: int) -> set[str]:
        """The persons mentioned between two offsets."""
        return {m.entity for m in self.mentions_in(start, end) if self.is_person(m.entity)}

    def _paired(self, m: MentionDraft) -> bool:
        """ "Lind and Sokol will meet, he added": one of two persons joined by "and" is not
        the "he" of the sentence (the pair is its subject, the speaker someone else)."""
        text = self.ex.doc.text
        later = self.mentions_in(m.end, m.end + 60)
        if any(
            self.is_person(x.entity) and _AND_GAP.fullmatch(text[m.end : x.start]) for x in later
        ):
            return True
        earlier = self.mentions_in(max(0, m.start - 60), m.start)
        return any(
            self.is_person(x.entity) and _AND_GAP.fullmatch(text[x.end : m.start]) for x in earlier
        )

    def _issuer(self, document: re.Match[str], start: int) -> str | None:
        """The body whose document "the message", "the circular", "a departmental circular"
        is: for "departmental"/"ministerial", the ministry or department named last before;
        for "the …", the one the same noun called back before, else the body that spoke
        just before (a quotation's words are no antecedent)."""
        noun = document.group("noun").lower()
        key: str | None = None
        if document.group("dept"):
            quoted = self._quoted(start)
            i = bisect_left(self.starts, start) - 1
            while i >= 0 and start - self.mentions[i].start < 1500 and key is None:
                m = self.mentions[i]
                e = self.ex.entities.get(m.entity)
                inside = any(a <= m.start < b for a, b in quoted)
                if e is not None and not inside and _MINISTRY_NAME.search(e.name):
                    key = m.entity
                i -= 1
        elif document.group("det").lower() not in ("a", "an"):
            key = self.doc_nouns.get(noun)
            if key is None and self.last_speaker == self.last_org and self.org_spoke_near():
                key = self.last_org
        if key is not None:
            self.doc_nouns[noun] = key
        return key

    def org_spoke_near(self) -> bool:
        """Whether the last organisation to speak spoke in this sentence or just before."""
        return self.last_org_at >= 0 and self.sentence_start - self.last_org_at <= _NEAR

    def _quoted(self, start: int) -> list[tuple[int, int]]:
        """The quotations of the current sentence before `start` (doc offsets): the words
        of a quotation are not where a cue after it ("…,” the expert explains") looks back."""
        lo = self.sentence_start
        if lo >= start:
            return []
        return [m.span() for m in QUOTE.finditer(self.ex.doc.text, lo, start)]

    def _near_person(self, start: int, gender: Gender | None = None) -> str | None:
        """The nearest person named within a few sentences before `start` (of a gender that
        fits), not one named inside a quotation the cue follows."""
        quoted = self._quoted(start)
        origin = min((a for a, _b in quoted), default=start)  # the search starts before it
        i = bisect_left(self.starts, start) - 1
        while i >= 0 and origin - self.mentions[i].start < 600:
            key = self.mentions[i].entity
            inside = any(a <= self.mentions[i].start < b for a, b in quoted)
            if self.is_person(key) and self.fits(key, gender) and not inside:
                return key
            i -= 1
        return None

    def _role_back(self, raw: str, start: int) -> str | None:
        """ "the Russian leader": the nearest person before `start` (within a few sentences)
        written with that adjective before the name ("Russian President Vladimir Putin")."""
        adjectives = [w for w in raw.split()[1:] if w[:1].isupper()]
        titles = _role_titles(raw)
        if not adjectives and titles is None:
            return None
        text = self.ex.doc.text

        def written(m: MentionDraft, title: str) -> bool:
            paired = self._paired_nation(m)
            if paired is not None:  # "his Russian and Mongolian counterparts A and B": B's
                return paired in adjectives
            before = text[max(0, m.start - 40) : m.start]
            if _COUNTERPART.search(before):  # the title is the other person's, not the nation
                title = before
            return all(_whole_word(a).search(before) for a in adjectives) or all(
                _whole_word(a).search(title) for a in adjectives
            )

        first: str | None = None
        i = bisect_left(self.starts, start) - 1
        while i >= 0 and start - self.mentions[i].start < 1500:
            m = self.mentions[i]
            if self.is_person(m.entity):
                title = self._title_before(m)
                if written(m, title):
                    if titles is None or titles.search(title):
                        return self._still_speaking(m, titles, start) or m.entity
                    first = first or m.entity
            i -= 1
        if titles is not None:
            # "The top Chinese diplomat": a Chinese person titled as a diplomat, anywhere
            # before; the nearest Chinese person ("President Xi") holds another role
            for m in reversed(self.mentions[: bisect_left(self.starts, start)]):
                if self.is_person(m.entity):
                    title = self._title_before(m)
                    if titles.search(title) and written(m, title):
                        return m.entity
        return first

    def _role_ahead(self, raw: str, end: int, stem: str) -> str | None:
        """ "the energy minister" of a state, before any person is named with that title: the
        first person after `end` (within a few paragraphs) titled so, unless the title names
        another state ("Chinese Foreign Minister Wang Yi" is not Russia's)."""
        titles = _role_titles(raw)
        if titles is None:
            return None
        for m in self._people_first_after(end):
            title = self._title_before(m)
            if titles.search(title):
                nations = [w for w in _CAPITALISED.findall(title) if state_adjective(w)]
                return m.entity if all(w.startswith(stem) for w in nations) else None
        return None

    def _titled_ahead(self, role: str, end: int) -> str | None:
        """The first person named after `end` (none named before) with a title that is
        `role` or says it in full ("CEO": "Chief Executive Officer")."""
        words = _ROLE_FULL.get(role.lower(), re.escape(role))
        title = re.compile(rf"\b(?:{words})\b", re.IGNORECASE)
        m = next(self._people_first_after(end), None)  # only the first person named next
        if m is None:
            return None
        before = _CLAUSE_STOP.split(self.ex.doc.text[max(0, m.start - 120) : m.start])[-1]
        return m.entity if title.search(before) else None

    def _people_first_after(self, end: int, window: int = 1500) -> Iterator[MentionDraft]:
        """Person mentions after `end`, nearest first, within `window` characters, of people
        the text has not named before `end`."""
        i = bisect_left(self.starts, end)
        before = {m.entity for m in self.mentions[:i]}
        while i < len(self.mentions) and self.mentions[i].start - end < window:
            m = self.mentions[i]
            if self.is_person(m.entity) and m.entity not in before:
                yield m
            i += 1

    def _other_nation(self, who: str, raw: str, start: int) -> bool:
        """Whether a role phrase names a nationality ("the Mongolian President") and the
        person was written before with another one only ("Chinese President Xi"); a text
        writing a nationality in lower case ("the russian minister") names one too."""
        wanted = {w.casefold() for w in raw.split()[:-1] if state_adjective(w)}
        if not wanted:
            return False
        seen: set[str] = set()
        for m in self.mentions[: bisect_left(self.starts, start)]:
            if m.entity != who:
                continue
            paired = self._paired_nation(m)
            words = [paired] if paired else _CAPITALISED.findall(self._title_before(m))
            seen |= {w for w in words if state_adjective(w)}
        return bool(seen) and not {w.casefold() for w in seen} & wanted

    def _paired_nation(self, m: MentionDraft) -> str | None:
        """The nationality a paired list gives a person: "his Russian and Mongolian
        counterparts Vladimir Putin and Tsakhiagiin Elbegdorj" → "Mongolian" for the second."""
        text = self.ex.doc.text
        before = text[max(0, m.start - 160) : m.start]
        pair = _PAIRED.search(before)
        if pair is None:
            return None
        nations = _NATION_LIST.split(pair.group("adjs"))
        named = [x for x in self.mentions_in(m.start - len(before) + pair.end("noun"), m.start)]
        people = [x for x in named if self.is_person(x.entity)]
        index = len(people)
        return nations[index] if index < len(nations) and len(nations) >= 2 else None

    def _still_speaking(
        self, m: MentionDraft, titles: re.Pattern[str] | None, start: int
    ) -> str | None:
        """ "X, President of A, met B, President of C" then paragraphs of X's words, then "the
        president mentioned …": the president who has been speaking since B was last named
        (titled so before), not B."""
        who = self.last_person
        if titles is None or who is None or who == m.entity or self.last_person_at <= m.start:
            return None
        if any(x.entity == m.entity for x in self.mentions_in(self.last_person_at, start)):
            return None
        for x in self.mentions[: bisect_left(self.starts, start)]:
            if x.entity == who and titles.search(self._title_before(x)):
                return who
        return None

    def _title_before(self, m: MentionDraft) -> str:
        """The words titling a person's mention: "Foreign Minister X"; for "his Chinese
        counterpart X", the title of the person whose counterpart X is, before it."""
        text = self.ex.doc.text
        near = text[max(0, m.start - 40) : m.start]
        if _COUNTERPART.search(near):
            return text[max(0, m.start - 110) : m.start]
        lo = m.start - len(near)
        for other in self.mentions_in(max(0, lo - 80), m.start):
            if self.is_person(other.entity) and other.entity != m.entity:
                lo = max(lo, other.end)  # not the title of the person named before it
        near = _TITLE_BREAK.split(text[lo : m.start])[-1]
        # "Chen Lu, the Chinese ambassador, …": an apposition after the name
        after = _APPOSED_TITLE.match(text[m.end : m.end + 60])
        return near + (" " + after.group(0) if after else "")

    def _org_back(self, noun: str, start: int) -> str | None:
        """The organisation "the <noun>" refers back to: the last speaker if it fits, else the
        nearest organisation before `start` whose name carries the noun, else whose kind fits."""
        last = self.ex.entities.get(self.last_org) if self.last_org else None
        known = self.org_nouns.get(noun)
        if known is not None and self._noun_fit(noun, known):
            return known  # "According to the watchdog, …" then "the watchdog warned": the same
        if self.last_org and self._noun_fit(noun, self.last_org):
            return self.last_org  # the organisation that spoke last
        nearest = self._nearest_fit(start, lambda key: self._noun_fit(noun, key))
        if nearest is not None and nearest[1] == 2:
            return nearest[0]  # "the Administration": the "… Administration of Customs" named
        if self.last_org and last is not None and last.kind is None:
            return self.last_org  # the organisation that spoke last (its kind unknown: trust it)
        return nearest[0] if nearest else None

    def _owned_back(self, noun: str, start: int, states: set[str]) -> str | None:
        """The nearest organisation before `start` that fits "the <noun>" and names no state
        but the owner's (see :meth:`_org_back`)."""

        def fit(key: str) -> int:
            if self._kind_of(key) == "STATE" or self._other_state_named(key, states):
                return 0
            return self._noun_fit(noun, key)

        nearest = self._nearest_fit(start, fit)
        return nearest[0] if nearest else None

    def _noun_fit(self, noun: str, key: str) -> int:
        """How well the organisation `key` fits "the <noun>" (see ``org_compatible``)."""
        e = self.ex.entities.get(key)
        if e is None or e.type == EntityType.ACTOR:
            return 0
        return org_compatible(noun, {e.name, *e.aliases}, e.kind)

    def _nearest_fit(self, start: int, fit: Callable[[str], int]) -> tuple[str, int] | None:
        """Among the 60 mentions before `start`, the nearest with fit 2, else the nearest
        with fit 1: (key, fit)."""
        i = bisect_left(self.starts, start) - 1
        best: tuple[str, int] | None = None
        seen = 0
        while i >= 0 and seen < 60:
            key = self.mentions[i].entity
            score = fit(key)
            if score == 2:
                return key, 2
            if score == 1 and best is None:
                best = (key, 1)
            i -= 1
            seen += 1
        return best

    def _owner_body(self, start: int) -> str | None:
        """The organisation "its"/"their" refers to at `start`: the one opening this sentence,
        else the last body (no state) named in it before `start`, else the one opening the
        sentence before, else the organisation that spoke last."""
        named = [  # "LNG producer Novatek plans …, its chairman said": a body named before
            m.entity
            for m in self.mentions_in(self.sentence_start, start)
            if not self.is_person(m.entity) and self._kind(m) != "STATE"
        ]
        lead = self.subject_at(self.sentence_start)
        for key in (lead, named[-1] if named else None, self.prev_subject, self.last_org):
            e = self.ex.entities.get(key) if key else None
            if key and e is not None and e.type != EntityType.ACTOR:
                return key
        return None

    def _holder_near(self, org: str, start: int, end: int, gender: Gender | None) -> str | None:
        """The person holding a role of `org` written without a name ("its chairman"): the
        one person named in the next sentence, else the one in the previous sentence, when
        the document ties them to no other organisation and the role's gender fits."""
        spans = self.ex.sentences
        i = next((k for k, sp in enumerate(spans) if sp.start <= start < sp.end), None)
        if i is None:
            return None
        for j in (i + 1, i - 1):
            if not 0 <= j < len(spans):
                continue
            people = {
                m.entity
                for m in self.mentions_in(spans[j].start, spans[j].end)
                if self.is_person(m.entity)
            }
            if len(people) != 1:
                continue
            who = next(iter(people))
            if not self._tied_elsewhere(who, org) and self.fits(who, gender):
                return who
        return None

    def _tied_elsewhere(self, person: str, org: str) -> bool:
        """Whether the document affiliates the person with bodies, none of them `org`."""
        bodies = {a.organisation for a in self.ex.affiliations if a.actor == person}
        return bool(bodies) and org not in bodies

    def persons_before(self, offset: int, gender: Gender | None = None) -> str | None:
        """The last person mentioned before `offset` (for "he says"), of a gender that fits."""
        quoted = self._quoted(offset)
        i = bisect_left(self.starts, offset) - 1
        while i >= 0:
            key = self.mentions[i].entity
            inside = any(a <= self.mentions[i].start < b for a, b in quoted)
            if self.is_person(key) and self.fits(key, gender) and not inside:
                return key
            i -= 1
        return None

    # -- resolution ----------------------------------------------------------------------
    def resolve(
        self,
        start: int,
        end: int,
        *,
        allow_new: bool = True,
        anchor: str | None = None,
        new_bodies: bool = True,
    ) -> Resolved:
        """Resolve the source written at doc.text[start:end].

        `allow_new`: a person-like name no entity matches becomes an ACTOR draft;
        `new_bodies`: so does a body written around a known name ("the Kremlin press
        service", "the Biden administration", "a notice in the Federal Register").

        `anchor` "end": only an entity that ends the phrase is its head ("company's founder
        Ren Zhengfei"); "start": one that opens it ("Natalia Zubarevich, an expert …").
        """
        text = self.ex.doc.text
        raw = text[start:end]
        lead = len(raw) - len(raw.lstrip(" ,;:—–-\n"))
        raw = raw.strip(" ,;:—–-\n")
        start += lead
        end = start + len(raw)
        if not raw:
            return Resolved()
        raw = _REFLEXIVE.sub("", raw)  # "The company itself reported": the company
        raw = _ADVERB_AFTER.sub("", raw)  # "“…,” he further added": he
        end = start + len(raw)
        data = _DATA_END.search(raw)
        if data is not None and data.start() > 0:
            tail = start + len(raw.rstrip()) - 1
            covered = any(m.start <= tail < m.end for m in self.mentions_in(start, end))
            if not covered and self.mentions_in(start, start + data.start()):
                raw = raw[: data.start()]  # "X Customs Data said": X, not a person "Data"
                end = start + len(raw)
        gender = pronoun_gender(_WORD_END.split(raw)[0])  # "She", "Her view", "He's"
        if raw.casefold() in ("his", "her"):
            raw = "he"  # "In her view, …"
        elif _PRONOUN_HAS.fullmatch(raw):
            raw = raw[:-2]  # "He's hinted at …", "She'd said …": he has, she had
            end = start + len(raw)
        stance = _STANCE_TAIL.search(raw)
        if stance is not None and stance.start() > 0:
            # "The Kremlin's line", "His key point", "Its key finding": whose it is
            raw = raw[: stance.start()]
            end = start + len(raw)
            if raw.casefold() in ("his", "her"):
                raw = "he"
            elif raw.casefold() == "its":
                raw = "it"
        if PRONOUN.match(raw):
            key = self._pronoun(start, gender)
            if key is None and self.last_unnamed is not None:
                # "A former executive, who asked not to be named, said … “…,” he said."
                return Resolved(group=self.last_unnamed, pronoun=True, gender=gender)
            return Resolved(speaker=key, surface=(start, end), pronoun=True, gender=gender)
        if raw.casefold() == "it":  # "It said …": the organisation opening the sentence before
            lead = self.ex.doc.text[self.sentence_start : start]
            spoke = self.last_speaker is not None and self.last_speaker == self.last_org
            if spoke and any(q in lead for q in '”"') and self.org_spoke_near():
                # "A got B, the statement said. “…,” it added.": after a quotation, the body
                # that spoke just before goes on, not the subject of its last statement
                return Resolved(speaker=self.last_org, surface=(start, end))
            opener = self._body_opening(lead) if lead.rstrip().endswith(",") else None
            if opener is not None:
                # "Rusal is already working with Chinese firms, …, it said.": the body the
                # sentence opens on says what follows it
                return Resolved(speaker=opener, surface=(start, end))
            subject = self.prev_subject
            if subject and subject in self.ex.entities and not self.is_person(subject):
                return Resolved(speaker=subject, surface=(start, end))
            opens = not lead.strip(" ,;:—–-") or any(q in lead for q in '“”"')
            # "…, it added.", "The navy, it went on, will …": set off by commas, a reporting aside
            opens = opens or lead.rstrip().endswith(",")
            if opens and self.last_speaker and self.last_speaker == self.last_org:
                # "“…,” the ministry stated. “…,” it stressed.": the body that spoke last
                return Resolved(speaker=self.last_org, surface=(start, end))
            return Resolved()
        # (in a news article "the paper", "the report" is one named before, not the article)
        own = FIRST_PERSON.match(raw) is not None and not (
            self.ex.doc.kind != DocumentKind.REPORT and _PIECE_NAMED_BEFORE.fullmatch(raw)
        )
        if own or _NOBODY.match(raw):
            return Resolved(author=True)  # "nobody in Russia believes …" is the author's
        if len(raw.split()) > MAX_SUBJECT_WORDS:
            if anchor not in ("end", "start"):
                return Resolved()
            # a long title before the name ("Ambassador Extraordinary and … Andrei Denisov")
            words = list(_NON_SPACE.finditer(raw))
            if anchor == "end":
                cut = words[-MAX_SUBJECT_WORDS].start()
                start, raw = start + cut, raw[cut:]
            else:
                cut = start + words[MAX_SUBJECT_WORDS - 1].end()
                # a long name cut in two ("… the General Administration of Customs of the
                # People's Republic of China") is kept whole
                i = bisect_left(self.starts, start)
                while i < len(self.mentions) and self.mentions[i].start < cut:
                    if self.mentions[i].end > cut and self.mentions[i].end <= end:
                        cut = self.mentions[i].end
                    i += 1
                raw = text[start:cut]
                end = cut
        named = self._known_as(end) or self._named_after_role(raw, end)
        if named is not None:
            # "…,” said Kremlin spokesperson, Dmitry Peskov, in comments …": the role's name
            # set off after it, not the body the role belongs to
            return Resolved(speaker=named[0], surface=named[1])
        document = _DOCUMENT.fullmatch(raw)
        issuer = self._issuer(document, start) if document else None
        if issuer is not None:  # "…,” the message says.": the body that issued it
            return Resolved(speaker=issuer, surface=(start, end))
        owned = _PERSONS_MINISTRY.fullmatch(raw)
        if owned is not None:
            heads = [
                m
                for m in self.mentions_in(start, start + owned.end("who"))
                if self.is_person(m.entity)
            ]
            if heads:  # "Mr Lavrov's ministry said": the ministry he heads, if the text says
                return self._ministry_of(heads[-1].entity, start, end) or Resolved(group=raw)
        aide = _AIDE_OF.fullmatch(raw)
        if aide is not None:
            boss = [
                m
                for m in self.mentions_in(start, start + aide.end("boss"))
                if self.is_person(m.entity)
            ]
            if boss:  # "Putin's spokesman said": the spokesman, named nearby, else unnamed
                key = self._named_as(aide.group("role"), start, boss[-1].entity)
                return Resolved(speaker=key, surface=(start, end)) if key else Resolved(group=raw)
        led = _LEADERS_GOVERNMENT.fullmatch(raw)
        state = self._state_officials(f"{led.group('adj')} officials") if led else None
        if state is not None:  # "Chinese leader Xi's government says": the state speaks
            return Resolved(speaker=state, surface=(start, end))
        seated = self._ministry_in(raw, start, end)
        if seated is not None:  # "the Foreign Ministry in Moscow": Russia's foreign ministry
            return seated
        government = GOVERNMENT.fullmatch(raw)
        if government is not None and _HEAD_OF_GOVERNMENT.search(raw):
            government = None  # "the Mongolian head of government": a person, not the state
        if government is not None:
            bodies = [m for m in self.mentions_in(start, end) if self._kind(m) == "GOVERNMENT_BODY"]
            if bodies:  # "the Chinese government says": its government, found as a body
                m = bodies[-1]
                return Resolved(speaker=m.entity, surface=(m.start, m.end))
            # else the state (named here, or added from the registry)
            states = [
                m
                for m in self.mentions_in(start, start + government.end("owner"))
                if self._kind(m) == "STATE"
            ]
            if states:
                m = states[0]
                return Resolved(speaker=m.entity, surface=(m.start, m.end))
            named = self.state_entry(government.group("owner"))
            if named is not None:
                entry, a, b = named
                a, b = start + government.start("owner") + a, start + government.start("owner") + b
                key = self._nation_key(entry)
                if key is not None:
                    return Resolved(speaker=key, surface=(a, b))
                return self._add(entry.draft(), a, b, text[a:b])
        if _BARE_PRESS.fullmatch(raw) and self.last_org is not None and self.org_spoke_near():
            # "…, the regulator's press office said. …, the press office said.": the body
            # that spoke just before speaks again through its press office
            return Resolved(speaker=self.last_org, surface=(start, end))
        press_of = _PRESS_OF_ROLE.fullmatch(raw)
        if press_of is not None and (noun := org_role(press_of.group("role"))) is not None:
            # "the press service of the trading platform": a fitting body named earlier in
            # this sentence ("Rosneft shipped more oil, the press service of the company
            # said"), else the one "the <noun>" refers back to
            here = [
                m.entity
                for m in self.mentions_in(self.sentence_start, start)
                if self._noun_fit(noun, m.entity)
            ]
            back = here[-1] if here else self._org_back(noun, start)
            if back is not None:
                return Resolved(speaker=back, surface=(start, end))
        issued = self._issued_by(raw, start, new_bodies)
        if issued is not None:  # "a Chinese foreign ministry statement", "the Kremlin readout"
            return issued
        role_of = self._role_of_back(raw, start)
        if role_of is not None:  # "according to the Governor of the X region"
            return Resolved(speaker=role_of, surface=(start, end))
        owned_role = _OWNED_ROLE.fullmatch(raw)
        if owned_role is not None and is_role_word(owned_role.group("role").split()[-1]):
            people = [m for m in self.mentions_in(start, end) if self.is_person(m.entity)]
            who = None if people else self._role_back(f"the {owned_role.group('role')}", start)
            stem = raw[: min(4, owned_role.start("poss"))]  # "Ukraine's": "Ukrainian" too
            titled = who is not None and any(
                m.entity == who and stem in self._title_before(m)
                for m in self.mentions[: bisect_left(self.starts, start)]
            )
            if titled:  # "Ukraine's Foreign Minister said": the person titled so before
                return Resolved(speaker=who, surface=(start, end))
            if not people and who is None and self.state_entry(raw[: owned_role.start("poss")]):
                ahead = self._role_ahead(f"the {owned_role.group('role')}", end, stem)
                if ahead is not None:  # "Kazakhstan's energy minister said …" in a lead, "Energy
                    # Minister X told reporters" after it: the person the text names so next
                    return Resolved(speaker=ahead, surface=(start, end))
        bare = _BARE_TITLE.fullmatch(raw)
        if (
            bare
            and state_adjective(bare.group("adj"))
            and is_role_word(raw.split()[-1])
            and not self.mentions_in(start, end)
        ):
            # "…,” said Russian President.": a title alone, no name, no article: the person
            # the document wrote with that nationality and title
            who = self._role_back(f"the {raw}", start)
            if who is not None:
                return Resolved(speaker=who, surface=(start, end))
        indefinite = _INDEFINITE_ROLE.fullmatch(raw)
        if indefinite is not None and is_role_word(indefinite.group("role")):
            named = self._named_next(indefinite.group("role"), end)
            if named is not None:
                # "A senior fellow at X said …" in a lead, "Maria Y, senior fellow with X, …"
                # after it: the person the text names with that role next
                return Resolved(speaker=named, surface=(start, end))
        described = self._described_back(raw, start) if not self.mentions_in(start, end) else None
        if described is not None:
            # "…, the president's commissioner for sanctions said.": the person the text gave
            # that description before ("Vladyslav Vlasiuk, the Ukrainian president's
            # commissioner for sanctions")
            return Resolved(speaker=described, surface=(start, end))
        bare = _BARE_ROLE.fullmatch(raw)
        if bare is not None and is_role_word(bare.group("role")):
            raw = f"the {bare.group('role')}"  # "In expert's opinion": the expert named before
        if person_role(raw):
            who = self._role_back(raw, start)
            unnamed = self.last_unnamed
            if who is None and unnamed and raw.split()[-1].lower() in unnamed.lower().split():
                # "One State Department official, who …, insisted …" then "“…,” the official
                # told reporters": the unnamed person goes on, not a person named nearby
                return Resolved(group=unnamed)
            if who is None:
                who = (
                    self._speaking_as(raw.split()[-1], start)
                    or self._titled_as(raw.split()[-1], start)
                    or self._near_person(start)
                    or self.last_person
                )
                if who is not None and self._other_nation(who, raw, start):
                    who = None  # "The Mongolian President" is not "Chinese President Xi"
            if who is None and next(self._people_before(start), None) is None:
                # "The CEO added that …" in a dek, before the body names "Chief Executive
                # Officer … Aleksei Likhachev": the person the text titles so next
                who = self._titled_ahead(raw.split()[-1], end)
            sex = role_gender(raw.split()[-1])
            if who is not None and not self.fits(who, sex):
                # "the spokeswoman said" is no man named before: the nearest woman, if any
                who = self._near_person(start, sex)
            if who is None and raw.split()[-1].lower() in _SPOKES_ROLES:
                # "the spokesperson reiterated", far after "its official representative, X, …"
                who = self._named_as("spokes", start, "") or self._named_as(
                    "representative", start, ""
                )
                who = who if self.fits(who, sex) else None
            if who:
                return Resolved(speaker=who, surface=(start, end))
        # "the head of the union" is a person: the union's head, below (not the union)
        noun = None if HEAD_OF.match(raw) else org_role(raw)
        text_end = [m for m in self.mentions_in(start, end) if m.end >= end]
        # "the Bank" is a reference back even when the entity stage made "Bank" a name
        if noun and all(m.surface.casefold() == noun for m in text_end):
            key = self._org_back(noun, start)
            if key:
                self.org_nouns[noun] = key
                return Resolved(speaker=key, surface=(start, end))
        owned = owned_org_role(raw)
        if owned is not None:
            # "Norland's watchdog said": the body called so before, when the owner is a state
            # and the body carries no other state's name
            inside = self.mentions_in(start, end)
            key = self._org_back(owned[1], start)
            states = {m.entity for m in inside}
            if key is not None and self._other_state_named(key, states):
                # "Gazprom and China's CNPC signed …, Russia's gas holding said": the nearest
                # fitting body is another state's; the next one back that fits is meant
                key = self._owned_back(owned[1], start, states)
            if (
                key is not None
                and inside
                and all(self._kind(m) == "STATE" for m in inside)
                and self._kind_of(key) != "STATE"
                and not self._other_state_named(key, {m.entity for m in inside})
            ):
                self.org_nouns[owned[1]] = key
                return Resolved(speaker=key, surface=(start, end))
        head = HEAD_OF.match(raw) or ORG_HEAD.match(raw)
        if head is not None:
            a, b = head.span("org")
            orgs = [
                m for m in self.mentions_in(start + a, start + b) if not self.is_person(m.entity)
            ]
            if not orgs:  # "the Atlantic Alliance Secretary-General": a registered alias
                key = self._registered_key(raw[a:b])
                orgs = [MentionDraft(key, start + a, start + b, raw[a:b])] if key else []
            if orgs:  # "the head of Rosneft said": Rosneft's head named nearby, else Rosneft
                key = self._head_person(orgs[-1].entity, start)
                same = self._same_speaker(start)
                if same is not None and not self._tied_elsewhere(same, orgs[-1].entity):
                    key = key or same  # not one the text ties to another body ("spokesperson
                    # for X's ministry", then "the chairman of the Y committee stated")
                key = key or orgs[-1].entity
                return Resolved(speaker=key, surface=(start, end))
            noun = org_role("the " + _LEADING_THE.sub("", raw[a:b]))
            back = self._org_back(noun, start) if noun else None
            if back is None and _ITS.fullmatch(raw[a:b]):
                back = self._owner_body(start)  # "its chairman": the body this sentence is about
            boss = self._head_person(back, start) if back else None
            if boss is None and back is not None:
                # "Novatek plans …, its chairman said. ¶ “…,” Leonid Mikhelson told reporters":
                # the one person named in the next sentence (else the previous) holds the role
                boss = self._holder_near(back, start, end, role_gender(raw.split()[-1]))
            if boss:  # "the state corporation's head told reporters": the company's head
                return Resolved(speaker=boss, surface=(start, end))
        placed = _THINGS_IN_PLACE.fullmatch(raw)
        if (
            placed is not None
            and not is_role_word(placed.group("head"))
            and group_phrase(raw) is None
            and self.mentions_in(start + placed.start("place"), end)
        ):
            # "Automakers in China, facing …, found": the head is the common noun, an
            # unnamed group, never the place named after it
            return Resolved(group=raw)
        uttered = _UTTERANCE_OF.search(raw)
        if uttered is not None:
            # "President Putin's speech at Valdai:", "Wang's remarks to reporters": the person
            # whose words they are, not the place or body they were addressed to
            owners = self.mentions_in(start + uttered.start("who"), start + uttered.end("who"))
            owners = [m for m in owners if self.is_person(m.entity)]
            if owners:
                m = owners[-1]
                return Resolved(speaker=m.entity, surface=(m.start, m.end))
        found = [
            m
            for m in self.mentions_in(start, end)
            if _anchored(text, m, start, end, anchor) and not _modifier_before(text, m.start)
        ]
        people = [m for m in found if self.is_person(m.entity)]
        if not people and anchor == "end":
            # "Wang Wen of Renmin University argues": a person opening the phrase is its head;
            # so is a titled one before an adjunct ("President X at the session of Y said")
            head = [m for m in self.mentions_in(start, end) if m.start == start]
            people = [m for m in head if self.is_person(m.entity)] or self._before_adjunct(
                start, end
            )
        listed = self._listed_people(start, end)
        if len(listed) > 1:
            first = listed[0]
            also = tuple(dict.fromkeys(m.entity for m in listed[1:] if m.entity != first.entity))
            return Resolved(
                speaker=first.entity, surface=(first.start, first.end), also=also, plural=True
            )
        if people:
            m = people[-1]
            return Resolved(speaker=m.entity, surface=(m.start, m.end))
        nation = nation_of(raw)
        if nation is not None and not found:  # "the French announced": the state speaks
            entry, at = nation
            key = self._nation_key(entry)
            if key is not None:
                return Resolved(speaker=key, surface=(start + at, end))
            at += len("the ")
            return self._add(entry.draft(), start + at, end, raw[at:])
        group = group_phrase(raw)
        named = [m for m in found if m.end >= end and m.start <= end - len(raw.split()[-1])]
        if group is not None and named:
            m = named[-1]  # "The Associated Press said": a name ending in a group noun
            at = _GROUP_AT.search(raw)
            # "experts from the X Corporation conclude": staff of a body speak as the body
            # (a plural subject: the base form agrees); "experts in China" stay a group
            staff = at is not None and start + at.end() <= m.start and self._kind(m) != "STATE"
            return Resolved(speaker=m.entity, surface=(m.start, m.end), plural=staff)
        state = self._state_officials(raw) if group is not None else None
        both = _BOTH_NATIONS.search(text, max(0, start - 40), start)
        if state is not None and both is not None:
            # "Russian and Chinese officials believe": officials of two states, a group
            return Resolved(group=text[both.start() : end], plural=True)
        if state is not None:  # "Russian officials announced": the state speaks
            return Resolved(speaker=state, surface=(start, end), plural=True)
        if group is not None:
            at = _GROUP_AT.search(raw)
            inside = found if not at else found + self.mentions_in(start + at.end(), end)
            orgs = [m for m in inside if not self.is_person(m.entity)] if at else []
            orgs.sort(key=lambda m: m.start)
            if (
                at
                and orgs
                and start + at.start() < orgs[-1].start
                and self._kind(orgs[-1]) != "STATE"
            ):
                m = orgs[-1]  # "analysts at Kpler", "officials at the ministry": the body
                return Resolved(speaker=m.entity, surface=(m.start, m.end), plural=True)
            staff = self._staff_of(raw, start, end)
            if staff is not None:  # "RAND experts emphasize": the body's staff speak for it
                return staff
            return Resolved(group=group)
        body = self._named_body(raw, start, found)
        if body is not None:  # "the Rusagro analytical center told TASS": Rusagro speaks
            return body
        if not any(m.start <= start and m.end >= end for m in found):
            registered = self._registered(raw, start, end)
            if registered is not None:  # "China's customs": not China, the customs service
                return registered
        titled = titled_name(raw)
        if titled is not None and any(
            m.start <= start + titled[0] and start + len(raw) <= m.end
            for m in self.mentions_in(start, end)
            if not self.is_person(m.entity)
        ):
            titled = None  # "… Defence Corporate Communication (DCC)": a body's name, no title
        if titled is not None and not any(m.start >= start + titled[0] for m in found):
            # "UN Secretary-General António Guterres": the person, not the body in the title
            offset, name = titled
            at = start + offset
            return self._add(EntityDraft(EntityType.ACTOR, name), at, at + len(name), name)
        if found:
            m = found[-1]
            return Resolved(speaker=m.entity, surface=(m.start, m.end))
        handle = HANDLE.search(raw)
        if handle and anchor == "end" and raw[handle.end() :].strip(" '’s.,"):
            handle = None  # "@paper quoted an officer saying": the handle is not the head
        if handle:
            key = self._handles.get(handle.group(0).casefold())
            if key:
                return Resolved(speaker=key, surface=(start + handle.start(), start + handle.end()))
        by_alias = self._by_alias(raw)
        if by_alias:
            return Resolved(speaker=by_alias, surface=(start, end))
        by_last = self._by_last_name(raw) or self._by_last_name(_GLUED_INITIALS.sub("", raw))
        if by_last:  # "Nepoklonov", and "Y.Nepoklonov" (an initial glued to the surname)
            return Resolved(speaker=by_last, surface=(start, end))
        carried = _CARRIER.match(raw) if anchor == "start" and new_bodies else None
        if carried and not found and _NAMED_BODY.fullmatch(raw[carried.end() :].strip()):
            # "a notice published in the Federal Register": a named publication or body
            tail = raw[carried.end() :]
            at = start + carried.end() + len(tail) - len(tail.lstrip())
            name = tail.strip()
            for m in self.mentions_in(at, at + len(name)):
                if (
                    m.end == at + len(name)
                    and not self.is_person(m.entity)
                    and all(state_adjective(w) for w in text[at : m.start].split())
                ):
                    # "the press department of the Russian X University": the body named X
                    # University, a nationality said of it
                    return Resolved(speaker=m.entity, surface=(m.start, m.end))
            return self._add(EntityDraft(EntityType.ORGANISATION, name), at, at + len(name), name)
        if allow_new:
            made = self._new_person(raw, start)
            if made.found:
                return made
        bare = _FORMER.sub("", raw)  # "then-President Tokayev", "ex-Premier Tokayev"
        bare = _TITLE_WORDS.sub("", bare) if bare != raw else bare
        outlet = _OUTLET_NAMED.fullmatch(raw) if new_bodies else None
        if outlet is not None and outlet.group("name") not in _NOT_NAMES:
            # "local news portal 66.ru reported": the outlet a descriptor names
            name = outlet.group("name")
            at = start + outlet.start("name")
            return self._add(EntityDraft(EntityType.ORGANISATION, name), at, at + len(name), name)
        if new_bodies and _BODY_SHAPED.fullmatch(raw):
            # "according to TeDo", "Caliber.Az reports": a name no person bears (inner
            # capital, a web domain) is an organisation
            return self._add(EntityDraft(EntityType.ORGANISATION, raw), start, end, raw)
        if _PROPER.fullmatch(bare) and bare.split()[0] not in _NOT_NAMES - _PLACES:
            at = start + max(raw.rfind(bare), 0)  # "then-President Huai": the name's place
            tolerant = self._by_name_form(bare, at) if allow_new else None
            if tolerant is not None:
                return tolerant
            if allow_new and self._surname_alone(bare, end):
                # "Meick wrote in a report …" then "The analyst maintained …": a person the
                # text names by the surname only
                return self._add(EntityDraft(EntityType.ACTOR, bare), at, at + len(bare), bare)
            return Resolved(group=bare, unresolved=True)  # "Tokayev" unknown: no guessed entity
        return Resolved()

    def _surname_alone(self, word: str, end: int) -> bool:
        """Whether a lone unknown word speaking is a person named by the surname: shaped as a
        name (one capital, no common word, no acronym), and one of the next two sentences
        opens on a person's pronoun or a person's role ("He pointed out …", "The analyst
        maintained …")."""
        if " " in word or not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
            return False
        if common_word(word) or word in _NOT_NAMES or len(word) < 4:
            return False
        m = _PERSON_NEXT.match(self.ex.doc.text, end, end + 400)
        return m is not None and (m.group("role") is None or person_role(m.group("role")))

    def _staff_of(self, raw: str, start: int, end: int) -> Resolved | None:
        """ "RAND experts", "Goldman Sachs analysts": a body (not a state, whose adjective
        makes a group of nationals) opening the phrase, then only its staff noun."""
        lead = len(raw) - len(_LEADING_THE.sub("", raw))
        for m in self.mentions_in(start + lead, end):
            if m.start != start + lead or self.is_person(m.entity) or self._kind(m) == "STATE":
                return None
            rest = self.ex.doc.text[m.end : end]
            if _STAFF_NOUNS.fullmatch(rest) is None:
                return None
            return Resolved(speaker=m.entity, surface=(m.start, m.end), plural=True)
        return None

    def _body_opening(self, lead: str) -> str | None:
        """The organisation whose name opens the sentence as its subject (no possessive,
        no quotation before it), else None; `lead` is the sentence up to here."""
        at = self.sentence_start + len(lead) - len(lead.lstrip())
        if lead.lstrip()[:1] in '“"‘':
            return None
        for m in self.mentions_in(at, at + len(lead.strip())):
            if m.start != at or self.is_person(m.entity) or m.entity not in self.ex.entities:
                return None
            after = self.ex.doc.text[m.end : m.end + 3]
            return None if after.startswith(("'s", "’s", "'", "’", ",")) else m.entity
        return None

    def _before_adjunct(self, start: int, end: int) -> list[MentionDraft]:
        """ "Brazilian President X at the plenary session of the Y Forum", "spokesman X during
        the briefing": the person a title opens the phrase with, when a prepositional
        adjunct (where, when, whose) is all that follows the name; not "the wife of X"."""
        text = self.ex.doc.text
        for m in self.mentions_in(start, end):
            if not self.is_person(m.entity) or not _ADJUNCT.match(text, m.end, end):
                continue
            lead = text[start : m.start].split()
            if all(is_role_word(w) or w[:1].isupper() or w.lower() in _LEAD_WORDS for w in lead):
                return [m]
            return []
        return []

    def _by_name_form(self, word: str, start: int) -> Resolved | None:
        """A one-word name no entity bears, read as a form of a person of this document.

        1. Surname first or last: "Huai said" where the text names "Minister Huai Jinpeng"
           (or "Jinpeng Huai") and the entity stage made no person of it: the one two-word
           person-like name of the document holding the word as its first or last word
           becomes the person (its other word neither a title, an organisation word nor a
           word that never opens a name).
        2. A small spelling slip: "Bliken said" where the document's person is "Blinken":
           the one person whose last name is within one edit (optimal string alignment) of
           the word, of five letters or more, the same first letter, and the word itself no
           known given or family name (so "Jonas" never becomes "Jones").
        Only the document's own text and persons are looked at; several candidates: none.
        """
        if " " in word or len(word) < 3 or word in _NOT_NAMES or word in _ORG_WORDS:
            return None
        text = self.ex.doc.text
        names: dict[str, int] = {}
        for around in _name_form_patterns(word):
            for m in around.finditer(text):
                other = m.group("other")
                if other in _NOT_NAMES or other in _ORG_WORDS or is_role_word(other):
                    continue
                if _TITLE_WORDS.match(other + " ") or other in _HONORIFICS:
                    continue
                names.setdefault(m.group(0), m.start())
        if len(names) == 1:
            ((name, at),) = names.items()
            key = self.ex.add_entity(EntityDraft(EntityType.ACTOR, name))
            if not any(x.entity == key and x.start == at for x in self.ex.mentions):
                self.ex.mentions.append(MentionDraft(key, at, at + len(name), name))
                self._refresh()
            return Resolved(speaker=key, surface=(start, start + len(word)))
        if names or len(word) < 5:
            return None
        given, surnames = name_lists()
        if word in given or word in surnames:
            return None
        near: set[str] = set()
        for key, e in self.ex.entities.items():
            if e.type != EntityType.ACTOR:
                continue
            for n in {e.name, *e.aliases}:
                last = n.split()[-1] if n.split() else ""
                if (
                    len(last) >= 5
                    and last[0] == word[0]
                    and last != word
                    and OSA.distance(last, word) <= 1
                ):
                    near.add(key)
        if len(near) == 1:
            return Resolved(speaker=near.pop(), surface=(start, start + len(word)))
        return None

    def _named_body(self, raw: str, start: int, found: list[MentionDraft]) -> Resolved | None:
        """ "the Agrostat analytical center", "the Novator press office": an organisation's
        name, then a noun for a body (its own unit or itself), is the organisation."""
        m = _NAME_BODY.fullmatch(raw)
        if m is None or found:
            return None
        named = [
            x
            for x in self.mentions_in(start + m.start("name"), start + m.end("name"))
            if x.start == start + m.start("name") and x.end == start + m.end("name")
        ]
        if not named or self.is_person(named[0].entity) or self._kind(named[0]) == "STATE":
            return None
        return Resolved(speaker=named[0].entity, surface=(named[0].start, named[0].end))

    def _ministry_of(self, person: str, start: int, end: int) -> Resolved | None:
        """The ministry a person heads, from a title written with the name before `start`
        ("Russian Foreign Minister Sergei Lavrov" → the Russian foreign ministry)."""
        text = self.ex.doc.text
        for m in self.mentions[: bisect_left(self.starts, start)]:
            if m.entity != person:
                continue
            title = _MINISTER_TITLE.search(text[max(0, m.start - 60) : m.start])
            if title is None:
                continue
            name = f"{title.group('nat')} {title.group('field')} Ministry"
            key = self._by_alias(name)
            if key is not None:
                return Resolved(speaker=key, surface=(start, end))
            entry = registry().lookup(name, EntityType.ORGANISATION)
            if entry is not None:  # the mention is the word "ministry", not the person's name
                at = start + self.ex.doc.text[start:end].lower().rindex("ministry")
                return self._add(entry.draft(), at, at + len("ministry"), text[at : at + 8])
        return None

    def _ministry_in(self, raw: str, start: int, end: int) -> Resolved | None:
        """ "the Foreign Ministry in Moscow": the registered ministry of the state whose
        capital (or name) follows, not the state (read-only use of the entity registry)."""
        m = _SEATED.fullmatch(raw)
        if m is None:
            return None
        places = [
            x
            for x in self.mentions_in(start + m.start("place"), end)
            if x.end == end and self._kind(x) == "STATE"
        ]
        if not places:
            return None
        state = self.ex.entities[places[-1].entity]
        body = " ".join([*m.group("field").split(), m.group("body").title()])
        listed = registry().lookup(state.name, EntityType.ORGANISATION)
        adjectives = sorted(listed.adjectives) if listed is not None else []
        names = [f"{body} of {n}" for n in (state.name, *sorted(state.aliases))]
        names += [f"{a} {body}" for a in adjectives]
        # British and American spelling: "Defence Ministry", "Defense Ministry"
        names += [n.replace("Defence", "Defense") for n in names if "Defence" in n]
        for name in names:
            entry = registry().lookup(name, EntityType.ORGANISATION)
            if entry is None:
                continue
            key = self._by_alias(entry.name)
            if key is not None:
                return Resolved(speaker=key, surface=(start, end))
            a = start + m.start("field")
            return self._add(entry.draft(), a, start + m.end("body"), raw[m.start("field") :])
        return None

    def _speaking_as(self, role: str, start: int) -> str | None:
        """ "The minister also said": the person speaking until now, when titled with that
        role word before ("Minister A met Minister B. A said … The minister also said": A)."""
        who = self.last_person
        if who is None or not role.isalpha() or not is_role_word(role):
            return None
        word = _role_word(role)
        for x in self.mentions_in(self.last_person_at, start):
            if x.entity != who and self.is_person(x.entity) and word.search(self._title_before(x)):
                return None  # another person so titled was named after the speaker last spoke
        for x in self.mentions[: bisect_left(self.starts, start)]:
            if x.entity == who and word.search(self._title_before(x)):
                return who
        return None

    def _people_before(self, start: int, window: int = 3000) -> Iterator[MentionDraft]:
        """Person mentions before `start`, nearest first, within `window` characters."""
        quoted = self._quoted(start)
        i = bisect_left(self.starts, start) - 1
        while i >= 0 and start - self.mentions[i].start < window:
            m = self.mentions[i]
            if self.is_person(m.entity) and not any(a <= m.start < b for a, b in quoted):
                yield m
            i -= 1

    def _named_next(self, role: str, end: int) -> str | None:
        """The first person named after `end` (within a few paragraphs, not named before)
        with `role` in the title before the name or in its apposition ("Ren Guoqiang,
        spokesperson with the Ministry of National Defense")."""
        word = re.compile(rf"\b{re.escape(role)}\b", re.IGNORECASE)
        return next(
            (m.entity for m in self._people_first_after(end) if word.search(self._title_before(m))),
            None,
        )

    def _described_back(self, raw: str, start: int) -> str | None:
        """The nearest person before `start` titled with the words of a role phrase of three
        words or more after "the" ("the president's commissioner for sanctions" in "Vladyslav
        Vlasiuk, the Ukrainian president's commissioner for sanctions, …")."""
        m = _DESCRIBED_ROLE.fullmatch(raw)
        if m is None or not any(is_role_word(w) for w in _ROLE_WORDS.findall(m.group("desc"))):
            return None
        wanted = re.compile(rf"\b{re.escape(m.group('desc'))}\b", re.IGNORECASE)
        return next(
            (p.entity for p in self._people_before(start) if wanted.search(self._title_before(p))),
            None,
        )

    def _titled_as(self, role: str, start: int) -> str | None:
        """ "according to the aide": the nearest person before `start` titled with that role
        word ("Putin's aide Yury Ushakov", "Ivan Petrov, an aide to …"); not a person whose
        role it is the possessor of ("Putin's aide"), nor one merely named nearer."""
        if not role.isalpha() or not is_role_word(role):
            return None
        text = self.ex.doc.text
        word = _role_word(role)
        # the title right before the name: "aide Yury X", "Putin's aide Dr. X", not "aide to X"
        title = _role_before_name(role)
        for m in self._people_before(start):
            if _POSSESSIVE_S.match(text[m.end : m.end + 3]):
                continue
            before = _SENTENCE_BREAK.split(text[max(0, m.start - 40) : m.start])[-1]
            after = _APPOSED_ROLE.match(text[m.end : m.end + 50])
            if title.search(before) or (after and word.search(after.group(0))):
                return m.entity
        return None

    def _named_as(self, role: str, start: int, besides: str) -> str | None:
        """The nearest person before `start` (other than `besides`) written next to `role`."""
        text = self.ex.doc.text
        word = role.split()[0].lower()
        for m in self._people_before(start):
            near = text[max(0, m.start - 60) : min(m.end + 60, start)].lower()
            if m.entity != besides and word in near:
                return m.entity
        return None

    def _issued_by(self, raw: str, start: int, new_bodies: bool) -> Resolved | None:
        """A body's statement, readout or spokesperson, written as "<body> statement": the
        body. "the Kremlin press service" (a compound, no possessive) is the press service
        itself, an organisation of its own; "the ministry's press service" is the ministry."""
        mission = _MISSION.fullmatch(raw)
        if mission is not None and new_bodies:
            # "the Chinese embassy in Moscow": a diplomatic mission, a body of its own
            covered = [
                x for x in self.mentions_in(start, start + len(raw)) if x.end == start + len(raw)
            ]
            if not any(x.start <= start + mission.start("name") for x in covered):
                a = start + mission.start("name")
                name = raw[mission.start("name") :]
                draft = EntityDraft(EntityType.ORGANISATION, name)
                draft.kind = "GOVERNMENT_BODY"
                return self._add(draft, a, a + len(name), name)
        led = _LED_BY.fullmatch(raw)
        if led is not None:  # "the Biden administration": the government its head leads
            a, b = start + led.start("head"), start + led.end("head")
            heads = [x for x in self.mentions_in(a, b) if x.end == b and self.is_person(x.entity)]
            if heads and not new_bodies:
                return Resolved()
            if heads:
                name = self.ex.doc.text[a : start + led.end()]
                draft = EntityDraft(EntityType.ORGANISATION, name)
                draft.kind = "GOVERNMENT_BODY"
                return self._add(draft, a, start + led.end(), name)
        m = _ISSUED.fullmatch(raw)
        if m is None:
            return None
        a, b = start + m.start("org"), start + m.end("org")
        orgs = [x for x in self.mentions_in(a, b) if x.end == b and not self.is_person(x.entity)]
        if not orgs:
            noun = org_role("the " + self.ex.doc.text[a:b])
            back = self._org_back(noun, a) if noun else None
            # "the company's press service told TASS": the company named before
            return Resolved(speaker=back, surface=(a, b)) if back else None
        org = orgs[-1]
        if m.group("press") and not m.group("poss"):
            if not new_bodies:
                return Resolved()
            name = self.ex.doc.text[org.start : start + m.end("doc")]
            draft = EntityDraft(EntityType.ORGANISATION, name)
            draft.kind = "GOVERNMENT_BODY" if self._kind(org) in _OFFICIAL else None
            return self._add(draft, org.start, start + m.end("doc"), name)
        if m.group("spokes"):
            # "the State Department spokesman said" after "X, spokesman (deputy head of the
            # press service) of the State Department": that person speaks, not the body
            voice = self._voice_of(org.entity, org.start)
            if voice is not None:
                return Resolved(speaker=voice, surface=(start, start + len(raw)))
        return Resolved(speaker=org.entity, surface=(org.start, org.end))

    def _voice_of(self, body: str, start: int) -> str | None:
        """The person named before `start` as `body`'s spokesperson, press secretary, press
        service official or representative (the role word and the body both next to the name)."""
        text = self.ex.doc.text
        for m in self._people_before(start):
            a, b = max(0, m.start - 80), min(m.end + 80, start)
            if _VOICE_ROLE.search(text[a:b]) and any(
                x.entity == body for x in self.mentions_in(a, b)
            ):
                return m.entity
        return None

    def _kind_of(self, key: str) -> str | None:
        e = self.ex.entities.get(key)
        return e.kind.upper() if e is not None and e.kind else None

    def _other_state_named(self, key: str, owners: set[str]) -> bool:
        """Whether a body's names carry a state or a state's adjective besides `owners`."""
        e = self.ex.entities.get(key)
        if e is None:
            return False
        own = {
            w.casefold()
            for o in owners
            if (x := self.ex.entities.get(o))
            for n in {x.name, *x.aliases}
            for w in n.split()
        }
        words = {w.strip("’',.").casefold() for n in {e.name, *e.aliases} for w in n.split()}
        words |= {w.removesuffix("'s").removesuffix("’s") for w in words}
        states = {
            n.casefold()
            for k, x in self.ex.entities.items()
            if k not in owners and (x.kind or "").upper() == "STATE"
            for n in {x.name, *x.aliases}
        }
        return any((state_adjective(w) or w in states) and w not in own for w in words)

    def _kind(self, m: MentionDraft) -> str | None:
        e = self.ex.entities.get(m.entity)
        return e.kind if e is not None else None

    def _registered(self, raw: str, start: int, end: int) -> Resolved | None:
        """The whole source phrase is a registered organisation's name or alias, written in
        a case the entity stage did not match ("China's customs", "the federal customs
        service"): that organisation (read-only use of the entity registry)."""
        bare = _LEADING_THE.sub("", raw)
        if len(bare.split()) < 2:
            return None
        key = self._by_alias(bare)
        if key is not None and not self.is_person(key):
            return Resolved(speaker=key, surface=(start, end))
        entry = registry().lookup(bare, EntityType.ORGANISATION)
        office = _OFFICE_TAIL.search(bare) if entry is None else None
        if office is not None and len(bare[: office.start()].split()) >= 2:
            # "the Chinese customs office", "the Russian customs service": the body registered
            # without the generic noun ("Chinese customs")
            entry = registry().lookup(bare[: office.start()], EntityType.ORGANISATION)
        if entry is None:
            # "announced by China's Ministry of National Defence": after its carrier word
            owned = _LEADING_CARRIER.sub("", bare)
            entry = self._owned_body(owned)
            bare = owned if entry is not None else bare
        if entry is None:
            return None
        lead = len(raw) - len(bare)
        return self._add(entry.draft(), start + lead, end, bare)

    def _owned_body(self, phrase: str) -> Entry | None:
        """ "China's Ministry of National Defence": the body registered under the state's
        adjective or "of <state>" ("Chinese Ministry of National Defense"), either spelling."""
        m = _OWNED_BODY.fullmatch(phrase)
        found = self.state_entry(m.group("owner")) if m else None
        if m is None or found is None:
            return None
        state, body = found[0], m.group("body")
        names = [f"{a} {body}" for a in sorted(state.adjectives)]
        names += [f"{body} of {n}" for n in (state.name, *sorted(state.aliases))]
        names += [n.replace("Defence", "Defense") for n in names if "Defence" in n]
        for name in names:
            entry = registry().lookup(name, EntityType.ORGANISATION)
            if entry is not None and entry.kind != "STATE":
                return entry
        return None

    def _registered_key(self, name: str) -> str | None:
        """The document's organisation a registered name or alias of it names, else None."""
        entry = registry().lookup(_LEADING_THE.sub("", name.strip()), EntityType.ORGANISATION)
        key = self._by_alias(entry.name) if entry is not None else None
        return key if key is not None and not self.is_person(key) else None

    def customs_of(self, owner: str, start: int, end: int) -> Resolved:
        """The registered customs service of the state an owner phrase names ("China's coal
        imports rose …, customs data showed" → China's customs), written at start..end
        (read-only use of the entity registry); nothing when the state has none registered."""
        found = self.state_entry(owner)
        if found is None:
            return Resolved()
        state = found[0]
        for name in [*sorted(state.adjectives), state.name, *sorted(state.aliases)]:
            entry = registry().lookup(f"{name} Customs", EntityType.ORGANISATION)
            if entry is None or entry.kind != "GOVERNMENT_BODY":
                continue
            key = self._by_alias(entry.name)
            if key is not None and not self.is_person(key):
                return Resolved(speaker=key, surface=(start, end))
            return self._add(entry.draft(), start, end, self.ex.doc.text[start:end])
        return Resolved()

    def customs_named_before(self, at: int, start: int, end: int) -> Resolved:
        """The one customs service the document named before `at` ("China's General
        Administration of Customs … ¶ …, customs data showed"), as the source written at
        start..end; nothing when none or several were named."""
        keys = {
            m.entity
            for m in self.mentions_in(0, at)
            if "customs" in m.entity.casefold() and not self.is_person(m.entity)
        }
        if len(keys) != 1:
            return Resolved()
        return Resolved(speaker=keys.pop(), surface=(start, end))

    def _listed_people(self, start: int, end: int) -> list[MentionDraft]:
        """People named as a list ("@niubi, @MariaRepnikova and many others"): all speak."""
        text = self.ex.doc.text
        people = [m for m in self.mentions_in(start, end) if self.is_person(m.entity)]
        run: list[MentionDraft] = []
        for m in people:
            if run and not _LIST_GAP.fullmatch(text[run[-1].end : m.start]):
                run = []
            run.append(m)
        if len(run) < 2 or not _LIST_END.match(text[run[-1].end : end]):
            return []
        return run

    def _by_alias(self, raw: str) -> str | None:
        """An entity of this document written with another case ("Chinese customs")."""
        if self._aliases is None:
            self._aliases = {}
            for key, e in self.ex.entities.items():
                for n in (e.name, *e.aliases):
                    self._aliases.setdefault(n.casefold(), key)
        bare = _LEADING_THE.sub("", raw).casefold()
        found = self._aliases.get(bare)
        words = bare.split()
        if found is not None or len(words) < 2 or not raw.split()[-1][:1].isupper():
            return found
        # "the Chinese Embassy": the organisation named "Chinese Embassy in/to/at …" (the one
        # the text names first, when it names it two ways)
        with_place = re.compile(rf"{re.escape(bare)}\s+(?:in|to|at|of)\s")
        heads = {
            key
            for name, key in self._aliases.items()
            if with_place.match(name) and self.ex.entities[key].type != EntityType.ACTOR
        }
        if not heads:  # (most names: the mentions are not walked for nothing)
            return None
        first = {m.entity: m.start for m in reversed(self.mentions) if m.entity in heads}
        return min(heads, key=lambda k: (first.get(k, len(self.ex.doc.text)), k), default=None)

    def _by_last_name(self, raw: str) -> str | None:
        words = raw.split()
        if not words or len(words) > 3 or not words[-1][:1].isupper():
            return None
        last = words[-1].strip(".,'’s").casefold()
        by_last: list[str] = []
        by_first: list[str] = []  # surname first ("Hua" of "Hua Chunying")
        for key, e in self.ex.entities.items():
            if e.type != EntityType.ACTOR:
                continue
            names = [n.split() for n in {e.name, *e.aliases} if n.split()]
            if any(n[-1].casefold() == last for n in names):
                by_last.append(key)
            elif len(words) == 1 and any(
                len(n) in (2, 3) and n[0].casefold() == last for n in names
            ):
                by_first.append(key)
        if len(by_last) + len(by_first) > 1:
            # several people bear the name: the one named last before this sentence
            wanted = {*by_last, *by_first}
            for m in reversed(self.mentions[: bisect_left(self.starts, self.sentence_start)]):
                if m.entity in wanted:
                    return m.entity
        if by_last:
            return by_last[0]
        return by_first[0] if len(by_first) == 1 else None

    def _new_person(self, raw: str, start: int) -> Resolved:
        """Fallback: a person-like name the entity stage missed becomes an ACTOR draft.

        The name ends the phrase ("company's founder Ren Zhengfei"), or opens it before "of",
        "from" or "at" ("Wang Wen of Renmin University"); an @handle opening it counts too.
        """
        handle = HANDLE.match(raw)
        if handle and (handle.end() == len(raw) or raw[handle.end()] == " "):
            surface = handle.group(0)
            draft = EntityDraft(EntityType.ACTOR, surface, handles={surface})
            return self._add(draft, start, start + len(surface), surface)
        for match in (PERSON_NAME.search(raw), PERSON_NAME_START.search(raw)):
            if match is None:
                continue
            rest = raw[match.end() :]
            if match.re is PERSON_NAME_START and not _OF_PLACE.match(rest):
                continue
            name = _TITLE_WORDS.sub("", match.group("name")).strip()
            words = name.split()
            if _HE_NAME.fullmatch(raw.strip()):
                # "He Yadong", "He Lifeng": the whole subject is the Chinese surname He and a
                # given name, not the pronoun
                offset = start + raw.index(raw.strip())
                name = raw.strip()
                return self._add(
                    EntityDraft(EntityType.ACTOR, name), offset, offset + len(name), name
                )
            if match.re is PERSON_NAME:
                # "… Republic of China Huai Jinpeng": the name is what follows the last
                # word that cannot be part of one; a known given name opens it
                while words and (words[0] in _NOT_NAMES or words[0] in _ORG_WORDS):
                    words = words[1:]
                given, surnames = name_lists()
                opens = [i for i, w in enumerate(words[:-1]) if w in given or w in surnames]
                if opens:
                    words = words[opens[0] :]
                name = " ".join(words)
            if len(words) < 2 or any(w in _NOT_NAMES or w in _ORG_WORDS for w in words):
                continue  # "Central Asian", "Higher Education": no person
            if is_role_word(words[-1]):
                continue  # "the Atlantic Alliance Secretary-General": a title, no name
            if never_person(name):
                continue  # "… in Hong Kong", "the Aegis Missile Defense System": no person
            offset = start + match.start("name") + match.group("name").index(name)
            inside = self.mentions_in(offset, offset + len(name))
            for m in inside:
                if (m.start, m.end) == (offset, offset + len(name)) and not self.is_person(
                    m.entity
                ):  # the entity stage's organisation ("… Corporate Communication (DCC)")
                    return Resolved(speaker=m.entity, surface=(m.start, m.end))
            if any(not self.is_person(m.entity) for m in inside):
                # "Rosneft Material" (a headline run into "Material posted:"): a body's name
                # is no part of a person's
                continue
            return self._add(EntityDraft(EntityType.ACTOR, name), offset, offset + len(name), name)
        alone = _GIVEN_ALONE.match(raw)
        if alone is not None and self._given_name_only(alone.group("name")):
            # "…,” says Irina, from Khabarovsk.": a speaker written by a given name alone
            name = alone.group("name")
            return self._add(EntityDraft(EntityType.ACTOR, name), start, start + len(name), name)
        return Resolved()

    def _given_name_only(self, word: str) -> bool:
        """Whether `word` is a known given name and nothing else the registry knows (a
        state, a city, a body) nor a word that opens sentences."""
        given, _surnames = name_lists()
        return word in given and word not in _NOT_NAMES and registry().lookup(word) is None

    def _add(self, draft: EntityDraft, start: int, end: int, surface: str) -> Resolved:
        key = self.ex.add_entity(draft)
        self.ex.mentions.append(MentionDraft(key, start, end, surface))
        self._aliases = None  # the written forms now include the new entity's
        self._refresh()
        return Resolved(speaker=key, surface=(start, end))

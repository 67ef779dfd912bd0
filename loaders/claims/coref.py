"""A small coreference step for speakers: titles before names and follow-up references.

- A title phrase before a name ("Defence Minister Andrei Belousov", "UN Secretary-General
  António Guterres", "Chief Cabinet Secretary Yoshimasa Hayashi"): the person is the head,
  not the organisation or country inside the title (:func:`titled_name`).
- Definite role phrases that refer back ("the Russian leader added", "the diplomat noted",
  "the ministry said", "the company added"): a person role takes the last compatible named
  person, an organisation noun the last organisation whose name carries that noun or whose
  kind fits it (:func:`person_role`, :func:`org_role`, :func:`org_compatible`).
- Pronouns: "he"/"she"/"him"/"her" (singular persons only; "they" is left alone).

The role and title vocabularies are the entity stage's (``loaders.entities.lexicon``), read
only; nothing here is about one document.
"""

from __future__ import annotations

import re
from functools import cache

from loaders.entities.lexicon import HEAD_KINDS, ROLE_NOUN_SET, TITLES

PRONOUN = re.compile(r"^(?:he|she|him|her)$", re.IGNORECASE)

_TITLE_WORDS = frozenset(w.lower().rstrip(".") for t in TITLES for w in t.split()) - {
    "of",
    "the",
    "and",
    "for",
    "state",
    "mr",
    "mrs",
    "ms",
    "dr",
}
_EXTRA_ROLE_WORDS = """secretary-general leader head chief spokesman spokeswoman spokesperson
    premier president minister ambassador envoy diplomat consul consul-general aide adviser
    advisor official chairman ceo director governor mayor commander general"""
_EXTRA_ROLES = frozenset(_EXTRA_ROLE_WORDS.split())
ROLE_WORDS = ROLE_NOUN_SET | _TITLE_WORDS | _EXTRA_ROLES


def is_role_word(word: str) -> bool:
    """Whether a word names a role or title ("Minister", "Secretary-General", "CEO")."""
    w = word.lower().strip(".,'’")
    if w in ROLE_WORDS:
        return True
    # "Secretary-General", "Under-Secretary", "Vice-Premier": the last part names the role
    parts = [part for part in w.split("-") if part]
    return "-" in w and bool(parts) and parts[-1] in ROLE_WORDS | {"secretary", "general"}


_CAP_WORD = re.compile(r"^[A-Z][\w'’.-]*$")


def titled_name(raw: str) -> tuple[int, str] | None:
    """(offset, name) of the person after a title phrase ending `raw`, else None.

    "UN Secretary-General António Guterres" → (21, "António Guterres"). The word right
    before the name (two or three capitalised words) must be a role or title word, so
    "Bank of Russia" or "Moscow State University" never yield a person.
    """
    tokens = raw.split(" ")
    for n in (2, 3):
        if len(tokens) <= n:
            return None
        name_words, before = tokens[-n:], tokens[-n - 1]
        if not all(_CAP_WORD.match(w) for w in name_words):
            return None
        if any(is_role_word(w) or w.lower() in HEAD_KIND_WORDS for w in name_words):
            continue
        if is_role_word(before):
            name = " ".join(name_words)
            return len(raw) - len(name), name
    return None


HEAD_KIND_WORDS = frozenset(w.lower() for w in HEAD_KINDS)

_ADJ = r"(?:(?:[A-Z][\w-]*|former|then|new|veteran|senior|top|deputy|foreign|prime|vice|"
_ADJ += r"chief|acting|current|outgoing|incoming|two|both)\s+){0,3}"
_PERSON_ROLE = re.compile(
    rf"^(?:the|this|that)\s+{_ADJ}(?P<role>head\s+of\s+(?:the\s+)?(?:government|state|cabinet)|"
    r"leader|president|premier|minister|diplomat|"
    r"ambassador|envoy|spokesman|spokeswoman|spokesperson|official|chancellor|aide|adviser|"
    r"advisor|analyst|expert|economist|scholar|professor|chairman|chairwoman|ceo|executive|"
    r"head|chief|governor|mayor|senator|general|commander|consul|politician|lawmaker|"
    r"researcher|director|banker|billionaire|tycoon|businessman|businesswoman|journalist|"
    r"secretary|secretary-general|founder|monarch|king|emir|prince)$",
    re.IGNORECASE,
)
# "the Governor of the Altai region", "the head of the council": a role of a named place/body.
PERSON_ROLE_OF = re.compile(
    _PERSON_ROLE.pattern.removesuffix("$") + r"\s+(?:of|at)\s+(?:the\s+)?(?P<of>[^,;:]{2,60})$",
    re.IGNORECASE,
)

# Organisation nouns → the kinds they fit (besides a name that carries the noun).
_ORG_ROLE_KINDS: dict[str, frozenset[str]] = {}
for _kinds, _nouns in {
    "COMPANY BANK": "company firm giant producer operator carrier group corporation holding "
    "exporter miner refiner conglomerate manufacturer maker developer concern monopoly "
    "railway airline utility automaker carmaker shipbuilder insurer supplier exchange bourse "
    "platform trading_platform marketplace",
    "BANK": "bank lender regulator",
    "GOVERNMENT_BODY": "ministry department service agency office administration committee "
    "commission government regulator watchdog customs cabinet",
    "MEDIA": "newspaper outlet broadcaster paper daily agency channel publication magazine edition",
    "THINK_TANK RESEARCH_INSTITUTE": "institute centre center think-tank think_tank pollster "
    "organisation organization foundation",
    "OTHER COMPANY INTERNATIONAL_ORG POLITICAL_MOVEMENT": "association",
    "UNIVERSITY": "university",
    "INTERNATIONAL_ORG": "organisation organization alliance bloc union fund body",
}.items():
    for _noun in (w.replace("_", " ") for w in _nouns.split()):  # "think_tank": two words
        _ORG_ROLE_KINDS[_noun] = _ORG_ROLE_KINDS.get(_noun, frozenset()) | frozenset(_kinds.split())
_ORG_ROLE = re.compile(
    r"^(?:the|this|that)\s+(?:(?:[A-Z][\w-]*|state|state-owned|state-run|energy|gas|oil|"
    r"nuclear|defence|defense|foreign|finance|trade|economy|central|national|statistics|"
    r"news|tech|technology|chinese|russian|(?:[A-Z][\w.]*,\s+)?[\w.]+-based)\s+){0,3}"
    rf"(?P<noun>{'|'.join(sorted(_ORG_ROLE_KINDS, key=len, reverse=True))})$",
    re.IGNORECASE,
)


# Any singular role noun of the entity lexicon: "the top manager", "the chief negotiator".
_ANY_PERSON_ROLE = re.compile(rf"^(?:the|this|that)\s+{_ADJ}(?P<role>[\w-]+)$", re.IGNORECASE)
# Role words that are no person on their own ("the defence", "the crown") or the document's
# own people ("the author"), and plurals.
_NOT_PERSON_WORDS = """defence defense finance foreign prime vice rear crown deputy member friend
    colleague partner author fm lt maj gen prof brigadier lieutenant chair"""
_NOT_PERSON_ROLE = frozenset(_NOT_PERSON_WORDS.split())


# "Diplomat from the PRC", "the envoy from Ostania": a role and where the person comes from
_PERSON_ROLE_FROM = re.compile(
    r"^(?!(?:an?|one|another|some)\s)(?:(?:the|this|that)\s+)?"
    + _PERSON_ROLE.pattern.removeprefix(r"^(?:the|this|that)\s+").removesuffix("$")
    + r"\s+from\s+(?:the\s+)?[A-Z][^,;:]{1,40}$",
    re.IGNORECASE,
)


def person_role(raw: str) -> bool:
    """ "the Russian leader", "the diplomat", "the former minister": a person referred back to."""
    if _PERSON_ROLE.match(raw.strip()) is not None or _PERSON_ROLE_FROM.match(raw.strip()):
        return True
    m = _ANY_PERSON_ROLE.match(raw.strip())
    if m is None:
        return False
    role = m.group("role").lower()
    return is_role_word(role) and role not in _NOT_PERSON_ROLE and not role.endswith("s")


def org_role(raw: str) -> str | None:
    """The organisation noun of "the ministry", "the state-owned company", else None."""
    m = _ORG_ROLE.match(raw.strip())
    return m.group("noun").lower() if m else None


# "Norland's watchdog", "Ostania's regulator": a state's body called by a bare common noun.
_OWNED_ORG_ROLE = re.compile(
    r"^(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+"
    # "Russia's gas holding", "China's top oil producer": a company called by its trade
    r"(?:(?:top|largest|biggest|main|leading|state|state-owned|state-run|national|flagship|"
    r"gas|oil|energy|nuclear|arms|coal|steel|power|defence|defense|rail|shipping)\s+){0,3}"
    r"(?P<noun>watchdog|regulator|agency|service|association|holding|giant|producer|"
    r"monopoly|company|firm|corporation|lender|bank|exporter|operator|carrier|railway|"
    r"airline|utility|manufacturer|maker|miner|refiner|concern|conglomerate)$"
)


def owned_org_role(raw: str) -> tuple[str, str] | None:
    """(owner, noun) of "Norland's watchdog": a body of the owner referred back to."""
    m = _OWNED_ORG_ROLE.match(raw.strip())
    return (m.group("owner"), m.group("noun")) if m else None


@cache
def _noun_word(noun: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)


def org_compatible(noun: str, names: set[str], kind: str | None) -> int:
    """How well an organisation fits the noun: 2 its name carries it, 1 its kind fits, 0 no."""
    word = _noun_word(noun)
    if any(word.search(n) for n in names):
        return 2
    if kind and kind.upper() in _ORG_ROLE_KINDS.get(noun, frozenset()):
        return 1
    return 0

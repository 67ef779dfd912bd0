"""Speakers named through their role: an organisation's head, a state's officials, the
entity opening a sentence (for a pronoun in the next one).

- "the head of Rosneft said" / "Rosneft's chief executive concluded": the person the
  document names as that organisation's head (an affiliation, or a name within a few words
  of the organisation's), else the last speaker when nobody else was named since, else the
  organisation (:data:`HEAD_OF`, :data:`ORG_HEAD`, ``_head_person``).
- "Russian officials announced": the state the document names, by its adjective from the
  entity registry (``_state_officials``).
- "the French announced", "the Russians replied": a plural nationality noun after "the" is
  its state (registry adjectives), the document's entity when it names it (``_nation``).
- "according to the Governor of the X region": the person the document names with that
  role of that place or body before (``_role_of_back``).
- "Japan's Defense Ministry reacted … It said …": the entity opening a sentence, the last
  of a chain of possessives (``subject_at``).

A mixin of :class:`loaders.claims.speakers.SpeakerResolver`; nothing here is about one
document.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from kb.enums import EntityType
from loaders.claims.coref import PERSON_ROLE_OF, is_role_word
from loaders.drafts import Extraction, MentionDraft
from loaders.entities.registry import Entry, registry
from loaders.entities.tokens import DESCRIBED_SUFFIX

_HEAD_ROLE = (
    r"(?:head|chief|chief\s+executive(?:\s+officer)?|ceo|chairman|chairwoman|chair|president|"
    r"director(?:\s+general)?|director-general|boss|spokesman|spokeswoman|spokesperson|"
    r"press\s+secretary|founder|managing\s+director|general\s+director|governor|"
    r"secretary[\s-]general)"
)
# "the head of Rosneft", "the CEO at Gazprom" / "Rosneft's chief executive".
HEAD_OF = re.compile(
    rf"^(?:the\s+)?(?:(?:then|former|new|current|company|group)\s+)?{_HEAD_ROLE}\s+(?:of|at|for)\s+"
    r"(?:the\s+)?(?P<org>[^,;:]{2,80})$",
    re.IGNORECASE,
)
ORG_HEAD = re.compile(
    rf"^(?:the\s+)?(?P<org>[A-Z][^,;:]{{1,60}}?)(?:['’]s?)?\s+(?:(?:then|former|new|current)\s+)?"
    rf"{_HEAD_ROLE}$",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.;!?]\s")
_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
_WORD = re.compile(r"[\w-]+")
_CAPITALISED = re.compile(r"[A-Z][\w'’-]+")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w.-]*")
_AND_OR_BREAK = re.compile(r"\band\b|[,;.]")
# A descriptor before an organisation's name: "the Russian publication", "the state-run daily".
_SUBJECT_LEAD = re.compile(
    r"(?:(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]\s+)?"  # a list's item marker: "ii) The X …", "3. X …"
    r"(?:(?:however|meanwhile|still|also|but|and|separately|previously|earlier|later|"
    r"simultaneously|in\s+turn),?\s+)?"
    # "In October 2023, the X Commission published …": a short opening adverbial
    r"(?:(?:in|on|at|by|during|last|earlier|later|this|since|after|before)\s+[^,.;:“”\"]{1,30},\s+)?"
    r"(?:the\s+)?"
    # "The US-based Duowei News published …", "the state-owned X": a compound modifier
    r"(?:(?:[\w.’'-]+\s+)?[\w.’'-]+" + DESCRIBED_SUFFIX + r"\s+)?",
    re.IGNORECASE,
)
_OFFICIALS = re.compile(
    r"(?:the\s+)?(?P<adj>[A-Z][a-z]+)\s+(?:government\s+|state\s+)?(?:officials|authorities)"
)

# "the Chinese government", "Beijing's government", "Chinese leader Xi Jinping's government":
# a state's government speaks as the state (its adjective, or a state named before "'s").
GOVERNMENT = re.compile(
    r"(?:(?i:the)\s+)?(?P<owner>[A-Z][\w.'’-]*?(?:\s+[\w.'’-]+?){0,4}?)(?:['’]s?)?\s+"
    r"(?:(?:central|national|federal|own)\s+)?government"
)

# "the French", "the Chinese", "the Germans": the adjective, or the adjective plus "s".
# An opening adverbial may stand before it ("after the coups (2020) the French").
_NATION = re.compile(
    r"(?:^|(?<!\bof)(?<!\bto)(?<!\bfor)(?<!\bby)(?<!\bwith)(?<!\bfrom)(?<!\bamong)\s)"
    # "the Chinese side" (diplomatic usage: the state), "the #Russian side" in a thread
    r"(?P<np>[Tt]he\s+#?(?P<dem>[A-Z][a-z]+)(?:\s+side)?)$"
)


@lru_cache(maxsize=1)
def _states_by_adjective() -> dict[str, Entry]:
    """Each state's adjective ("french") → its registry entry, when only one state has it."""
    seen: dict[str, list[Entry]] = {}
    for e in registry().entries:
        if e.kind == "STATE":
            for a in e.adjectives:
                seen.setdefault(a.casefold(), []).append(e)
    return {a: es[0] for a, es in seen.items() if len(es) == 1}


def state_adjective(word: str) -> bool:
    """Whether a word is a state's adjective ("Mongolian", "French") in the entity registry."""
    return word.casefold() in _states_by_adjective()


def nation_of(raw: str) -> tuple[Entry, int] | None:
    """The state a plural nationality noun ending `raw` names ("the French" → France) and
    where its noun phrase starts in `raw`, else None."""
    m = _NATION.search(raw)
    if m is None:
        return None
    found = _nation_entry(m.group("dem"))
    return (found, m.start("np")) if found is not None else None


def _nation_entry(dem: str) -> Entry | None:
    word = dem.casefold()
    table = _states_by_adjective()
    if word in table and not word.endswith("s"):
        return table[word]  # "the French", "the Chinese": the plural is the adjective
    if word.endswith("s") and word[:-1] in table and word[:-1].endswith("n"):
        return table[word[:-1]]  # "the Germans", "the Russians", "the Americans"
    return None


# A title between a state or body and a person's name: "'s Ambassador to the UN ", " Foreign
# Minister ", " Deputy Prime Minister " (capitalised words and a few joining words only).
_TITLE_BETWEEN = re.compile(
    r"(?:['’]s)?(?:\s+(?:[A-Z][\w.-]*|to|of|the|for|and|on|deputy|vice|foreign|prime|former))+\s+"
)


class RoleLookups:
    """Role lookups over a resolver's document (``ex``, ``mentions``, ``last_person``)."""

    ex: Extraction
    mentions: list[MentionDraft]
    starts: list[int]
    last_person: str | None

    def is_person(self, key: str) -> bool:
        raise NotImplementedError

    def mentions_in(self, start: int, end: int) -> list[MentionDraft]:
        raise NotImplementedError

    def persons_before(self, offset: int) -> str | None:
        raise NotImplementedError

    def _head_person(self, org: str, before: int) -> str | None:
        """The person the document names as the organisation's head or spokesperson: one
        affiliated with it, else one named within a few words of it ("Rosneft CEO Igor
        Sechin", "Igor Sechin, head of Rosneft"); the nearest before `before` first."""
        for aff in self.ex.affiliations:
            if aff.organisation == org and self.is_person(aff.actor):
                return aff.actor
        text = self.ex.doc.text
        org_spans = [(m.start, m.end) for m in self.mentions if m.entity == org]
        best: tuple[int, str] | None = None
        for m in self.mentions:
            if not self.is_person(m.entity):
                continue
            for a, b in org_spans:
                lo, hi = (b, m.start) if b <= m.start else (m.end, a)
                if 0 <= hi - lo <= 60 and not _SENTENCE_BREAK.search(text[lo:hi]):
                    rank = before - m.start if m.start < before else 10**6 + m.start
                    if best is None or rank < best[0]:
                        best = (rank, m.entity)
        return best[1] if best else None

    def _same_speaker(self, start: int) -> str | None:
        """The last speaker, when no other person was named since: "…," the head of X said."""
        last = self.last_person
        return last if last and self.persons_before(start) == last else None

    def subject_at(self, start: int) -> str | None:
        """The entity opening the sentence at `start` ("Japan's Defense Ministry reacted …"):
        the last of a chain of possessives, after an opening connective."""
        text = self.ex.doc.text
        found = self.mentions_in(start, start + 200)
        head = next((m for m in found if _SUBJECT_LEAD.fullmatch(text[start : m.start])), None)
        if head is None:
            return None
        # "Japan’s Defense Ministry" over the "Japan" inside it: the longest name opening there
        head = max((m for m in found if m.start == head.start), key=lambda m: m.end)
        for m in found:
            if m.start > head.end and _POSSESSIVE_GAP.fullmatch(text[head.end : m.start]):
                head = m  # "South Korea's Joint Chiefs of Staff"
        if not self.is_person(head.entity):
            for m in found:
                if m.start <= head.end or not self.is_person(m.entity):
                    continue
                title = _TITLE_BETWEEN.fullmatch(text[head.end : m.start])
                if title and any(is_role_word(w) for w in _WORD.findall(title.group(0))):
                    return m.entity  # "Ostania's Ambassador to the UN Marta Lind": the person
                break
        return head.entity

    def _role_of_back(self, raw: str, start: int) -> str | None:
        """The person named before `start` with the role "ROLE of PLACE" written next to the
        name ("the Governor of the Altai region Ivan Sokolov" … "according to the Governor
        of the Altai region")."""
        m = PERSON_ROLE_OF.match(raw.strip())
        if m is None:
            return None
        role = m.group("role")
        place = _CAPITALISED.findall(m.group("of"))
        if not place:
            return None
        text = self.ex.doc.text
        role_word = re.compile(rf"\b{re.escape(role)}\b", re.IGNORECASE)
        role_after = re.compile(rf",\s+(?:the\s+)?(?:\w+\s+)?{re.escape(role)}\b([^,;.]*)", re.I)
        place_words = [re.compile(rf"\b{re.escape(w)}\b") for w in place]
        for mention in reversed(self.mentions[: bisect_left(self.starts, start)]):
            if start - mention.start > 3000:
                break
            if not self.is_person(mention.entity):
                continue
            before = text[max(0, mention.start - 80) : mention.start]
            after = text[mention.end : mention.end + 80]
            at = [r.end() for r in role_word.finditer(before)]
            lead = before[at[-1] :] if at else ""
            tail = role_after.match(after)
            said = lead if at and not _AND_OR_BREAK.search(lead) else ""
            said = said or (tail.group(1) if tail else "")
            if said and all(w.search(said) for w in place_words):
                return mention.entity
        return None

    def _nation_key(self, entry: Entry) -> str | None:
        """The document's entity for a registry state, when the document names it."""
        for key, e in self.ex.entities.items():
            if (
                e.type != EntityType.ACTOR
                and e.kind in (None, "STATE")
                and registry().lookup(e.name, EntityType.ORGANISATION) is entry
            ):
                return key
        return None

    def state_entry(self, owner: str) -> tuple[Entry, int, int] | None:
        """The registry state an owner phrase names first, and where: its adjective
        ("Chinese leader X" → China) or its name ("Russia", or an alias), else None."""
        table = _states_by_adjective()
        for m in _CAPITALISED_WORD.finditer(owner):
            word = m.group(0)
            entry = table.get(word.casefold()) or registry().lookup(word, EntityType.ORGANISATION)
            if entry is not None and entry.kind == "STATE":
                return entry, m.start(), m.end()
        return None

    def _state_officials(self, raw: str) -> str | None:
        """The state of "Russian officials" / "the Chinese authorities", when the document
        names it (its adjective from the entity registry)."""
        m = _OFFICIALS.fullmatch(raw)
        if m is None:
            return None
        adjective = m.group("adj").casefold()
        for key, e in self.ex.entities.items():
            if e.type == EntityType.ACTOR or e.kind not in (None, "STATE"):
                continue
            entry = registry().lookup(e.name, EntityType.ORGANISATION)
            adjectives = {a.casefold() for a in entry.adjectives} if entry is not None else set()
            if entry is not None and entry.kind == "STATE" and adjective in adjectives:
                return key
        return None

"""A news agency named by the first word of its registered name when it reports: "Trend
reports, citing TASS", "according to Kyodo", "Tasnim said" (registered "Trend News Agency",
"Kyodo News", "Tasnim News Agency").

The short form is read only as the subject or source of reporting, and not at the start of a
sentence when it is an English word ("Trend reports show …" opens a sentence about trends);
adjectives of states and regions never stand for an outlet ("Central", "Polish")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kb.enums import EntityType
from loaders.alternation import ordered_alternation
from loaders.entities.anchored import (
    finditer_at,
    finditer_not_after,
    is_word,
    occurrences,
    space_start,
)
from loaders.entities.found import Found, Hit
from loaders.entities.lexicon import (
    ORG_NOUN_KIND,
    ORG_NOUNS,
    STATE_ADJECTIVES,
    common_word,
)
from loaders.entities.registry import Entry, registry

_TAILS = {"News Agency", "News", "Agency", "Press", "Press Agency", "News Service"}
_NOT_SHORT = {"Associated", "Central", "Arab", "Gulf", "Polish", "Czech", "National"}
_REPORTING_AFTER = re.compile(
    r"\s+(?:reports|reported|said|says|writes|wrote|cites|cited|citing|quotes|quoted|"
    r"informs|informed|learned|learnt)\b|,\s+citing\b"
)
_REPORTING_BEFORE = re.compile(r"(?:\baccording\s+to|\bciting|\btold|\bquoted\s+by)\s+$", re.I)


@lru_cache(maxsize=1)
def _shorts() -> dict[str, Entry]:
    out: dict[str, list[Entry]] = {}
    for e in registry().entries:
        if e.kind != "MEDIA":
            continue
        for form in (e.name, *e.aliases):
            first, _, tail = form.partition(" ")
            wanted = tail in _TAILS and first[:1].isupper()
            if wanted and first not in _NOT_SHORT and first not in STATE_ADJECTIVES:
                bucket = out.setdefault(first, [])
                if e not in bucket:
                    bucket.append(e)
    return {w: es[0] for w, es in out.items() if len(es) == 1}


@lru_cache(maxsize=1)
def _short_re() -> re.Pattern[str]:
    alt = ordered_alternation(sorted(_shorts(), key=len, reverse=True))  # same matches
    return re.compile(rf"(?:{alt})(?![\w-])")  # not after [\w@#.-]: `finditer_not_after`


def find_outlet_short_names(found: Found, text: str) -> None:
    shorts = _shorts()
    if not shorts:
        return
    for m in finditer_not_after(_short_re(), text, "@#.-"):
        s, e = m.span()
        if found.occupied(s, e):
            continue
        before = text[max(0, s - 30) : s]
        if not (_REPORTING_AFTER.match(text, e) or _REPORTING_BEFORE.search(before)):
            continue
        opening = not before.strip() or before.rstrip()[-1:] in ".!?\n“\"‘'"
        if opening and common_word(m.group(0)):
            continue
        found.add(Hit(s, e, found.entry_cluster(shorts[m.group(0)])))


# "the consulting company The Oil World", "the weekly The Arctic Report": an organisation noun
# right before "The" and capitalised words names the organisation, "The" included
_NOUN_THEN_THE = re.compile(
    rf"\b(?P<noun>{'|'.join(sorted(ORG_NOUNS, key=len, reverse=True))})\s+"
    r"(?P<name>The(?:\s+[A-Z][\w&'’-]*){1,4})"
)


_LONGEST_NOUN = max(map(len, ORG_NOUNS))


def _noun_then_the_starts(text: str) -> Iterator[int]:
    """Where a match of `_NOUN_THEN_THE` can start: a word's start at most the longest noun's
    length before the white space before a "The" (the noun ends where that white space does)."""
    for a in occurrences(text, "The"):
        j = space_start(text, a)
        if j < a:
            yield from (
                i for i in range(max(0, j - _LONGEST_NOUN), j)
                if is_word(text[i]) and (i == 0 or not is_word(text[i - 1]))
            )  # fmt: skip


def find_named_after_noun(found: Found, text: str) -> None:
    for m in finditer_at(_NOUN_THEN_THE, text, _noun_then_the_starts(text)):  # (= finditer)
        s, e = m.span("name")
        if m.group("noun").endswith("s"):
            continue
        inside = [h for h in found.hits if h.start < e and s < h.end]
        if any(
            h.start < s or h.end > e or found.clusters[h.cluster].entry is not None
            or found.clusters[h.cluster].type != EntityType.ACTOR
            for h in inside
        ):  # fmt: skip
            continue  # only a name guessed as a person's gives way ("The Grain Desk said")
        for h in inside:
            found.hits.remove(h)
            if not any(o.cluster == h.cluster for o in found.hits):
                found.clusters.pop(h.cluster, None)
        words = m.group("name").split()[1:]
        if any(w in STATE_ADJECTIVES or registry().state(w) is not None for w in words):
            continue  # "the company The Russian Government owns": no name of its own
        kind = ORG_NOUN_KIND.get(m.group("noun"), "COMPANY")
        found.add(Hit(s, e, found.named_cluster(EntityType.ORGANISATION, m.group("name"), kind)))


# a news page's section label glued to the headline before it: "… to halt attacks in
# SyriaMilitary & Defense", "… talks with IranBusiness & Economy"
# (The look-behind after the first capital, not before it: `re` then jumps from capital to
# capital instead of trying the pattern at every character; the same matches.)
_GLUED_SECTION = re.compile(
    r"(?P<state>[A-Z](?<![\w@#][A-Z])[a-z]+(?: [A-Z][a-z]+)?)"
    r"(?=(?:Military|Business|Economy|Politics|World|Society|Sports?|Science|Culture|Defen[cs]e)"
    r"\s*&\s*[A-Z])"
)


_SECTION_WORDS = (
    "Military", "Business", "Economy", "Politics", "World", "Society", "Sport", "Science",
    "Culture", "Defence", "Defense",
)  # fmt: skip


def _letters_start(text: str, end: int) -> int:
    """Where the run of ASCII letters ending at `end` starts."""
    s = end
    while s > 0 and text[s - 1].isascii() and text[s - 1].isalpha():
        s -= 1
    return s


def _glued_section_starts(text: str) -> Iterator[int]:
    """Where a match of `_GLUED_SECTION` can start: a capital in the one or two words of
    letters before a section word that closes its run of letters before (white space and)
    "&" (the state's letters end where the section word's begin)."""
    for word in _SECTION_WORDS:
        for a in occurrences(text, word):
            k = a + len(word)
            while k < len(text) and text[k].isalpha():
                k += 1
            while k < len(text) and text[k].isspace():
                k += 1
            if text[k : k + 1] != "&":
                continue
            r = _letters_start(text, a)
            if r > 0 and text[r - 1] == " ":
                r = _letters_start(text, r - 1)
            yield from (i for i in range(r, a) if "A" <= text[i] <= "Z")


def find_glued_sections(found: Found, text: str) -> None:
    reg = registry()
    for m in finditer_at(_GLUED_SECTION, text, _glued_section_starts(text)):  # (= finditer)
        s, e = m.span("state")
        entry = reg.state(m.group("state"))
        if entry is None or entry.kind != "STATE" or found.occupied(s, e):
            continue
        found.add(Hit(s, e, found.entry_cluster(entry)))

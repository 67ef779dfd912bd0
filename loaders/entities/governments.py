"""A state's government and embassies named by the state rather than by their own names:
"the Chinese government", "China's government", "the Kazakh federal government", "the
government of Mongolia"; "the Chinese embassy in Washington", "Russia's Embassy in Beijing".
The prose pass finds only the state in these ("Chinese" → China), or the words as written;
each is a body of its own that speaks ("…, said the Chinese government") and analysts ask
for under one name, however a text writes it.

The registered government when there is one ("the Russian government" → Government of
Russia), else a government body named after the state's official name ("Government of the
People's Republic of China"); an embassy is "Embassy of <sender> in <host>", the host a state
or its capital ("Embassy of the People's Republic of China in the United States of
America"). The words as written are an alias; the hit replaces those inside the phrase.
People of the government ("Chinese government officials", "a government spokesman") stay
people: no hit then; an embassy with no host named ("the Chinese embassy") is left as found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kb.enums import EntityType
from loaders.entities.anchored import finditer_at, is_word, occurrences
from loaders.entities.found import Found, Hit
from loaders.entities.lexicon import STATE_ADJECTIVES
from loaders.entities.regional import replace_hits
from loaders.entities.registry import Entry, registry

_LEVEL = r"(?:(?:federal|central|national)\s+)?"
# After "government": its people or its papers, not the body speaking
_NOT_BODY = (
    r"(?!\s+(?:officials?|sources?|spokes\w+|representatives?|advisers?|advisors?|ministers?|"
    r"employees|workers|critics|bonds?|debt|securities|agenc\w+|departments?|bod\w+|"
    r"institutions?|buildings?)\b)"
)
# "the Chinese government", "the Russian federal government"
_ADJECTIVE = re.compile(
    rf"\b(?P<state>(?:(?:South|North|Saudi|Sri|New|Czech)\s)?[A-Z][a-z]+)\s+{_LEVEL}"
    rf"(?P<head>[Gg]overnment)\b{_NOT_BODY}"
)
# "China's government", "Kazakhstan’s central government"
_POSSESSIVE = re.compile(
    rf"\b(?P<state>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)['’]s\s+{_LEVEL}(?P<head>[Gg]overnment)\b"
    rf"{_NOT_BODY}"
)
# "the government of Mongolia", "the Government of the Republic of Kazakhstan"
_OF_STATE = re.compile(
    r"\b(?P<head>[Gg]overnment)\s+of\s+(?:the\s+)?"
    r"(?P<state>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})"
)
_SENDER = r"(?P<state>(?:(?:South|North|Saudi|Sri|New|Czech)\s)?[A-Z][a-z]+)"
_HOST = r"(?:the\s+)?(?P<host>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})"
# "the Chinese embassy in Washington", "Russia's Embassy to China"
_EMBASSY = re.compile(rf"\b{_SENDER}(?:['’]s)?\s+(?P<head>[Ee]mbassy)\s+(?:in|to)\s+{_HOST}")
# "the Embassy of the Russian Federation in Beijing"
_EMBASSY_OF = re.compile(
    r"\b(?P<head>[Ee]mbassy)\s+of\s+(?:the\s+)?"
    rf"(?P<state>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){{0,3}}?)\s+(?:in|to)\s+{_HOST}"
)
# Adjectives that name a state but not its government today ("the Soviet government")
_NOT_TODAY = frozenset({"Soviet", "Sino"})
# Official names read with "the": "the People's Republic of China", "the Russian Federation"
_WITH_THE = re.compile(
    r"(?:People['’]s|Republic|Russian|United|Islamic|Kingdom|Federal|Democratic|State|Union|"
    r"Federative|Socialist|Commonwealth|Sultanate|Principality|Hashemite|Plurinational|"
    r"Bolivarian|Arab|Syrian|Lao|Czech|Slovak|Kyrgyz|Grand)\b"
)


def _state(word: str) -> Entry | None:
    if word in _NOT_TODAY:
        return None
    name = STATE_ADJECTIVES.get(word, word)
    entry = registry().lookup(name, EntityType.ORGANISATION)
    return entry if entry is not None and entry.kind == "STATE" else None


def _official(state: Entry) -> str:
    """The state's longest name ("People's Republic of China"), with "the" where it reads
    so."""
    names = [state.name, *(a for a in state.aliases if " " in a and "." not in a)]
    official = max(names, key=len)
    return f"the {official}" if _WITH_THE.match(official) else official


def _government(found: Found, state: Entry) -> str:
    """The cluster of the state's government: the registered one, else a new body."""
    reg = registry()
    for name in (state.name, *state.aliases):
        entry = reg.lookup(f"Government of {name}", EntityType.ORGANISATION)
        if entry is not None and entry.kind != "STATE":
            return found.entry_cluster(entry)
    cid = found.named_cluster(
        EntityType.ORGANISATION, f"Government of {_official(state)}", "GOVERNMENT_BODY"
    )
    found.clusters[cid].aliases.add(f"Government of {state.name}")
    return cid


def _host(words: str) -> tuple[Entry, int] | None:
    """The state an embassy's host words name (a state or its capital), and how many
    characters of them name it ("Washington on Monday" → United States, 10)."""
    reg = registry()
    parts = words.split()
    for n in range(len(parts), 0, -1):
        name = " ".join(parts[:n])
        entry = _state(name)
        if entry is None and (form := reg.forms.get(name)) is not None and form[1]:
            entry = form[0]  # a capital: "Washington", "Beijing"
        if entry is not None:
            return entry, len(name)
    return None


def _embassy(found: Found, sender: Entry, host: Entry) -> str:
    cid = found.named_cluster(
        EntityType.ORGANISATION,
        f"Embassy of {_official(sender)} in {_official(host)}",
        "GOVERNMENT_BODY",
    )
    found.clusters[cid].aliases.add(f"Embassy of {sender.name} in {host.name}")
    return cid


def _hits_within(found: Found, start: int, end: int) -> list[Hit] | None:
    """The hits inside [start, end) when a body's hit may replace them there: None when a hit
    reaches out of the span (part of a longer name: "the Chinese Government Procurement
    Law") or a person's is inside."""
    inside = [h for h in found.hits if h.start < end and start < h.end]
    if any(h.start < start or h.end > end for h in inside):
        return None
    if any(found.clusters[h.cluster].type != EntityType.ORGANISATION for h in inside):
        return None
    return inside


def _put(found: Found, text: str, start: int, end: int, cid: str) -> None:
    """The body's hit over [start, end), the words as written its alias."""
    found.clusters[cid].aliases.add(" ".join(text[start:end].split()))
    replace_hits(found, start, end, cid)


def find_embassies(found: Found, text: str) -> None:
    """Add a hit for each embassy the text names by its state and host."""
    if "mbassy" not in text:
        return
    for pattern in (_EMBASSY, _EMBASSY_OF):
        for m in pattern.finditer(text):
            sender, host = _state(m.group("state")), _host(m.group("host"))
            if sender is None or host is None or host[0] is sender:
                continue
            start = min(m.start("state"), m.start("head"))
            end = m.start("host") + host[1]
            if _hits_within(found, start, end) is not None:
                _put(found, text, start, end, _embassy(found, sender, host[0]))


def _heads(text: str) -> list[int]:
    """Where "Government" or "government" starts."""
    return [i - 1 for i in occurrences(text, "overnment") if i > 0 and text[i - 1] in "Gg"]


def _adjective_char(c: str) -> bool:
    """A character `_ADJECTIVE` matches before its head: an ASCII letter or white space."""
    return "a" <= c <= "z" or "A" <= c <= "Z" or c.isspace()


def _possessive_char(c: str) -> bool:
    """A character `_POSSESSIVE` matches before its head: `\\w`, ".", an apostrophe, white
    space."""
    return is_word(c) or c in ".'’" or c.isspace()


def _starts_before(text: str, heads: list[int], inside: Callable[[str], bool]) -> Iterator[int]:
    """Where a match of `_ADJECTIVE` or `_POSSESSIVE` can start: a capital in the run of
    characters the pattern matches before a head (`inside`) that ends at the head. Each run
    is read back to the last head, whose own walk read what lies before it (a head is all
    letters), so no character is read twice."""
    last = 0
    for h in heads:
        r = h
        while r > last and inside(text[r - 1]):
            r -= 1
        yield from (p for p in range(r, h) if "A" <= text[p] <= "Z")
        last = h


def find_governments(found: Found, text: str) -> None:
    """Add a hit for each state's government the text names by its state. Each pattern is
    tried only where a match can start (`finditer_at`: the same matches as `finditer`, which
    tried `\\b` and the state's capital at every position of the document): `_ADJECTIVE`'s
    and `_POSSESSIVE`'s at a capital before a head, `_OF_STATE`'s at the head itself."""
    if "overnment" not in text:
        return
    heads = _heads(text)
    for pattern, starts in (
        (_ADJECTIVE, _starts_before(text, heads, _adjective_char)),
        (_POSSESSIVE, _starts_before(text, heads, _possessive_char)),
        (_OF_STATE, heads),
    ):
        for m in finditer_at(pattern, text, starts):
            state = _state(m.group("state"))
            if state is None:
                continue
            start = min(m.start("state"), m.start("head"))
            end = max(m.end("state"), m.end("head"))
            inside = _hits_within(found, start, end)
            if inside is None:
                continue
            cid = _government(found, state)
            # (not when found as written: "the Government of Russia")
            if all(h.cluster != cid for h in inside):
                _put(found, text, start, end, cid)

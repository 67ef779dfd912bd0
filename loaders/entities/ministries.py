"""A state's ministry named by the state and its field: "Japan's Defense Ministry", "the
Chinese foreign ministry", "Russia’s Defence Ministry".

The press names ministries this way far more often than by their official names, and in
lower case too. The written form resolves to the registry's ministry when one of its usual
spellings is registered ("Chinese Foreign Ministry", "Ministry of Foreign Affairs of China",
Defense/Defence alike); otherwise it is a new government body named "Ministry of <Field> of
<State>" with the written form as an alias. The state must be a registered state (a name
with "'s", or an adjective of one); its own mention stays (the state is named too).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kb.enums import EntityType
from loaders.entities.anchored import finditer_at, is_word, occurrences, space_start, word_start
from loaders.entities.found import Found, Hit
from loaders.entities.lexicon import STATE_ADJECTIVES
from loaders.entities.registry import Entry, registry

_FIELDS = {
    "foreign": "Foreign Affairs", "defense": "Defense", "defence": "Defence",
    "commerce": "Commerce", "finance": "Finance", "trade": "Trade", "economy": "Economy",
    "energy": "Energy", "justice": "Justice", "interior": "Interior", "health": "Health",
    "education": "Education", "agriculture": "Agriculture", "transport": "Transport",
    "culture": "Culture", "emergencies": "Emergency Situations",
}  # fmt: skip
_MINISTRY = re.compile(
    r"\b(?P<state>[A-Z][\w.-]*(?: [A-Z][\w-]*)?)(?P<poss>['’]s)?\s+"
    rf"(?P<field>(?i:{'|'.join(_FIELDS)}))\s+(?P<head>[Mm]inistry)\b"
)
# "Japan's Ministry of Defence", "China’s Ministry of National Defence": the official order
# after the state's name (a possessive only: "the Chinese Ministry of …" is read elsewhere).
_OFFICIAL_FIELDS = {
    "foreign affairs": "Foreign Affairs", "national defense": "National Defense",
    "national defence": "National Defence",
    **{k: v for k, v in _FIELDS.items() if k not in ("foreign", "trade")},
}  # fmt: skip
_MINISTRY_OF = re.compile(
    r"\b(?P<state>[A-Z][\w.-]*(?: [A-Z][\w-]*)?)(?P<poss>['’]s)\s+(?P<head>Ministry)\s+of\s+"
    rf"(?P<field>{'|'.join(f.title() for f in sorted(_OFFICIAL_FIELDS, key=len, reverse=True))})"
    r"(?![\w-]|\s+(?:and|of)\b)"
)


def _other_spelling(field: str) -> str:
    """The field in the other English spelling ("National Defence" / "National Defense")."""
    if "Defence" in field:
        return field.replace("Defence", "Defense")
    return field.replace("Defense", "Defence")


def _state(m: re.Match[str]) -> tuple[Entry, int] | None:
    """The state and where its name starts ("On Friday Japan's …": the last word alone)."""
    written = m.group("state")
    for word, at in (
        (written, m.start()),
        (written.split()[-1], m.end("state") - len(written.split()[-1])),
    ):
        key = word if m.group("poss") else STATE_ADJECTIVES.get(word, "")
        entry = registry().lookup(key) if key else None
        if entry is not None and entry.kind == "STATE":
            return entry, at
    return None


def _registered(state: Entry, field: str, adjective: str) -> Entry | None:
    reg = registry()
    fields = [field, _other_spelling(field)]
    short = [f for f in fields if f != "Foreign Affairs"] or ["Foreign"]
    if field == "Foreign Affairs":
        short = ["Foreign"]
    names = [state.name, *state.aliases]
    forms = [f"{adjective} {s} Ministry" for s in short]
    forms += [f"{n}'s {s} Ministry" for n in names for s in short]
    forms += [f"Ministry of {f} of {n}" for n in names for f in fields]
    forms += [f"Ministry of {f} of the {n}" for n in names for f in fields]
    for form in forms:
        entry = reg.lookup(form, EntityType.ORGANISATION)
        if entry is not None:
            return entry
    return None


def _take_over(found: Found, start: int, end: int) -> bool:
    """Free a span read before as an unregistered name lying wholly inside it (the bare
    "Ministry of Defence" of "Japan's Ministry of Defence"); False when something else holds it."""
    inside = [h for h in found.hits if h.start < end and start < h.end]
    if any(
        h.start < start or h.end > end or found.clusters[h.cluster].entry is not None
        for h in inside
    ):
        return False
    for h in inside:
        found.hits.remove(h)
        found.taken[h.start : h.end] = b"\0" * (h.end - h.start)
    for cid in {h.cluster for h in inside}:
        if not any(h.cluster == cid for h in found.hits):
            del found.clusters[cid]
    return True


def _run_start(text: str, end: int) -> int:
    """Where the run of word characters, stops and hyphens ending at `end` starts."""
    s = end
    while s > 0 and (is_word(text[s - 1]) or text[s - 1] in ".-"):
        s -= 1
    return s


def _state_starts(text: str, end: int) -> Iterator[int]:
    r"""Where a state named in one or two words (`[A-Z][\w.-]*(?: [A-Z][\w-]*)?`) ending at
    `end` can start: a capital in the run of word characters, stops and hyphens before `end`,
    or in the run before that one and a space."""
    r1 = _run_start(text, end)
    yield from (i for i in range(r1, end) if "A" <= text[i] <= "Z")
    if r1 > 0 and text[r1 - 1] == " ":
        r2 = _run_start(text, r1 - 1)
        yield from (i for i in range(r2, r1 - 1) if "A" <= text[i] <= "Z")


def _possessive_ends(text: str) -> Iterator[int]:
    """Every index of an "'s" or "’s"."""
    yield from occurrences(text, "'s")
    yield from occurrences(text, "’s")


_LONGEST_FIELD = max(map(len, _FIELDS))


def _ministry_starts(text: str) -> Iterator[int]:
    """Where a match of `_MINISTRY` can start: the state before white space, a field (one word
    of letters) and white space before "ministry" or "Ministry", its possessive or none."""
    for a in occurrences(text, "inistry"):
        j = space_start(text, a - 1)
        if a == 0 or j == a - 1:
            continue
        f = word_start(text, j, _LONGEST_FIELD)
        k = space_start(text, f) if f is not None else None
        if k is None or k == f:
            continue
        yield from _state_starts(text, k)
        if text[k - 2 : k] in ("'s", "’s"):
            yield from _state_starts(text, k - 2)


def find_ministries(found: Found, text: str) -> None:
    official_starts = (i for q in _possessive_ends(text) for i in _state_starts(text, q))
    official = [(m, _OFFICIAL_FIELDS) for m in finditer_at(_MINISTRY_OF, text, official_starts)]
    ministries = finditer_at(_MINISTRY, text, _ministry_starts(text))  # (all of their finditer)
    for m, fields in [(m, _FIELDS) for m in ministries] + official:
        located = _state(m)
        span = sorted((m.start("field"), m.end("field"), m.start("head"), m.end("head")))
        if located is None:
            continue
        if found.occupied(span[0], span[-1]) and (
            fields is _FIELDS or not _take_over(found, span[0], span[-1])
        ):
            continue
        state, start = located
        field = fields[m.group("field").lower()]
        adjective = next((a for a, s in STATE_ADJECTIVES.items() if s == state.name), state.name)
        entry = _registered(state, field, adjective)
        end = m.end()
        if entry is not None:
            cid = found.entry_cluster(entry)
        else:
            cid = found.named_cluster(
                EntityType.ORGANISATION, f"Ministry of {field} of {state.name}", "GOVERNMENT_BODY"
            )
        found.clusters[cid].aliases.add(text[start:end])
        found.add(Hit(start, end, cid))


# "General Director of Torgmall", "the CEO of Yadro": an executive's title, "of", and one or
# two capitalised words the document never writes in lower case: the company they run.
_EXECUTIVE_OF = re.compile(
    r"\b(?:General Director|Director General|Managing Director|Executive Director|CEO|"
    r"Chief Executive(?: Officer)?|Chairman of the Board|[Cc]hairman|[Cc]hairwoman|[Ff]ounder|"
    r"[Cc]o-founder|[Oo]wner)\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+)?)"
    r"(?![\w-]|\s+(?:of|for|and)\b|\s+[A-Z])"
)

# The titles `_EXECUTIVE_OF` opens on, as written in it (each case it allows).
_EXECUTIVE_TITLES = (
    "General Director", "Director General", "Managing Director", "Executive Director", "CEO",
    "Chief Executive", "Chairman of the Board", "Chairman", "chairman", "Chairwoman",
    "chairwoman", "Founder", "founder", "Co-founder", "co-founder", "Owner", "owner",
)  # fmt: skip


def find_executives_companies(found: Found, text: str, lower: set[str]) -> None:
    from loaders.entities.lexicon import NOT_NAME, PLACE_WORDS, common_word, name_lists
    from loaders.entities.tokens import DESCRIBED

    given = name_lists()[0]
    titles = (i for title in _EXECUTIVE_TITLES for i in occurrences(text, title))
    for m in finditer_at(_EXECUTIVE_OF, text, titles):  # (= finditer: it opens on a title)
        # ("founder of the London-based firm": no name)
        s, e = m.span("name")
        ws = m.group("name").split()
        if found.occupied(s, e) or registry().lookup(m.group("name")) is not None:
            continue
        if any(
            w in NOT_NAME or w in PLACE_WORDS or w in STATE_ADJECTIVES or w in given
            or w.lower() in lower or common_word(w) or DESCRIBED.search(w)
            for w in ws
        ):  # fmt: skip
            continue
        found.add(Hit(s, e, found.named_cluster(EntityType.ORGANISATION, m.group("name"),
                                                "COMPANY")))  # fmt: skip

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

from loaders.entities.lexicon import (
    CONNECTORS,
    HEAD_KINDS,
    HONORIFICS,
    LEADING_HEADS,
    LEADING_STOP,
    MULTINATIONAL,
    NOT_NAME,
    ORG_NOUNS,
    PLACE_WORDS,
    ROLE_NOUN_SET,
    ROLE_NOUNS,
    SPEECH_AFTER,
    SPEECH_BEFORE,
    STATE_ADJECTIVES,
    SURNAME_SUFFIX,
    TITLES,
    WEAK_INTERNATIONAL,
    is_pinyin,
    name_lists,
)
from loaders.entities.registry import registry

_TOKEN = re.compile(r"(?:[A-Z]\.){1,3}(?![a-z])|[^\W\d_][\w'’.-]*|&|\d+[A-Za-z]+\w*")
_ROLE_ALT = "|".join(sorted((re.escape(r) for r in ROLE_NOUNS), key=len, reverse=True))
_APPOSITION = re.compile(
    rf"^\s*(?:\(\s*(?:\d{{1,3}}|Head|head)\s*\))?\s*(?:,|—|–|-{{1,2}}|\s\(|:)\s*(?:(?:a|an|the|his|her|"
    rf"its|their|one\s+of\s+the|now|then|former|formerly|currently|also)\s+)*(?:[\w.'’-]+\s+){{0,4}}?"
    rf"(?:[\w]+-)?(?:{_ROLE_ALT})s?\b",
    re.I,
)
DEGREE_AFTER = re.compile(
    r"^\s*(?:\((?:Head|head)\))?\s*(?:,|—|–|-)\s*(?:Ph\.?\s?D|Dr\.?\s+(?:of|in)|Doctor\s+of|"
    r"Candidate\s+of|Prof\.?|Professor|Associate\s+Professor|Senior\s+Research|Research\s+Fellow|"
    r"Lead\s+Research|Chief\s+Research|Deputy|Director|Head|M\.?A\.?\b|MBA\b|D\.?Sc|Dr\.\s+in)",
)
_ROLE_BEFORE = re.compile(rf"(?:\b(?:{_ROLE_ALT})|[&'’]s?)\s*$", re.I)
LONE_SURNAME = re.compile(r"(?:ov|ova|ev|eva|sky|skiy|skaya|enko|vich|ovich|evich|yan|shvili|dze)$")
_AGE_AFTER = re.compile(r"^\s*\(\d{1,3}\)")
_ORG_ALT = "|".join(sorted((re.escape(r) for r in ORG_NOUNS), key=len, reverse=True))
_ORG_APPOSITION = re.compile(
    rf"^(?:'s|’s)?\s*,\s*(?:a|an|the|one\s+of\s+the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_ORG_ALT})\b"
    rf"(?!['’]s)"
    rf"|^\s+and\s+other\s+(?:[\w-]+\s+){{0,2}}(?:{_ORG_ALT})\b"
    rf"|^(?:'s|’s)\s+(?:(?:chief|deputy|managing|general|executive|founding)\s+)?(?:director|ceo|"
    rf"chairman|founder|spokesman|spokeswoman|owner|shareholders|board|executives|staff|"
    rf"employees|headquarters|subsidiary|shares|revenue|profits?)\b"
)
_ORG_BEFORE = re.compile(rf"\b(?:the|a|an)\s+(?:[\w-]+\s+)?(?:{_ORG_ALT})\s+$", re.I)
_PERSON_OF = re.compile(
    r"^\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}(?:University|Institute|"
    r"Centre|Center|Academy|Council|School|College|Foundation|Endowment|Ministry|Bank|Group|"
    r"Company|Agency|Service|Laboratory|Lab|Studies|Society|Club|Forum)\b"
)
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]{2,}\b")


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


def tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text, start, end):
        s, e, w = m.start(), m.end(), m.group(0)
        while (
            w
            and w[-1] in ".-'’"
            and not re.fullmatch(
                r"(?:[A-Z]\.)+|Mr\.|Mrs\.|Ms\.|Dr\.|"
                r"Prof\.|Jr\.|Sr\.|St\.|Gen\.",
                w,
            )
        ):
            w, e = w[:-1], e - 1  # fmt: skip
        if w.endswith(("'s", "’s")) and len(w) > 2:
            w, e = w[:-2], e - 2
        if w and s > 0 and text[s - 1] in "@#/.":
            continue  # inside a handle, hashtag, path or domain
        if w:
            out.append((s, e, w))
    return out


def _is_cap(w: str) -> bool:
    return w[:1].isupper() or w == "&"


def runs(text: str, start: int, end: int) -> list[list[tuple[int, int, str]]]:
    """Maximal runs of capitalised tokens separated by one space (connectors inside)."""
    toks = tokens(text, start, end)
    out: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    for i, tok in enumerate(toks):
        s, _, w = tok
        joined = bool(cur) and text[cur[-1][1] : s] in (" ", "-")
        if (_is_cap(w) and w != "&") or (
            w.lower() in CONNECTORS
            and cur
            and i + 1 < len(toks)
            and _is_cap(toks[i + 1][2])
            and text[tok[1] : toks[i + 1][0]] == " "
        ):
            if cur and not joined:
                out.append(cur)
                cur = []
            cur.append(tok)
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    cleaned = []
    for run in out:
        while run and run[-1][2].lower() in CONNECTORS:
            run = run[:-1]
        while run and (run[0][2].lower() in CONNECTORS or run[0][2] in LEADING_STOP):
            run = run[1:]
        if run:
            cleaned.append(run)
    return cleaned


def _head_kind(words: list[str]) -> str | None:
    kind = None
    for i, w in enumerate(words):
        k = HEAD_KINDS.get(w)
        if k is None:
            continue
        leading = (
            i == 0 and len(words) > 2 and words[1].lower() in CONNECTORS and w in LEADING_HEADS
        )
        trailing = i == len(words) - 1 and i > 0
        inner = 0 < i < len(words) - 1 and words[i + 1].lower() in ("of", "for", "on")
        if leading or trailing or inner:
            kind = k
            if w in WEAK_INTERNATIONAL and not MULTINATIONAL.search(" ".join(words)):
                kind = "OTHER"
            if leading or inner:
                return kind
    return kind


def _strip_title(
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


def _name_like(w: str, lower_words: set[str]) -> bool:
    return (
        w[:1].isupper()
        and w.lower() not in ROLE_NOUN_SET
        and w not in _HEADLINE_VERBS
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
    if len(words) >= 2:
        if words[0] in given or (len(words) == 2 and re.fullmatch(r"(?:[A-Z]\.){1,3}", words[0])):
            return 1
        if words[0] in surnames and all(is_pinyin(w) for w in words) and len(words) <= 3:
            return 1
        if len(words) == 2 and SURNAME_SUFFIX.search(words[1]) and len(words[1]) > 4:
            return 1
        if SPEECH_AFTER.match(after) or SPEECH_BEFORE.search(before) or _PERSON_OF.match(after):
            return 1
    return 0


def classify(text: str, run: list[tuple[int, int, str]], lower: set[str]) -> Candidate | None:
    """Type one run of capitalised tokens, or None without evidence."""
    words = [t[2] for t in run]
    kind = _head_kind(words)
    if kind == "RESEARCH_INSTITUTE" and "Institute" in words and words[-1] == "Technology":
        kind = "UNIVERSITY"  # "… Institute of Technology" is a university by convention
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
    if kind is not None and "of" in words:
        # "Dean of the Faculty of …", "Deputy Head of the Institute …": the role is not the name
        i = words.index("of")
        if i > 0 and not any(w in HEAD_KINDS for w in words[:i]) and _head_kind(words[i + 1 :]):
            rest = run[i + 1 :]
            while rest and rest[0][2].lower() in CONNECTORS:
                rest = rest[1:]
            return classify(text, rest, lower) if rest else None
    if kind is not None:
        return Candidate(run[0][0], run[-1][1], text[run[0][0] : run[-1][1]], "ORGANISATION", kind)
    s0, e0 = run[0][0], run[-1][1]
    if len(run) <= 4 and not _APPOSITION.match(text[e0 : e0 + 160]) and (
        _ORG_APPOSITION.match(text[e0 : e0 + 80]) or _ORG_BEFORE.search(text[max(0, s0 - 40) : s0])
    ) and all(t[2][:1].isupper() and t[2] not in NOT_NAME for t in run):  # fmt: skip
        return Candidate(s0, e0, text[s0:e0], "ORGANISATION", "COMPANY")
    titled_tail = _title_of_field(text, run, lower)
    if titled_tail is not None:
        return titled_tail
    body, title, title_start, state = _strip_title(run)
    # a title cannot introduce an organisation: the rest must be one person's name
    if not body or len(body) > 4 or any(t[2].lower() in CONNECTORS for t in body):
        return None
    names = [t[2] for t in body]
    titled = title_start is not None
    plain = all(
        _name_like(w, lower) or (titled and w[:1].isupper() and w not in NOT_NAME) for w in names
    )
    if not plain and not (len(names) > 1 and re.fullmatch(r"(?:[A-Z]\.)+", names[0])):
        return None
    s, e = body[0][0], body[-1][1]
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
        ):  # fmt: skip
            return Candidate(s, e, w, "ACTOR")
        return None
    evidence = person_evidence(text, s, e, names, lower)
    if evidence == 0:
        return None
    return Candidate(s, e, text[s:e], "ACTOR", strong=evidence == 2)


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


def lower_words(text: str) -> set[str]:
    """Words the document writes in lower case (so, common words rather than names)."""
    return set(_LOWER_WORD.findall(text))


_MONTHS = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)
# Capitalised verbs of title-case headlines ("Russia Has Opened Up …", "Would You Rate …").
_HEADLINE_VERBS = frozenset(
    [
        "Has",
        "Have",
        "Had",
        "Is",
        "Are",
        "Was",
        "Were",
        "Be",
        "Been",
        "Will",
        "Would",
        "Can",
        "Could",
        "Should",
        "May",
        "Might",
        "Must",
        "Do",
        "Does",
        "Did",
        "Make",
        "Makes",
        "Made",
        "Discuss",
        "Discusses",
        "Discussed",
        "Launch",
        "Launches",
        "Launched",
        "Rate",
        "Rates",
        "Say",
        "Says",
        "Said",
        "Warn",
        "Warns",
        "Warned",
        "Sign",
        "Signs",
        "Signed",
        "Call",
        "Calls",
        "Called",
        "Set",
        "Sets",
        "Plan",
        "Plans",
        "Planned",
        "Help",
        "Helps",
        "Host",
        "Hosts",
        "Hosted",
        "Open",
        "Opens",
        "Opened",
        "Create",
        "Creates",
        "Created",
        "Carrying",
        "Become",
        "Becomes",
        "Became",
        "Seek",
        "Seeks",
        "Want",
        "Wants",
        "Agree",
        "Agrees",
        "Agreed",
        "Expand",
        "Expands",
        "Boost",
        "Boosts",
        "Join",
        "Joins",
        "Joined",
        "Reach",
        "Reaches",
        "Reached",
        "Start",
        "Starts",
        "Started",
        "Take",
        "Takes",
        "Took",
        "Get",
        "Gets",
        "Got",
        "Hold",
        "Holds",
        "Held",
        "Meet",
        "Meets",
        "Met",
        "Begin",
        "Begins",
        "Began",
        "Turn",
        "Turns",
        "Face",
        "Faces",
        "Show",
        "Shows",
        "Showed",
        "Go",
        "Goes",
        "Went",
        "Restrictions",
        "How",
        "Why",
        "What",
        "Who",
        "When",
        "Where",
        "You",
        "We",
        "They",
        "It",
        "Our",
        "Your",
    ]
)


def _is_state(name: str) -> bool:
    entry = registry().lookup(name)
    return entry is not None and entry.kind == "STATE"


def _cut_headline(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep what follows the last headline verb, and stop before "on <Month>"."""
    for i, tok in enumerate(run):
        if tok[2] in ("on", "in") and i + 1 < len(run) and run[i + 1][2] in _MONTHS:
            run = run[:i]
            break
    last = max((i for i, t in enumerate(run) if t[2] in _HEADLINE_VERBS), default=-1)
    if last >= 0:
        run = run[last + 1 :]
    while run and (run[0][2].lower() in CONNECTORS or run[0][2] in LEADING_STOP):
        run = run[1:]
    while run and run[-1][2].lower() in CONNECTORS:
        run = run[:-1]
    return run


def split_chain(text: str, run: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Cut "Centre X of the Institute Y" at "of the"/"under the", and "X University and Y
    University" at "and", when both sides have their own head noun, so each organisation is
    its own candidate."""
    run = _cut_headline(run)
    for i, tok in enumerate(run):
        if tok[2] == "of" and i >= 2 and not any(t[2] in HEAD_KINDS for t in run[:i]):
            right = run[i + 1 :]
            if right and right[0][2] == "the":
                right = right[1:]
            if _head_kind([t[2] for t in right]) and all(t[2][:1].isupper() for t in run[:i]):
                return [run[:i], *split_chain(text, right)]  # "Andrei Bezrukov of MGIMO University"
        nested = tok[2] in ("of", "under") and i + 1 < len(run) and run[i + 1][2] == "the"
        joined = tok[2] in ("and", "&")
        if nested or joined:
            left, right = run[:i], run[i + (2 if nested else 1) :]
            lw, rw = [t[2] for t in left], [t[2] for t in right]
            if not left or not right or _is_state(" ".join(rw)):
                continue  # "… of the Russian Federation" stays in the name
            left_ok = _head_kind(lw) or (joined and len(lw) == 1 and lw[0].isupper())
            if left_ok and _head_kind(rw) and (nested or HEAD_KINDS.get(lw[-1])):
                return [*split_chain(text, left), *split_chain(text, right)]
            if joined and len(lw) == 1 and lw[0].isupper() and _head_kind(rw):
                return [*split_chain(text, left), *split_chain(text, right)]
    return [run] if run else []

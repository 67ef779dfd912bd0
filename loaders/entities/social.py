"""Written forms that are not prose names: Twitter handles, flag emoji, web domains.

Handles are typed person/organisation from evidence: the registry, the words around them
("this @x story" → organisation, "by @x & @y", "@x explains" → people), and the handle's own
shape (all capitals, "news"/"media"/"official"/"_ru" → organisation; a given name inside it →
person). Domains of cited outlets ("ft.com", "kommersant.ru/doc/…") become their media
organisations; flag emoji become their states.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.entities.anchored import finditer_at
from loaders.entities.lexicon import name_lists
from loaders.prefilter import gated

HANDLE = re.compile(r"(?<![\w@/.])@([A-Za-z0-9_]{1,30})(?![\w@])")
# Behind a literal prefilter (same matches; see loaders.prefilter): most texts lack the
# literal text these need, and the patterns are tried at every position.
HANDLE = gated(HANDLE)
FLAG = re.compile(r"[\U0001F1E6-\U0001F1FF]{2}")
_TLDS = (
    r"(?:com|ru|cn|org|net|uk|au|int|eu|io|gov|edu|fr|de|kz|by|ua|jp|in|info|news|tv|kr|tw|hk|"
    r"sg|ch|se|nl|pl|it|es|ca|us)"
)
_HOST_AFTER = r"(?=[/\s…?#:),;\"”]|$)"
HOST = re.compile(rf"(?<![\w@.-])(?:https?://)?((?:[a-z0-9-]+\.)+{_TLDS}){_HOST_AFTER}", re.I)
# Where a `HOST` match can end: the stop before its top-level domain. A literal stop first, so
# `re` jumps from stop to stop; `HOST` itself opens with a look-behind, tried at every
# character of a document.
_HOST_END = re.compile(rf"\.{_TLDS}{_HOST_AFTER}", re.I)
# The characters of a host's labels to `re` (`[a-z0-9.-]` with IGNORECASE: four non-ASCII
# letters fold to ASCII ones).
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
_HOST_CHARS |= frozenset("\u0130\u0131\u017f\u212a")
# Hosts that are platforms or link shorteners, not cited outlets.
PLATFORMS = frozenset(
    [
        "twitter.com",
        "x.com",
        "t.co",
        "youtube.com",
        "youtu.be",
        "facebook.com",
        "instagram.com",
        "linkedin.com",
        "bit.ly",
        "telegram.org",
        "t.me",
        "google.com",
        "goo.gl",
        "tinyurl.com",
        "threadreaderapp.com",
        "medium.com",
        "substack.com",
        "archive.org",
        "web.archive.org",
        "doi.org",
    ]
)
# Long markers are safe as substrings; short ones count only as whole words of the handle.
_ORG_MARKERS = re.compile(
    r"(?:news|media|times|daily|journal|press|officiel|official|oficial|ministry|embassy|"
    r"institute|center|centre|council|university|agency|endow|foundation|project|online|monitor|"
    r"channel|magazine|review|politics|business|markets|street|mission|chamber|global)",
    re.I,
)
_ORG_WORDS = frozenset(
    [
        "tv",
        "radio",
        "post",
        "gov",
        "mfa",
        "mid",
        "mod",
        "conf",
        "forum",
        "inst",
        "univ",
        "bank",
        "group",
        "corp",
        "inc",
        "club",
        "lab",
        "info",
        "party",
        "army",
        "navy",
        "org",
        "com",
        "ru",
        "en",
        "cn",
        "ua",
        "rf",
        "eu",
        "int",
        "russia",
        "china",
        "world",
    ]
)
_PERSON_HANDLE = re.compile(r"(?:reporter|journo|writer|correspondent)", re.I)
_ORG_AFTER = re.compile(
    r"^(?:'s|’s)?\s*(?:new\s+|recent\s+|latest\s+|great\s+|excellent\s+)?(?:report|story|piece|"
    r"article|paper|data|poll|survey|deep\s+dive|Q&A|project|website|team|podcast|editorial|"
    r"op-ed|analysis|investigation|coverage|interview|dispatch|explainer|stats|statistics|"
    r"figures|numbers|#)",
    re.I,
)
# "the @x fuel spill", "this @x piece": a handle after an article is an account of a body
# (people's accounts are not written with "the"); "that @x" is no cue: "I hear that @x may
# play a role" is the conjunction before a person as often as before a body.
_ORG_BEFORE = re.compile(r"(?:\bthe|\bthis|\bin|\bfor|\bvia|\bat|\bfrom|\bpolled\s+by|"
                         r"\bcredible|\bofficial|\breported\s+by)\s*$", re.I)  # fmt: skip
# "a question from @x", "a message from @x": what a person asks or sends, not a data source
_PERSON_FROM = re.compile(
    r"\b(?:questions?|messages?|repl(?:y|ies)|answers?|e-?mails?|comments?|calls?|letters?|"
    r"notes?|texts?|DMs?|tips?)\s+from\s*$",
    re.I,
)
# "a new job for @x", "the award for @x": a post or an honour given is given to a person
# (where "for @x" otherwise names the outlet one writes for: "his piece for @x").
_PERSON_FOR = re.compile(
    r"\b(?:job|role|post|position|appointment|promotion|portfolio|mandate|prize|award|medal|"
    r"congratulations|congrats)\s+for\s*$",
    re.I,
)
_PERSON_BEFORE = re.compile(
    r"(?:\bby|\bcolleagues?|\bfriends?|\bthanks\s+to|\bw/|\bagree\s+with|\bdisagree\s+with|"
    r"\bcongrats\s+to|\bwith\s+my|\bcc|\bdear|\bmy\s+co-?author)\s*$",
    re.I,
)
_PERSON_AFTER = re.compile(
    r"^(?:'s|’s)?\s*(?:explains|says|said|argues|argued|notes|noted|nails|writes|wrote|"
    r"rightly|rightfully|describes?|has\s+written|thinks|believes|points\s+out|tweeted|"
    r"and\s+I\b|&\s+I\b|reports|reported|in\s+(?:a|his|her)\s+(?:short\s+)?thread|"
    r"thread|observes|told|asks|recalls)",
    re.I,
)
_LIST_SEP = re.compile(r"^\s*(?:,|&|and|\+)\s*$")
# "@a, @b & @c story in @outlet": several handles credited with one piece in an outlet are
# its reporters (an outlet's story is not written by a list of outlets).
_REPORTERS = re.compile(
    r"^(?:'s|’s)?\s*(?:new\s+|recent\s+|latest\s+|great\s+|excellent\s+)?(?:story|piece|"
    r"report|article|scoop|investigation|reporting)\s+(?:in|for|at|on|from|by)\s+(?:the\s+)?@?[A-Z\w]",
    re.I,
)


@dataclass
class HandleHit:
    start: int
    end: int
    handle: str  # with the "@"
    org_votes: int = 0
    person_votes: int = 0


def _is_state(word: str) -> bool:
    from loaders.entities.registry import registry

    entry = registry().lookup(word)
    return entry is not None and entry.kind == "STATE" and len(word) > 3


# "eugene_rumer", "DmitriTrenin", "Sputnik24": underscores, a capital after a lower-case
# letter, a digit next to a letter
_HANDLE_WORD_BREAK = re.compile(r"_+|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
_NOT_LETTER = re.compile(r"[^A-Za-z]")
_CAPS_THEN_WORD = re.compile(r"[A-Z]{3,}[A-Z][a-z]")  # "TASSAgency"


def split_handle(handle: str) -> list[str]:
    """Words of a handle: "DmitriTrenin" → [Dmitri, Trenin], "eugene_rumer" → [eugene, rumer]."""
    body = handle.lstrip("@")
    parts = _HANDLE_WORD_BREAK.split(body)
    return [p for p in parts if p and not p.isdigit()]


def handle_person_name(handle: str) -> str | None:
    """A person's name spelled by a handle ("DmitriTrenin" → "Dmitri Trenin"), when one
    of two words is a known given name."""
    words = split_handle(handle)
    if len(words) != 2 or not all(w.isalpha() and len(w) > 1 for w in words):
        return None
    given, _ = name_lists()
    words = [w[:1].upper() + w[1:].lower() if w.islower() else w for w in words]
    if words[0] in given:
        return f"{words[0]} {words[1]}"
    if words[1] in given:
        return f"{words[1]} {words[0]}"
    return None


def shape_votes(handle: str) -> tuple[int, int]:
    """(organisation, person) evidence from the handle's spelling alone."""
    body = handle.lstrip("@")
    letters = _NOT_LETTER.sub("", body)
    org = person = 0
    if _PERSON_HANDLE.search(body):
        person += 2
    else:
        org += 2 * bool(_ORG_MARKERS.search(body))
        parts = split_handle(body)
        org += 2 * any(w.lower() in _ORG_WORDS or _is_state(w) for w in parts)
        org += any(len(w) >= 3 and w.isupper() for w in parts)  # "NPCIL_India"
    if len(letters) >= 2 and letters.isupper():
        org += 2
    if _CAPS_THEN_WORD.match(body) or body[:1].isdigit():
        org += 1
    if handle_person_name(handle):
        person += 2
    return org, person


# "data provided by @x", "published by @x": a source that provides or publishes is an
# organisation; "a report by @x" names an author, person or organisation alike (no vote).
_PROVIDED_BY = re.compile(
    r"(?:provided|published|compiled|released|collected|funded|commissioned|run|operated|owned|"
    r"maintained|issued)\s+by\s*$",
    re.I,
)
_WORK_BY = re.compile(r"(?:report|study|paper|analysis|research|data|dataset|survey)\s+by\s*$",
                      re.I)  # fmt: skip


def find_handles(text: str) -> list[HandleHit]:
    """Every @handle with context votes; handles listed together share their votes."""
    hits = [HandleHit(m.start(), m.end(), m.group(0)) for m in HANDLE.finditer(text)]
    for h in hits:
        before = text[max(0, h.start - 40) : h.start]
        after = text[h.end : h.end + 40]
        if _PERSON_FROM.search(before) or _PERSON_FOR.search(before):
            h.person_votes += 3
        elif _ORG_AFTER.match(after) or _ORG_BEFORE.search(before) or _PROVIDED_BY.search(before):
            h.org_votes += 3
        if _PROVIDED_BY.search(before) or _WORK_BY.search(before):
            pass
        elif _PERSON_BEFORE.search(before) or _PERSON_AFTER.match(after):
            h.person_votes += 3
    # "by @a & @b", "colleagues @a, @b and …": a list shares the evidence of its members
    groups: list[list[HandleHit]] = []
    for h in hits:
        if groups and _LIST_SEP.match(text[groups[-1][-1].end : h.start]):
            groups[-1].append(h)
        else:
            groups.append([h])
    for group in groups:
        if len(group) < 2:
            continue
        org = max(h.org_votes for h in group)
        person = max(h.person_votes for h in group)
        if _REPORTERS.match(text[group[-1].end : group[-1].end + 60]):
            org, person = 0, person + 5
            for h in group:
                h.org_votes = 0
        for h in group:
            h.org_votes, h.person_votes = max(h.org_votes, org), max(h.person_votes, person)
    return hits


def find_flags(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in FLAG.finditer(text)]


def host_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, host as written) of every `HOST` match, platforms included. The entity
    pass and the citations read the same document's hosts one after the other, so the last
    text's are kept (a `HOST` pass over a document is ~0.1 s over the 10x texts)."""
    if _last_hosts[0] is not text:
        found = finditer_at(HOST, text, _host_starts(text))
        spans = tuple((m.start(1), m.end(1), m.group(1)) for m in found)
        _last_hosts[:] = [text, spans]
    return _last_hosts[1]  # type: ignore[return-value]


def _host_starts(text: str) -> list[int]:
    """Every position where a `HOST` match can start. A match is a run of `_HOST_CHARS` after
    none of them (its look-behind excludes them all), ending at a `_HOST_END`, and perhaps
    "http://" or "https://" before the run: so the start of the run holding each stop
    `_HOST_END` finds, and 7 and 8 characters before it."""
    starts = []
    for m in _HOST_END.finditer(text):
        p = m.start()
        while p > 0 and text[p - 1] in _HOST_CHARS:
            p -= 1
        starts += (p, p - 7, p - 8) if p >= 8 else (p, p - 7) if p >= 7 else (p,)
    return starts


# The last text `host_spans` read, and its hosts (the text is held, so `is` cannot match a
# new string at a reused address).
_last_hosts: list[object] = [None, ()]


def find_hosts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, host) of every web address or bare domain, platforms excluded."""
    out = []
    for s, e, written in host_spans(text):
        host = written.lower().removeprefix("www.")
        if host in PLATFORMS or any(host.endswith("." + p) for p in PLATFORMS):
            continue
        out.append((s, e, written))
    return out

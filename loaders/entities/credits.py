"""Credit lines: who took a picture and for which agency, who wrote a piece.

Pages keep credit lines that prose rules do not read as names, because they are not prose:

- photo credits: "[Anna Smith/Pool via Reuters]", "Mark Jones | AFP | Getty Images",
  "(Photo: Anna Smith/EPA-EFE)", "Photo credit: Anna Smith", a caption's closing
  "… to China. Photo: ANNA SMITH / TASS/AFP/File". The first part shaped like a
  person's name (two or three capitalised words, none a registered organisation or a common
  word such as "Pool") is the photographer; the other parts that the registry knows are the
  agencies ("AFP", "Getty Images"); unknown parts are left alone ("Russian State Media");
- bylines labelled on their own line: "Author : Anna Smith", "Written by Anna Smith and
  Li Wei", "Words by …".

The reader keeps bylines it recognises out of the text; a credit line it drops is in
``Document.meta["credits"]`` and is resolved like an author (no offsets, see
:func:`credited_entities`).
"""

from __future__ import annotations

import re

from kb.enums import EntityType
from loaders.entities.found import Found, Hit
from loaders.entities.lexicon import HEAD_KINDS, NOT_NAME
from loaders.entities.registry import Entry, registry

# One credit: parts joined by "/", "|" or " via ", inside brackets or on a line of its own.
_PART = r"[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3}"
_LABEL = r"(?i:photo|image|picture|illustration)s?\s*(?i:credit)?\s*(?::|(?i:by))\s*"
_CREDIT = re.compile(
    rf"(?:\[(?:{_LABEL})?|\((?:{_LABEL})?|^(?:{_LABEL})?|(?<=[.!?] )(?:{_LABEL})?)"
    rf"(?P<body>{_PART}(?:\s*(?:/|\||\bvia\b)\s*{_PART}){{1,3}})"
    # (a caption may follow: "AFP/Anna Smith - A refinery"; or the story's "Source: AFP")
    rf"(?=\]|\)|\s*$|\s+[-–—]\s|\s+(?i:source|credit)s?\s*:)",
    re.M,
)
# What every credit holds: a separator, then the capital opening the next part (`\bvia` as
# "v" not after a word character: each branch opens with a literal, which `re` jumps to).
# Most short texts have none, and `_CREDIT`, tried at every character, is not searched in
# them; a long text nearly always has one (a link's "/News"), so this saves little.
_CREDIT_GATE = re.compile(r"(?:/|\||v(?<!\wv)ia\b)\s*[A-Z]")
_LEADING_LABEL = re.compile(rf"^{_LABEL}")
_LABELLED = re.compile(
    r"^(?:Photo|Image|Picture)s?\s*(?i:credit)?\s*:\s*(?P<body>" + _PART + r")\s*\.?\s*$", re.M
)
_BYLINE = re.compile(
    r"^(?:Authors?|Written by|Words by|Text by|Reporting by|Story by)\s*[:|–—-]?\s*"
    rf"(?P<names>{_PART}(?:\s*(?:,|and|&)\s*{_PART}){{0,3}})\s*$",
    re.M,
)
# A wire story's closing credit in brackets: "(Reporting by Anna Smith in Moscow; Editing by
# Tom Brown and Li Wei)". Each "by" names people, listed with commas or "and".
_WIRE = re.compile(
    r"\((?P<body>(?:Additional )?(?i:reporting|writing|editing|compiled|edited|written)"
    r" by [^()\n]{3,200})\)"
)
# A credit's next role may follow a name without a ";" ("(Writing by Anna Smith Editing by Li
# Wei)"): a name's words stop before a credit role.
_ROLE_WORD = r"(?:Additional|Reporting|Writing|Editing|Edited|Written|Compiled|Photos?)\b"
_WIRE_PART = rf"[A-Z][\w.'’-]*(?:[ -](?!{_ROLE_WORD})[A-Z][\w.'’-]*){{0,3}}"
_WIRE_BY = re.compile(
    rf"\bby\s+(?P<names>{_WIRE_PART}(?:\s*(?:,|\band\b|&)\s*{_WIRE_PART}){{0,4}})"
)
_SPLIT = re.compile(r"\s*(?:/|\||\bvia\b)\s*")
_NAMES = re.compile(r"\s*(?:,|\band\b|&)\s*")


def person_shaped(name: str) -> bool:
    """Two to four capitalised words (a credit's photographer or a byline's author), none a
    head noun of organisations nor a word that never names ("State", "News"), and not a
    registered entity name."""
    words = name.split()
    if not 2 <= len(words) <= 4 or registry().lookup(name) is not None:
        return False
    return all(
        w[:1].isupper() and w[1:2].islower() and w not in NOT_NAME and w not in HEAD_KINDS
        for w in words
    )


def _parts(body: str, start: int) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for piece in _SPLIT.split(body):
        i = body.index(piece, at)
        at = i + len(piece)
        if piece:
            out.append((start + i, start + at, piece))
    return out


def _cased(part: str) -> str:
    """A credit in capitals ("REUTERS/ANNA SMITH") names its photographer in title case."""
    return part.title() if part.isupper() and " " in part else part


# A caption whose credit the page glued to its last word: "The council in sessionAFP". (The
# look-behind after the first capital, not before it: `re` then jumps from capital to capital
# instead of trying the pattern at every character; the same matches, 3 times faster.)
_GLUED = re.compile(r"(?P<ag>[A-Z](?<=[a-z][A-Z])[A-Z]{1,5})[ \t]*$", re.M)


def _agency(name: str) -> Entry | None:
    entry = registry().lookup(name, EntityType.ORGANISATION)
    return entry if entry is not None and entry.kind in ("MEDIA", "COMPANY") else None


def find_credits(found: Found, text: str) -> None:
    """Photographers, agencies and labelled bylines, as hits where the text is still free."""
    for m in _CREDIT.finditer(text) if _CREDIT_GATE.search(text) else ():
        parts = _parts(m.group("body"), m.start("body"))
        if not any(_agency(p) for _, _, p in parts):
            continue  # "Xi/Putin" is no credit: one part must be a known agency
        person_done = False
        for s, e, part in parts:
            entry = _agency(part)
            if entry is not None:
                if not found.occupied(s, e):
                    found.add(Hit(s, e, found.entry_cluster(entry)))
            elif not person_done and person_shaped(_cased(part)) and not found.occupied(s, e):
                found.add(Hit(s, e, found.named_cluster(EntityType.ACTOR, _cased(part))))
                person_done = True
    for m in _GLUED.finditer(text):
        s, e = m.span("ag")
        entry = _agency(m.group("ag"))
        if entry is not None and entry.kind == "MEDIA" and not found.occupied(s, e):
            found.add(Hit(s, e, found.entry_cluster(entry)))
    for m in _LABELLED.finditer(text):
        s, e = m.span("body")
        if person_shaped(m.group("body")) and not found.occupied(s, e):
            found.add(Hit(s, e, found.named_cluster(EntityType.ACTOR, m.group("body"))))
    for w in _WIRE.finditer(text):
        for m in _WIRE_BY.finditer(text, w.start("body"), w.end("body")):
            _byline_names(found, text, m)
    for m in _BYLINE.finditer(text):
        _byline_names(found, text, m)


def _byline_names(found: Found, text: str, m: re.Match[str]) -> None:
    """The people a byline's ``names`` group lists, where the text is still free."""
    at = m.start("names")
    for piece in _NAMES.split(m.group("names")):
        if not piece:
            continue
        s = text.index(piece, at)
        at = e = s + len(piece)
        if person_shaped(piece) and not found.occupied(s, e):
            found.add(Hit(s, e, found.named_cluster(EntityType.ACTOR, piece)))


def credited_entities(line: str) -> tuple[list[str], list[Entry]]:
    """(photographers, agencies) of a credit line the reader kept out of the text."""
    people: list[str] = []
    agencies: list[Entry] = []
    body = _LEADING_LABEL.sub("", line.strip().strip("[]()"))
    for _, _, part in _parts(body, 0):
        entry = _agency(part)
        if entry is not None:
            agencies.append(entry)
        elif not people and person_shaped(_cased(part)):
            people.append(_cased(part))
    return (people, agencies) if agencies else ([], [])

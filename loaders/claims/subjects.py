"""Where the subject of a speech verb is when it is not right before it.

- An apposition between subject and verb: "At the same time, Peter Harrell, who served
  as …, said" / "A is B, Ke Jin, an executive at C, said" / "Mr. Putin's spokesman, Dmitri
  S. Peskov, said" (:func:`apposed_subject`).
- A relayed source: "ANI, citing The Intercept, reported" → The Intercept.
- A list of names: "As @a, B & C point out" (:data:`NAME_LIST`, :data:`LIST_ITEM_BEFORE`).
- A coordinated verb: "Xi praised A, touted B, and promised C" (:data:`OPENING_SUBJECT`).

Text rules only, used by :mod:`loaders.claims.attribution`.
"""

from __future__ import annotations

import re

from loaders.claims.coref import is_role_word
from loaders.claims.patterns import PERSON_NAME

# The words opening an apposition ("a fellow at …", "who served as …", "chairman of …").
_APPOSITION = re.compile(
    r"^\s*(?:an?\b|the\b|who\b|whose\b|which\b|one\s+of\b|[a-z]|(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"(?:of|at|for|in)\b|[A-Z][\w-]*\s+and\s+(?:former|then|current)\b)"
)
# An opening adverbial, never a subject: "At the same time", "Previously", "After the talks".
_ADVERBIAL = re.compile(
    r"^\s*(?:(?:at|in|on|after|before|during|since|for|with|by|from|under|following|"
    r"amid|despite|earlier|later|meanwhile|previously|separately|still|however|moreover|"
    r"also|yet|instead|now|then|today|yesterday|commenting|speaking)\b)",
    re.IGNORECASE,
)


def apposed_subject(left: str) -> tuple[int, int] | None:
    """In "…, NAME, APPOSITION," the NAME segment before the apposition, else None."""
    parts = list(_COMMA_PART.finditer(left))
    if len(parts) < 2:
        return None
    last, prev = parts[-1], parts[-2]
    if PERSON_NAME.fullmatch(last.group(0).strip()):
        opening = prev.group(0).split()[:1]
        if _titles(prev.group(0)) or (
            # "China's chief diplomat, chief of staff of the Foreign Affairs Commission of
            # the CPC Central Committee, Wang Yi, said": a role opening the piece
            opening and opening[0].islower() and is_role_word(opening[0])
        ):
            # "Mr. Putin's spokesman, Dmitri S. Peskov, said" / "the head of the X
            # council, Anna Kim, told …"
            return last.start(), last.end()
        if (
            len(parts) >= 3
            and _NAME_PIECE.fullmatch(prev.group(0).strip())
            and _titles(parts[-3].group(0))
        ):
            # "A spokesperson for Russia's state gas company, Gazprom, Sergei K., said": the
            # body's name is an apposition inside the title
            return last.start(), last.end()
        return None
    cited = _CITING.match(last.group(0))
    if cited and len(parts) >= 2:  # "ANI, citing The Intercept, reported": the original source
        return last.start() + cited.start(1), last.start() + cited.end(1)
    i = len(parts) - 1
    k = i
    while k > 0 and _NAME_PIECE.fullmatch(parts[k].group(0).strip()):
        k -= 1  # "X, director at the Ministry of Roads, Transport and Ports, said"
    # the name's own commas ("… of Roads, Transport and Ports"), or the name of the body an
    # apposition describes ("the CEO of Russia's space agency, Roscosmos"): one apposition
    named = _NAME_END.search(parts[k].group(0)) or k == i - 1
    if k < i and _is_apposition(parts[k].group(0)) and named:
        i = k
    while i >= 0 and _is_apposition(parts[i].group(0)):
        i -= 1  # "X, director of the Institute, which hosts the center, says"
    if i < 0 or i == len(parts) - 1:
        return None
    subject = _CONJ.sub("", parts[i].group(0).strip())
    if (
        not subject
        or len(subject.split()) > 8
        or (_ADVERBIAL.match(subject) and not _NAME_START.match(subject))
    ):
        return None
    end = parts[i].end()
    return end - len(subject) - (len(parts[i].group(0)) - len(parts[i].group(0).rstrip())), end


# A comma piece of a body's long name ("Transport", "Construction and Urban Development"):
# capitalised words, with "and"/"of"/"the" between them; and a piece ending on a name.
_NAME_PIECE = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:(?:and|of|the|for|&)\s+)*[A-Z][\w'’-]*){0,5}"
    r"|(?:and|&)\s+[A-Z][\w'’-]*(?:\s+(?:(?:of|the|for)\s+)*[A-Z][\w'’-]*){0,5}"
)
_NAME_END = re.compile(r"\b(?:of|for|and)\s+(?:the\s+)?[A-Z][\w'’-]*\s*$")


def _titles(segment: str) -> bool:
    """A comma piece that is a person's title: ending on a role word, or a role phrase; after
    a dateline's dash ("Aug 15 (XINHUA) – China's new ambassador to Russia") the title."""
    segment = _DATELINE_DASH.split(segment)[-1]
    words = segment.split()
    return bool(words) and (is_role_word(words[-1]) or _role_phrase(segment))


_DATELINE_DASH = re.compile(r"\s[–—-]+\s")
_ROLE_OF = re.compile(
    r"^\s*(?:(?i:the|a|an)|[A-Z][\w.-]*['’]s)\s+(?P<head>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+"
    r"(?:of|at|for|in|to|with)\s"
)


def _role_phrase(segment: str) -> bool:
    """ "the head of the regional council", "a deputy chair at the bank", "The Russian
    ambassador in Beijing", "China's envoy to the EU": a role, then whose or where."""
    m = _ROLE_OF.match(segment)
    return m is not None and any(is_role_word(w) for w in m.group("head").split())


# A possessive role: "Russia's trade envoy", "Gazprom's chief executive", "China's Trade
# Representative to Chile" (a role word among its first words, no verb).
_POSSESSIVE_ROLE = re.compile(r"^\s*[A-Z][\w.-]*['’]s\s+(?P<head>(?:[\w'’-]+\s+){0,3}[\w'’-]+)")


def _is_apposition(segment: str) -> bool:
    """ "a fellow at …", "who served as …", "director of …", "Russia's trade envoy"; not
    "and B" nor a clause."""
    owned = _POSSESSIVE_ROLE.match(segment)
    if (
        owned is not None
        and any(is_role_word(w) for w in owned.group("head").split())
        and not _FINITE.search(segment)
    ):
        return True
    if not _APPOSITION.match(segment) or _CONJUNCTION.match(segment):
        return False
    relative = _RELATIVE.match(segment) is not None
    return relative or not _FINITE.search(segment)


_CITING = re.compile(
    r"^\s*(?:citing|quoting)\s+(?:the\s+)?(?:newspaper\s+|outlet\s+)?([^,]*\w)\s*$"
)
_FINITE = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|can|could)\b")
_COMMA_PART = re.compile(r"[^,]+")
_CONJUNCTION = re.compile(r"\s*(?:and|or|but|as)\b")
_RELATIVE = re.compile(r"\s*(?:who|whose|which)\b")
_CONJ = re.compile(r"^(?:but|and|yet|so|however|meanwhile|still|while)\s+", re.IGNORECASE)
_NAME_START = re.compile(r"^(?:@\w|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+\b(?!\s+[a-z]))")


# A sentence opening with a name and a past-tense verb: "Xi praised …", "Li Wen welcomed …".
OPENING_SUBJECT = re.compile(r"^((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})\s+[a-z]+ed\b")
_LIST_NAME = r"(?:@\w+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
NAME_LIST = re.compile(rf"\s*{_LIST_NAME}(?:\s*(?:,|&|\band\b)\s*{_LIST_NAME})+\s*")
LIST_ITEM_BEFORE = re.compile(rf"(?<![\w@])(?P<item>{_LIST_NAME})\s*,\s*$")

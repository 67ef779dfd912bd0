"""Qualifiers of a number: EXACT, APPROXIMATE ("almost", "about"), MORE_THAN ("over",
"exceeded", "at least"), LESS_THAN ("up to", "less than"), read from the words right before
the number (or right after: "40+", "or more")."""

from __future__ import annotations

import re

from loaders.leading import led
from loaders.prefilter import gated

_BEFORE = re.compile(
    r"(?:(?P<approx>almost|nearly|about|around|approximately|approx\.|roughly|some|circa|"
    r"ca\.|an\s+estimated|estimated|close\s+to|an\s+approximate|~|≈|±)"
    r"|(?P<less>up\s+to|less\s+than|fewer\s+than|under|below|at\s+most|no\s+more\s+than|"
    r"not\s+more\s+than|just\s+under|a\s+maximum\s+of|maximum\s+of|<|≤)"
    r"|(?P<more>more\s+than|over|exceeded|exceeding|exceeds|exceed|at\s+least|above|"
    r"in\s+excess\s+of|upwards\s+of|just\s+over|surpassed|topped|a\s+minimum\s+of|"
    r"minimum\s+of|>|≥))\s*(?:the\s+)?(?:mark\s+of\s+)?$",
    re.I,
)
# Same matches behind the literal prefilter (loaders.prefilter; most numbers have no
# qualifier) and a look-ahead for the first characters (loaders.leading).
_BEFORE = gated(led(_BEFORE))
_AFTER = re.compile(
    r"(?P<more>\+|\s+or\s+more|\s+and\s+more|\s+plus)(?![\w])|(?P<approx>\s+or\s+so)\b", re.I
)


_PLUS = re.compile(r"[0-9]\+")


def qualifier(text: str, start: int, end: int) -> str:
    """The qualifier of the number at text[start:end]."""
    m = _BEFORE.search(text, max(0, start - 40), start)
    if (m and m.end() == start) or (m and not text[m.end() : start].strip()):
        if m.group("approx"):
            return "APPROXIMATE"
        return "LESS_THAN" if m.group("less") else "MORE_THAN"
    if _PLUS.search(text[start:end]):  # "10+ years"
        return "MORE_THAN"
    a = _AFTER.match(text, end)
    if a:
        return "MORE_THAN" if a.group("more") else "APPROXIMATE"
    return "EXACT"

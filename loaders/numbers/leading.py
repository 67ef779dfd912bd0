"""The characters a pattern's match can start with, to put a cheap test in front of it.

Python's `re` finds no fast start for a pattern that opens with a look-behind, a `\\b` or a
case-insensitive alternation of words: it runs the whole opening at every position of the
text. A look-ahead for the first character a match consumes, `(?=[…])`, costs one character
test at a position where no match can start; :func:`first_chars` reads that set off the
pattern's syntax tree (look-arounds and `\\b` consume nothing and are skipped), so the
look-ahead is always implied by the pattern and the matches stay the same.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_Ranges = set[tuple[int, int]]


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class body ("0-9a-f\\-") holding every character a match of `pattern`
    (compiled with `flags`) can start with, for a class compiled with the same flags; None
    when that is not known (a match may be empty, start with `\\w`, `.`, a negated class, or
    change case rules inside)."""
    tree = sre_parse.parse(pattern, flags)
    found = _sequence(list(tree))
    if not found:
        return None
    return "".join(
        re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
        for lo, hi in sorted(found)
    )


def _sequence(items: list[tuple[Any, Any]]) -> _Ranges | None:
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        return _item(op, av)
    return None  # only zero-width items: the match may be empty


def _item(op: Any, av: Any) -> _Ranges | None:
    if op is sre.LITERAL:
        return {(av, av)}
    if op is sre.IN:
        ranges: _Ranges = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                ranges.add((value, value))
            elif kind is sre.RANGE:
                ranges.add(value)
            else:  # NEGATE, CATEGORY (\w, \s, \d): not a few characters
                return None
        return ranges
    if op is sre.SUBPATTERN:
        _group, add, remove, sub = av
        if (add | remove) & re.IGNORECASE:  # "(?i:…)": the class would read case otherwise
            return None
        return _nonempty(sub)
    if op is sre.ATOMIC_GROUP:
        return _nonempty(av)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _nonempty(sub) if low >= 1 else None
    if op is sre.BRANCH:
        found: _Ranges = set()
        for alternative in av[1]:
            each = _nonempty(alternative)
            if each is None:
                return None
            found |= each
        return found
    return None


def _nonempty(sub: Any) -> _Ranges | None:
    """The first characters of a sub-pattern that cannot match empty text (one that can
    lets the next item start the match, which this module does not follow)."""
    if sub.getwidth()[0] == 0:
        return None
    return _sequence(list(sub))

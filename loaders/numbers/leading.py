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
from re import _compiler as sre_compile  # type: ignore[attr-defined]
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
    found, may_be_empty = _first(list(tree))
    if not found or may_be_empty:
        return None
    return "".join(
        re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
        for lo, hi in sorted(found)
    )


def _first(items: list[tuple[Any, Any]]) -> tuple[_Ranges | None, bool]:
    """The characters a match of a sequence can start with (None: not known) and whether it
    can match empty text: an optional item ("(?:from\\s+)?") lets the next one start it."""
    found: _Ranges = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        first, may_be_empty = _item(op, av)
        if first is None:
            return None, False
        found |= first
        if not may_be_empty:
            return found, False
    return found, True


def _item(op: Any, av: Any) -> tuple[_Ranges | None, bool]:
    if op is sre.LITERAL:
        return {(av, av)}, False
    if op is sre.IN:
        ranges: _Ranges = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                ranges.add((value, value))
            elif kind is sre.RANGE:
                ranges.add(value)
            else:  # NEGATE, CATEGORY (\w, \s, \d): not a few characters
                return None, False
        return ranges, False
    if op is sre.SUBPATTERN:
        _group, add, remove, sub = av
        if (add | remove) & re.IGNORECASE:  # "(?i:…)": the class would read case otherwise
            return None, False
        return _first(list(sub))
    if op is sre.ATOMIC_GROUP:
        return _first(list(av))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, sub = av
        first, may_be_empty = _first(list(sub))
        return first, may_be_empty or low == 0
    if op is sre.BRANCH:
        found: _Ranges = set()
        any_empty = False
        for alternative in av[1]:
            first, may_be_empty = _first(list(alternative))
            if first is None:
                return None, False
            found |= first
            any_empty = any_empty or may_be_empty
        return found, any_empty
    return None, False


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def led(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` behind a look-ahead for the characters its matches start with (same matches,
    groups and flags), or `rx` itself when they are not known."""
    tree = sre_parse.parse(rx.pattern, rx.flags)
    if tree.data and tree.data[0][0] in (sre.LITERAL, sre.IN):
        return rx  # it opens with its first character: `re` tests that as cheaply
    if sre_compile._get_literal_prefix(tree, rx.flags)[0] or sre_compile._get_charset_prefix(
        tree, rx.flags
    ):
        return rx  # `re` skips to where its opening text or character is found, faster
    chars = first_chars(rx.pattern, rx.flags)
    if chars is None or _GLOBAL_FLAGS.match(rx.pattern):  # (flags must open the pattern)
        return rx
    return re.compile(f"(?=[{chars}])(?:{rx.pattern})", rx.flags)

"""The characters a pattern's match can start with, to put a cheap test in front of it.

Python's `re` finds no fast start for a pattern that opens with a look-behind, a `\\b` or a
case-insensitive alternation of words: it runs the whole opening at every position of the
text. A look-ahead for the first character a match consumes, `(?=[…])`, costs one character
test at a position where no match can start; :func:`first_chars` reads that set off the
pattern's syntax tree (look-arounds and `\\b` consume nothing and are skipped), so the
look-ahead is always implied by the pattern and the matches stay the same. :func:`led`
puts it in front of a compiled pattern where it pays: not when `re` already starts the
pattern fast (a literal prefix, a leading character or class), nor when any word may start
a match (the look-ahead would pass nearly everywhere in prose).
"""

from __future__ import annotations

import re
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from loaders import regex_cache

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_Ranges = set[tuple[int, int]]


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class body ("0-9a-f\\-") holding every character a match of `pattern`
    (compiled with `flags`) can start with, for a class compiled with the same flags; None
    when that is not known (a match may be empty, start with `\\w`, `.`, a negated class, or
    change case rules inside). Kept between processes (`loaders.regex_cache.remembered`)."""
    return regex_cache.remembered(
        "first", _VERSION, pattern, flags, lambda: _first_chars(pattern, flags), _str_or_none
    )


def _str_or_none(answer: Any) -> bool:
    return answer is None or isinstance(answer, str)


def _first_chars(pattern: str, flags: int) -> str | None:
    found = _first_ranges(pattern, flags)
    return None if found is None else _class_body(found)


def _class_body(found: _Ranges) -> str:
    return "".join(
        re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
        for lo, hi in sorted(found)
    )


def _first_ranges(pattern: str, flags: int) -> _Ranges | None:
    found, may_be_empty = _first(list(sre_parse.parse(pattern, flags)))
    return None if not found or may_be_empty else found


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


_VERSION = regex_cache.source_version(__file__)  # of the analysis, for its kept answers
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def led(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` behind a look-ahead for the characters its matches start with (same matches,
    groups and flags), or `rx` itself when they are not known. What the look-ahead holds
    is kept between processes (`loaders.regex_cache.remembered`)."""
    chars = regex_cache.remembered(
        "led", _VERSION, rx.pattern, rx.flags, lambda: lead_chars(rx), _str_or_none
    )
    return rx if chars is None else re.compile(f"(?=[{chars}])(?:{rx.pattern})", rx.flags)


def lead_chars(rx: re.Pattern[str]) -> str | None:
    """What `led` puts in its look-ahead's class, or None where it leaves `rx` alone."""
    tree = sre_parse.parse(rx.pattern, rx.flags)
    if tree.data and tree.data[0][0] in (sre.LITERAL, sre.IN):
        return None  # it opens with its first character: `re` tests that as cheaply
    if sre_compile._get_literal_prefix(tree, rx.flags)[0] or sre_compile._get_charset_prefix(
        tree, rx.flags
    ):
        return None  # `re` skips to where its opening text or character is found, faster
    found = _first_ranges(rx.pattern, rx.flags)
    if found is None or _GLOBAL_FLAGS.match(rx.pattern):  # (flags must open the pattern)
        return None
    letters = sum(
        1 for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" if _holds(found, c)
    )
    if letters >= 26:  # any word may start a match: the look-ahead would pass at most words
        return None  # and cost more than it saves (10x's model names: 0.076 -> 0.090 s)
    return _class_body(found)


def _holds(ranges: _Ranges, char: str) -> bool:
    return any(lo <= ord(char) <= hi for lo, hi in ranges)

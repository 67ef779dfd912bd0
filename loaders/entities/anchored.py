"""Whole-document patterns run only where they can start.

A pattern such as "<state> customs" or "<plural noun>, such as …" is searched from every
character of a document by `finditer`, though it matches only next to a rare literal
(" customs", " such as "). When every place a match can start is known from the literal's
occurrences, `finditer_at` tries the pattern there alone and yields the same matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def finditer_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, given `starts`: a superset of the positions where a match of
    `pattern` in `text` can start (any order, repeats allowed). `pattern` must match no empty
    string. The matches are tried at those positions in order, each from the end of the last
    one found (leftmost, non-overlapping, as `finditer`); `match` at a position sees the whole
    text, so look-behinds and `\\b` read the characters before it as in a search."""
    end = 0
    for s in sorted(set(starts)):
        if s < end:
            continue
        m = pattern.match(text, s)
        if m is not None:
            yield m
            end = m.end()


def finditer_not_after(pattern: re.Pattern[str], text: str, also: str) -> Iterator[re.Match[str]]:
    r"""`re.finditer(rf"(?<![\w{also}])(?:{pattern.pattern})", text)`, the look-behind tested
    on each match of `pattern` (the search goes on one character after a match it rejects):
    a pattern opening on a look-behind is tried at every character, one opening on its
    alternatives' first letters only where `re` finds them (3 times faster for a list of
    names). `pattern` must match no empty string; `also` holds no "]" nor "\\"."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        s = m.start()
        if s and (text[s - 1].isalnum() or text[s - 1] == "_" or text[s - 1] in also):  # (\w)
            pos = s + 1
            continue
        yield m
        pos = m.end()


def occurrences(text: str, literal: str) -> Iterator[int]:
    """Every index where `literal` occurs in `text` (overlapping ones too)."""
    i = text.find(literal)
    while i >= 0:
        yield i
        i = text.find(literal, i + 1)


def word_start(text: str, end: int, longest: int) -> int | None:
    """Where the run of word characters (`\\w`: `str.isalnum()` or "_") ending at `end` starts,
    or None when it is empty or longer than `longest` characters."""
    s = end
    while s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
        s -= 1
        if end - s > longest:
            return None
    return s if s < end else None


def is_word(c: str) -> bool:
    """Is `c` a word character to `re` (`\\w` in a str pattern)?"""
    return c.isalnum() or c == "_"


def space_start(text: str, end: int) -> int:
    """Where the run of white space (`\\s`: `str.isspace()`) ending at `end` starts."""
    s = end
    while s > 0 and text[s - 1].isspace():
        s -= 1
    return s

"""A long alternation of words written so that `re` picks its branch in a few steps.

`re` tries the alternatives of `(?:say|says|said|…)` one by one at every position it
searches from: for a lexicon of a few hundred verbs that is a few hundred first-character
tests per word of every sentence. :func:`ordered_alternation` writes the same alternation as
a tree of the words' shared beginnings (`s(?:a(?:y(?:s|)|id)|…)`), so one test per character
rules out every word that does not start with it.

The tree keeps the alternation's *order*, so every match, and every group a caller wraps
around it, stays what `"|".join(map(re.escape, words))` gives: `re` takes the first
alternative that lets the rest of the pattern match, and only alternatives that can match
the same character are ever merged, in their original order. Two alternatives compete at a
position only when they start with the same character (a letter in either case when the
pattern ignores case), so grouping the words by their first character — each group in the
order of its first word, each group's words in their own order — tries at any position
exactly the words the flat alternation would, in the same order. A word that ends where
others go on ("say" before "says") keeps its place between them, and a character the
grouping cannot vouch for (beyond ASCII, where case folding is wider) keeps its word
out of any group. The result is the same with or without `re.IGNORECASE`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_OTHER_SPACE = re.compile(r"\s(?<! )|  |^ | $")


def ordered_alternation(words: Sequence[str], space: str | None = None) -> str:
    """The regular expression `"|".join(map(re.escape, words))`, as an ordered tree.

    `space` is written for each " " in a word instead of an escaped space (`r"\\s+"` for
    "point out" to match across a line break); words then hold single spaces between
    other characters only, and no other white space (ValueError otherwise), so that a
    `space` that matches a run of white space never has to give some of it back.
    """
    if not words:
        raise ValueError("an alternation needs at least one word")
    if space is not None:
        for word in words:
            if _OTHER_SPACE.search(word):
                raise ValueError(f"{word!r}: only single spaces between other characters")
    return _branches(list(words), space)


def _char(ch: str, space: str | None) -> str:
    return space if ch == " " and space is not None else re.escape(ch)


def _key(ch: str) -> str | None:
    """Words whose next characters have equal keys may compete; None: never grouped."""
    if not ch.isascii():
        return None
    return ch.lower()  # ASCII letters fold to one another only in pairs ("s"/"S")


def _branches(rests: list[str], space: str | None) -> str:
    """The alternation of `rests` (in order), each group of a shared first character as
    that character and the alternation of what follows it."""
    out: list[str] = []
    run: dict[str, list[str]] = {}  # key -> the rests of a run without separators, in order

    def flush() -> None:
        for members in run.values():
            out.append(_group(members, space))
        run.clear()

    for rest in rests:
        key = _key(rest[0]) if rest else None
        if key is None:  # an empty rest or a character never grouped: keeps its place
            flush()
            out.append("".join(_char(ch, space) for ch in rest))
        else:
            run.setdefault(key, []).append(rest)
    flush()
    return out[0] if len(out) == 1 else "(?:" + "|".join(out) + ")"


def _group(members: list[str], space: str | None) -> str:
    if len(members) == 1:
        return "".join(_char(ch, space) for ch in members[0])
    first = members[0][0]
    if any(m[0] != first for m in members):  # "A…" and "a…": same key, no shared prefix
        return "(?:" + "|".join("".join(_char(ch, space) for ch in m) for m in members) + ")"
    return _char(first, space) + _branches([m[1:] for m in members], space)

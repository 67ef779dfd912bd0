"""A cheap test before an expensive regular expression: skip texts it cannot match.

Many rule patterns open with look-behinds, word boundaries or long alternations, so Python's
`re` tries them at every position of every sentence, although most sentences contain none of
the words they need ("according to", "third", "billion"). :func:`gated` reads a compiled
pattern's syntax tree for literal text that every match must contain (one string out of a
set: "half" or "third" or …), and wraps the pattern so that `finditer`, `search`, `match`
and `findall` first look for one of those strings in the same stretch of text with the
pattern's own case rules; without one they answer "no match" at once. With one they run the
pattern as before, so the matches are always the pattern's own.

Only what a match itself contains counts (never look-arounds, whose text may lie outside the
searched stretch); a pattern with no such literal (any alternative without one, a repeat
that may be empty) is returned unwrapped.
"""

from __future__ import annotations

import re
import sys
from _sre import unicode_iscased
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from loaders import regex_cache

Literals = frozenset[tuple[str, bool]]  # (text, case-insensitive); a match contains one
_END = sys.maxsize
_CLASS_LETTERS = 8  # a character class of at most this many single characters counts
# Up to this many strings are looked for one by one with `str`'s substring search (about
# 0.05 µs each in a sentence; the alternation of them in `re` costs about 1.3 µs).
_FEW = 12
# The characters beyond ASCII that `re.IGNORECASE` matches to an ASCII letter (dotted capital
# I, dotless i, long s, the Kelvin sign; tests check the list against `re`'s own tables):
# lower-casing a stretch keeps every other case-insensitive match of ASCII text. (Curly
# quotes and dashes make one sentence in seven non-ASCII.)
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_VERSION = regex_cache.source_version(__file__)  # of the analysis, for its kept answers


def _lowers_exactly(literal: str) -> bool:
    """Whether a case-insensitive literal is found in a lower-cased stretch wherever `re`
    finds it: ASCII (with `FOLDS_TO_ASCII` kept out of the stretch), or characters without
    case ("©", "≥"), which `re` matches only as themselves and lower-casing leaves alone."""
    return literal.isascii() or all(ch.isascii() or not unicode_iscased(ord(ch)) for ch in literal)


def required_literals(pattern: re.Pattern[str]) -> Literals | None:
    """Strings one of which every match of `pattern` contains, or None when unknown."""
    if pattern.flags & re.LOCALE or not isinstance(pattern.pattern, str):
        return None
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    return _sequence(list(tree), tree.state.flags)


def _score(literals: Literals) -> tuple[int, int]:
    return min(len(t) for t, _ in literals), -len(literals)


def _sequence(items: list[tuple[Any, Any]], flags: int) -> Literals | None:
    """Every item of a sequence matches, so any one item's requirement is the sequence's;
    the most selective one is kept (longest shortest string, then fewest strings)."""
    best: Literals | None = None
    run: list[str] = []
    nocase = bool(flags & re.IGNORECASE)

    def consider(found: Literals | None) -> None:
        nonlocal best
        if found and (best is None or _score(found) > _score(best)):
            best = found

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(frozenset({("".join(run), nocase)}))
            run = []
        consider(_item(op, av, flags))
    if run:
        consider(frozenset({("".join(run), nocase)}))
    return best


def _item(op: Any, av: Any, flags: int) -> Literals | None:
    if op is sre.SUBPATTERN:
        _group, add, remove, sub = av
        return _sequence(list(sub), (flags | add) & ~remove)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av), flags)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _sequence(list(sub), flags) if low >= 1 else None
    if op is sre.IN and 0 < len(av) <= _CLASS_LETTERS and all(o is sre.LITERAL for o, _ in av):
        # a small class of single characters ("[“\"]"): the match holds one of them
        nocase = bool(flags & re.IGNORECASE)
        return frozenset((chr(c), nocase) for _, c in av)
    if op is sre.BRANCH:
        found: set[tuple[str, bool]] = set()
        for alternative in av[1]:
            each = _sequence(list(alternative), flags)
            if not each:
                return None
            found |= each
        return frozenset(found)
    return None


def _lowered(text: str, pos: int, endpos: int) -> str | None:
    """text[pos:endpos] in lower case, or None when it holds one of `FOLDS_TO_ASCII`. The
    callers run a dozen gated patterns over one sentence in a row: the last stretch is kept
    (one tuple, so a reader never sees half of another thread's update)."""
    pos, endpos = max(pos, 0), max(endpos, 0)  # as `re` reads them (a slice would not)
    last = _last_lowered[0]
    if last[0] is text and last[1] == pos and last[2] == endpos:
        return last[3]
    stretch = text[pos:endpos]
    lowered = stretch.lower() if stretch.isascii() or not FOLDS_TO_ASCII.search(stretch) else None
    _last_lowered[0] = (text, pos, endpos, lowered)
    return lowered


# (text, pos, endpos, its stretch in lower case or None)
_last_lowered: list[tuple[str | None, int, int, str | None]] = [(None, 0, 0, None)]


class Gated:
    """A compiled pattern behind a search for the literal text its matches need."""

    def __init__(self, pattern: re.Pattern[str], literals: Literals) -> None:
        self.pattern_object = pattern
        self.literals = literals
        nocase = [text for text, fold in literals if fold]
        exact = [text for text, fold in literals if not fold]
        alternatives = ([f"(?i:{_any_of(nocase)})"] if nocase else []) + (
            [_any_of(exact)] if exact else []
        )
        self.gate = re.compile("|".join(alternatives), pattern.flags & re.ASCII)
        # Case-insensitive ASCII strings (and characters without case, see
        # `_lowers_exactly`) in a stretch without `FOLDS_TO_ASCII`: a
        # case-sensitive search of the lower-cased stretch finds them wherever `re` would
        # (no other character folds to an ASCII one) and runs at `re`'s speed for literal
        # prefixes; other text takes `gate`, whose alternatives `re` tries at every position.
        self.lower_gate: re.Pattern[str] | None = None
        # A few strings: `str` searches, each as `re` would find it (in the lower-cased
        # stretch for the case-insensitive ones, in the stretch itself for exact ones).
        self.lower_few: tuple[str, ...] | None = None
        self.exact_few: tuple[str, ...] | None = None
        if all(nocase and _lowers_exactly(text) for text, nocase in literals):
            lowered_literals = sorted({t.lower() for t, _ in literals})
            self.lower_gate = re.compile(_any_of(lowered_literals))
            if len(lowered_literals) <= _FEW:
                self.lower_few = tuple(lowered_literals)
        elif not nocase and len(exact) <= _FEW:
            self.exact_few = tuple(sorted(exact))

    def may_match(self, text: str, pos: int = 0, endpos: int = _END) -> bool:
        if self.lower_gate is not None:
            lowered = _lowered(text, pos, endpos)
            if lowered is not None:
                few = self.lower_few
                if few is not None:
                    return (
                        few[0] in lowered if len(few) == 1 else any(map(lowered.__contains__, few))
                    )
                return self.lower_gate.search(lowered) is not None
        elif self.exact_few is not None:
            if pos > 0 or endpos < len(text):  # `re` reads a negative bound as 0
                text = text[max(pos, 0) : max(endpos, 0)]
            few = self.exact_few
            return few[0] in text if len(few) == 1 else any(map(text.__contains__, few))
        return self.gate.search(text, pos, endpos) is not None

    def __getattr__(self, name: str) -> Any:  # pattern, flags, groupindex, sub, …
        return getattr(self.pattern_object, name)

    def __repr__(self) -> str:
        return f"gated({self.pattern_object!r})"

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        if not self.may_match(text, pos, endpos):
            return iter(())
        return self.pattern_object.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        if not self.may_match(text, pos, endpos):
            return None
        return self.pattern_object.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        if not self.may_match(text, pos, endpos):
            return None
        return self.pattern_object.match(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        if not self.may_match(text, pos, endpos):
            return []
        return self.pattern_object.findall(text, pos, endpos)


def _any_of(texts: list[str]) -> str:
    """A pattern that finds one of `texts` wherever the alternation of them would, written as
    a trie ("a(?:dd|rgue)|s(?:aid|tated)"): `re` tries an alternation's branches one by one at
    every position of the text, and the trie's first characters rule out all but one branch
    at once (about 7 times faster on the 210 speech verbs). Only whether it finds something
    counts: once one text ends, the longer ones through it are dropped ("add" for "added")."""
    trie: dict[str, Any] = {}
    for text in texts:
        node = trie
        for ch in text:
            node = node.setdefault(ch, {})
        node[""] = {}  # a text ends here
    return _branches(trie)


def _branches(node: dict[str, Any]) -> str:
    if "" in node:  # a text ends here: whatever follows is not needed to find it
        return ""
    branches = [re.escape(ch) + _branches(node[ch]) for ch in sorted(node)]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, behind a search for the literal text its matches need when it has some
    (that text read off the pattern in an earlier process when it was kept: see
    `loaders.regex_cache.remembered`)."""
    if not isinstance(pattern.pattern, str):
        literals = gate_literals(pattern)
    else:
        literals = regex_cache.remembered(
            "gate", _VERSION, pattern.pattern, pattern.flags, lambda: gate_literals(pattern),
            _literals_or_none,
        )  # fmt: skip
    return Gated(pattern, literals) if literals else pattern


def gate_literals(pattern: re.Pattern[str]) -> Literals | None:
    """The strings `gated` looks for before `pattern` (None: it is not gated)."""
    literals = required_literals(pattern)
    return _minimal(literals) if literals else None


def _literals_or_none(answer: Any) -> bool:
    return answer is None or (
        isinstance(answer, frozenset)
        and all(
            isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], str) and type(x[1]) is bool
            for x in answer
        )
    )


def _minimal(literals: Literals) -> Literals:
    """Without the strings whose every occurrence holds another kept one ("thirds" holds
    "third"): shortest first, case-insensitive before case-sensitive on a tie."""
    kept: list[tuple[str, bool]] = []
    for text, nocase in sorted(literals, key=lambda x: (len(x[0]), not x[1], x[0])):
        if not any(_covers(k, (text, nocase)) for k in kept):
            kept.append((text, nocase))
    return frozenset(kept)


def _covers(short: tuple[str, bool], long: tuple[str, bool]) -> bool:
    (t, t_nocase), (text, nocase) = short, long
    if t_nocase:  # compared in lower case: ASCII only, where that is exactly re's folding
        return t.isascii() and text.isascii() and t.lower() in text.lower()
    return not nocase and t in text

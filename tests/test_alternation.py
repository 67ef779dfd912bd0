"""An ordered tree of an alternation's words matches what the flat alternation matches."""

from __future__ import annotations

import random
import re

import pytest

from loaders.alternation import ordered_alternation
from loaders.claims import clauses, patterns

# Around the alternation: word boundaries, a suffix that makes `re` back off to a shorter
# word, a look-ahead after it, an anchor; each with and without re.IGNORECASE.
_WRAPS = [
    r"(?P<v>{})",
    r"\b(?P<v>{})\b",
    r"(?P<v>{})s",
    r"(?:x|(?P<v>{}))(?!a)",
    r"(?P<v>{})(?:y|\s+b|)$",
]


def _random_words(rnd: random.Random, spaces: bool) -> list[str]:
    words = ["".join(rnd.choice("asSbAé-y'.") for _ in range(rnd.randint(1, 5))) for _ in range(9)]
    words += [w[: rnd.randint(1, len(w))] for w in words[:3]]  # prefixes of other words
    rnd.shuffle(words)
    if spaces:
        words = [re.sub(" +", " ", w.replace(".", " ")).strip() or "a" for w in words]
    return words


def test_same_matches_as_the_flat_alternation() -> None:
    rnd = random.Random(14)
    for _ in range(600):
        spaces = rnd.random() < 0.5
        words = _random_words(rnd, spaces)
        escaped = [re.escape(w) for w in words]
        flat = "|".join(e.replace(r"\ ", r"\s+") for e in escaped) if spaces else "|".join(escaped)
        tree = ordered_alternation(words, r"\s+" if spaces else None)
        texts = ["".join(rnd.choice("aAsSbé y-'.\n\tſKİı") for _ in range(25)) for _ in range(8)]
        for wrap in _WRAPS:
            for flags in (0, re.IGNORECASE):
                a = re.compile(wrap.format(flat), flags)
                b = re.compile(wrap.format(tree), flags)
                for text in texts:
                    want = [(m.span(), m.groupdict()) for m in a.finditer(text)]
                    assert [(m.span(), m.groupdict()) for m in b.finditer(text)] == want


def test_shared_beginnings_become_one_branch() -> None:
    tree = ordered_alternation(["says", "say", "said", "point out", "points"], r"\s+")
    assert tree == r"(?:sa(?:y(?:s|)|id)|point(?:\s+out|s))"


def test_refuses_white_space_it_cannot_vouch_for() -> None:
    for word in ["a  b", " a", "a ", "a\tb"]:
        with pytest.raises(ValueError, match="single spaces"):
            ordered_alternation([word], r"\s+")


def test_the_lexicon_patterns_match_as_before() -> None:
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in patterns.SPEECH_VERBS)
    flat = re.compile(r"(?<![\w@#’'-])(?:" + "|".join(map(re.escape, clauses._FORMS)) + r")\b")
    text = (
        "Officials said on Monday that the ministry has pointed out, says Ivanov; they "
        "acknowledged, and analysts argue that he was quoted as saying it. Says who? said-ish "
    )
    assert [m.span() for m in re.finditer(verbs, text)] == [
        m.span() for m in re.finditer(ordered_alternation(patterns.SPEECH_VERBS, r"\s+"), text)
    ]
    tree = re.compile(r"(?<![\w@#’'-])(?:" + ordered_alternation(clauses._FORMS) + r")\b")
    assert [m.span() for m in flat.finditer(text)] == [m.span() for m in tree.finditer(text)]

"""Shares and multiples written in words.

- A fraction of a whole is a ``percent`` share: "two thirds of exports" → 66.67, "nearly a
  third" → 33.33 (APPROXIMATE, read by :mod:`.qualifiers`), "half of", "about a quarter",
  "more than a third" (MORE_THAN), "a fifth of"; "fell by a third" is a change of -33.33
  (the sign comes from :mod:`.change`, as for any percentage).
- "one in five Russians", "six out of ten" → the same share in percent (20, 60).
- "twice as large" → ``ratio`` 2.
- "half a million tourists", "a quarter of a billion dollars" → the scaled quantity with the
  unit or counted noun that follows (500,000 ``count``; 2.5e8 ``USD``).

A fraction word is a share only where the text uses it as one: a numerator ("a", "one",
"two" … or bare "half"), and "of"/"the"/a possessive or a comparative after it, or "by" or a
hedge ("nearly", "more than") before it. Fractions of time ("half an hour", "a quarter of a
century", "the first half of 2023", "the third quarter") and ordinals are not shares.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.numbers.lexicon import CURRENCY_WORDS, SCALES, UNIT_WORDS, UNITS_WORDS
from loaders.numbers.nouns import _counted
from loaders.numbers.patterns import _CURRENCY_AFTER, _UNIT_AFTER, Quantity, _clean
from loaders.prefilter import gated

Blocked = Callable[[int, int], bool]

DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
_NUMERATORS = {"a": 1, "an": 1, "one": 1, **{k: v for k, v in UNITS_WORDS.items() if v < 10}}
_DEN_RE = "|".join(sorted(DENOMINATORS, key=len, reverse=True))
_FRACTION = re.compile(
    rf"(?<![\w-])(?:(?P<n>a|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
    rf"(?P<d>{_DEN_RE})(?![\w-])",
    re.I,
)
# Behind a literal prefilter (same matches; see loaders.prefilter): most texts lack the
# literal text these need, and the patterns are tried at every position.
_FRACTION = gated(_FRACTION)
# "half a million", "a quarter of a billion"
_SCALED = re.compile(r"\s+(?:of\s+)?an?\s+(?P<s>million|billion|trillion)\b", re.I)
# what makes a fraction a share of something
_SHARE_AFTER = re.compile(
    r"\s+(?:of|the|its|their|his|her|our|all|those|these)\b|\s*(?:-\s*)?(?:fewer|more|less|"
    r"lower|higher|smaller|larger|bigger|cheaper)\b",
    re.I,
)
_HEDGE_BEFORE = re.compile(
    r"(?:\b(?:by|nearly|almost|about|around|roughly|some|approximately|over|under|only|just|"
    r"fully|barely|more\s+than|less\s+than|at\s+least|close\s+to|up\s+to|for|to|at|"
    r"exceeded|exceeds|exceeding|surpassed|reached|reaching|is|was|are|were|accounts?\s+"
    r"for|accounted\s+for|makes?\s+up|made\s+up|represents?|represented|comprises?)|[~≈])\s+$",
    re.I,
)
# not a share: a fraction of time, an ordinal, "the other half", "one and a half"
_TIME_AFTER = re.compile(
    r"(?:\s+(?:an?\s+|the\s+|of\s+(?:(?:an?|the|this|that|last|next)\s+)?)?|-)(?:centur(?:y|ies)|"
    r"decades?|years?|months?|weeks?|days?|hours?|minutes?|seasons?|terms?|times?|miles?|"
    r"dozen|way|final|finals|time|(?:19|20)[0-9]{2}|fiscal|calendar)",
    re.I,
)
_ORDINAL_BEFORE = re.compile(
    r"\b(?:the|first|second|third|fourth|last|latter|former|other|this|that|next|previous|"
    r"each|per|every|a)\s+$",
    re.I,
)
_WORD_AFTER = re.compile(
    r"\s+(?!(?:in|on|at|since|from|to|compared|are|is|was|were|have|has|had|will|would|than|"
    r"and|or|over|during|between|against|last|this|vs|versus|year-on-year|y/y|yoy|"
    r"respectively|a|an)\b)[a-z]"
)
_N_IN_M = re.compile(
    r"(?<![\w.,])(?P<a>[0-9]{1,3}|one|two|three|four|five|six|seven|eight|nine)\s+"
    r"(?P<how>in|out\s+of)\s+(?:every\s+)?(?P<b>[0-9]{1,4}|two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|hundred)(?![\w.,])",
    re.I,
)
_NOUN_AFTER = re.compile(r"\s+(?:of\s+)?[A-Za-z]", re.I)
_A_SCALE = re.compile(
    r"(?<![\w-])(?<!half\s)(?<!quarter\s)(?<!quarter\sof\s)an?\s+(?P<s>thousand|million|billion|"
    r"trillion)\b",
    re.I,
)
# "almost a million", "more than a billion": a hedged scale word is a count with or without a
# noun after it (bare "a million" without a noun is an idiom: "one in a million")
_HEDGED_SCALE = re.compile(
    r"\b(?:almost|nearly|about|around|roughly|some|approximately|over|under|more\s+than|"
    r"less\s+than|fewer\s+than|at\s+least|close\s+to|up\s+to|well\s+over)\s+$",
    re.I,
)
_DIGIT_FRACTION = re.compile(r"(?<![\w/.,])(?P<a>[1-9])/(?P<b>[2-9]|10)(?=\s+of\b)")
_TWICE = re.compile(
    r"(?<![\w-])twice(?=\s+(?:as|the|that|more|higher|larger|bigger|greater|faster|lower|"
    r"smaller|cheaper|what)\b)",
    re.I,
)
# Behind a literal prefilter (same matches; see loaders.prefilter): most sentences lack the
# words these need, and the patterns are tried at every position.
_A_SCALE, _DIGIT_FRACTION, _TWICE = gated(_A_SCALE), gated(_DIGIT_FRACTION), gated(_TWICE)


def find(text: str, lo: int, hi: int, is_blocked: Blocked) -> list[Quantity]:
    """Fractions, "N in M" shares and "twice" in text[lo:hi] (absolute offsets)."""
    found: list[Quantity] = []
    for m in _FRACTION.finditer(text, lo, hi):
        q = _fraction(text, m)
        if q is not None and not is_blocked(q.start, q.end):
            found.append(q)
    for m in _N_IN_M.finditer(text, lo, hi):
        q = _n_in_m(text, m)
        if q is not None and not is_blocked(q.start, q.end):
            found.append(q)
    for m in _DIGIT_FRACTION.finditer(text, lo, hi):  # "1/3 of the market" (not a tweet number)
        a, b = float(m.group("a")), float(m.group("b"))
        found.append(Quantity(m.start(), m.end("b"), round(a / b * 100, 2), "percent",
                              kind="percent", num_start=m.start()))  # fmt: skip
    for m in _A_SCALE.finditer(text, lo, hi):  # "over a billion people", "a million tonnes"
        scale = _scaled(text, m.start(), m, 1.0)
        hedged = _HEDGED_SCALE.search(text[max(0, m.start() - 20) : m.start()])
        if (scale.unit != "count" or scale.counted or hedged) and not is_blocked(
            scale.start, scale.end
        ):
            found.append(scale)
    for m in _TWICE.finditer(text, lo, hi):
        if not is_blocked(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), 2.0, "ratio", kind="ratio",
                                  num_start=m.start()))  # fmt: skip
    return found


def _fraction(text: str, m: re.Match[str]) -> Quantity | None:
    n, d = (m.group("n") or "").lower(), m.group("d").lower()
    if not n and d not in ("half", "halves"):
        return None  # "the third quarter": an ordinal
    numerator = _NUMERATORS.get(n, 1)
    if d in ("half", "halves") and numerator > 1:
        return None  # "two halves"
    before = text[max(0, m.start() - 30) : m.start()]
    if not n and _ORDINAL_BEFORE.search(before) and not _HEDGE_BEFORE.search(before):
        return None  # "the first half", "the other half", "one and a half"
    share = numerator / DENOMINATORS[d]
    scaled = _SCALED.match(text, m.end())
    if scaled:
        return _scaled(text, m.start(), scaled, share)
    if _TIME_AFTER.match(text, m.end()):
        return None
    if numerator > 1 or _SHARE_AFTER.match(text, m.end()):
        pass
    elif not _HEDGE_BEFORE.search(before):
        return None
    elif n and _WORD_AFTER.match(text, m.end()):
        return None  # "for a third consecutive year", "a third party": an ordinal
    return Quantity(m.start(), m.end(), round(share * 100, 2), "percent", kind="percent",
                    num_start=m.start())  # fmt: skip


def _scaled(text: str, start: int, sc: re.Match[str], share: float) -> Quantity:
    value = _clean(share * SCALES[sc.group("s").lower()])
    cw = _CURRENCY_AFTER.match(text, sc.end())
    if cw:
        unit = CURRENCY_WORDS[" ".join(cw.group("c").lower().split())]
        return Quantity(start, cw.end(), value, unit, kind="money", num_start=start)
    u = _UNIT_AFTER.match(text, sc.end())
    if u and (u.group("u") or u.group("hy")):  # "a million tonnes", "half a billion kWh"
        word = " ".join((u.group("u") or u.group("hy")).lower().split())
        unit, factor = UNIT_WORDS.get(word) or UNIT_WORDS.get(word + "s") or ("", 1.0)
        if unit and unit not in ("ratio", "percent", "percentage_point"):
            return Quantity(start, u.end(), _clean(value * factor), unit, kind="measure",
                            num_start=start)  # fmt: skip
    noun = _counted(text, sc.end(), word_number=True)
    end = noun[1] if noun else sc.end()
    return Quantity(start, end, value, "count", kind="count",
                    counted=noun[0] if noun else None, num_start=start)  # fmt: skip


def _n_in_m(text: str, m: re.Match[str]) -> Quantity | None:
    a, b = _number(m.group("a")), _number(m.group("b"))
    if (
        a is None
        or not b
        or a >= b
        or (len(m.group("b")) == 4 and m.group("b")[:2] in ("19", "20"))
    ):
        return None
    if m.group("how").lower() == "in" and not _NOUN_AFTER.match(text, m.end()):
        return None  # "one in 10" alone is too loose; "one in five Russians" is a share
    return Quantity(m.start(), m.end(), round(a / b * 100, 2), "percent", kind="percent",
                    num_start=m.start())  # fmt: skip


def _number(token: str) -> float | None:
    low = token.lower()
    if low.isdigit():
        return float(low)
    return {"ten": 10.0, "twenty": 20.0, "hundred": 100.0}.get(low) or (
        float(UNITS_WORDS[low]) if low in UNITS_WORDS else None
    )

"""Quantities that are not a plain number with a unit: ages, ordinal ranks, shares in words
("two thirds", "one in five": :mod:`.fractions`), "#1", number words ("a dozen branches",
"two to three weeks"), and numbers that borrow the unit of the quantity before them
("from 1.2 million … to 10,000", "80 million tonnes by 2024 and 200 million by 2030").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.numbers import fractions
from loaders.numbers.lexicon import (
    CURRENCY_CODES,
    CURRENCY_WORDS,
    ORDINAL_WORDS,
    RHETORICAL_NOUNS,
    SCALES,
    TENS_WORDS,
    TIME_UNITS,
    UNIT_WORDS,
    UNITS_WORDS,
)
from loaders.numbers.nouns import _counted, shared_noun
from loaders.numbers.parse import parse_digits, parse_words
from loaders.numbers.patterns import (
    _AGE,
    _AGE_COMMA,
    _ANAPHORIC,
    _CURRENCY_AFTER,
    _FROM_TO,
    _HASH_RANK,
    _INHERIT_GAP,
    _NUMBER_OF,
    _ORD_WORD,
    _RATIO_BEFORE,
    _SCALE,
    _TIMES_RATIO_AFTER,
    _UNIT_AFTER,
    _VERB_NUMBER,
    _WORD_RANGE,
    Quantity,
    _clean,
    _is_year,
    per_day,
)
from loaders.prefilter import gated

Blocked = Callable[[int, int], bool]


def special_forms(text: str, lo: int, hi: int, is_blocked: Blocked) -> list[Quantity]:
    """Forms found before plain numbers: ages "(64)", "Putin, 71,", ordinal ranks, runs
    ("the fifth month in a row"), shares in words ("a third of", "one in five"), "#1"."""
    found: list[Quantity] = []
    for m in _AGE.finditer(text, lo, hi):
        g = "a" if m.group("a") else "b"
        s0, e0 = (m.start("p"), m.end("p")) if g == "a" else (m.start(), m.end())
        if not is_blocked(m.start(g), m.end(g)):
            found.append(Quantity(s0, e0, float(m.group(g)), "year", kind="age",
                                  num_start=m.start(g)))  # fmt: skip
    for m in _ORD_WORD.finditer(text, lo, hi):
        found.append(Quantity(m.start(), m.end(), float(ORDINAL_WORDS[m.group("o").lower()]),
                              "rank", kind="rank", num_start=m.start()))  # fmt: skip
    for m in _AGE_COMMA.finditer(text, lo, hi):
        if not is_blocked(m.start("a"), m.end("a")):
            found.append(Quantity(m.start("a"), m.end("a"), float(m.group("a")), "year",
                                  kind="age", num_start=m.start("a")))  # fmt: skip
    found += _glued_codes(text, lo, hi, is_blocked)
    found += _streaks(text, lo, hi, is_blocked)
    found += _hyphen_words(text, lo, hi, is_blocked)
    found += _point_plans(text, lo, hi, is_blocked)
    found += _member_counts(text, lo, hi, is_blocked)
    found += _named_targets(text, lo, hi, is_blocked)
    found += fractions.find(text, lo, hi, is_blocked)
    for m in _HASH_RANK.finditer(text, lo, hi):
        found.append(Quantity(m.start(), m.end(), float(m.group("n")), "rank", kind="rank",
                              num_start=m.start("n")))  # fmt: skip
    kept: list[Quantity] = []
    for q in found:  # the first form read wins a span
        if not any(k.start < q.end and q.start < k.end for k in kept):
            kept.append(q)
    return kept


_STREAK_UNITS = {"month": ("month", 1.0), "year": ("year", 1.0), "week": ("day", 7.0),
                 "day": ("day", 1.0), "quarter": ("month", 3.0)}  # fmt: skip
_STREAK = re.compile(
    rf"(?<![\w-])(?P<o>{'|'.join(w for w in ORDINAL_WORDS if w != 'first')}|[0-9]{{1,2}}"
    r"(?:st|nd|rd|th))\s+(?:(?P<c>consecutive|straight|successive|running)\s+)?"
    r"(?P<u>month|year|week|day|quarter)s?\b(?P<row>\s+in\s+a\s+row\b)?",
    re.I,
)


_NOT_DIGIT = re.compile(r"\D")


def _streaks(text: str, lo: int, hi: int, is_blocked: Blocked) -> list[Quantity]:
    """A run of periods: "for the fifth month in a row" → 5 months, "a third consecutive
    year" → 3 years (surface: the ordinal to "in a row")."""
    out: list[Quantity] = []
    for m in _STREAK.finditer(text, lo, hi):
        if not (m.group("c") or m.group("row")) or is_blocked(m.start(), m.end()):
            continue
        o = m.group("o").lower()
        n = ORDINAL_WORDS.get(o) or int(_NOT_DIGIT.sub("", o))
        unit, factor = _STREAK_UNITS[m.group("u").lower()]
        out.append(Quantity(m.start(), m.end(), float(n) * factor, unit, kind="duration",
                            num_start=m.start()))  # fmt: skip
    return out


def _from_to(text: str, m: re.Match[str], prev: Quantity, is_blocked) -> Quantity | None:  # type: ignore[no-untyped-def]
    """A bare number in "from 1.2 million … to just 10,000" takes the unit of the first."""
    if prev.kind not in ("count", "measure", "money") or prev.counted:
        return None
    start, end = m.start("num"), m.end("num")
    if is_blocked(start, end) or not _FROM_TO.search(text, max(0, prev.start - 6), m.start()):
        return None
    if text[max(0, prev.start - 5) : prev.start].strip().lower() != "from":
        return None
    value = parse_digits(text[start:end])
    if value is None or _is_year(text[start:end]):
        return None
    return Quantity(start, end, value, prev.unit, kind=prev.kind, num_start=start)


_INCLUDING = re.compile(r"\bincluding\s+$")


def _elliptical(text: str, m: re.Match[str], prev: Quantity, is_blocked, cut_at
                ) -> Quantity | None:  # type: ignore[no-untyped-def]  # fmt: skip
    """A number without unit right after a quantity with one takes its unit:
    "80 million tonnes by 2024 and 200 million by 2030", "18 voyages, compared with 9"."""
    if prev.kind not in ("count", "measure", "money", "percent") or prev.end > m.start():
        return None
    if not (_INHERIT_GAP.search(text[prev.end : m.start()]) or _INCLUDING.search(
        text, max(prev.end, m.start() - 14), m.start()
    )):  # fmt: skip
        return None
    start, end = m.start("num"), cut_at.get(m.start("num"), m.end("num"))
    token = text[start:end]
    value = parse_digits(token)
    if value is None or _is_year(token) or is_blocked(start, end):
        return None
    factor = 1.0
    sc = _SCALE.match(text, end)
    if sc:
        factor, end = SCALES[sc.group("s").lower().rstrip(".")], sc.end()
    if _UNIT_AFTER.match(text, end) or _CURRENCY_AFTER.match(text, end):
        return None
    if prev.kind == "percent" and prev.value and abs(value / prev.value) > 10:
        return None  # "rose 168%, to 5,100": the level after a rate is not a rate
    return Quantity(start, end, _clean(value * factor), prev.unit, kind=prev.kind,
                    counted=None, num_start=start)  # fmt: skip


_MORE_OF_THEM = re.compile(r"\s+(?:more|others|of\s+(?:them|which|these|those|the))\b")


def _word_quantity(text: str, m: re.Match[str], is_blocked) -> Quantity | None:  # type: ignore[no-untyped-def]
    words = m.group("words")
    value = parse_words(words)
    if value is None or is_blocked(m.start(), m.end()):
        return None
    start, pos = m.start(), m.end()
    lw = words.lower().split()
    if lw[-1] in fractions.DENOMINATORS:
        return None  # a share in words: :mod:`.fractions` reads it where it is one
    rng = _WORD_RANGE.match(text, pos)
    if rng:  # "two to three weeks", "three to four million barrels", "five or six percent"
        ranged = _word_range(text, start, value, parse_words(rng.group("w2")), rng.end())
        if ranged is not None:
            return ranged
    factor = 1.0
    sc = _SCALE.match(text, pos)
    if sc:
        factor, pos = SCALES[sc.group("s").lower().rstrip(".")], sc.end()
    cw = _CURRENCY_AFTER.match(text, pos)
    if cw:
        unit = CURRENCY_WORDS[" ".join(cw.group("c").lower().split())]
        return Quantity(start, cw.end(), value * factor, unit, kind="money", num_start=start)
    u = _UNIT_AFTER.match(text, pos)
    if u and u.group("pct") is None and u.group("old") is None and u.group("fold") is None:
        word = " ".join((u.group("u") or u.group("hy") or "").lower().split())
        unit_name, ufactor = UNIT_WORDS.get(word) or UNIT_WORDS[word + "s"]
        if unit_name == "ratio":
            grew = _RATIO_BEFORE.search(text[max(0, start - 40) : start])  # "increasing nine times"
            if not (_TIMES_RATIO_AFTER.match(text, u.end()) or grew):
                return Quantity(start, u.end(), value, "count", kind="count", counted="times",
                                num_start=start)  # fmt: skip
            return Quantity(start, u.end(), value, "ratio", kind="ratio", num_start=start,
                            change_word=bool(grew))  # fmt: skip
        kind = "percent" if unit_name in ("percent", "percentage_point") else "measure"
        if unit_name in TIME_UNITS:
            kind = "duration"
        unit_name, stop = per_day(text, u.end(), unit_name, kind)
        return Quantity(start, stop, value * factor * ufactor, unit_name, kind=kind,
                        num_start=start)  # fmt: skip
    if u and u.group("pct") is not None:
        return Quantity(start, u.end(), value, "percent", kind="percent", num_start=start)
    if factor >= 1e3 and not _ANAPHORIC.search(text[max(0, start - 12) : start]):
        noun = _counted(text, pos)  # "and one million within …", "two billion people"
        return Quantity(start, noun[1] if noun else pos, value * factor, "count", kind="count",
                        counted=noun[0] if noun else None, num_start=start)  # fmt: skip
    if lw == ["one"] or _ANAPHORIC.search(text[max(0, start - 12) : start]):
        return None
    before = text[max(0, start - 120) : start]
    if _NUMBER_OF.search(before) or _VERB_NUMBER.search(before[-60:]):
        return Quantity(start, pos, value * factor, "count", kind="count", num_start=start)
    if _MORE_OF_THEM.match(text[pos:]):
        return Quantity(start, pos, value * factor, "count", kind="count", num_start=start)
    noun = _counted(text, pos, word_number=True)
    if noun and value in (2, 3) and noun[0].split()[-1].lower() in RHETORICAL_NOUNS:
        return None  # "two fronts", "three centuries", "two strategic rivals": not data
    if noun:
        return Quantity(start, noun[1], value * factor, "count", kind="count", counted=noun[0],
                        num_start=start)  # fmt: skip
    shared = shared_noun(text, pos)  # "seven Russian and two Chinese aircraft"
    if shared:
        return Quantity(start, shared[1], value * factor, "count", kind="count",
                        counted=shared[0], num_start=start)  # fmt: skip
    return None


def _word_range(text: str, start: int, low: float, high: float | None, pos: int
                ) -> Quantity | None:  # fmt: skip
    """A range in words whose second number carries the scale and unit of both."""
    factor, pos = _scale_after(text, pos)
    cw = _CURRENCY_AFTER.match(text, pos)
    if cw:
        unit = CURRENCY_WORDS[" ".join(cw.group("c").lower().split())]
        return Quantity(start, cw.end(), _clean(low * factor), unit, _clean((high or 0) * factor),
                        kind="money", num_start=start)  # fmt: skip
    u = _UNIT_AFTER.match(text, pos)
    if u is None:
        return None
    if u.group("pct") is not None:
        return Quantity(start, u.end(), low, "percent", high, kind="percent", num_start=start)
    if not (u.group("u") or u.group("hy")):
        return None
    word = " ".join((u.group("u") or u.group("hy") or "").lower().split())
    unit_name, ufactor = UNIT_WORDS.get(word) or UNIT_WORDS[word + "s"]
    if unit_name == "ratio":
        return None
    kind = "duration" if unit_name in TIME_UNITS else {
        "percent": "percent", "percentage_point": "percent"}.get(unit_name, "measure")  # fmt: skip
    unit_name, stop = per_day(text, u.end(), unit_name, kind)
    f = factor * ufactor
    return Quantity(start, stop, _clean(low * f), unit_name, _clean((high or 0) * f), kind=kind,
                    num_start=start)  # fmt: skip


_PERCENT_CUE = re.compile(r"%|\bper\s?cent\b|\bpercent|\by/y\b|\byoy\b|\by-o-y\b|"
                          r"year-on-year|year-over-year", re.I)  # fmt: skip


def signed_figure(text: str, m: re.Match[str], lo: int, hi: int, is_blocked: Blocked
                  ) -> Quantity | None:  # fmt: skip
    """A bare number written with its sign ("+105.6", "–10.22", "−3.4") among percentages:
    a change in percent. The cue is a percent sign or word (or "y/y") in the sentence or
    just before it, as in a list "Exports: +105.6 / Imports: –10.22 (% y/y)"."""
    sign = m.group("sign")
    start, end = m.start("num"), m.end("num")
    token = text[start:end]
    if not sign or is_blocked(start, end) or _is_year(token):
        return None
    if sign == "-" and "." not in token and "," not in token:
        return None  # "pages 10 -12", "1 -2": a hyphen before an integer is rarely a sign
    if not _PERCENT_CUE.search(text, max(0, lo - 150), hi):
        return None
    value = parse_digits(token)
    if value is None:
        return None
    value = -value if sign in "-−–—" else value
    return Quantity(m.start(), end, value, "percent", kind="percent", signed=True,
                    num_start=start)  # fmt: skip


_CODE_GLUED = re.compile(
    rf"\b(?P<c>{'|'.join(CURRENCY_CODES)})"
    r"(?P<n>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
)
# Behind a literal prefilter (same matches; see loaders.prefilter): most sentences lack the
# words these need, and the patterns are tried at every position.
_STREAK, _CODE_GLUED = gated(_STREAK), gated(_CODE_GLUED)


def _glued_codes(text: str, lo: int, hi: int, is_blocked: Blocked) -> list[Quantity]:
    """A currency code glued to its amount: "(USD2 billion)", "RMB90bn"."""
    out: list[Quantity] = []
    for m in _CODE_GLUED.finditer(text, lo, hi):
        value = parse_digits(m.group("n"))
        if value is None or is_blocked(m.start("n"), m.end("n")):
            continue
        end, factor = m.end(), 1.0
        sc = _SCALE.match(text, end)
        if sc:
            factor, end = SCALES[sc.group("s").lower().rstrip(".")], sc.end()
        unit = {"RMB": "CNY"}.get(m.group("c"), m.group("c"))
        out.append(Quantity(m.start(), end, _clean(value * factor), unit, kind="money",
                            num_start=m.start("n")))  # fmt: skip
    return out


_HYPHEN_WORD = re.compile(
    rf"(?<![\w-])(?P<w>(?:{'|'.join(sorted(TENS_WORDS, key=len, reverse=True))})(?:-(?:"
    rf"{'|'.join(sorted(UNITS_WORDS, key=len, reverse=True))}))?|"
    rf"{'|'.join(sorted(UNITS_WORDS, key=len, reverse=True))})"
    r"-(?P<u>year|month|day|week|hour|minute)(?P<old>-old)?(?=-long\b|[^\w-]|$)",
    re.I,
)


# "a 12-point peace plan", "the ten-point proposal": the number of points is a count
_POINT_PLAN = re.compile(
    rf"(?<![\w-])(?P<w>[0-9]{{1,2}}|{'|'.join(sorted(UNITS_WORDS, key=len, reverse=True))}|"
    rf"{'|'.join(sorted(TENS_WORDS, key=len, reverse=True))})-point\s+(?:[a-z]+[ \t]+){{0,2}}?"
    r"(?:plan|proposal|programme|program|agenda|roadmap|initiative|framework|paper|document|"
    r"declaration|statement|memorandum|formula|position|list|strategy|blueprint|manifesto)s?\b",
    re.I,
)


def _point_plans(text: str, lo: int, hi: int, is_blocked: Blocked) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _POINT_PLAN.finditer(text, lo, hi):
        w = m.group("w")
        value = float(w) if w.isdigit() else parse_words(w)
        end = m.start() + len(w) + len("-point")
        if not value or is_blocked(m.start(), end):
            continue
        out.append(Quantity(m.start(), end, float(value), "count", kind="count",
                            counted="points", num_start=m.start()))  # fmt: skip
    return out


# "the 193-member General Assembly", "a 15-nation group": the size of a body is a count of
# its members (a body's name or a noun follows)
_MEMBERS = re.compile(
    rf"(?<![\w.,-])(?P<w>[0-9]{{1,3}}|{'|'.join(sorted(UNITS_WORDS, key=len, reverse=True))}|"
    rf"{'|'.join(sorted(TENS_WORDS, key=len, reverse=True))})-(?P<u>member|nation|country)"
    r"(?=\s+[A-Za-z])",
    re.I,
)
# Behind a literal prefilter (same matches; see loaders.prefilter): most texts lack the
# literal text these need, and the patterns are tried at every position.
_HYPHEN_WORD, _POINT_PLAN, _MEMBERS = gated(_HYPHEN_WORD), gated(_POINT_PLAN), gated(_MEMBERS)


_MEMBER_NOUNS = {"member": "members", "nation": "nations", "country": "countries"}


def _member_counts(text: str, lo: int, hi: int, is_blocked: Blocked) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _MEMBERS.finditer(text, lo, hi):
        w = m.group("w")
        value = float(w) if w.isdigit() else parse_words(w)
        if not value or is_blocked(m.start(), m.end()):
            continue
        noun = _MEMBER_NOUNS[m.group("u").lower()]
        out.append(Quantity(m.start(), m.end(), float(value), "count", kind="count",
                            counted=noun, num_start=m.start()))  # fmt: skip
    return out


# "to reach the figure of 100,000 in student exchanges": a bare number named as a figure,
# target or mark is a count (a unit after it is read by the ordinary forms)
_TARGET = re.compile(
    r"\b(?:figure|target|mark|milestone|threshold|goal)\s+of\s+(?P<n>[0-9]{1,3}(?:,[0-9]{3})+)"
    r"(?=\s*(?:[,;.:)]|$|\s(?:in|by|for|and|is|was|will|this|next|last|within|before|until|"
    r"at|set)\b))",
    re.I,
)
_TARGET = gated(_TARGET)  # same matches; most sentences name no figure, target or mark


def _named_targets(text: str, lo: int, hi: int, is_blocked: Blocked) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _TARGET.finditer(text, lo, hi):
        s0, e0 = m.span("n")
        value = parse_digits(m.group("n"))
        if value is None or is_blocked(s0, e0):
            continue
        out.append(Quantity(s0, e0, value, "count", kind="count", num_start=s0))
    return out


_NAME_AFTER = re.compile(r"(?:-[A-Z][a-z]+)?\s+[A-Z][a-z]")


def _hyphen_words(text: str, lo: int, hi: int, is_blocked: Blocked) -> list[Quantity]:
    """A number word joined to its unit: "the six-day drill" (6 days), "a ten-year plan",
    "a forty-year-old engineer" (an age)."""
    out: list[Quantity] = []
    for m in _HYPHEN_WORD.finditer(text, lo, hi):
        value = parse_words(m.group("w"))
        if not value or is_blocked(m.start(), m.end()):
            continue
        if m.group("u")[0].isupper() and _NAME_AFTER.match(text, m.end()):
            continue  # "the 14th Five-Year Plan": a name
        unit, factor = UNIT_WORDS[m.group("u").lower()]
        kind = "age" if m.group("old") is not None else "duration"
        out.append(Quantity(m.start(), m.end(), value * factor, unit, kind=kind,
                            num_start=m.start()))  # fmt: skip
    return out


# "(1,163 in 2022)", "compared to 47 in 2022", "up from 9 a year earlier"
_CMP_BEFORE = re.compile(
    r"(?:\(|\bcompared\s+(?:to|with)|\bversus|\bvs\.?|\bagainst|\b(?:up|down)\s+from)\s*$", re.I
)
_CMP_AFTER = re.compile(
    r"(?:\s?(?:million|billion|thousand|trillion|mln|bln|bn))?(?:\s+(?:in|a\s+year|the\s+year|"
    r"a\s+month)\b|\s*\))",
    re.I,
)
# "28 of the transits were …, 26 from China …, with the remaining 33 in ballast"
_LIST_BEFORE = re.compile(
    r"(?:,|—|–|\bwith|\band|\bwhile)\s+(?:the\s+remaining\s+|another\s+|a\s+further\s+)?$", re.I
)
_LIST_AFTER = re.compile(r"\s+(?:from|to|in|heading|going|were|was|are|being|of|for)\b")


def _scale_after(text: str, end: int) -> tuple[float, int]:
    """The scale word right after a number ("47 million") and where it ends."""
    sc = _SCALE.match(text, end)
    return (SCALES[sc.group("s").lower().rstrip(".")], sc.end()) if sc else (1.0, end)


def _compared(text: str, m: re.Match[str], lo: int, found: list[Quantity], is_blocked: Blocked
              ) -> Quantity | None:  # fmt: skip
    """A bare number set against an earlier figure of its sentence takes that figure's unit:
    "80 voyages were made, compared to 47 in 2022", "1,218 permits (1,163 in 2022)"; and a
    bare whole number continuing a list of counts ("28 of the transits …, 26 from China …")."""
    start, end = m.start("num"), m.end("num")
    token = text[start:end]
    value = parse_digits(token)
    if value is None or _is_year(token) or is_blocked(start, end) or m.group("sign"):
        return None
    prev = found[-1]
    before = text[max(lo, start - 25) : start]
    factor, stop = _scale_after(text, end)
    if (
        _CMP_BEFORE.search(before)
        and _CMP_AFTER.match(text, end)
        and prev.kind in ("count", "measure", "money", "percent")
        and prev.unit != "ratio"
        and prev.value
        and 0.1 <= abs(value * factor / prev.value) <= 10  # of a like size
    ):
        return Quantity(start, stop, _clean(value * factor), prev.unit, kind=prev.kind,
                        num_start=start)  # fmt: skip
    counts = [q for q in found if q.kind == "count" and q.start >= lo]
    if (counts and value == int(value) and "." not in token and _LIST_BEFORE.search(before)
            and _LIST_AFTER.match(text, end)):  # fmt: skip
        return Quantity(start, end, value, "count", kind="count", num_start=start)
    return None

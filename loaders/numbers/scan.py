"""The scanner: finds quantities in a piece of text with value, unit, range and surface.

One pass of a precompiled number regex (digits and number words); for each token the left
context gives the currency sign and sign, the right context the range end, scale ("billion",
"b" after a currency sign), unit ("percent", "kWh", "tonnes", "TEU", "bcm", "dollars",
"times", "years"), per-unit ("$100/t" → ``USD``, the surface keeps "/t") or the counted noun
("15,000 trains").
Bare numbers with none of these are not statistics, nor are 4-digit years, nor anything in
a blocked span (see :mod:`loaders.numbers.exclusions`). Ranges ("10–15 years") are one
quantity: ``value`` the low end, ``value_high`` the high end.
"""

from __future__ import annotations

import re

from loaders.numbers.forms import (
    _compared,
    _elliptical,
    _from_to,
    _word_quantity,
    signed_figure,
    special_forms,
)
from loaders.numbers.lexicon import (
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    MULTIPLE_VERBS,
    SCALES,
    TIME_UNITS,
    UNIT_WORDS,
)
from loaders.numbers.nouns import _counted, shared_noun
from loaders.numbers.parse import parse_digits, parse_words
from loaders.numbers.patterns import (
    _BETWEEN,
    _BETWEEN_RANGE,
    _BY_CHANGE,
    _CURRENCY_AFTER,
    _CURRENCY_PREFIX,
    _GLUED,
    _LEVEL_VERB,
    _NUMBER_OF,
    _NUMBER_WAS,
    _OF_THE,
    _ORDINAL,
    _PER,
    _RANGE,
    _RANK_AFTER,
    _RANK_BEFORE,
    _RATIO_BEFORE,
    _SCALE,
    _TIMES_RATIO_AFTER,
    _UNIT_AFTER,
    _VERB_NUMBER,
    NUMBER_RE,
    NUMBER_WORD_GATE,
    Quantity,
    _is_year,
    _make,
    per_day,
)

__all__ = ["Quantity", "scan"]

_FROM_BEFORE = re.compile(
    r"\b(?:increased|rose|grew|fell|decreased|dropped|declined|jumped|"
    r"climbed|went|up|down|risen|fallen|grown)\s+from\s+$",
    re.I,
)
_TO_NUMBER = re.compile(r"\s+to\s+[0-9]")
_PARTS_OF = re.compile(
    r"\b(?:purposes?|goals?|aims?|reasons?|objectives?|tasks?|answers?|problems?|missions?|"
    r"approach|strategy|response|challenges?|rationale|motives?|benefits?)\b[^.;:]{0,40}?"
    r"\b(?:was|is|are|were)\s+$",
    re.I,
)
_STRONG = re.compile(r"-strong\s+([a-z]+)\b")
_DIGIT = re.compile(r"[0-9]")
_PER_BEFORE = re.compile(r"\bper\s+$", re.I)


# A lone "t" after a scale word ("94.0 mio t", "3.5 mln t"); alone after a number it is too
# often something else ("5 t" in a list, "T-72") to be read as tonnes.
_SCALED_TONNE = re.compile(r"\s?t(?![\w'’-])")


def scan(text: str, lo: int, hi: int, blocked: list[tuple[int, int]],
         cut_at: dict[int, int]) -> list[Quantity]:  # fmt: skip
    """Quantities whose digits start within text[lo:hi]; offsets are absolute."""
    found: list[Quantity] = []
    taken_until = lo

    def is_blocked(s: int, e: int) -> bool:
        return any(bs < e and s < be for bs, be in blocked)

    found += special_forms(text, lo, hi, is_blocked)
    age_spans = [(q.start, q.end) for q in found]
    bare: list[re.Match[str]] = []  # plain numbers read as nothing (see _shared_ahead)

    may_hold_numbers = _DIGIT.search(text, lo, hi) or NUMBER_WORD_GATE.may_match(text, lo, hi)
    for m in NUMBER_RE.finditer(text, lo, hi) if may_hold_numbers else ():
        if m.start() < taken_until or any(s <= m.start() < e for s, e in age_spans):
            continue
        if _PER_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # "per 1,000 cubic metres": the denominator of a rate
        q = _quantity(text, m, blocked, cut_at, is_blocked)
        if q is not None and q.unit == "count" and q.value != int(q.value):
            q = None  # "60.37 Non-ferrous metals": nobody counts 60.37 things
        if q is None and m.group("sign"):
            q = signed_figure(text, m, lo, hi, is_blocked)
        if q is None and m.group("num") and found:
            q = (
                _from_to(text, m, found[-1], is_blocked)
                or _elliptical(text, m, found[-1], is_blocked, cut_at)
                or _compared(text, m, lo, found, is_blocked)
            )
        elif q is not None and q.unit == "count" and not q.counted and found:
            q = _elliptical(text, m, found[-1], is_blocked, cut_at) or q
        if q is not None and q.unit == "percent" and q.value_high is None and q.value >= 0:
            high = _PERCENT_HIGH.match(text, q.end)
            if high and float(high.group("n")) > q.value:  # "20%-38%": one range
                q.value_high, q.end = float(high.group("n")), high.end()
        if q is not None:
            found.append(q)
            taken_until = q.end
        elif m.group("num") and not m.group("sign"):
            bare.append(m)
    for b in bare:
        shared = _shared_ahead(text, b, found, is_blocked)
        if shared is not None:
            found.append(shared)
    found.sort(key=lambda q: q.start)
    return found


_PERCENT_HIGH = re.compile(r"\s?[-–—]\s?(?P<n>[0-9]{1,3}(?:\.[0-9]+)?)\s?%")
_SHARED_GAP = re.compile(r"\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+")
_DIGITS = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def _shared_ahead(text: str, m: re.Match[str], found: list[Quantity], is_blocked
                  ) -> Quantity | None:  # fmt: skip
    """A bare number listed before a figure with a scale word and a unit shares both: "177
    and 104 thousand barrels per day" (177,000 barrels per day), "1.2 or 1.5 million tonnes"."""
    start, end = m.start("num"), m.end("num")
    token = text[start:end]
    value = parse_digits(token)
    gap = _SHARED_GAP.match(text, end)
    if value is None or _is_year(token) or is_blocked(start, end) or gap is None:
        return None
    nxt = next((q for q in found if q.start == gap.end()), None)
    if nxt is None or nxt.kind not in ("measure", "money") or nxt.num_start is None:
        return None
    digits = _DIGITS.match(text, nxt.num_start)
    scale = _SCALE.match(text, digits.end()) if digits else None
    own = parse_digits(digits.group(0)) if digits else None
    if scale is None or not own or not nxt.value:
        return None
    factor = nxt.value / own
    if not 0.1 <= value / own <= 10:
        return None  # of a like size
    return Quantity(start, end, value * factor, nxt.unit, kind=nxt.kind, num_start=start)


# A multiple followed by the figure it reached or started from: "doubled to 60%", "tripled,
# to 40%", "doubled from 20 to 40 tonnes".
_MULTIPLE_TO = re.compile(
    r",?\s+(?:to|from)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|"
    r"some\s+|roughly\s+)?(?:US|S|C|A|HK)?[$€£¥₽]?\s?\d",
    re.I,
)


def _quantity(text: str, m: re.Match[str], blocked: list[tuple[int, int]],
              cut_at: dict[int, int], is_blocked) -> Quantity | None:  # fmt: skip
    if m.group("mult"):
        word = m.group("mult").lower()
        if word in MULTIPLE_VERBS:
            value = MULTIPLE_VERBS[word]
        else:
            head = word.replace("-", "")[:-4]
            value = float(head) if head.isdigit() else parse_words(head) or 0.0
        if (
            not value
            or is_blocked(m.start(), m.end())
            or _PARTS_OF.search(text[max(0, m.start() - 60) : m.start()])
            or _MULTIPLE_TO.match(text, m.end())
        ):  # "the purpose of the sanctions was threefold": three parts, not a multiple;
            # "doubled to 60%": the figure reached is the statistic, the multiple restates it
            return None
        return Quantity(m.start(), m.end(), value, "ratio", kind="ratio", change_word=True,
                        num_start=m.start())  # fmt: skip
    if m.group("words"):
        return _word_quantity(text, m, is_blocked)
    start, num_start, end = m.start(), m.start("num"), m.end("num")
    if num_start in cut_at:
        end = cut_at[num_start]
    token = text[num_start:end]
    if is_blocked(num_start, end):
        return None
    value = parse_digits(token)
    if value is None:
        return None
    signed = bool(m.group("sign"))
    if signed:
        value = -value if m.group("sign") in "-−–—" else value
    before = text[max(0, start - 12) : start]
    cur = _CURRENCY_PREFIX.search(before)
    unit: str | None = None
    kind = "measure"
    if cur:
        start -= len(cur.group(0))
        key = (cur.group("sym") or cur.group("code")).lower().lstrip("\\")
        unit, kind = CURRENCY_SIGNS[key], "money"
    pos = end
    value_high = None
    rng = _RANGE.match(text, pos) if end == m.end("num") else None
    if rng is None and end == m.end("num") and _BETWEEN.search(text, max(0, start - 20), start):
        rng = _BETWEEN_RANGE.match(text, pos)
    if rng and _FROM_BEFORE.search(text[max(0, start - 40) : start]):
        rng = None  # "increased from 29,000 to 48,000": two levels, not a range
    if rng and not is_blocked(rng.start("n2"), rng.end("n2")):
        high = parse_digits(rng.group("n2"))
        if _is_year(token) and _is_year(rng.group("n2")):
            return None
        if _is_year(token) and not cur:
            rng = None  # "in 2022 to 623,000 cars": a year, then the figure
        if rng is not None and high is not None and high > abs(value):
            value_high, pos = high, rng.end()
    if _is_year(token) and not cur and value_high is None:
        probe = _SCALE.match(text, pos) or _UNIT_AFTER.match(text, pos)
        if not probe or probe.group(0).strip().lower() in ("years", "year", "-year"):
            return _year_like_count(text, start, pos, value, num_start)
    factor = 1.0
    glued = _GLUED.match(text, pos)  # right after the digits (of the range end: "$108-110b")
    change_word = False
    if glued:
        g = glued.group("g").lower()
        if g == "x":
            return _make(start, glued.end(), value, value_high, 1.0, "ratio", "ratio", signed,
                         num_start, change_word=False)  # fmt: skip
        if g in ("bcm", "tcm"):
            return _make(start, glued.end(), value, value_high, UNIT_WORDS[g][1], "m3",
                         "measure", signed, num_start)  # fmt: skip
        if g == "k" and not cur:  # "Chery (157k)": thousands of things
            return _make(start, glued.end(), value, value_high, 1e3, "count", "count", signed,
                         num_start)  # fmt: skip
        if g in ("b", "m") and not cur:
            u = _UNIT_AFTER.match(text, glued.end())
            name = UNIT_WORDS.get(" ".join(u.group("u").lower().split()), ("", 1.0))[0] if (
                u and u.group("u")) else ""  # fmt: skip
            if name in ("", "ratio", *TIME_UNITS) or not text[glued.end()].isspace():
                return None  # "2.1M bpd", "1.2M tonnes" scale their unit; a bare "5m" does not
        factor, pos = SCALES[g], glued.end()
    else:
        sc = _SCALE.match(text, pos)
        if sc:
            factor, pos = SCALES[sc.group("s").lower().rstrip(".")], sc.end()
    if unit is None:
        cw = _CURRENCY_AFTER.match(text, pos)
        if cw:
            unit, kind, pos = (
                CURRENCY_WORDS[" ".join(cw.group("c").lower().split())],
                "money",
                cw.end(),
            )
    if unit is not None:
        per = _PER.match(text, pos)
        if per:  # "$100/t": a price, in its currency (the surface keeps "/t")
            pos = per.end()
        return _make(start, pos, value, value_high, factor, unit, kind, signed, num_start)
    if _ORDINAL.match(text, end) and pos == end:
        after = _ORDINAL.match(text, end).end()  # type: ignore[union-attr]
        if _RANK_AFTER.match(text, after) or _RANK_BEFORE.search(text[max(0, start - 20) : start]):
            return _make(start, after, value, None, 1.0, "rank", "rank", False, num_start)
        return None
    if text.startswith("+", pos) and pos == end and _UNIT_AFTER.match(text, pos + 1):
        pos += 1  # "10+ years": more than ten years
    t = _SCALED_TONNE.match(text, pos) if factor != 1.0 else None
    if t:  # "94.0 mio t", "1.2 mln t": a lone "t" after a scale word is tonnes
        return _make(start, t.end(), value, value_high, factor, "tonne", "measure", signed,
                     num_start)  # fmt: skip
    u = _UNIT_AFTER.match(text, pos)
    if u:
        if u.group("pct") is not None:
            return _make(start, u.end(), value, value_high, factor, "percent", "percent",
                         signed, num_start)  # fmt: skip
        if u.group("old") is not None:
            return _make(start, u.end(), value, None, 1.0, "year", "age", False, num_start)
        if u.group("fold") is not None:
            return _make(start, u.end(), value, None, 1.0, "ratio", "ratio", signed,
                         num_start, change_word=True)  # fmt: skip
        word = (u.group("u") or u.group("hy") or "").lower()
        word = " ".join(word.split())
        unit_name, ufactor = UNIT_WORDS.get(word) or UNIT_WORDS[word + "s"]
        if unit_name == "ratio":
            before_num = text[max(0, start - 40) : start]
            if _TIMES_RATIO_AFTER.match(text, u.end()) or _RATIO_BEFORE.search(before_num):
                change_word = bool(_RATIO_BEFORE.search(before_num))
                return _make(start, u.end(), value, value_high, 1.0, "ratio", "ratio", signed,
                             num_start, change_word=change_word)  # fmt: skip
            return _make(start, u.end(), value, value_high, factor, "count", "count", False,
                         num_start, counted="times")  # fmt: skip
        pct = {"percent": "percent", "percentage_point": "percent"}
        kind = "duration" if unit_name in TIME_UNITS else pct.get(unit_name, "measure")
        unit_name, stop = per_day(text, u.end(), unit_name, kind)
        return _make(start, stop, value, value_high, factor * ufactor, unit_name, kind,
                     signed, num_start)  # fmt: skip
    if factor != 1.0 and text[pos : pos + 1] in ("", " ", ",", ".", ")", ";"):
        noun = _counted(text, pos)
        stop = noun[1] if noun else pos
        return _make(start, stop, value, value_high, factor, "count", "count", signed,
                     num_start, counted=noun[0] if noun else None)  # fmt: skip
    strong = _STRONG.match(text, pos)
    if strong:  # "a 2,000-strong contingent": a count of people
        return _make(start, strong.end(), value, value_high, factor, "count", "count", False,
                     num_start, counted=strong.group(1))  # fmt: skip
    noun = _counted(text, pos)
    if noun:
        return _make(start, noun[1], value, value_high, factor, "count", "count", False,
                     num_start, counted=noun[0])  # fmt: skip
    shared = shared_noun(text, pos) if value_high is None else None
    if shared:  # "5 Russian and 3 Chinese warships"
        return _make(start, shared[1], value, None, factor, "count", "count", False, num_start,
                     counted=shared[0])  # fmt: skip
    if (
        _OF_THE.match(text, pos)
        or _BY_CHANGE.search(text[max(0, start - 40) : start])
        or text[max(0, start - 1) : start] in ("~", "≈")
        or _NUMBER_OF.search(text[max(0, start - 120) : start])
        or _LEVEL_VERB.search(text[max(0, start - 40) : start])
        or (_FROM_BEFORE.search(text[max(0, start - 40) : start]) and _TO_NUMBER.match(text, pos))
    ):  # "increased from 29,000 to 48,000"
        return _make(start, pos, value, value_high, factor, "count", "count", False, num_start)
    if _NUMBER_WAS.search(text[max(0, start - 60) : start]) or _VERB_NUMBER.search(
        text[max(0, start - 60) : start]
    ):  # "the number of X was 12", "universities, which now number more than 30"
        return _make(start, pos, value, value_high, factor, "count", "count", False, num_start)
    return None


_NOT_AFTER_YEAR = re.compile(
    r"\b(?:in|since|by|from|until|till|before|after|of|during|to|between|through|for|as|"
    r"early|late|mid|and|or|the|spring|summer|autumn|fall|winter|[A-Z][a-z]+)\s*[-–]?\s*$"
)
_METRIC_NOUN = re.compile(
    r"\b(?:exports|imports|sales|revenues|profits|prices|figures|results|data|elections|games|"
    r"olympics|levels|earnings|volumes|shipments|deliveries|investments|budgets|forecasts|"
    r"targets|estimates|statistics|numbers|rates|values|flows|tariffs|plans|talks|protests)$",
    re.I,
)
_AUX_AFTER = re.compile(r"[ \t]+(?:were|are|have|had|will|would|could|can|remain|remained)\b")


def _year_like_count(text: str, start: int, pos: int, value: float, num_start: int
                     ) -> Quantity | None:  # fmt: skip
    """A number that reads like a year but counts things: "and 2000 jobs were created"
    (a counted plural noun, then a verb; not after a word that introduces a year)."""
    if _NOT_AFTER_YEAR.search(text[max(0, start - 12) : start]) and not re.search(
        r"(?:^|\s)(?:and|or)\s+$", text[max(0, start - 5) : start]
    ):
        return None
    if value % 100 and value >= 1900:
        return None  # "and 2021 exports were": a year; a round figure is more often a count
    noun = _counted(text, pos)
    if not noun or not _AUX_AFTER.match(text, noun[1]) or _METRIC_NOUN.search(noun[0]):
        return None
    return _make(start, noun[1], value, None, 1.0, "count", "count", False, num_start,
                 counted=noun[0])  # fmt: skip

"""The scanner: finds quantities in a piece of text with value, unit, range and surface.

One pass of a precompiled number regex (digits and number words); for each token the left
context gives the currency sign and sign, the right context the range end, scale ("billion",
"b" after a currency sign), unit ("percent", "kWh", "tonnes", "TEU", "bcm", "dollars",
"times", "years"), per-unit ("$100/t" → ``USD/tonne``) or the counted noun ("15,000 trains").
Bare numbers with none of these are not statistics, nor are 4-digit years, nor anything in
a blocked span (see :mod:`loaders.numbers.exclusions`). Ranges ("10–15 years") are one
quantity: ``value`` the low end, ``value_high`` the high end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.numbers.lexicon import (
    COUNT_NOUNS_IRREGULAR,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    MULTIPLE_VERBS,
    NOT_COUNT,
    ORDINAL_WORDS,
    PER_UNITS,
    SCALES,
    TENS_WORDS,
    UNIT_WORDS,
    UNITS_WORDS,
    alternation,
)
from loaders.numbers.parse import parse_digits, parse_words


@dataclass
class Quantity:
    start: int  # absolute offsets (surface = text[start:end])
    end: int
    value: float
    unit: str
    value_high: float | None = None
    kind: str = "measure"  # money|percent|ratio|count|age|rank|duration|measure
    signed: bool = False  # the text wrote an explicit + or − sign
    change_word: bool = False  # "tripled", "tenfold", "2.54 times"
    counted: str | None = None  # the counted noun phrase ("trains")
    num_start: int = 0  # where the digits/words start (after currency sign and sign)


_DIGITS = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:[.,][0-9]+)?"
_WORD_CARD = (
    rf"(?:{alternation(TENS_WORDS)})(?:[\s-](?:{alternation(UNITS_WORDS)}))?|"
    rf"{alternation(UNITS_WORDS)}"
)
NUMBER_RE = re.compile(
    rf"(?:(?P<sign>(?<![\w.,/)\]])[-+−–—])|(?<![\w.,/^{{}}@#&;:-]))(?P<num>{_DIGITS})"
    rf"|(?<![\w-])(?P<words>a\s+dozen|(?:{_WORD_CARD})(?:\s+(?:hundred|thousand))?"
    r"(?:[\s-](?:halves|half|thirds?|quarters?|fifths?|tenths?))?)(?![\w-])"
    r"|(?<![\w-])(?P<mult>doubled|tripled|trebled|quadrupled|halved|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|[0-9]+)-?fold)(?![\w-])",
    re.I,
)
_CURRENCY_PREFIX = re.compile(
    r"(?:(?P<sym>US\$|\\?\$|€|£|¥|₽)|\b(?P<code>USD|EUR|RMB|CNY|RUB|GBP)\s?)\s?$"
)
_RANGE = re.compile(rf"(?:[-–—]|\s[-–—]\s|\sto\s)(?:\\?\$|€)?(?P<n2>{_DIGITS})(?![0-9])")
_GLUED = re.compile(r"(?P<g>bn|bln|mln|mn|trn|tn|bcm|tcm|[bmkxBMK])(?![A-Za-z0-9])")
_SCALE = re.compile(
    r"\s?(?P<s>trillion|billion|million|thousand|bln\.?|bn|mln\.?|mn|trn|tn)"
    r"(?![\w])",
    re.I,
)
_CURRENCY_AFTER = re.compile(rf"\s?(?:of\s+)?(?P<c>{alternation(CURRENCY_WORDS)})\b", re.I)
_UNIT_WORDS = {k: v for k, v in UNIT_WORDS.items() if k not in ("x", "fold", "%")}
_UNIT_AFTER = re.compile(
    rf"\s?(?P<pct>%)|\s?(?:more\s+|additional\s+|full\s+|consecutive\s+|straight\s+)?"
    rf"(?P<u>{alternation(_UNIT_WORDS)})(?![A-Za-z0-9])|-(?P<hy>year|month|day|week|km|kilometre|kilometer|mile|tonne|ton|kg|"
    r"kWh|MW|GW)s?(?!-old)\b"
    r"|-year-old\b(?P<old>)|\s?-?(?P<fold>fold)\b",
    re.I,
)
_PER_DAY = re.compile(r"\s?(?:per|a|/)\s?(?:day|d)\b", re.I)
_PER = re.compile(rf"\s?(?:/|per\s+)(?P<p>{alternation(PER_UNITS)})\b", re.I)
_TIMES_RATIO_AFTER = re.compile(
    r"\s*(?:more|less|bigger|higher|larger|greater|smaller|lower|faster|slower|as|the|over|"
    r"compared|than|that|cheaper|richer|poorer)\b",
    re.I,
)
_RATIO_BEFORE = re.compile(
    r"\b(?:by|grew|rose|increased|decreased|fell|dropped|up|down|multiplied|jumped|surged)"
    r"\s+(?:almost\s+|nearly\s+|about\s+|over\s+|more\s+than\s+)?$",
    re.I,
)
_ORDINAL = re.compile(r"(?:st|nd|rd|th|\^\{(?:st|nd|rd|th)\})(?![A-Za-z])")
_RANK_AFTER = re.compile(
    r"\s*(?:place|position|spot|-?(?:largest|biggest|most|highest|lowest)\b|among\b|"
    r"in\s+(?:the\s+)?(?:\w+\s+){0,2}(?:ranking|rating|list|index|world|league))",
    re.I,
)
_RANK_BEFORE = re.compile(
    r"\b(?:ranked|ranks|ranking|placed|rated|places?\s+\w+|to|is|was|came|comes|finished|"
    r"stays|remains|distant)\s+$",
    re.I,
)
_HASH_RANK = re.compile(r"(?<![\w#])#(?P<n>[1-9][0-9]{0,2})(?=\s+[a-z])")
_ORD_WORD = re.compile(
    rf"(?<![\w-])(?P<o>{alternation(ORDINAL_WORDS)})(?=\s*(?:place|position|-largest|"
    rf"-biggest|in\s+(?:the\s+)?(?:ranking|rating|list))|\s+to\s+(?:{alternation(ORDINAL_WORDS)})"
    r"\s*(?:place|position|in\s+(?:the\s+)?(?:ranking|rating|list)))",
    re.I,
)
_FRACTION = re.compile(
    r"(?<!first\s)(?<!second\s)(?<!third\s)(?<!fourth\s)(?<!last\s)(?<!the\s)(?<![\w-])"
    r"(?:(?P<f>(?:a|one)\s+(?:half|third|quarter|fifth|tenth)|half)"
    r"(?=\s+(?:of|fewer|more|less|lower|higher|smaller|larger|bigger)\b)"
    r"|(?<=by\s)(?P<g>(?:a|one)\s+(?:half|third|quarter|fifth|tenth)|half)\b)",
    re.I,
)
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}
_AGE_COMMA = re.compile(r"\b[A-Z][a-z]+,\s(?P<a>[1-9][0-9]),\s")
_FROM_TO = re.compile(
    r"\bfrom\s+\S+(?:\s+\S+){0,6}?\s+to\s+(?:just\s+|only\s+|about\s+|almost\s+|nearly\s+|"
    r"around\s+|some\s+)?$",
    re.I,
)
_AGE = re.compile(r"[A-Z][a-z]+\s(?P<p>\((?P<a>[0-9]{1,3})\))|\baged\s+(?P<b>[0-9]{1,3})\b")
_NUMBER_WAS = re.compile(
    r"\b(?:number|total|figure|count|tally|[a-z]{3,}s)\s+(?:of\s+\w+(?:\s+\w+)?\s+)?(?:was|is|were|"
    r"reached|stood\s+at|totall?ed|amounted\s+to|exceeded|rose\s+to|fell\s+to)\s+"
    r"(?:about\s+|almost\s+|nearly\s+|over\s+|around\s+)?$",
    re.I,
)
_NUMBER_OF = re.compile(
    r"\bnumber\s+of\b[^.;:]{0,80}?\b(?:was|is|were|reached|stood\s+at|totall?ed|amounted\s+to|"
    r"exceeded|rose\s+to|fell\s+to|grew\s+to|increased\s+to|decreased\s+to|hit)\s+"
    r"(?:about\s+|almost\s+|nearly\s+|over\s+|around\s+|some\s+|roughly\s+|just\s+)?$",
    re.I,
)
_WORD_RANGE = re.compile(rf"\s+(?:to|or|-|–|—)\s+(?P<w2>{_WORD_CARD})(?![\w-])", re.I)
_OF_THE = re.compile(r"\s+(?:of\s+(?:the|them|these|those|its|their|our)|out\s+of)\b", re.I)
_BY_CHANGE = re.compile(
    r"\b(?:fell|rose|grew|increased|decreased|dropped|declined|shrank|added|lost|climbed|"
    r"jumped|gained|expanded|contracted)\s+(?:by\s+)?(?:about\s+|almost\s+|nearly\s+|some\s+|"
    r"roughly\s+|around\s+|over\s+)?$|\b(?:fell|rose|grew|increased|decreased|dropped|declined|"
    r"climbed|jumped|reached|grew\s+[0-9.]+x)[^.;:]{0,40}\bto\s+(?:about\s+|almost\s+|"
    r"nearly\s+|some\s+|roughly\s+|around\s+|just\s+)?$",
    re.I,
)
_INHERIT_GAP = re.compile(
    r"^[^0-9.;]{0,12}?(?:\s(?:and|or|to|versus|vs\.?|against)\s|,\s|compared\s+(?:with|to)\s|"
    r"from\s)(?:(?:about|almost|nearly|just|only|some|roughly|around)\s)?$|"
    r"^\s+by\s+(?:19|20)[0-9]{2}\s+(?:and|or)\s+$",
    re.I,
)
_WORD_RE = re.compile(r"[ \t]+([A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?)")
_DEMONYM_PLURAL = re.compile(r"^[A-Z][a-z]+(?:ians|ans|ers)$")
_STOP = {
    "the", "a", "an", "of", "in", "to", "and", "or", "was", "were", "is", "are", "be", "by",
    "for", "from", "with", "on", "at", "as", "than", "that", "which", "who", "it", "this",
    "these", "those", "has", "have", "had", "will", "would", "can", "could", "per", "more",
    "less", "not", "but", "so", "if", "into", "over", "after", "before", "ago", "since",
    "until", "up", "down", "about", "out", "alone",
}  # fmt: skip
_ANAPHORIC = re.compile(
    r"\b(?:the|these|those|both|all|its|their|our|his|her|each|every)\s+$", re.I
)


def _is_year(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and 1800 <= int(token) <= 2100


def _counted(text: str, pos: int, *, word_number: bool = False) -> tuple[str, int] | None:
    """The counted noun phrase after a bare number ("4 new blocs" → "new blocs")."""
    words: list[str] = []
    end = pos
    for _ in range(4):
        m = _WORD_RE.match(text, end)
        if not m:
            return None
        w = m.group(1)
        lw = w.lower().strip("’'")
        if lw == "and" and words:
            words.append(w)
            end = m.end()
            continue
        if lw in _STOP or lw in NOT_COUNT or _is_adverb(lw) or (not words and _is_verb(lw)):
            return None
        words.append(w)
        end = m.end()
        plural = (
            len(lw) > 3 and lw.endswith("s") and not lw.endswith(("ss", "us", "is", "ous"))
        ) or lw in COUNT_NOUNS_IRREGULAR
        if plural and (
            w[0].islower()
            or _DEMONYM_PLURAL.match(w)
            or (word_number and _lower_before(text, pos) and _next_is_lower(text, end))
        ):
            return " ".join(words), end
        if plural:
            return None
        if "'" in w or "’" in w:
            return None
    return None


_NUM_OR_WORD = r"[0-9]+(?:\.[0-9]+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_OUT_OF = re.compile(rf"(?<![\w.,])(?P<a>{_NUM_OR_WORD})\s+out\s+of\s+(?P<b>{_NUM_OR_WORD})\b",
                     re.I)  # fmt: skip


def _num_or_word(token: str) -> float | None:
    return parse_digits(token) if token[0].isdigit() else parse_words(token)


_ADVERB_ENDS = ("ally", "ously", "ively", "fully", "ently", "antly", "ately", "edly", "arly")


def _is_adverb(word: str) -> bool:
    return word in ("only", "nearly", "roughly", "mostly", "mainly", "largely", "partly",
                    "respectively", "early", "daily", "weekly", "monthly", "yearly") or (
        word.endswith(_ADVERB_ENDS))  # fmt: skip


def _is_verb(word: str) -> bool:
    """A participle right after the number ("15,000 used", "20 signed") is not a modifier."""
    return word.endswith(("ed", "ing")) and word not in (
        "leading",
        "existing",
        "operating",
        "skilled",
        "registered",
        "listed",
    )


def _lower_before(text: str, pos: int) -> bool:
    """Whether the word number ending at `pos` is written in lower case (not a title)."""
    m = re.search(r"([A-Za-z]+)\s*$", text[max(0, pos - 20) : pos])
    return bool(m and m.group(1)[0].islower())


def _next_is_lower(text: str, pos: int) -> bool:
    m = _WORD_RE.match(text, pos)
    return bool(m and m.group(1)[0].islower())


def scan(text: str, lo: int, hi: int, blocked: list[tuple[int, int]],
         cut_at: dict[int, int]) -> list[Quantity]:  # fmt: skip
    """Quantities whose digits start within text[lo:hi]; offsets are absolute."""
    found: list[Quantity] = []
    taken_until = lo

    def is_blocked(s: int, e: int) -> bool:
        return any(bs < e and s < be for bs, be in blocked)

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
    for m in _FRACTION.finditer(text, lo, hi):
        word = (m.group("f") or m.group("g")).lower().split()[-1]
        found.append(Quantity(m.start(), m.end(), _FRACTIONS[word], "ratio", kind="ratio",
                              num_start=m.start()))  # fmt: skip
    for m in _OUT_OF.finditer(text, lo, hi):
        a, b = _num_or_word(m.group("a")), _num_or_word(m.group("b"))
        if a is not None and b and not is_blocked(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), _clean(a / b), "ratio", kind="ratio",
                                  num_start=m.start()))  # fmt: skip
    for m in _HASH_RANK.finditer(text, lo, hi):
        found.append(Quantity(m.start(), m.end(), float(m.group("n")), "rank", kind="rank",
                              num_start=m.start("n")))  # fmt: skip
    age_spans = [(q.start, q.end) for q in found]

    for m in NUMBER_RE.finditer(text, lo, hi):
        if m.start() < taken_until or any(s <= m.start() < e for s, e in age_spans):
            continue
        q = _quantity(text, m, blocked, cut_at, is_blocked)
        if q is not None and q.unit == "count" and q.value != int(q.value):
            q = None  # "60.37 Non-ferrous metals": nobody counts 60.37 things
        if q is None and m.group("num") and found:
            q = _from_to(text, m, found[-1], is_blocked) or _elliptical(
                text, m, found[-1], is_blocked, cut_at
            )
        elif q is not None and q.unit == "count" and not q.counted and found:
            q = _elliptical(text, m, found[-1], is_blocked, cut_at) or q
        if q is not None:
            found.append(q)
            taken_until = q.end
    found.sort(key=lambda q: q.start)
    return found


def _quantity(text: str, m: re.Match[str], blocked: list[tuple[int, int]],
              cut_at: dict[int, int], is_blocked) -> Quantity | None:  # fmt: skip
    if m.group("mult"):
        word = m.group("mult").lower()
        if word in MULTIPLE_VERBS:
            value = MULTIPLE_VERBS[word]
        else:
            head = word.replace("-", "")[:-4]
            value = float(head) if head.isdigit() else parse_words(head) or 0.0
        if not value or is_blocked(m.start(), m.end()):
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
    if rng and not is_blocked(rng.start("n2"), rng.end("n2")):
        high = parse_digits(rng.group("n2"))
        if _is_year(token) and _is_year(rng.group("n2")):
            return None
        if high is not None and high > abs(value):
            value_high, pos = high, rng.end()
    if _is_year(token) and not cur and value_high is None:
        probe = _SCALE.match(text, pos) or _UNIT_AFTER.match(text, pos)
        if not probe or probe.group(0).strip().lower() in ("years", "year", "-year"):
            return None
    factor = 1.0
    glued = _GLUED.match(text, pos) if pos == end else None
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
            return None
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
        if per:
            unit, pos = f"{unit}/{PER_UNITS[per.group('p').lower()]}", per.end()
        return _make(start, pos, value, value_high, factor, unit, kind, signed, num_start)
    if _ORDINAL.match(text, end) and pos == end:
        after = _ORDINAL.match(text, end).end()  # type: ignore[union-attr]
        if _RANK_AFTER.match(text, after) or _RANK_BEFORE.search(text[max(0, start - 20) : start]):
            return _make(start, after, value, None, 1.0, "rank", "rank", False, num_start)
        return None
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
            return _make(start, u.end(), value, value_high, 1.0, "count", "count", False,
                         num_start, counted="times")  # fmt: skip
        kind = {"percent": "percent", "percentage_point": "percent", "year": "duration",
                "month": "duration", "day": "duration"}.get(unit_name, "measure")  # fmt: skip
        stop = u.end()
        per_day = _PER_DAY.match(text, stop) if kind == "measure" else None
        if per_day:  # daily rates differ from volumes; annual ones keep the plain unit
            unit_name, stop = f"{unit_name}/day", per_day.end()
        return _make(start, stop, value, value_high, factor * ufactor, unit_name, kind,
                     signed, num_start)  # fmt: skip
    if factor != 1.0 and text[pos : pos + 1] in ("", " ", ",", ".", ")", ";"):
        noun = _counted(text, pos)
        stop = noun[1] if noun else pos
        return _make(start, stop, value, value_high, factor, "count", "count", signed,
                     num_start, counted=noun[0] if noun else None)  # fmt: skip
    noun = _counted(text, pos)
    if noun:
        return _make(start, noun[1], value, value_high, factor, "count", "count", False,
                     num_start, counted=noun[0])  # fmt: skip
    if (
        _OF_THE.match(text, pos)
        or _BY_CHANGE.search(text[max(0, start - 40) : start])
        or text[max(0, start - 1) : start] in ("~", "≈")
        or _NUMBER_OF.search(text[max(0, start - 120) : start])
    ):
        return _make(start, pos, value, value_high, factor, "count", "count", False, num_start)
    if _NUMBER_WAS.search(text[max(0, start - 60) : start]):
        return _make(start, pos, value, value_high, factor, "count", "count", False, num_start)
    return None


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


def _elliptical(text: str, m: re.Match[str], prev: Quantity, is_blocked, cut_at
                ) -> Quantity | None:  # type: ignore[no-untyped-def]  # fmt: skip
    """A number without unit right after a quantity with one takes its unit:
    "80 million tonnes by 2024 and 200 million by 2030", "18 voyages, compared with 9"."""
    if prev.kind not in ("count", "measure", "money", "percent") or prev.end > m.start():
        return None
    if not _INHERIT_GAP.search(text[prev.end : m.start()]):
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
    return Quantity(start, end, _clean(value * factor), prev.unit, kind=prev.kind,
                    counted=None, num_start=start)  # fmt: skip


def _word_quantity(text: str, m: re.Match[str], is_blocked) -> Quantity | None:  # type: ignore[no-untyped-def]
    words = m.group("words")
    value = parse_words(words)
    if value is None or is_blocked(m.start(), m.end()):
        return None
    start, pos = m.start(), m.end()
    lw = words.lower().split()
    if lw[-1].rstrip("s") in ("half", "halve", "third", "quarter", "fifth", "tenth"):
        return Quantity(start, pos, value, "ratio", kind="ratio", num_start=start)
    high = None
    rng = _WORD_RANGE.match(text, pos)
    if rng and _UNIT_AFTER.match(text, rng.end()):
        high, pos = parse_words(rng.group("w2")), rng.end()
        u = _UNIT_AFTER.match(text, pos)
        assert u is not None
        if u.group("u") or u.group("hy"):
            word = " ".join((u.group("u") or u.group("hy") or "").lower().split())
            unit_name, ufactor = UNIT_WORDS.get(word) or UNIT_WORDS[word + "s"]
            if unit_name != "ratio":
                kind = "duration" if unit_name in ("year", "month", "day") else "measure"
                return Quantity(start, u.end(), value * ufactor, unit_name,
                                (high or 0) * ufactor, kind=kind, num_start=start)  # fmt: skip
        pos = m.end()
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
            if not _TIMES_RATIO_AFTER.match(text, u.end()):
                return Quantity(start, u.end(), value, "count", kind="count", counted="times",
                                num_start=start)  # fmt: skip
            return Quantity(start, u.end(), value, "ratio", kind="ratio", num_start=start)
        kind = "percent" if unit_name in ("percent", "percentage_point") else "measure"
        if unit_name in ("year", "month", "day"):
            kind = "duration"
        return Quantity(start, u.end(), value * factor * ufactor, unit_name, kind=kind,
                        num_start=start)  # fmt: skip
    if u and u.group("pct") is not None:
        return Quantity(start, u.end(), value, "percent", kind="percent", num_start=start)
    if lw == ["one"] or _ANAPHORIC.search(text[max(0, start - 12) : start]):
        return None
    if re.match(r"\s+(?:more|others|of\s+(?:them|which|these|those|the))\b", text[pos:]):
        return Quantity(start, pos, value * factor, "count", kind="count", num_start=start)
    noun = _counted(text, pos, word_number=True)
    if noun:
        return Quantity(start, noun[1], value * factor, "count", kind="count", counted=noun[0],
                        num_start=start)  # fmt: skip
    return None


def _make(start: int, end: int, value: float, high: float | None, factor: float, unit: str,
          kind: str, signed: bool, num_start: int, *, change_word: bool = False,
          counted: str | None = None) -> Quantity:  # fmt: skip
    return Quantity(
        start,
        end,
        _clean(value * factor),
        unit,
        _clean(high * factor) if high is not None else None,
        kind,
        signed,
        change_word,
        counted,
        num_start,
    )


def _clean(value: float) -> float:
    """Drop float noise from scaling: 68.63 * 1e9 → 68630000000.0."""
    return float(f"{value:.12g}")

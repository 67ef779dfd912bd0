"""Precompiled patterns of the scanner and the :class:`Quantity` record it returns.

Every regex is compiled once at import; the scanner modules only combine them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.leading import first_chars, led
from loaders.numbers.lexicon import (
    CURRENCY_CODES,
    CURRENCY_WORDS,
    DOLLAR_PREFIXES,
    ORDINAL_WORDS,
    PER_UNITS,
    TENS_WORDS,
    UNIT_WORDS,
    UNITS_WORDS,
    alternation,
)
from loaders.numbers.parse import parse_digits, parse_words
from loaders.prefilter import Gated, gated, required_literals


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


# "1 435 mm": thousands grouped by a space (Russian and SI style), taken only before a unit
# word, where the two groups cannot be two numbers
_WORD_UNITS = alternation(k for k in UNIT_WORDS if k.replace(" ", "").isalpha() and len(k) > 1)
_SPACE_GROUPED = (
    r"(?<![0-9] )[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3})+(?![0-9])"
    rf"(?=[ \u00a0]?(?:{_WORD_UNITS})\b)"
)
_DIGITS = rf"{_SPACE_GROUPED}|[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]+(?:[.,][0-9]+)?"
_WORD_CARD = (
    rf"(?:{alternation(TENS_WORDS)})(?:[\s-](?:{alternation(UNITS_WORDS)}))?|"
    rf"{alternation(UNITS_WORDS)}"
)
_NUMBER_WORDS = (
    rf"(?<![\w-])(?P<words>a\s+dozen|(?:{_WORD_CARD})(?:\s+(?:hundred|thousand))?"
    r"(?:[\s-](?:halves|half|thirds?|quarters?|fifths?|tenths?))?)(?![\w-])"
    r"|(?<![\w-])(?P<mult>doubled|tripled|trebled|quadrupled|halved|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|[0-9]+)-?fold)(?![\w-])"
)
_NUMBER_DIGITS = rf"(?:(?P<sign>(?<![\w.,/)\]])[-+−–—])|(?<![\w.,/^{{}}@#&;:-]))(?P<num>{_DIGITS})"
# `_NUMBER_DIGITS|_NUMBER_WORDS` with the tests `re` would otherwise run at every position
# put first (see loaders.leading): every alternative opens with a look-behind that
# rules out a word character before the match, a figure starts with a sign or a digit, a
# number word (after no "-") with one of the words' first letters. The same matches, 2-3
# times faster on 10x's sentences (tests/test_speed_numbers.py).
_NUMBER_WORD_FIRSTS = first_chars(_NUMBER_WORDS, re.I)
assert _NUMBER_WORD_FIRSTS is not None
NUMBER_RE = re.compile(
    rf"(?<!\w)(?:(?=[-+−–—0-9])(?:{_NUMBER_DIGITS})"
    rf"|(?<!-)(?=[{_NUMBER_WORD_FIRSTS}])(?:{_NUMBER_WORDS}))",
    re.I,
)
# A number `NUMBER_RE` finds has a digit, or a word with one of the literal texts
# `_NUMBER_WORDS` needs ("two", "dozen", "fold", …; see loaders.prefilter): most sentences
# have neither, and the pattern, case-insensitive with look-behinds, is tried at every position.
_NUMBER_WORD_LITERALS = required_literals(re.compile(_NUMBER_WORDS, re.I))
assert _NUMBER_WORD_LITERALS is not None
NUMBER_WORD_GATE = Gated(re.compile(_NUMBER_WORDS, re.I), _NUMBER_WORD_LITERALS)
_CURRENCY_PREFIX = re.compile(
    rf"(?:(?P<sym>(?<![A-Za-z])(?:{'|'.join(DOLLAR_PREFIXES)})\$|\\?\$|€|£|¥|₽)|"
    rf"\b(?P<code>{'|'.join(CURRENCY_CODES)})\s?)\s?$"
)
# (behind a look-ahead for the first characters: see loaders.leading)
_CURRENCY_PREFIX = led(_CURRENCY_PREFIX)
_RANGE = re.compile(rf"(?:[-–—]|\s[-–—]\s|\sto\s)(?:\\?\$|€)?(?P<n2>{_DIGITS})(?![0-9])")
# "between 5 and 7 percent": a range only after "between"
_BETWEEN_RANGE = re.compile(rf"\sand\s(?:\\?\$|€)?(?P<n2>{_DIGITS})(?![0-9])")
_BETWEEN = re.compile(r"\bbetween\s+(?:about\s+|some\s+|roughly\s+)?$", re.I)
_GLUED = re.compile(r"(?P<g>bn|bln|mln|mn|trln|trn|tln|tn|bcm|tcm|[bmkxBMK])(?![A-Za-z0-9])")
_SCALE = re.compile(
    r"\s?(?P<s>trillion|billion|million|thousand|bn|mn|mio|trln|trn|tln|tn|"
    # "bln." ending a sentence: the dot is the sentence's
    r"(?:bln|mln)(?:\.(?!\s+(?-i:[A-Z])|\s*$))?)"
    r"(?![\w])",
    re.I,
)
_CURRENCY_AFTER = re.compile(rf"\s?(?:of\s+)?(?P<c>{alternation(CURRENCY_WORDS)})\b", re.I)
_UNIT_WORDS = {k: v for k, v in UNIT_WORDS.items() if k not in ("x", "fold", "%")}
_UNIT_AFTER = re.compile(
    rf"\s?(?P<pct>%)|\s?(?:more\s+|additional\s+|full\s+|consecutive\s+|straight\s+)?"
    rf"(?P<u>{alternation(_UNIT_WORDS)})(?![A-Za-z0-9])|-(?P<hy>year|month|day|week|hour|km|kilometre|kilometer|mile|tonne|ton|kg|"
    r"kWh|MW|GW|cbm)s?(?!-old)\b"
    r"|-year-old\b(?P<old>)|\s?-?(?P<fold>fold)\b",
    re.I,
)
# "a day", "per day", "/d", "of oil a day", "of Russian crude daily", "daily", "each day": a
# daily rate; up to two names or origin words may stand before the product
_PER_DAY = re.compile(
    r"(?:\s+of\s+(?:(?:(?-i:[A-Z][\w.-]*)|seaborne|refined|imported|exported)\s+){0,2}"
    r"(?:crude\s+oil|crude|oil|natural\s+gas|gas|LNG|diesel|fuel|petroleum|oil\s+products))?"
    r"(?:\s?(?:per|a|/)\s?(?:day|d)\b|\s(?:daily|each\s+day|every\s+day)\b)",
    re.I,
)
_PER = re.compile(rf"\s?(?:/|per\s+)(?P<p>{alternation(PER_UNITS)})\b", re.I)
_TIMES_RATIO_AFTER = re.compile(
    r"\s*(?:more|less|bigger|higher|larger|greater|smaller|lower|faster|slower|as|the|over|"
    r"compared|than|that|cheaper|richer|poorer|its|their|this|these|current|"
    r"[A-Za-z-]+['’]s)\b",  # "ten times today's figure", "five times its size"
    re.I,
)
_RATIO_BEFORE = re.compile(
    r"\b(?:by|grew|rose|increased|decreased|fell|dropped|up|down|multiplied|jumped|surged|"
    r"growing|rising|increasing|decreasing|falling|dropping|jumping|multiplying)"
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
_HASH_RANK = re.compile(
    r"(?:(?<![\w#])#|\b[Nn]o\.\s?|\bnumber\s)(?P<n>[1-9][0-9]{0,2})(?=\s+[a-z])"
)
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
# Behind a literal prefilter (same matches; see loaders.prefilter): most sentences lack the
# words these need, and the patterns are tried at every position.
_AGE, _AGE_COMMA, _HASH_RANK = gated(_AGE), gated(_AGE_COMMA), gated(_HASH_RANK)
_ORD_WORD = gated(_ORD_WORD)
_NUMBER_WAS = re.compile(
    r"\b(?:number|total|figure|count|tally|[a-z]{3,}s)\s+(?:of\s+\w+(?:\s+\w+)?\s+)?(?:was|is|were|"
    r"reached|stood\s+at|totall?ed|amounted\s+to|exceeded|rose\s+to|fell\s+to)\s+"
    r"(?:about\s+|almost\s+|nearly\s+|over\s+|around\s+)?$",
    re.I,
)
_NUMBER_OF = re.compile(
    r"\b(?:number|size|total|headcount)\s+of\b[^.;:]{0,80}?\b(?:was|is|were|reached|stood\s+at|totall?ed|amounted\s+to|"
    # "to bring the total number of students … to 100,000"
    # "the total number of them will reach 14": a future or present "reach(es)"
    r"exceeded|rose\s+to|fell\s+to|grew\s+to|increased\s+to|decreased\s+to|hit|to|"
    r"reach(?:es)?|will\s+be)\s+"
    r"(?:about\s+|almost\s+|nearly\s+|over\s+|around\s+|some\s+|roughly\s+|just\s+)?$",
    re.I,
)
_VERB_NUMBER = re.compile(
    r"\b(?:which|who|that|they|these|those|now|currently|today|already|together)\s+"
    r"(?:\w+\s+)?(?:number|numbered|total|totalled|totaled)\s+(?:about\s+|almost\s+|"
    r"nearly\s+|over\s+|around\s+|some\s+|roughly\s+|more\s+than\s+|at\s+least\s+|"
    r"fewer\s+than\s+|less\s+than\s+)?$",
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
# "sales …, reaching 16,138 in November": a level verb right before a bare number
_LEVEL_VERB = re.compile(
    r"\b(?:reaching|reached|hitting|totalling|totalled|totaling|totaled|numbering|"
    r"accounting\s+for|accounted\s+for|"
    r"standing\s+at|stood\s+at|amounting\s+to|amounted\s+to)\s+(?:about\s+|almost\s+|"
    r"nearly\s+|over\s+|around\s+|some\s+|roughly\s+|just\s+|more\s+than\s+)?$",
    re.I,
)
_INHERIT_GAP = re.compile(
    r"^[^0-9.;]{0,12}?(?:\s(?:and|or|to|versus|vs\.?|against)\s|,\s|compared\s+(?:with|to)\s|"
    r",?\s*including\s|"
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


_NUM_OR_WORD = r"[0-9]+(?:\.[0-9]+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_OUT_OF = re.compile(rf"(?<![\w.,])(?P<a>{_NUM_OR_WORD})\s+out\s+of\s+(?P<b>{_NUM_OR_WORD})\b",
                     re.I)  # fmt: skip


def _num_or_word(token: str) -> float | None:
    return parse_digits(token) if token[0].isdigit() else parse_words(token)


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


def per_day(text: str, stop: int, unit: str, kind: str) -> tuple[str, int]:
    """The unit and end of a measure followed by "per day"/"a day" ("two million barrels
    a day" → ``bbl/day``): daily rates differ from volumes; annual ones keep the plain unit."""
    m = _PER_DAY.match(text, stop) if kind == "measure" else None
    return (f"{unit}/day", m.end()) if m else (unit, stop)


def _clean(value: float) -> float:
    """Drop float noise from scaling: 68.63 * 1e9 → 68630000000.0."""
    return float(f"{value:.12g}")

"""Turning number strings into floats: digit groups, decimal commas, signs and number words.

``parse_digits("53,540.84") == 53540.84``; ``parse_digits("-10,22", decimal_comma=True)
== -10.22``; ``parse_words("two thirds") == 2/3``; ``parse_words("a dozen") == 12``.
"""

from __future__ import annotations

import re

from loaders.numbers.lexicon import FRACTION_WORDS, ORDINAL_WORDS, TENS_WORDS, UNITS_WORDS

_SIGNS = {"-": -1.0, "−": -1.0, "–": -1.0, "—": -1.0, "+": 1.0}
_THOUSANDS = re.compile(r"^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$")
_THOUSANDS_DOT = re.compile(r"^[0-9]{1,3}(?:\.[0-9]{3}){2,}(?:,[0-9]+)?$")
_THOUSANDS_SPACE = re.compile(r"^[0-9]{1,3}(?:[  \u202f][0-9]{3})+(?:[.,][0-9]+)?$")
_SPACE_GROUPS = re.compile(r"^[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3})+$")
_PLAIN = re.compile(r"^[0-9]+(?:\.[0-9]+)?$")
_COMMA_DECIMAL = re.compile(r"^[0-9]+,[0-9]+$")


_SPACE = re.compile(r"\s")
_GROUP_SPACE = re.compile(r"[  \u202f]")
_SPACES_OR_HYPHENS = re.compile(r"[\s-]+")
_DIGIT_ORDINAL = re.compile(r"^([0-9]+)\s*(?:\^\{)?(?:st|nd|rd|th)\}?$", re.I)  # "11th", "22^{nd}"


def split_sign(text: str) -> tuple[float, str]:
    """(sign, rest) of a number string that may start with + - − – —."""
    text = text.strip()
    if text and text[0] in _SIGNS:
        return _SIGNS[text[0]], text[1:].strip()
    return 1.0, text


def parse_digits(text: str, *, decimal_comma: bool = False) -> float | None:
    """Parse a digit string with optional sign, thousands separators or decimal comma.

    A single comma followed by exactly three digits is a thousands separator unless
    `decimal_comma` is set (table cells of a column that uses decimal commas); any other
    single comma ("-10,22") is a decimal comma.
    """
    sign, body = split_sign(text)
    if _SPACE_GROUPS.match(body):  # "1 435": thousands grouped by a space
        body = _SPACE.sub("", body)
    if not body:
        return None
    if _PLAIN.match(body):
        return sign * float(body)
    if _THOUSANDS.match(body) and not (decimal_comma and body.count(",") == 1):
        return sign * float(body.replace(",", ""))
    if _COMMA_DECIMAL.match(body):
        return sign * float(body.replace(",", "."))
    if _THOUSANDS_DOT.match(body):
        return sign * float(body.replace(".", "").replace(",", "."))
    if _THOUSANDS_SPACE.match(body):
        body = _GROUP_SPACE.sub("", body)
        return sign * float(body.replace(",", "."))
    return None


def parse_cardinal_words(words: list[str]) -> float | None:
    """'twenty five' → 25, 'three hundred' → 300, 'a dozen' → 12; None if not a number."""
    words = [w.lower() for w in words if w.lower() not in {"and", "-"}]
    if not words:
        return None
    if words in (["a", "dozen"], ["dozen"], ["one", "dozen"]):
        return 12.0
    total, current = 0.0, 0.0
    for w in words:
        if w in UNITS_WORDS:
            current += UNITS_WORDS[w]
        elif w in TENS_WORDS:
            current += TENS_WORDS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "thousand":
            total += (current or 1) * 1000
            current = 0
        elif w in ("a",) and len(words) > 1:
            current += 1
        else:
            return None
    return total + current


def parse_words(text: str) -> float | None:
    """Number words incl. fractions ('two thirds' → 0.667, 'a half') and hyphenated tens."""
    parts = [p for p in _SPACES_OR_HYPHENS.split(text.strip()) if p]
    if not parts:
        return None
    last = parts[-1].lower()
    if len(parts) >= 2 and last in FRACTION_WORDS and parts[-2].lower() not in TENS_WORDS:
        numerator = parse_cardinal_words(parts[:-1])
        if numerator is not None:
            return numerator / FRACTION_WORDS[last]
    return parse_cardinal_words(parts)


def ordinal_value(text: str) -> int | None:
    """'11th' → 11, 'third' → 3, '22^{nd}' → 22."""
    m = _DIGIT_ORDINAL.match(text.strip())
    if m:
        return int(m.group(1))
    return ORDINAL_WORDS.get(text.strip().lower())

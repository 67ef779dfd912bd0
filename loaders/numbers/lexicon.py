"""Word lists of the statistics engine: number words, scales, currencies and units.

Pure data plus a few lookups; the regexes that use these live in :mod:`loaders.numbers.scan`.
Units follow CONTRACT.md: ISO 4217 currency codes, ``percent``, ``percentage_point``, ``kWh``,
``tonne``, ``TEU``, ``count``, ``year``/``month``/``day``, ``rank``, ``ratio``, ``m3``, ``km``.
"""

from __future__ import annotations

import re

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip
MULTIPLE_VERBS = {
    "doubled": 2.0, "doubling": 2.0, "tripled": 3.0, "trebled": 3.0, "tripling": 3.0,
    "quadrupled": 4.0, "halved": 0.5,
}  # fmt: skip

# Scale words → factor. Single letters only count after a currency sign ("$3.1b").
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "trn": 1e12,
    "tn": 1e12, "tln": 1e12, "trln": 1e12,
    # German and Scandinavian abbreviations that European analysts' English keeps ("94.0 mio
    # t", "EUR 3 mio"): "Mio." for Million
    "mio": 1e6,
}  # fmt: skip
LETTER_SCALES = {"k", "m", "b"}
# Units of time: a number with one is a duration (or an age), not a measure.
TIME_UNITS = {"year", "month", "day", "h", "min"}

CURRENCY_SIGNS = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "¥": "CNY", "rmb": "CNY", "cny": "CNY", "₽": "RUB", "rub": "RUB", "rur": "RUB",
    # the other dollars, written with their country's letters: "S$18.8 billion"
    "s$": "SGD", "sg$": "SGD", "hk$": "HKD", "a$": "AUD", "au$": "AUD", "c$": "CAD",
    "ca$": "CAD", "nt$": "TWD", "nz$": "NZD", "r$": "BRL", "mx$": "MXN",
    "sgd": "SGD", "hkd": "HKD", "aud": "AUD", "cad": "CAD", "twd": "TWD", "nzd": "NZD",
    "jpy": "JPY", "inr": "INR", "kzt": "KZT", "chf": "CHF",
}  # fmt: skip
# The letters written before "$" for a dollar that is not the US one (see CURRENCY_SIGNS).
DOLLAR_PREFIXES = ("US", "SG", "S", "HK", "AU", "A", "CA", "C", "NT", "NZ", "R", "MX")
# ISO codes written before an amount ("USD 2 billion", "SGD 5 million").
CURRENCY_CODES = ("USD", "EUR", "RMB", "CNY", "RUB", "GBP", "SGD", "HKD", "AUD", "CAD", "TWD",
                  "NZD", "JPY", "INR", "KZT", "CHF")  # fmt: skip
CURRENCY_WORDS = {
    "us dollars": "USD", "u.s. dollars": "USD", "dollars": "USD", "dollar": "USD",
    "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR", "yuan": "CNY", "rmb": "CNY",
    "renminbi": "CNY", "cny": "CNY", "roubles": "RUB", "rubles": "RUB", "rouble": "RUB",
    "ruble": "RUB", "rub": "RUB", "pounds sterling": "GBP", "yen": "JPY", "rupees": "INR",
    "tenge": "KZT", "som": "KGS", "singapore dollars": "SGD", "hong kong dollars": "HKD",
    "australian dollars": "AUD", "canadian dollars": "CAD", "new taiwan dollars": "TWD",
    "taiwan dollars": "TWD", "new zealand dollars": "NZD", "swiss francs": "CHF",
}  # fmt: skip

# Physical and other units after a number: surface (lower case) → (unit, factor).
UNIT_WORDS: dict[str, tuple[str, float]] = {
    "%": ("percent", 1.0), "percent": ("percent", 1.0), "per cent": ("percent", 1.0),
    "pct": ("percent", 1.0), "pc": ("percent", 1.0),
    "percentage points": ("percentage_point", 1.0), "percentage point": ("percentage_point", 1.0),
    "pp": ("percentage_point", 1.0), "p.p.": ("percentage_point", 1.0),
    "basis points": ("percentage_point", 0.01), "basis point": ("percentage_point", 0.01),
    "kwh": ("kWh", 1.0), "mwh": ("kWh", 1e3), "gwh": ("kWh", 1e6), "twh": ("kWh", 1e9),
    "kw": ("W", 1e3), "mw": ("W", 1e6), "gw": ("W", 1e9),
    # Energy and power spelled out, with a space, a hyphen or nothing between the words.
    **{f"{p}watt{sep}hour{s}": ("kWh", f) for p, f in (("kilo", 1.0), ("mega", 1e3),
       ("giga", 1e6), ("tera", 1e9)) for sep in (" ", "-", "") for s in ("", "s")},
    **{f"{p}watt{s}": ("W", f) for p, f in (("kilo", 1e3), ("mega", 1e6), ("giga", 1e9))
       for s in ("", "s")},
    "tonnes": ("tonne", 1.0), "tonne": ("tonne", 1.0), "tons": ("tonne", 1.0),
    "ton": ("tonne", 1.0), "metric tons": ("tonne", 1.0),
    "metric tonnes": ("tonne", 1.0), "metric ton": ("tonne", 1.0),
    "metric tonne": ("tonne", 1.0), "mt": ("tonne", 1e6),
    "kg": ("tonne", 1e-3), "kilograms": ("tonne", 1e-3),
    "teu": ("TEU", 1.0), "mbpd": ("bbl/day", 1e6), "mb/d": ("bbl/day", 1e6),
    "kb/d": ("bbl/day", 1e3), "bpd": ("bbl/day", 1.0), "b/d": ("bbl/day", 1.0),
    "bcm": ("m3", 1e9), "cbm": ("m3", 1.0), "tcm": ("m3", 1e12), "mcm": ("m3", 1e6),
    "mmcm": ("m3", 1e6),
    "cubic metres": ("m3", 1.0), "cubic meters": ("m3", 1.0), "cubic meter": ("m3", 1.0),
    "cubic metre": ("m3", 1.0), "m3": ("m3", 1.0), "m³": ("m3", 1.0),
    "barrels": ("bbl", 1.0), "barrel": ("bbl", 1.0), "bbl": ("bbl", 1.0),
    "km": ("km", 1.0), "kilometres": ("km", 1.0), "kilometers": ("km", 1.0),
    "kilometre": ("km", 1.0), "kilometer": ("km", 1.0), "miles": ("km", 1.609344),
    "nautical miles": ("km", 1.852), "mile": ("km", 1.609344),
    "hectares": ("ha", 1.0), "ha": ("ha", 1.0),
    # Lengths below the kilometre in metres (a track gauge, a pipe's diameter), never a count.
    "mm": ("m", 1e-3), "millimetres": ("m", 1e-3), "millimeters": ("m", 1e-3),
    "millimetre": ("m", 1e-3), "millimeter": ("m", 1e-3), "cm": ("m", 1e-2),
    "centimetres": ("m", 1e-2), "centimeters": ("m", 1e-2), "centimetre": ("m", 1e-2),
    "centimeter": ("m", 1e-2), "metres": ("m", 1.0), "meters": ("m", 1.0),
    "metre": ("m", 1.0), "meter": ("m", 1.0),
    "square metres": ("m2", 1.0), "square meters": ("m2", 1.0), "sq m": ("m2", 1.0),
    "square kilometres": ("km2", 1.0), "square kilometers": ("km2", 1.0),
    "years": ("year", 1.0), "year": ("year", 1.0), "months": ("month", 1.0),
    "month": ("month", 1.0), "days": ("day", 1.0), "day": ("day", 1.0),
    "weeks": ("day", 7.0), "week": ("day", 7.0), "decades": ("year", 10.0),
    "decade": ("year", 10.0), "hours": ("h", 1.0), "hour": ("h", 1.0),
    "minutes": ("min", 1.0), "minute": ("min", 1.0),
    "times": ("ratio", 1.0), "x": ("ratio", 1.0), "fold": ("ratio", 1.0),
}  # fmt: skip

PER_UNITS = {
    "t": "tonne",
    "tonne": "tonne",
    "ton": "tonne",
    "bbl": "bbl",
    "barrel": "bbl",
    "kwh": "kWh",
    "mwh": "MWh",
    "m3": "m3",
    "cubic metre": "m3",
    "kg": "kg",
}

# Words that may follow a bare number as the thing counted. An open class in English; this
# list covers the non-plural and irregular cases, plural nouns are recognised by shape.
COUNT_NOUNS_IRREGULAR = {
    "people",
    "persons",
    "children",
    "staff",
    "personnel",
    "police",
    "media",
    "cattle",
    "equipment",
    "delegation",
    "delegations",
    "head",
    "heads",
    "aircraft",
    "spacecraft",
    "livestock",
}
# Plural-looking words that are not counted things.
NOT_COUNT = {
    "is",
    "was",
    "has",
    "this",
    "its",
    "his",
    "us",
    "thus",
    "as",
    "yes",
    "less",
    "across",
    "plus",
    "news",
    "always",
    "perhaps",
    "whereas",
    "various",
    "previous",
    "serious",
    "famous",
    "numerous",
    "analysis",
    "basis",
    "crisis",
    "status",
    "bonus",
    "focus",
    "series",
    "species",
    "progress",
    "process",
    "access",
    "success",
    "business",
    "address",
    "years",
    "months",
    "days",
    "weeks",
    "decades",
    "hours",
    "minutes",
    "times",
    "percent",
    "ones",
    "others",
    "themselves",
    "ours",
    "hers",
    "theirs",
    "yours",
    "whose",
    "does",
    "goes",
    "gives",
    "makes",
    "takes",
    "comes",
    "says",
    "sees",
    "means",
    "seems",
    "remains",
    "becomes",
    "includes",
    "involves",
    "pts",
    "thanks",
    "towards",
    "besides",
    "afterwards",
    "tens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "dozens",
}
# Plural nouns that count the parts of an argument, not things in the world: "three main
# reasons", "two things", "five takeaways" are not statistics.
DISCOURSE_NOUNS = {
    "reasons", "ways", "things", "points", "questions", "lessons", "takeaways", "scenarios",
    "options", "aspects", "observations", "thoughts", "remarks", "caveats", "arguments",
    "conclusions", "explanations", "possibilities", "tweets", "theses", "considerations",
}  # fmt: skip
# Nouns that "two"/"three" written in words pair with in argument rather than in data:
# "two fronts", "three forces", "two strategic rivals", "three centuries".
RHETORICAL_NOUNS = {
    "fronts", "rivals", "forces", "cases", "events", "sides", "camps", "dimensions", "pillars",
    "tracks", "phases", "stages", "directions", "levels", "collections", "centuries", "worlds",
    "poles", "powers", "superpowers", "giants", "neighbours", "neighbors", "approaches",
    "scenarios", "trends", "factors", "models", "visions", "schools", "narratives", "tiers",
}  # fmt: skip
# Function words that may sit between a number and its counted noun ("4 new blocs").
SKIPPABLE_ADJ = {
    "new",
    "more",
    "main",
    "key",
    "major",
    "other",
    "additional",
    "large",
    "small",
    "big",
    "separate",
    "different",
    "joint",
    "local",
    "foreign",
    "such",
    "top",
    "leading",
    "largest",
    "biggest",
    "nuclear",
    "power",
}

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)


def alternation(words: object) -> str:
    """A regex alternation of `words`, longest first, escaped, whitespace-tolerant.

    Words of one length in alphabetical order: the same pattern in every process (a set's
    order changes with the hash seed), so the compiled pattern is found in the cache of
    loaders.regex_cache. (Two words of one length never match the same text differently.)
    """
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)

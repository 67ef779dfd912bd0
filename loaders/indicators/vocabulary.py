"""The curated vocabulary of indicators common in writing on Russia–China economic relations.

Each :class:`Concept` is one canonical name ("trade turnover") with the regular expressions
that recognise it in a cleaned metric phrase, and the ways it is commonly worded (for fuzzy
matching of the long tail with rapidfuzz). Order matters: the first concept whose pattern
matches wins, so the specific ones ("oil imports") come before the general ("imports").

A concept is *symmetric* when it measures something between its subjects (trade turnover
between Russia and China is the same figure as between China and Russia) and *directional*
when it flows from one to another (exports from Russia to China are not exports from China to
Russia: :mod:`loaders.indicators.assign` keeps the direction). ``commodity`` concepts carry
a commodity in their name ("oil exports"); the plain flow ("exports") is the total.

What is deliberately *not* one indicator:

- a level and a change: "trade grew by 35%" is ``trade turnover growth``, not ``trade turnover``;
- a share and a level: "17% of settlements" is a share (unit family ``percent``), "$140 bn" a
  level (``money``), so they never share an indicator;
- China's imports from Russia and Russia's exports to China (mirror statistics, each by its
  own customs): ``imports`` and ``exports`` stay apart;
- a country's foreign trade as a whole ("China's foreign trade turnover") and bilateral trade.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Concept:
    """One canonical indicator name, how to recognise it, and how it is usually worded."""

    name: str
    pattern: re.Pattern[str]
    wordings: tuple[str, ...] = ()
    direction: str | None = None  # "out" (exports: from → to), "in" (imports), None
    symmetric: bool = False
    units: frozenset[str] = field(default_factory=frozenset)  # unit families it applies to


def _c(
    name: str,
    regex: str,
    *wordings: str,
    direction: str | None = None,
    symmetric: bool = False,
    units: tuple[str, ...] = (),
) -> Concept:
    return Concept(name, re.compile(regex, re.I), wordings, direction, symmetric, frozenset(units))


_OIL = r"(?:crude\s+)?oil|petroleum|crude"
_GAS = r"(?:natural\s+|pipeline\s+)?gas|LNG"
_OF = r"\s+of\s+(?:[\w'’-]+\s+)?"  # "exports of (Russian) gas"
_X = r"exports?|export\s+volumes?|deliver(?:y|ies)|suppl(?:y|ies)|shipments?|sales"
_M = r"imports?|import\s+volumes?|purchases?"

CONCEPTS: tuple[Concept, ...] = (
    _c(
        "settlements share",
        r"\b(?:mutual\s+)?(?:settlements?|payments)\b",
        "share of settlements",
        "mutual settlements",
        "payments in national currencies",
        units=("percent", "ratio"),
    ),
    _c(
        "foreign trade turnover",
        r"\b(?:foreign|external|total|overall)\s+trade(?:\s+turnover)?\b",
        "foreign trade turnover",
        "total foreign trade",
        "external trade",
    ),
    _c(
        "GDP growth",
        r"\b(?:GDP|economic)\s+growth\b|\bgrowth\s+of\s+(?:the\s+)?GDP\b",
        "GDP growth",
        "economic growth",
        "growth of GDP",
    ),
    _c("GDP", r"\bGDP\b|gross\s+domestic\s+product|\beconomy\b", "GDP", "gross domestic product"),
    _c(
        "oil exports",
        rf"\b(?:{_OIL})\s+(?:{_X})\b|\b(?:{_X}){_OF}(?:{_OIL})\b",
        "crude oil exports",
        "oil supplies",
        "oil deliveries",
        direction="out",
    ),
    _c(
        "oil imports",
        rf"\b(?:{_OIL})\s+(?:{_M})\b|\b(?:{_M}){_OF}(?:{_OIL})\b",
        "crude oil imports",
        "oil purchases",
        direction="in",
    ),
    _c(
        "gas exports",
        rf"\b(?:{_GAS})\s+(?:{_X})\b|\b(?:{_X}){_OF}(?:{_GAS})\b",
        "gas supplies",
        "pipeline gas exports",
        "natural gas deliveries",
        direction="out",
    ),
    _c(
        "gas imports",
        rf"\b(?:{_GAS})\s+(?:{_M})\b|\b(?:{_M}){_OF}(?:{_GAS})\b",
        "natural gas imports",
        "LNG imports",
        direction="in",
    ),
    _c("coal exports", rf"\bcoal\s+(?:{_X})\b", "coal exports", "coal supplies", direction="out"),
    _c("coal imports", rf"\bcoal\s+(?:{_M})\b", "coal imports", direction="in"),
    _c(
        "electricity exports",
        rf"\belectricity\s+(?:{_X})\b",
        "electricity exports",
        direction="out",
    ),
    _c(
        "electricity imports", rf"\belectricity\s+(?:{_M})\b", "electricity imports", direction="in"
    ),
    _c(
        "agricultural exports",
        rf"\bagricultur(?:al|e)\s+(?:{_X})\b",
        "agricultural exports",
        "agri-food exports",
        direction="out",
    ),
    _c(
        "agricultural imports",
        rf"\bagricultur(?:al|e)\s+(?:{_M})\b",
        "agricultural imports",
        direction="in",
    ),
    _c(
        "foreign direct investment",
        r"\b(?:foreign\s+)?direct\s+investments?\b|\bFDI\b",
        "foreign direct investment",
        "direct investment",
        "FDI",
    ),
    _c("investment", r"\binvestments?\b", "investment", "investments", "capital investment"),
    _c(
        "e-commerce",
        r"\b(?:cross-border\s+)?e-commerce\b",
        "cross-border e-commerce",
        "online trade",
    ),
    _c(
        "rail freight",
        r"\b(?:rail(?:way)?\s+)?(?:freight|cargo|container)\s+(?:traffic|"
        r"volumes?|transport(?:ation)?|shipments?)\b|\brail\s+freight\b|\btraffic\s+volume\b",
        "rail freight",
        "freight traffic",
        "cargo volume",
        "container traffic",
    ),
    _c(
        "trade turnover",
        r"\b(?:bilateral\s+|mutual\s+|two-way\s+)?trade(?:\s+turnover|"
        r"\s+volumes?|\s+between\b.*)?\b|\bturnover\b|\bbilateral\s+trade\b|\bcommerce\b",
        "trade turnover",
        "bilateral trade",
        "mutual trade",
        "trade volume",
        "trade between the countries",
        "two-way trade",
        symmetric=True,
    ),
    _c("exports", rf"\b(?:{_X})\b", "exports", "export volume", "supplies", direction="out"),
    _c("imports", rf"\b(?:{_M})\b", "imports", "import volume", direction="in"),
    _c(
        "tourist flows",
        r"\btourists?\b|\btourist\s+(?:flows?|arrivals)\b|\bvisitors\b",
        "tourists",
        "tourist flow",
    ),
    _c("students", r"\bstudents\b", "students", "international students"),
    _c("inflation", r"\binflation\b", "inflation", "consumer price growth"),
)

# A commodity moved by a verb ("Russia shipped 108 Mt of crude oil to China"): a flow.
COMMODITY = re.compile(rf"^(?:[\w'’-]+\s+)?(?:{_OIL}|{_GAS}|coal|electricity)$", re.I)
EXPORT_VERBS = re.compile(r"\b(?:shipped|delivered|supplied|exported|sold|sent|pumped)\b")
IMPORT_VERBS = re.compile(r"\b(?:bought|imported|purchased|received)\b")

# Growth wording in the metric phrase itself: "growth rate of trade" is a change of trade.
GROWTH_WORDS = re.compile(r"\b(?:growth(?:\s+rate)?|increase|rise|decline|drop)\b", re.I)

BY_NAME: dict[str, Concept] = {c.name: c for c in CONCEPTS}

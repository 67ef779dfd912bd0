"""The indicator of a statistic: a canonical, human-readable key for *what* it measures.

``indicator(...)`` builds ``"<concept>[ growth] (<subjects>; <unit family>)"``, e.g.
``"trade turnover (China–Russia; money)"``, ``"exports (Russia→China; money)"``,
``"trade turnover growth (China–Russia; percent)"``, ``"share of Russians (percent)"``:

- the *concept* comes from the cleaned metric phrase by the curated vocabulary
  (:mod:`loaders.indicators.vocabulary`); a phrase no rule matches is compared with the
  vocabulary's wordings by rapidfuzz (``token_sort_ratio`` ≥ :data:`FUZZY_CUTOFF`: typos and
  reordered words, "trade tumover"); a phrase that fits none keeps its own cleaned wording;
  table cells use their column header, then the table caption, and name the row unless it is a
  total ("exports — Timber products");
- a change ("grew by 35%") appends ``growth``: a level and its change are different indicators;
- the *subjects* are the states and international organisations the statistic is about:
  sorted and joined by "–" for symmetric concepts (trade turnover), as ``origin→destination``
  for flows (exports, imports: the direction read from the phrase, caption or sentence,
  "Russian exports to China", "imports from Russia"), sorted by ", " otherwise;
- the *unit family*: ``money`` for any currency (a series then picks its unit), ``price`` for
  currency per unit, ``percent`` for percent and percentage points, otherwise the unit itself
  (``m3``, ``tonne``, ``count``…): a share and a level never share an indicator.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from loaders.indicators.vocabulary import (
    COMMODITY,
    CONCEPTS,
    EXPORT_VERBS,
    GROWTH_WORDS,
    IMPORT_VERBS,
    Concept,
)
from loaders.numbers.metric import clean_metric
from loaders.numbers.subjects import STATES

FUZZY_CUTOFF = 88.0
_WORDINGS: dict[str, Concept] = {w.lower(): c for c in CONCEPTS for w in (c.name, *c.wordings)}
_SURFACE_TO_STATE = {
    form: name for name, (_, forms) in STATES.items() for form in forms if form[:1].isalpha()
}
_STATE_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _SURFACE_TO_STATE), key=len, reverse=True)) + r")\b"
)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(\S+(?:\s+\S+)?)")
_TO = re.compile(r"\b(?:to|into)\s+(?:the\s+)?(\S+(?:\s+\S+)?)")
_CURRENCY_WORDS = (
    ("yuan", r"yuan|renminbi|RMB"),
    ("roubles", r"roubles?|rubles?"),
    ("dollars", r"dollars?|USD"),
    ("euros", r"euros?|EUR"),
    ("national currencies", r"national\s+currenc(?:y|ies)"),
)
_CURRENCY_RES = tuple((name, re.compile(rf"\b(?:{rx})\b")) for name, rx in _CURRENCY_WORDS)
_SHARE = re.compile(r"(?:market\s+)?share\b", re.I)
_FLOW_WORD = re.compile(
    rf"\b(?:exports?|imports?|supplies|deliveries)\b|{EXPORT_VERBS.pattern}|{IMPORT_VERBS.pattern}",
    re.I,
)
_NOT_CURRENCIES = {"TEU"}  # three capitals, not an ISO 4217 code
_TOTAL_ROW = re.compile(r"^\s*(?:total|all|overall)\b", re.I)


def unit_family(unit: str) -> str:
    """``money``, ``price``, ``percent`` or the unit itself."""
    if "/" in unit and unit.split("/")[0].isupper():
        return "price"
    if len(unit) == 3 and unit.isupper() and unit not in _NOT_CURRENCIES:
        return "money"
    if unit in ("percent", "percentage_point"):
        return "percent"
    return unit


def _state(surface: str) -> str | None:
    m = _STATE_RE.search(surface)
    return _SURFACE_TO_STATE[m.group(1)] if m else None


def _concept(phrase: str, family: str) -> Concept | None:
    if _SHARE.match(phrase):
        # "share of Russians", "share in total exports": a share keeps its phrase, unless
        # it is the share of something the vocabulary measures as a share ("settlements")
        shares = [c for c in CONCEPTS if "percent" in c.units and c.pattern.search(phrase)]
        return shares[0] if shares else None
    for c in CONCEPTS:
        if c.units and family not in c.units:
            continue
        if c.pattern.search(phrase):
            return c
    hit = process.extractOne(
        phrase.lower(), list(_WORDINGS), scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_CUTOFF
    )
    return _WORDINGS[hit[0]] if hit else None


def _direction(concept: Concept, texts: list[str]) -> tuple[str | None, str | None]:
    """(origin, destination) of a flow, from the first text that names one end."""
    for text in texts:
        m = concept.pattern.search(text) or _FLOW_WORD.search(text)
        if not m:
            continue
        before, after = text[max(0, m.start() - 30) : m.start()], text[m.end() : m.end() + 60]
        owner = _state(before.split(",")[-1]) if before else None
        src = _FROM.search(after)
        dst = _TO.search(after)
        origin = _state(src.group(1)) if src else None
        dest = _state(dst.group(1)) if dst else None
        if concept.direction == "out":
            origin = origin or owner
        else:
            dest = dest or owner
        if origin or dest:
            return origin, dest
    return None, None


def _currency(sentence: str) -> str | None:
    found = [name for name, rx in _CURRENCY_RES if rx.search(sentence)]
    return found[0] if len(found) == 1 else None


def indicator(
    metric: str | None,
    unit: str,
    is_change: bool,
    subjects: list[str],
    sentence: str = "",
    table_caption: str | None = None,
    table_row: str | None = None,
) -> str | None:
    """The indicator key, or None when the statistic has no metric phrase.

    `subjects` are the canonical names of the states and international organisations the
    statistic is about; `sentence` is its sentence (for a flow's direction, a currency).
    """
    phrase = clean_metric(metric) if metric else None
    if not phrase:
        return None
    family = unit_family(unit)
    concept = _concept(phrase, family)
    if concept is None and COMMODITY.match(phrase):  # "shipped 108 Mt of crude oil": a flow
        verb = "exports" if EXPORT_VERBS.search(sentence) else None
        verb = verb or ("imports" if IMPORT_VERBS.search(sentence) else None)
        if verb:
            concept = _concept(f"{phrase} {verb}", family)
            origin = _state(phrase)  # "Russian crude": where it comes from
            if origin and concept is not None and concept.direction == "in":
                subjects = [origin, *subjects]
                sentence = f"{sentence} from {origin}"
    if concept is None and table_caption:
        concept = _concept(clean_metric(table_caption) or "", family)
    name = concept.name if concept else phrase
    if concept is not None and table_row and not _TOTAL_ROW.match(table_row):
        name += f" — {' '.join(table_row.split())}"
    if concept is not None and concept.name == "settlements share":
        currency = _currency(sentence)
        name += f" in {currency}" if currency else ""
    growth = is_change or (concept is not None and bool(GROWTH_WORDS.search(phrase)))
    if growth and not GROWTH_WORDS.search(name):
        name += " growth"
    names = sorted(dict.fromkeys(subjects))
    who = ", ".join(names)
    if concept is not None and concept.symmetric and len(names) > 1:
        who = "–".join(names)
    elif concept is not None and concept.direction:
        origin, dest = _direction(concept, [phrase, table_caption or "", sentence])
        rest = [n for n in names if n not in (origin, dest)]
        if origin and not dest and len(rest) == 1:
            dest = rest[0]
        elif dest and not origin and len(rest) == 1:
            origin = rest[0]
        if origin and dest:
            who = f"{origin}→{dest}"
        elif origin or dest:
            who = f"from {origin}" if origin else f"to {dest}"
    return f"{name} ({who}; {family})" if who else f"{name} ({family})"

"""Is a number a change (growth rate, difference) or a level, and which way does it go?

A change: an explicit sign ("-3.2%", "(+35.2 percent)"), a change verb or noun right before
it ("grew by", "increased by almost", "up", "an increase of", "growth amounted to",
"fell by"), a comparison right after it ("year-on-year", "compared to 2020", "more than
in 2020", "less"), percentage points, multiples ("tripled", "2.54 times compared to").
A level: "from X to Y", "reached", "totalled", shares ("65% of"). Decreases are negative.
"""

from __future__ import annotations

import re

from loaders.leading import led
from loaders.numbers.scan import Quantity
from loaders.prefilter import gated

_Q = (
    r"(?:(?:almost|nearly|about|around|approximately|roughly|some|over|more\s+than|"
    r"less\s+than|just|only|up\s+to|at\s+least|another|a\s+further|an\s+additional|"
    r"as\s+(?:much|many|little|few)\s+as)\s+|"
    r"[~≈]\s?)?"
)
_UP_VERB = (
    r"increased|increases|increase|increasing|grew|grows|grow|growing|rose|rises|rise|rising|"
    r"jumped|jumping|climbed|climbing|surged|surging|soared|soaring|gained|gaining|added|adds|"
    r"expanded|expanding|accelerated|up|higher|boosted|swelled|risen|grown|increasing|"
    r"widened|widening|spiked|skyrocketed|rocketed|leapt|leaped|ballooned|"
    r"rebounded|edged\s+up|picked\s+up"
)
_DOWN_VERB = (
    r"decreased|decreases|decrease|decreasing|fell|falls|fall|falling|dropped|drops|drop|"
    r"dropping|declined|declines|decline|declining|shrank|shrunk|shrinking|contracted|"
    r"contracting|lost|loses|losing|down|slumped|plunged|plunging|reduced|cut|lower|slid|sank|"
    r"tumbled|slowed|collapsed|fallen|shrunken|declining|plummeted|plummeting|narrowed|"
    r"narrowing|dipped|slipped|eased|shed|crashed|nosedived|retreated|edged\s+down|"
    # "exports were off by two-thirds", "shares are off 3%"
    r"(?:is|are|was|were|been|be)\s+off"
)
_NOUN_UP = r"increase|growth|rise|jump|gain|surge|upturn|expansion|growth\s+rate|increment"
_NOUN_DOWN = (
    r"decrease|decline|drop|fall|reduction|contraction|loss|slump|downturn|collapse|plunge|"
    r"cut|cuts|cutback|cutbacks"  # "a production cut of 500 thousand barrels daily"
)
# "collapse of Russian exports by whopping 33.5%", "decline in trade with the US is 17.4%"
_NOUN_FAR = re.compile(
    rf"\b(?:(?P<nup>{_NOUN_UP})|(?P<ndown>{_NOUN_DOWN}))\s+(?:of|in)\s+[^.;:%$]{{0,40}}?\s"
    rf"(?:by|was|is|were|are|amounted\s+to|stood\s+at)\s+(?:a\s+)?(?:whopping\s+|massive\s+|"
    rf"record\s+)?{_Q}$",
    re.I,
)
# A transitive change verb, its object, then "by": "China reduced its oil imports from Russia
# by 14.7%", "the bank raised the key rate by 2 points" (no clause break in the object)
_VERB_OBJECT_BY = re.compile(
    r"\b(?:(?P<up>increased|raised|boosted|expanded|lifted|hiked|doubled|grew)|"
    r"(?P<down>reduced|cut|lowered|decreased|slashed|trimmed|curtailed|shrank))"
    rf"\s+(?:[a-z][\w'’-]*\s+){{1,7}}?by\s+{_Q}$",
    re.I,
)
_ADVERBIAL = (
    r"(?:\s+(?:year[\s-]on[\s-]year|year[\s-]over[\s-]year|y/y|yoy|annually|in\s+annual\s+"
    r"terms|sharply|significantly|slightly|again|further|only|just|almost|nearly))?"
)
_BEFORE = re.compile(
    rf"(?:\b(?<!make\s)(?<!makes\s)(?<!made\s)(?<!making\s)(?P<up>{_UP_VERB}){_ADVERBIAL}"
    rf"(?:\s+by)?|(?P<down>\b(?:{_DOWN_VERB})){_ADVERBIAL}"
    rf"(?:\s+by)?"
    rf"|\b(?P<nup>{_NOUN_UP})\s+(?:rate\s+)?(?:of|was|is|amounted\s+to|reached|stood\s+at|"
    rf"totall?ed|at|by)|\b(?P<ndown>{_NOUN_DOWN})\s+(?:of|was|is|amounted\s+to|by|at))"
    rf"\s+{_Q}(?:a\s+|an\s+)?$",
    re.I,
)
# Same matches behind the literal prefilter (loaders.prefilter; most figures have no change
# verb) and a look-ahead for the first letters (loaders.leading).
_BEFORE = gated(led(_BEFORE))
# (an adjective may stand between the figure and the noun: "a 6.4 percent annual decrease")
_ADJ = (
    r"(?:(?:annual|yearly|monthly|quarterly|weekly|year-on-year|year-over-year|month-on-month|"
    r"sharp|steep|slight|modest|marginal|significant|substantial|further|overall)\s+){0,2}"
)
_AFTER_UP = re.compile(
    rf"\s*\)?\s*(?:more|higher|up|{_ADJ}(?:increase|growth|rise|gain)|larger|greater|bigger)\b",
    re.I,
)
_AFTER_DOWN = re.compile(
    rf"\s*\)?\s*(?:less|lower|down|fewer|below|{_ADJ}(?:decrease|decline|drop|reduction|fall)|"
    r"smaller)\b",
    re.I,
)
_AFTER_CMP = re.compile(
    r"\s*(?:\)\s*)?(?:,\s*)?(?:year-on-year|year-over-year|y-o-y|yoy|y/y|on-year|on\s+the\s+"
    r"year|month-on-month|month-over-month|m/m|mom(?![a-z])|quarter-on-quarter|q/q|qoq(?![a-z])|"
    r"in\s+annual\s+terms|annually|(?:compared\s+(?:to|with)|versus|vs\.?)\s+(?:the\s+"
    r"(?:same|previous|last)|last|a\s+year|(?:19|20)[0-9]{2})|from\s+(?:a\s+year|"
    r"the\s+(?:previous|same|last))|over\s+the\s+(?:previous|same|last)|than\s+(?:in\s+)?"
    r"(?:the\s+(?:previous|same|last)|a\s+year|last|(?:19|20)[0-9]{2}))",
    re.I,
)
_PER_YEAR = re.compile(r"\s*(?:,\s*)?(?:annually|in\s+annual\s+terms)", re.I)
_TIME_CMP = re.compile(r"(?:compared|than|from|over|year)[^.;]{0,30}?(?:(?:19|20)[0-9]{2}|year|"
                       r"period|previous|last)", re.I)  # fmt: skip
_SHARE = re.compile(r"\s*(?:of|share)\b", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$|\bto\s+$", re.I)
_ELLIPTIC_BY = re.compile(rf"(?:[—–,;]|\bwith\b[^.;]{{0,40}}?[—–-])\s*by\s+{_Q}$", re.I)
_TO_AFTER = re.compile(r"\s+to\s+(?:about\s+|almost\s+|nearly\s+|over\s+)?[$€£¥₽0-9]")
_VERB_ANY = re.compile(rf"\b(?:(?P<up>{_UP_VERB})|(?P<down>{_DOWN_VERB}))\b", re.I)
_DECREASE_AFTER = re.compile(r"\s*(?:decrease|decline|drop|reduction|fall|lower|less)", re.I)
_ELIGIBLE = {"money", "percent", "measure", "ratio", "count"}


def classify(text: str, q: Quantity, lo: int) -> tuple[bool, int]:
    """(is_change, direction) of quantity `q` in the sentence starting at `lo`.

    direction is -1 for a decrease, +1 otherwise.
    """
    if q.unit == "percentage_point":
        return True, _direction(text, q, lo)
    if q.kind not in _ELIGIBLE:
        return False, 1
    if q.signed:
        return True, -1 if q.value < 0 else 1
    if q.kind == "count" and q.counted:
        return False, 1
    if q.change_word:
        return True, -1 if _DECREASE_AFTER.match(text, q.end) else 1
    before = text[max(lo, q.start - 60) : q.start]
    m = _BEFORE.search(before)
    if m:
        return True, -1 if (m.group("down") or m.group("ndown")) else 1
    far = _NOUN_FAR.search(before)
    if far:
        return True, -1 if far.group("ndown") else 1
    obj = _VERB_OBJECT_BY.search(before)
    if obj:
        return True, -1 if obj.group("down") else 1
    if _FROM_BEFORE.search(before):
        return False, 1
    if _ELLIPTIC_BY.search(before) and _TO_AFTER.match(text, q.end):
        return True, _sentence_direction(text[lo : q.start])  # "imports — by 75.6% to $42.9b"
    if q.kind == "ratio":
        return (bool(_TIME_CMP.match(text, q.end)), 1)
    if _AFTER_DOWN.match(text, q.end):
        return True, -1
    if q.kind == "percent" and _AFTER_UP.match(text, q.end):
        return True, 1
    cmp = _AFTER_CMP.match(text, q.end)
    if cmp and (q.kind == "percent" or not _PER_YEAR.fullmatch(cmp.group(0))):
        return True, 1  # "38 bcm annually" is a yearly volume; "5% annually" a growth rate
    return False, 1


def _direction(text: str, q: Quantity, lo: int) -> int:
    before = text[max(lo, q.start - 60) : q.start]
    m = _BEFORE.search(before)
    if q.value < 0 or (m and (m.group("down") or m.group("ndown"))):
        return -1
    return -1 if _AFTER_DOWN.match(text, q.end) else 1


# "decline in trade with the US is 17.4%, and with EU is 10%": a parallel clause that names
# only another partner and repeats the change of the figure before
_PARALLEL = re.compile(
    r"\s*[,;]?\s*(?:and|while|whereas|but)\s+(?:with|for|in|to|from|of)\s+"
    r"[^.;:!?0-9%$€£¥₽]{1,40}?\s(?:is|was|are|were|by|at|[-–—])\s*",
    re.I,
)


# ", or" before a figure in other units restates the change just given in new units
_RESTATED = re.compile(
    r"\s*,\s*or\s+(?:by\s+)?(?:(?:about|around|nearly|almost|roughly|some|over)\s+)?", re.I
)


_OPENING_BRACKET = re.compile(r"\s*\(\s*")
_LISTED = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*")
# each figure of a list with its own period: "dropped 40.3% in the first quarter, 9.7% in the
# second quarter, and 8% in the third", "rose 5% in 2019, 7% in 2020 and 9% in 2021"
_LISTED_BY_PERIOD = re.compile(
    r"\s+(?:in|during|for)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|next|past|"
    r"previous|same)\s+)?(?:(?:19|20)[0-9]{2}|(?:quarter|half|month|year|week|period)s?|"
    r"January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Q[1-4](?:\s+(?:19|20)[0-9]{2})?|H[12](?:\s+(?:19|20)[0-9]{2})?)"
    r"\s*(?:,|,?\s*and|,?\s*or)\s*"
)


def inherits(text: str, prev: Quantity, q: Quantity) -> bool:
    """Whether `q` continues `prev` ("by 7 percent and 7.1 percent", "17.8% ($5.23b)",
    "… with the US is 17.4%, and with the EU is 10%", "40.3% in the first quarter, 9.7% in
    the second")."""
    gap = text[prev.end : q.start]
    if _OPENING_BRACKET.fullmatch(gap):
        return True
    if _RESTATED.fullmatch(gap) and q.kind in ("money", "measure"):
        return True  # "exports fell 27%, or 1 million barrels per day": the same change
    if prev.unit != q.unit:
        return False
    return bool(
        _LISTED.fullmatch(gap) or _PARALLEL.fullmatch(gap) or _LISTED_BY_PERIOD.fullmatch(gap)
    )


def _sentence_direction(before: str) -> int:
    """-1 when the last change verb before the number in its sentence is a decrease: "trade
    with the EU fell by 3.7% …, with the USA – by 12.3%"."""
    verbs = list(_VERB_ANY.finditer(before))
    return -1 if verbs and verbs[-1].group("down") else 1

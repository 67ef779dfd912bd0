"""Spans of text whose digits are not statistics.

Dates ("May 24, 2023", "24.05.2023", "January 10 to 20"), times, URLs and domains, handles
and hashtags, ISBNs, phone numbers, report/figure/table/page numbers ("Report No. 78/2022",
"Fig. 1", "P. 201", "80 p."), tweet and section numbers ("2/", "1/14", "3.1."), list markers
("1)"), model names and codes ("Haval H9", "5G", "G7", "COVID-19", "102.4 FM", "Q1",
"Top-3"), and page chrome of web articles ("4 min read", "3 hours ago", "12 comments",
"Photo 2 of 9").
Years used as dates are handled by the scanner (a bare 4-digit year is never a statistic).
"""

from __future__ import annotations

import re

from loaders.leading import led
from loaders.numbers.lexicon import MONTH_RE
from loaders.prefilter import gated

# (what a text must contain for the pattern to be tried, the pattern): the gate is explained
# below the list.
_PATTERNS: list[tuple[tuple[str, ...], str]] = [
    # a journal's volume and pages, "International Politics (2021) 58:363–380" (first, so
    # that no time "58:36" takes its start)
    (("digit",), r"\b[0-9]{1,4}:[0-9]{1,6}\s*[–-]\s*[0-9]{1,6}\b"),
    # URLs, domains with paths, e-mail, handles, hashtags
    ((), r"(?:https?://|www\.)\S+"),
    # (host labels and an address's local part have bounded length: see below)
    (
        ("tld",),
        r"\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,15}\."
        r"(?:com|org|net|ru|cn|gov|edu|int|uk|de|fr|io|info|au|eu|su|by|kz)\b(?:/\S*)?",
    ),
    (("@",), r"[\w.+-]{1,64}@[\w-]+\.[\w.]+"),
    ((), r"@\w+|#(?![1-9][0-9]{0,2}\s+[a-z])\w+"),
    # ISBN / ISSN / DOI
    ((), r"\b(?:ISBN|ISSN)(?:-1[03])?:?\s*[0-9Xx][0-9Xx\s-]{7,}[0-9Xx]"),
    (("digit",), r"\b97[89]-[0-9]{1,5}-[0-9]{1,7}-[0-9]{1,7}-[0-9Xx]\b"),
    ((), r"\bdoi:\s*\S+|\b10\.[0-9]{4,}/\S+"),
    # phone numbers: +7 (495) 225-6283, 8-800-555-35-35
    (("digit",), r"\+[0-9]{1,3}[\s-]?\(?[0-9]{2,5}\)?[\s-]?[0-9]{2,4}(?:[\s-]?[0-9]{2,4}){1,2}\b"),
    (
        ("digit",),
        r"\(?[0-9]{3}\)?[\s-][0-9]{3}-[0-9]{2}-?[0-9]{2}\b|\b[0-9]-[0-9]{3}-[0-9]{3}-[0-9]{2}-[0-9]{2}\b",
    ),
    # numeric dates and times
    (("digit",), r"\b[0-9]{1,2}[./-][0-9]{1,2}[./-](?:19|20)[0-9]{2}\b"),
    (("digit",), r"\b(?:19|20)[0-9]{2}[./-][0-9]{1,2}[./-][0-9]{1,2}\b"),
    (("digit",), r"\b[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:[ap]\.?m\.?)?"),
    # month-day dates and day ranges: "May 24, 2023", "January 10 to 20", "24 May 2023"
    (
        ("digit",),
        rf"\b{MONTH_RE}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?\b(?:\s*(?:[-–—]|to|and)\s*[0-9]{{1,2}}\b)?"
        rf"(?:,?\s+(?:19|20)[0-9]{{2}})?",
    ),
    (
        ("digit",),
        rf"\b[0-9]{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–—]\s*[0-9]{{1,2}})?\s+(?:of\s+)?{MONTH_RE}\b",
    ),
    # document apparatus
    (
        ("digit",),
        r"\b(?:No|Nos|no)\.\s*(?![1-9][0-9]?\s+[a-z])[0-9][0-9./–-]*|"
        r"\b(?:Vol|vol|Art|art|Para|para|Ch|ch|Sec|sec|Fig|fig|Figs|P|p|pp|Pp)\.\s*"
        r"[0-9][0-9./–-]*",
    ),
    (
        ("digit",),
        r"\b(?:Table|Figure|Chart|Annex|Appendix|Chapter|Section|Article|Part|Page|Resolution|"
        r"Decree|Paragraph|Clause|Item|Point|Protocol|Report|Issue|Volume)\s+[0-9][0-9./–-]*",
    ),
    # designations of a named thing: "Executive Order 14024", "Unit 29155", "Tianwan Unit 7",
    # "Phase 1", "Line 2", "Train 3", "Block 3", "Flight 17", "Package 14"
    (
        ("digit",),
        r"\b(?:Order|Unit|Units|Line|Phase|Stage|Block|Train|Track|Berth|Pier|Terminal|Gate|"
        r"Building|Platform|Lot|Flight|Route|Highway|Law|Regulation|Directive|Package|Model|"
        r"Version|Class|Type|Number|Reactor|Field|Round|Session)\s+[0-9][0-9./–-]*"
        r"(?![0-9./–-]|\s*(?:%|percent|per\s+cent|million|billion|thousand|tonnes?|tons?|"
        r"barrels?|bcm|cubic|km|kilomet|miles?|MW|GW|kW))",
    ),
    # in lower case only the nouns that never precede a quantity: "mentioned in paragraph 9"
    (
        ("digit",),
        r"\b(?:paragraphs?|para|articles?|sections?|chapters?|clauses?|annex|appendix|footnotes?|"
        r"subparagraphs?|pages?)\s+[0-9][0-9./–-]*+(?!\s*(?:%|percent|per\s+cent))",
    ),
    (("digit",), r"\b[0-9]+\s*(?:p|pp)\.(?!\w)"),
    (("digit",), r"\b[0-9]+/(?:19|20)[0-9]{2}\b"),
    # tweet numbering "1/14", "2/", "10/..." and list markers "1)" "(2)"
    (("digit",), r"(?<![\w/])[0-9]{1,3}/[0-9]{1,3}(?![\w/])"),
    (("digit",), r"(?<![\w/.,])[0-9]{1,3}/(?=\s|$|\.{2,}|…)"),
    (("digit",), r"(?<![\w(])[0-9]{1,2}\)"),
    ((), r"\((?:[0-9]|[ivx]{1,4})\)(?=\s+[A-Za-z])"),
    # model names and codes: letters glued to digits, "5G", "COVID-19", "Top-3", "102.4 FM"
    (("digit",), r"\b[A-Za-z]+[-‑]?[0-9]+(?:[.-][0-9]+)*[A-Za-z]*\b"),
    (("digit",), r"\b[0-9]++[a-z]*+[0-9]*+[A-Z][A-Za-z0-9]*+\b"),
    (("digit",), r"\b[0-9]+(?:\.[0-9])?\s?(?:FM|AM|MHz|GHz)\b"),
    # page chrome: "4 min read", "3 hours ago", "12 comments", "Photo 2 of 9"
    (("digit",), r"\b[0-9]{1,3}\s*-?\s*(?:min|mins|minutes?)\.?\s+(?:read|listen|watch)\b"),
    (
        ("digit",),
        r"\b(?:[Rr]eading|[Rr]ead)\s+[Tt]ime\s*:?\s*[0-9]{1,3}\b(?:\s*(?:min|mins|minutes?)\b)?",
    ),
    (
        ("digit",),
        r"\b[0-9]{1,3}\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b",
    ),
    (("digit",), r"\b[0-9][0-9,.]{0,12}[KkMm]?\s+(?:comments?|replies|retweets|reposts|likes)\b"),
    (
        ("digit",),
        r"\b(?:[Pp]hoto|[Ii]mage|[Ss]lide|[Pp]icture)\s+[0-9]{1,3}\s+(?:of|/)\s+[0-9]{1,3}\b",
    ),
    # an averaging window, not a duration measured: "the 4-week average", "30-day moving average"
    (
        ("digit",),
        r"\b[0-9]{1,3}-(?:day|week|month|year|quarter)(?=\s+(?:moving\s+|rolling\s+|running\s+|"
        r"trailing\s+)?averages?\b)",
    ),
    # a ranking's cut-off, not a count: "in the top three trading partners", "top-10 buyers"
    (
        (),
        r"\b[Tt]op[\s-](?:[0-9]{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|"
        r"hundred)\b",
    ),
    # "One day, he counted …": a narrative opener, not a duration
    ((), r"\b[Oo]ne\s+(?:day|morning|evening|night)(?=,)"),
    # ordinals in names of centuries/anniversaries/congresses are not ranks
    (
        ("digit",),
        r"\b[0-9]+(?:st|nd|rd|th|\^\{(?:st|nd|rd|th)\})\s+(?:century|centuries|anniversary|"
        r"Congress|congress|session|Plenum|plenum|meeting|summit|edition|round|convocation)",
    ),
]
# Linear time on any input (a run of 20,000 digits took 68 s): no pattern reads more than a
# bounded stretch from a start position. A host name has labels of at most 63 characters
# (RFC 1035; 16 labels here) and an address a local part of at most 64 (RFC 5321), so
# neither scans a whole run of word characters from every position in it (quadratic on a
# run without "@" or a top-level domain); the model-name pattern is possessive
# (`[0-9]+[A-Za-z]*[0-9]*[A-Z]`, read greedily, splits a digit run in quadratically many
# ways, and only the first capital can follow digits and lower-case letters anyway).
#
# The spans are those of the patterns as one alternation in this order (`finditer` of
# "p0|p1|…": the leftmost match, the earlier pattern on a tie). A text is scanned only by
# the patterns it can match (a pattern that cannot match takes no part in the choice): most
# patterns need a digit, an e-mail address needs "@" and a host name a top-level domain (the
# two that read a run of word characters from every position); a pattern gated by () is
# always run. Each pattern carries its gate, so a pattern added to the list cannot fall out
# of step with a separate table; the literal text a pattern's matches contain ("Table",
# "ago", "/": see loaders.prefilter) is a second gate, read off the pattern itself.
# A passage without a digit needs a handful of patterns: one pass of all 37 at every
# position was the statistics stage's largest single cost.
_DIGIT = re.compile(r"[0-9]")
_TLD = re.compile(r"\.(?:com|org|net|ru|cn|gov|edu|int|uk|de|fr|io|info|au|eu|su|by|kz)\b")
# A pattern opening with `\b[0-9]` is tried by `re` at every position of the text; opening
# with `[0-9]` it jumps from digit to digit (2-3 times faster on 10x's passages). After the
# first digit, `(?<!\w[0-9])` says what `\b` said before it (a digit is a word character:
# no word character before it, or the start of the text), and the rest of the repeat
# follows: `\b[0-9]+` is `[0-9](?<!\w[0-9])[0-9]*`, same matches in the same order.
_LEAD_DIGIT = re.compile(r"\\b\[0-9\](?:(?P<more>\+\+?)|\{1,(?P<most>[0-9])\}|(?![*+?{]))")


def _digit_first(pattern: str) -> str:
    m = _LEAD_DIGIT.match(pattern)
    if m is None:
        return pattern
    if m.group("more"):
        rest = "[0-9]*" + m.group("more")[1:]  # "+" -> "*", "++" (possessive) -> "*+"
    elif m.group("most"):
        rest = f"[0-9]{{0,{int(m.group('most')) - 1}}}"
    else:
        rest = ""
    return r"[0-9](?<!\w[0-9])" + rest + pattern[m.end() :]


# (what a text must contain, the pattern behind its literal prefilter and a look-ahead for
# the characters its matches start with: see loaders.leading; 0.76 -> 0.52 s for
# the patterns it applies to, each over 10x's passages with a digit)
_BLOCKERS: list[tuple[frozenset[str], re.Pattern[str]]] = [
    (frozenset(needs), gated(led(re.compile(_digit_first(p))))) for needs, p in _PATTERNS
]


def _blocking(text: str) -> list[re.Match[str]]:
    """The matches of the alternation of `_PATTERNS` in `text`, in order, found pattern by
    pattern: each pattern that can match is searched on its own (an alternation tries every
    alternative at every position; a single pattern runs at `re`'s speed) and the next match
    is the leftmost of their next matches, the earlier pattern's on a tie, as the alternation
    chooses. A pattern's match at a position is its own whatever the search started from
    (look-behinds and `\\b` see the text before it), so a pattern's next match is searched
    again only when the chosen match ends past its start. (No pattern matches empty text.)"""
    present = {"digit"} if _DIGIT.search(text) else set()
    if "@" in text:
        present.add("@")
    if _TLD.search(text):
        present.add("tld")
    patterns = [rx for needs, rx in _BLOCKERS if present.issuperset(needs)]
    ahead = [rx.search(text) for rx in patterns]
    found: list[re.Match[str]] = []
    while True:
        first: re.Match[str] | None = None
        for m in ahead:
            if m is not None and (first is None or m.start() < first.start()):
                first = m
        if first is None:
            return found
        found.append(first)
        pos = first.end()
        for i, m in enumerate(ahead):
            if m is not None and m.start() < pos:
                ahead[i] = patterns[i].search(text, pos)


# Section numbers at the start of a heading/paragraph: "3.1.", "2.", "IV."
_SECTION = re.compile(r"^\s*[0-9]{1,2}(?:\.[0-9]{1,2})*\.(?=\s)")
_HEADING_NUMBER = re.compile(r"^\s*[0-9]{1,2}(?:\.[0-9]{1,2})*\.?(?=\s)")
# Letters with digits that ARE quantities must not be blocked by the model-name rule.
_QUANTITY_GLUE = re.compile(
    r"^(?:[0-9]+(?:[.,][0-9]+)?(?:[bmk]|bn|bln|mln|mn|tn|trn|bcm|tcm|x|kWh|MWh|GWh|TWh|km|kg|"
    r"t|pp|TEU|th|st|nd|rd|m3|pc|pct)|US[0-9].*|[A-Z]{3}[0-9].*)$",
    re.I,
)


def blocked_spans(
    text: str, *, at_passage_start: bool = False, heading: bool = False
) -> list[tuple[int, int]]:
    """Character spans of `text` that hold no statistics."""
    spans: list[tuple[int, int]] = []
    for m in _blocking(text):
        token = m.group(0)
        if _QUANTITY_GLUE.match(token):
            continue
        spans.append((m.start(), m.end()))
    if at_passage_start:
        m = (_HEADING_NUMBER if heading else _SECTION).match(text)
        if m:
            spans.append((m.start(), m.end()))
    return spans


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)

"""What is not a claim, and the trimming of a sentence to the assertion it carries.

Trimming removes thread furniture (a leading "12/" tweet number, "..." continuation marks),
trailing links, pointing emoji and "1/" markers, so a claim's offsets cover words only.
Not claims: headings, table rows, footnotes, captions without a quote, bare link lines,
pure questions, boilerplate (ISBN, copyright, "download the report", "Why We Wrote This"),
lists of names, and fragments too short to assert anything.
"""

from __future__ import annotations

import re

from kb.enums import PassageKind
from loaders.prefilter import gated

NON_CLAIM_PASSAGES = frozenset(
    {PassageKind.HEADING, PassageKind.TABLE_ROW, PassageKind.FOOTNOTE, PassageKind.CAPTION}
)
MIN_WORDS = 4

_LEAD = re.compile(
    r"^(?:\s|\d{1,3}\s*/\s*(?:\d{1,3}\b)?|/\d{1,3}\b|\(\d{1,3}/\d{1,3}\)|\.{2,}|…|[-–—•*]\s|"
    r"[\u00b9\u00b2\u00b3\u2070-\u2079]+|THREAD\b:?|🧵|(?:NEW|BREAKING)\s*:)+"
)
# Thread furniture that announces content instead of asserting it.
_META = re.compile(
    r"^(?:(?:a\s+)?couple\s+of|some|a\s+few|several)\s+(?:\w+\s+){0,2}(?:thoughts|observations|"
    r"findings|details|takeaways|points|notes)\b|^(?:here\s+is|here's|here\s+are)\s+(?:what|some|my|"
    r"the\s+(?:thread|link|piece))\b|^let\s+me\s+(?:explain|unpack|elaborate)|"
    r"^more\s+(?:research\s+|on\s+this\s+|details\s+)?(?:coming|soon|to\s+come|below)|"
    r"^(?:a\s+)?(?:short\s+|quick\s+)?thread\b|^(?:see|read)\s+(?:this|my|the)\b|^ICYMI\b|"
    r"^(?:please\s+)?(?:follow|subscribe\s+to|check\s+out|join)\s+(?:our|my|us|me)\b",
    re.IGNORECASE,
)
_TRAIL = re.compile(
    r"(?:\s|\b\d{1,3}/(?:\d{1,3})?|\(\d{1,3}/\d{1,3}\)|(?:https?://|www\.)\S+|"
    r"\b[\w-]+(?:\.[\w-]+)+/\S*|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]|"
    r"(?<=[.!?”\"])[\u00b9\u00b2\u00b3\u2070-\u2079]+|"
    r"\b(?:ICYMI|via|h/t|HT)\b:?)+$"
)
# Every _TRAIL alternative but white space, emoji, superscripts and the words "ICYMI",
# "via", "HT" (and a colon after them) needs a "/" (tweet numbers "1/", "(1/3)", links,
# paths) or "www.". Without those, a match reaching the end ends with one of these
# characters; most sentences end with a stop and hold no "/", and `re` need not try _TRAIL
# at every position (a test checks the shortcut against the pattern).
_TRAIL_END = re.compile(
    r"[\sIaT:\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u00b9\u00b2\u00b3\u2070-\u2079]"
)


def _trail(chunk: str) -> re.Match[str] | None:
    """`_TRAIL.search(chunk)`."""
    if "/" in chunk or "www." in chunk or _TRAIL_END.match(chunk, len(chunk) - 1):
        return _TRAIL.search(chunk)
    return None


_LINK_ONLY = re.compile(r"^(?:\S+://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)+/\S*)$")
_BOILERPLATE = re.compile(
    r"\b(?:ISBN|ISSN|©|copyright|all rights reserved|download the report|table of contents|"
    r"why we wrote this|a story focused on|click here|subscribe|sign up|newsletter|stay tuned|"
    r"loading\s*(?:\.\.\.|…)|more news on|"
    r"follow us|read more|photo:|image:|getty images|reuters/|the views and opinions of "
    r"authors|do not necessarily (?:state|reflect)|printed in|cover photo|layout)\b",
    re.IGNORECASE,
)
# Behind its literals (loaders.prefilter): 16 of the 11,614 sentences of 10x hold one, and
# the pattern is tried at every position of the others (0.19 -> 0.08 s there).
_BOILERPLATE = gated(_BOILERPLATE)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A bibliographic reference: a footnote however the reader delivered it.
_FOOTNOTE_START = re.compile(r"^(?:\^\{|\[?&\]?quot;|\[\d+\]|\d{1,3}\s+[\"“])")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_CITATION = re.compile(
    rf"[\"”],?\s*(?:[A-Z][\w&.'’ -]{{1,60}},\s*)?(?:(?:{_MONTHS})\s+\d{{1,2}},\s*)?\d{{4}}\b|"
    r"\b(?:Retrieved|Accessed)\s+(?:on\s+)?\w+|"
    r"\b(?:URL|DOI|doi):",
)
# Behind a literal prefilter (same matches; see loaders.prefilter): a quotation mark,
# "Retrieved", "Accessed", "URL" or "DOI" must be there; over the 10x corpus's sentences
# 0.095 -> 0.03 s.
_CITATION = gated(_CITATION)
# "Sources: Rosstat" is a label; "Sources told the agency that …" is a sentence.
_LABEL = re.compile(
    r"^(?:(?:Source|Sources)\b(?!\s+(?-i:[a-z]))|(?:Note|Notes|See|Cf|Compiled by)\b)[:.]?",
    re.IGNORECASE,
)
_STOP = tuple(".!?”\"…)'’")
_SMALL_WORDS = "a an the of and or in on at to for with from by as vs via its into"
_SMALL = frozenset(_SMALL_WORDS.split())


def looks_like_title(s: str) -> bool:
    """Most words capitalised and no final punctuation: a heading or a document title."""
    return _title_words(s, _WORD.findall(s))


def _title_words(s: str, words: list[str]) -> bool:
    """`looks_like_title` given the words of `s` (`is_claim_text` counts them too)."""
    if not words or s.rstrip().endswith(_STOP[:3]):
        return False
    content = [w for w in words if w.lower() not in _SMALL]
    caps = sum(1 for w in content if w[0].isupper())
    return len(content) >= 2 and caps / len(content) >= 0.7


_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) to the assertion: no tweet numbers, trailing links or emoji."""
    chunk = text[start:end]
    lead = _LEAD.match(chunk)
    if lead:
        start += lead.end()
    chunk = text[start:end]
    tail = _trail(chunk)
    if tail and tail.start() > 0:
        end = start + tail.start()
    chunk = text[start:end]
    return start + (len(chunk) - len(chunk.lstrip())), start + len(chunk.rstrip())


def is_claim_text(sentence: str, *, has_quote: bool = False) -> bool:
    """Whether a trimmed sentence can carry an assertion worth retrieving."""
    s = sentence.strip()
    if not s or _LINK_ONLY.match(s):
        return False
    if s.endswith("?") and not has_quote:
        return False
    if _BOILERPLATE.search(s) or _LABEL.match(s) or _FOOTNOTE_START.match(s) or _META.match(s):
        return False
    if _CITATION.search(s):
        return False
    words = _WORD.findall(s)
    if _title_words(s, words) or len(words) < MIN_WORDS:
        return False
    lower = _LOWER_WORD.findall(s)
    # A list of names or a title: almost no lower-case (function) words.
    return not len(lower) < max(2, len(words) // 4)


# A news headline with its attribution: "Region wants investors, a regional official has said",
# also when the headline itself has commas ("Oslo hopes Lima, Quito will talk, Oslo envoy says"):
# the attribution is what follows the last comma.
_ATTRIBUTED_HEADLINE = re.compile(
    r"^.{20,},\s+(?:(?:an?|the|one)\s+)?(?:[\w'’.-]+\s+){0,6}?(?:has\s+|have\s+)?"
    r"(?:said|says|told\s+[\w\s]{1,30}|warned|warns|announced|claims|claimed)\s*[.!]?\s*$"
)


def is_claim_passage(kind: PassageKind, text: str) -> bool:
    """Headings (but a headline with its attribution: "…, an official has said"), table rows
    and footnotes never carry claims; captions only with a quote."""
    if kind == PassageKind.CAPTION:
        return "“" in text or '"' in text
    if kind == PassageKind.HEADING:
        return _ATTRIBUTED_HEADLINE.match(text.strip()) is not None
    return kind not in NON_CLAIM_PASSAGES

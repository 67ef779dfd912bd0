"""What a number measures, in a few words: "trade turnover", "Russian exports to China",
"crude oil imports", "share of Russians".

The nearest *metric head* (trade, turnover, exports, imports, investment, GDP, a commodity…)
before the number within its clause, widened left by its modifiers ("Russian", "crude oil",
"total export") and right by a short "to/from/with/between X" phrase; for "N% of X" the
share of X; when no head precedes the number in its clause, "N in/of <head>" after it
("recorded $140.7 billion in trade"); for counts the counted noun; otherwise None.

:func:`clean_metric` tidies a phrase for storage: headline capitals of common words go
("Increase Trade Turnover" → "trade turnover"), a leading comparison or verb goes ("than
China's foreign trade turnover" → "China's foreign trade turnover"); names keep their case.
"""

from __future__ import annotations

import re

from loaders.leading import led
from loaders.numbers.scan import Quantity

_HEADS = (
    r"trade\s+turnover|trade\s+volumes?|turnover|trade|exports?|imports?|investments?|"
    r"GDP|output|production|supplies|supply|deliveries|consumption|sales|reserves|debt|"
    r"revenues?|budget|spending|expenditure|prices?|tariffs?|dut(?:y|ies)|inflation|"
    r"population|capacity|orders|e-commerce|loans?|credits?|assets|transactions|payments|"
    r"settlements|tourists|students|flights|shipments|traffic|cargo|freight|volume|"
    r"growth|oil|gas|coal|electricity|beef|soybeans|grain|wheat|timber|LNG|share|"
    r"market\s+share|reserves|deficit|surplus|income|wages?|salar(?:y|ies)|cost|value|"
    r"threshold|capital|funding|financing|aid|bonds|yields?|rate|commerce|economy|FDI|crude"
)
# (behind a look-ahead for the heads' first letters: see loaders.leading)
_HEAD_RE = led(re.compile(rf"\b(?:{_HEADS})\b", re.I))
_TAIL = re.compile(
    r"(?:\s+(?:from|to|with|between|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*|countries|EU|"
    r"U\.S\.)(?:\s+(?:and|to)\s+(?:the\s+)?[A-Z][\w'’-]*)?)"
)
_CLAUSE_BREAK = re.compile(r"[;:()\u2022]|,\s+(?:which|while|and|but|with)\b|\.\s")
_STOP_MODS = {
    "the", "a", "an", "of", "in", "to", "and", "by", "as", "was", "is", "its", "their", "our",
    "that", "which", "this", "these", "at", "for", "on", "from", "with", "has", "have", "will",
    "said", "says", "it", "up", "down", "were", "are", "be", "been", "total", "reached",
}  # fmt: skip
_SHARE_OF = re.compile(r"\s+of\s+((?:all\s+(?:of\s+)?)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+?)"
                       r"(?=\s+(?:polled|said|say|surveyed|were|are|was|is|who|that|in|and|,|\.)|"
                       r"[,.;)]|$)")  # fmt: skip


def metric(text: str, q: Quantity, lo: int) -> str | None:
    """A short description of what `q` measures, from its sentence text[lo:...]."""
    if q.kind == "age":
        return "age"
    if q.kind == "rank":
        return "rank"
    if q.unit == "percent":
        m = _SHARE_OF.match(text, q.end)
        if m and not _HEAD_RE.search(text[max(lo, q.start - 40) : q.start]):
            return f"share of {m.group(1)}"
    window_start = max(lo, q.start - 120)
    before = text[window_start : q.start]
    cut = 0
    for b in _CLAUSE_BREAK.finditer(before):
        cut = b.end()
    heads = list(_HEAD_RE.finditer(before, cut))
    if not heads:
        # "in trade" after the number, or the product a daily rate names inside its own
        # surface ("1.4 million barrels of Russian oil daily")
        inner = text.find(" of ", q.num_start, q.end)
        after = _AFTER.match(text, q.end) or (_AFTER.match(text, inner) if inner > 0 else None)
        if after and (q.kind != "count" or not q.counted):
            return clean_metric(after.group(1))
        heads = list(_HEAD_RE.finditer(before))
    if heads:
        head = heads[-1]
        return clean_metric(_phrase(before, head, cut if head.start() >= cut else 0))
    if q.kind == "count" and q.counted:
        return q.counted
    return None


_BARE_WORD = re.compile(r"^[\w'’-]+$")
_DIGIT_FIRST = re.compile(r"^[0-9]")
_VERB_ENDING = re.compile(r"ed$|ing$|ly$")  # "rising", "reported", "nearly": no modifier


def _phrase(clause: str, head: re.Match[str], floor: int) -> str:
    flow = _FLOW_OF.search(clause, floor, head.start())
    if flow and flow.end() == head.start():  # "exports of Russian LNG to China"
        tail = _TAIL.match(clause, head.end())
        return " ".join(
            (clause[flow.start() : head.end()] + (tail.group(0) if tail else "")).split()
        )
    words_before = clause[floor : head.start()].split()
    mods: list[str] = []
    for w in reversed(words_before[-3:]):
        opened = _OPENING_QUOTE.match(w)  # a quoted title starts here: keep its first word
        bare = (w[opened.end() :] if opened else w).strip(",\"“”'")
        if opened and bare and bare.lower() not in _STOP_MODS and _BARE_WORD.match(bare):
            mods.insert(0, bare)
            break
        if bare != w or bare.lower() in _STOP_MODS or not _BARE_WORD.match(bare):
            break
        if _DIGIT_FIRST.match(bare) or (_VERB_ENDING.search(bare) and bare[0].islower()):
            break
        mods.insert(0, bare)
    phrase = " ".join([*mods, head.group(0)])
    tail = _TAIL.match(clause, head.end())
    if tail:
        phrase += tail.group(0)
    phrase = " ".join(phrase.split())
    if phrase.split()[0].lower() in _COMMON:
        phrase = phrase[0].lower() + phrase[1:]
    return phrase


_COMMON = {
    "trade", "crude", "coal", "natural", "pipeline", "electricity", "mutual", "bilateral",
    "total", "annual", "energy", "oil", "gas", "exports", "imports", "investment", "e-commerce",
    "agricultural", "cross-border", "foreign", "direct", "capital", "consumer", "beef",
}  # fmt: skip


_FLOW_OF = re.compile(
    r"\b(?:exports?|imports?|supplies|deliveries|shipments|purchases|sales)\s+of\s+"
    r"(?:(?:the\s+)?[\w'’-]+\s+)?",
    re.I,
)
_OPENING_QUOTE = re.compile(r"^(?:&quot;|[\"“‘'])")
_AFTER = re.compile(rf"\s+(?:in|of|worth\s+of)\s+((?:[\w'’-]+\s+){{0,2}}?(?:{_HEADS}))\b", re.I)
_LEADING = {
    "than", "while", "whereas", "and", "but", "with", "as", "so", "also", "even", "increase",
    "increased", "increasing", "raise", "boost", "expand", "the", "of", "to", "in", "by",
}  # fmt: skip
# Words that are common nouns or adjectives even when a headline capitalises them.
_LOWER_WORDS = (
    set(re.findall(r"[a-z][a-z-]+", _HEADS.replace("(?:", " ").replace("s?", "s")))
    | _COMMON | _STOP_MODS | {"increase", "volume", "volumes", "export", "import", "change",
    "compared", "recent", "members", "rate", "direct", "investments", "foreign", "classes",
    "exceed", "extends", "board", "freight", "rail", "mutual", "bilateral", "group", "groups",
    "structure", "commodity", "cities", "students", "share", "turnover", "growth"}
)  # fmt: skip


def clean_metric(phrase: str | None) -> str | None:
    """The phrase with single spaces, no leading comparison/verb, headline case undone."""
    if phrase is None:
        return None
    words = phrase.split()
    while len(words) > 1 and words[0].lower() in _LEADING:
        words = words[1:]
    out = []
    for w in words:
        if w[:1].isupper() and w[1:].islower() and w.lower() in _LOWER_WORDS:
            w = w.lower()
        out.append(w)
    return " ".join(out) or None

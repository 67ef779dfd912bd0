"""Footnote references in the body text, found by the document's own footnote numbers.

The cleaned text stays faithful: a reference glued to the text (``2020.88``, ``2022,87``,
``10,000,166``, ``20.98``, ``Union State.15``, a bare `` 86 `` between words) is not deleted,
since a wrong guess would destroy data. Instead the reader reports each reference it is sure
of as ``{"offset": start, "end": end, "number": "88"}`` (code points in the cleaned text) in
``doc.meta["footnote_refs"]``; the statistics stage (:mod:`loaders.numbers.footnotes`) cuts
numbers there.

Certain: Unicode superscripts (``⁸²``) and ``^{47}`` markup naming an existing footnote.
Glued or bare digits count only when they continue the reference sequence (the next few
numbers after the last reference found), name a footnote placed near the paragraph, and do
not read as a quantity (no unit after them; a decimal only after a year, a thousands group,
a day number before a capitalised word or the paragraph's end).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kb.enums import PassageKind
from loaders.drafts import PassageDraft

_SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# Each pattern opens with the character its match starts with (a look-behind moved after the
# first digit reads the same characters before the match: `(?<=X)\d` is `\d(?<=X\d)`), so
# `re` jumps from candidate to candidate instead of trying the look-behinds at every position
# of the text (0.46 -> 0.15 s for the four over 10x's reports; tests/test_speed_numbers.py
# holds them against the look-behind-first forms).
_STRONG = re.compile(
    r"(?=[⁰¹²³⁴⁵⁶⁷⁸⁹^])(?:(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|\^\{\s*(?P<markup>\d{1,3})\s*\})"
)
_AFTER_WORD = re.compile(r"(?P<n>\d(?:(?<=[a-z]{2}\d)|(?<=[%)\]\"”’»]\d))\d{0,2})(?=[\s.,;:)]|$)")
_AFTER_PUNCT = re.compile(r"(?P<n>\d(?<=[a-z%)\]\"”’»][.,;:]\d)\d{0,2})(?=\s|$)")
_AFTER_NUMBER = re.compile(
    r"(?P<head>\d(?<![\d.,]\d)(?:\d{0,2}(?:,\d{3})+|\d{0,3}))[.,](?P<n>\d{1,3})(?=\s|$|[)\];])"
)
_BARE = re.compile(r"(?P<n>\d(?<=[.,;:)\"”] \d)\d{0,2})(?=\s+[A-Za-z]|\s*$)")
_UNIT_AFTER = re.compile(
    r"\s*(?:%|percent|per\s?cent|percentage|times|fold|million|billion|thousand|trillion|"
    r"bln|mln|bn|tonnes?|tons?|km|kg|kWh|bcm|TEU|dollars?|euros?|yuan|roubles?|rubles?|"
    r"people|years?|months?|days?|hours?|units?)\b",
    re.I,
)
_UPPER_OR_END = re.compile(r"\s+[A-Z]|\s*$")
_PROSE = {PassageKind.PARAGRAPH, PassageKind.HEADING, PassageKind.CAPTION}
_WINDOW = 40


def find_refs(text: str, passages: Sequence[PassageDraft]) -> list[dict]:
    """Reference spans in prose passages, in text order."""
    where: dict[int, list[int]] = {}
    for i, p in enumerate(passages):
        if p.kind == PassageKind.FOOTNOTE and p.number and p.number.isdigit():
            where.setdefault(int(p.number), []).append(i)
    if not where:
        return []
    found: list[dict] = []
    last = 0
    for index, p in enumerate(passages):
        if p.kind not in _PROSE:
            continue
        for start, end, number, strong in _candidates(text, p.start, p.end):
            near = any(abs(i - index) <= _WINDOW for i in where.get(number, ()))
            if near and number == 1 and last > 1 and len(where[1]) > 1:
                last = 0  # footnote numbers restart (per chapter)
            if strong is True and number in where:
                ok = True
            elif strong == "bare":
                ok = near and last < number <= last + 2
            else:
                ok = near and last < number <= last + 4
            if ok:
                found.append({"offset": start, "end": end, "number": str(number)})
                last = max(last, number)
    return found


def _candidates(text: str, lo: int, hi: int) -> list[tuple[int, int, int, bool | str]]:
    seg = text[lo:hi]
    out: dict[int, tuple[int, int, int, bool | str]] = {}
    for m in _STRONG.finditer(seg):
        raw = m.group("sup") or m.group("markup")
        g = "sup" if m.group("sup") else "markup"
        out[m.start(g)] = (lo + m.start(g), lo + m.end(g), int(raw.translate(_SUP)), True)
    for rx in (_AFTER_WORD, _AFTER_PUNCT):
        for m in rx.finditer(seg):
            if not _UNIT_AFTER.match(seg, m.end()):
                out.setdefault(m.start("n"), (lo + m.start("n"), lo + m.end("n"),
                                              int(m.group("n")), False))  # fmt: skip
    for m in _AFTER_NUMBER.finditer(seg):
        head = m.group("head")
        year = len(head) == 4 and head[:2] in ("19", "20")
        if _UNIT_AFTER.match(seg, m.end()):
            continue
        if year or "," in head or _UPPER_OR_END.match(seg, m.end()):
            out.setdefault(m.start("n"), (lo + m.start("n"), lo + m.end("n"),
                                          int(m.group("n")), False))  # fmt: skip
    for m in _BARE.finditer(seg):
        if not _UNIT_AFTER.match(seg, m.end()):
            out.setdefault(m.start("n"), (lo + m.start("n"), lo + m.end("n"),
                                          int(m.group("n")), "bare"))  # fmt: skip
    return [out[k] for k in sorted(out)]

"""Footnote references glued to numbers, found from the document's own footnote sequence.

Reports print footnote references as superscripts that extraction often flattens into the
text: ``2020.88`` (year + ref 88), ``2022,87``, ``10,000,166`` (10,000 + ref 166), ``20.98``,
or a bare `` 86 `` between words. Evidence used, strongest first:

1. ``doc.meta["footnote_refs"]`` = ``[{"offset": int, "number": str}]`` from the reader: the
   characters at that offset (when still in the text) are a reference;
2. the *sequence* of references the document shows unambiguously (Unicode superscripts,
   ``^{47}`` markup, refs glued after words or closing punctuation like ``year.90``, numbered
   FOOTNOTE passages): a trailing digit group that continues that sequence at its position
   is a reference;
3. with no sequence, ``YEAR.NN``/``YEAR,NN`` after a date word (``in 2020.88``).

:class:`FootnoteRefs` answers where a number token must be cut and which bare numbers are refs.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from kb.enums import PassageKind
from loaders.drafts import PassageDraft
from loaders.numbers.lexicon import CURRENCY_CODES

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUP_RUN = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_MARKUP = re.compile(r"\^\{\s*\*?([0-9]{1,4})")
# These three are read over the whole text of a document: each opens with a test of the
# character a match starts with, so `re` runs the look-behinds only there (`(?<=X)[.,]` is
# `[.,](?<=X[.,])`; 0.31 -> 0.09 s for the three over 10x; tests/test_speed_numbers.py
# holds them against the look-behind-first forms).
_AFTER_WORD = re.compile(
    r"(?=[.,0-9])(?:[.,](?<=[a-z%)\]\"”’»*][.,])|(?<=[)\]\"”’»]))([0-9]{1,3})(?=\s|$)"
)
# number tokens with a glued trailing group: 2020.88 | 2022,87 | 10,000,166 | 20.98
_GLUED = re.compile(
    r"(?=[0-9])(?<![0-9.,])((?:19|20)[0-9]{2}|[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3})"
    r"([.,])([0-9]{1,3})(?![0-9.,]*[0-9])"
)
_BARE = re.compile(r"([0-9](?<=[\s,;][0-9])[0-9]{0,2})(?=\s+[a-z])")
# what a bare number that is a quantity has around it: "USD 1 billion", "$ 2 million",
# "3 percent", "5 million tonnes"; a reference between words has neither
_AMOUNT_BEFORE = re.compile(rf"(?:\b(?:{'|'.join(CURRENCY_CODES)})|[$€£¥₽])\s*$")
_AMOUNT_AFTER = re.compile(
    r"\s+(?:thousand|million|billion|trillion|mln|bln|bn|percent|per\s+cent|times|"
    r"tonnes|tons|barrels|cubic|kilomet(?:re|er)s|km|miles|years|months|days|weeks)\b",
    re.I,
)
_DATE_WORD = re.compile(
    r"(?:\b(?:in|to|since|from|of|until|till|by|for|year|than|and|early|late|mid|end)|"
    r"January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Q[1-4]|[-–—])\s*$",
    re.I,
)
_UNIT_AFTER = re.compile(r"\s*(?:%|percent|per cent|percentage|[a-zA-Z$€]+\b(?<!and))")
_DIGIT = re.compile(r"[0-9]")


class FootnoteRefs:
    """Footnote reference evidence for one document."""

    def __init__(
        self,
        text: str,
        passages: Sequence[PassageDraft] = (),
        meta_refs: Sequence[dict] | None = None,
    ) -> None:
        self.text = text
        self.cut_at: dict[int, int] = {}  # token start → exclusive end of the real number
        self.blocked: list[tuple[int, int]] = []
        known: list[tuple[int, int]] = []
        for ref in meta_refs or ():
            offset, number = int(ref.get("offset", -1)), str(ref.get("number", ""))
            if offset >= 0 and number.isdigit():
                known.append((offset, int(number)))
                if text[offset : offset + len(number)] == number:
                    self.blocked.append((offset, offset + len(number)))
        for m in _SUP_RUN.finditer(text):
            known.append((m.start(), int(m.group(0).translate(_SUPERSCRIPT))))
        for m in _MARKUP.finditer(text):
            known.append((m.start(1), int(m.group(1))))
        for m in _AFTER_WORD.finditer(text):
            if not _DIGIT.search(text[max(0, m.start() - 1) : m.start()]):
                known.append((m.start(1), int(m.group(1))))
        for p in passages:
            if p.kind == PassageKind.FOOTNOTE and p.number and p.number.isdigit():
                known.append((p.start, int(p.number)))
        known.sort()
        self._offsets = [o for o, _ in known]
        self._numbers = [n for _, n in known]
        self._find_glued()
        self._find_bare()

    def fits(self, number: int, offset: int) -> bool:
        """Whether `number` continues the reference sequence seen around `offset`: a ref
        numbered a little lower shortly before it, and the same number (its footnote body)
        or a little higher shortly after it. Footnote bodies restart the numbers locally, so
        a window of neighbours is searched, not just the nearest one."""
        i = bisect.bisect_left(self._offsets, offset)
        before = self._numbers[max(0, i - 6) : i]
        after = self._numbers[i : i + 8]
        if not after:
            return False
        next_ok = any(number <= n <= number + 8 for n in after)
        if not before:
            return any(n in (number, number + 1) for n in after)
        return next_ok and any(number - 5 <= n < number for n in before)

    @property
    def has_sequence(self) -> bool:
        return len(self._numbers) >= 3

    def _find_glued(self) -> None:
        for m in _GLUED.finditer(self.text):
            head, ref = m.group(1), m.group(3)
            is_year = len(head) == 4 and head[:2] in ("19", "20")
            ref_at = m.start(3)
            if self._blocked_at(ref_at):
                self.cut_at[m.start(1)] = m.end(1)
                continue
            unit_follows = bool(_UNIT_AFTER.match(self.text, m.end()))
            before = self.text[max(0, m.start() - 25) : m.start()]
            if self.fits(int(ref), ref_at) and (is_year or "," in head or not unit_follows):
                ok = True
            elif is_year and not self.has_sequence and not unit_follows:
                ok = bool(_DATE_WORD.search(before))
            else:
                ok = False
            if ok:
                self.cut_at[m.start(1)] = m.end(1)
                self.blocked.append((m.start(2), m.end(3)))

    def _find_bare(self) -> None:
        if not self.has_sequence:
            return
        for m in _BARE.finditer(self.text):
            if _AMOUNT_AFTER.match(self.text, m.end()) or _AMOUNT_BEFORE.search(
                self.text, max(0, m.start() - 6), m.start()
            ):
                continue  # "exceeded USD 1 billion": an amount, not a reference
            if self.fits(int(m.group(1)), m.start(1)):
                self.blocked.append((m.start(1), m.end(1)))

    def _blocked_at(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.blocked)

"""Counted nouns after a bare number ("15,000 trains", "4 new blocs", "three main reasons"):
an open class recognised by shape (a lower-case plural after at most three modifiers).
"""

from __future__ import annotations

import re

from loaders.numbers.lexicon import COUNT_NOUNS_IRREGULAR, NOT_COUNT
from loaders.numbers.patterns import _DEMONYM_PLURAL, _STOP, _WORD_RE

_CODE_RE = re.compile(r"[ \t]+([A-Z][A-Za-z]*-?[0-9][\w-]*)(?=[ \t])")


def _counted(text: str, pos: int, *, word_number: bool = False) -> tuple[str, int] | None:
    """The counted noun phrase after a bare number ("4 new blocs" → "new blocs")."""
    words: list[str] = []
    end = pos
    for _ in range(4):
        code = _CODE_RE.match(text, end)  # "48 Su-30MKI kits": a model name as modifier
        if code and not words:
            words.append(code.group(1))
            end = code.end()
            continue
        m = _WORD_RE.match(text, end)
        if not m:
            return None
        w = m.group(1)
        lw = w.lower().strip("’'")
        if lw == "and" and words:
            words.append(w)
            end = m.end()
            continue
        if lw in _STOP or lw in NOT_COUNT or _is_adverb(lw) or (not words and _is_verb(lw)):
            return None
        words.append(w)
        end = m.end()
        plural = (
            len(lw) > 3 and lw.endswith("s") and not lw.endswith(("ss", "us", "is", "ous"))
        ) or lw in COUNT_NOUNS_IRREGULAR
        if plural and (
            w[0].islower()
            or _DEMONYM_PLURAL.match(w)
            or (word_number and _lower_before(text, pos) and _next_is_lower(text, end))
        ):
            return " ".join(words), end
        if plural:
            return None
        if "'" in w or "’" in w:
            return None
    return None


_ADVERB_ENDS = ("ally", "ously", "ively", "fully", "ently", "antly", "ately", "edly", "arly")


def _is_adverb(word: str) -> bool:
    return word in ("only", "nearly", "roughly", "mostly", "mainly", "largely", "partly",
                    "respectively", "early", "daily", "weekly", "monthly", "yearly") or (
        word.endswith(_ADVERB_ENDS))  # fmt: skip


def _is_verb(word: str) -> bool:
    """A participle right after the number ("15,000 used", "20 signed") is not a modifier."""
    return word.endswith(("ed", "ing")) and word not in (
        "leading",
        "existing",
        "operating",
        "skilled",
        "registered",
        "listed",
    )


def _lower_before(text: str, pos: int) -> bool:
    """Whether the word number ending at `pos` is written in lower case (not a title)."""
    m = re.search(r"([A-Za-z]+)\s*$", text[max(0, pos - 20) : pos])
    return bool(m and m.group(1)[0].islower())


def _next_is_lower(text: str, pos: int) -> bool:
    m = _WORD_RE.match(text, pos)
    return bool(m and m.group(1)[0].islower())

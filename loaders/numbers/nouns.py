"""Counted nouns after a bare number ("15,000 trains", "4 new blocs", "three main reasons"):
an open class recognised by shape (a lower-case plural after at most three modifiers).
"""

from __future__ import annotations

import re

from loaders.numbers.lexicon import COUNT_NOUNS_IRREGULAR, DISCOURSE_NOUNS, NOT_COUNT
from loaders.numbers.patterns import _DEMONYM_PLURAL, _STOP, _WORD_CARD, _WORD_RE

# a participle followed by a word that is not a function word modifies the noun after it
_MODIFIES = re.compile(
    r"[ \t]+(?!(?:the|a|an|to|by|in|on|at|for|from|with|as|its|their|"
    r"this|that|these|those|his|her|our|over|into|up|out)\b)[A-Za-z]"
)
# ", secondary and": a list of modifiers before the counted noun
_LISTED = re.compile(r",([ \t]+)(?=[a-z]+(?:,|[ \t]+and[ \t]))")
# nationalities whose plural is the adjective ("Chinese", "Japanese", "Swiss", "French"),
# counted when a verb or a preposition follows them, not a noun ("Chinese students")
_INVARIANT_DEMONYM = re.compile(r"^(?:[A-Z][a-z]+ese|Swiss|French|British|Dutch|Irish|Welsh)$")
_PEOPLE_VERB = re.compile(
    r"[ \t]*(?:[,;)]|\.(?:\s|$)|[ \t](?:are|were|have|had|live|lived|living|study|studied|"
    r"studying|work|worked|working|who|in|from|and|or|died|arrived|came|visited|remain|"
    r"remained|will|would|now|currently|still)\b)"
)
_CODE_RE = re.compile(r"[ \t]+([A-Z][A-Za-z]*-?[0-9][\w-]*)(?=[ \t])")
# a flag emoji before a modifier or the noun, as posts write them: "2 🇷🇺Tu-95 bombers",
# "3 🇨🇳 destroyers"
_FLAG = re.compile(r"[ \t]*[\U0001F1E6-\U0001F1FF]{2}(?:[ \t]*[\U0001F1E6-\U0001F1FF]{2})*")
_CODE_GLUED = re.compile(r"[ \t]*([A-Z][A-Za-z]*-?[0-9][\w-]*)(?=[ \t])")
_WORD_GLUED = re.compile(r"[ \t]*([A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?)")
# "additional 100 ones", "another 30 new ones": "ones" counts more of a noun named before
_MORE_BEFORE = re.compile(
    r"\b(?:additional|another|extra|further|more)[ \t]+[0-9][0-9,.]*[ \t]*$", re.I
)


def _counted(text: str, pos: int, *, word_number: bool = False) -> tuple[str, int] | None:
    """The counted noun phrase after a bare number ("4 new blocs" → "new blocs")."""
    words: list[str] = []
    end = pos
    for _ in range(7):
        if len(words) >= 4 and "," not in text[pos:end]:
            return None
        listed = _LISTED.match(text, end) if words else None
        if listed:  # "868 primary, secondary and tertiary … institutions"
            end = listed.start(1)
        flag = _FLAG.match(text, end)
        glued = False
        if flag:
            end, glued = flag.end(), True
        code = (_CODE_GLUED if glued else _CODE_RE).match(text, end)  # "48 Su-30MKI kits"
        if code:  # also after a modifier: "two Russian Tu-95MS bombers"
            words.append(code.group(1))
            end = code.end()
            continue
        m = (_WORD_GLUED if glued else _WORD_RE).match(text, end)
        if not m:
            return None
        w = m.group(1)
        lw = w.lower().strip("’'")
        if lw in ("and", "or") and words:
            words.append(w)
            end = m.end()
            continue
        if lw == "ones" and _MORE_BEFORE.search(text, max(0, pos - 40), pos):
            return " ".join([*words, w]), m.end()  # "an additional 100 ones": more of a noun
        if lw in _STOP or lw in NOT_COUNT or _is_adverb(lw):
            return None
        if not words and _is_verb(lw) and not _MODIFIES.match(text, m.end()):
            return None  # "15,000 used the route"; but "six specialized transport corridors"
        if not words and _INVARIANT_DEMONYM.match(w) and _PEOPLE_VERB.match(text, m.end()):
            return w, m.end()  # "20,000 Chinese are studying": people, named by nationality
        words.append(w)
        end = m.end()
        plural = (
            (len(lw) > 3 and lw.endswith("s") and not lw.endswith(("ss", "us", "is", "ous")))
            or lw in COUNT_NOUNS_IRREGULAR
            or (len(lw) > 5 and lw.endswith("men"))  # "servicemen", "businessmen"
        )
        if plural and lw in DISCOURSE_NOUNS:
            return None  # "three main reasons", "two things": the text's structure, not data
        if plural and (
            w[0].islower()
            or _DEMONYM_PLURAL.match(w)
            or (word_number and _next_is_lower(text, end)
                and (_lower_before(text, pos) or _sentence_initial(text, pos)))
        ):  # fmt: skip
            return " ".join(words), end
        if plural:
            return None
        if "'" in w or "’" in w:
            return None
    return None


# "seven Russian and two Chinese military aircraft": the first number's noun is the second's
_COORDINATED = re.compile(
    rf"[ \t]+(?P<adj>[A-Za-z][a-z-]+)[ \t]+(?:and|or)[ \t]+(?P<n>[0-9]{{1,3}}(?:,[0-9]{{3}})+|"
    rf"[0-9]+|(?:{_WORD_CARD}))(?![\w.,-])",
    re.I,
)


def shared_noun(text: str, pos: int) -> tuple[str, int] | None:
    """The counted noun a bare number shares with the number coordinated after it:
    "seven Russian and two Chinese military aircraft" → ("Russian aircraft", end of
    "Russian"); "five large and three small ships" → ("large ships", …)."""
    m = _COORDINATED.match(text, pos)
    if not m:
        return None
    adj = m.group("adj")
    low = adj.lower()
    if low in _STOP or low in NOT_COUNT or _is_adverb(low) or _is_verb(low) or low.endswith("s"):
        return None
    noun = _counted(text, m.end("n"), word_number=not m.group("n")[0].isdigit())
    if noun is None:
        return None
    return f"{adj} {noun[0].split()[-1]}", m.end("adj")


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


_LAST_WORD = re.compile(r"([A-Za-z]+)\s*$")
_SENTENCE_FIRST_WORD = re.compile(r"(?:^|[.!?]\s+|\n)[A-Za-z-]+\s*$")


def _lower_before(text: str, pos: int) -> bool:
    """Whether the word number ending at `pos` is written in lower case (not a title)."""
    m = _LAST_WORD.search(text[max(0, pos - 20) : pos])
    return bool(m and m.group(1)[0].islower())


def _next_is_lower(text: str, pos: int) -> bool:
    m = _WORD_RE.match(text, pos)
    return bool(m and m.group(1)[0].islower())


def _sentence_initial(text: str, pos: int) -> bool:
    """Whether the word number ending at `pos` opens its sentence ("Nineteen Confucius
    Institutes operate …")."""
    m = _SENTENCE_FIRST_WORD.search(text[max(0, pos - 25) : pos])
    return bool(m)

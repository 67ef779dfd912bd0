"""The subject of each communication verb, found from the sentence's clause structure.

The cue rules of :mod:`loaders.claims.attribution` list the shapes an attribution takes
("X said", "…, said X", "X, a researcher at Y, noted"); a sentence whose shape no rule
lists stays in the author's voice. This module reads one sentence structurally instead,
with no listed shapes and no trained parser:

1. **Brackets** (:func:`brackets`): material that cannot hold the subject of a verb outside
   it is set aside: quotations (“…”, "…", ‘…’), parentheses and square brackets. An
   apposition or a relative clause between commas right after the subject ("Ana Vrba, a
   fellow at the institute, said"; "the ministry, which oversees ports, warned") is
   skipped while looking left from the verb (:func:`_skip_inserted`).
2. **Verb groups** (:func:`verb_groups`): every form of the lexicon
   (``communication_verbs.tsv``) outside the brackets, with the auxiliaries, adverbs and
   negation before it ("has repeatedly warned", "would not say", "also noted"). A form
   after a determiner or a possessive is a noun or an adjective ("the stated aim", "its
   reports"), after "to" an infinitive, after a form of "be" a passive ("is expected"): none
   is a verb group here.
3. **Subjects** (:func:`clause_subjects`): the head of the phrase left of the group in the
   same clause (a clause opens at the sentence start, after ``; : ( —``, after a comma, or
   after a conjunction or complementizer such as "and", "but", "that"): an entity mention
   (person or organisation, from the document's mentions) ending the phrase, a pronoun, or a
   short noun phrase headed by a role noun ("the minister", "its chairman", "the
   spokesperson for the embassy"). "who"/"which" opening a relative clause stand for their
   antecedent, the nearest mention before the comma. When the group follows a comma, a
   closing quotation mark or opens the sentence, and nothing subject-like is on its left,
   the subject is the phrase right of it ("…, said Ivo Ruml, a trader": inverted).

Subjects in a clause opened by a subordinator of time or cause ("after X announced …",
"because Y claimed …") are skipped unless a complement follows the verb (that, a colon, a
quotation): the sentence's assertion is the main clause's, usually the author's.

The result is a list of :class:`~loaders.claims.attribution.Cue` for the sentence, nearest
first; whether a cue's phrase is a speaker (an entity, a pronoun, a role resolved through
:mod:`loaders.claims.coref`, :mod:`loaders.claims.roles` and :mod:`loaders.claims.gender`)
and whether the verb attributes at all (the lexicon's ``use`` column: an ambiguous verb
needs "that", a quotation, a colon, inversion or a person) is the caller's, through
:meth:`loaders.claims.extract._Doc.resolve`. :mod:`loaders.claims.extract` uses it as a
fallback for a sentence the cue rules left in the author's voice. Nothing here is about one
document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.alternation import ordered_alternation
from loaders.claims.attribution import Cue
from loaders.claims.coref import is_role_word
from loaders.claims.patterns import STEM_BASES, VERB_USE
from loaders.leading import led
from loaders.prefilter import FOLDS_TO_ASCII, gated


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Every inflected form of the lexicon, longest first (the key itself when it is a verb).
_FORMS = sorted(VERB_USE, key=len, reverse=True)
_VERB = re.compile(r"(?<![\w@#’'-])(?:" + ordered_alternation(_FORMS) + r")(?![\w’'-])")
# Base forms: they agree only with a plural or first-person subject, or after an auxiliary.
_BASE = STEM_BASES

_AUX = (
    r"has|have|had|will|would|could|can|may|might|should|shall|must|did|does|do|"
    r"has\s+been|have\s+been|had\s+been|is|are|was|were|'s|’s|'d|’d|'ll|’ll"
)
_ADVERB = r"[a-z]+ly|also|not|never|again|further|already|once|still|even|just|then|too|since"
# What may stand between a subject and its verb: auxiliaries, adverbs, negation.
_GROUP_LEFT = re.compile(rf"(?:(?:{_AUX}|{_ADVERB}|n[’']t)\s+)+$", re.IGNORECASE)
# How a word of `_GROUP_LEFT` ends ("been" for "has been", "ly" for "…ly", "n't"): its last
# word ends where the white space closing the text starts. The pattern, with no `\b`, tries
# `[a-z]+ly` from every letter of the text; most texts before a verb end with another word
# ("The minister "), and these need no search (0.21 -> 0.03 s over 10x's verbs).
_GROUP_LEFT_ENDS = tuple(
    sorted(
        {alt.rsplit("\\s+", 1)[-1].removeprefix("[a-z]+") for alt in f"{_AUX}|{_ADVERB}".split("|")}
        | {"n't", "n’t"}
    )
)


def _group_left(left: str) -> re.Match[str] | None:
    """`_GROUP_LEFT.search(left)`, skipped when the last word cannot end one of its words (the
    text in lower case, unless it holds a character `re` folds to an ASCII letter)."""
    stripped = left.rstrip()
    if len(stripped) == len(left):
        return None  # no white space at the end: no match
    tail = stripped[-8:]
    if tail.lower().endswith(_GROUP_LEFT_ENDS) or FOLDS_TO_ASCII.search(tail):
        return _GROUP_LEFT.search(left)
    return None


_AUX_IN = re.compile(rf"\b(?:{_AUX})\b|n[’']t\b", re.IGNORECASE)
_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.IGNORECASE)
# A word before a form that makes it a noun or adjective ("the claims", "its stated aim").
_NOMINAL_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|such|any|no|"
    r"every|each|some|many|several|few|whose|of|new|recent|latest|official|first|second)|"
    r"['’]s|s['’])\s+$",
    re.IGNORECASE,
)
_INFINITIVE = re.compile(r"\bto\s+$", re.IGNORECASE)
# Longer than any word `_BE`, `_NOMINAL_BEFORE` and `_INFINITIVE` end on ("official").
_LAST_WORD_MAX = 12


def _ends_on(pattern: re.Pattern[str], left: str) -> re.Match[str] | None:
    """`pattern.search(left)` for `_BE`, `_NOMINAL_BEFORE` or `_INFINITIVE`: a match is one
    of their words (no white space in it, at most `_LAST_WORD_MAX` characters) and the white
    space closing `left`, so it starts at most that far before the white space; searched
    from there (`\\b` still reads the character before) instead of from every position of
    the sentence before each verb. (`str.rstrip` strips what `\\s` matches.)"""
    return pattern.search(left, max(0, len(left.rstrip()) - _LAST_WORD_MAX))


# (behind a look-ahead for its first letter, "n": see loaders.leading)
_NEGATION = led(re.compile(r"\b(?:not|never)\b|n[’']t\b", re.IGNORECASE))


def _gerund(key: str) -> str:
    """ "say" → "saying", "note" → "noting", "stress" → "stressing" (regular English)."""
    if key.endswith("ie"):
        return key[:-2] + "ying"
    if key.endswith("e") and not key.endswith(("ee", "ye", "oe")):
        return key[:-1] + "ing"
    return key + "ing"


_GERUNDS = frozenset(_gerund(k) for k in STEM_BASES)
# "with <subject> <gerund>": the subject is a name or a short noun phrase (up to 5 words).
_GERUND = gated(  # (behind a search for "with": most sentences hold none)
    re.compile(
        r"\bwith\s+(?P<who>(?:[\w@#.'’&-]+\s+){1,5}?)(?P<verb>[a-z]+ing)\b(?!\s+(?:of|to)\b)"
    )
)

# Where a clause opens, looking left from a verb.
_BOUNDARY_PUNCT = ";:()[]—–"
_CONJUNCTIONS = _set(
    """and but or yet so while whereas although though because since after before when
    whenever until unless if as once that where than"""
)
# Subordinators of time and cause: a clause they open is a circumstance, not the statement
# ("after X announced …"); "as X noted" and "while X said" are left to the cue rules.
_SUBORDINATORS = _set("after before when whenever until since because once")
_PRONOUNS = _set("he she they it we i")
_RELATIVE = frozenset(["who", "which"])
_DETERMINERS = _set("the a an its his her their our this that")
_PREPOSITIONS = _set("of for at from in with on to by under within")
_OPENING_PREPOSITIONS = _set("during after before despite amid following like unlike")
# Words that cannot be inside a subject phrase: verbs of being and having, modals, "to".
_NOT_IN_SUBJECT = _set(
    """is are was were be been being has have had will would could can may might should
    must shall do does did to not"""
)
_MAX_SUBJECT_WORDS = 8
# A finite verb of a main clause before a subordinator: an auxiliary, a regular past tense, a
# common irregular past (a rough test, without part-of-speech tags).
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|did|does|[a-z]{3,}ed|"
    r"rose|fell|grew|came|went|began|took|made|saw|met|won|lost|held|left|got|gave|ran|stood|"
    r"spoke|wrote|became|sank|hit|cut|set|put|kept|built|brought|bought|sold|paid|struck)\b"
)
# Nouns for the person at the top of a body, besides the role lexicon ("the head of X").
_HEAD_NOUNS = _set("head chief leader boss founder owner")
# A complement that makes any lexicon verb a report: "that", a colon, a quotation.
_COMPLEMENT = re.compile(
    r"(?:\s*,?\s+(?:on|in|at|during|last|this|earlier|later|late|early)\b[^,:;“\"]{0,40}?)?"
    r"\s*(?:that\b|:|“|\"|‘)"
)
# A hearer between a verb of telling and its clause: "warned US President Joe Biden that …",
# "assured reporters that …" (not "added two tankers that were built …": a relative clause).
_HEARER_THAT = re.compile(
    r"\s+(?:him|her|them|us|me|reporters|journalists|lawmakers|parliament|the\s+\w+|"
    r"(?:[A-Z][\w@'’.-]*\s+){0,4}[A-Z][\w@'’.-]*)\s+that\s+"
    r"(?!(?:is|are|was|were|has|have|had|will|would|can|could)\b)"
)
_HEARER_VERBS = _set(
    """warn warns warned tell tells told assure assures assured remind reminds reminded
    inform informs informed urge urges urged advise advises advised caution cautions
    cautioned promise promises promised brief briefs briefed"""
)
# A lone adverb in quotation marks ending the words before a verb ("“overwhelmingly”").
_SCARE_WORD = re.compile(r"\w\s+[“\"‘][a-z]+ly[”\"’]$")
_AS_FOLLOWS = re.compile(r"\s+[^,;:.]{1,60}?\s+as\s+")
_WORD = re.compile(r"[\w@#](?:[\w@#.'’&-]*[\w@#])?")


@dataclass(frozen=True)
class VerbGroup:
    """A communication verb with its auxiliaries and adverbs (sentence offsets)."""

    start: int  # the group's first word
    verb_start: int  # the lexicon form
    end: int
    verb: str  # the form, lower case
    gerund: bool = False  # "with X noting …": the subject follows "with"

    @property
    def use(self) -> str:
        return VERB_USE.get(self.verb, "speech")


# (the character every match opens with, the pattern): most sentences hold no quotation
# mark or bracket and need no search (two of the patterns open with a look-behind, which
# `re` tries at every position).
_BRACKETS = tuple(
    (opener, re.compile(pattern))
    for opener, pattern in (
        ("“", r"“[^”]*”?"),
        ('"', r"(?<![\w])\"[^\"]*\"?"),
        ("‘", r"(?<![\w])‘[^’]*(?:’(?!\w)|$)"),
        ("'", r"(?<![\w'])'(?=\w)[^']{3,}?'(?![\w])"),
        ("(", r"\([^()]*\)"),
        ("[", r"\[[^\]]*\]"),
    )
)


def brackets(text: str) -> list[tuple[int, int]]:
    """Spans (sentence offsets) of quotations, parentheses and square brackets."""
    spans: list[tuple[int, int]] = []
    for opener, pattern in _BRACKETS:
        if opener in text:
            spans += [m.span() for m in pattern.finditer(text)]
    return sorted(spans)


def _inside(spans: list[tuple[int, int]], a: int, b: int | None = None) -> bool:
    b = a + 1 if b is None else b
    return any(s <= a and b <= e for s, e in spans)


def verb_groups(text: str, spans: list[tuple[int, int]] | None = None) -> list[VerbGroup]:
    """The communication-verb groups of a sentence outside its brackets, in reading order."""
    spans = brackets(text) if spans is None else spans
    groups = []
    for m in _VERB.finditer(text):
        word = m.group(0)
        if word[0].isupper() and m.start() > 0:
            continue  # "Claims Commission", "Notes": a name or a heading, not a verb
        if _inside(spans, m.start()):
            continue
        left = text[: m.start()]
        if _ends_on(_NOMINAL_BEFORE, left) or _ends_on(_INFINITIVE, left):
            continue
        if word.lower().endswith("ed") and _ends_on(_BE, left):
            continue  # "is expected", "was reported": a passive
        group = _group_left(left)
        start = group.start() if group else m.start()
        if word.lower().endswith("ed") and _ends_on(_BE, text[:start]):
            continue  # "was also reported"
        if _NEGATION.search(text[start : m.start()]):
            continue  # "did not specify whether", "would not say": no statement is made
        groups.append(VerbGroup(start, m.start(), m.end(), word.lower()))
    for m in _GERUND.finditer(text):
        # "…, with X highlighting the conditions created": the absolute construction's
        # subject speaks (the gerund of a lexicon verb, right after "with" and a subject)
        if m.group("verb").lower() in _GERUNDS and not _inside(spans, m.start("verb")):
            verb = m.group("verb").lower()
            at = m.start("verb")
            groups.append(VerbGroup(at, at, m.end("verb"), verb, gerund=True))
    return sorted(groups, key=lambda g: g.start)


def _words_left(text: str, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, 0, end))


def _skip_inserted(text: str, at: int, spans: list[tuple[int, int]], named: list[int]) -> int:
    """Left of a verb group at `at`: past a bracket, and past an apposition or relative
    clause between commas that follows a name ("X, a fellow at Y, said"); returns the
    offset where the subject phrase ends."""
    pos = len(text[:at].rstrip())
    for _ in range(3):
        before = text[:pos].rstrip()
        hit = next((s for s, e in spans if e == len(before) and text[s] == "("), None)
        if hit is not None:  # "the Customs Service (FCS) reported"
            pos = len(text[:hit].rstrip())
            continue
        if not before.endswith(","):
            break
        comma = len(before) - 1
        first = text.rfind(",", 0, comma)
        if first < 0:
            break
        inserted = text[first + 1 : comma].strip()
        words = inserted.split()
        if not words or len(words) > 20 or verb_groups(inserted):
            break
        lead = words[0].lower().strip("“\"'‘")
        opens = (
            lead in _DETERMINERS
            or lead in _RELATIVE
            or lead == "whose"
            or is_role_word(lead)
            or words[0][0].isupper()
            or lead in ("former", "then", "now", "deputy", "chief", "senior")
            or lead.endswith("ly")  # "formerly a banker", "currently at the ministry"
        )
        named_before = any(abs(e - len(text[:first].rstrip())) <= 0 for e in named)
        cap_before = re.search(r"[A-Z][\w.'’-]*$", text[:first].rstrip()) is not None
        if not opens or not (named_before or cap_before or _role_end(text[:first])):
            break
        pos = len(text[:first].rstrip())
    return pos


def _apposed_name(text: str, at: int, mentions: list[tuple[int, int]]) -> _Phrase | None:
    """ "The head of the company, Ivo Ruml, said": a name set between commas right before
    the verb group names the holder of the description before it; it is the subject."""
    before = text[:at].rstrip()
    if not before.endswith(","):
        return None
    comma = len(before) - 1
    first = text.rfind(",", 0, comma)
    if first < 0 or not text[:first].strip():
        return None
    a = first + 1 + (len(text[first + 1 : comma]) - len(text[first + 1 : comma].lstrip()))
    described = re.split(r"[,;:(]", text[:first])[-1].split()[-8:]
    if any(s == a and e == comma for s, e in mentions) and any(
        is_role_word(w) or w.lower() in _HEAD_NOUNS for w in described
    ):
        return _Phrase(a, comma, "entity", False)
    return None


def _role_end(text: str) -> bool:
    words = text.rstrip().split()
    return bool(words) and is_role_word(words[-1])


@dataclass(frozen=True)
class _Phrase:
    start: int
    end: int
    kind: str  # "entity", "pronoun", "relative", "noun" (a role or body noun, a name)
    subordinate: bool  # the clause opens with a subordinator ("after", "because")


def _subject_left(
    text: str,
    end: int,
    mentions: list[tuple[int, int]],
    spans: list[tuple[int, int]],
    gerund: bool = False,
) -> _Phrase | None:
    """The subject phrase ending at `end` (sentence offsets), back to its clause opener."""
    words = _words_left(text, end)
    phrase: list[re.Match[str]] = []
    opener = ""
    for w in reversed(words):
        between = text[w.end() : (phrase[0].start() if phrase else end)]
        if any(ch in between for ch in ",") and phrase:
            break
        if any(ch in between for ch in _BOUNDARY_PUNCT):
            break
        if _inside(spans, w.start()):
            break
        low = w.group(0).lower()
        if gerund and low == "with":
            opener = low
            break
        preposition = low in _SUBORDINATORS and not _opens_clause(text, w.start())
        if (
            low in _CONJUNCTIONS
            and not preposition
            and not (low == "and" and phrase and _joins_names(text, w, phrase[0], mentions))
        ):
            opener = low
            break
        if low in _NOT_IN_SUBJECT:
            return None
        phrase.insert(0, w)
        if len(phrase) > _MAX_SUBJECT_WORDS:
            return None
    if not phrase or (gerund and opener != "with"):
        return None
    a, b = phrase[0].start(), phrase[-1].end()
    subordinate = opener in _SUBORDINATORS
    last = phrase[-1].group(0).lower()
    if last in _PRONOUNS and len(phrase) == 1:
        return _Phrase(phrase[-1].start(), b, "pronoun", subordinate)
    if last in _RELATIVE and len(phrase) == 1:
        # "…, Ivo Ruml, who observed that …": the mention nearest before the comma
        before = text[: phrase[-1].start()].rstrip()
        if before.endswith(","):
            cut = len(before) - 1
            near = [m for m in mentions if m[1] <= cut and cut - m[1] <= 2]
            if near:
                s, e = max(near)
                return _Phrase(s, e, "relative", subordinate)
        return None
    ending = [m for m in mentions if m[1] == b and m[0] >= a]
    if ending:
        s = min(m[0] for m in ending)
        return _Phrase(a if _titled(text[a:s]) else s, b, "entity", subordinate)
    lead = phrase[0].group(0)
    if lead.lower() in _PREPOSITIONS or lead.lower() in _OPENING_PREPOSITIONS:
        return None  # "For the first time a @X official states": where the phrase opens is unclear
    owned = [w for w in phrase if w.group(0).endswith(("'s", "’s", "s'", "s’"))]
    if owned and not any(is_role_word(w.group(0)) for w in phrase if w.start() > owned[-1].start()):
        return None  # "President X's government has praised": the government, not X
    head = _head(text, _Phrase(a, b, "noun", subordinate))
    if any(a <= s and e < b for s, e in mentions) and not _person_head(head):
        return None  # "the Chile trade office said": a name as a modifier is not the speaker
    if lead.lower() in _DETERMINERS or lead[0].isupper() or lead.startswith("@"):
        return _Phrase(a, b, "noun", subordinate)  # "the minister", "The Interior Ministry"
    return None


def _head(text: str, phrase: _Phrase) -> str:
    """The head word of a noun phrase: the last before its first preposition ("the
    spokesperson for the embassy" → "spokesperson")."""
    words = text[phrase.start : phrase.end].split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _PREPOSITIONS), len(words))
    return words[cut - 1] if cut else ""


def _opens_clause(text: str, at: int) -> bool:
    """Whether "after"/"when"/"because" at `at` opens a clause: at the start of the sentence
    or of a clause, or after a main clause with a finite verb ("Prices fell after …"); else
    it is a preposition inside a noun phrase ("the statement after the talks said")."""
    before = text[:at]
    if not before.strip() or before.rstrip().endswith((",", ";", ":")):
        return True
    return _FINITE.search(before) is not None


def _person_head(word: str) -> bool:
    return is_role_word(word) or word.lower() in _HEAD_NOUNS


def _titled(text: str) -> bool:
    """Words before a name that are a title or a description ("Senior Colonel", "the")."""
    return bool(text.strip()) and all(
        is_role_word(w) or w[:1].isupper() or w.lower() in _DETERMINERS for w in text.split()
    )


def _joins_names(
    text: str, conj: re.Match[str], after: re.Match[str], mentions: list[tuple[int, int]]
) -> bool:
    """ "Russia and China said": "and" between two mentions is inside the subject."""
    left = text[: conj.start()].rstrip()
    return any(e == len(left) for _s, e in mentions) and any(
        s == after.start() for s, _e in mentions
    )


_RIGHT_END = re.compile(
    r"\s*(?:,|\.|;|$|!|\?|\s+(?:on|in|at|during|earlier|last|this|late|early|told|to|"
    r"according|after|before|when|while|as|who|which|adding|noting|saying)\b)"
)


def _subject_right(text: str, at: int, mentions: list[tuple[int, int]]) -> _Phrase | None:
    """ "…, said Ivo Ruml, a trader": the phrase right after an inverted verb group."""
    m = re.match(r"\s+", text[at:])
    if m is None:
        return None
    start = at + m.end()
    first = [x for x in mentions if x[0] >= start]
    words = []
    for w in _WORD.finditer(text, start):
        if words and _RIGHT_END.match(text, words[-1].end()):
            break
        words.append(w)
        if len(words) > _MAX_SUBJECT_WORDS:
            return None
    if not words:
        return None
    a, b = words[0].start(), words[-1].end()
    if not _RIGHT_END.match(text, b):
        return None
    lead = words[0].group(0)
    if not (lead[0].isupper() or lead.lower() in _DETERMINERS or lead.startswith("@")):
        return None
    if any(w.group(0).lower() in _NOT_IN_SUBJECT for w in words):
        return None
    if any(a <= s and e <= b for s, e in first):
        return _Phrase(a, b, "entity", False)
    if any(is_role_word(w.group(0)) for w in words):
        return _Phrase(a, b, "noun", False)
    return None


def _weak(text: str, group: VerbGroup, inverted: bool) -> bool:
    """Whether the lexicon's use column leaves this verb a report only for a person."""
    use = group.use
    if use == "speech" or inverted:
        return False
    follow = text[group.end :]
    if _COMPLEMENT.match(follow):
        return False
    if group.verb in _HEARER_VERBS and _HEARER_THAT.match(follow):
        return False
    return not (use in ("judge_as", "stance") and _AS_FOLLOWS.match(follow))


def clause_subjects(base: int, text: str, mentions: list[tuple[int, int]]) -> list[tuple[Cue, str]]:
    """Cues for the subjects of the communication verbs of one sentence, in reading order,
    each with the kind of its phrase ("entity", "pronoun", "relative", "noun").

    `base` is the sentence's document offset, `text` its words, `mentions` the document
    offsets of the entity mentions (persons and organisations) inside it.
    """
    return [
        (cue, kind) for cue, kind, circumstance in _scan(base, text, mentions) if not circumstance
    ]


def circumstance_subjects(
    base: int, text: str, mentions: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Document offsets of the subjects of communication verbs in a clause of time or cause
    with no complement ("Prices fell after Ivo Ruml announced new tariffs"): that clause is
    a circumstance of the author's statement, not a statement of its subject."""
    return [
        cue.who
        for cue, _kind, circumstance in _scan(base, text, mentions)
        if circumstance and cue.who
    ]


def _scan(base: int, text: str, mentions: list[tuple[int, int]]) -> list[tuple[Cue, str, bool]]:
    local = [(s - base, e - base) for s, e in mentions if base <= s and e <= base + len(text)]
    spans = brackets(text)
    out: list[tuple[Cue, str, bool]] = []
    for group in verb_groups(text, spans):
        left = text[: group.start].rstrip()
        inverted = not left or left.endswith((",", "”", '"', "’"))
        if inverted and _SCARE_WORD.search(left):
            inverted = False  # "The Assembly “overwhelmingly” demanded": a word in quotes
        end = _skip_inserted(text, group.start, spans, [e for _s, e in local])
        phrase = _apposed_name(text, group.start, local)
        if phrase is None and not (end == len(left) and inverted):
            phrase = _subject_left(text, end, local, spans, group.gerund)
        if phrase is None and inverted:
            phrase = _subject_right(text, group.end, local)
            anchor = "start"
        else:
            anchor = "start" if phrase is not None and phrase.kind == "noun" else "end"
        if phrase is None:
            continue
        follow = text[group.end :]
        if group.use in ("judge_as", "stance") and _weak(text, group, False):
            continue  # "welcomed X with a speech", "described a circle": no judgement
        # "after X announced new tariffs": the main clause asserts
        circumstance = (
            phrase.subordinate
            and not _COMPLEMENT.match(follow)
            and not (group.verb in _HEARER_VERBS and _HEARER_THAT.match(follow))
        )
        base_form = group.verb in _BASE and not _AUX_IN.search(text[group.start : group.verb_start])
        cue = Cue(
            "REPORTED_SPEECH",
            (base + phrase.start, base + phrase.end),
            base_form=base_form,
            weak=_weak(text, group, inverted and anchor == "start"),
            anchor=anchor,
            verb=group.verb,
            # "the China foreign minister says": a role's holder, never the state in it
            person_only=phrase.kind == "noun" and _person_head(_head(text, phrase)),
        )
        out.append((cue, phrase.kind, circumstance))
    return out

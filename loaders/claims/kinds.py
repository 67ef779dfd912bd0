"""Claim kind: RECOMMENDATION, FORECAST, FACT or ASSESSMENT (the default), by rules.

First match wins, in that order. RECOMMENDATION: deontic modals and advice ("should",
"must", "need(s) to", "it is important to", "it is advisable"), or any statement in a
section whose title speaks of recommendations. FORECAST: future and expectation ("will",
"is likely to", "expected to", "could reach", "by 2030", "in the coming years"). FACT: a
report of events or numbers: a number, date or statistic with no judgement words, or a
past-tense event with no judgement words. ASSESSMENT: everything else (judgements).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kb.enums import ClaimKind
from loaders.alternation import ordered_alternation
from loaders.leading import led
from loaders.prefilter import Gated, gated

_RECOMMEND = re.compile(
    r"\b(?:should(?!\s+(?:have|not\s+have)\b)|ought\s+to|must(?!\s+have\b)|"
    r"needs?\s+to|(?:it\s+is|it's|it\s+would\s+be)\s+(?:important|necessary|advisable|essential|"
    r"crucial|vital|imperative|desirable|expedient|wise|useful|recommendable|worth\s+\w+ing)\b|"
    r"(?:we|i|the\s+authors?)\s+(?:recommend|propose|suggest|urge|advise)|"
    r"it\s+is\s+(?:recommended|proposed|advisable)|has\s+to|have\s+to\s+(?!be\s+said))",
    re.IGNORECASE,
)
# Behind a look-ahead for its words' first letters (same matches; see loaders.leading):
# `re` tried the opening alternation at every position (0.073 -> 0.049 s over 10x's claim
# sentences).
_RECOMMEND = led(_RECOMMEND)
_RECOMMEND_SECTION = re.compile(r"recommend|proposal|what\s+(?:should|needs\s+to)\s+be", re.I)
# "will", not "the will", "political will", …: the look-behinds sit after the word (each
# reads it back), so `re` tests them only where "will" is, not at every position of the text
# (same matches; the pattern ran 3.7 times slower with them in front).
_FORECAST = re.compile(
    r"\bwill(?<!\bthe\swill)(?<!political\swill)(?<!good\swill)(?<!free\swill)(?<!own\swill)"
    r"\b(?!\s+of\b)|"
    r"\bwon[’']t\b|\b(?:is|are|was|were|seems?|remains?)\s+(?:un)?likely\s+to\b|\bunlikely\b|"
    r"\b(?:is|are)\s+(?:expected|projected|forecast|set|poised|bound|going)\s+to\b|"
    r"\bexpected\s+to\b|\bcould\s+(?:reach|grow|rise|fall|exceed|double|triple|become)\b|"
    r"\b(?:by|until|through)\s+(?:the\s+end\s+of\s+)?20[2-9]\d\b|\bin\s+the\s+coming\b|"
    r"\bin\s+the\s+(?:near|foreseeable|long|medium)\s+(?:future|term|run)\b|"
    r"\b(?:forecasts?|predicts?|projected|prospects?|outlook)\b|\bwould\s+(?:likely|probably)\b|"
    r"\btargets?\b|\baims?\s+to\b|\bplans?\s+to\b|\bwill\s+be\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\b\d[\d,.]*\s*(?:%|percent|per\s+cent|billion|million|thousand|bn|tons?|tonnes?)?|"
    r"\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\b(?:percent|per\s+cent|billion|million|thousand|hundred|dozens?)\b"
)
_PAST_WORDS = [
    "was", "were", "had", "has been", "have been", "did", "met", "signed", "rose", "fell",
    "grew", "increased", "decreased", "declined", "reached", "totaled", "totalled", "amounted",
    "arrested", "launched", "opened", "held", "visited", "announced", "became", "began",
    "started", "took", "made", "won", "lost", "sold", "bought", "built", "released", "hired",
    "tripled", "doubled", "raised", "invited", "worked", "joined", "agreed", "approved",
    "adopted", "created", "established", "founded", "detained", "sentenced", "killed",
    "elected", "appointed", "fired", "transferred", "exported", "imported", "delivered",
    "completed", "suspended", "canceled", "cancelled", "arrived", "left", "discussed",
    "talked", "travelled", "traveled", "returned", "received", "paid", "spent",
]  # fmt: skip
# Judgement words in the order of their alternatives ("seems?" is "seems", then "seem");
# "more … than" reads any word between, so it stays an alternative of its own.
_JUDGEMENT_WORDS = [
    "i think", "i believe", "in my view", "arguably", "perhaps", "probably", "seems", "seem",
    "appears", "appear", "important", "significant", "great", "good", "bad", "better", "worse",
    "best", "worst", "key", "crucial", "critical", "impressive", "naive", "hard", "difficult",
    "easy", "indeed", "clearly", "obviously", "only", "just", "really", "interesting",
    "remarkable", "excellent", "well-researched", "overlooked", "myth", "emblematic",
    "representative", "sophisticated", "dangerous", "risky", "problem", "concerned",
    "concerns", "concern", "worry", "worries", "unclear", "uncertain", "doubt", "must",
    "can’t", "can't", "cannot", "should", "never", "always", "nobody", "everybody", "too",
    "very", "much", "matter", "view", "believes", "believe", "thinks", "think",
]  # fmt: skip
_MORE_THAN = r"|more\s+\w+\s+than"


def _words_pattern(words: list[str], tail: str, *, tree: bool) -> re.Pattern[str]:
    """`\\b(?:words…)\\b`, ignoring case: the flat alternation, or the same as a tree of shared
    beginnings (loaders.alternation: one test per character, not one per word; same
    matches, the order kept)."""
    if tree:
        alternation = ordered_alternation(words, r"\s+")
    else:
        alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"\b(?:{alternation}{tail})\b", re.IGNORECASE)


def _tree_gated(words: list[str], tail: str = "") -> Gated:
    """The tree, behind the literal prefilter of the flat alternation (a tree's own required
    text is only a word's tail, which nearly every text holds)."""
    flat = gated(_words_pattern(words, tail, tree=False))
    assert isinstance(flat, Gated)
    return Gated(_words_pattern(words, tail, tree=True), flat.literals)


# As trees behind the flat lists' prefilter: over the 10x corpus's claims, judgement
# 0.27 -> 0.18 s and past tense 0.23 -> 0.16 s (tests/test_speed_shortcuts_claims.py holds
# them against the flat patterns).
_JUDGEMENT = _tree_gated(_JUDGEMENT_WORDS, _MORE_THAN)
_PAST = _tree_gated(_PAST_WORDS)
# Behind a literal prefilter (same matches; see loaders.prefilter): most texts lack the
# literal text these need, and the patterns are tried at every position.
_RECOMMEND_SECTION = gated(_RECOMMEND_SECTION)


# Reported speech: "X said that …" — the kind is the complement's; "would" is its future.
_COMPLEMENT = re.compile(
    r"\b(?:says|said|told\s+[\w\s]{1,40}?|argues|argued|believes?|believed|claims?|claimed|"
    r"notes?|noted|thinks?|thought|warns?|warned|insists?|insisted|doubts?|doubted|"
    r"reported|reports|stated|added|stressed|expects?|expected)\s+that\s+",
    re.IGNORECASE,
)
_WOULD = re.compile(r"\bwould\s+(?:not\s+|never\s+)?(?!have\b|like\b)\w+", re.IGNORECASE)
# Behind a literal prefilter (same matches; see loaders.prefilter): most sentences lack the
# words these need, and the patterns are tried at every position.
_FORECAST, _COMPLEMENT, _WOULD = gated(_FORECAST), gated(_COMPLEMENT), gated(_WOULD)


@lru_cache(maxsize=512)
def _recommendation_section(title: str) -> bool:
    """Whether a section's title speaks of recommendations (asked once per title, not for
    every claim in the section)."""
    return _RECOMMEND_SECTION.search(title) is not None


def classify(text: str, *, section: str | None = None, has_statistic: bool = False) -> str:
    """The ClaimKind value of a claim's text (see module docstring for the rules)."""
    complement = _COMPLEMENT.search(text)
    if complement:
        text = text[complement.end() :]
        if _WOULD.search(text) and not _RECOMMEND.search(text):
            return ClaimKind.FORECAST.value
    if _RECOMMEND.search(text) or (section and _recommendation_section(section)):
        return ClaimKind.RECOMMENDATION.value
    if _FORECAST.search(text):
        return ClaimKind.FORECAST.value
    judged = _JUDGEMENT.search(text) is not None
    if not judged and (has_statistic or _NUMBER.search(text) or _PAST.search(text)):
        return ClaimKind.FACT.value
    return ClaimKind.ASSESSMENT.value

"""Attribution cues as precompiled rules: quotes, speech verbs, "according to", groups.

Each rule finds *where* the source of a statement is written; resolving that surface to an
entity is :mod:`loaders.claims.speakers`' job. The rules are about English reporting style,
never about a particular document.
"""

from __future__ import annotations

import re
import sys
from importlib import resources

from loaders.alternation import ordered_alternation
from loaders.leading import led
from loaders.prefilter import Gated, gated


def _lexicon() -> list[tuple[str, str, str, str]]:
    """Rows of communication_verbs.tsv: key, forms, class, use (see the file's header)."""
    text = resources.files("loaders.claims").joinpath("communication_verbs.tsv").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            key, forms, klass, use = line.split("\t")
            rows.append((key, forms, klass, use))
    return rows


_LEXICON = _lexicon()
# Verbs that report speech or a stated belief, in the forms used for attribution.
_VERB_STEMS = {key: forms for key, forms, _, _ in _LEXICON}
_VERB_STEMS["say_base"] = "say believe think argue note expect fear warn predict insist"
# How each form attributes (see the lexicon's header): speech, ambiguous, judge_as, stance.
VERB_USE = {
    form: use
    for key, forms, _, use in _LEXICON
    for form in [*forms.split(), *([key] if key.isalpha() else [])]
}
# Phrasal reporting verbs: "called on X to", "called for", "put forward", "told reporters".
_PHRASAL = (
    "calls on|called on|call on|calls for|called for|call for|puts forward|put forward|"
    "points out|pointed out|point out|puts it|put it|sums up|summed up|spoke out|speaks out|"
    # "X pointed to the inconsistency of …": an assessment stated
    "pointed to|points to|"
    # "X speaks of relations reaching «the highest level»": a topic stated as a claim
    "speaks of|spoke of|"
    # a stance stated with a noun: "expressed hope that", "voiced concern that", "made clear"
    "expressed hope|expressed confidence|expressed concern|expressed regret|expressed doubt|"
    "expressed optimism|expressed satisfaction|expresses hope|expresses confidence|"
    "expresses concern|voiced concern|voiced hope|voiced doubt|voiced doubts|voiced support|"
    "voiced opposition|voices concern|made clear|made it clear|makes clear|makes it clear|"
    # Levin 37.7 "express", "convey", "voice" report a clause only so (with a stance noun:
    # STANCE_NOUN_PHRASE); bare in the lexicon they would take "expressed concerns" first
    "expressed that|expresses that|conveyed that|conveys that|voiced that"
)
# The American base form of a British "-ise" key whose "-izes" form is listed ("RAND experts
# emphasize that …"): a base form too.
_US_BASES = {
    k[:-3] + "ize": k for k, forms in _VERB_STEMS.items() if k.endswith("ise") and
    f"{k[:-3]}izes" in forms.split()
}  # fmt: skip
for _us, _uk in _US_BASES.items():
    VERB_USE.setdefault(_us, VERB_USE[_uk])
# Base forms of every stem: valid only after a plural subject ("officials concede that").
STEM_BASES = frozenset(k for k in _VERB_STEMS if k.isalpha()) | frozenset(_US_BASES)
SPEECH_VERBS = sorted(
    {form for forms in _VERB_STEMS.values() for form in forms.split(" ") if form}
    | STEM_BASES
    | set(_PHRASAL.split("|"))
    | {"saying", "quoted as saying"},
    # longest first; one length in alphabetical order, the same in every process (a set's
    # order changes with the hash seed; loaders.regex_cache finds the pattern by its text)
    key=lambda v: (-len(v), v),
)
# As a tree of shared beginnings, same matches (loaders.alternation): SPEECH_VERB's search
# 0.93 → 0.21 s over the 10x corpus's texts.
_VERB_ALT = ordered_alternation(SPEECH_VERBS, r"\s+")
# A stance stated with a noun, after any determiner: "has expressed (its) willingness to",
# "voiced strong opposition to", "reiterated its support for".
STANCE_NOUN_PHRASE = (
    r"(?:expressed|expresses|voiced|voices|conveyed|conveys|reiterated|reiterates|reaffirmed|"
    r"reaffirms|signalled|signaled|signals)\s+"
    # "expressed Moscow’s “genuine interest”", "voiced 'solidarity'": an owner, a quote mark
    r"(?:(?:its|his|her|their|our|a|an|the|[A-Z][\w.-]*['’]s)\s+)?[“\"'‘]?"
    r"(?:(?:strong|full|deep|firm|serious|great|cautious|growing|renewed|genuine|mutual|keen|"
    r"sincere|continued|unwavering)\s+)?"
    r"(?:hope|confidence|concerns?|regret|doubts?|optimism|satisfaction|support|opposition|"
    r"willingness|readiness|interest|gratitude|appreciation|disappointment|intention|desire|"
    r"commitment|determination|skepticism|scepticism|alarm|displeasure|dissatisfaction|"
    r"frustration|solidarity|condolences|objections?|reservations)"
)
# A possibility or a matter put forward: "raised the possibility that", "floated last fall
# the idea of", "raised the issue of".
POSSIBILITY_PHRASE = (
    r"(?:raised|raises|floated|floats|broached|broaches)\s+(?:[\w-]+\s+){0,3}?(?:the|a)\s+"
    r"(?:possibility|prospect|idea|notion|issue|question|matter|topic)"
)
# A speech act stated with a light verb and its noun: "issued a statement saying that",
# "has issued a public warning that", "released a statement stating" (the noun alone, "issued
# a statement on Monday.", says nothing: a complement must follow).
ISSUED_PHRASE = (
    r"(?:issued|issues|released|releases|put\s+out|puts\s+out|published|publishes|made|"
    r"makes)\s+"
    r"(?:a|an|its|their|the)\s+(?:(?:public|official|formal|joint|written|brief|short|new|"
    r"separate|fresh|stern|strong)\s+)?(?:statement|warning|announcement|declaration|"
    r"communiqu[eé]|notice|clarification)(?:\s+(?:saying|stating|warning|announcing)\b|"
    r"(?=\s+that\b))"
)
_VERB_ALT = STANCE_NOUN_PHRASE + "|" + POSSIBILITY_PHRASE + "|" + ISSUED_PHRASE + "|" + _VERB_ALT
# Verbs whose base form only counts after a plural group subject ("experts say").
_BASE = (
    "say believe think argue note expect fear warn predict insist agree worry doubt assume "
    "consider complain caution urge contend"
)
BASE_FORMS = frozenset(_BASE.split()) | STEM_BASES
# Verbs of expectation that organisations do as well as people ("the ministry expects …").
FORECAST_VERBS = frozenset(
    [
        "expect",
        "expects",
        "expected",
        "predict",
        "predicts",
        "predicted",
        "forecast",
        "forecasts",
        "estimate",
        "estimates",
        "estimated",
    ]
)
# An optional adverb between subject and verb: "rightfully says", "also noted" (not a
# newspaper: "the X business daily reported"; never a capitalised word: "Ming Pao Daily
# revealed", "Italy said" end in a name).
_ADVERB = (
    r"(?:(?:also|rightly|rightfully|correctly|recently|once|later|publicly|openly|"
    r"then|has|have|had|long|always|often|never|"
    r"(?!(?:daily|weekly|monthly|quarterly|fortnightly)\b)[a-z]\w*ly)\s+)*"
)
# Case-sensitive: "Xi Jinping Thought" is a title, not a verb; "think tank" is a noun.
_VERB_END = r"\b(?!\s+tanks?\b)(?!\s+(?:a|an|the)\s+(?:[\w-]+\s+)?story\b)"
SPEECH_VERB = re.compile(rf"\b{_ADVERB}(?P<verb>{_VERB_ALT}){_VERB_END}")
# A verb alone, as SPEECH_VERB's `verb` group and what follows it match it: every alternative
# opens on a lower-case letter (a test holds them to it), so `\b` holds before the verb
# after the adverbs' white space too, and a text where this finds nothing holds no match of
# SPEECH_VERB.
# (behind a look-ahead for the verbs' first letters: see loaders.leading)
VERB_ALONE = led(re.compile(rf"\b(?:{_VERB_ALT}){_VERB_END}"))


class _VerbFirst(Gated):
    """SPEECH_VERB behind a search for a verb alone (same matches): its literal prefilter
    passes nearly every text (single letters), and `re` tries the adverbs at every word of
    it; three sentences in four hold no verb, which the verb's own search, two to three times
    faster, tells."""

    def may_match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        return VERB_ALONE.search(text, pos, endpos) is not None


_literal_gated = gated(SPEECH_VERB)
assert isinstance(_literal_gated, Gated)
SPEECH_VERB = _VerbFirst(SPEECH_VERB, _literal_gated.literals)
# Colon introductions: "@X nails it:", "as X put it:", "X told reporters:".
INTRO = re.compile(
    r"\b(?P<verb>nails it|nailed it|puts it|put it|sums it up|summed it up|"
    r"(?:says|said|told \w+|writes|wrote|notes|noted|tweeted|explains|explained|added|argues))"
    r"(?:\s+(?:well|best|nicely|perfectly|succinctly|\w+ly))?\s*[:,]?\s*$",
    re.IGNORECASE,
)
# Balanced quotations: curly, or straight double quotes; else a mixed pair (“…" or "…”),
# as pages that mix both kinds write them ("“Our ties are strong," he said). Single quotes
# too, where they cannot be apostrophes: curly ‘…’ (a ’ inside a word, "don’t", is no
# closing mark), and straight '…' opening on a capital after no letter and closing after
# the quoted sentence's own punctuation ('We are ready,' he said). A scare quote of a few
# words is no quotation: the callers want at least MIN_QUOTE_WORDS inside.
QUOTE = re.compile(
    r"“(?P<a>[^“”]+)”|\"(?P<b>[^\"]+)\"|[“\"](?P<c>[^“”\"]+)[”\"]|"
    r"(?<![\w’])‘(?P<d>(?:[^‘’“”\"\n]|’(?=\w))+)’(?!\w)|"
    r"(?<![\w'’])'(?P<e>[A-Z](?:[^'\n“”\"]|'(?=\w))+[.,!?])'(?!\w)"
)
# Behind a literal prefilter (same matches; see loaders.prefilter): most sentences hold no
# quotation mark, and the look-behinds kept `re` from skipping to one.
QUOTE = gated(QUOTE)
QUOTE_OPEN = '“"‘'
# A closing single quote, not an apostrophe inside a word ("don’t", "Russia’s").
SINGLE_CLOSE = re.compile(r"’(?!\w)")

# The dot of a title before a name ("according to Mr. Ivanov"): no sentence end.
_HONORIFIC_DOT = r"(?:(?<=\bMr)|(?<=\bMs)|(?<=\bDr)|(?<=\bMrs)|(?<=\bProf))\."
ACCORDING_TO = re.compile(
    r"\b(?:according\s+to|as\s+reported\s+by|polled\s+by|surveyed\s+by|cited\s+by|"
    r"quoted\s+by|(?:data|figures|statistics|numbers)\s+(?:(?:published|released|compiled|"
    r"provided|collected)\s+)?(?:from|by)|estimates\s+(?:from|by)|"
    r"as\s+per|per(?=\s+(?:@|(?-i:[A-Z]))))\s+(?:(?:credible|reliable|official|the\s+latest|latest|recent|"
    r"new|fresh)\s+)*(?P<src>(?:[^,.;:()]|(?<=\b[A-Z])\.|" + _HONORIFIC_DOT + r")+?)"
    r"(?=\s*(?:[,;:()]|(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bProf)\.|$|"
    r"\s(?:said|says|show|shows|showed|"
    r"suggests?|that|who|which|found|finds|reported|believe|believed|think|thought)\b))",
    re.IGNORECASE,
)
# Behind the literal prefilter (same matches; see loaders.prefilter): most sentences hold none
# of "according", "reported", "cited", "per", … and `re` tried the opening alternation at
# every position.
ACCORDING_TO = gated(ACCORDING_TO)

# Unnamed groups: [quantifier] [adjectives] GROUP-NOUN.
GROUP_NOUNS = (
    "experts|analysts|observers|commentators|officials|scholars|economists|diplomats|"
    "critics|sources|insiders|researchers|specialists|pundits|watchers|sinologists|"
    "academics|historians|politicians|lawmakers|legislators|senators|executives|"
    "businessmen|businesspeople|investors|bankers|authorities|media|press|journalists|"
    "reporters|activists|residents|respondents|citizens|people|voters|russians|"
    "chinese|americans|europeans|observers|participants|leaders|representatives|"
    "strategists|military planners|planners|spokespeople|partners|colleagues|others|"
    "many|some|most|few|skeptics|sceptics|optimists|pessimists|hawks|hardliners|"
    "statistics|data|figures|polls|surveys|estimates|reports|studies|sources close to [\\w ]+"
)
_GROUP_HEAD = re.compile(
    rf"\b(?:{GROUP_NOUNS})\b(?P<tail>(?:\s+(?:in|at|from|of|close to|familiar with|i|we|who|"
    r"that|whom)"
    r"\s+[\w@&.'’ -]+)?)$",
    re.IGNORECASE,
)
_GROUP_LEAD = re.compile(
    r"^(?:(?:the|many|some|most|several|few|other|numerous|a\s+number\s+of|a\s+lot\s+of|"
    r"a\s+few|both|all|certain|leading|prominent|independent|senior|top|local|foreign|"
    r"western|government|state|official|[A-Z][\w-]+)\s+)*",
)


_LEADING_CONNECTIVE = re.compile(
    r"^(?:but|and|yet|so|while|as|however|still|now|meanwhile)\s+", re.IGNORECASE
)
_LEADING_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
_MANY = re.compile(
    r"(?:many|some|most|few|others)(?:\s+(?:in|at|from)\s+[\w@&.' -]+)?", re.IGNORECASE
)
# One unnamed source: "an unnamed PLA officer", "a senior official", "one diplomat".
_UNNAMED_ONE = re.compile(
    r"(?:an?|one|another)\s+(?:[\w-]+\s+){0,3}(?:officer|official|source|diplomat|expert|"
    r"analyst|insider|banker|executive|spokesperson|spokesman|spokeswoman|aide|adviser|advisor|"
    r"lawmaker|person|resident|observer|researcher)(?:\s+(?:for|of|on)\s+[\w ]+?)?"
    r"(?:\s+(?:in|at|from|close\s+to)\s+[\w@&.'’ -]+)?",
    re.IGNORECASE,
)


def unnamed_one(phrase: str) -> bool:
    """ "a Russian education official", "one senior diplomat in Beijing": one unnamed person."""
    return _UNNAMED_ONE.fullmatch(phrase.strip(" ,;:—–-")) is not None


def group_phrase(subject: str) -> str | None:
    """The subject as an unnamed group ("Chinese experts", "many in Moscow"), else None."""
    s = subject.strip(" ,;:—–-")
    s = _LEADING_CONNECTIVE.sub("", s)
    if s and len(s.split()) <= 14 and _UNNAMED_ONE.fullmatch(s):
        return s  # "an official for foreign relations from the state-owned CNPC"
    if not s or len(s.split()) > 8:
        return None
    if _MANY.fullmatch(s):
        return s
    if _UNNAMED_ONE.fullmatch(s):
        return s
    head = _GROUP_HEAD.search(s)
    if head is None:
        return None
    lead = s[: head.start()].strip()
    if lead and not _GROUP_LEAD.fullmatch(lead + " "):
        return None
    return _LEADING_THE.sub("", s)


PRONOUN = re.compile(r"^(?:he|she)$", re.IGNORECASE)
# The document's own voice: "I", "we", "the authors (of this report)", "this paper".
FIRST_PERSON = re.compile(
    r"^(?:i|we|my colleagues and i|(?:the|this|our)\s+(?:present\s+)?(?:authors?|report|study|"
    r"paper|analysis|team)(?:\s+of\s+(?:this|the)\s+(?:report|study|paper))?)$",
    re.IGNORECASE,
)
# A person's name: two to four capitalised words (initials and particles allowed).
_NAME = (
    r"(?P<name>(?:[A-Z][a-z]+|[A-Z]\.)"
    r"(?:[ -](?:[A-Z][a-zA-Z'’-]+|[A-Z]\.|de|van|von|bin|al)){1,3})"
)
PERSON_NAME = re.compile(_NAME + "$")
PERSON_NAME_START = re.compile("^" + _NAME)
HANDLE = re.compile(r"@\w{2,}")
# Clause openers: the subject of a speech verb starts after the last of these ("--" is a
# dash typed in ASCII, as after a dateline: "BEIJING, Aug. 8 (Xinhua) -- A spokesperson …").
CLAUSE_BREAK = re.compile(
    # (a full stop closing initials, "the U.S. Treasury", breaks no clause)
    r"(?:^|[,;:(—–]\s*|-{2,}\s*|(?<!\b[A-Z]\.[A-Z])[.!?]\s+(?=[A-Z@])|\b(?:and|but|as|while|because|although|though|since|whereas|"
    r"which|who|so|that|if|when|where|yet|quoted|quoting|citing)\s+)",
    re.IGNORECASE,
)

# "In Irnazarov's view, …" / "In the words of X, …": a source opening the sentence.
IN_VIEW = re.compile(
    r"^(?:in\s+(?P<a>(?:his|her|[^,]{2,60}?['’]s?)(?=\s))\s+(?:view|opinion|words|assessment|"
    r"estimation)|"
    r"in\s+the\s+(?:view|opinion|words)\s+of\s+(?P<b>[^,]{2,60}))\s*,",
    re.IGNORECASE,
)
# "That is the view of X", "Those were the words of X": a sentence naming a quote's speaker.
VIEW_OF = re.compile(
    r"\b(?:view|words|opinion|verdict|assessment|message|argument)\s+(?:of|from)\s+"
    r"(?P<src>[^,.;:()]+)",
    re.IGNORECASE,
)

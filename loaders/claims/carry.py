"""Sources stated once and carried: data releases, "X data shows", views held somewhere.

Cues found here (surfaces only; resolving them is :mod:`loaders.claims.speakers`' job):

- A view held by a body: "the prevailing view in the Kremlin was that …", "Within the
  Kremlin, the dominant view is that …" (REPORTED_SPEECH, :func:`view_that`); "there is a
  more nuanced view …, particularly among U.S.-watchers in @mfa_russia." introduces the
  view that the next sentences state (:func:`view_intro`).
- A data source: "Rosstat data shows …", "data from the Moscow Exchange shows …" (the
  latter is :data:`loaders.claims.patterns.ACCORDING_TO`'s), "Chinese customs data is
  out", "China's Customs has released its August data" (:func:`data_source`), and a
  reference back to the data just named: "It shows that …", "The figures show …"
  (:func:`data_anaphor`).
- A body recording a figure: "the Federal Customs Service of Russia recorded $140.7
  billion" (:func:`recorded_by`; ACCORDING_TO when the subject is an organisation and the
  sentence has a statistic).

:class:`Carry` holds a carried source: a data source carries to the following sentences
that state figures (in its passage, and in the next passages while each states figures),
a view to the rest of its passage and to a next passage that continues it ("… and that's
why"). Nothing here is about one document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.claims.speakers import Resolved
from loaders.prefilter import gated

_VIEW_NOUN = (
    r"(?:view|consensus|thinking|belief|assumption|feeling|mood|expectation|perception|"
    r"sentiment|wisdom|opinion|position|line)"
)
_BE = r"(?:is|was|has\s+been|had\s+been|remains|remained|seems|seemed|appears|appeared)"
_VIEW_THAT = re.compile(
    rf"\b{_VIEW_NOUN}\s+(?:in|among|within|inside|at|of)\s+(?P<src>[^,;:]{{2,80}}?)\s+{_BE}\s+"
    r"(?:to\s+be\s+)?that\b",
    re.IGNORECASE,
)
_VIEW_THAT_FRONT = re.compile(
    r"^(?:within|in|inside|among|at)\s+(?P<src>[^,]{2,60}),\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
    rf"{_VIEW_NOUN}\s+{_BE}\s+that\b",
    re.IGNORECASE,
)
_VIEW_INTRO = re.compile(
    r"\bthere\s+(?:is|was|are|were)\s+(?:also\s+)?(?:a|an|another)\s+(?:[\w-]+\s+){0,3}"
    r"(?:view|consensus|opinion|thinking|feeling|argument|perspective|school\s+of\s+thought)\b"
    r"[^;]*?\b(?:among|in|at|within|inside)\s+(?P<src>(?:[^,.;:]|\.(?=\S)){2,80})",
    re.IGNORECASE,
)
_DATA = r"(?:data|figures|statistics|stats|numbers|estimates)"
_SHOW = r"(?:show|shows|showed|shown|indicate|indicates|indicated|suggest|suggests|suggested|"
_SHOW += r"reveal|reveals|revealed|point\s+to|points\s+to|pointed\s+to)"
_SOURCE_WORDS = r"(?:[@\w'’.&-]+\s+){0,5}?[@\w'’.&-]+?"
# "…, customs data published last week showed.": when the data came out, between them
_RELEASED = (
    r"(?:\s+(?:published|released|issued|out)(?:\s+(?:on\s+)?(?:last|this|earlier\s+this)\s+"
    r"(?:week|month|year|\w+day)|\s+(?:on\s+)?\w+day|\s+earlier|\s+today|\s+yesterday)?)?"
)
_DATA_SHOWS = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:and|but|while|as)\s+)(?P<src>{_SOURCE_WORDS}(?:\s+customs)?)(?:['’]s)?\s+"
    rf"(?:(?:latest|new|official|monthly|annual|quarterly|preliminary|provisional|final|revised|"
    rf"weekly|daily|fresh|trade|tracking|ship-tracking|customs)\s+)*"
    rf"{_DATA}{_RELEASED}\s+(?:(?:also|now|clearly)\s+)?{_SHOW}\b"
)
# "…, data of the General Administration of Customs showed.": the source after "of".
_DATA_OF_SHOWS = re.compile(
    rf"(?:^|[,;:]\s*)(?:(?:the|official|latest)\s+)?{_DATA}\s+of\s+(?P<src>(?:the\s+)?[A-Z]"
    rf"[^,;:]{{1,100}}?){_RELEASED}\s+(?:also\s+)?{_SHOW}\b"
)
# "…, the company's annual report showed.": a body's own report, filing or accounts.
_REPORT_SHOWS = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:and|but|while|as)\s+)(?P<src>{_SOURCE_WORDS})['’]s?\s+"
    r"(?:(?:latest|new|official|monthly|annual|quarterly|half-year|financial|own)\s+)*"
    rf"(?:report|filing|accounts|results|financial\s+statements)\s+(?:also\s+)?{_SHOW}\b"
)
_DATA_OUT = re.compile(
    rf"^(?P<src>{_SOURCE_WORDS})(?:['’]s)?\s+(?:(?:latest|new|monthly|trade)\s+)*"
    rf"{_DATA}\s+(?:is|are)\s+(?:out|in|published|released)\b"
    r"|^(?P<src2>[^,;:]{2,80}?)\s+(?:has|have|had)?\s*(?:just\s+)?(?:released|published|"
    r"posted|issued|updated|put\s+out|came\s+out\s+with)\s+(?:its|their|the|new|latest|"
    rf"fresh)?\s*(?:[\w-]+\s+){{0,3}}{_DATA}\b"
    rf"|^(?:(?:fresh|new|latest|official)\s+)*{_DATA}\s+(?:from|by)\s+(?P<src3>[@\w'’.&-]+"
    r"(?-i:\s+[A-Z@][\w'’.&-]*)*)\b[^.;:]{0,60}?\s(?:is|are)\s+(?:out|in)\b",
    re.IGNORECASE,
)
_DATA_ANAPHOR = re.compile(
    rf"^(?:it|this|these|they|the\s+(?:new\s+|latest\s+)?{_DATA})\s+(?:also\s+|clearly\s+)?"
    rf"{_SHOW}\b",
    re.IGNORECASE,
)
_RECORDED = re.compile(
    r"^(?:(?:but|and|meanwhile|however|in\s+turn),?\s+)?(?P<src>[^,;:]{2,90}?)\s+"
    r"(?:also\s+)?(?:recorded|registered|logged|counted|tallied)\b",
    re.IGNORECASE,
)
# A piece by an outlet: "this @washingtonpost story provides …", "A Bloomberg analysis shows".
_PIECE_NOUN = (
    r"(?:story|piece|report|article|investigation|dispatch|analysis|op-ed|oped|interview|"
    r"survey|poll|study|research|column|editorial|feature|scoop|deep\s+dive(?:\s+story)?)"
)
_PIECE = re.compile(
    r"\b(?i:this|the|that|a|an|new|latest)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<src>@\w+|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+"
    rf"{_PIECE_NOUN}\b"
)
# Between a piece's maker and its verb: "(2019)", "in 2008", "published in May".
_PIECE_WHEN = (
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:published\s+|released\s+)?in\s+(?:[A-Z][a-z]+\s+)?\d{4},?\s+)?"
)
_PIECE_VERB = re.compile(
    _PIECE_WHEN + r"(?:also\s+)?(?:provides|provided|shows|showed|describes|described|"
    r"reveals|revealed|finds|found|explains|explained|details|detailed|documents|documented|"
    r"says|said|argues|argued|suggests|suggested|notes|noted|reports|reported|claims|claimed|"
    r"highlights|highlighted|offers|gives|confirms|confirmed)\b"
)
# "this helpful report by @C4ADS documents …": the source after "by" / "from".
_PIECE_BY = re.compile(
    rf"\b(?i:this|the|that|a|an|new|latest)\s+(?:[\w-]+\s+){{0,2}}?{_PIECE_NOUN}\s+"
    # "An article about this was published by X"
    r"(?:(?:about|on)\s+(?:this|that|it)\s+)?(?:(?:was|were|has\s+been)\s+(?:published|"
    r"released|written|run)\s+)?(?:by|from)\s+"
    r"(?:the\s+)?(?P<src>@\w+|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
)
# "The article documents …", "It reports that …": the piece named just before, as the
# subject of a verb.
_PIECE_SUBJECT = re.compile(
    rf"^(?:(?:the|this|that)\s+(?:[\w-]+\s+){{0,1}}?{_PIECE_NOUN}|it)\s+"
    r"(?=(?:also\s+)?[a-z]+(?:s|ed)\b)",
    re.IGNORECASE,
)
# What a piece holds rather than argues: "The survey revealed / showed / found that …".
_PIECE_HOLDS = re.compile(
    r"^\s*(?:also\s+)?(?:shows|showed|reveals|revealed|finds|found|indicates|indicated)\b"
)
# A piece named with its maker anywhere in a sentence: "…, says a poll from the X Center",
# "a study published by X", "the statement of the X Service": the piece the next sentences
# may call "the poll", "the report", "the statement".
_PIECE_WORD = (
    r"(?:poll|survey|study|report|research|statement|announcement|analysis|assessment|paper|"
    r"review|communiqu[eé]|readout|note|brief|memo)"
)
_PIECE_WORD_ANYWHERE = re.compile(_PIECE_WORD, re.IGNORECASE)
_THAT = re.compile(r"\bthat\b")
_PIECE_NAMED = re.compile(
    rf"\b(?i:a|an|the|this|its|new|latest)\s+(?:[\w-]+\s+){{0,2}}?{_PIECE_WORD}\s+"
    r"(?:(?:conducted|published|released|issued|carried\s+out|compiled|prepared)\s+)?"
    r"(?:by|from|of)\s+(?:the\s+)?"
    # "by Russia's analytical agency X": the possessive and the descriptor only modify X
    r"(?:[A-Z][\w.'’-]*['’]s\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z]))?"
    r"#?(?P<src>[A-Z][\w.&'’-]*(?:\s+(?:of\s+(?:the\s+)?)?#?[A-Z][\w.&'’-]*){0,6})"
)
# The maker written before the piece: "The X Corporation report", "a new X Center poll".
_PIECE_MAKER = re.compile(
    r"\b(?i:a|an|the|this|its|new|latest)\s+(?:(?i:new|latest|annual|recent)\s+)?"
    r"(?P<src>[A-Z][\w.&'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.&'’-]*){0,5})(?:['’]s)?\s+"
    r"(?:(?i:new|latest|annual|recent)\s+)?"
    rf"{_PIECE_WORD}\b"
)
# The piece named before, called back: "the report", "this survey", "the statement".
PIECE_ANAPHOR = re.compile(
    rf"(?:the|this|that)\s+(?:(?:new|latest|same|full|joint|official)\s+)?{_PIECE_WORD}",
    re.IGNORECASE,
)
# The same, with its authors or a participle: "the report's authors", "the report released
# Wednesday", "the study published on Monday".
PIECE_BACK = re.compile(
    rf"(?P<piece>{PIECE_ANAPHOR.pattern})(?:(?P<authors>['’]s\s+(?:authors?|writers?|researchers?))|"
    r"\s+(?:released|published|issued|presented|out)(?:\s+(?:on\s+|in\s+|last\s+)?\w+)?)?",
    re.IGNORECASE,
)
# Verbs by which a piece says something (REPORTED_SPEECH); "provides", "shows", "finds" report
# what it holds (ACCORDING_TO, like data).
_PIECE_SAYS = re.compile(
    _PIECE_WHEN + r"(?:also\s+)?(?:says|said|argues|argued|notes|noted|reports|reported|"
    r"claims|claimed|documents|documented|describes|described|details|detailed|explains|"
    r"explained|suggests|suggested|reveals|revealed|concludes|concluded|warns|warned|"
    r"points\s+out|pointed\s+out|confirms|confirmed|states|stated|asserts|asserted)\b"
)
# "…, it's correctly pointed out that": an impersonal statement inside the piece named.
_IT_IS_SAID = re.compile(
    r"\bit(?:['’]s|\s+is|\s+was|\s+has\s+been)\s+(?:\w+ly\s+)?(?:pointed\s+out|noted|argued|"
    r"stated|stressed|claimed|reported|shown|suggested|explained|concluded|said|observed)\s+that\b",
    re.IGNORECASE,
)
# "This @a & @b story in @outlet provides …": the outlet after the piece noun.
_PIECE_IN = re.compile(
    rf"\b{_PIECE_NOUN}\s+(?:in|for)\s+(?P<src>@\w+|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}})"
    r"(?=\s+(?:\([^)]*\)\s*)?(?:also\s+)?[a-z]+s\b)"
)
# Behind a literal prefilter (same matches; see loaders.prefilter): most texts lack the
# literal text these need, and the patterns are tried at every position.
(
    _VIEW_THAT,
    _VIEW_INTRO,
    _DATA_SHOWS,
    _DATA_OF_SHOWS,
    _REPORT_SHOWS,
    _DATA_OUT,
    _PIECE,
    _PIECE_BY,
    _PIECE_NAMED,
    _PIECE_MAKER,
    _PIECE_IN,
) = (
    gated(_VIEW_THAT),
    gated(_VIEW_INTRO),
    gated(_DATA_SHOWS),
    gated(_DATA_OF_SHOWS),
    gated(_REPORT_SHOWS),
    gated(_DATA_OUT),
    gated(_PIECE),
    gated(_PIECE_BY),
    gated(_PIECE_NAMED),
    gated(_PIECE_MAKER),
    gated(_PIECE_IN),
)
# "… provides important nuance." ending its sentence: the next sentences say what it is.
_NUANCE = re.compile(
    r"\b(?:provides|offers|gives|adds)\s+(?:some\s+|important\s+|useful\s+|more\s+|crucial\s+)*"
    r"(?:nuance|context|details?|insights?|background|colou?r)\s*[.!:]?$"
)


def introduces(text: str) -> bool:
    """ "This story provides important nuance.": the piece's content follows."""
    return _NUANCE.search(text) is not None


# "In this well-researched piece, …": the piece named just before.
_PIECE_BACK = re.compile(
    rf"^(?:in|according\s+to|as)\s+(?:this|that|the)\s+(?:[@\w-]+\s+){{0,2}}{_PIECE_NOUN}\b",
    re.IGNORECASE,
)
# A tweet or paragraph that continues the previous one: "5/... and that's why".
_CONTINUES = re.compile(r"^\s*(?:\d{1,3}\s*/\s*)?(?:\.{2,}|…|and\b|but\b)")


def _span(base: int, text: str, m: re.Match[str], group: str) -> tuple[int, int] | None:
    if m.group(group) is None:
        return None
    a, b = m.span(group)
    chunk = text[a:b]
    lead = len(chunk) - len(chunk.lstrip(" ,"))
    trail = len(chunk) - len(chunk.rstrip(" ,."))
    return (base + a + lead, base + b - trail) if b - trail > a + lead else None


def view_that(base: int, text: str) -> tuple[int, int] | None:
    """Where "the prevailing view in X was that …" names X."""
    m = _VIEW_THAT_FRONT.match(text) or _VIEW_THAT.search(text)
    return _span(base, text, m, "src") if m else None


def view_intro(base: int, text: str) -> tuple[int, int] | None:
    """Where "there is a … view …, among … in X." (no "that" of its own) names X."""
    m = _VIEW_INTRO.search(text)
    if m is None or _THAT.search(text[m.end() :]):
        return None
    return _span(base, text, m, "src")


def data_source(base: int, text: str) -> tuple[int, int] | None:
    """Where "X data shows …" / "data of X showed" / "X data is out" / "X has released its
    data" names X."""
    m = _DATA_SHOWS.search(text) or _DATA_OF_SHOWS.search(text) or _REPORT_SHOWS.search(text)
    if m:
        return _span(base, text, m, "src")
    m = _DATA_OUT.match(text)
    if m:
        return (
            _span(base, text, m, "src")
            or _span(base, text, m, "src2")
            or _span(base, text, m, "src3")
        )
    return None


def data_anaphor(text: str) -> bool:
    """ "It shows that …", "The figures show …": the data just named speaks again."""
    return _DATA_ANAPHOR.match(text) is not None


def recorded_by(base: int, text: str) -> tuple[int, int] | None:
    """Where "X recorded/registered …" names X (the caller checks X and the figures)."""
    m = _RECORDED.match(text)
    return _span(base, text, m, "src") if m else None


def piece(base: int, text: str) -> tuple[tuple[int, int], bool, bool] | None:
    """Where "this @outlet story" / "this report by @outlet" names the outlet, whether the
    piece speaks ("provides"), and whether by a verb of saying ("documents", "argues")."""
    m = _PIECE_IN.search(text) or _PIECE.search(text) or _PIECE_BY.search(text)
    if m is None:
        return None
    span = _span(base, text, m, "src")
    if span is None:
        return None
    rest = text[m.end() :]
    return span, _PIECE_VERB.match(rest) is not None, _PIECE_SAYS.match(rest) is not None


def piece_subject(text: str, named: str | None = None) -> bool:
    """ "The article documents …": the piece named before (whose noun is `named`) is the
    subject of a verb of saying."""
    m = _PIECE_SUBJECT.match(text)
    if m is None or not same_piece(m.group(0).split()[-1].lower(), named):
        return False
    return _PIECE_SAYS.match(text[m.end() :]) is not None


def piece_holds(text: str) -> bool:
    """ "The survey revealed that …": what the piece named before holds (ACCORDING_TO)."""
    m = _PIECE_SUBJECT.match(text)
    return m is not None and _PIECE_HOLDS.match(text[m.end() :]) is not None


# Nouns that call back the same kind of piece ("a poll" … "the survey", never "the study");
# a body's statement may be called back without having been named.
_PIECE_KINDS = (
    {"poll", "survey"},
    {"study", "research", "paper", "analysis", "note", "brief", "memo"},
    {"report"},
    {"assessment", "review"},
    {"statement", "announcement", "communique", "communiqué", "readout"},
)
STATEMENT_NOUNS = frozenset(_PIECE_KINDS[-1])
# What a research body publishes: "the note said" after the think tank spoke is its note.
RESEARCH_NOUNS = frozenset({"report", *_PIECE_KINDS[1], *_PIECE_KINDS[3]})
RESEARCH_KINDS = frozenset({"THINK_TANK", "RESEARCH_INSTITUTE", "UNIVERSITY"})


def same_piece(noun: str, named: str | None) -> bool:
    """Whether `noun` ("the survey") can call back a piece named with `named` ("a poll")."""
    if named is None or noun in ("report", "it"):
        # a piece named by an older rule ("this @outlet story"): no noun known; "the report"
        # is what any poll, study or assessment is published as; "it" calls back any piece
        return True
    return noun == named or any(noun in kind and named in kind for kind in _PIECE_KINDS)


def _piece_match(text: str) -> re.Match[str] | None:
    return _PIECE_NAMED.search(text) or _PIECE_MAKER.search(text)


def piece_noun(text: str) -> str | None:
    """The noun of the piece :func:`piece_named` finds ("poll" in "a poll from X")."""
    m = _piece_match(text)
    if m is None:
        return None
    word = _PIECE_WORD_ANYWHERE.search(m.group(0))
    return word.group(0).lower() if word else None


def piece_named(base: int, text: str) -> tuple[int, int] | None:
    """Where "a poll from X" / "a study by X" / "the X Center report" names X (the caller
    resolves it)."""
    m = _piece_match(text)
    return _span(base, text, m, "src") if m else None


def said_in_it(text: str) -> bool:
    """ "…, it's correctly pointed out that …": a statement made inside the piece named."""
    return _IT_IS_SAID.search(text) is not None


def piece_back(text: str) -> bool:
    """ "In this well-researched piece, …": the piece named before speaks."""
    return _PIECE_BACK.match(text) is not None


def continues(passage_text: str) -> bool:
    """Whether a passage opens as the continuation of the one before it."""
    return _CONTINUES.match(passage_text) is not None


@dataclass
class Carry:
    """A source carried past the sentence that names it."""

    who: Resolved
    attribution: str  # ACCORDING_TO (data) | REPORTED_SPEECH (a view)
    passage: int | None  # the last passage it applied to
    data: bool  # data: applies to sentences with figures; a view: to every sentence
    across: bool = True  # may carry on into the next passages

    def applies(self, passage: int | None, has_figures: bool, passage_text: str) -> bool:
        if self.data and not has_figures:
            return False
        if passage == self.passage:
            return True
        if not self.across or passage is None or self.passage is None:
            return False
        if passage != self.passage + 1:
            return False
        return self.data or continues(passage_text)

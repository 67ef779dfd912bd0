"""The claims of one document: sentence by sentence, with speaker, attribution, kind, links.

Span of a claim: for a DIRECT_QUOTE the quoted words (inside the marks, a multi-sentence
quotation is one claim); otherwise the sentence, trimmed of tweet numbers, trailing links
and emoji. Speakers (see ``ClaimDraft``):

- AUTHOR: the document's own voice. Speaker = the first author (threads, articles, reports
  with a byline: a report's named author speaks, not the institution that published it);
  a document without a known writer speaks for its publisher, else None. "I"/"we" clauses
  ("I agree with my colleagues that …") are AUTHOR claims too.
- DIRECT_QUOTE / REPORTED_SPEECH / ACCORDING_TO: the resolved source entity; an unnamed
  group ("Chinese experts", "many in Moscow") or a source no entity record matches
  ("Chinese statistics") has ``speaker`` None and its words in ``speaker_group``.

A quotation with no cue in its sentence takes its speaker from context: the quotation
just before it in the same paragraph (a continued quote), a "X said:" sentence before it,
or a speaker named in the next sentence ("… ,” he says." / "That was Ivanov’s view."), or a
person's full name alone as the next sentence of the paragraph, its signature ("“…” Ivo Ruml.").
In an article, a sentence in the first person ("we", "our") without quotation marks right
after X's statement (in its paragraph or the one before) is X's words, their marks dropped
("…, Campbell said. ¶ If this goes on, we will see it as a joint effort."); the outlet's own
"we" ("as we reported", "our app") is not. Likewise advice or a forecast without a cue right
after X's reported statement in its paragraph ("X said that …. It is necessary to …") is X's.
A paragraph that only quotes, right after a paragraph that ended quoting X, is X's; so is one
right after a paragraph whose last statement is X's ("X said that …"), unless the sentence
after the quotation names someone; so are more quoted words (4+) later in a paragraph whose
last quotation was X's. A "he said" before any person spoke (a story opening on a quote)
waits for the first person named as a speaker after it. A quotation
opened and left open (curly or straight marks) runs on with the speaker introducing it.

A headline is no claim unless it names its source: "X says …" as a heading, "… – X" as a
heading or a related-story line ("READ MORE: … – X") are X's (:mod:`loaders.claims.headlines`).

A paragraph ended by a reported statement closing on a colon ("X stressed that the ties
rest on two men:") is followed by X's words set as a block without marks: the sentences of
the next paragraph are X's (DIRECT_QUOTE) unless one names its own source. Guillemets
(« ») quote like “ ”.

Items announced by "Key statements by X:" / "X made several statements:" are X's while they
follow as bullets or short paragraphs; so are those after "the following are noteworthy:" /
"his main findings:" when X was the last person to speak, in that paragraph or the two before
it. An item naming its own source is that source's, and the list goes on after it. An
unnamed person of a lede ("said a Russian education official") whom the next statements name
with the same words is that person. Words (5+)
quoted in a named subject's own sentence without a speech verb ("… scrambling jets to
“strictly implement …”") are the subject's, unless a label or a title.

A reported sentence that quotes four or more of the speaker's own words, making up a good
share of it ("said ties have “weathered storms and stood the test”"), is DIRECT_QUOTE over
the sentence; ", adding that …"
after a quotation is REPORTED_SPEECH of the quote's speaker; a closing attribution ending a
paragraph ("…, Nikkei said.") also covers the figures stated just before it there.

Precedence: a person opening the sentence with a speech verb beats a body or an outlet
closing it ("Wang noted that …, the ministry said in a statement" is Wang's). A sentence that
only points back ("This is reported by X with reference to …", "X spoke about this in an
interview") gives the statement just before it in its paragraph to X. Role nouns and "the
ministry"/"the publication" are resolved in ``loaders.claims.speakers``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from kb.enums import DocumentKind, PassageKind
from loaders.claims.attribution import (
    MIN_QUOTE_WORDS,
    Cue,
    according_to,
    closes_paragraph,
    find_quotes,
    intro_for_next,
    list_intro,
    reported,
    view_of,
)
from loaders.claims.carry import (
    PIECE_BACK,
    RESEARCH_KINDS,
    RESEARCH_NOUNS,
    STATEMENT_NOUNS,
    Carry,
    piece_named,
    piece_noun,
    same_piece,
    view_intro,
)
from loaders.claims.clauses import circumstance_subjects, clause_subjects
from loaders.claims.coref import is_role_word
from loaders.claims.filters import is_claim_passage, is_claim_text, looks_like_title, trim
from loaders.claims.gender import Gender
from loaders.claims.headlines import Headline, credited_headline
from loaders.claims.interviews import FIRST_PERSON_WORDS
from loaders.claims.interviews import answers as interview_answers
from loaders.claims.kinds import classify
from loaders.claims.patterns import FORECAST_VERBS, PRONOUN, QUOTE_OPEN, unnamed_one
from loaders.claims.quotes import (
    closes_quote,
    continued_quote,
    credit_back,
    has_figure,
    open_quote,
    quote_paragraph,
    quote_runs_on,
    quoting,
    said_before,
    said_paragraph,
)
from loaders.claims.sourced import according_to_sentence, data_release, passage_text, sourced
from loaders.claims.speakers import Resolved, SpeakerResolver
from loaders.components.sentences import split_text
from loaders.drafts import ClaimDraft, Extraction, PassageDraft, Span

# A plural noun phrase without a name: "Chinese negotiators", "many local bankers".
_PLURAL_NP = re.compile(r"(?:[\w'’-]+\s+){0,4}[a-z][a-z-]+[a-rt-z]s")


# A sentence opening with a name and an apposition: "Batbayar Tsogt, a former minister, …".
_OPENER = re.compile(r"((?:[A-Z][\w'’.-]+|@\w+)(?: [A-Z][\w'’.-]+){0,3}),")


def _within(before: int | None, now: int | None, passages: int) -> bool:
    return before is not None and now is not None and 0 <= now - before <= passages


def default_author(ex: Extraction) -> str | None:
    """The speaker of AUTHOR claims (see module docstring)."""
    if ex.authors:
        return ex.authors[0]
    return ex.publisher


# A sentence end hidden by a footnote marker glued to it: "… health codes.²⁰¹ According to".
_MARKED_END_ALTERNATIVES = (
    r"[.!?][”\"]?\s?[\u00b9\u00b2\u00b3\u2070-\u2079]+\s+(?=[A-Z“\"])"
    # a live feed's paragraphs run together: "… in Moscow.Russian Foreign Ministry spokeswoman"
    r"|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]{2,}\s)"
)
# Behind a look-ahead for the character at a match's start (a stop the first alternative
# reads, the capital the second looks at): one test at every other position, where `re`
# tried the second's look-behind (same matches; 0.076 -> 0.036 s over 10x's sentences).
_MARKED_END = re.compile(rf"(?=[.!?A-Z])(?:{_MARKED_END_ALTERNATIVES})")


def _split_marked(text: str, span: Span) -> list[Span]:
    out: list[Span] = []
    start = span.start
    for m in _MARKED_END.finditer(text, span.start, span.end):
        out.append(Span(start, m.end()))
        start = m.end()
    out.append(Span(start, span.end))
    return out


def _sentences(ex: Extraction) -> list[Span]:
    if ex.sentences:
        spans = sorted(ex.sentences, key=lambda s: (s.start, s.end))
    else:
        spans = []
        for p in ex.doc.passages:
            spans += [
                Span(p.start + a, p.start + b) for a, b in split_text(ex.doc.text[p.start : p.end])
            ]
    return [part for span in spans for part in _split_marked(ex.doc.text, span)]


class _Doc:
    """Per-document state while walking its sentences."""

    def __init__(self, ex: Extraction) -> None:
        self.ex = ex
        self.text = ex.doc.text
        self.resolver = SpeakerResolver(ex)
        self.author = default_author(ex)
        # passage → the interviewee whose answer it is (an interview set as Q and A)
        self.answers = interview_answers(
            ex, self.resolver.person_named, self.resolver.persons_between
        )
        self.claims: list[ClaimDraft] = []
        self.surfaces: list[tuple[int, int] | None] = []
        self.last_quote: tuple[int, Resolved, str] | None = None  # (passage, who, attribution)
        self.pending: list[int] = []  # indexes of quote claims waiting for a speaker
        self.pending_passage: int | None = None
        self.dashed: int | None = None  # the passage of a dash-opened quotation ("– We …")
        self.fallback: Resolved | None = None  # the pending quotes' speaker if none is named
        # "Key statements by X:": (X, the passage of the last item, items so far)
        self.listing: tuple[Resolved, int | None, int] | None = None
        self.intro: Cue | None = None  # "X said:" before a quotation
        # "X stressed that …:" closing a paragraph: (the next passage, X) (see _colon_follow)
        self.colon: tuple[int, Resolved, bool] | None = None  # (passage, speaker, in a quote)
        self.subject: str | None = None  # the entity opening the current sentence
        self.actor: str | None = None  # the one person who is a clause's subject in it
        self.figures = False  # whether the current sentence states figures
        self.carry: Carry | None = None  # a source stated once, carried (loaders.claims.carry)
        self.pidx: int | None = None  # the passage of the sentence being read
        self.body_spoke: tuple[int | None, Resolved] | None = None  # the last body that spoke
        self.data_body: Resolved | None = None  # the last body whose data spoke ("X data showed")
        # the piece named last by "a poll from X" and its noun ("poll", "report")
        self.piece_noun: tuple[object, str | None] | None = None
        self.piece: tuple[int | None, Resolved] | None = None  # "this @outlet story" last named
        self.turn: tuple[int | None, Resolved] | None = None  # a labelled turn going on (_in_turn)
        self.points_seen: set[str] = set()  # "Key points:" sections read (_points_under_title)
        # a headline opened by a role ("Energy minister: …"): its claim's index → (the role's
        # words, the body it resolved to, if any)
        self.headline_roles: dict[int, tuple[str, str | None]] = {}
        # "the report's authors" last called back: the "they" who speak next
        self.piece_authors: tuple[int | None, Resolved] | None = None
        # a quote still open: (passage, speaker, its closing mark)
        self.open_quote: tuple[int | None, Resolved, str] | None = None
        # The person opening the previous sentence of this passage, resolved lazily:
        # "Batbayar Tsogt, a former minister, put it bluntly. “…”" names the quote's speaker.
        self.opener: tuple[int | None, int, int] | None = None
        self.forward: list[int] = []  # "he said" claims waiting for a speaker named later
        self.forward_gender: dict[int, Gender | None] = {}  # their pronouns' ("she": "f")
        self.last_said: tuple[int | None, Resolved] | None = None  # the last claim's speaker
        # The statistics by start offset, for the ones inside a claim (the stage before
        # wrote them all; a scan of every statistic per claim was quadratic on a report).
        by_start = sorted((st.start, i) for i, st in enumerate(ex.statistics))
        self._stat_starts = [start for start, _i in by_start]
        self._stat_index = [i for _start, i in by_start]

    def statistics_in(self, start: int, end: int) -> list[int]:
        """Indexes (ascending) of the statistics with `start <= s.start` and `s.end <= end`."""
        lo = bisect_left(self._stat_starts, start)
        hi = bisect_right(self._stat_starts, end, lo)  # s.end <= end needs s.start <= end
        stats = self.ex.statistics
        found = [i for i in self._stat_index[lo:hi] if stats[i].end <= end]
        return sorted(found)

    def resolve(self, cue: Cue | None) -> Resolved:
        if cue is None or cue.who is None:
            return Resolved()
        authors = self.piece_authors
        they = self.text[slice(*cue.who)].casefold() == "they"
        if they and authors is not None and _within(authors[0], self.pidx, 1):
            return authors[1]  # "The report's authors suggested … They said …"
        back = PIECE_BACK.fullmatch(self.text[slice(*cue.who)])
        if back is not None:
            # "…,” the report reads." / "…, the statement concluded." / "The report's authors
            # suggested": the piece named just before, else the body whose statement the
            # last paragraphs gave
            noun = back.group("piece").split()[-1].lower()
            piece, body = self.piece, self.body_spoke
            named = self.piece_noun[1] if self.piece_noun and self.piece_noun[0] is piece else None
            if piece and _within(piece[0], self.pidx, 3) and same_piece(noun, named):
                # each mention keeps the piece in the reader's mind: a story that goes on
                # about "the report" for many paragraphs still means the same report
                self.piece = (self.pidx, piece[1])
                if self.piece_noun and self.piece_noun[0] is piece:
                    self.piece_noun = (self.piece, named)
                if back.group("authors"):
                    self.piece_authors = (self.pidx, piece[1])
                return piece[1]
            if body and _within(body[0], self.pidx, 3) and noun in STATEMENT_NOUNS:
                return body[1]
            if body and _within(body[0], self.pidx, 3) and noun in RESEARCH_NOUNS:
                spoke = self.ex.entities.get(body[1].speaker or "")
                if spoke is not None and spoke.kind in RESEARCH_KINDS:
                    return body[1]  # "…, the think tank added." then "the note said": its note
            outlet = self.resolver.last_speaker
            near = self.resolver.org_spoke_near()
            if noun in _OUTLET_PIECES and _is_media(self, outlet) and near:
                # "…, Izvestia reported." then "According to the report, …": the outlet's
                return Resolved(speaker=outlet, surface=cue.who)
        a, b = cue.who
        maker = piece_named(a, self.text[a:b])
        if maker is not None and not self.text[a : maker[0]].count(","):
            # "…, says a poll from the X Center": the poll's maker speaks
            who = self.resolver.resolve(*maker, allow_new=False, anchor="start")
            if who.speaker:
                return who
        who = self.resolver.resolve(
            *cue.who,
            allow_new=(cue.attribution != "ACCORDING_TO" or cue.person_only) and not cue.weak,
            anchor=cue.anchor,
            new_bodies=not cue.weak,
        )
        if cue.person_only and not (who.speaker and self.resolver.is_person(who.speaker)):
            return Resolved()
        if cue.attribution == "ACCORDING_TO" and not who.found:
            a, b = cue.who
            who = Resolved(group=self.text[a:b])
        if cue.base_form and not who.found and _PLURAL_NP.fullmatch(self.text[slice(*cue.who)]):
            a, b = cue.who
            return Resolved(group=self.text[a:b])  # "Chinese negotiators believe …"
        if cue.base_form and who.unresolved:
            return Resolved()  # "Today, state regulation …": a base form needs a plural
        if cue.base_form and who.speaker and not who.author and not who.plural:
            return Resolved()  # "Russia say" is not English: base forms need a group
        # "the ministry expects …"; "Rosatom has reported a record 35 million tons": a body
        # reporting figures speaks too
        org_ok = who.speaker is not None and (
            cue.verb in FORECAST_VERBS or (cue.verb in _REPORTS and self.figures)
        )
        if (
            cue.weak
            and not org_ok
            and (who.unresolved or (who.speaker and not self.resolver.is_person(who.speaker)))
        ):
            return Resolved()  # "China added 5 tonnes": not speech
        return who

    def add(
        self, start: int, end: int, attribution: str, who: Resolved, section: str | None
    ) -> int:
        answerer = self.answers.get(self.pidx) if self.pidx is not None else None
        if answerer is not None and (who.author or attribution == "AUTHOR" or not who.speaker):
            # an interview's answer: its sentences are the interviewee's words, "we may
            # conclude" and "the leaders consider that" included (a named speaker stays)
            attribution = "DIRECT_QUOTE"
            who = Resolved(speaker=answerer, surface=who.surface)
        if who.author:
            attribution = "AUTHOR"
        speaker = self.author if attribution == "AUTHOR" else who.speaker
        group = None if attribution == "AUTHOR" else (None if who.speaker else who.group)
        stats = self.statistics_in(start, end)
        text = self.text[start:end]
        claim = ClaimDraft(
            start=start,
            end=end,
            text=text,
            attribution=attribution,
            kind=classify(text, section=section, has_statistic=bool(stats)),
            speaker=speaker,
            speaker_group=group,
            statistics=stats,
        )
        self.claims.append(claim)
        self.surfaces.append(who.surface)
        self.resolver.note_person(who.speaker)
        if (
            attribution in ("REPORTED_SPEECH", "DIRECT_QUOTE")
            and who.speaker
            and not who.author
            and not self.resolver.is_person(who.speaker)
        ):
            self.body_spoke = (self.pidx, who)  # "the statement concluded" may follow
        index = len(self.claims) - 1
        self._forward(index, attribution, who)
        if attribution != "AUTHOR":
            for key in who.also:  # each person of "as X, Y and others have noted" asserts it
                self.claims.append(replace(claim, speaker=key, mentions=[]))
                self.surfaces.append(who.surface)
        return index

    def _forward(self, index: int, attribution: str, who: Resolved) -> None:
        """ "“…,” he said." before any speaker was named waits for the first person named as a
        speaker after it (a story opening on a quote); the paragraph's last speaker is kept
        for a quotation paragraph after it."""
        resolver = self.resolver
        if attribution == "AUTHOR":
            # "Peskov was more cautious." then a paragraph quoting without a cue: Peskov's
            subject = self.subject
            opens = subject is not None and resolver.is_person(subject)
            at = self.ex.doc.passage_at(self.claims[index].start)
            self.last_said = (at, Resolved(speaker=subject)) if opens else None
            return
        if who.group and not who.speaker and not who.pronoun:
            resolver.last_unnamed = who.group if unnamed_one(who.group) else None
        elif who.speaker and not who.pronoun:
            resolver.last_unnamed = None
        # "she said" with no person before, or only men: the woman is named later
        unnamed_yet = resolver.last_person is None or (
            who.gender is not None
            and resolver.persons_before(self.claims[index].start, who.gender) is None
        )
        if who.pronoun and who.speaker is None and not who.group and unnamed_yet:
            self.forward.append(index)
            self.forward_gender[index] = who.gender
            resolver.forward = True
            resolver.forward_genders.add(who.gender)
        elif who.speaker and not who.pronoun and self.forward and resolver.is_person(who.speaker):
            # a "she" waits on past a man named as a speaker (and a "he" past a woman)
            waiting = []
            for i in self.forward:
                if resolver.fits(who.speaker, self.forward_gender.get(i)):
                    self.claims[i].speaker = who.speaker
                    self.claims[i].speaker_group = None
                else:
                    waiting.append(i)
            self.forward = waiting
            resolver.forward = bool(waiting)
            resolver.forward_genders = {self.forward_gender.get(i) for i in waiting}
        if who.speaker and attribution != "ACCORDING_TO":  # data do not go on in quotes
            self.last_said = (self.ex.doc.passage_at(self.claims[index].start), who)
        elif attribution == "ACCORDING_TO":
            self.last_said = None

    def set_speaker(self, index: int, who: Resolved) -> None:
        claim = self.claims[index]
        claim.speaker = who.speaker
        claim.speaker_group = None if who.speaker else who.group
        self.surfaces[index] = who.surface
        self.resolver.note_person(who.speaker)


# Guillemets (« », used for quotations in Russian, French and their translations) read as
# curly double quotes; one character for one, so every offset stays valid.
_GUILLEMETS = str.maketrans("«»", "“”")


def extract_claims(ex: Extraction) -> list[ClaimDraft]:
    """The claims of ``ex``; a text quoting with guillemets is read as if with “ ” and the
    claims keep the document's own characters."""
    original = ex.doc.text
    if "«" not in original:
        return _extract_claims(ex)
    ex.doc.text = original.translate(_GUILLEMETS)
    try:
        claims = _extract_claims(ex)
    finally:
        ex.doc.text = original
    for claim in claims:
        claim.text = original[claim.start : claim.end]
    return claims


def _extract_claims(ex: Extraction) -> list[ClaimDraft]:
    state = _Doc(ex)
    doc, text = ex.doc, ex.doc.text
    for sent in _sentences(ex):
        pidx = doc.passage_at(sent.start)
        passage = doc.passages[pidx] if pidx is not None else None
        if passage is not None and _headline(state, pidx, passage, sent):
            continue
        if passage is not None and not is_claim_passage(passage.kind, text[sent.start : sent.end]):
            listing = list_intro(sent.start, text[sent.start : sent.end])
            if listing is not None:  # "Key statements by Lavrov:" set as a heading
                who = state.resolve(listing)
                state.listing = (who, pidx, 0) if who.speaker else None
            elif pidx is not None and _following_intro(text[sent.start : sent.end]):
                _following(state, pidx)  # "The following are noteworthy:" set as a heading
            continue
        section = passage.section if passage else None
        start, end = trim(text, sent.start, sent.end)
        if end <= start:
            continue
        body = text[start:end]
        _sentence(state, pidx, section, start, end, body)
    _drop_pending(state)
    _named_later(state)
    _headline_named_below(state)
    _link_mentions(state)
    return state.claims


def _headline(state: _Doc, pidx: int | None, passage: PassageDraft, sent: Span) -> bool:
    """An article's headline naming its source ("X says …", "… – X"), or a related-story
    line crediting one ("READ MORE: … – X"): a claim of that source (loaders.claims.headlines)."""
    ex, text = state.ex, state.text
    heading = passage.kind == PassageKind.HEADING
    whole = passage.kind == PassageKind.PARAGRAPH and not text[passage.start : sent.start].strip()
    if ex.doc.kind != DocumentKind.ARTICLE or not (heading or whole):
        return False
    if not heading and text[sent.end : passage.end].strip():
        return False
    line = credited_headline(sent.start, text[sent.start : sent.end])
    # a page's headline set as a paragraph: near the top, before anyone has spoken
    top = (
        line is not None
        and line.form in ("colon", "role")
        and pidx is not None
        and pidx < _TOP_PASSAGES
        and all(c.attribution == "AUTHOR" for c in state.claims)
    )
    opening = line is not None and line.form in ("colon", "role")
    if line is None or (not heading and not line.credit and not top):
        return False
    state.pidx = pidx
    state.resolver.sentence_start = sent.start
    if opening:
        return _opening_source(state, line, passage)
    who = state.resolver.resolve(
        *line.who, allow_new=not line.credit, new_bodies=False, anchor="end"
    )
    entity = ex.entities.get(who.speaker) if who.speaker else None
    if entity is None and line.credit and heading:
        # "… - China’s Commerce Minister", "…, says Chinese diplomat": the person the body
        # names with that role (_headline_named_below)
        role = text[line.who[0] : line.who[1]]
        if any(is_role_word(w) for w in role.split()):
            state.add(line.start, line.end, "REPORTED_SPEECH", Resolved(), passage.section)
            state.headline_roles[len(state.claims) - 1] = (role, None)
            return True
    if entity is None or who.author or (line.credit and entity.kind == "STATE"):
        return False
    state.add(line.start, line.end, "REPORTED_SPEECH", who, passage.section)
    return True


_TOP_PASSAGES = 3  # how far into a page a headline set as a paragraph may sit


def _opening_source(state: _Doc, line: Headline, passage: PassageDraft) -> bool:
    """A headline opened by its source: "Lavrov: West seeks …" (a known person or body, not
    a state, which a colon sets off as a topic: "China: …"), or by a role, "Energy minister:
    Russia's deliveries …", "Russian defense minister announces …": the person the body
    names with that role (:func:`_headline_named_below`). A word the page glued before the
    source ("EN President Tokayev: …") is dropped."""
    text, ex = state.text, state.ex
    start, end = line.who
    words = text[start:end].split()
    if line.form == "role" and not is_role_word(words[-1]):
        return False
    if any(c.start <= line.start < c.end for c in state.claims):
        return False
    for drop in range(min(2, len(words) - 1) + 1):
        at = start
        for word in words[:drop]:
            at = text.index(word, at) + len(word)
        at += len(text[at:end]) - len(text[at:end].lstrip())
        who = state.resolver.resolve(at, end, allow_new=False, new_bodies=False, anchor="end")
        entity = ex.entities.get(who.speaker) if who.speaker else None
        role = any(is_role_word(w) for w in text[at:end].split())
        person = who.speaker is not None and state.resolver.is_person(who.speaker)
        spoke = entity is not None and not who.author and entity.kind != "STATE"
        claim_start = at if line.form == "colon" else line.start
        if spoke and (not role or person):
            state.add(claim_start, line.end, "REPORTED_SPEECH", who, passage.section)
            return True
        if role:
            state.add(claim_start, line.end, "REPORTED_SPEECH", Resolved(), passage.section)
            state.headline_roles[len(state.claims) - 1] = (text[at:end], who.speaker)
            return True
    return False


def _named_later(state: _Doc) -> None:
    """ "…, said a Russian education official on Tuesday." then "…, said Margarita
    Barzhanova, the representative of the Russian Ministry of Education": an unnamed person
    the next statements name, described with the same words, is that person."""
    claims, text = state.claims, state.text
    for i, claim in enumerate(claims):
        if claim.speaker or not claim.speaker_group or not unnamed_one(claim.speaker_group):
            continue
        words = _content_words(claim.speaker_group)
        for later, surface in zip(
            claims[i + 1 : i + 3], state.surfaces[i + 1 : i + 3], strict=False
        ):
            if not later.speaker or not state.resolver.is_person(later.speaker) or not surface:
                continue
            if later.start - claim.end > _NAMED_LATER_CHARS:
                break
            # the title written before the name counts too ("…,” Kremlin science adviser X
            # said"), from the last comma or quotation mark before it
            title = re.split(r"[,;:“”\"]", text[max(0, surface[0] - 60) : surface[0]])[-1]
            around = _content_words(title + " " + text[surface[0] : surface[1] + 150])
            if words & around:
                claim.speaker, claim.speaker_group = later.speaker, None
            break


# The attribution ending a headline: "…, China foreign minister says", "…, the PM's aide said".
_HEADLINE_ROLE = re.compile(
    r",\s+(?P<who>(?:[\w'’.-]+\s+){1,6}?)(?:has\s+|have\s+)?(?:said|says|told\s+[\w\s]{1,30}|"
    r"warned|warns|announced|claims|claimed)\s*[.!]?\s*$"
)
_BELOW_CHARS = 800


def _headline_named_below(state: _Doc) -> None:
    """ "Talks will resume, Norway trade minister says" as an article's heading, then "Norway's
    Trade Minister Ola Brenne told …" in its first lines: the headline's role, unnamed in it,
    is the person the body names with that role (the role word and another word of it near
    the name)."""
    claims, text, doc = state.claims, state.text, state.ex.doc
    if doc.kind != DocumentKind.ARTICLE:
        return
    for i, claim in enumerate(claims):
        pidx = doc.passage_at(claim.start)
        if claim.speaker or pidx is None:
            continue
        if doc.passages[pidx].kind != PassageKind.HEADING and i not in state.headline_roles:
            continue
        m = _HEADLINE_ROLE.search(claim.text)
        opened = state.headline_roles.get(i)  # "Energy minister: …" (_opening_source)
        words = m.group("who").split() if m else opened[0].split() if opened else []
        if not any(is_role_word(w) for w in words):
            continue
        role = {w.lower().strip(".,'’") for w in words if is_role_word(w)}
        other = {w[:4] for w in _content_words(" ".join(words))} - {w[:4] for w in role}

        named = next(
            (
                later.speaker
                for later, surface in zip(
                    claims[i + 1 : i + 4], state.surfaces[i + 1 : i + 4], strict=False
                )
                if later.start - claim.end <= _BELOW_CHARS
                and later.speaker
                and state.resolver.is_person(later.speaker)
                and surface
                and _titled(text, claim.end, surface, role, other)
            ),
            None,
        )
        if named is None and opened is not None:
            # the body's quotations may name nobody ("Russian Ambassador: …" over an
            # interview): the first person written below with the role
            named = next(
                (
                    m.entity
                    for m in state.resolver.mentions_in(claim.end, claim.end + _BELOW_CHARS)
                    if state.resolver.is_person(m.entity)
                    and _titled(text, claim.end, (m.start, m.end), role, other)
                ),
                opened[1],
            )
        if named is not None:
            claim.speaker, claim.speaker_group = named, None
            if claim.attribution == "AUTHOR":
                claim.attribution = "REPORTED_SPEECH"


def _titled(
    text: str, after: int, surface: tuple[int, int], role: set[str], other: set[str]
) -> bool:
    """Whether the name at `surface` is written with the role's word and another of its
    words around it (not before `after`): "Russian Ambassador to China Andrey Denisov"."""
    near = text[max(after, surface[0] - 80) : min(len(text), surface[1] + 150)]
    seen = {w.lower() for w in _CONTENT_WORD.findall(near)}
    return bool(role & seen and other & {w[:4] for w in seen})


def _content_words(s: str) -> set[str]:
    return {w.lower() for w in _CONTENT_WORD.findall(s)} - _ROLE_STOP


_ROLE_STOP_WORDS = """the and for from with senior top former deputy official officials source
    sources diplomat diplomats expert analyst executive spokesperson spokesman spokeswoman aide
    adviser advisor representative person one another who said says told tuesday monday
    wednesday thursday friday saturday sunday"""
_ROLE_STOP = frozenset(_ROLE_STOP_WORDS.split())
_CONTENT_WORD = re.compile(r"[A-Za-z][\w-]{2,}")
_THAT = re.compile(r"\bthat\b")
_WORD = re.compile(r"\w+")
_NAMED_LATER_CHARS = 600


_REPORTS_CLAUSE = re.compile(
    r"\b\w+ed(?:\s+to\s+(?:the\s+|his\s+|her\s+)?[\w-]+(?:\s+[A-Z][\w-]*)?)?\s+that\b"
)


# A box label announcing a list of what the page's speaker said: "Key points:", "Main
# statements", "Key takeaways:".
_POINTS_LABEL = re.compile(
    r"(?i:(?:key|main|major|principal)\s+(?:points|statements|theses|takeaways|quotes))\s*:?"
)
# A title naming one person's words: "Interview with the Russian Ambassador to China X".
_WORDS_TITLE = re.compile(
    r"(?i:\binterview|\bstatement|\bspeech|\bremarks|\baddress|\bbriefing|\barticle\b)"
)


def _points_under_title(state: _Doc, pidx: int | None, section: str | None) -> None:
    """ "Interview with the Russian Ambassador to China I.V.Morgulov TASS" as the page's title,
    then "Key points:" over bullets: the items are the one person the title names."""
    if state.listing is not None or pidx is None or not section:
        return
    if section in state.points_seen or not _POINTS_LABEL.fullmatch(section.strip()):
        return
    state.points_seen.add(section)
    doc = state.ex.doc
    head = doc.passages[0] if doc.passages else None
    if head is None or head.kind != PassageKind.HEADING:
        return
    title = state.text[head.start : head.end]
    people = state.resolver.persons_between(head.start, head.end)
    if _WORDS_TITLE.search(title) and len(people) == 1:
        state.listing = (Resolved(speaker=people.pop()), pidx, 0)


def _listed(
    state: _Doc, pidx: int | None, section: str | None, start: int, end: int, body: str
) -> bool:
    """An item of the statements a "Key statements by X:" sentence announced: X's, while the
    items follow one another (bullets, or short paragraphs), unless it names its own source
    (the items after it go on being X's)."""
    if state.listing is None or pidx is None:
        return False
    who, at, count = state.listing
    if not is_claim_text(body):
        state.listing = None  # page furniture after the items ("Loading ...") ends the list
        return False
    text = passage_text(state, pidx)
    bullet = _BULLET.match(text) is not None
    item = bullet or len(text.split()) <= _ITEM_WORDS
    if not bullet and at is not None and pidx != at and count:
        # after bulleted items, a paragraph without a bullet ends the list
        item = item and _BULLET.match(passage_text(state, at)) is None
    # the next paragraph, a heading between skipped ("Read on the website")
    between = state.ex.doc.passages[at + 1 : pidx] if at is not None else []
    follows = (
        at is not None and at <= pidx and all(p.kind != PassageKind.PARAGRAPH for p in between)
    )
    if not follows or not item or count >= _MAX_ITEMS:
        state.listing = None
        return False
    state.listing = (who, pidx, count + 1)
    # "… are likely to fear" is none; "X confirmed to Putin that …" (a clause reported) is X's
    clause = _REPORTS_CLAUSE.search(body, 0, 200) is not None
    own = any(not cue.weak or (cue.verb and clause) for cue in reported(start, body))
    if find_quotes(start, body) or according_to(start, body) or own:
        return False  # an item naming its own source is not X's; the items after it may be
    state.add(start, end, "REPORTED_SPEECH", who, section)
    return True


def _colon_follow(
    state: _Doc, pidx: int | None, section: str | None, start: int, end: int, body: str
) -> bool:
    """ "X stressed that the partnership rests on one man:" closing a paragraph, then a
    paragraph without marks: a quotation set as a block, X's words (each of its sentences a
    DIRECT_QUOTE of X) unless a sentence names a source of its own. A block that opens a
    quotation mark runs on to its closing mark, into the next paragraph too ('"We see … ¶
    … these supplies."'), whatever cue words it holds ("I think that", "to put it mildly")."""
    if pidx is None:
        return False
    if state.colon is not None and state.colon[0] == pidx - 1 and quote_runs_on(state, pidx, start):
        state.colon = (pidx, state.colon[1], state.colon[2])
    if state.colon is None or state.colon[0] != pidx:
        state.colon = None
        prev = state.claims[-1] if state.claims else None
        doc = state.ex.doc
        opens = not state.text[doc.passages[pidx].start : start].strip()
        if (
            prev is None
            or not opens
            or prev.attribution not in ("REPORTED_SPEECH", "DIRECT_QUOTE")
            or prev.speaker is None
            or not prev.text.rstrip().endswith(":")
            or doc.passage_at(prev.start) != pidx - 1
            or state.text[prev.end : doc.passages[pidx - 1].end].strip()
        ):
            return False
        quoted = body.lstrip()[:1] in QUOTE_OPEN and not find_quotes(start, body)
        state.colon = (pidx, Resolved(speaker=prev.speaker), quoted)
    if state.colon[2]:  # inside the quotation the block opened: its speaker's words
        state.add(start, end, "DIRECT_QUOTE", state.colon[1], section)
        if closes_quote(body):
            state.colon = None
        return True
    if find_quotes(start, body) or according_to(start, body) or reported(start, body):
        state.colon = None
        return False
    state.add(start, end, "DIRECT_QUOTE", state.colon[1], section)
    return True


# A sentence announcing a list of someone's findings: "the following are noteworthy:",
# "Among his main conclusions:".
_FOLLOWING = re.compile(
    r"(?:\bthe\s+following\b|\b(?:these|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:conclusions|"
    r"findings|points|arguments|observations|results|recommendations|proposals)\b)[^:]{0,80}:\s*$",
    re.IGNORECASE,
)


def _following_intro(text: str) -> bool:
    """`_FOLLOWING.search(text)`, asked only of a text ending on a colon (then white space):
    every match does."""
    return text.rstrip().endswith(":") and _FOLLOWING.search(text) is not None


def _following(state: _Doc, pidx: int) -> None:
    """X's survey … ¶ "Among the others, the following are especially noteworthy:": the
    items after it are the findings of the last person who spoke."""
    who = _last_person_said(state, pidx)
    if who is not None:
        state.listing = (who, pidx, 0)


def _last_person_said(state: _Doc, pidx: int) -> Resolved | None:
    """The person who made the last attributed statement, in this paragraph or the two
    before it, when no other statement came after theirs."""
    for claim in reversed(state.claims):
        if state.ex.doc.passage_at(claim.start) not in range(pidx - 2, pidx + 1):
            return None
        if claim.attribution == "AUTHOR":
            continue
        speaker = claim.speaker
        if speaker is None or speaker == state.author or not state.resolver.is_person(speaker):
            return None
        return Resolved(speaker=speaker)
    return None


_BULLET = re.compile(r"^\s*(?:[-–—•*▪●]|\d{1,2}[.)])\s+")
_ITEM_WORDS = 40
_MAX_ITEMS = 12


def _drop_pending(state: _Doc) -> None:
    """Quotations still waiting for a speaker that nobody named: the fallback's, if any."""
    if state.fallback is not None:
        for index in state.pending:
            state.set_speaker(index, state.fallback)
        if state.pending:
            passage = state.ex.doc.passage_at(state.claims[state.pending[-1]].start)
            state.last_quote = (passage or 0, state.fallback, "DIRECT_QUOTE")
    state.pending = []
    state.fallback = None


# A dialogue dash opening a paragraph (not a list's hyphen): "– We are ready, …"
_DASH = re.compile(r"(?:[–—]|-(?=\s))\s*[A-Z“\"]")


def _dash_opened(state: _Doc, pidx: int | None, start: int, body: str) -> bool:
    """Whether the sentence opens its paragraph with a dialogue dash and names no speaker,
    while a later sentence of the paragraph closes on an attribution ("…, X said.")."""
    if pidx is None:
        return False
    passage = state.ex.doc.passages[pidx]
    lead = state.text[passage.start : start]
    if len(lead.strip()) > 1 or not _DASH.match((lead + body[:3]).lstrip()):
        return False  # (the dash may have been trimmed off the sentence)
    # the speech cues last: the tests above are cheap and turn most sentences away
    if reported(start, body):
        return False
    rest = state.text[start + len(body) : passage.end]
    return _CLOSING_CUE.search(rest) is not None


# A paragraph's closing attribution: "…, Hua said." / "…, the minister added."
_CLOSING_CUE = re.compile(
    r",\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|he|she|(?:the\s+)?[a-z]+)\s+"
    r"(?:said|says|added|adds|noted|notes|stressed|explained|continued|concluded)\.?\s*$"
    # "…, – says the head of the union.": the Russian dash style, the verb before its subject
    r"|,\s*[-–—]\s*(?:said|says|added|adds|noted|notes|explained|explains)\s+"
    r"[\w'’. -]{2,80}?\.?\s*$"
)


# A line opening on its source's name and a colon: "FT: Xi went further …" (a thread's way
# of saying who reported what).
_SOURCE_COLON = re.compile(r"(?P<who>[A-Z@][\w@.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}):\s+(?=[\w“\"])")


def _labelled_line(state: _Doc, section: str | None, start: int, end: int, body: str) -> bool:
    """ "FT: Xi went further than before.", "Peskov: no talks are planned.": the outlet or
    person named before the colon says what follows it."""
    m = _SOURCE_COLON.match(body)
    if m is None or not is_claim_text(body[m.end() :]):
        return False
    a, b = start, start + m.end("who")
    heads = state.resolver.exact_mentions(a, b)
    label = m.group("who")
    capitals = label.isupper() and len(label) > 3  # "PATRICIA KIM:", "BRANDS:" (a transcript)
    named = state.resolver.person_named(label) if not heads and capitals else None
    if not heads and named is None:
        return False
    key = heads[0].entity if heads else named
    person = state.resolver.is_person(key)
    if not (_is_media(state, key) or person):
        return False
    paragraph = passage_text(state, state.pidx)
    if not person and "?" in paragraph:
        return True  # "RIA Novosti: I have two questions. …?": a reporter asks, no claim
    who = Resolved(speaker=key, surface=(a, b))
    said = quoting(body[m.end() :])
    answer = state.pidx is not None and state.answers.get(state.pidx) == key
    if person and said == "REPORTED_SPEECH" and (answer or FIRST_PERSON_WORDS.search(paragraph)):
        said = "DIRECT_QUOTE"  # "Zhao Lijian: Regarding the first question, … we have": verbatim
    state.add(start + m.end(), end, said, who, section)
    # a person's turn speaking in the first person goes on in the paragraph's next sentences
    # up to the next label ("Andrei Denisov: I've been dealing with China … My first visit
    # here was …" set in one paragraph with the questions)
    first = person and (capitals or FIRST_PERSON_WORDS.search(body[m.end() :]) is not None)
    state.turn = (state.pidx, who) if first else None
    return True


def _in_turn(
    state: _Doc, pidx: int | None, section: str | None, start: int, end: int, body: str
) -> bool:
    """A sentence after a person's labelled first-person sentence, in the same paragraph,
    naming no source of its own and no label: the same person's words."""
    turn = state.turn
    if turn is None or turn[0] != pidx or pidx is None:
        state.turn = None
        return False
    if _SOURCE_COLON.match(body) or body.rstrip().endswith("?"):
        return False
    if reported(start, body) or according_to(start, body):
        state.turn = None
        return False
    state.add(start, end, "DIRECT_QUOTE", turn[1], section)
    return True


def _sentence(
    state: _Doc, pidx: int | None, section: str | None, start: int, end: int, body: str
) -> None:
    state.resolver.sentence_start = start
    state.pidx = pidx
    named = piece_named(start, body)
    if named is not None:  # "…, says a poll from the X Center": "the poll" may follow
        maker = state.resolver.resolve(*named, allow_new=False, anchor="start")
        if maker.speaker and not state.resolver.is_person(maker.speaker):
            state.piece = (pidx, maker)
            state.piece_noun = (state.piece, piece_noun(body))
    state.resolver.prev_subject = state.subject
    state.resolver.prev_actor = state.actor
    state.figures = False
    state.subject = state.resolver.subject_at(start)
    state.actor = state.resolver.clause_actor(start, end)
    # A quotation waiting for its speaker: does this sentence name one?
    if state.pending and state.pending_passage != pidx:
        # "“…”" as a paragraph, then "That was the message of X …" / "So said X, …" opening
        # the next one: the quotation waits one paragraph for its speaker
        after = (
            pidx is not None
            and state.pending_passage is not None
            and pidx == state.pending_passage + 1
            and (_NAMES_BACK.match(body) is not None or _CUE_ONLY.match(body.strip()) is not None)
        )
        if not after:
            _drop_pending(state)
        else:
            state.pending_passage = pidx
    if state.pending and pidx == state.pending_passage:
        signed = _SIGNED.fullmatch(body.strip())
        if signed is not None:
            # "“…” Ivo Ruml." / "“…” – Ivo Ruml.": a person's full name alone after the
            # quotation signs it; the name says nothing itself
            lead = len(body) - len(body.lstrip())
            who = state.resolver.resolve(
                start + lead + signed.start("who"),
                start + lead + signed.end("who"),
                allow_new=False,
                anchor="start",
            )
            if who.speaker and state.resolver.is_person(who.speaker):
                for index in state.pending:
                    state.set_speaker(index, who)
                state.last_quote = (pidx or 0, who, "DIRECT_QUOTE")
                state.pending = []
                state.fallback = None
                return
    if state.pending:
        cues = [c for c in (view_of(start, body), according_to(start, body)) if c]
        cues += reported(start, body)
        who = next((w for w in map(state.resolve, cues) if w.speaker or w.group), None)
        dashed = state.dashed is not None and state.dashed == pidx
        if who is None and dashed and not cues:
            # "– We are ready. We will act. …, X said.": the dash's quotation goes on
            state.pending.append(state.add(start, end, "DIRECT_QUOTE", Resolved(), section))
            return
        if who is not None:
            for index in state.pending:
                state.set_speaker(index, who)
            state.last_quote = (pidx or 0, who, "DIRECT_QUOTE")
            state.pending = []
            state.fallback = None
            short = len(body.split()) <= 30 and not _THAT.search(body[1:])
            if short and not dashed:
                return  # "That was how Ivanov put it." names the speaker and says nothing
        _drop_pending(state)
    state.dashed = None
    if _dash_opened(state, pidx, start, body):
        # "– This is a typical question, using a biased word. We follow it, Hua said.": a
        # paragraph opened by a dash quotes the speaker its closing attribution names
        state.pending = [state.add(start, end, "DIRECT_QUOTE", Resolved(), section)]
        state.pending_passage = state.dashed = pidx
        return
    if continued_quote(state, pidx, section, start, end, body):
        return
    _points_under_title(state, pidx, section)
    if _listed(state, pidx, section, start, end, body):
        return
    if _colon_follow(state, pidx, section, start, end, body):
        return
    listing = list_intro(start, body)
    if listing is not None:  # "Key statements by Lavrov at the press conference:"
        who = state.resolve(listing)
        state.listing = (who, pidx, 0) if who.speaker else None
        if who.speaker:
            return
    elif pidx is not None and _following_intro(body):
        _following(state, pidx)
    intro = intro_for_next(start, body)
    if intro is not None:
        state.intro = intro
        if len(body.split()) <= 12:
            return
    quotes = find_quotes(start, body)
    if quotes:
        closing = [c for c in reported(start, body) if c.who is not None and not c.weak]
        for i, q in enumerate(quotes):
            later = next((r.cue for r in quotes[i + 1 :] if r.cue is not None), None)
            if later is None and q is quotes[-1] and len(closing) == 1:
                # "“A” to keep their own “hegemony,” X said.": a cue after the last quotation
                # the quotation finder did not tie to it (the words between are the writer's)
                later = closing[0] if closing[0].who[0] >= q.end else None
            readout = _readout_speaker(state, q.start, q.end)
            if readout is not None:
                who = readout  # "“Wang said that A,” the ministry said": Wang's words relayed
            elif q.cue is not None:
                who = state.resolve(q.cue)
            elif later is not None:
                # "“A” to keep their own “B,” X said.": the sentence's one cue, after its
                # last quotation, names the speaker of the ones before it too
                who = state.resolve(later)
            elif state.intro is not None:
                who = state.resolve(state.intro)
            elif state.last_quote and state.last_quote[0] == pidx:
                who = state.last_quote[1]
            elif quote_paragraph(state, pidx, body):
                assert state.last_quote is not None
                who = state.last_quote[1]  # a paragraph that only quotes: the same speaker
            elif q.start - start <= 1 and said_before(state, pidx, body):
                assert state.last_said is not None
                who = state.last_said[1]  # "X noted that …. “…”": X goes on quoting
            elif said_paragraph(state, pidx, body):
                # "X said that …" then a paragraph of X's words, unless the sentence after
                # the quotation names another speaker ("“…” That was how Y put it.")
                assert state.last_said is not None
                who, state.fallback = None, state.last_said[1]
            elif state.opener and state.opener[0] == pidx:
                who = state.resolver.resolve(*state.opener[1:], anchor="start")
                who = who if who.speaker else None
            else:
                who = None
            index = state.add(q.start, q.end, "DIRECT_QUOTE", who or Resolved(), section)
            if who is None:
                state.pending.append(index)
                state.pending_passage = pidx
            else:
                state.last_quote = (pidx or 0, who, "DIRECT_QUOTE")
        lead = _SAID_THAT.match(body)
        head = body[lead.end() : quotes[0].start - start] if lead else ""
        head = _HEAD_TRAIL.sub("", head)
        if lead and state.last_quote and len(head.split()) >= MIN_QUOTE_WORDS:
            # "He added that A could limit growth, but “B,” he said.": A is reported speech
            # of the quotation's speaker, before the quoted words
            state.add(
                start,
                start + lead.end() + len(head),
                "REPORTED_SPEECH",
                state.last_quote[1],
                section,
            )
        open_quote(state, pidx, section, start, end, body)
        tail = _ADDING.search(body, quotes[-1].end - start)
        if tail and state.last_quote and len(body[tail.end() :].split()) >= MIN_QUOTE_WORDS:
            # "“…,” Xu said, adding that most graduates stay on": the rest is reported speech
            state.add(start + tail.end(), end, "REPORTED_SPEECH", state.last_quote[1], section)
        state.intro = None
        return
    if open_quote(state, pidx, section, start, end, body):
        state.intro = None
        return
    state.intro = None
    quoted_before = state.last_quote if state.last_quote and state.last_quote[0] == pidx else None
    state.last_quote = None
    opener = _OPENER.match(body)
    state.opener = (pidx, start, start + opener.end(1)) if opener else None
    if not is_claim_text(body):
        data_release(state, pidx, start, body)
        subject = state.subject  # "Peskov was more cautious." (no claim): may quote next
        person = subject is not None and state.resolver.is_person(subject)
        state.last_said = (pidx, Resolved(speaker=subject)) if person else None
        return
    if _in_turn(state, pidx, section, start, end, body):
        return
    if _labelled_line(state, section, start, end, body):
        return
    figures = bool(state.statistics_in(start, end)) or has_figure(body)
    state.figures = figures
    if _reported_back(state, pidx, section, start, end, body):
        return
    cue = according_to(start, body)
    if cue is not None:
        according_to_sentence(state, pidx, section, start, end, body, cue)
        return
    if sourced(state, pidx, section, start, end, body, figures):
        return
    cues = _relayed_last(state, reported(start, body))
    circumstances = _circumstances(state, start, body) if cues else []
    conceded = _FRONTED_CONCESSION.match(body)
    conceded_end = start + conceded.end() if conceded else -1
    for cue in cues:
        if cue.who is not None and any(a < cue.who[1] and cue.who[0] < b for a, b in circumstances):
            continue  # "Prices fell after X announced tariffs": X's clause is a circumstance
        if (
            cue.who is not None
            and cue.who[1] <= conceded_end
            and any(c.who is not None and c.who[0] >= conceded_end for c in cues)
        ):
            continue  # "Although many have posted their views, X warned …": X's sentence
        who = _antecedent(state, start, cue) or state.resolve(cue)
        if who.found:
            keep = (
                state.carry is not None
                and state.carry.passage == pidx
                and not state.carry.data
                and who.speaker is not None
                and state.carry.who.speaker == who.speaker
            )
            if not keep:
                state.carry = None  # someone else speaks now
            assert cue.who is not None
            # "A met 40 times, and experts say that B": A is the author's, B the experts'
            joint = _JOINED.search(body[: cue.who[0] - start])
            if joint and len(body[: joint.start()].split()) >= 5 and not who.author:
                state.add(start, start + joint.start(), "AUTHOR", Resolved(), section)
                state.add(start + joint.end(), end, "REPORTED_SPEECH", who, section)
                return
            adding = _ADDING_ANY.search(body)
            if (
                adding
                and quoting(body[adding.end() :]) == "DIRECT_QUOTE"
                and quoting(body[: adding.start()]) == "REPORTED_SPEECH"
            ):
                # "A is B, X said, adding that “C …”": A reported, C in X's own words
                state.add(start, start + adding.start(), "REPORTED_SPEECH", who, section)
                state.add(start + adding.end(), end, "DIRECT_QUOTE", who, section)
                return
            if _two_speakers(state, section, start, end, body, cue, who, cues):
                return
            if cue.clause is not None and not who.author and cue.clause > start:
                # "…, the plan drew criticism from X, which accused Y of …": X's clause
                head = body[: cue.clause - start].rstrip(" ,")
                if is_claim_text(head):
                    state.add(start, start + len(head), "AUTHOR", Resolved(), section)
                state.add(cue.clause, end, "REPORTED_SPEECH", who, section)
                return
            attribution = quoting(body)
            if cue.verb == "called" and _NAMED_IN_QUOTES.search(body):
                # "X called the ties ‘an alliance in the full sense’": the words are X's own
                attribution = "DIRECT_QUOTE"
            state.add(start, end, attribution, who, section)
            if who.speaker and not who.author and closes_paragraph(start, body, cue):
                credit_back(state, pidx, start, who)
            if _presents(state, body, start, cue, who):
                # "X, a fellow at Y, outlined the features of …. A is B.": X's account
                state.carry = Carry(who, "REPORTED_SPEECH", pidx, data=False, across=False)
            return
    intro = view_intro(start, body)
    if intro is not None:
        who = state.resolve(Cue("REPORTED_SPEECH", intro))
        if who.speaker:
            state.carry = Carry(who, "REPORTED_SPEECH", pidx, data=False)
    elif state.carry is not None:
        ptext = passage_text(state, pidx)
        if state.carry.applies(pidx, figures, ptext):
            state.carry.passage = pidx
            state.add(start, end, state.carry.attribution, state.carry.who, section)
            return
    if (
        quoted_before is not None
        and quoting(body) == "DIRECT_QUOTE"
        and state.subject in (None, quoted_before[1].speaker)
    ):
        # "X said “…”. Still, he “used the summit to …”": more words of the same speaker
        state.add(start, end, "DIRECT_QUOTE", quoted_before[1], section)
        state.last_quote = quoted_before
        return
    subject = state.subject
    if (
        subject is not None
        and subject not in (state.author, state.ex.publisher)
        and _own_words(body)
    ):
        # "Japan's Defense Ministry reacted, scrambling jets to “strictly implement air
        # defense measures …”": words quoted in the subject's own sentence are its words
        who = Resolved(speaker=subject)
        state.add(start, end, "DIRECT_QUOTE", who, section)
        state.last_quote = (pidx or 0, who, "DIRECT_QUOTE")
        return
    who = _clause_subject(state, start, body)
    if who is not None:
        # no listed shape matched, but a communication verb's subject is a speaker
        state.add(start, end, quoting(body), who, section)
        return
    unmarked = _unmarked_words(state, pidx, body)
    if unmarked is not None:
        # "…, X said. ¶ If this goes on, we will see it as a joint effort.": the speaker's
        # first-person words, their marks dropped (a translated or paraphrased quotation)
        state.add(start, end, "DIRECT_QUOTE", unmarked, section)
        return
    continued = _continued_report(state, pidx, section, start, body)
    if continued is not None:
        # "X said that new markets matter. However, it is necessary to focus on frozen
        # crab.": the speaker's advice or forecast goes on in the next sentence
        state.add(start, end, "REPORTED_SPEECH", continued, section)
        return
    state.add(start, end, "AUTHOR", Resolved(), section)  # (an interview's answer: see add)


def _readout_speaker(state: _Doc, start: int, end: int) -> Resolved | None:
    """A quotation that opens by naming a person and a speech verb with "that" ("“Ivo Ruml
    said that A,” the ministry said": a body's readout of what the person said): the person."""
    inner = _SAID_THAT.match(state.text, start, end)
    if inner is None or inner.group(0).split()[0] in ("He", "She", "They", "It"):
        return None
    who = state.resolve(Cue("DIRECT_QUOTE", (start, start + len(inner.group("who")))))
    return who if who.speaker and state.resolver.is_person(who.speaker) else None


def _unmarked_words(state: _Doc, pidx: int | None, body: str) -> Resolved | None:
    """The speaker of an article's sentence in the first person without quotation marks,
    right after that speaker's statement (the sentence before, in this paragraph or the
    one before): a news article's writer does not say "we" or "our". Not in threads,
    reports or opinion pieces with a byline's voice ("As we reported …" is the outlet's)."""
    last = state.last_said
    if state.ex.doc.kind != DocumentKind.ARTICLE or last is None or pidx is None:
        return None
    if last[0] not in (pidx, pidx - 1) or any(m in body for m in '“”"«»'):
        return None
    who = last[1]
    if not who.speaker or who.author or who.pronoun or who.speaker == state.author:
        return None
    if not _FIRST_PERSON.search(body) or _OUTLET_WE.search(body):
        return None
    return who


# What a news writer does not say in their own voice: advice and forecasts (see kinds.py).
_SPEAKERS_KINDS = frozenset({"RECOMMENDATION", "FORECAST"})
# A sentence opening on its own time or topic starts the writer's account again.
_NEW_ACCOUNT = re.compile(
    r"^(?:meanwhile|earlier|previously|last\s+\w+|in\s+(?:19|20)\d\d|at\s+the\s+same\s+time|"
    r"according\b|separately|also\s+on|on\s+(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday))\b",
    re.IGNORECASE,
)


def _continued_report(
    state: _Doc, pidx: int | None, section: str | None, start: int, body: str
) -> Resolved | None:
    """The speaker of an article's advice or forecast, without a cue of its own, that comes
    right after that speaker's reported statement in the same paragraph ("X said that …. It
    is necessary to …" / "… the company will limit supplies."): a news article reports such
    judgements, it does not make them. Not after a quotation (a quotation ends a statement),
    not when the sentence has a subject of its own that is someone else, not in threads,
    reports or opinion pieces, whose writers do advise and forecast."""
    if state.ex.doc.kind != DocumentKind.ARTICLE or pidx is None or not state.claims:
        return None
    last = state.claims[-1]
    if last.attribution != "REPORTED_SPEECH" or last.speaker is None or not _THAT.search(last.text):
        return None  # "X said that …", not a judgement ("X described the plan as reckless")
    if last.speaker == state.author or state.ex.doc.passage_at(last.start) != pidx:
        return None
    if state.text[last.end : start].strip(" \t.\"”’'") or any(m in body for m in '“”"«»'):
        return None  # not the very next sentence, or words in marks (a quotation's business)
    if _NEW_ACCOUNT.match(body.lstrip()):
        return None
    if classify(body, section=section) not in _SPEAKERS_KINDS:
        return None
    subject = state.subject
    if subject is not None and subject != last.speaker:
        return None
    return Resolved(speaker=last.speaker)


def _mention_spans(state: _Doc, start: int, body: str) -> list[tuple[int, int]]:
    """Where the sentence's entity mentions are, for loaders.claims.clauses."""
    return [(m.start, m.end) for m in state.resolver.mentions_in(start, start + len(body))]


def _circumstances(state: _Doc, start: int, body: str) -> list[tuple[int, int]]:
    return circumstance_subjects(start, body, _mention_spans(state, start, body))


def _clause_subject(state: _Doc, start: int, body: str) -> Resolved | None:
    """The speaker of a sentence the cue rules left in the author's voice: the first subject
    of a communication verb (loaders.claims.clauses) that resolves to a named entity."""
    for cue, _kind in clause_subjects(start, body, _mention_spans(state, start, body)):
        who = state.resolve(cue)
        if who.speaker and not who.author:
            return who
    return None


# A speaker presenting a topic: the sentences after it in the paragraph are the account.
_PRESENTING = re.compile(
    r"^(?:,[^.;:“”\"]{2,240}?,)?\s+(?:(?:also|briefly|then|\w+ly)\s+)?(?:described|outlined|"
    r"presented|spoke\s+about|talked\s+about|focused\s+on|drew\s+attention\s+to|"
    r"touched\s+(?:up)?on|reflected\s+on|dwelt\s+on|elaborated\s+on|gave\s+an\s+overview\s+of|"
    r"shared\s+(?:his|her|their)\s+(?:views|thoughts|assessment|vision)\s+(?:on|of))\s+"
    r"(?![^.;:]*\s+as\s)"
)


def _presents(state: _Doc, body: str, start: int, cue: Cue, who: Resolved) -> bool:
    """ "X, a fellow at Y, described the prospects for …": a person opening the sentence
    presents a topic (no "as …" judgement, no "that" clause): the rest of the paragraph
    spells the account out (a conference or report summary)."""
    if cue.who is None or who.speaker is None or not state.resolver.is_person(who.speaker):
        return False
    if body[: cue.who[0] - start].strip():
        return False
    return _PRESENTING.match(body[cue.who[1] - start :]) is not None


def _antecedent(state: _Doc, start: int, cue: Cue) -> Resolved | None:
    """ "…, a statement by X in an interview, in which he said …": "he" is the person named
    last before the relative clause in the same sentence."""
    if cue.clause is None or cue.who is None:
        return None
    if not PRONOUN.fullmatch(state.text[cue.who[0] : cue.who[1]]):
        return None
    people = [
        m
        for m in state.resolver.mentions_in(start, cue.clause)
        if state.resolver.is_person(m.entity)
    ]
    if not people:
        return None
    return Resolved(speaker=people[-1].entity, surface=(people[-1].start, people[-1].end))


def _reported_back(
    state: _Doc, pidx: int | None, section: str | None, start: int, end: int, body: str
) -> bool:
    """ "A rose to $1 billion. This is reported by X with reference to …": the statement
    just before, in the same paragraph (or the one before, see :func:`_back_reach`), is X's
    (Y's when X relays it "with reference to Y"); so is this sentence."""
    m = _THIS_REPORTED.match(body) or _SPOKE_OF_THIS.match(body)
    # (counted to the source's name: a long description after it, "…, chief researcher at
    # the Center for … of the Russian Academy of Sciences", is no statement of its own)
    if m is None or len(body[: m.end("who")].split()) > _BACK_WORDS:
        return False
    if len(body.split()) > _BACK_WORDS and _SPEECH_IN_TAIL.search(body, m.end("who")):
        return False  # "…, in reply to a statement by Y, in which he said …": Y's own words
    who = Resolved()
    source = _WITH_REFERENCE.match(body, m.end("who"))
    if source is not None:
        # "This is reported by X with reference to Y": X relays, Y is the source
        span = (start + source.start("src"), start + source.end("src"))
        who = state.resolve(Cue("REPORTED_SPEECH", span, anchor="start"))
    if not who.speaker or who.author:
        cue = Cue("REPORTED_SPEECH", (start + m.start("who"), start + m.end("who")), anchor="end")
        who = state.resolve(cue)
    if not who.speaker or who.author:
        return False
    prev = state.claims[-1] if state.claims else None
    if (
        prev is not None
        and (prev.attribution == "AUTHOR" or prev.speaker is None)
        and pidx is not None
        and _back_reach(state, pidx, start, prev.start)
    ):
        prev.attribution, prev.speaker, prev.speaker_group = "REPORTED_SPEECH", who.speaker, None
    state.add(start, end, "REPORTED_SPEECH", who, section)
    return True


def _back_reach(state: _Doc, pidx: int, start: int, before: int) -> bool:
    """Whether a back reference at `start` reaches the statement at `before`: the same
    paragraph, or the paragraph just before when the reference opens its own ("A rose 7%.⏎
    This is reported by X.")."""
    at = state.ex.doc.passage_at(before)
    if at == pidx:
        return True
    opens = not state.text[state.ex.doc.passages[pidx].start : start].strip()
    return opens and at == pidx - 1


_THIS_REPORTED = re.compile(
    # "This information was provided by X", "These figures were disclosed by X", "This data
    # was released by X"
    r"(?:this|that|it|(?:this|that|these|such|the)\s+(?:information|data|news|figures|details|"
    r"numbers))\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:reported|"
    r"announced|stated|said|claimed|written|provided|revealed|disclosed|confirmed|shared|"
    r"voiced|released)\s+"
    # "This was reported on Thursday by X", "… earlier today by X"
    r"(?:(?:on|last|this|earlier|late|early)\s+(?:[\w-]+\s+){0,2}?)?"
    # "This was announced on March 17 to Izvestia by X": the outlet it was told to
    r"(?:(?:to|for)\s+(?:the\s+)?(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,3}\s+)?"
    # "… stated at a briefing by X", "… said in an interview by X", "… stated in an
    # investigation by X"
    r"(?:(?:at|in|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:briefing|interview|"
    r"conference|meeting|statement|speech|address|investigation|report|article|study|"
    r"analysis|publication|review|survey)\s+)?by\s+(?P<who>(?:the\s+)?[A-Z](?:[^,.;]|\.(?=\w))*?)"
    r"(?=\s+(?:with|citing|in|on|referring|after|at)\b|\s*[,.;](?!\w)|$)",
    re.IGNORECASE,
)

_WITH_REFERENCE = re.compile(
    r"\s+(?:with\s+(?:a\s+)?reference\s+to|citing|referring\s+to)\s+"
    r"(?P<src>(?:the\s+)?[A-Z](?:[^,.;]|\.(?=\w))*?)(?=\s*[,.;](?!\w)|\s+(?:and|in|on)\b|$)"
)


# "X spoke about this in an interview with Y.", "Z said this on Monday.": back to the last
_SPOKE_OF_THIS = re.compile(
    r"(?P<who>[A-Z][^,;:“”\"]{1,120}?)\s+(?:spoke|talked|wrote|said|told\s+\w+|reported|"
    r"announced|stated)\s+(?:about\s+|of\s+)?(?:this|that)"
    r"(?=\s+(?:in|on|at|during|to|with|after|when|while|last|earlier|yesterday|today)\b|"
    r"\s*[,.;]|$)"
)
# A concession opening the sentence: "Although many people have posted their views on it,"
_FRONTED_CONCESSION = re.compile(
    r"(?:Although|Though|Even\s+though|Even\s+if|Whereas|While)\b[^,;:“”\"]{3,200},"
)
_BACK_WORDS = 30
_SPEECH_IN_TAIL = re.compile(r"\b(?:said|says|told|stated|noted|added|wrote|announced)\b")


def _relayed_last(state: _Doc, cues: list[Cue]) -> list[Cue]:
    """ "China's Foreign Ministry dismissed …, Reuters reported.": a wire or outlet closing the
    sentence relays a statement whose subject is named in it; that subject comes first."""
    if len(cues) < 2 or cues[0].who is None:
        return cues
    relay = state.resolve(cues[0])
    inner = _relayed_first(state, cues, relay)
    if inner is not None:
        return [inner, *(c for c in cues if c is not inner)]
    media = relay.author or _is_media(state, relay.speaker)
    body = relay.speaker is not None and not media and not state.resolver.is_person(relay.speaker)
    if not (media or body):
        return cues
    for cue in cues[1:]:
        if cue.who is None or cue.weak or cue.base_form or cue.who[0] >= cues[0].who[0]:
            continue
        who = state.resolve(cue)
        if not who.speaker or who.author or _is_media(state, who.speaker):
            continue
        if media or (_opens(state, cue) and state.resolver.is_person(who.speaker)):
            # "Wang noted that …, the ministry said in a statement": the body relays the
            # words of the person named as the subject opening the sentence
            return [cue, *(c for c in cues if c is not cue)]
    return cues


# Between a relaying cue's subject and the subject of the clause it reports: "reported that".
# (maybe with a setting after "that": "It revealed that the following day, X said …")
_RELAY_THAT = re.compile(
    r"\s+(?:also\s+)?(?:reported|reports|said|says|wrote|writes|revealed|reveals|added|adds|"
    r"noted|notes)\s+that\s+(?:[^,;:“”\"]{1,40},\s+)?$"
)


def _relayed_first(state: _Doc, cues: list[Cue], relay: Resolved) -> Cue | None:
    """ "Chinese state media reported that Xi expressed a willingness to …": an unnamed group or
    an outlet opening the sentence relays what the person named after "that" said or stated;
    the person's cue (a speech verb or a stance noun of their own) comes first."""
    first = cues[0]
    assert first.who is not None
    if relay.speaker is not None and not _is_media(state, relay.speaker):
        return None
    if relay.speaker is None and not relay.group:
        return None
    for cue in cues[1:]:
        if cue.who is None or cue.weak or cue.base_form or cue.who[0] <= first.who[1]:
            continue
        if not _RELAY_THAT.fullmatch(state.text[first.who[1] : cue.who[0]]):
            continue
        who = state.resolve(cue)
        if who.speaker and not who.author and state.resolver.is_person(who.speaker):
            return cue
    return None


def _opens(state: _Doc, cue: Cue) -> bool:
    """Whether the cue's subject opens the sentence (after an adverbial at most)."""
    assert cue.who is not None
    lead = state.text[state.resolver.sentence_start : cue.who[0]]
    if not lead.strip():
        return True
    # "On Sunday, Wang noted that …": a short adverbial set off by a comma
    return lead.rstrip().endswith(",") and lead.count(",") == 1 and len(lead.split()) <= 4


# What an outlet publishes: "the report" after "…, Izvestia reported." is Izvestia's.
_OUTLET_PIECES = frozenset({"report", "article", "story", "piece", "publication"})


def _is_media(state: _Doc, key: str | None) -> bool:
    entity = state.ex.entities.get(key) if key else None
    return entity is not None and entity.kind in ("MEDIA", "NEWS_AGENCY")


def _own_words(body: str) -> bool:
    """A quotation of five words or more in an active sentence, not a title or a label."""
    for m in _EMBEDDED.finditer(body):
        inner = m.group(1)
        if len(_WORD.findall(inner)) < _OWN_WORDS or looks_like_title(inner):
            continue
        # "was accused of being “…”", "known as “…”", "treated it as a “…”": a label
        return not _LABELLED.search(body[: m.start()])
    return False


_EMBEDDED = re.compile(r"[“\"]([^“”\"]+)[”\"]")
_OWN_WORDS = 5
_LABELLED = re.compile(
    r"\b(?:(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b|known\s+as|"
    r"so-called|dubbed|nicknamed|titled|entitled|headlined|called|named|labell?ed|branded|"
    r"termed)|\bas(?:\s+(?:an?|the|being))?\s*$",
    re.IGNORECASE,
)

# A sentence naming the speaker of the quotation just before it.
_NAMES_BACK = re.compile(
    r"^(?:(?:so|thus)\s+(?:said|says|wrote|writes)\b|(?:that|this|those|these|such)\s+(?:was|is|were|"
    r"are)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:view|words?|message|verdict|assessment|"
    r"argument|warning|opinion|take|line|position)\s+(?:of|from)\b|(?:that|this)\s+was\s+how\b)",
    re.IGNORECASE,
)
# A sentence opening "He added that …" / "X said that …" before a quotation inside it.
_SAID_THAT = re.compile(
    r"(?P<who>He|She|They|It|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:also\s+)?(?:added|said|"
    r"noted|stressed|explained|argued|warned|says|adds|notes|believes)\s+that\s+"
)
_HEAD_TRAIL = re.compile(r"[\s,;:“\"‘]*(?:(?:but|and|while|yet)\s*)?[\s,;:“\"‘]*$")
# First-person words ("we", "our", "us") and the outlet's own "we" ("as we reported").
# ("US" is a country: the case counts)
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us|ourselves)\b")
_OUTLET_WE = re.compile(
    r"\b(?:we|us)\s+(?:have\s+|had\s+)?(?:reported|wrote|written|asked|contacted|reached|"
    r"learned|revealed|obtained|saw|seen|spoke|talked)\b|\b(?:told|to)\s+us\b|\bour\s+"
    r"(?:reporters?|correspondents?|readers|newsletter|newspaper|coverage|sources?|app|"
    r"website|site|channel|podcast)\b|\blet\s+us\b",
    re.IGNORECASE,
)
# A full name alone as a sentence after a quotation, with or without a dash: its signature.
_SIGNED = re.compile(r"(?:[—–-]\s*)?(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z](?:\.|[\w'’-]+)){1,3})\.?")
# A paragraph that only finishes the sentence of the quotation before it ("“…,”" then
# "Peskov said." as its own line): a short subject and a speech verb, nothing more.
_CUE_ONLY = re.compile(
    r"^(?:the\s+)?[\w@][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?\s+(?:also\s+)?(?:said|says|stated|added|"
    r"noted|stressed|emphasi[sz]ed|explained|wrote|writes|remarked|continued|concluded|"
    r"replied|answered|told\s+(?:reporters|journalists))(?:\s+(?:on|in|at)\s+[\w\s]{1,30})?\.?$",
    re.IGNORECASE,
)
# Words of the speaker's own quoted after "called"/"referred to … as" (4+ words).
_NAMED_IN_QUOTES = re.compile(r"[“\"‘]\w+(?:[\s-]+[\w'’-]+){3,}[.,!?]?[”\"’]")
_ADDING_ANY = re.compile(r",\s+(?:adding|noting|stressing|explaining)\s+that\s+")
_REPORTS = frozenset(["report", "reports", "reported", "announce", "announces", "announced"])
_ADDING = re.compile(r",\s+(?:adding|noting|stressing|explaining|saying)\s+that\s+(?![“\"])")
_JOINED = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s+$")
# "A has announced plans …, though B has criticized …": a second speaker's clause.
_CONTRAST = re.compile(r",\s*(?:though|although|while|whereas|but)\s+$")


def _two_speakers(
    state: _Doc,
    section: str | None,
    start: int,
    end: int,
    body: str,
    first: Cue,
    who: Resolved,
    cues: list[Cue],
) -> bool:
    """ "A announced X, though B criticized it as futile": A's clause and B's clause."""
    if first.who is None or not who.speaker or who.author:
        return False
    for cue in cues:
        if cue.who is None or cue.weak or cue.base_form or cue.who[0] <= first.who[1]:
            continue
        joint = _CONTRAST.search(body[: cue.who[0] - start])
        if joint is None or len(body[: joint.start()].split()) < 5:
            continue
        other = state.resolve(cue)
        if not other.speaker or other.author or other.speaker == who.speaker:
            continue
        state.add(start, start + joint.start(), quoting(body[: joint.start()]), who, section)
        state.add(start + joint.end(), end, quoting(body[joint.end() :]), other, section)
        return True
    return False


def _link_mentions(state: _Doc) -> None:
    """Entities inside each claim, except the words naming its speaker."""
    mentions = sorted(state.ex.mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    for claim, surface in zip(state.claims, state.surfaces, strict=True):
        keys: list[str] = []
        for m in mentions[bisect_left(starts, claim.start) : bisect_left(starts, claim.end)]:
            if m.end > claim.end:
                continue
            if surface and m.start < surface[1] and m.end > surface[0]:
                continue
            if m.entity not in keys:
                keys.append(m.entity)
        claim.mentions = keys

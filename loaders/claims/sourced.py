"""Sentences whose source is written as "according to", a data source or a view held.

Called by :mod:`loaders.claims.extract` for a sentence without quotations; the cues are
:mod:`loaders.claims.attribution`'s and :mod:`loaders.claims.carry`'s. Each function adds
the sentence's claim(s) to the document state and says whether it did; a source that
carries past its sentence is left in ``state.carry``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.claims.attribution import Cue, reported
from loaders.claims.carry import (
    Carry,
    data_anaphor,
    data_source,
    introduces,
    piece,
    piece_back,
    piece_holds,
    piece_noun,
    piece_subject,
    recorded_by,
    said_in_it,
    view_that,
)
from loaders.claims.speakers import Resolved

if TYPE_CHECKING:
    from loaders.claims.extract import _Doc as Doc


def passage_text(state: Doc, pidx: int | None) -> str:
    if pidx is None:
        return ""
    p = state.ex.doc.passages[pidx]
    return state.text[p.start : p.end]


def _is_org(state: Doc, who: Resolved) -> bool:
    return bool(who.speaker) and not state.resolver.is_person(who.speaker or "")


# After an outlet closing a sentence: its verb of reporting and its day at most.
_OUTLET_CLOSING = re.compile(
    r"\s+(?:said|says|reported|reports|wrote|writes)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s*[.!]?$"
)


def _is_outlet(state: Doc, key: str | None) -> bool:
    entity = state.ex.entities.get(key) if key else None
    return entity is not None and entity.kind in ("MEDIA", "NEWS_AGENCY")


def data_release(state: Doc, pidx: int | None, start: int, body: str) -> None:
    """ "Chinese customs data is out.": no claim, but the figures that follow are its."""
    span = data_source(start, body)
    if span is not None:
        who = state.resolve(Cue("ACCORDING_TO", span))
        if _is_org(state, who):
            state.carry = Carry(who, "ACCORDING_TO", pidx, data=True)


def according_to_sentence(
    state: Doc,
    pidx: int | None,
    section: str | None,
    start: int,
    end: int,
    body: str,
    cue: Cue,
) -> None:
    """A sentence with "according to X": X, or a person speaking inside it."""
    who = state.resolve(cue)
    assert cue.who is not None
    # "According to @XHNews, Rahmon told Xi that …": the person inside speaks
    # "Xi said …, according to Xinhua": the source closing the sentence relays Xi's words
    closing = not body[cue.who[1] - start :].strip(' .!)”"')
    for inner in reported(start, body):
        if inner.who is None or inner.weak or inner.base_form:
            continue
        if inner.who[0] < cue.who[1] and not (closing and inner.who[1] <= cue.who[0]):
            continue
        said = state.resolve(inner)
        # "The X Fleet emphasized that …, as reported by Y": a body opening the sentence
        # with its speech verb speaks too; the outlet closing it relays
        opener = closing and inner.who[0] - start <= 4 and not inner.weak
        # "Data from X show …, The Daily reports.": the outlet closing the sentence reports
        # the data it cites
        outlet = (
            inner.who[0] >= cue.who[1]
            and _is_outlet(state, said.speaker)
            and body[inner.who[0] - start - 2 : inner.who[0] - start].strip() == ","
            and _OUTLET_CLOSING.match(body[inner.who[1] - start :]) is not None
        )
        if said.speaker and (state.resolver.is_person(said.speaker) or opener or outlet):
            state.add(start, end, "REPORTED_SPEECH", said, section)
            return
    if _is_org(state, who) and cue.verb != "citation":
        # "According to China's customs: …" and "Fresh numbers from X are out" announce the
        # figures of the next passages too
        colon = state.text[cue.who[1] : cue.who[1] + 2].strip().startswith(":")
        across = colon or data_source(start, body) is not None
        state.carry = Carry(who, "ACCORDING_TO", pidx, data=True, across=across)
    # "According to X, A, but B": the source's scope ends at the contrast
    but = _BUT.search(body) if cue.who[0] - start < 20 else None
    if but is not None and but.start() > cue.who[1] - start:
        state.add(start, start + but.start(), "ACCORDING_TO", who, section)
        state.add(start + but.end(), end, "AUTHOR", Resolved(), section)
        return
    state.add(start, end, "ACCORDING_TO", who, section)


_DATA_CLOSING = re.compile(
    r",\s+(?:the|these|those)\s+(?:latest\s+|new\s+|same\s+)?(?:data|figures|statistics|numbers)\s+"
    r"(?:also\s+)?(?:show|shows|showed|shown|indicate|indicates|indicated|suggest|suggests|"
    r"suggested|revealed|reveal)\s*[.!]?$"
)
# A data source named by its kind only: "customs", "the customs", "official", "trade".
_GENERIC_SOURCE = re.compile(r"(?:the\s+)?(?:customs|official|trade|latest|preliminary)")
_BUT = re.compile(r",\s+but\s+(?=\w)")
# A sentence opening on a state's trade: "China's coal imports …", "Russian exports …"
# (after a dateline "BEIJING:").
_OWNER_OPENS = re.compile(
    r"(?:[A-Z][A-Z .]+:\s*)?(?P<own>[A-Z][\w.-]*)(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:imports?|exports?|trade|shipments|purchases|sales|deliveries|supplies|surplus|deficit)\b"
)


def sourced(
    state: Doc,
    pidx: int | None,
    section: str | None,
    start: int,
    end: int,
    body: str,
    figures: bool,
) -> bool:
    """A view held by a body, a data source, the data just named, a body recording figures."""
    span = view_that(start, body)
    if span is not None:
        who = state.resolve(Cue("REPORTED_SPEECH", span, anchor="start"))
        if who.speaker or who.group:
            state.add(start, end, "REPORTED_SPEECH", who, section)
            return True
    span = data_source(start, body)
    if span is not None:
        who = state.resolve(Cue("ACCORDING_TO", span))
        generic = _GENERIC_SOURCE.fullmatch(state.text[span[0] : span[1]])
        if not _is_org(state, who) and generic and state.data_body is not None:
            who = state.data_body  # "…, customs data showed.": the customs named before
        owner = _OWNER_OPENS.match(body) if generic and "customs" in generic.group(0) else None
        if not _is_org(state, who) and owner is not None:
            # "China's coal imports rose 13% …, customs data showed": the customs of the
            # state whose trade the sentence opens on
            who = state.resolver.customs_of(owner.group("own"), *span)
        if not _is_org(state, who) and generic and "customs" in generic.group(0):
            # "In general, trade grew by a quarter, customs data showed.": the one customs
            # service the document named before
            who = state.resolver.customs_named_before(start, *span)
        if _is_org(state, who):
            state.carry = Carry(who, "ACCORDING_TO", pidx, data=True)
            state.data_body = who
            state.add(start, end, "ACCORDING_TO", who, section)
            return True
    named = piece(start, body)
    if named is not None:
        who = state.resolve(Cue("ACCORDING_TO", named[0]))
        if named[2] and not who.speaker:
            # "this report by @C4ADS documents …": a handle or name the entity stage missed
            who = state.resolve(Cue("REPORTED_SPEECH", named[0], anchor="start"))
        if _is_org(state, who) or (named[2] and who.speaker):
            state.piece = (pidx, who)
            state.piece_noun = (state.piece, piece_noun(body))
            if named[1] and introduces(body):  # "… story provides important nuance."
                state.carry = Carry(who, "ACCORDING_TO", pidx, data=False, across=False)
            if named[1] or named[2]:  # "this @washingtonpost story provides insights on how …"
                # "this report by @C4ADS documents deals …": the piece says it
                attribution = "REPORTED_SPEECH" if named[2] else "ACCORDING_TO"
                state.add(start, end, attribution, who, section)
                return True
    if piece_back(body) and state.piece is not None and _near(state.piece[0], pidx):
        # "In the @C4ADS report quoted above, it's correctly pointed out that …"
        attribution = "REPORTED_SPEECH" if said_in_it(body) else "ACCORDING_TO"
        state.piece = (pidx, state.piece[1])
        state.add(start, end, attribution, state.piece[1], section)
        return True
    noun = state.piece_noun[1] if state.piece_noun and state.piece_noun[0] is state.piece else None
    if piece_subject(body, noun) and state.piece is not None and _near(state.piece[0], pidx, 2):
        state.piece = (pidx, state.piece[1])  # "The article documents shipments of …"
        # "The survey revealed that 14% …": what it holds; "The article argues …": its view
        attribution = "ACCORDING_TO" if piece_holds(body) else "REPORTED_SPEECH"
        state.add(start, end, attribution, state.piece[1], section)
        return True
    carry = state.carry
    if (
        data_anaphor(body)
        and carry is not None
        and carry.data
        and carry.applies(pidx, True, passage_text(state, pidx))
    ):
        carry.passage = pidx
        state.add(start, end, "ACCORDING_TO", carry.who, section)
        return True
    if (
        _DATA_CLOSING.search(body)
        and carry is not None
        and carry.data
        and carry.passage is not None
        and pidx is not None
        and 0 <= pidx - carry.passage <= 1
    ):
        # "Shipments rose 23% to 8.3 million tons, the data showed.": the data named before
        carry.passage = pidx
        state.add(start, end, "ACCORDING_TO", carry.who, section)
        return True
    span = recorded_by(start, body) if figures else None
    if span is not None:
        who = state.resolve(Cue("ACCORDING_TO", span))
        if _is_org(state, who):
            state.carry = Carry(who, "ACCORDING_TO", pidx, data=True, across=False)
            state.add(start, end, "ACCORDING_TO", who, section)
            return True
    return False


def _near(before: int | None, now: int | None, within: int = 1) -> bool:
    return before is not None and now is not None and 0 <= now - before <= within

"""The statistics engine: runs over one :class:`~loaders.drafts.Extraction`, passage by
passage and sentence by sentence, and returns :class:`~loaders.drafts.StatisticDraft` rows.

Order of work per document: footnote references are located and blanked (same length, so
offsets hold); per passage the excluded spans are computed; table rows go to
:mod:`loaders.numbers.tables`; every other sentence is scanned for quantities, which then get
their qualifier, change and sign, period, metric, subjects and source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kb.enums import PassageKind
from loaders.drafts import Extraction, PassageDraft, Span, StatisticDraft
from loaders.numbers import change, periods
from loaders.numbers.exclusions import blocked_spans
from loaders.numbers.footnotes import FootnoteRefs
from loaders.numbers.metric import metric
from loaders.numbers.qualifiers import qualifier
from loaders.numbers.scan import Quantity, scan
from loaders.numbers.sources import credit_for, find_credits, is_announcement
from loaders.numbers.subjects import find_subjects, subjects_of_phrase
from loaders.numbers.tables import cell_statistics
from loaders.prefilter import gated

_SUP_OR_MARKUP = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\{\s*\*?[0-9]{1,4}\s*\}?")
_FOOTNOTE_LIKE = re.compile(r"\s*(?:\^\{|[⁰¹²³⁴⁵⁶⁷⁸⁹]|\[?&quot;|\*\S{0,3}\s+&quot;)")
_NO_PERIOD = {"age", "duration"}
_YEAR_HEADER = re.compile(r"^\s*((?:19|20)[0-9]{2})\b(?!\s*[-–—/])")
_SPAN_KINDS = {"months", "quarter", "half"}  # "the first nine months": not a duration
_TWEET_MARK = re.compile(r"(?:^|\s)[0-9]{1,2}/(?:[0-9]{1,2})?(?=\s|$)")
# Behind a literal prefilter (same matches; see loaders.prefilter): most texts lack the
# literal text these need, and the patterns are tried at every position.
_TWEET_MARK = gated(_TWEET_MARK)


def clean_text(text: str, refs: FootnoteRefs) -> str:
    """The text with footnote references replaced by spaces (offsets unchanged)."""
    chars = list(text)
    spans = list(refs.blocked) + [(m.start(), m.end()) for m in _SUP_OR_MARKUP.finditer(text)]
    for s, e in spans:
        for i in range(s, min(e, len(chars))):
            chars[i] = " "
    return "".join(chars)


def extract(ex: Extraction) -> list[StatisticDraft]:
    doc = ex.doc
    refs = FootnoteRefs(doc.text, doc.passages, doc.meta.get("footnote_refs"))
    clean = clean_text(doc.text, refs)
    state = _DocState(periods.YearContext(doc.published_on))
    by_passage = _sentences_by_passage(ex)
    out: list[StatisticDraft] = []
    for index, passage in enumerate(doc.passages):
        if passage.kind == PassageKind.TABLE_ROW:
            if passage.table is not None:  # a row without its table has no units: skipped
                out += _table_row(ex, passage)
            continue
        sentences = by_passage.get(index) or [Span(passage.start, passage.end)]
        out += _passage(ex, clean, passage, sentences, state)
    return out


@dataclass
class _DocState:
    """What one passage tells the next: the year in talk, the source a tweet's figures
    continue (stated or announced in an earlier tweet of the thread)."""

    years: periods.YearContext
    announced: str | None = None


def _sentences_by_passage(ex: Extraction) -> dict[int, list[Span]]:
    found: dict[int, list[Span]] = {}
    for s in ex.sentences:
        i = ex.doc.passage_at(s.start)
        if i is not None:
            found.setdefault(i, []).append(s)
    return found


def _table_row(ex: Extraction, passage: PassageDraft) -> list[StatisticDraft]:
    table = passage.table
    assert table is not None
    stats = cell_statistics(table, ex.doc.text)
    caption = table.caption or ""
    exprs = periods.find(caption, 0, len(caption), ex.doc.published_on)
    periods.resolve_sentence(exprs, periods.YearContext(ex.doc.published_on))
    chosen = [t for t in exprs if t.is_period]
    subjects = subjects_of_phrase(ex, caption)
    for s in stats:
        if chosen:
            s.period_start, s.period_end = chosen[-1].first, chosen[-1].last
        year = _YEAR_HEADER.match(s.table_column or "")
        if year:  # a column per year: "2021" or "2021 (million dollars)"
            y = int(year.group(1))
            s.period_start, s.period_end = date(y, 1, 1), date(y, 12, 31)
        s.subjects = list(subjects)
    return stats


def _passage(ex: Extraction, clean: str, passage: PassageDraft, sentences: list[Span],
             state: _DocState) -> list[StatisticDraft]:  # fmt: skip
    ctx = state.years
    text = ex.doc.text
    blocked = [
        (passage.start + s, passage.start + e)
        for s, e in blocked_spans(
            clean[passage.start : passage.end],
            at_passage_start=True,
            heading=passage.kind == PassageKind.HEADING,
        )
    ]
    in_footnote = passage.kind == PassageKind.FOOTNOTE or bool(
        _FOOTNOTE_LIKE.match(text, passage.start)
    )
    tweet = passage.kind == PassageKind.TWEET
    carried = state.announced if tweet else None  # a source the figures before stated
    state.announced = None
    had_figures = False
    announced: str | None = None
    prev_period: periods.TimeExpr | None = None
    out: list[StatisticDraft] = []
    for sent in sentences:
        ctx.tick()
        exprs = periods.find(clean, sent.start, sent.end, ex.doc.published_on)
        if in_footnote:  # "Interfax, November 29, 2021": a publication date, not a period
            exprs = [t for t in exprs if t.kind != "date"]
        periods.resolve_sentence(exprs, ctx)
        quantities = [
            q for q in scan(clean, sent.start, sent.end, blocked, {})
            if not (q.kind == "duration" and any(t.start <= q.start and q.end <= t.end
                                                 and t.kind in _SPAN_KINDS for t in exprs))
        ]  # fmt: skip
        credits = find_credits(ex, text, sent.start, sent.end)
        if credits and not quantities and (tweet or is_announcement(text, sent.start, sent.end)):
            # "China's Customs has released its data." covers the figures that follow; a
            # credit without figures in running text ("X said …") does not
            carried = announced = credits[0].key
        if not quantities:
            prev_period = _single_period(exprs)
            if _TWEET_MARK.search(clean, sent.start, sent.end):
                prev_period = None
            continue
        had_figures = True
        spans = [(q.start, q.end) for q in quantities]
        subjects: list[str] | None = None  # the sentence's, found once for its figures
        prev: tuple[Quantity, bool, int] | None = None
        for q in quantities:
            is_change, direction = change.classify(clean, q, sent.start)
            if prev and not is_change and prev[1] and change.inherits(clean, prev[0], q):
                is_change, direction = True, prev[2]
            prev = (q, is_change, direction)
            value, high = q.value, q.value_high
            if is_change and direction < 0 and value > 0 and q.unit != "ratio":
                # a multiple stays as written: "a tenfold decrease" is 10, "halved" 0.5
                value, high = -value, (-high if high is not None else None)
            source = credit_for(q.start, q.end, credits) if credits else carried
            draft = StatisticDraft(
                start=q.start, end=q.end, surface=text[q.start : q.end], value=value,
                unit=q.unit, value_high=high, metric=metric(clean, q, sent.start),
                qualifier=qualifier(clean, q.start, q.end), is_change=is_change,
                in_footnote=in_footnote, source=source,
            )  # fmt: skip
            if q.kind not in _NO_PERIOD or q.kind == "duration":
                others = [sp for sp in spans if sp != (q.start, q.end)]
                own = [t for t in exprs if not (t.start < q.end and q.start < t.end)]
                t = periods.choose(own if q.kind == "duration" else exprs, q.start, q.end, others)
                if q.kind != "duration":  # a duration takes only a period its sentence states
                    t = t or prev_period or periods.choose(exprs, q.start, q.end, others,
                                                           weak=True)  # fmt: skip
                if t is not None:
                    draft.period_start, draft.period_end = t.first, t.last
            if subjects is None:  # (no figure of the sentence adds a mention or a state)
                subjects = find_subjects(ex, text, sent.start, sent.end)
            draft.subjects = [k for k in subjects if k != source] if source else list(subjects)
            out.append(draft)
        if credits:  # the figures that follow continue a credit that opens ("According to
            # X: …", "X recorded …"); one that closes (", per X", ", X said") covers its own
            carried = None if credits[-1].left else credits[-1].key
        prev_period = _single_period(exprs)
        if _TWEET_MARK.search(clean, sent.start, sent.end):
            prev_period = None
    if tweet:  # the next tweet continues these figures' source, or the data announced here
        state.announced = carried if had_figures else announced
    return out


def _single_period(exprs: list[periods.TimeExpr]) -> periods.TimeExpr | None:
    strong = [t for t in exprs if t.is_period and not t.weak and t.kind not in ("target", "since")]
    return strong[0] if len(strong) == 1 else None

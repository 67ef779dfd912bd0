"""Sets `metric` (cleaned) and `indicator` on every statistic draft of an extraction."""

from __future__ import annotations

from bisect import bisect_right

from loaders.drafts import Extraction
from loaders.indicators.assign import indicator
from loaders.numbers.metric import clean_metric

# Subjects that name what an indicator is about: states and blocs (EU, EAEU), not companies
# or the agencies that publish a figure.
SUBJECT_KINDS = frozenset({"STATE", "INTERNATIONAL_ORG"})


def assign_indicators(ex: Extraction) -> None:
    text = ex.doc.text
    starts = [s.start for s in ex.sentences]
    for draft in ex.statistics:
        draft.metric = clean_metric(draft.metric)
        i = bisect_right(starts, draft.start) - 1
        sentence = ""
        if i >= 0 and draft.start < ex.sentences[i].end:
            sentence = text[ex.sentences[i].start : ex.sentences[i].end]
        names = [
            ex.entities[k].name
            for k in draft.subjects
            if k in ex.entities and ex.entities[k].kind in SUBJECT_KINDS
        ]
        draft.indicator = indicator(
            draft.metric,
            draft.unit,
            draft.is_change,
            names,
            sentence,
            draft.table_caption,
            draft.table_row,
        )

"""The statistics stage: every quantitative statement of a document as a StatisticDraft.

Reads the passages (with tables), sentences, entities and mentions; writes
``Extraction.statistics`` (and may add source organisations with their mentions). The
engine lives in :mod:`loaders.numbers`; see its modules for what each rule owns.
Ranges ("10–15 years") are one statistic: ``value`` = 10, ``value_high`` = 15.
"""

from __future__ import annotations

from loaders.drafts import Extraction
from loaders.numbers import extract


class Statistics:
    name = "statistics"
    version = "1"
    reads: tuple[str, ...] = ("doc.passages", "doc.meta", "sentences", "entities", "mentions")
    writes: tuple[str, ...] = ("statistics", "entities", "mentions")

    def __call__(self, ex: Extraction) -> None:
        ex.statistics.extend(extract(ex))


COMPONENT = Statistics

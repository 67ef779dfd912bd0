"""The statistics stage: every quantitative statement of a document as a StatisticDraft.

Reads the passages (with tables), sentences, entities and mentions; writes
``Extraction.statistics`` (and may add source organisations and states with their mentions).
The engine lives in :mod:`loaders.numbers`; see its modules for what each rule owns.

Normalisation decisions beyond CONTRACT.md's unit list:

- a range ("10–15 years", "$2-3 billion") is ONE statistic: ``value`` = low, ``value_high`` =
  high;
- a decrease is negative ("fell by 4.5%" → -4.5, "20 percent less" → -20), except ratios:
  "a tenfold decrease" → 0.1, "fell by half" → 0.5;
- shares written as fractions are ``ratio`` ("two thirds" → 0.667), multiples too ("5x");
- prices per unit are ``<currency>/<unit>`` ("$100/t" → ``USD/tonne``); daily rates are
  ``<unit>/day`` ("2.1 million barrels per day" → ``bbl/day``), annual volumes keep the plain
  unit ("38 bcm a year" → ``m3``); oil volumes are ``bbl``;
- ages are ``year`` with metric "age"; "157k" is a count of 157,000;
- every statistic gets an ``indicator`` (what it measures independent of wording: see
  :mod:`loaders.indicators`) and a cleaned ``metric``;
- a period is set only when the text states it or its year is derivable from the text
  (a baseline "compared to 2019", the year the text is talking about); never invented.
"""

from __future__ import annotations

from loaders.drafts import Extraction
from loaders.indicators import assign_indicators
from loaders.numbers import extract


class Statistics:
    name = "statistics"
    version = "2"  # 2: cleaned metrics, indicators (loaders.indicators)
    reads: tuple[str, ...] = ("doc.passages", "doc.meta", "sentences", "entities", "mentions")
    writes: tuple[str, ...] = ("statistics", "entities", "mentions")

    def __call__(self, ex: Extraction) -> None:
        ex.statistics.extend(extract(ex))
        assign_indicators(ex)


COMPONENT = Statistics

"""Indicators: what a statistic measures, independent of wording (see :mod:`.assign`).

Public: :func:`indicator`, :func:`assign_indicators` (used by the statistics component),
:func:`unit_family`, and the curated vocabulary :data:`CONCEPTS`.
"""

from loaders.indicators.assign import indicator, unit_family
from loaders.indicators.stage import assign_indicators
from loaders.indicators.vocabulary import CONCEPTS

__all__ = ["CONCEPTS", "assign_indicators", "indicator", "unit_family"]

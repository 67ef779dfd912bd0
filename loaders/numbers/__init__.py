"""Numbers in text: a fast rule engine that finds statistics and normalises them.

Modules, each owning one concern: :mod:`.lexicon` (word lists), :mod:`.parse` (number
strings and words), :mod:`.exclusions` (dates, URLs, ISBNs, tweet/section numbers, model
names), :mod:`.footnotes` (glued footnote references), :mod:`.scan` (quantities: value,
unit, scale, range), :mod:`.qualifiers`, :mod:`.change`, :mod:`.periods`, :mod:`.metric`,
:mod:`.subjects`, :mod:`.sources`, :mod:`.tables` (table cells) and :mod:`.engine` (runs
them over an Extraction). Public surface: :func:`extract` and :func:`scan_text`.
"""

from __future__ import annotations

from loaders.numbers.engine import extract
from loaders.numbers.exclusions import blocked_spans
from loaders.numbers.scan import Quantity, scan


def scan_text(text: str) -> list[Quantity]:
    """Quantities in a free-standing text (no document context): for tools and benchmarks."""
    return scan(text, 0, len(text), blocked_spans(text, at_passage_start=True), {})


__all__ = ["Quantity", "extract", "scan_text"]

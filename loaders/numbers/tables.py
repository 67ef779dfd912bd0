"""Table cells as statistics: every numeric cell of a TABLE_ROW passage's :class:`TableDraft`.

The row is the first cell, the column its header. Unit and scale come from the column header
("Export volume (million dollars)" → USD × 1e6, "Share in total exports (%)" → percent) or
the table's ``unit_hint``; columns named "change"/"growth"/"compared to" are changes. Period
and subjects come from the caption ("… Russian Exports to China in 2021"). Cells parse with
thousands separators and decimal commas ("53,540.84", "5723.58", "-10,22"); placeholders
("_", "-", "—", "n/a", "…") and non-numeric cells are skipped. A cell written with a plus sign
("+105.6") is a change whatever its column says; minus signs parse with any dash ("–10.22").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.drafts import StatisticDraft, TableDraft
from loaders.numbers.lexicon import CURRENCY_WORDS, SCALES, UNIT_WORDS, alternation
from loaders.numbers.parse import parse_digits

_PLACEHOLDER = re.compile(r"^\s*(?:[-–—_−.…*]+|n/?a|N/?A|nd|\.\.\.|x)?\s*$")
_NUMERIC = re.compile(r"^\s*[-+−–]?\s*[0-9][0-9,.\s\u202f]*\s*%?\s*$")
_SCALE = re.compile(r"\b(trillion|billion|million|thousand|bln|bn|mln|mn|trn|tn|ths)\b\.?",
                    re.I)  # fmt: skip
_CURRENCY = re.compile(rf"(?:\b(?:{alternation(CURRENCY_WORDS)})\b|US\$|\$|€|¥|₽)", re.I)
_UNITS = {k: v for k, v in UNIT_WORDS.items() if k not in ("x", "times", "fold")}
_UNIT = re.compile(rf"(?:%|\b(?:{alternation(_UNITS)})\b)", re.I)
_CHANGE = re.compile(r"\b(?:change|chg|growth|increase|decrease|compared|dynamics|y-o-y|yoy|"
                     r"y/y|m/m|q/q|year-on-year|vs\.?)(?![\w/])|Δ|±", re.I)  # fmt: skip
_LABEL = re.compile(r"\s*[\(\[,].*$")


@dataclass
class ColumnUnit:
    unit: str | None
    factor: float
    is_change: bool


def column_unit(header: str, hint: str | None = None) -> ColumnUnit:
    """Unit, scale and change-ness of a column from its header text (or the table hint)."""
    text = (
        header if (_UNIT.search(header) or _CURRENCY.search(header)) else f"{header} {hint or ''}"
    )
    factor = 1.0
    sc = _SCALE.search(text)
    if sc:
        word = sc.group(1).lower()
        factor = 1e3 if word == "ths" else SCALES[word]
    unit: str | None = None
    cur = _CURRENCY.search(text)
    if cur:
        word = cur.group(0).lower()
        unit = CURRENCY_WORDS.get(" ".join(word.split())) or {"$": "USD", "us$": "USD",
                                                              "€": "EUR", "¥": "CNY",
                                                              "₽": "RUB"}.get(word)  # fmt: skip
    else:
        u = _UNIT.search(text)
        if u:
            word = " ".join(u.group(0).lower().split())
            unit_name, ufactor = UNIT_WORDS[word]
            unit, factor = unit_name, factor * ufactor
    return ColumnUnit(unit, factor, bool(_CHANGE.search(header)))


def label(header: str) -> str:
    """The header without its unit: "Export volume (million dollars)" → "Export volume"."""
    return _LABEL.sub("", header).strip() or header.strip()


def cell_statistics(table: TableDraft, text: str) -> list[StatisticDraft]:
    """One statistic per numeric cell of this row (the first cell is the row label)."""
    if not table.cells:
        return []
    row_label = table.cells[0][0].strip()
    if [c[0].strip() for c in table.cells] == [h.strip() for h in table.header]:
        return []  # the header row itself ("Product | 2020 | 2021")
    out: list[StatisticDraft] = []
    for i, (cell, start, end) in enumerate(table.cells[1:], start=1):
        if _PLACEHOLDER.match(cell) or not _NUMERIC.match(cell):
            continue
        header = table.header[i] if i < len(table.header) else ""
        col = column_unit(header, table.unit_hint)
        raw = cell.strip()
        percent_in_cell = raw.endswith("%")
        value = parse_digits(raw.rstrip("%").strip())
        if value is None:
            continue
        unit = "percent" if percent_in_cell else col.unit or "count"
        lead = len(cell) - len(cell.lstrip())
        s, e = start + lead, start + lead + len(raw)
        if text[s:e] != raw:  # offsets do not match the text: trust the text span
            s, e = start, end
        out.append(StatisticDraft(
            start=s, end=e, surface=text[s:e], value=float(f"{value * col.factor:.12g}"),
            unit=unit, metric=label(header) or None,
            is_change=col.is_change or raw.startswith("+"),  # "+105.6": a change, signed
            table_number=table.number, table_caption=table.caption, table_row=row_label,
            table_column=header.strip(),
        ))  # fmt: skip
    return out

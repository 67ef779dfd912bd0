"""Statistics: every numeric cell of a table row, with unit/scale from the header and
period/subjects from the caption. Tables are built here as TableDraft rows (a new table, not
a seed's)."""

from __future__ import annotations

from datetime import date

import pytest

from kb.models import DocumentKind, PassageKind
from loaders.components.statistics import Statistics
from loaders.drafts import DocumentDraft, Extraction, PassageDraft, TableDraft
from loaders.numbers.tables import column_unit
from loaders.readers.builder import TextBuilder

CAPTION = "Table 3. Structure of Kazakh Imports from China in 2022"
HEADER = ["Product", "Import value (million dollars)", "Share of total (%)",
          "Change compared to 2021 (%)"]  # fmt: skip
ROWS = [
    ["Electronics", "12,410.55", "31.2", "14,08"],
    ["Vehicles", "3904.7", "9,81", "-22.5"],
    ["Steel pipes", "_", "-", "—"],
    ["Total", "39,777.1", "100", "17.3"],
]


def _extraction(unit_hint: str | None = None, header: list[str] = HEADER) -> Extraction:
    builder = TextBuilder(separator="\n")
    builder.add(CAPTION, PassageDraft(PassageKind.CAPTION, 0, 0))
    builder.add("\t".join(header), PassageDraft(PassageKind.TABLE_ROW, 0, 0))
    rows = []
    for cells in ROWS:
        start = builder.offset
        spans, pos = [], start
        for c in cells:
            spans.append((c, pos, pos + len(c)))
            pos += len(c) + 1
        table = TableDraft(3, CAPTION, header, spans, unit_hint)
        rows.append(builder.add("\t".join(cells), PassageDraft(PassageKind.TABLE_ROW, 0, 0,
                                                               table=table)))  # fmt: skip
    doc = DocumentDraft("t.txt", DocumentKind.REPORT, builder.text(), passages=builder.passages)
    ex = Extraction(doc=doc)
    Statistics()(ex)
    return ex


def test_every_numeric_cell_is_a_statistic_with_its_table_coordinates() -> None:
    ex = _extraction()
    got = {(s.table_row, s.table_column): s for s in ex.statistics}
    assert len(got) == 9  # 4 rows × 3 columns, minus the three placeholders
    s = got[("Electronics", "Import value (million dollars)")]
    assert (s.value, s.unit, s.is_change) == (12410.55e6, "USD", False)
    assert (s.table_number, s.table_caption) == (3, CAPTION)
    assert s.surface == "12,410.55" == ex.doc.text[s.start : s.end]
    assert got[("Vehicles", "Import value (million dollars)")].value == pytest.approx(3904.7e6)
    assert got[("Total", "Import value (million dollars)")].value == pytest.approx(39777.1e6)


def test_percent_columns_decimal_commas_and_change_columns() -> None:
    got = {(s.table_row, s.table_column): s for s in _extraction().statistics}
    share = got[("Vehicles", "Share of total (%)")]
    assert (share.value, share.unit, share.is_change) == (9.81, "percent", False)
    change = got[("Electronics", "Change compared to 2021 (%)")]
    assert (change.value, change.unit, change.is_change) == (14.08, "percent", True)
    assert got[("Vehicles", "Change compared to 2021 (%)")].value == -22.5


def test_placeholders_are_skipped() -> None:
    rows = {s.table_row for s in _extraction().statistics}
    assert "Steel pipes" not in rows


def test_period_and_subjects_come_from_the_caption() -> None:
    ex = _extraction()
    for s in ex.statistics:
        assert (s.period_start, s.period_end) == (date(2022, 1, 1), date(2022, 12, 31))
        assert {ex.entities[k].name for k in s.subjects} == {"Kazakhstan", "China"}


def test_table_unit_hint_applies_when_the_header_has_no_unit() -> None:
    header = ["Product", "Import value", "Share of total (%)", "Change compared to 2021 (%)"]
    ex = _extraction(unit_hint="bln. USD", header=header)
    got = {(s.table_row, s.table_column): s for s in ex.statistics}
    s = got[("Electronics", "Import value")]
    assert (s.value, s.unit) == (12410.55e9, "USD")


@pytest.mark.parametrize(
    ("header", "unit", "factor", "is_change"),
    [
        ("Export volume (million dollars)", "USD", 1e6, False),
        ("Share in total exports (%)", "percent", 1.0, False),
        ("Change compared to 2020 (%)", "percent", 1.0, True),
        ("Volume, thousand tonnes", "tonne", 1e3, False),
        ("Trade, bln. USD", "USD", 1e9, False),
        ("Supplies (bcm)", "m3", 1e9, False),
        ("Growth y-o-y, %", "percent", 1.0, True),
    ],
)
def test_column_unit(header: str, unit: str, factor: float, is_change: bool) -> None:
    col = column_unit(header)
    assert (col.unit, col.factor, col.is_change) == (unit, factor, is_change)


def test_year_columns_give_the_period_and_the_header_row_is_not_data() -> None:
    header = ["Region", "2020", "2021"]
    builder = TextBuilder(separator="\n")
    passages = []
    for cells in (header, ["Amur", "1,204.5", "1,388.0"]):
        start = builder.offset
        spans, pos = [], start
        for c in cells:
            spans.append((c, pos, pos + len(c)))
            pos += len(c) + 1
        table = TableDraft(1, "Table 1. Exports to China, million dollars", header, spans,
                           "million dollars")  # fmt: skip
        passages.append(builder.add("\t".join(cells), PassageDraft(PassageKind.TABLE_ROW, 0, 0,
                                                                   table=table)))  # fmt: skip
    doc = DocumentDraft("t.txt", DocumentKind.REPORT, builder.text(), passages=builder.passages)
    ex = Extraction(doc=doc)
    Statistics()(ex)
    got = [(s.table_row, s.table_column, s.value, s.unit, s.period_start) for s in ex.statistics]
    assert got == [
        ("Amur", "2020", 1204.5e6, "USD", date(2020, 1, 1)),
        ("Amur", "2021", 1388.0e6, "USD", date(2021, 1, 1)),
    ]


def test_signed_cells_with_any_dash_and_a_plus_sign_are_changes() -> None:
    """A table written for this test: the last column has no "change" in its header, but
    its cells carry signs ("+105.6", "–10.22" with an en dash, "−3.4" with a minus sign)."""
    header = ["Group", "2023, $ mln", "y/y"]
    builder = TextBuilder(separator="\n")
    for cells in (header, ["Machinery", "4,210.3", "+105.6"], ["Textiles", "880.1", "–10.22"],
                  ["Copper", "1,020", "−3.4"]):  # fmt: skip
        start = builder.offset
        spans, pos = [], start
        for c in cells:
            spans.append((c, pos, pos + len(c)))
            pos += len(c) + 1
        table = TableDraft(2, "Table 2. Uzbek exports to China", header, spans)
        builder.add("\t".join(cells), PassageDraft(PassageKind.TABLE_ROW, 0, 0, table=table))
    doc = DocumentDraft("t.txt", DocumentKind.REPORT, builder.text(), passages=builder.passages)
    ex = Extraction(doc=doc)
    Statistics()(ex)
    got = {(s.table_row, s.table_column): (s.surface, s.value, s.is_change) for s in ex.statistics}
    assert got[("Machinery", "y/y")] == ("+105.6", 105.6, True)
    assert got[("Textiles", "y/y")] == ("–10.22", -10.22, True)
    assert got[("Copper", "y/y")] == ("−3.4", -3.4, True)
    assert got[("Machinery", "2023, $ mln")] == ("4,210.3", 4210.3e6, False)

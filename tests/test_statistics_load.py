"""Statistics through the real load into SQLite and PostgreSQL (the seeded databases)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from kb.models import Document, Entity, Passage, PassageKind, Statistic, StatisticSubject
from loaders.runner import load_paths

THREAD = "000_769defdc8682c5fc.txt"
REPORT = "003_a68d32ec9af499bf.txt"


def _stats(session: Session, source_path: str) -> list[Statistic]:
    return list(
        session.exec(
            select(Statistic)
            .join(Document, Document.id == Statistic.document_id)
            .where(Document.source_path == source_path)
            .order_by(Statistic.start)
        ).all()
    )


def test_thread_trade_figure_is_stored_normalised(seeded_engine: Engine) -> None:
    with Session(seeded_engine) as s:
        (stat,) = [x for x in _stats(s, THREAD) if x.surface == "$68.63b"]
        assert (stat.value, stat.unit, stat.qualifier, stat.is_change) == (
            6.863e10, "USD", "EXACT", False,
        )  # fmt: skip
        # "Jan-Aug … -3.2% compared to 2019": the year is derivable from the text
        assert (stat.period_start, stat.period_end) == (date(2020, 1, 1), date(2020, 8, 31))
        subjects = s.exec(
            select(Entity.name)
            .join(StatisticSubject, StatisticSubject.entity_id == Entity.id)
            .where(StatisticSubject.statistic_id == stat.id)
        ).all()
        assert {"Russia", "China"} <= set(subjects)
        source = s.get(Entity, stat.source_id)
        assert source is not None and "Customs" in source.name
        doc = s.get(Document, stat.document_id)
        assert doc is not None and doc.text[stat.start : stat.end] == stat.surface
        change = [x for x in _stats(s, THREAD) if x.surface == "-3.2%"]
        assert change and change[0].is_change and change[0].value == -3.2


def test_report_figures_and_no_footnote_reference_in_any_surface(seeded_engine: Engine) -> None:
    with Session(seeded_engine) as s:
        stats = _stats(s, REPORT)
        by_surface = {x.surface: x for x in stats}
        assert by_surface["$146.89 billion"].value == 1.4689e11
        assert by_surface["4 billion kWh"].unit == "kWh"
        assert by_surface["548,000 tonnes"].value == 548000
        assert by_surface["692,500 TEU"].unit == "TEU"
        assert (by_surface["$100/t"].value, by_surface["$100/t"].unit) == (100, "USD")
        assert by_surface["–18.48 percent"].value == -18.48
        assert by_surface["11th"].unit == "rank"
        for bad in ("2020.88", "2022,87", "10,000,166", "20.98", "86 timber"):
            assert not [x.surface for x in stats if bad in x.surface], bad
        doc = s.get(Document, stats[0].document_id)
        assert doc is not None
        assert all(doc.text[x.start : x.end] == x.surface for x in stats)
        ten = by_surface["10,000"]
        assert (ten.value, ten.unit) == (10000, "count")


def test_report_text_is_cleaned_and_each_figure_has_its_own_sentence_source(
    seeded_engine: Engine,
) -> None:
    """Document.text reads "$146.89 billion", not the PDF's "\\$146.89 billion", and no LaTeX
    math wraps a footnote reference; the FCS figure right after the Chinese customs one is
    the FCS's."""
    with Session(seeded_engine) as s:
        stats = _stats(s, REPORT)
        doc = s.get(Document, stats[0].document_id)
        assert doc is not None
        assert "\\$" not in doc.text and "$CIS" not in doc.text and "CIS.^{47}" in doc.text
        assert not [x.surface for x in stats if "\\" in x.surface or "^{" in x.surface]
        by_surface = {x.surface: x for x in stats}
        names = {x.surface: s.get(Entity, x.source_id).name for x in stats  # type: ignore[union-attr]
                 if x.source_id and x.surface in ("$146.89 billion", "$140.7 billion")}  # fmt: skip
        assert "Customs of the People's Republic of China" in names["$146.89 billion"]
        assert names["$140.7 billion"] == "Federal Customs Service of Russia"
        assert by_surface["$140.7 billion"].value == 1.407e11


def test_report_table_cells_when_the_reader_gives_table_rows(seeded_engine: Engine) -> None:
    with Session(seeded_engine) as s:
        rows = s.exec(
            select(Passage)
            .join(Document, Document.id == Passage.document_id)
            .where(Document.source_path == REPORT, Passage.kind == PassageKind.TABLE_ROW)
        ).all()
        if not rows:
            pytest.skip("the report reader does not yet produce TABLE_ROW passages")
        cells = [x for x in _stats(s, REPORT) if x.table_number is not None]
        cell = next(x for x in cells if x.surface == "53,540.84")
        assert (cell.value, cell.unit, cell.table_number) == (5.354084e10, "USD", 1)
        assert cell.period_start == date(2021, 1, 1)
        minus = next(x for x in cells if x.surface == "-10,22")
        assert (minus.value, minus.unit, minus.is_change) == (-10.22, "percent", True)


FIXTURES = Path(__file__).with_name("fixtures") / "statistics"


def test_unseen_style_documents_load_with_normalised_statistics(empty_engine: Engine) -> None:
    summary = load_paths(empty_engine, [FIXTURES])
    assert summary.ok, summary.failed
    with Session(empty_engine) as s:
        rows = s.exec(select(Statistic)).all()
        by_surface = {x.surface: x for x in rows}
        assert by_surface["$15.4b"].value == 1.54e10
        assert (by_surface["$15.4b"].period_start, by_surface["$15.4b"].period_end) == (
            date(2023, 1, 1), date(2023, 6, 30),
        )  # fmt: skip
        trade = by_surface["$190.27 billion"]
        assert trade.period_start == date(2022, 1, 1)
        source = s.get(Entity, trade.source_id)
        assert (
            source is not None
            and source.name == "General Administration of Customs of the People's Republic of China"
        )
        assert source.kind == "GOVERNMENT_BODY"
        assert by_surface["15.5 bcm"].value == 1.55e10  # ",15" after it is a footnote ref
        assert by_surface["10,000"].value == 10000
        assert by_surface["200 million"].unit == "tonne"
        assert by_surface["11%"].value == -11 and by_surface["11%"].is_change
        assert not [x.surface for x in rows if x.surface in ("2019", "2022", "2030", "1/")]

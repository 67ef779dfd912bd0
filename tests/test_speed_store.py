"""Speed changes in the store and the entity cues keep their answers (issue 15).

On SQLite the rows of full-text-indexed tables go in as multi-row INSERTs written with each
column type's bind processor (`loaders.store._insert`): the rows and the full-text index
must be those an executemany gives. The word before a name (`_LAST_WORD`) and the cue
tried after it (`_CUE_ENDINGS_OF`) must find what the former pattern and the full set did.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.exc import StatementError
from sqlmodel import Session

from kb.db import get_engine, upgrade
from kb.models import Entity
from loaders import store
from loaders.entities import names

ROWS = [
    {
        "id": f"e{i}",
        "type": "ORGANISATION",
        "name": name,
        "name_key": name.lower(),
        "kind": kind,
        "qid": None,
        "description": desc,
    }
    for i, (name, kind, desc) in enumerate(
        [
            ("Quorvane Shipping", "COMPANY", "a carrier"),
            ("Tellmark Institute", "RESEARCH_INSTITUTE", None),
            ("Brisk Ventures", None, "a fund's “quoted” name, with ’marks’"),
            ("Ostrava-Lune Holding", "COMPANY", ""),
        ]
    )
]


def _database(tmp_path: Path, name: str):  # type: ignore[no-untyped-def]
    engine = get_engine(f"sqlite:///{tmp_path / name}")
    upgrade(engine)
    return engine


def _table_and_index(engine) -> tuple[list, list]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        rows = conn.execute(select(Entity.__table__).order_by(text("rowid"))).all()
        found = conn.execute(
            text(
                "SELECT rowid FROM entity_fts WHERE entity_fts MATCH 'shipping OR institute "
                "OR brisk OR lune' ORDER BY rowid"
            )
        ).all()
        conn.execute(text("INSERT INTO entity_fts(entity_fts) VALUES ('integrity-check')"))
    return [tuple(r) for r in rows], [r[0] for r in found]


def test_multi_row_insert_gives_the_rows_and_index_of_an_executemany(tmp_path: Path) -> None:
    plain = _database(tmp_path, "plain.sqlite")
    with Session(plain) as session, session.begin():
        session.execute(insert(Entity.__table__), ROWS)
    fast = _database(tmp_path, "fast.sqlite")
    with Session(fast) as session, session.begin():
        store._insert(session, Entity.__table__, ROWS)
    assert _table_and_index(fast) == _table_and_index(plain)
    assert len(_table_and_index(fast)[1]) == len(ROWS)


def test_rows_split_at_the_parameter_limit(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(store, "_SQLITE_VARIABLES", 15)  # two rows of 7 columns a statement
    engine = _database(tmp_path, "split.sqlite")
    with Session(engine) as session, session.begin():
        store._insert(session, Entity.__table__, ROWS[:3])
    rows, found = _table_and_index(engine)
    assert [r[0] for r in rows] == ["e0", "e1", "e2"] and len(found) == 3


def test_uneven_rows_go_to_executemany_which_reports_them(tmp_path: Path) -> None:
    uneven = [dict(ROWS[0]), {k: v for k, v in ROWS[1].items() if k != "qid"}]
    engine = _database(tmp_path, "uneven.sqlite")
    with pytest.raises(StatementError, match="qid"), Session(engine) as session:
        store._insert(session, Entity.__table__, uneven)


_FORMER_LAST_WORD = re.compile(r"([\w-]+)(?:['’]s)?,? +$")


@pytest.mark.parametrize(
    "before",
    [
        "shares were bought by the Varnel firm's ",
        "a joint venture of Dask-Orly, ",
        "said analysts at ",
        "the consignee was listed as ",
        "no trailing space",
        "a tail with a newline \n",
        "   ",
        "state-owned shipper,  ",
        "Zelt’s ",
    ],
)
def test_last_word_matches_as_before(before: str) -> None:
    old, new = _FORMER_LAST_WORD.search(before), names._LAST_WORD.search(before)
    assert (old and (old.span(), old.group(1))) == (new and (new.span(), new.group(1)))


@pytest.mark.parametrize(
    ("before", "cue", "found"),
    [
        ("according to analysts at ", names._STAFF_AT, True),
        ("a lawyer with ", names._STAFF_AT, True),
        ("according to analysts at ", names._ORG_BEFORE, False),
        ("the Kazan firm ", names._ORG_BEFORE, True),
        ("a vehicle called ", names._ORG_BEFORE, True),
        ("the shipping company ", names._STAFF_AT, False),
        ("the manager is listed as ", names._BUSINESS_ROLE_BEFORE, True),
        ("the buyer, ", names._BUSINESS_ROLE_BEFORE, True),
        ("the buyer, ", names._STAFF_AT, False),
    ],
)
def test_each_cue_is_tried_after_its_own_words(
    before: str, cue: re.Pattern[str], found: bool
) -> None:
    text_ = before + "Harlow Dynamics said"
    got = names._cue_before(text_, len(before), cue)
    full = cue.search(before[-40:]) if _FORMER_LAST_WORD.search(before[-40:]) else None
    assert (got is not None) == found
    assert (got and got.group(0)) == (full and full.group(0) if found else None)

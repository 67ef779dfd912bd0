"""Helpers for the API tests: a client speaking real HTTP to the ASGI app, and a small world.

`Api` posts GraphQL over httpx's ASGI transport (the whole Starlette/Strawberry stack runs).
`build_world` inserts a hand-made set of rows (entities with aliases and handles,
affiliations, authors, a sameAs pair, duplicate claims, footnotes, a table cell, a range) so
that entity-heavy behaviour is tested on known values while the extraction stages evolve.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import httpx
from sqlalchemy import Engine
from sqlmodel import Session

from kb.ids import normalise_name
from kb.models import (
    Affiliation,
    Claim,
    ClaimMention,
    Document,
    DocumentAuthor,
    DocumentLink,
    Entity,
    EntityAlias,
    Mention,
    Passage,
    Statistic,
    StatisticSubject,
)
from schema.app import create_app


class Api:
    """GraphQL over HTTP against `create_app(engine)`."""

    def __init__(self, engine: Engine) -> None:
        self.app = create_app(engine)

    def post(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        async def run() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://kb.test") as c:
                return await c.post("/graphql", json={"query": query, "variables": variables})

        response = asyncio.run(run())
        return response.json()

    def data(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        body = self.post(query, variables)
        assert "errors" not in body, body["errors"]
        return body["data"]

    def error(self, query: str, variables: dict[str, Any] | None = None) -> str:
        body = self.post(query, variables)
        assert body.get("errors"), body
        return body["errors"][0]["message"]

    def statements(self, query: str, variables: dict[str, Any] | None = None) -> int:
        body = self.post(query, variables)
        assert "errors" not in body, body["errors"]
        return body["extensions"]["queryStats"]["sqlStatements"]


def nodes(connection: dict[str, Any]) -> list[dict[str, Any]]:
    return [e["node"] for e in connection["edges"]]


NOW = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)

# Texts hold "needle" words the tests search for; offsets are computed, never typed.
TEXTS = {
    "d-a": "Xi Jinping met Vladimir Putin in Moscow. Putin said trade reached $240 billion "
    "in 2023. Chinese experts expect pipeline gas to grow 10–15 percent.",
    "d-b": "Putin said trade reached $240 billion in 2023. Analysts at Carnegie disagree.",
    "d-c": "Table 1: Exports\nRussia 2022 | 38 bcm\n1 Footnote: see the Carnegie report.",
}


def _span(doc: str, needle: str, nth: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(nth + 1):
        pos = TEXTS[doc].index(needle, pos + 1)
    return pos, pos + len(needle)


def _passage_of(doc: str, start: int) -> str:
    """ID of the passage holding offset `start` (documents d-a, d-b are one passage each)."""
    if doc != "d-c":
        return f"p-{doc}-0"
    return f"p-d-c-{TEXTS[doc][:start].count(chr(10))}"


def _entity(eid: str, type_: str, name: str, kind: str | None = None) -> Entity:
    return Entity(id=eid, type=type_, name=name, name_key=normalise_name(name), kind=kind)


def _alias(eid: str, alias: str, handle: bool = False) -> EntityAlias:
    return EntityAlias(
        entity_id=eid, alias=alias, alias_key=normalise_name(alias), is_handle=handle
    )


def build_world(engine: Engine) -> None:
    """Insert the small world described in the module docstring."""
    with Session(engine) as s:
        s.add_all(
            [
                _entity("e-xi", "ACTOR", "Xi Jinping"),
                _entity("e-putin", "ACTOR", "Vladimir Putin"),
                _entity("e-trenin", "ACTOR", "Dmitri Trenin"),
                _entity("e-russia", "ORGANISATION", "Russia", "STATE"),
                _entity("e-carnegie", "ORGANISATION", "Carnegie Endowment", "THINK_TANK"),
            ]
        )
        s.flush()
        s.add_all(
            [
                _alias("e-xi", "Xi Jinping"),
                _alias("e-xi", "Xi"),
                _alias("e-putin", "Vladimir Putin"),
                _alias("e-putin", "Putin"),
                _alias("e-trenin", "@DmitriTrenin", handle=True),
                _alias("e-carnegie", "Carnegie"),
                _alias("e-russia", "Russian Federation"),
            ]
        )
        for did, path, day in (
            ("d-a", "a.txt", dt.date(2024, 3, 1)),
            ("d-b", "b.txt", dt.date(2023, 5, 2)),
            ("d-c", "c.txt", None),
        ):
            s.add(
                Document(
                    id=did,
                    kind="ARTICLE" if did != "d-c" else "REPORT",
                    source_path=path,
                    text=TEXTS[did],
                    published_on=day,
                    publisher_id="e-carnegie" if did == "d-a" else None,
                    content_hash="h",
                    extractor_version="v",
                    load_id="l",
                    loaded_at=NOW,
                )
            )
        s.flush()
        s.add_all(
            [
                DocumentAuthor(document_id="d-a", entity_id="e-trenin", ordinal=0),
                DocumentLink(document_id="d-a", other_id="d-b", containment=0.9),
                DocumentLink(document_id="d-b", other_id="d-a", containment=0.9),
            ]
        )
        for did, text in TEXTS.items():
            lines = text.split("\n") if did == "d-c" else [text]
            pos = 0
            for i, line in enumerate(lines):
                start = text.index(line, pos)
                footnote = line.startswith("1 Footnote")
                s.add(
                    Passage(
                        id=f"p-{did}-{i}",
                        document_id=did,
                        ordinal=i,
                        kind="FOOTNOTE"
                        if footnote
                        else ("TABLE_ROW" if "|" in line else "PARAGRAPH"),
                        start=start,
                        end=start + len(line),
                        text=line,
                        number="1" if footnote else None,
                        url="https://carnegie.example/report" if footnote else None,
                        meta={"title": "The Carnegie report"} if footnote else {},
                    )
                )
                pos = start + len(line)
        s.flush()
        for mid, (did, eid, needle, nth) in enumerate(
            [
                ("d-a", "e-xi", "Xi Jinping", 0),
                ("d-a", "e-putin", "Vladimir Putin", 0),
                ("d-a", "e-putin", "Putin", 1),
                ("d-b", "e-putin", "Putin", 0),
                ("d-b", "e-carnegie", "Carnegie", 0),
                ("d-c", "e-russia", "Russia", 0),
                ("d-c", "e-carnegie", "Carnegie", 0),
            ]
        ):
            start, end = _span(did, needle, nth)
            s.add(
                Mention(
                    id=f"m-{mid}",
                    entity_id=eid,
                    document_id=did,
                    passage_id=_passage_of(did, start),
                    start=start,
                    end=end,
                    surface=TEXTS[did][start:end],
                )
            )
        claims = [
            (
                "c-a1",
                "d-a",
                "Putin said trade reached $240 billion in 2023.",
                "e-putin",
                None,
                "REPORTED_SPEECH",
                "FACT",
                "c-b1",
            ),
            (
                "c-a2",
                "d-a",
                "Chinese experts expect pipeline gas to grow 10–15 percent.",
                None,
                "Chinese experts",
                "REPORTED_SPEECH",
                "FORECAST",
                None,
            ),
            (
                "c-b1",
                "d-b",
                "Putin said trade reached $240 billion in 2023.",
                "e-putin",
                None,
                "REPORTED_SPEECH",
                "FACT",
                None,
            ),
            (
                "c-b2",
                "d-b",
                "Analysts at Carnegie disagree.",
                None,
                "Analysts",
                "AUTHOR",
                "ASSESSMENT",
                None,
            ),
        ]
        for cid, did, text, speaker, group, attribution, kind, dup in claims:
            start, end = _span(did, text)
            s.add(
                Claim(
                    id=cid,
                    document_id=did,
                    passage_id=f"p-{did}-0",
                    start=start,
                    end=end,
                    text=text,
                    speaker_id=speaker,
                    speaker_group=group,
                    attribution=attribution,
                    kind=kind,
                    duplicate_of=dup,
                )
            )
        s.flush()
        s.add_all(
            [
                ClaimMention(claim_id="c-a1", entity_id="e-russia"),
                ClaimMention(claim_id="c-b2", entity_id="e-carnegie"),
                Affiliation(
                    id="a-1",
                    actor_id="e-trenin",
                    organisation_id="e-carnegie",
                    role="director",
                    document_id="d-a",
                ),
            ]
        )
        stats = [
            ("s-a1", "d-a", "$240 billion", 0, 240e9, None, "USD", "trade", 2023, "c-a1", None),
            (
                "s-a2",
                "d-a",
                "10–15 percent",
                0,
                10.0,
                15.0,
                "percent",
                "pipeline gas",
                None,
                "c-a2",
                None,
            ),
            ("s-b1", "d-b", "$240 billion", 0, 240e9, None, "USD", "trade", 2023, "c-b1", None),
            ("s-c1", "d-c", "38 bcm", 0, 3.8e10, None, "m3", "gas exports", 2022, None, 1),
        ]
        for sid, did, surface, nth, value, high, unit, metric, year, claim, table in stats:
            start, end = _span(did, surface, nth)
            s.add(
                Statistic(
                    id=sid,
                    document_id=did,
                    passage_id=_passage_of(did, start),
                    claim_id=claim,
                    start=start,
                    end=end,
                    surface=surface,
                    value=value,
                    value_high=high,
                    unit=unit,
                    metric=metric,
                    period_start=dt.date(year, 1, 1) if year else None,
                    period_end=dt.date(year, 12, 31) if year else None,
                    source_id="e-putin" if sid == "s-a1" else None,
                    is_change=sid == "s-a2",
                    table_number=table,
                    table_caption="Exports" if table else None,
                    table_row="Russia" if table else None,
                    table_column="2022" if table else None,
                )
            )
        s.flush()
        s.add_all(
            [
                StatisticSubject(statistic_id="s-a1", entity_id="e-russia"),
                StatisticSubject(statistic_id="s-c1", entity_id="e-russia"),
            ]
        )
        s.commit()

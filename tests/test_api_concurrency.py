"""More concurrent requests than pooled connections: they queue for a slot, none deadlocks.

A request keeps its connection while its DataLoaders await; without admission control the
request that finds the pool empty blocks the event loop in checkout, so the requests that
hold connections can never finish (each waits the pool timeout, then fails).
"""

from __future__ import annotations

import asyncio

import httpx
from sqlalchemy import Engine

from kb.db import create_db_engine
from schema.app import create_app

QUERY = """{ documents(first: 5) { edges { node { title
  claims(first: 3) { edges { node { text speaker { name } } } }
  statistics(first: 3) { edges { node { surface unit } } } } } } }"""


def test_requests_beyond_the_pool_size_queue_instead_of_deadlocking(
    seeded_engine: Engine,
) -> None:
    url = seeded_engine.url.render_as_string(hide_password=False)
    engine = create_db_engine(url, pool_size=1, max_overflow=0, pool_timeout=3)
    app = create_app(engine)

    async def burst() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://kb") as client:
            calls = [client.post("/graphql", json={"query": QUERY}) for _ in range(8)]
            return await asyncio.gather(*calls)

    try:
        responses = asyncio.run(burst())
    finally:
        engine.dispose()
    bodies = [r.json() for r in responses]
    assert [r.status_code for r in responses] == [200] * 8
    assert all("errors" not in b and b["data"]["documents"]["edges"] for b in bodies), bodies[0]

"""The ASGI application: Starlette routes for `/health` and `/graphql` (GraphiQL in a browser).

`create_app` builds one engine per process and hands each GraphQL request a fresh
:class:`~schema.context.Context`. CORS is closed unless `KB_CORS_ORIGINS` lists origins.

Admission control: a request holds one pooled connection while its DataLoaders await, and
checking a connection out of a full pool blocks the event loop (deadlocking the requests
that hold the others). So at most `pool size` GraphQL requests run at once per process;
the rest wait asynchronously for a slot. A request takes its slot only once its body is read
(at most `KB_MAX_BODY_BYTES`, see :mod:`schema.http`) and frees it before its response is
sent, so a slow client holds none.
"""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from strawberry.schema import BaseSchema

from kb.config import get_settings
from kb.db import create_db_engine
from schema import ide, insights
from schema.context import Context
from schema.http import GraphQLOverHTTP
from schema.stats import instrument


class KbGraphQL(GraphQLOverHTTP):
    """The GraphQL-over-HTTP view with kb's request context and the locally served GraphiQL."""

    def __init__(self, schema: BaseSchema, engine: Engine, **kwargs: Any) -> None:
        super().__init__(schema, **kwargs)
        self.engine = engine
        size = getattr(engine.pool, "size", None)
        self.slots = max(1, size() if callable(size) else 5)
        self._admission: asyncio.Semaphore | None = None

    async def run(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        # Admission around execution only: the body is read (bounded) before a slot is
        # taken and the response sent after it is freed, so slow clients hold no slot.
        if self._admission is None:
            self._admission = asyncio.Semaphore(self.slots)
        async with self._admission:
            return await super().run(request, *args, **kwargs)

    async def get_context(self, request: Any, response: Any) -> Context:
        return Context(engine=self.engine, request=request, response=response)

    async def render_graphql_ide(self, request: Request) -> Response:
        return ide.graphiql_response(request)


def create_app(engine: Engine | None = None, schema: BaseSchema | None = None) -> Starlette:
    """The kb API. `engine` defaults to `KB_DATABASE_URL`; `schema` to kb's schema."""
    settings = get_settings()
    if schema is None:
        from schema.query import schema as kb_schema

        schema = kb_schema
    engine = instrument(engine or create_db_engine())
    graphql = KbGraphQL(schema, engine, max_body_bytes=settings.max_body_bytes)

    async def health(_request: Request) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    middleware = []
    if settings.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(settings.cors_origins),
                allow_methods=["GET", "POST", "OPTIONS"],
                allow_headers=["content-type", "accept"],
            )
        )
    routes = [
        Route("/health", health, methods=["GET"]),
        Route("/graphql", graphql, methods=["GET", "POST"]),
        Route("/insights", insights.insights_response, methods=["GET"]),
        *ide.static_routes(),
    ]
    return Starlette(routes=routes, middleware=middleware)

"""GraphiQL for `/graphql` in a browser.

Interim: Strawberry's own GraphiQL page (which loads its assets from a CDN). The GraphQL
issue replaces it with assets built from the npm registry and served from `static_routes`.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import BaseRoute
from strawberry.http.ides import get_graphql_ide_html


def graphiql_response(_request: Request) -> HTMLResponse:
    """The HTML page a browser gets at `/graphql`."""
    return HTMLResponse(get_graphql_ide_html(graphql_ide="graphiql"))


def static_routes() -> list[BaseRoute]:
    """Routes serving the IDE's assets."""
    return []

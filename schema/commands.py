"""`kb serve` and `kb schema`."""

from __future__ import annotations

from typing import Annotated

import typer


def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="uvicorn worker processes.")] = 1,
) -> None:
    """Serve the API: GraphQL at /graphql (GraphiQL in a browser), /health."""
    import uvicorn

    uvicorn.run("schema.app:create_app", factory=True, host=host, port=port, workers=workers)


def print_schema() -> None:
    """Print the GraphQL SDL (schema/schema.graphql always equals it)."""
    from schema.query import schema

    typer.echo(schema.as_str())


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("schema")(print_schema)

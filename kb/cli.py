"""The `kb` command line. Sub-commands plug in through the `kb.commands` entry-point group.

`loaders` registers `kb load`; `schema` registers `kb serve` and `kb schema`. The core never
imports them, which keeps the dependency direction `loaders → kb ← schema`.
"""

from __future__ import annotations

from importlib.metadata import entry_points

import typer

app = typer.Typer(
    name="kb",
    help="kb: a source-traceable knowledge base about Russia–China relations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain click help: typer's rich help formatter alone costs ~0.2 s of start-up.
    rich_markup_mode=None,
)


@app.callback()
def _root() -> None:
    """kb: load a corpus into a database and serve it over GraphQL."""


def _register_plugins() -> None:
    for entry in sorted(entry_points(group="kb.commands"), key=lambda e: e.name):
        register = entry.load()
        register(app)


def main() -> None:
    _register_plugins()
    app()

"""The `Node` interface (global IDs) and the helpers types share to load relations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import strawberry

from schema.context import Context
from schema.loaders import PAGED, Batch
from schema.pagination import Connection, nested_connection, page_args


@strawberry.interface(
    description="An object with a global ID; `Query.node(id:)` fetches any of them by it."
)
class Node:
    id: strawberry.ID = strawberry.field(
        description="Global ID: opaque, stable across reloads of the same corpus file."
    )


def ctx(info: strawberry.Info) -> Context:
    return info.context


async def load_one(info: strawberry.Info, batch: Batch, key: Any, convert: Callable) -> Any:
    """The converted row `batch` finds for `key` (None when key is None or nothing matches)."""
    if key is None:
        return None
    row = await ctx(info).load(batch.__name__, batch, key)
    return None if row is None else convert(row)


async def load_many(info: strawberry.Info, batch: Batch, key: Any, convert: Callable) -> list:
    rows = await ctx(info).load(batch.__name__, batch, key, default=list)
    return [convert(r) for r in rows]


async def load_page(
    info: strawberry.Info,
    relation: str,
    key: Any,
    first: int | None,
    after: str | None,
    convert: Callable,
) -> Connection[Any]:
    """A nested connection: one windowed statement per (relation, page) for all parents."""
    page = page_args(first, after)
    found = await ctx(info).load((relation, page), PAGED[relation].batch(page), key)
    return nested_connection(found, page, convert)

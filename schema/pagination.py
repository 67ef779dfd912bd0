"""Relay connections backed by SQL: page arguments, `Connection[T]`, and the two page queries.

Top-level lists page with `OFFSET/LIMIT` (one row more than asked, to know `hasNextPage`)
and count lazily (only when `totalCount` is selected). Nested lists page *per parent* in
one statement for all parents of a batch: ``row_number() OVER (PARTITION BY fk ORDER BY …)``
numbers each parent's rows and ``count(*) OVER (PARTITION BY fk)`` gives its total; the outer
query keeps the page, plus each parent's last row so that a page past the end still knows
its total.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

import strawberry
from sqlalchemy import ColumnElement, Select, func, literal_column, or_, select
from sqlmodel import Session

from schema.errors import UserError
from schema.ids import cursor_position, to_cursor
from schema.rows import lean

T = TypeVar("T")
DEFAULT_PAGE = 20
MAX_PAGE = 100

First = Annotated[
    int | None,
    strawberry.argument(
        description=f"How many items to return (default {DEFAULT_PAGE}, at most {MAX_PAGE})."
    ),
]
After = Annotated[
    str | None,
    strawberry.argument(
        description="Return the items after this cursor (an `endCursor` or edge `cursor`)."
    ),
]


@dataclass(frozen=True)
class Page:
    """A validated page request: skip `offset` items, return at most `limit`."""

    offset: int
    limit: int


def page_args(first: int | None, after: str | None) -> Page:
    limit = DEFAULT_PAGE if first is None else first
    if limit > MAX_PAGE:
        raise UserError(
            f"first is capped at {MAX_PAGE} (asked for {limit}); "
            "fetch further pages with after: pageInfo.endCursor"
        )
    if limit < 0:
        raise UserError(f"first must be 0 or more (got {limit})")
    return Page(offset=cursor_position(after), limit=limit)


@strawberry.type(description="Where a page sits in its list (Relay `PageInfo`).")
class PageInfo:
    has_next_page: bool = strawberry.field(description="More items follow this page.")
    has_previous_page: bool = strawberry.field(description="Items precede this page.")
    start_cursor: str | None = strawberry.field(
        description="Cursor of the first item of the page (null when the page is empty)."
    )
    end_cursor: str | None = strawberry.field(
        description="Cursor of the last item of the page; pass it as `after` for the next page."
    )


@strawberry.type(description="One item of a page and the cursor that points at it.")
class Edge(Generic[T]):
    cursor: str = strawberry.field(description="Opaque position of this item in its list.")
    node: T = strawberry.field(description="The item.")


@strawberry.type(
    description="A page of a list (Relay connection): `edges`, `pageInfo` and `totalCount`."
)
class Connection(Generic[T]):
    edges: list[Edge[T]] = strawberry.field(description="The items of this page, in order.")
    page_info: PageInfo = strawberry.field(description="Cursors and whether more pages exist.")
    total: strawberry.Private[int | Callable[[], int]]

    @strawberry.field(description="How many items the whole list (all pages) holds.")
    def total_count(self) -> int:
        if callable(self.total):
            self.total = self.total()
        return self.total


def make_connection(
    nodes: Sequence[Any], page: Page, total: int | Callable[[], int], has_next: bool
) -> Connection[Any]:
    edges = [Edge(cursor=to_cursor(page.offset + i + 1), node=n) for i, n in enumerate(nodes)]
    info = PageInfo(
        has_next_page=has_next,
        has_previous_page=page.offset > 0,
        start_cursor=edges[0].cursor if edges else None,
        end_cursor=edges[-1].cursor if edges else None,
    )
    return Connection(edges=edges, page_info=info, total=total)


def top_level_page(
    session: Session, stmt: Select[Any], page: Page, convert: Callable[[Any], Any]
) -> Connection[Any]:
    """Page a filtered, ordered select of one entity; `totalCount` runs a count when asked."""
    rows = session.scalars(stmt.offset(page.offset).limit(page.limit + 1)).all()
    has_next = len(rows) > page.limit
    rows = rows[: page.limit]

    def count() -> int:
        narrow = stmt.order_by(None).with_only_columns(
            literal_column("1").label("one"), maintain_column_froms=True
        )
        counted = select(func.count()).select_from(narrow.subquery())
        return int(session.scalar(counted) or 0)

    return make_connection([convert(r) for r in rows], page, count, has_next)


@dataclass
class ParentPage:
    """A parent's rows of a nested page, and how many rows the parent has in all."""

    rows: list[Any]
    total: int


def per_parent_pages(
    session: Session,
    model: Any,
    parent_key: ColumnElement[Any],
    keys: Sequence[Any],
    order_by: Sequence[ColumnElement[Any]],
    page: Page,
    base: Select[Any] | None = None,
) -> dict[Any, ParentPage]:
    """One statement paging `model` rows for every parent in `keys` (see module docstring).

    `base` (default ``select(model)``) may join other tables; `parent_key` is the column
    the rows belong to their parent by.
    """
    stmt = base if base is not None else select(model)
    # Number only (id, parent) pairs, then join the page's rows: wide rows (a report's
    # text) are never sorted by the window.
    inner = (
        stmt.with_only_columns(
            model.id.label("row_id"),
            parent_key.label("pkey"),
            func.row_number().over(partition_by=parent_key, order_by=order_by).label("rn"),
            func.count().over(partition_by=parent_key).label("total"),
        )
        .where(parent_key.in_(list(keys)))
        .subquery()
    )
    lo, hi = page.offset, page.offset + page.limit
    outer = (
        select(model, inner.c.pkey, inner.c.rn, inner.c.total)
        .options(*lean(model))
        .join(inner, inner.c.row_id == model.id)
        .where(or_((inner.c.rn > lo) & (inner.c.rn <= hi), inner.c.rn == inner.c.total))
        .order_by(inner.c.pkey, inner.c.rn)
    )
    result: dict[Any, ParentPage] = {}
    for obj, pkey, rn, total in session.execute(outer).all():
        entry = result.setdefault(pkey, ParentPage(rows=[], total=int(total)))
        if lo < rn <= hi:
            entry.rows.append(obj)
    return result


def nested_connection(
    found: ParentPage | None, page: Page, convert: Callable[[Any], Any]
) -> Connection[Any]:
    found = found or ParentPage(rows=[], total=0)
    has_next = page.offset + page.limit < found.total
    return make_connection([convert(r) for r in found.rows], page, found.total, has_next)

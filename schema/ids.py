"""Global IDs (`Node.id`) and page cursors: opaque, URL-safe strings with clear errors.

A global ID is base64url of ``"<Type>:<row id>"`` (e.g. ``Document:d-87d5…``), so
`Query.node` knows which table to read. A cursor is base64url of ``"cursor:<n>"``: the
1-based position of an item in its (filtered, ordered) list; `after: cursor` continues with
item n+1.
"""

from __future__ import annotations

import base64
import binascii
import re

from schema.errors import UserError

NODE_TYPES = ("Document", "Passage", "Actor", "Organisation", "Claim", "Statistic", "Citation")
_CURSOR = re.compile(r"cursor:(\d{1,12})")


def _b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


def _unb64(value: str) -> str | None:
    try:
        padded = value + "=" * (-len(value) % 4)
        return base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8")
    except (binascii.Error, UnicodeError, ValueError):
        return None


def to_global_id(type_name: str, row_id: str) -> str:
    return _b64(f"{type_name}:{row_id}")


def from_global_id(value: str, *expected: str) -> tuple[str, str]:
    """(type name, row id) of a global ID; `expected` restricts the type (any Node if empty)."""
    decoded = _unb64(value.strip()) if value else None
    type_name, _, row_id = (decoded or "").partition(":")
    if not row_id or type_name not in NODE_TYPES:
        raise UserError(
            f"{value!r} is not a kb ID; use the `id` of a {' or '.join(expected) or 'Node'} "
            "returned by this API"
        )
    if expected and type_name not in expected:
        raise UserError(f"{value!r} is the ID of a {type_name}, not of a {' or '.join(expected)}")
    return type_name, row_id


def row_id_of(value: str, *expected: str) -> str:
    return from_global_id(value, *expected)[1]


def to_cursor(position: int) -> str:
    return _b64(f"cursor:{position}")


def cursor_position(cursor: str | None) -> int:
    """Items to skip for `after: cursor` (0 without a cursor)."""
    if cursor is None:
        return 0
    decoded = _unb64(cursor.strip())
    match = _CURSOR.fullmatch(decoded or "")
    if not match:
        raise UserError(
            f"invalid cursor {cursor!r}: pass a `cursor` or `pageInfo.endCursor` value "
            "returned by this API, unchanged"
        )
    return int(match.group(1))

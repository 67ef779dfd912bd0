"""The API's error boundary: deliberate user errors keep their message, everything else is masked.

A :class:`UserError` says what was wrong with the request and what to do instead ("first is
capped at 100…"); it reaches the client verbatim. Any other exception (a bug, a database
error) becomes a generic message without stack trace or SQL, except a request that ran out of
its time budget, which says so.
"""

from __future__ import annotations

import sqlite3

from graphql.error import GraphQLError
from sqlalchemy.exc import DBAPIError
from strawberry.extensions import MaskErrors

GENERIC_MESSAGE = "Unexpected error while resolving this field; the server log has the details."


class UserError(Exception):
    """A request the API refuses on purpose; the message is shown to the client as is."""


class RequestTimeoutError(UserError):
    """The request used up its time budget (KB_REQUEST_TIMEOUT seconds)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"the request exceeded its time limit of {seconds:g} s and was stopped; "
            "ask for smaller pages, fewer nested fields or narrower filters"
        )


def is_unexpected(error: GraphQLError) -> bool:
    """Whether an error is a fault of the server (to mask and log), not of the request.

    Syntax and validation errors have no original error; variable coercion errors wrap
    graphql-core's own GraphQLError ("Expected value of type 'DocumentFilter' not to include
    unknown field 'x'"); both are written by graphql-core about the request, never leak
    internals, and must reach the client. So do `UserError`s.
    """
    original = error.original_error
    if original is None or isinstance(original, UserError):
        return False
    return not isinstance(original, GraphQLError)


def _is_timeout(error: BaseException) -> bool:
    if isinstance(error, DBAPIError):
        orig = error.orig
        if isinstance(orig, sqlite3.OperationalError) and "interrupted" in str(orig):
            return True
        # psycopg: QueryCanceled (SQLSTATE 57014) on statement_timeout
        return getattr(orig, "sqlstate", None) == "57014"
    return False


class KbMaskErrors(MaskErrors):
    """MaskErrors that lets GraphQL syntax/validation errors and `UserError`s through."""

    def __init__(self, timeout_s: float = 10.0) -> None:
        super().__init__(should_mask_error=self._should_mask, error_message=GENERIC_MESSAGE)
        self.timeout_s = timeout_s

    @staticmethod
    def _should_mask(error: GraphQLError) -> bool:
        return is_unexpected(error)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        if error.original_error is not None and _is_timeout(error.original_error):
            message = str(RequestTimeoutError(self.timeout_s))
        else:
            message = self.error_message
        return GraphQLError(
            message=message,
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            original_error=None,
        )

"""Schema extensions: safety limits (tokens at parsing; depth, aliases and introspection at
validation, :mod:`schema.limits`; cost before execution, :mod:`schema.cost`), caches, error
masking and the per-request scope.

:class:`RequestScope` wraps every operation: it starts the statement counter and deadline
(:mod:`schema.stats`), reports `extensions.queryStats` when `KB_QUERY_STATS=1`, and closes
the request's session at the end, whatever happened.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from graphql.validation import MaxIntrospectionDepthRule
from strawberry.extensions import (
    AddValidationRules,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
    ValidationCache,
)

from kb.config import get_settings
from schema import stats
from schema.context import Context
from schema.cost import CostLimiter
from schema.errors import KbMaskErrors
from schema.limits import MAX_ALIASES, MAX_DEPTH, RequestLimits

__all__ = ["MAX_ALIASES", "MAX_DEPTH", "MAX_TOKENS", "RequestScope", "extensions"]

MAX_TOKENS = 4000
CACHE_SIZE = 256
# Rule classes made once, not per request: the validation cache is keyed by the rules too,
# and a limiter built per request made every request miss it (7.5 ms of validation per
# request on the load test's mix).
RULES = (RequestLimits, MaxIntrospectionDepthRule)


class RequestScope(SchemaExtension):
    """Counts the request's SQL, enforces its deadline and closes its session."""

    def on_operation(self) -> Iterator[None]:
        context = self.execution_context.context
        timeout = context.timeout_s if isinstance(context, Context) else 10.0
        self.report = get_settings().query_stats
        with stats.tracking(timeout) as self.stats:
            try:
                yield
            finally:
                if isinstance(context, Context):
                    context.close()

    def get_results(self) -> dict[str, Any]:
        if not self.report:
            return {}
        return {"queryStats": self.stats.as_extension()}


def extensions() -> list[Callable[[], SchemaExtension] | type[SchemaExtension]]:
    """Factories (not instances) so that each request gets fresh extension objects."""
    timeout = get_settings().request_timeout_s
    return [
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: ParserCache(maxsize=CACHE_SIZE),
        lambda: ValidationCache(maxsize=CACHE_SIZE),
        lambda: AddValidationRules(list(RULES)),
        CostLimiter,
        lambda: KbMaskErrors(timeout_s=timeout),
        RequestScope,
    ]

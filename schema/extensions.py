"""Schema extensions: safety limits (depth, tokens, aliases, cost), caches, error masking and
the per-request scope.

:class:`RequestScope` wraps every operation: it starts the statement counter and deadline
(:mod:`schema.stats`), reports `extensions.queryStats` when `KB_QUERY_STATS=1`, and closes
the request's session at the end, whatever happened.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)

from kb.config import get_settings
from schema import stats
from schema.context import Context
from schema.cost import CostLimiter
from schema.errors import KbMaskErrors

MAX_DEPTH = 12
MAX_TOKENS = 4000
MAX_ALIASES = 30
CACHE_SIZE = 256

# The depth and alias limits are validation rules. Strawberry's limiters build a new rule
# class per instance, and the validation cache is keyed by the rules, so a limiter built per
# request made every request miss the cache (7.5 ms of validation per request on the load
# test's mix). The rule classes are built once here and shared by every request.
LIMIT_RULES = (
    *QueryDepthLimiter(max_depth=MAX_DEPTH).validation_rules,
    *MaxAliasesLimiter(max_alias_count=MAX_ALIASES).validation_rules,
)


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
        lambda: AddValidationRules(list(LIMIT_RULES)),
        CostLimiter,
        lambda: KbMaskErrors(timeout_s=timeout),
        RequestScope,
    ]

"""A query-cost limit: how many items a request could return, refused above a budget.

Depth and page caps alone still allow `documents(first: 100) { claims(first: 100) { speaker {
claims(first: 100) … } } }`, a million objects built in Python where no database timeout can
reach. Before execution this extension walks the operation (fragments included, `first` and
`limit` read from literals or variables, 20 when absent) and adds up, for every list field
with a page argument, the product of the page sizes on its path. Over `MAX_ITEMS` the request
is refused with an error saying how to fix it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graphql import ExecutionResult as GraphQLExecutionResult
from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
)
from strawberry.extensions import SchemaExtension

MAX_ITEMS = 25_000
PAGE_ARGS = {"first": 20, "limit": 100}


def _size(field: FieldNode, variables: dict[str, Any]) -> int | None:
    """The page size a field asks for, or None when it has no page argument."""
    for arg in field.arguments or ():
        if arg.name.value not in PAGE_ARGS:
            continue
        value = arg.value
        if isinstance(value, IntValueNode):
            return int(value.value)
        if isinstance(value, VariableNode):
            found = variables.get(value.name.value)
            return found if isinstance(found, int) else PAGE_ARGS[arg.name.value]
        return PAGE_ARGS[arg.name.value]
    if field.name.value in {
        "passages",
        "claims",
        "statistics",
        "mentions",
        "documents",
        "actors",
        "organisations",
        "search",
    }:
        return PAGE_ARGS["first"]
    return None


class _Walker:
    def __init__(self, fragments: dict[str, FragmentDefinitionNode], variables: dict[str, Any]):
        self.fragments = fragments
        self.variables = variables

    def cost(self, selections: SelectionSetNode | None, factor: int, seen: frozenset[str]) -> int:
        total = 0
        for node in selections.selections if selections else ():
            if isinstance(node, FieldNode):
                size = _size(node, self.variables)
                inner = factor * max(size, 0) if size is not None else factor
                if size is not None:
                    total += inner
                total += self.cost(node.selection_set, inner, seen)
            elif isinstance(node, InlineFragmentNode):
                total += self.cost(node.selection_set, factor, seen)
            elif isinstance(node, FragmentSpreadNode) and node.name.value not in seen:
                fragment = self.fragments.get(node.name.value)
                if fragment is not None:
                    total += self.cost(fragment.selection_set, factor, seen | {node.name.value})
            if total > MAX_ITEMS:
                return total
        return total


def estimate(document: Any, operation_name: str | None, variables: dict[str, Any]) -> int:
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    chosen = [
        o
        for o in operations
        if operation_name is None or (o.name and o.name.value == operation_name)
    ]
    walker = _Walker(fragments, variables or {})
    return max((walker.cost(o.selection_set, 1, frozenset()) for o in chosen[:1]), default=0)


class CostLimiter(SchemaExtension):
    """Refuses operations that could return more than MAX_ITEMS list items."""

    def on_execute(self) -> Iterator[None]:
        ctx = self.execution_context
        if ctx.graphql_document is not None:
            items = estimate(ctx.graphql_document, ctx.operation_name, ctx.variables or {})
            if items > MAX_ITEMS:
                ctx.result = GraphQLExecutionResult(
                    data=None,
                    errors=[
                        GraphQLError(
                            f"this query could return {items:,} items or more, over the limit "
                            f"of {MAX_ITEMS:,}: lower `first` on nested connections (the "
                            "sizes multiply) and fetch further pages with `after`"
                        )
                    ],
                )
        yield

"""A query-cost limit: how many items a request could return, refused above a budget.

Depth and page caps alone still allow `documents(first: 100) { claims(first: 100) { speaker {
claims(first: 100) … } } }`, a million objects built in Python where no database timeout can
reach. Before execution this extension walks the operation (fragments included, each walked
once however often it is spread; `first` and `limit` read from literals or variables, 20 when
absent) and adds up, for every list field with a page argument, the product of the page
sizes on its path. Over `MAX_ITEMS` the request is refused with an error saying how to fix it.
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
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
    get_named_type,
)
from strawberry.extensions import SchemaExtension

from schema.limits import fragment_order, fragments_of

MAX_ITEMS = 25_000
PAGE_ARGS = ("first", "limit")
_CAP = 10**15  # products of page sizes grow fast; past any budget the exact figure is moot


def _size(field: FieldNode, definition: Any, variables: dict[str, Any]) -> int | None:
    """The page size a field asks for (its default if not given); None without a page arg."""
    for name in PAGE_ARGS:
        if name not in definition.args:
            continue
        default = definition.args[name].default_value
        default = default if isinstance(default, int) else 20
        for arg in field.arguments or ():
            if arg.name.value != name:
                continue
            if isinstance(arg.value, IntValueNode):
                return int(arg.value.value)
            if isinstance(arg.value, VariableNode):
                found = variables.get(arg.value.name.value)
                return found if isinstance(found, int) else default
        return default
    return None


class _Walker:
    """Unit costs (for a factor of 1): a fragment's is computed once, before its spreads.

    The cost of a selection set is linear in the factor it is reached with, so a spread
    costs `factor × unit(fragment)`; walking each fragment once keeps the estimate linear
    in the document however often fragments spread each other.
    """

    def __init__(
        self,
        schema: GraphQLSchema,
        fragments: dict[str, FragmentDefinitionNode],
        variables: dict[str, Any],
    ) -> None:
        self.schema = schema
        self.variables = variables
        self.units: dict[str, int] = {}
        for name in fragment_order(fragments):
            fragment = fragments[name]
            typ = self.schema.get_type(fragment.type_condition.name.value)
            self.units[name] = self.cost(fragment.selection_set, typ)

    def cost(self, selections: SelectionSetNode | None, parent: Any) -> int:
        total = 0
        for node in selections.selections if selections else ():
            if isinstance(node, FieldNode):
                fields = getattr(parent, "fields", None) or {}
                definition = fields.get(node.name.value)
                if definition is None:
                    continue
                size = _size(node, definition, self.variables)
                inner = self.cost(node.selection_set, get_named_type(definition.type))
                if size is not None:
                    total += max(size, 0) * (1 + inner)
                else:
                    total += inner
            elif isinstance(node, InlineFragmentNode):
                cond = node.type_condition
                typ = self.schema.get_type(cond.name.value) if cond else parent
                total += self.cost(node.selection_set, typ)
            elif isinstance(node, FragmentSpreadNode):
                total += self.units.get(node.name.value, 0)
            total = min(total, _CAP)
        return total


def estimate(
    schema: GraphQLSchema, document: Any, operation_name: str | None, variables: dict[str, Any]
) -> int:
    operations = [
        d
        for d in document.definitions
        if isinstance(d, OperationDefinitionNode)
        and (operation_name is None or (d.name and d.name.value == operation_name))
    ]
    if not operations or schema.query_type is None:
        return 0
    walker = _Walker(schema, fragments_of(document), variables or {})
    return walker.cost(operations[0].selection_set, schema.query_type)


class CostLimiter(SchemaExtension):
    """Refuses operations that could return more than MAX_ITEMS list items."""

    def on_execute(self) -> Iterator[None]:
        ctx = self.execution_context
        if ctx.graphql_document is not None:
            items = estimate(
                ctx.schema._schema,
                ctx.graphql_document,
                ctx.operation_name,
                ctx.variables or {},
            )
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

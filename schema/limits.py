"""Shape limits checked at validation, in time linear in the document: depth, aliases and
introspection.

Strawberry's `QueryDepthLimiter` and `MaxAliasesLimiter` walk a fragment again at every
spread, recursively: 18 fragments each spreading the next twice (a 300-byte query) took
3.4 s, every further one doubling it, and a chain of 300 fragments overflowed Python's
stack. Here each fragment is summarised once, the fragments it spreads first (an explicit
topological order, no recursion through spreads), and an operation's figures are added up
from those summaries. Fragment cycles are reported by graphql-core's own rule; here a
fragment caught in one counts as empty.

Limits (per document): `MAX_DEPTH` nested fields with selections (introspection fields not
counted, as in Strawberry), `MAX_ALIASES` aliased fields (counted through spreads),
`MAX_INTROSPECTION_FIELDS` `__schema`/`__type` selections, `MAX_INTROSPECTION_DEPTH`
nested fields inside them (GraphiQL's full introspection query needs 15) and
`MAX_FRAGMENT_NESTING` fragments spread inside each other (graphql-core itself aborts
validation, less clearly, past 200).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionNode,
)
from graphql.language import SKIP, VisitorAction
from graphql.validation import ASTValidationRule

MAX_DEPTH = 12
MAX_ALIASES = 30
MAX_INTROSPECTION_FIELDS = 5
MAX_INTROSPECTION_DEPTH = 20
MAX_FRAGMENT_NESTING = 32
INTROSPECTION_ROOTS = frozenset({"__schema", "__type"})
_CAP = 10**9  # counts through spreads can grow exponentially: saturate them


@dataclass(frozen=True)
class Shape:
    """What a selection set (its spreads expanded) asks for."""

    depth: int = 0
    aliases: int = 0
    introspection_fields: int = 0
    introspection_depth: int = 0
    spread_depth: int = 0  # fragments spread within fragments spread within …


EMPTY = Shape()


def fragments_of(document: DocumentNode) -> dict[str, FragmentDefinitionNode]:
    return {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}


def spreads_in(selections: Iterable[SelectionNode]) -> list[str]:
    """Names of the fragments spread anywhere in these selections (not through spreads)."""
    found: list[str] = []
    stack = list(selections)
    while stack:
        node = stack.pop()
        if isinstance(node, FragmentSpreadNode):
            found.append(node.name.value)
        elif isinstance(node, FieldNode | InlineFragmentNode) and node.selection_set:
            stack.extend(node.selection_set.selections)
    return found


def fragment_order(fragments: Mapping[str, FragmentDefinitionNode]) -> list[str]:
    """Fragment names, each after the fragments it spreads (iterative depth-first post-order).

    A spread back to a fragment still in progress (a cycle) or of an unknown fragment is
    ignored, so every name comes out once.
    """
    order: list[str] = []
    state: dict[str, int] = {}  # 1 = in progress, 2 = done
    for root in fragments:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(spreads_in(fragments[root].selection_set.selections)))]
        while stack:
            name, pending = stack[-1]
            child = next(pending, None)
            if child is None:
                stack.pop()
                state[name] = 2
                order.append(name)
            elif child in fragments and child not in state:
                state[child] = 1
                stack.append((child, iter(spreads_in(fragments[child].selection_set.selections))))
    return order


def _shape(selections: Sequence[SelectionNode], known: Mapping[str, Shape]) -> Shape:
    depth = aliases = fields = idepth = spreads = 0
    for node in selections:
        if isinstance(node, FragmentSpreadNode):
            found = known.get(node.name.value, EMPTY)
            inner = replace(found, spread_depth=found.spread_depth + 1)
        elif isinstance(node, InlineFragmentNode):
            inner = _shape(node.selection_set.selections, known)
        elif isinstance(node, FieldNode):
            aliases += 1 if node.alias else 0
            below = _shape(node.selection_set.selections, known) if node.selection_set else EMPTY
            if node.name.value in INTROSPECTION_ROOTS:
                nested = max(1 + below.depth, below.introspection_depth)
                inner = replace(
                    below,
                    depth=0,
                    introspection_fields=below.introspection_fields + 1,
                    introspection_depth=nested,
                )
            elif node.selection_set:
                inner = replace(below, depth=1 + below.depth)
            else:
                continue
        else:  # pragma: no cover - graphql-core has no other selection kinds
            continue
        depth = max(depth, inner.depth)
        aliases = min(_CAP, aliases + inner.aliases)
        fields = min(_CAP, fields + inner.introspection_fields)
        idepth = max(idepth, inner.introspection_depth)
        spreads = max(spreads, inner.spread_depth)
    return Shape(depth, aliases, fields, idepth, spreads)


def shapes(document: DocumentNode) -> dict[OperationDefinitionNode, Shape]:
    """The shape of every operation of a document, its fragments expanded."""
    fragments = fragments_of(document)
    known: dict[str, Shape] = {}
    for name in fragment_order(fragments):
        known[name] = _shape(fragments[name].selection_set.selections, known)
    return {
        d: _shape(d.selection_set.selections, known)
        for d in document.definitions
        if isinstance(d, OperationDefinitionNode)
    }


class RequestLimits(ASTValidationRule):
    """Refuses documents deeper, more aliased or more introspective than the limits."""

    def enter_document(self, node: DocumentNode, *_args: Any) -> VisitorAction:
        found = shapes(node)
        aliases = min(_CAP, sum(s.aliases for s in found.values()))
        if aliases > MAX_ALIASES:
            self.report_error(
                GraphQLError(
                    f"{aliases} aliases found. Allowed: {MAX_ALIASES}; "
                    "split the request into several"
                )
            )
        fields = sum(s.introspection_fields for s in found.values())
        if fields > MAX_INTROSPECTION_FIELDS:
            self.report_error(
                GraphQLError(
                    f"{fields} introspection fields (__schema, __type) found. Allowed: "
                    f"{MAX_INTROSPECTION_FIELDS}; ask for the schema once and reuse it"
                )
            )
        for operation, shape in found.items():
            name = operation.name.value if operation.name else "anonymous"
            if shape.depth > MAX_DEPTH:
                self.report_error(
                    GraphQLError(
                        f"'{name}' exceeds maximum operation depth of {MAX_DEPTH}; "
                        "fetch nested objects with a further query (by `id`)",
                        [operation],
                    )
                )
            if shape.spread_depth > MAX_FRAGMENT_NESTING:
                self.report_error(
                    GraphQLError(
                        f"'{name}' nests fragment spreads {shape.spread_depth} deep. "
                        f"Allowed: {MAX_FRAGMENT_NESTING}; inline some fragments",
                        [operation],
                    )
                )
            if shape.introspection_depth > MAX_INTROSPECTION_DEPTH:
                self.report_error(
                    GraphQLError(
                        f"'{name}' nests introspection fields {shape.introspection_depth} "
                        f"deep. Allowed: {MAX_INTROSPECTION_DEPTH}",
                        [operation],
                    )
                )
        return SKIP

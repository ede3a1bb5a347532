"""How a rule is declared and what it is given."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from xads_validators.operations import Operation
from xads_validators.resolver import Resolver
from xads_validators.violation import INVALID_PARAMETER, Location, Violation


@dataclass(slots=True)
class RuleContext:
    """Everything a rule may look at; `resolver` is only given to stateful rules.

    One context serves all rules of a request (`rule_id` and `args` change per rule), so the
    body nodes a selector reaches are found once and shared: media rules ask for the same
    selectors, and `/a/*/b` and `/a/*/c` share the walk to `/a/*`.
    """

    rule_id: str
    operation: Operation
    params: dict[str, Any]
    body: Any
    args: dict[str, Any]
    clock: Callable[[], datetime]
    resolver: Resolver | None
    nodes: dict[str, list[tuple[str, Any]]] = field(default_factory=dict)
    moment: datetime | None = None

    @property
    def now(self) -> datetime:
        """The clock read once per request, and only by rules that compare against it."""
        if self.moment is None:
            self.moment = self.clock()
        return self.moment

    def need_resolver(self) -> Resolver:
        if self.resolver is None:
            raise SkipRule(self.rule_id)
        return self.resolver

    @property
    def account_id(self) -> str:
        return str(self.params.get("account_id", ""))

    def where(self, parameter: str) -> Location:
        """A name is a parameter; a JSON pointer points into the body."""
        if parameter.startswith("/"):
            return "body"
        spec = self.operation.parameters.get(parameter)
        location = spec.location if spec else "query"
        return location if location in ("path", "query", "header") else "query"  # type: ignore[return-value]

    def violation(self, parameter: str | None, message: str, code: str = INVALID_PARAMETER) -> Violation:
        location: Location = self.where(parameter) if parameter else ("body" if self.operation.takes_json else "query")
        return Violation(self.rule_id, location, parameter, message, code)


class SkipRule(Exception):
    """Raised by a rule that needs a resolver when none was given."""


RuleFunction = Callable[[RuleContext], Iterable[Violation]]
REGISTRY: dict[str, RuleFunction] = {}


def rule(rule_id: str) -> Callable[[RuleFunction], RuleFunction]:
    def register(function: RuleFunction) -> RuleFunction:
        if rule_id in REGISTRY:
            raise ValueError(f"rule {rule_id} is implemented twice")
        REGISTRY[rule_id] = function
        return function

    return register


def parse_time(value: Any) -> datetime | None:
    """A timestamp as the spec accepts it (ISO 8601 date or date-time), in UTC; None if absent or unreadable."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def walk(node: Any) -> Iterator[tuple[str, Any]]:
    """Every (JSON pointer, value) below `node`, parents first (without recursion: bodies may nest deep)."""
    stack: list[tuple[str, Any]] = [("", node)]
    while stack:
        pointer, value = stack.pop()
        yield pointer, value
        if isinstance(value, dict):
            stack.extend((f"{pointer}/{key}", child) for key, child in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((f"{pointer}/{index}", child) for index, child in reversed(list(enumerate(value))))


@functools.cache
def _chain(selector: str) -> tuple[tuple[str, str], ...]:
    """Each step of a pointer selector with the selector's prefix up to it (`/a/*` for `*` of `/a/*/b`)."""
    steps = selector.strip("/").split("/")
    return tuple((part, "/" + "/".join(steps[: index + 1])) for index, part in enumerate(steps))


def _step(nodes: list[tuple[str, Any]], part: str) -> list[tuple[str, Any]]:
    """One step down from each node (plain loops: on 3.11 a comprehension costs a function call)."""
    following: list[tuple[str, Any]] = []
    append = following.append
    wildcard, index = part == "*", int(part) if part.isdigit() else -1
    for pointer, node in nodes:
        if isinstance(node, dict):
            if wildcard:
                for key, child in node.items():
                    append((f"{pointer}/{key}", child))
            elif part in node:
                append((f"{pointer}/{part}", node[part]))
        elif isinstance(node, list):
            if wildcard:
                for position, child in enumerate(node):
                    append((f"{pointer}/{position}", child))
            elif 0 <= index < len(node):
                append((f"{pointer}/{part}", node[index]))
    return following


def _nodes(ctx: RuleContext, selector: str) -> list[tuple[str, Any]]:
    """(pointer, node) pairs a selector reaches in the body, each prefix walked once per request."""
    cache = ctx.nodes
    nodes: list[tuple[str, Any]] = [("", ctx.body)]
    for part, prefix in _chain(selector):
        found = cache.get(prefix)
        if found is None:
            found = cache[prefix] = _step(nodes, part)
        if not found:
            return found  # nothing further down: most selectors of a rule name parts a body does not have
        nodes = found
    return nodes


def values_at(ctx: RuleContext, selector: str, flatten: bool = True) -> list[tuple[str, Any]]:
    """Values a rule's args point at: a parameter name, or a body JSON pointer with `*` wildcards.

    List values are flattened unless asked not to, so `media_keys` yields each key with
    its own location.
    """
    if not selector.startswith("/"):
        value = ctx.params.get(selector)
        if isinstance(value, list) and flatten:
            return [(selector, item) for item in value]
        return [] if value is None else [(selector, value)]
    found: list[tuple[str, Any]] = []
    for pointer, node in _nodes(ctx, selector):
        if isinstance(node, list) and flatten:
            for index, item in enumerate(node):
                found.append((f"{pointer}/{index}", item))
        elif node is not None:
            found.append((pointer, node))
    return found


def given(ctx: RuleContext, name: str) -> bool:
    """A parameter counts as given when it has a non-empty value."""
    value = ctx.params.get(name)
    return value not in (None, "", [])


def _parent(pointer: str) -> str:
    return pointer.rsplit("/", 1)[0] if pointer.startswith("/") else ""


def pairs(ctx: RuleContext, first: str, second: str) -> Iterator[tuple[tuple[str, Any], tuple[str, Any] | None]]:
    """Values of `first` with the `second` value of the same object (same parent pointer), if any."""
    seconds = {_parent(where): (where, value) for where, value in values_at(ctx, second)}
    for where, value in values_at(ctx, first):
        yield (where, value), seconds.get(_parent(where))

"""Rules of cards built from components."""

from __future__ import annotations

from collections.abc import Iterator

from xads_validators.rules.registry import RuleContext, rule, values_at
from xads_validators.violation import Violation


@rule("card.component_order")
def component_order(ctx: RuleContext) -> Iterator[Violation]:
    """Each component list (`components`, or each slide) is: a media component, then a description."""
    expected: list[list[str]] = [ctx.args["media_types"], ctx.args["description_types"]]
    for selector in ctx.args["lists"]:
        for where, components in values_at(ctx, selector, flatten=False):
            if not isinstance(components, list):
                continue
            for position, allowed in enumerate(expected[: len(components)]):
                component = components[position]
                found = component.get("type") if isinstance(component, dict) else None
                if found not in allowed:
                    yield ctx.violation(
                        f"{where}/{position}/type",
                        f"component {position} of `{where}` must be {' or '.join(allowed)}, not {found}",
                    )

"""The rules layer: one implementation per `x-rules` id of the spec.

Each rule reads its numbers from the spec entry's `args`; modules register their
rules on import, so importing this package loads them all.
"""

from __future__ import annotations

from xads_validators.rules import audiences, cards, lists, media, timing, tweets  # noqa: F401
from xads_validators.rules.registry import REGISTRY, RuleContext, rule

__all__ = ["REGISTRY", "RuleContext", "rule"]

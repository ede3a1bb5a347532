"""Behaviour the reference describes beyond generic storage, one module per area.

Each module fills HANDLERS (an operation answered entirely by the module) and DECORATORS
(extra fields set on objects the generic engine creates or changes), by operation id.
"""

from __future__ import annotations

from xads_emulator.engine import Decorator, Handler

HANDLERS: dict[str, Handler] = {}
DECORATORS: dict[str, Decorator] = {}

from xads_emulator.domain import accounts, audiences, cards, insights, media, tweets  # noqa: E402, F401

"""What a domain operation receives, what it may raise, and the id formats it hands out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from xads_emulator.clock import iso
from xads_emulator.errors import ApiError, not_found
from xads_emulator.ids import base36_id, decimal_id
from xads_emulator.seed import User
from xads_emulator.storage import Store
from xads_validators.operations import Operation

__all__ = ["ApiError", "Call", "envelope", "not_found"]


@dataclass
class Call:
    operation: Operation
    params: dict[str, Any]
    body: Any
    user: User
    store: Store
    now: datetime

    @property
    def account_id(self) -> str:
        return str(self.params.get("account_id", ""))

    @property
    def timestamp(self) -> str:
        return iso(self.now)

    def base36_id(self) -> str:
        return base36_id(self.store)

    def decimal_id(self) -> str:
        return decimal_id(self.store)


def envelope(call: Call, data: Any, **more: Any) -> dict[str, Any]:
    return {"request": {"params": call.params}, "data": data, **more}

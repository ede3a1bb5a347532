"""Which audiences an account sees: its own, and those other accounts shared with it.

One place for the resolver (rules) and the domain operations, so both agree on access.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from xads_emulator import kinds
from xads_emulator.storage import Store

# Both permission resources grant access; the tailored one is the older name of the same thing.
GRANT_KINDS = (
    (kinds.CUSTOM_AUDIENCE_PERMISSIONS, "custom_audience_id"),
    (kinds.TAILORED_AUDIENCE_PERMISSIONS, "tailored_audience_id"),
)


@dataclass(frozen=True)
class Visible:
    owner_account_id: str
    audience: dict[str, Any]
    permission_level: str | None  # None for the owner


def shared_with(store: Store, account_id: str) -> Iterator[Visible]:
    for kind, field in GRANT_KINDS:
        for grant in store.all(kind):
            if grant.get("granted_account_id") != account_id or grant.get("deleted"):
                continue
            owner = str(grant["_owner_account_id"])
            audience = store.get(kinds.CUSTOM_AUDIENCES, owner, str(grant[field]), with_deleted=False)
            if audience is not None:
                yield Visible(owner, audience, str(grant["permission_level"]))


def find_audience(store: Store, account_id: str, audience_id: str) -> Visible | None:
    own = store.get(kinds.CUSTOM_AUDIENCES, account_id, audience_id, with_deleted=False)
    if own is not None:
        return Visible(account_id, own, None)
    return next((v for v in shared_with(store, account_id) if v.audience.get("id") == audience_id), None)

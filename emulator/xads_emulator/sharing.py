"""Which resources an account may name: its own, and the audiences other accounts shared with it.

One place for the resolver (rules), the engine (parents of sub-resources) and the domain
operations, so all agree on access: a resource of another account that was not shared is
simply not there.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from xads_emulator import kinds
from xads_emulator.storage import Store


@dataclass(frozen=True)
class Visible:
    owner_account_id: str
    audience: dict[str, Any]
    permission_level: str | None  # None for the owner


def shared_with(store: Store, account_id: str) -> Iterator[Visible]:
    for grant in store.all(kinds.CUSTOM_AUDIENCE_PERMISSIONS):
        if grant.get("granted_account_id") != account_id or grant.get("deleted"):
            continue
        owner = str(grant["_owner_account_id"])
        audience = store.get(kinds.CUSTOM_AUDIENCES, owner, str(grant["custom_audience_id"]), with_deleted=False)
        if audience is not None:
            yield Visible(owner, audience, str(grant["permission_level"]))


def find_audience(store: Store, account_id: str, audience_id: str) -> Visible | None:
    own = store.get(kinds.CUSTOM_AUDIENCES, account_id, audience_id, with_deleted=False)
    if own is not None:
        return Visible(account_id, own, None)
    return next((v for v in shared_with(store, account_id) if v.audience.get("id") == audience_id), None)


def visible(store: Store, account_id: str, kind: str, item_id: str) -> dict[str, Any] | None:
    """The live item of `kind` the account may name by `item_id`, or None: audiences may be
    shared with it, everything else must be its own."""
    if kind == kinds.CUSTOM_AUDIENCES:
        found = find_audience(store, account_id, item_id)
        return None if found is None else found.audience
    return store.get(kind, account_id, item_id, with_deleted=False)


def card_by_uri(store: Store, account_id: str, card_uri: str) -> dict[str, Any] | None:
    """The account's live card with this URI, whichever card endpoint made it (cards are not shared)."""
    found = store.find(kinds.CARD_KINDS, account_id, "card_uri", [card_uri])
    return found[0] if found else None

"""Accounts: a user sees only the accounts granted to them (the seed says which)."""

from __future__ import annotations

from typing import Any

from xads_emulator import kinds
from xads_emulator.calls import Call, envelope, not_found
from xads_emulator.domain import HANDLERS
from xads_emulator.engine import page_in_memory, public


def list_accounts(call: Call) -> dict[str, Any]:
    ids = call.params.get("account_ids")
    prefix = str(call.params.get("q", "")).lower()
    items = [
        public(item)
        for account_id in sorted(call.user.accounts)
        if (item := call.store.get(kinds.ACCOUNTS, account_id, account_id, with_deleted=False)) is not None
        and (ids is None or account_id in ids)
        and str(item.get("name", "")).lower().startswith(prefix)
    ]
    return page_in_memory(call, items)


def get_account(call: Call) -> dict[str, Any]:
    item = call.store.get(kinds.ACCOUNTS, call.account_id, call.account_id)
    if item is None:
        raise not_found("account", "account_id")
    return envelope(call, public(item))


HANDLERS.update(list_accounts=list_accounts, get_account=get_account)

"""Custom audiences, their shares and user batches, flexible audiences, do-not-reach lists."""

from __future__ import annotations

from typing import Any

from xads_emulator import kinds
from xads_emulator.calls import ApiError, Call, envelope, not_found
from xads_emulator.domain import DECORATORS, HANDLERS
from xads_emulator.engine import list_items, page_in_memory, public, shape_of
from xads_emulator.sharing import find_audience, shared_with


def audience_fields(call: Call, item: dict[str, Any], audience_type: str = "CRM") -> None:
    item.setdefault("audience_type", audience_type)
    item.setdefault("description", None)
    item.setdefault("audience_size", None)
    item.update(
        targetable=False,
        targetable_types=[audience_type, f"EXCLUDED_{audience_type}"],
        reasons_not_targetable=["PROCESSING", "TOO_SMALL"],
        permission_level="READ_WRITE",
        owner_account_id=call.account_id,
        partner_source="OTHER",
    )


def _owner_and_audience(call: Call, audience_id: str) -> tuple[str, dict[str, Any], str]:
    """(owner account, audience, permission level) for an audience owned by or shared with the account."""
    found = find_audience(call.store, call.account_id, audience_id)
    if found is None:
        raise not_found("custom audience", "custom_audience_id")
    return found.owner_account_id, found.audience, found.permission_level or "READ_WRITE"


def _as_seen(audience: dict[str, Any], level: str) -> dict[str, Any]:
    return {**public(audience), "permission_level": level}


def get_custom_audience(call: Call) -> dict[str, Any]:
    audience_id = str(call.params["custom_audience_id"])
    if call.params.get("with_deleted"):
        own = call.store.get(kinds.CUSTOM_AUDIENCES, call.account_id, audience_id)
        if own is not None:
            return envelope(call, public(own))
    _owner, audience, level = _owner_and_audience(call, audience_id)
    return envelope(call, _as_seen(audience, level))


def list_custom_audiences(call: Call) -> dict[str, Any]:
    if call.params.get("permission_scope", "OWNER") == "OWNER":
        return list_items(call, shape_of(call.operation))
    ids = call.params.get("custom_audience_ids")
    prefix = str(call.params.get("q", "")).lower()
    shared = [
        _as_seen(v.audience, str(v.permission_level))
        for v in shared_with(call.store, call.account_id)
        if (ids is None or v.audience["id"] in ids) and str(v.audience.get("name", "")).lower().startswith(prefix)
    ]
    return page_in_memory(call, sorted(shared, key=lambda a: str(a["id"])))


def update_custom_audience(call: Call) -> dict[str, Any]:
    owner, audience, _level = _owner_and_audience(call, str(call.params["custom_audience_id"]))
    for name in ("name", "description"):
        if name in call.params:
            audience[name] = call.params[name]
    audience["updated_at"] = call.timestamp
    call.store.put(kinds.CUSTOM_AUDIENCES, owner, audience["id"], audience)
    return envelope(call, public(audience))


def grant(call: Call, item: dict[str, Any]) -> None:
    """The granting account owns the audience: the engine answers 404 for one it cannot see, and
    rule audience.owner_only refuses one that is only shared with it."""
    item["_owner_account_id"] = call.account_id


def update_custom_audience_users(call: Call) -> dict[str, Any]:
    owner, audience, _level = _owner_and_audience(call, str(call.params["custom_audience_id"]))
    users = sum(len(op["params"]["users"]) for op in call.body)
    added = sum(len(op["params"]["users"]) * (1 if op["operation_type"] == "Update" else -1) for op in call.body)
    audience["audience_size"] = max(0, int(audience.get("audience_size") or 0) + added)
    audience["updated_at"] = call.timestamp
    call.store.put(kinds.CUSTOM_AUDIENCES, owner, audience["id"], audience)
    return envelope(call, {"success_count": users, "total_count": users})


def _leaves(segment: dict[str, Any]) -> list[str]:
    own = [str(segment["custom_audience_id"])] if "custom_audience_id" in segment else []
    return own + [leaf for child in segment.get("child_segments") or [] for leaf in _leaves(child)]


def batch_flexible_audiences(call: Call) -> dict[str, Any]:
    """All-or-nothing: every leaf must name an audience of the account or one shared with it, or
    nothing is created."""
    problems = []
    for index, operation in enumerate(call.body):
        missing = [
            leaf
            for leaf in _leaves(operation["params"]["segments"])
            if find_audience(call.store, call.account_id, leaf.lower()) is None
        ]
        if missing:
            problems.append(
                {
                    "index": index,
                    "errors": [
                        {
                            "code": "NOT_FOUND",
                            "message": f"No custom audience {', '.join(missing)} in or shared with this account",
                            "parameter": "custom_audience_id",
                        }
                    ],
                }
            )
    if problems:
        raise ApiError(
            400, "INVALID_PARAMETER", "Some batch items are invalid; nothing was applied", operation_errors=problems
        )
    created = []
    for operation in call.body:
        params = operation["params"]
        item: dict[str, Any] = {
            "id": call.base36_id(),
            "name": params["name"],
            "created_at": call.timestamp,
            "updated_at": call.timestamp,
            "deleted": False,
            "metadata": [{"segments": params["segments"], "audience_source": "FLEXIBLE_AUDIENCE"}],
        }
        audience_fields(call, item, audience_type="FLEXIBLE")
        call.store.put(kinds.CUSTOM_AUDIENCES, call.account_id, item["id"], item)
        created.append(public(item))
    request = [
        {"operation_type": op["operation_type"], "params": {**op["params"], "account_id": call.account_id}}
        for op in call.body
    ]
    return {"request": request, "data": created}


def do_not_reach_list(call: Call, item: dict[str, Any]) -> None:
    item.update(
        name="Do Not Reach List", targetable=False, reasons_not_targetable=["PROCESSING", "TOO_SMALL"], list_size=None
    )
    item.setdefault("description", None)


def update_do_not_reach_list_users(call: Call) -> dict[str, Any]:
    list_id = str(call.params["do_not_reach_list_id"])
    item = call.store.get(kinds.DO_NOT_REACH_LISTS, call.account_id, list_id, with_deleted=False)
    if item is None:
        raise not_found("do not reach list", "do_not_reach_list_id")
    counts = []
    for operation in call.body:
        users = len(operation["params"]["users"])
        counts.append({"success_count": users, "total_count": users})
        item["list_size"] = max(
            0, int(item.get("list_size") or 0) + (users if operation["operation_type"] == "Update" else -users)
        )
    item["updated_at"] = call.timestamp
    call.store.put(kinds.DO_NOT_REACH_LISTS, call.account_id, list_id, item)
    request = [
        {
            "operation_type": op["operation_type"],
            "params": {**call.params, **{k: v for k, v in op["params"].items() if k != "users"}},
        }
        for op in call.body
    ]
    return {"request": request, "data": counts}


def list_targeted_audiences(call: Call) -> dict[str, Any]:
    audience_id = str(call.params["custom_audience_id"])
    _owner_and_audience(call, audience_id)
    campaigns: dict[str, dict[str, Any]] = {}
    for line_item in call.store.all(kinds.LINE_ITEMS, call.account_id):
        if audience_id not in line_item.get("custom_audience_ids", []):
            continue
        if call.params.get("with_active", True) and not line_item.get("servable", True):
            continue
        campaign = campaigns.setdefault(
            line_item["campaign_id"],
            {
                "campaign_id": line_item["campaign_id"],
                "campaign_name": line_item.get("campaign_name"),
                "line_items": [],
            },
        )
        campaign["line_items"].append(
            {"id": line_item["id"], "name": line_item.get("name"), "servable": line_item.get("servable", True)}
        )
    return envelope(call, list(campaigns.values()), next_cursor=None)


DECORATORS.update(
    create_custom_audience=audience_fields,
    create_custom_audience_permission=grant,
    create_do_not_reach_list=do_not_reach_list,
)
HANDLERS.update(
    get_custom_audience=get_custom_audience,
    list_custom_audiences=list_custom_audiences,
    update_custom_audience=update_custom_audience,
    update_custom_audience_users=update_custom_audience_users,
    batch_flexible_audiences=batch_flexible_audiences,
    update_do_not_reach_list_users=update_do_not_reach_list_users,
    list_targeted_audiences=list_targeted_audiences,
)

"""Generic list/get/create/update/delete for every resource, driven by the spec's paths.

An operation's path tells the resource kind (the path without its parameters), whether it
names one item (ends in a parameter) and which parent ids scope it (a parent the account
cannot see makes every operation on its sub-resources 404); its response schema tells which
fields id filters match. Domain modules add what the reference describes
beyond that, by operation id.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from xads_emulator.calls import ApiError, Call, envelope, not_found
from xads_emulator.sharing import visible
from xads_emulator.storage import CursorError
from xads_spec import load_bundle
from xads_validators.operations import Operation

_PARAM = re.compile(r"^\{(.+)\}$")

Handler = Callable[[Call], dict[str, Any]]
Decorator = Callable[[Call, dict[str, Any]], None]


@dataclass(frozen=True)
class Shape:
    action: str  # list, get, create, update, delete
    kind: str
    item_param: str | None
    parent_params: tuple[str, ...]
    parent_kinds: tuple[str, ...]  # the stored kind each parent param names, in the same order
    id_field: str
    item_fields: frozenset[str]
    decimal_ids: bool


def _schema_properties(operation: Operation) -> frozenset[str]:
    """Fields of the resource object this operation answers with."""
    components = operation.components.get("schemas", {})

    def resolve(node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = components[node["$ref"].rsplit("/", 1)[-1]]
        return node

    content = operation.spec.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
    data = resolve(resolve(content.get("schema", {})).get("properties", {}).get("data", {}))
    if data.get("type") == "array":
        data = resolve(data.get("items", {}))
    return frozenset(data.get("properties", {}))


def shape_of(operation: Operation) -> Shape:
    segments = operation.path.strip("/").split("/")
    names = [m.group(1) for s in segments if (m := _PARAM.match(s))]
    literal = [s for s in segments if not _PARAM.match(s)]
    kind = "/".join(literal[1:] if literal and literal[0] == "accounts" else literal)
    ends_with_param = bool(_PARAM.match(segments[-1]))
    item_param = names[-1] if ends_with_param and names[-1] != "account_id" else None
    parents = tuple(n for n in names if n not in ("account_id", item_param))
    parent_kinds = tuple(_kind_named_by(segments, name) for name in parents)
    method = operation.method
    if method == "GET":
        action = "get" if item_param else "list"
    else:
        action = {"POST": "create", "PUT": "update", "DELETE": "delete"}[method]
    fields = _schema_properties(operation)
    id_field = item_param if item_param and item_param in fields else "id"
    return Shape(action, kind, item_param, parents, parent_kinds, id_field, fields, _decimal_ids(operation, item_param))


def _kind_named_by(segments: list[str], name: str) -> str:
    """The literal segments between the previous parameter and `{name}`: custom_audiences for
    `/accounts/{account_id}/custom_audiences/{custom_audience_id}/permissions`."""
    literal: list[str] = []
    for segment in segments:
        if segment == f"{{{name}}}":
            break
        literal = [] if _PARAM.match(segment) else [*literal, segment]
    return "/".join(literal)


def noun(kind: str) -> str:
    """How an error message names one item of a kind: `custom audience` for custom_audiences."""
    return kind.rsplit("/", 1)[-1].rstrip("s").replace("_", " ")


def _decimal_ids(operation: Operation, item_param: str | None) -> bool:
    """Ids look like the real ones: the item path parameter's pattern says decimal or base 36."""
    item_path = operation.path if item_param else None
    paths = load_bundle(operation.version)["paths"]
    if item_path is None:
        item_path = next(
            (p for p in paths if p.startswith(operation.path + "/{") and p.count("/") == operation.path.count("/") + 1),
            None,
        )
    if item_path is None:
        return False
    name = item_path.rsplit("{", 1)[-1].rstrip("}")
    for item in paths[item_path].values():
        for parameter in item.get("parameters", []) if isinstance(item, dict) else []:
            if parameter.get("name") == name:
                return bool(parameter.get("schema", {}).get("pattern") == "^[0-9]+$")
    return False


def public(item: dict[str, Any]) -> dict[str, Any]:
    """Stored fields starting with `_` are the emulator's own bookkeeping."""
    return {k: v for k, v in item.items() if not k.startswith("_")}


class Engine:
    def __init__(self, handlers: dict[str, Handler], decorators: dict[str, Decorator]) -> None:
        self._handlers = handlers
        self._decorators = decorators
        self._shapes: dict[tuple[str, int], Shape] = {}

    def shape(self, operation: Operation) -> Shape:
        key = (operation.operation_id, operation.version)
        if key not in self._shapes:
            self._shapes[key] = shape_of(operation)
        return self._shapes[key]

    def handle(self, call: Call) -> dict[str, Any]:
        shape = self.shape(call.operation)
        require_parents(call, shape)
        custom = self._handlers.get(call.operation.operation_id)
        if custom is not None:
            return custom(call)
        action: Callable[[Call, Shape], dict[str, Any]] = getattr(self, f"_{shape.action}")
        return action(call, shape)

    # -- generic actions -----------------------------------------------------------------
    def _list(self, call: Call, shape: Shape) -> dict[str, Any]:
        return list_items(call, shape)

    def _get(self, call: Call, shape: Shape) -> dict[str, Any]:
        item = find(call, shape, with_deleted=bool(call.params.get("with_deleted")))
        return envelope(call, public(item))

    def _create(self, call: Call, shape: Shape) -> dict[str, Any]:
        fields = (
            call.body if isinstance(call.body, dict) else {k: v for k, v in call.params.items() if k != "account_id"}
        )
        item: dict[str, Any] = {**fields, "created_at": call.timestamp, "updated_at": call.timestamp, "deleted": False}
        decorate = self._decorators.get(call.operation.operation_id)
        if decorate is not None:
            decorate(call, item)
        if shape.id_field not in item:
            item[shape.id_field] = call.decimal_id() if shape.decimal_ids else call.base36_id()
        call.store.put(shape.kind, call.account_id, str(item[shape.id_field]), item)
        return envelope(call, public(item))

    def _update(self, call: Call, shape: Shape) -> dict[str, Any]:
        item = find(call, shape, with_deleted=False)
        changes = (
            call.body
            if isinstance(call.body, dict)
            else {
                k: v for k, v in call.params.items() if k not in ("account_id", shape.item_param, *shape.parent_params)
            }
        )
        item.update(changes)
        item["updated_at"] = call.timestamp
        decorate = self._decorators.get(call.operation.operation_id)
        if decorate is not None:
            decorate(call, item)
        call.store.put(shape.kind, call.account_id, str(item[shape.id_field]), item)
        return envelope(call, public(item))

    def _delete(self, call: Call, shape: Shape) -> dict[str, Any]:
        item = find(call, shape, with_deleted=False)
        key = str(item[shape.id_field])
        item["updated_at"] = call.timestamp
        if call.operation.spec.get("x-delete") == "hard":
            call.store.remove(shape.kind, call.account_id, key)
        else:
            item["deleted"] = True
            call.store.put(shape.kind, call.account_id, key, item)
        answer = public(item)
        answer["deleted"] = True
        decorate = self._decorators.get(call.operation.operation_id)
        if decorate is not None:
            decorate(call, answer)
        return envelope(call, answer)


def require_parents(call: Call, shape: Shape) -> None:
    """Every parent a path names must be visible to the account (its own, or an audience shared
    with it); otherwise the sub-resource does not exist either: 404 naming the parent."""
    for name, kind in zip(shape.parent_params, shape.parent_kinds, strict=True):
        if visible(call.store, call.account_id, kind, str(call.params.get(name, ""))) is None:
            raise not_found(noun(kind), name)


def find(call: Call, shape: Shape, with_deleted: bool, kind: str | None = None) -> dict[str, Any]:
    key = str(call.params.get(shape.item_param or "", ""))
    item = call.store.get(kind or shape.kind, call.account_id, key, with_deleted=with_deleted)
    if item is None or any(str(item.get(p)) != str(call.params[p]) for p in shape.parent_params if p in item):
        raise not_found(noun(shape.kind), shape.item_param or "id")
    return item


_NOT_FILTERS = ("account_id", "cursor", "count", "sort_by", "q", "with_deleted", "with_total_count")


def filter_field(name: str, many: bool, shape: Shape) -> str | None:
    """The item field a list parameter filters on: `line_item_ids` (many) on `line_item_id`,
    ids on `id`; a single value on the field of its name. None: not a filter."""
    if name in _NOT_FILTERS:
        return None
    if many:
        singular = name[:-1] if name.endswith("s") else name
        return singular if singular in shape.item_fields else (name if name in shape.item_fields else "id")
    return name if name in shape.item_fields else None


def query_fields(shape: Shape) -> list[str]:
    """The fields `q` matches by prefix."""
    return ["name", "title", "file_name", "description"] if shape.kind == "media_library" else ["name"]


def list_indexes(operations: Iterable[Operation]) -> set[tuple[str, str, str]]:
    """The storage indexes (Store.add_list_indexes) the spec's list operations need: one per
    parent and filter parameter, and per field `q` reads. Sorts get theirs on first use (the
    spec's sort_by admits any field of the item)."""
    wanted: set[tuple[str, str, str]] = set()
    for operation in operations:
        if operation.method != "GET":
            continue
        shape = shape_of(operation)
        if shape.action != "list":
            continue
        fields = {*shape.parent_params}
        for name, parameter in operation.parameters.items():
            if parameter.kind != "boolean" and name not in shape.parent_params:
                fields.add(filter_field(name, parameter.kind == "array", shape) or "id")
        wanted |= {("equals", shape.kind, field) for field in fields - {"id"}}  # ids: the unique key
        if "q" in operation.parameters:
            wanted |= {("prefix", shape.kind, field) for field in query_fields(shape)}
    return wanted


def list_items(call: Call, shape: Shape, kind: str | None = None, account_id: str | None = None) -> dict[str, Any]:
    params = call.params
    equals: dict[str, Any] = {p: params[p] for p in shape.parent_params if p in params}
    any_of: dict[str, list[Any]] = {}
    for name, value in params.items():
        if name in equals:
            continue
        field = filter_field(name, isinstance(value, list), shape)
        if field is None or isinstance(value, bool):
            continue
        if isinstance(value, list):
            any_of[field] = [str(v) for v in value]
        else:
            equals[field] = value
    sort = None
    if "sort_by" in params:
        field_name, _, direction = str(params["sort_by"]).rpartition("-")
        sort = (field_name, direction == "desc")
    prefix = None
    if "q" in params:
        prefix = (query_fields(shape), str(params["q"]))
    count = int(params.get("count", default_of(call.operation, "count", 200)))
    try:
        page = call.store.page(
            kind or shape.kind,
            account_id or call.account_id,
            count=count,
            cursor=params.get("cursor"),
            with_deleted=bool(params.get("with_deleted")),
            equals=equals,
            any_of=any_of,
            prefix=prefix,
            sort=sort,
            with_total=bool(params.get("with_total_count")),
        )
    except CursorError as error:
        raise ApiError(400, "INVALID_PARAMETER", "The cursor is not one this server handed out", "cursor") from error
    extra: dict[str, Any] = {"next_cursor": page.next_cursor}
    if page.total_count is not None:
        extra["total_count"] = page.total_count
    return envelope(call, [public(i) for i in page.items], **extra)


def default_of(operation: Operation, name: str, fallback: Any) -> Any:
    """A parameter's default as the spec's schema gives it."""
    parameter = operation.parameters.get(name)
    return parameter.schema.get("default", fallback) if parameter else fallback


def page_in_memory(call: Call, items: list[dict[str, Any]], key: str = "id") -> dict[str, Any]:
    """Keyset paging for the few lists computed rather than stored (accounts, shared audiences):
    `items` sorted by `key`; the cursor holds the last key handed out."""
    params = call.params
    count = int(params.get("count", default_of(call.operation, "count", 200)))
    if "cursor" in params:
        try:
            text = base64.urlsafe_b64decode(str(params["cursor"]) + "==").decode()
        except (ValueError, UnicodeDecodeError):
            text = ""
        if not text.startswith("m:"):
            raise ApiError(400, "INVALID_PARAMETER", "The cursor is not one this server handed out", "cursor")
        items = [i for i in items if str(i.get(key)) > text[2:]]
    page = items[:count]
    following = None
    if len(items) > count:
        following = base64.urlsafe_b64encode(f"m:{page[-1].get(key)}".encode()).decode().rstrip("=")
    extra: dict[str, Any] = {"next_cursor": following}
    if params.get("with_total_count"):
        extra["total_count"] = len(items)
    return envelope(call, page, **extra)

"""Merge spec sources into one document and cut it per API version.

The sources are split per resource group for people; tools want one document with
only local references, and openapi-python-client does not follow references to
components/parameters or components/responses, so those are inlined here.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
ERROR_RESPONSES_FILE = "components/responses.yaml"
PARAMETERS_FILE = "components/parameters.yaml"
SETTINGS = {
    ERROR_RESPONSES_FILE: {"x-every-operation", "x-json-body-operations", "x-every-response-headers"},
    PARAMETERS_FILE: {"x-parameter-bounds"},
}


class BundleError(Exception):
    """The sources cannot be merged into a consistent document."""


def _load_yaml(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict):
        raise BundleError(f"{path}: expected a mapping at the top level")
    return data


def _merge(target: dict[str, Any], source: dict[str, Any], where: str, depth: int = 2) -> None:
    """Merge sections (`paths`, `components/<kind>`); a path or component written twice is an error."""
    for key, value in source.items():
        if key not in target:
            target[key] = value
        elif depth > 0 and isinstance(target[key], dict) and isinstance(value, dict):
            _merge(target[key], value, f"{where}/{key}", depth - 1)
        else:
            raise BundleError(f"{where}/{key} is defined twice")


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """Every (path, method, operation) of a document, in document order."""
    found = []
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                found.append((path, method, item[method]))
    return found


def _resolve_local(document: dict[str, Any], ref: str) -> Any:
    node: Any = document
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _inline(document: dict[str, Any], node: Any, kinds: tuple[str, ...]) -> Any:
    """Replace references to components of the given kinds by copies of their targets."""
    if isinstance(node, list):
        return [_inline(document, item, kinds) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and any(ref.startswith(f"#/components/{kind}/") for kind in kinds):
        return _inline(document, copy.deepcopy(_resolve_local(document, ref)), kinds)
    return {key: _inline(document, value, kinds) for key, value in node.items()}


def _has_json_body(operation: dict[str, Any]) -> bool:
    return "application/json" in operation.get("requestBody", {}).get("content", {})


def bundle_sources(spec_dir: Path) -> dict[str, Any]:
    """The full bundle: every operation of every version, version markers kept."""
    document = _load_yaml(spec_dir / "openapi.yaml")
    document.setdefault("paths", {})
    document.setdefault("components", {})
    error_settings: dict[str, Any] = {}
    parameter_bounds: dict[str, Any] = {}
    sources = sorted((spec_dir / "components").glob("*.yaml")) + sorted((spec_dir / "resources").glob("*.yaml"))
    for path in sources:
        fragment = _load_yaml(path)
        relative = path.relative_to(spec_dir).as_posix()
        unexpected = set(fragment) - {"paths", "components"} - SETTINGS.get(relative, set())
        if unexpected:
            raise BundleError(f"{relative}: unexpected top-level keys {sorted(unexpected)}")
        if relative == ERROR_RESPONSES_FILE:
            error_settings = {k: fragment.pop(k) for k in list(fragment) if k.startswith("x-")}
        if relative == PARAMETERS_FILE:
            parameter_bounds = fragment.pop("x-parameter-bounds", {})
        _merge(document, {k: fragment.get(k, {}) for k in ("paths", "components")}, relative)

    for item in document["paths"].values():
        shared = item.pop("parameters", [])
        for method in HTTP_METHODS:
            if method in item and shared:
                own = item[method].get("parameters", [])
                keys = {(p.get("name"), p.get("in"), p.get("$ref")) for p in own}
                item[method]["parameters"] = [
                    p for p in shared if (p.get("name"), p.get("in"), p.get("$ref")) not in keys
                ] + own

    every = [str(code) for code in error_settings.get("x-every-operation", [])]
    json_only = [str(code) for code in error_settings.get("x-json-body-operations", [])]
    for _path, _method, operation in operations(document):
        responses = operation.setdefault("responses", {})
        extra = every + (json_only if _has_json_body(operation) else [])
        for code in extra:
            responses.setdefault(code, {"$ref": f"#/components/responses/{code}"})

    inlined: dict[str, Any] = _inline(document, document, ("parameters", "responses"))
    for kind in ("parameters", "responses"):
        inlined["components"].pop(kind, None)
    _add_response_headers(inlined, [str(name) for name in error_settings.get("x-every-response-headers", [])])
    inlined = _inline(inlined, inlined, ("headers",))
    inlined["components"].pop("headers", None)
    for _path, _method, operation in operations(inlined):
        for parameter in operation.get("parameters", []):
            _bound(parameter.get("schema", {}), parameter_bounds)
    return inlined


def _bound(schema: dict[str, Any], bounds: dict[str, Any]) -> None:
    """Give an unbounded parameter string or list the default bound, marked `x-bound: ours`.

    Only inline schemas: a referenced component carries its own bounds where it is written.
    """
    if not bounds or "$ref" in schema:
        return
    types = schema.get("type")
    types = {types} if isinstance(types, str) else set(types or [])
    unbounded_string = "string" in types and not {"maxLength", "enum", "const"} & schema.keys()
    unbounded_list = "array" in types and "maxItems" not in schema
    if unbounded_string or unbounded_list:
        keyword = "maxLength" if unbounded_string else "maxItems"
        schema[keyword] = bounds[keyword]
        schema["x-bound"] = "ours"
    items = [schema["items"]] if "items" in schema else []
    for branch in [*items, *schema.get("anyOf", []), *schema.get("oneOf", [])]:
        _bound(branch, bounds)


def _add_response_headers(document: dict[str, Any], names: list[str]) -> None:
    """Every response of every operation declares the headers every answer carries (rate limits)."""
    for _path, _method, operation in operations(document):
        for response in operation.get("responses", {}).values():
            headers = response.setdefault("headers", {})
            for name in names:
                headers.setdefault(name, {"$ref": f"#/components/headers/{name}"})


def _present(node: dict[str, Any], version: int) -> bool:
    since = node.get("x-since")
    removed = node.get("x-removed-in")
    return (since is None or version >= int(since)) and (removed is None or version < int(removed))


def _cut(node: Any, version: int) -> Any:
    if isinstance(node, list):
        return [_cut(item, version) for item in node if not isinstance(item, dict) or _present(item, version)]
    if not isinstance(node, dict):
        return node
    result = {
        key: _cut(value, version)
        for key, value in node.items()
        if not isinstance(value, dict) or _present(value, version)
    }
    properties = node.get("properties")
    if isinstance(properties, dict) and isinstance(result.get("required"), list):
        dropped = set(properties) - set(result["properties"])
        result["required"] = [name for name in result["required"] if name not in dropped]
    return result


def cut_version(document: dict[str, Any], version: int) -> dict[str, Any]:
    """The bundle as API version `version` has it: absent operations, parameters and fields removed."""
    cut: dict[str, Any] = _cut(document, version)
    cut["paths"] = {path: item for path, item in cut["paths"].items() if any(m in item for m in HTTP_METHODS)}
    cut["info"]["version"] = str(version)
    cut["servers"] = [
        {
            "url": f"https://ads-api.x.com/{version}",
            "description": f"Production Ads API, version {version}",
            "x-internal": False,
        }
    ]
    cut["x-api-version"] = version
    return cut

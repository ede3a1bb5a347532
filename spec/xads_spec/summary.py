"""The operation table printed by `make spec`: what each tag has in each version."""

from __future__ import annotations

from collections import defaultdict

from xads_spec.build import rendered_bundles
from xads_spec.bundle import operations
from xads_spec.documents import dist_path


def operation_table() -> str:
    import json

    bundles = {path: json.loads(text) for path, text in rendered_bundles().items()}
    full = bundles[dist_path()]
    versions = [int(v) for v in full["x-supported-versions"]]
    present = {v: {op["operationId"] for _p, _m, op in operations(bundles[dist_path(v)])} for v in versions}
    rows: dict[str, list[tuple[str, str, str, int, int]]] = defaultdict(list)
    for path, method, op in operations(full):
        in_versions = ",".join(str(v) for v in versions if op["operationId"] in present[v]) or "-"
        rows[op["tags"][0]].append(
            (method.upper(), path, in_versions, len(op.get("parameters", [])), len(op.get("x-rules", [])))
        )
    lines = [f"{'tag / method path':<90} {'versions':<9} {'params':>6} {'rules':>5}"]
    total = 0
    for tag in sorted(rows):
        lines.append(f"{tag} ({len(rows[tag])})")
        for method, path, in_versions, n_params, n_rules in rows[tag]:
            lines.append(f"  {method:<7} {path:<80} {in_versions:<9} {n_params:>6} {n_rules:>5}")
            total += 1
    lines.append(f"{total} operations in {len(rows)} tags; versions {', '.join(map(str, versions))}")
    return "\n".join(lines)

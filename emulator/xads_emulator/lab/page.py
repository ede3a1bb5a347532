"""The journal as a plain HTML page (`GET /_emulator/?token=...`): a table, no script, every value
escaped, and headers that keep the token in its URL from leaking (no referrer, no caching,
no framing)."""

from __future__ import annotations

import html
from typing import Any
from urllib.parse import urlencode

import orjson

HEADERS = [
    (b"cache-control", b"no-store"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"content-security-policy", b"default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"),
]
_STYLE = (
    "body{font:14px system-ui,sans-serif;margin:1.5em}table{border-collapse:collapse;width:100%}"
    "td,th{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}"
    "code{font-size:12px;white-space:pre-wrap;word-break:break-all}.bad{color:#b00020}"
)


def _cell(value: Any) -> str:
    text = value if isinstance(value, str) else orjson.dumps(value).decode()
    return f"<code>{html.escape(text)}</code>" if text not in ("", "null", "[]", "{}") else ""


def render(entries: list[dict[str, Any]], faults: list[dict[str, Any]], token: str, shown: dict[str, str]) -> bytes:
    """Newest first. `shown` holds the filters in force, kept in the form (with the token)."""
    rows = []
    for item in reversed(entries):
        status = item["status"]
        css = ' class="bad"' if status is None or status >= 400 else ""
        rows.append(
            f'<tr data-id="{item["id"]}"><td>{item["id"]}</td><td>{html.escape(item["at"])}</td>'
            f"<td>{html.escape(item['method'])}</td><td>{html.escape(item['path'])}</td>"
            f"<td>{html.escape(item['operation'] or '')}</td>"
            f"<td{css}>{'dropped' if status is None else status}</td><td>{item['latency_ms']:.1f}</td>"
            f"<td>{_cell(item['parameters'])}{_cell(item['body'])}</td><td>{_cell(item['violations'])}</td>"
            f"<td>{_cell(item['ignored_parameters'])}</td><td>{html.escape(item['profile'])}</td>"
            f"<td>{'' if item['fault'] is None else item['fault']}</td></tr>"
        )
    fault_rows = "".join(f"<li>{_cell(rule)}</li>" for rule in faults) or "<li>none</li>"
    inputs = "".join(
        f'<label>{name} <input name="{name}" value="{html.escape(shown.get(name, ""))}"></label> '
        for name in ("operation", "status")
    )
    refresh = html.escape("?" + urlencode({"token": token, **shown}))
    heads = "".join(
        f"<th>{name}</th>"
        for name in (
            "#",
            "at",
            "method",
            "path",
            "operation",
            "status",
            "ms",
            "parameters",
            "violations",
            "ignored",
            "profile",
            "fault",
        )
    )
    page = (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>X Ads API emulator: requests</title>"
        f"<style>{_STYLE}</style></head><body><h1>Requests</h1>"
        f'<form method=get action="/_emulator/"><input type=hidden name=token value="{html.escape(token)}">'
        f'{inputs}<button>Filter</button> <a href="{refresh}">refresh</a></form>'
        f"<p id=count>{len(entries)} request(s), newest first.</p>"
        f"<table id=requests><thead><tr>{heads}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<h2>Fault rules</h2><ul id=faults>{fault_rows}</ul></body></html>"
    )
    return page.encode()

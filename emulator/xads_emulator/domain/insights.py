"""Keyword insights: deterministic synthetic volumes and 30 related keywords."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

from xads_emulator.calls import Call
from xads_emulator.domain import HANDLERS
from xads_validators.rules.registry import parse_time

_WORDS = [
    "dev",
    "developer",
    "coders",
    "mysql",
    "devs",
    "#technology",
    "#developers",
    "security",
    "programmers",
    "#tech",
    "javascript",
    "#iot",
    "#bigdata",
    "cloud",
    "devops",
    "php",
    "programmer",
    "engineer",
    "agile",
    "app",
    "programming",
    "ios",
    "maker",
    "startups",
    "java",
    "#devops",
    "startup",
    "python",
    "rust",
    "api",
]


def search_keyword_insights(call: Call) -> dict[str, Any]:
    keywords = [str(k) for k in call.params["keywords"]]
    seed = hashlib.sha256(",".join(sorted(keywords)).encode()).digest()
    start = parse_time(call.params["start_time"]) or call.now
    end = parse_time(call.params.get("end_time")) or call.now
    step = timedelta(hours=1) if call.params["granularity"] == "HOUR" else timedelta(days=1)
    points = max(1, int((end - start) / step))
    volumes = [int.from_bytes(seed[i % 32 : i % 32 + 2], "big") % 20000 + 100 for i in range(points)]
    offset = seed[0] % len(_WORDS)
    related = [_WORDS[(offset + i) % len(_WORDS)] for i in range(30)]
    params = {**call.params, "start_time": _iso(start), "end_time": _iso(end)}
    return {"request": {"params": params}, "data": {"related_keywords": related, "tweet_volume": volumes}}


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


HANDLERS.update(search_keyword_insights=search_keyword_insights)

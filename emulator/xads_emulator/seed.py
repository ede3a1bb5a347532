"""The seed file: apps, users and their tokens, ads accounts, uploaded media, line items."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# Installed, the seed ships inside the package (xads_emulator/seeds/); in a checkout it is emulator/seed/.
_PACKAGED = Path(__file__).resolve().parent / "seeds" / "default.yaml"
DEFAULT_SEED = _PACKAGED if _PACKAGED.is_file() else Path(__file__).resolve().parent.parent / "seed" / "default.yaml"


@dataclass(frozen=True)
class User:
    user_id: str
    screen_name: str
    access_token: str
    access_token_secret: str
    accounts: frozenset[str]


@dataclass(frozen=True)
class Seed:
    consumer_secrets: dict[str, str]
    users: dict[str, User]  # by access token
    accounts: list[dict[str, Any]]
    media: list[dict[str, Any]] = field(default_factory=list)
    line_items: list[dict[str, Any]] = field(default_factory=list)
    custom_audiences: list[dict[str, Any]] = field(default_factory=list)

    def token_secrets(self) -> dict[str, str]:
        return {token: user.access_token_secret for token, user in self.users.items()}


def load_seed(path: Path = DEFAULT_SEED) -> Seed:
    raw: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return seed_from(raw)


def seed_from(raw: dict[str, Any]) -> Seed:
    """A seed from its YAML structure (emulator/README.md), already parsed."""
    users = {
        u["access_token"]: User(
            str(u["user_id"]),
            u.get("screen_name", ""),
            u["access_token"],
            u["access_token_secret"],
            frozenset(u["accounts"]),
        )
        for u in raw.get("users", [])
    }
    return Seed(
        consumer_secrets={a["consumer_key"]: a["consumer_secret"] for a in raw.get("apps", [])},
        users=users,
        accounts=list(raw.get("accounts", [])),
        media=list(raw.get("media", [])),
        line_items=list(raw.get("line_items", [])),
        custom_audiences=list(raw.get("custom_audiences", [])),
    )

"""What a test holds of an emulator it started, served on loopback or in-process: the app, the
seed's credentials, connected clients, the clock and reset, and the lab (faults, the request
journal, snapshots). One class serves the pytest plugin and the in-process mock."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from xads_client import Credentials, connect
from xads_emulator.app import EmulatorApp
from xads_emulator.clock import iso
from xads_emulator.seed import Seed, User


class EmulatorHandle:
    def __init__(self, app: EmulatorApp, base_url: str) -> None:
        self.app = app
        self.base_url = base_url.rstrip("/")

    @property
    def seed(self) -> Seed:
        return self.app.seed

    def url(self, version: int = 12) -> str:
        """The API's base URL for one version, as clients take it (`.../12`)."""
        return f"{self.base_url}/{version}"

    def user(self, screen_name: str | None = None) -> User:
        """A seeded user by screen name; the seed's first user by default."""
        users = list(self.seed.users.values())
        if screen_name is None:
            return users[0]
        found = next((u for u in users if u.screen_name == screen_name), None)
        if found is None:
            raise KeyError(f"no seeded user {screen_name!r}; seeded: {', '.join(u.screen_name for u in users)}")
        return found

    def credentials(self, screen_name: str | None = None) -> Credentials:
        """`xads_client.Credentials` of a seeded user, signed for the seed's first app."""
        user = self.user(screen_name)
        consumer_key, consumer_secret = next(iter(self.seed.consumer_secrets.items()))
        return Credentials(consumer_key, consumer_secret, user.access_token, user.access_token_secret)

    def client(self, version: int = 12, screen_name: str | None = None, **options: Any) -> Any:
        """A generated client for `version`, connected through `xads_client.connect` as a seeded user."""
        return connect(self.url(version), self.credentials(screen_name), **options)

    def reset(self) -> None:
        """Back to the seed."""
        self.app.reset()

    def now(self) -> str:
        return iso(self.app.clock.now())

    def set_clock(self, moment: datetime) -> None:
        self.app.clock.set(moment)

    def advance_clock(self, seconds: float) -> None:
        self.app.clock.advance(seconds)

    # -- the lab (xads_emulator/lab/) -------------------------------------------------------
    def add_fault(self, **rule: Any) -> dict[str, Any]:
        """Inject a fault (the rule fields of /_emulator/faults); its listing, with its id.
        lab.FaultError names a field at fault."""
        return self.app.lab.faults.add([rule])[0]

    def faults(self) -> list[dict[str, Any]]:
        return self.app.lab.faults.listing()

    def clear_faults(self, rule_id: int | None = None) -> int:
        """Remove one rule, or all; how many went."""
        return self.app.lab.faults.remove(rule_id)

    def requests(
        self, operation: str | None = None, status: int | None = None, since: int = 0, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """The request journal, oldest first, secrets redacted (as GET /_emulator/requests)."""
        return self.app.lab.journal.read(operation, status, since, limit)

    def snapshot(self, name: str) -> None:
        """Save the whole state under `name` (SQLite's backup API, into memory)."""
        self.app.lab.snapshot(name)

    def restore(self, name: str) -> None:
        """Back to the state saved as `name` (KeyError if none)."""
        self.app.lab.restore(name)

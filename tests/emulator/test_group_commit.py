"""Group commit (emulator/xads_emulator/commits.py): the requests of one turn of the event loop
share a COMMIT, each stays all-or-nothing on its own, no answer leaves before what it wrote
is committed (another connection to the database file already sees it), and a process waiting
for another's write lock keeps serving."""

from __future__ import annotations

import asyncio
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as Pending
from pathlib import Path

import httpx
import pytest

from tests.support.emulator import ACCOUNT, DEMO, ResponseChecker, checked_emulator
from xads_client import OAuth1Auth
from xads_emulator.app import EmulatorApp
from xads_emulator.commits import WriterLock
from xads_emulator.server import running

CTA = f"/accounts/{ACCOUNT}/preroll_call_to_actions"
PARAMS = {"line_item_id": "8v53k", "call_to_action": "SHOP", "call_to_action_url": "https://x.com"}


def _count(database: Path) -> int:
    with sqlite3.connect(database) as other:
        return int(other.execute("SELECT count(*) FROM resources WHERE kind = 'preroll_call_to_actions'").fetchone()[0])


def _stored(database: Path, kind: str, item_id: str) -> bool:
    """Whether a connection of its own (so: committed data only) finds the item."""
    with sqlite3.connect(database) as other:
        found = other.execute("SELECT 1 FROM resources WHERE kind = ? AND id = ?", (kind, item_id)).fetchone()
    return found is not None


def test_concurrent_requests_share_commits_and_a_replay_within_a_group_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "group.sqlite3"
    app = EmulatorApp(database)
    commits: list[int] = []
    commit_group = app.store.commit_group

    def counted() -> None:
        commits.append(1)
        commit_group()

    monkeypatch.setattr(app.store, "commit_group", counted)
    auth = OAuth1Auth(DEMO)

    async def send_together() -> list[httpx.Response]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://emulator/12") as client:
            replayed = client.build_request("POST", CTA, params=PARAMS)
            replayed.headers["Authorization"] = auth.authorization("POST", str(replayed.url))
            creates = [client.post(CTA, params=PARAMS, auth=auth) for _ in range(8)]
            return await asyncio.gather(*creates, client.send(replayed), client.send(replayed))

    *created, first, second = asyncio.run(send_together())
    assert [r.status_code for r in created] == [200] * 8
    assert sorted([first.status_code, second.status_code]) == [200, 401]  # one nonce, spent once
    assert 1 <= len(commits) < 10, "ten concurrent requests should not take ten commits"
    kept = first if first.status_code == 200 else second
    for response in [*created, kept]:
        assert _stored(database, "preroll_call_to_actions", response.json()["data"]["id"])


def test_no_answer_leaves_before_its_write_is_committed(tmp_path: Path) -> None:
    """Sixteen clients at once over HTTP: whoever gets a 200 finds the item from another connection."""
    database = tmp_path / "served.sqlite3"
    with checked_emulator(database, ResponseChecker()) as served:

        def create(_: int) -> list[str]:
            missing = []
            with served.client() as client:
                for _ in range(10):
                    response = client.post(CTA, params=PARAMS)
                    assert response.status_code == 200, response.text
                    item_id = response.json()["data"]["id"]
                    if not _stored(database, "preroll_call_to_actions", item_id):
                        missing.append(item_id)
            return missing

        with ThreadPoolExecutor(max_workers=16) as pool:
            missing = [item for found in pool.map(create, range(16)) for item in found]
    assert missing == []


def test_a_failed_commit_answers_500_and_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A commit that fails (a full disk, say) undoes the whole group and every request in it says so."""
    database = tmp_path / "failing.sqlite3"
    app = EmulatorApp(database)
    commit_group = app.store.commit_group

    def failing() -> None:
        app.store._db.execute("ROLLBACK")  # what commit_group does when COMMIT fails
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(app.store, "commit_group", failing)
    before = _count(database)

    async def send_together() -> list[httpx.Response]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://emulator/12") as client:
            return await asyncio.gather(*(client.post(CTA, params=PARAMS, auth=OAuth1Auth(DEMO)) for _ in range(3)))

    answers = asyncio.run(send_together())
    assert [r.status_code for r in answers] == [500] * 3
    assert {r.json()["errors"][0]["code"] for r in answers} == {"INTERNAL_ERROR"}
    monkeypatch.setattr(app.store, "commit_group", commit_group)
    assert _count(database) == before


def test_a_write_waits_for_another_process_without_stalling_the_server(tmp_path: Path) -> None:
    """While another process holds the database's write lock (here the test takes it), a write
    waits for it and the server goes on answering what needs no lock; the write lands once the
    lock is free."""
    database = tmp_path / "locked.sqlite3"
    app = EmulatorApp(database)
    other = WriterLock(str(database))
    with running(app) as url, ThreadPoolExecutor(max_workers=1) as pool:
        assert other.take()
        try:

            def create() -> httpx.Response:
                with httpx.Client(base_url=f"{url}/12", auth=OAuth1Auth(DEMO), timeout=30) as client:
                    return client.post(CTA, params=PARAMS)

            write = pool.submit(create)
            unsigned = httpx.get(f"{url}/12/accounts/{ACCOUNT}", timeout=5)  # refused before any lock is needed
            assert unsigned.status_code == 401
            with pytest.raises(Pending):
                write.result(timeout=0.5)  # still waiting for the lock
        finally:
            other.release()
        created = write.result(timeout=30)
    assert created.status_code == 200, created.text
    assert _stored(database, "preroll_call_to_actions", created.json()["data"]["id"])

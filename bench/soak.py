"""Load, faults and durability against the emulator as a real process on loopback.

`make soak`: 32 clients for 60 seconds of mixed creates, reads, updates, deletes and
batches, then a SIGKILL in the middle of writes and a restart on the same database; once
with one server process, once with `serve --workers 2` (the SIGKILL then hits one worker
while the other goes on serving). XADS_SOAK_WORKERS picks the worker counts (default 1,2).
Checks: no 5xx, every acknowledged create readable afterwards, ids unique, a cursor walk
over a fixed set never skips or repeats while others insert, nothing acknowledged is lost
by the kill. Exits 1 on any failure.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from xads_client import Credentials, OAuth1Auth
from xads_emulator.control import TOKEN_ENV
from xads_emulator.server import free_port, wait_until_serving

CREDENTIALS = Credentials("demo-consumer-key", "demo-consumer-secret", "demo-user-token", "demo-user-token-secret")
ACCOUNT = "18ce54d4x5t"
CTAS = f"/accounts/{ACCOUNT}/preroll_call_to_actions"


@dataclass
class Tally:
    statuses: Counter[int] = field(default_factory=Counter)
    created: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, response: httpx.Response) -> None:
        with self.lock:
            self.statuses[response.status_code] += 1


def start(db: Path, workers: int = 1, admin_token: str | None = None) -> tuple[subprocess.Popen[bytes], str]:
    """`xads-emulator serve` as a process of its own (`--workers N` processes on `db`, no log
    line per request; control endpoints only with `admin_token`, given by environment);
    returns it and its version-12 base URL once it answers."""
    port = free_port()
    command = [sys.executable, "-m", "xads_emulator", "serve", "--port", str(port), "--db", str(db), "--quiet"]
    command += ["--workers", str(workers), *([] if admin_token else ["--no-control"])]
    env = {**os.environ, TOKEN_ENV: admin_token} if admin_token else None
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=env)
    base = f"http://127.0.0.1:{port}"
    wait_until_serving(base, process)
    return process, f"{base}/12"


def cpu_seconds(pid: int) -> float:
    """CPU time (user and system) a process has used so far (Linux: /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def worker_pids(process: subprocess.Popen[bytes]) -> list[int]:
    """The worker processes of `serve --workers N` (Linux: the parent's children)."""
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    return [int(pid) for pid in children]


def client(url: str) -> httpx.Client:
    return httpx.Client(base_url=url, auth=OAuth1Auth(CREDENTIALS), timeout=30)


def create_cta(api: httpx.Client, tally: Tally, line_item: str = "8v53k") -> str | None:
    response = api.post(
        CTAS, params={"line_item_id": line_item, "call_to_action": "SHOP", "call_to_action_url": "https://x.com"}
    )
    tally.record(response)
    if response.status_code == 200:
        cta_id = str(response.json()["data"]["id"])
        with tally.lock:
            tally.created.append(cta_id)
        return cta_id
    return None


def worker(url: str, tally: Tally, until: float, seed: int) -> None:
    chooser = random.Random(seed)
    mine: list[str] = []
    with client(url) as api:
        while time.time() < until:
            action = chooser.random()
            if action < 0.35 or not mine:
                made = create_cta(api, tally)
                if made:
                    mine.append(made)
            elif action < 0.6:
                tally.record(api.get(f"{CTAS}/{chooser.choice(mine)}", params={"with_deleted": "true"}))
            elif action < 0.75:
                tally.record(api.put(f"{CTAS}/{chooser.choice(mine)}", params={"call_to_action": "WATCH_NOW"}))
            elif action < 0.85:
                tally.record(api.get(CTAS, params={"count": 20, "line_item_ids": "8v53k"}))
            elif action < 0.93:
                tally.record(api.delete(f"{CTAS}/{mine.pop(chooser.randrange(len(mine)))}"))
            else:
                batch = [{"operation_type": "Update", "params": {"users": [{"email": ["a" * 64]}]}}]
                tally.record(api.post(f"/accounts/{ACCOUNT}/custom_audiences/2906h/users", json=batch))


def walk(url: str, expected: set[str], tally: Tally, walks: list[list[str]], until: float) -> None:
    with client(url) as api:
        while time.time() < until:
            seen: list[str] = []
            cursor = None
            while True:
                params: dict[str, str | int] = {
                    "count": 7,
                    "line_item_ids": "5gzog",
                    **({"cursor": cursor} if cursor else {}),
                }
                response = api.get(CTAS, params=params)
                tally.record(response)
                page = response.json()
                seen += [item["id"] for item in page["data"]]
                cursor = page.get("next_cursor")
                if not cursor:
                    break
            walks.append(seen)


def load_phase(clients: int, seconds: float, workers: int = 1) -> list[str]:
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        process, url = start(Path(scratch) / "soak.sqlite3", workers)
        try:
            tally = Tally()
            with client(url) as api:
                fixed = {made for _ in range(60) if (made := create_cta(api, tally, "5gzog"))}
            until = time.time() + seconds
            walks: list[list[str]] = []
            threads = [threading.Thread(target=worker, args=(url, tally, until, n)) for n in range(clients)]
            threads.append(threading.Thread(target=walk, args=(url, fixed, tally, walks, until)))
            started = time.time()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.time() - started
            total = sum(tally.statuses.values())
            rate = total / elapsed
            print(
                f"load ({workers} worker{'s' if workers > 1 else ''}): {clients} clients, {elapsed:.0f} s,"
                f" {total} requests ({rate:.0f}/s), {dict(tally.statuses)}"
            )
            server_errors = sum(n for status, n in tally.statuses.items() if status >= 500)
            if server_errors:
                failures.append(f"{server_errors} answers were 5xx")
            if len(tally.created) != len(set(tally.created)):
                failures.append("duplicate ids were handed out")
            with client(url) as api:
                missing = [
                    i
                    for i in tally.created
                    if api.get(f"{CTAS}/{i}", params={"with_deleted": "true"}).status_code != 200
                ]
            if missing:
                failures.append(f"{len(missing)} acknowledged creates are not readable: {missing[:5]}")
            bad_walks = [w for w in walks if sorted(w) != sorted(fixed) or len(w) != len(set(w))]
            print(
                f"cursor walks over {len(fixed)} fixed items while others inserted: {len(walks)}, bad: {len(bad_walks)}"
            )
            if bad_walks or not walks:
                failures.append(f"{len(bad_walks)} of {len(walks)} cursor walks skipped or repeated items")
            print(f"acknowledged creates: {len(tally.created)}, all readable: {not missing}")
        finally:
            process.terminate()
            process.wait(timeout=10)
    return failures


def kill_phase(clients: int, seconds: float, workers: int = 1) -> list[str]:
    """SIGKILL under writes (of the server, or of one of its workers), then a restart on the same
    database: every acknowledged create is still there."""
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "kill.sqlite3"
        process, url = start(db, workers)
        tally = Tally()
        until = time.time() + seconds * 3

        def writer() -> None:
            with client(url) as api:
                while time.time() < until:
                    try:
                        create_cta(api, tally)
                    except httpx.TransportError:
                        return

        threads = [threading.Thread(target=writer) for _ in range(clients)]
        for thread in threads:
            thread.start()
        time.sleep(seconds)
        if workers == 1:
            process.send_signal(signal.SIGKILL)
        else:  # one worker dies; the others go on serving the writers until the end
            os.kill(worker_pids(process)[0], signal.SIGKILL)
        for thread in threads:
            thread.join()
        process.terminate()
        process.wait()
        acknowledged = list(tally.created)
        process, url = start(db, workers)
        try:
            with client(url) as api:
                lost = [i for i in acknowledged if api.get(f"{CTAS}/{i}").status_code != 200]
        finally:
            process.terminate()
            process.wait(timeout=10)
        killed = "the server" if workers == 1 else f"one of {workers} workers"
        print(f"SIGKILL of {killed} during writes: {len(acknowledged)} acknowledged, lost after restart: {len(lost)}")
        if lost:
            failures.append(f"{len(lost)} acknowledged writes were lost by the kill")
    return failures


def main() -> int:
    seconds = float(os.environ.get("XADS_SOAK_SECONDS", "60"))
    clients = int(os.environ.get("XADS_SOAK_CLIENTS", "32"))
    failures = []
    for workers in (int(n) for n in os.environ.get("XADS_SOAK_WORKERS", "1,2").split(",")):
        failures += load_phase(clients, seconds, workers) + kill_phase(min(clients, 8), min(seconds, 5.0), workers)
    for failure in failures:
        print(f"FAIL: {failure}")
    print("soak: " + ("passed" if not failures else f"{len(failures)} failure(s)"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

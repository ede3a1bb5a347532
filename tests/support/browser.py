"""One headless Chromium, driven over its DevTools pipe (`--remote-debugging-pipe`) with the stdlib.

Chromium reads DevTools protocol commands from its fd 3 and writes answers and events to its fd 4,
each a JSON message ended by a NUL byte. One browser then serves every page a test needs, instead
of one browser start (and one page load) per page with `--dump-dom`.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

TRAMPOLINE = (
    "import os, sys; os.dup2(int(sys.argv[1]), 3); os.dup2(int(sys.argv[2]), 4);"
    " os.execv(sys.argv[3], sys.argv[3:])"
)

# Resolves to what `read(element)` gives once every expected string is in it, or at the deadline.
WAIT_FOR = """new Promise(resolve => {
  const expected = %s, deadline = Date.now() + %d, read = %s;
  const poll = () => {
    const root = document.querySelector(%s), found = root ? read(root) : "";
    if (expected.every(s => found.includes(s)) || Date.now() > deadline) resolve(found); else setTimeout(poll, 50);
  };
  poll();
})"""
VISIBLE_TEXT = 'root => root.innerText.replace(/\\s+/g, " ")'
MARKUP = "root => root.outerHTML"


class Browser:
    """A headless Chromium with one tab; `open` a URL, then read an element's text as shown."""

    def __init__(self, profile: Path, timeout: float = 60) -> None:
        executable = shutil.which("chromium")
        assert executable, "Chromium is missing: `make test` installs it (apt-get install -y chromium)"
        self.timeout = timeout
        commands_out, self._commands = os.pipe()
        self._answers, answers_in = os.pipe()
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}",
                 "--remote-debugging-pipe", "about:blank"]
        # A Python trampoline puts the pipe ends on fds 3 and 4, where Chromium expects them.
        self._process = subprocess.Popen(
            [sys.executable, "-c", TRAMPOLINE, str(commands_out), str(answers_in), executable, *flags],
            pass_fds=(commands_out, answers_in), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(commands_out)
        os.close(answers_in)
        self._buffer = b""
        self._last_id = 0
        self._events: list[str] = []
        try:
            target = self.call("Target.createTarget", url="about:blank")["targetId"]
            self._session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
            self.call("Page.enable", self._session)
        except BaseException:
            self.__exit__()
            raise

    def _message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._answers], [], [], max(0.0, deadline - time.monotonic()))
            assert ready, "Chromium did not answer in time"
            chunk = os.read(self._answers, 1 << 16)
            assert chunk, f"Chromium closed its DevTools pipe (exit code {self._process.poll()})"
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)  # type: ignore[no-any-return]

    def call(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """Send one command and return its result; events that arrive meanwhile are noted by name."""
        self._last_id += 1
        command: dict[str, Any] = {"id": self._last_id, "method": method, "params": params}
        if session:
            command["sessionId"] = session
        os.write(self._commands, json.dumps(command).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            message = self._message(deadline)
            if message.get("id") == self._last_id:
                assert "error" not in message, f"{method}: {message['error']}"
                return message["result"]  # type: ignore[no-any-return]
            if "method" in message:
                self._events.append(message["method"])

    def open(self, url: str) -> None:
        """Go to `url`; a change of fragment only is a same-document navigation (no reload)."""
        self._events.clear()
        navigated = self.call("Page.navigate", self._session, url=url)
        assert "errorText" not in navigated, f"{url}: {navigated['errorText']}"
        if "loaderId" not in navigated:
            return  # same document: no load event follows
        deadline = time.monotonic() + self.timeout
        while "Page.loadEventFired" not in self._events:
            message = self._message(deadline)
            self._events.append(message.get("method", ""))

    def text(self, selector: str, expected: list[str]) -> str:
        """The visible text of the first element matching `selector`, each run of white space as one
        space, read once all of `expected` shows in it (the page renders after loading), or at the
        timeout, for the caller to judge."""
        return self._read(VISIBLE_TEXT, selector, expected)

    def markup(self, selector: str, expected: list[str]) -> str:
        """The element's HTML as the browser holds it (what the page's scripts made of it), read as `text` is."""
        return self._read(MARKUP, selector, expected)

    def _read(self, reader: str, selector: str, expected: list[str]) -> str:
        script = WAIT_FOR % (json.dumps(expected), self.timeout * 1000 // 2, reader, json.dumps(selector))
        shown = self.call("Runtime.evaluate", self._session, expression=script, awaitPromise=True,
                          returnByValue=True)
        assert "exceptionDetails" not in shown, shown["exceptionDetails"]
        return shown["result"]["value"]  # type: ignore[no-any-return]

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.call("Browser.close")
        except (AssertionError, OSError):
            self._process.kill()
        finally:
            os.close(self._commands)
            os.close(self._answers)
            self._process.wait(timeout=30)

"""Headless Debian Chromium for tests, driven over the Chrome DevTools Protocol (CDP).

`chromium_path()` finds `/usr/bin/chromium` or installs Debian's `chromium` package with
apt-get. Policy: where it cannot be installed at all (no apt-get, not root) the browser
tests skip with that reason, also under `CI=true`; where apt-get is there but installing
fails, they skip locally and fail under `CI=true`, so CI never passes silently without a
browser. No browser is ever downloaded by a test tool.

`Browser` starts Chromium with the flags this machine needs (no background networking, a
fresh profile) and talks CDP through a WebSocket to one page: evaluate JavaScript, wait for
a condition, dispatch key presses, take screenshots, and record console errors, uncaught
exceptions and every network request the page makes.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.sync.client import ClientConnection, connect

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--window-size=1400,1000",
    "--remote-debugging-port=0",
]
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _install_chromium() -> str | None:
    """Install Debian's chromium; return a reason when it could not be installed."""
    apt = shutil.which("apt-get")
    if apt is None:
        return "cannot install Chromium here: no apt-get"
    if os.geteuid() != 0:
        return "cannot install Chromium here: apt-get needs root"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    command = [apt, "install", "-y", "--no-install-recommends", "chromium"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0:  # the package lists may be missing or stale
        subprocess.run([apt, "update"], capture_output=True, text=True, env=env, check=False)
        result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0 or not CHROMIUM.exists():
        tail = "\n".join((result.stdout + result.stderr).splitlines()[-15:])
        message = f"`{' '.join(command)}` failed:\n{tail}"
        if IN_CI:
            pytest.fail(message + "\n(CI=true: the browser test must run)")
        return message
    return None


def chromium_path() -> str:
    """The Chromium binary, installed with apt when missing (see the module's policy)."""
    if not CHROMIUM.exists():
        reason = _install_chromium()
        if reason:
            pytest.skip(reason)
    return str(CHROMIUM)


class Browser:
    """One headless Chromium page under CDP."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.ids = itertools.count(1)
        self.requests: list[str] = []
        self.posts: dict[str, str] = {}  # request id → URL of each POST the page sent
        self.finished: set[str] = set()
        self.console_errors: list[str] = []
        self.exceptions: list[str] = []

    def _record(self, message: dict[str, Any]) -> None:
        method, params = message.get("method"), message.get("params", {})
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
            if params["request"]["method"] == "POST":
                self.posts[params["requestId"]] = params["request"]["url"]
        elif method == "Network.loadingFinished":
            self.finished.add(params["requestId"])
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            self.exceptions.append(
                details.get("exception", {}).get("description") or details.get("text", "")
            )
        elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            self.console_errors.append(
                " ".join(str(a.get("value", a.get("description", ""))) for a in params["args"])
            )
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            entry = params["entry"]
            where = entry.get("url", "")
            self.console_errors.append(f"{entry.get('source')}: {entry['text']} {where}")

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send one CDP command and return its result, recording events meanwhile."""
        ident = next(self.ids)
        self.ws.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv(timeout=60))
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self._record(message)

    def evaluate(self, expression: str) -> Any:
        result = self.call(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30, what: str = "") -> Any:
        """Poll a JavaScript expression until it is truthy; fail with `what` on timeout."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"timed out waiting for {what or expression}; "
                    f"exceptions={self.exceptions} console errors={self.console_errors}"
                )
            time.sleep(0.2)

    def post_bodies(self, url: str) -> list[dict[str, Any]]:
        """The JSON bodies of the answers to the POSTs the page sent to `url`, in order."""
        bodies = []
        for request_id, target in list(self.posts.items()):
            if target == url and request_id in self.finished:
                body = self.call("Network.getResponseBody", requestId=request_id)
                bodies.append(json.loads(body["body"]))
        return bodies

    def navigate(self, url: str) -> None:
        self.call("Page.navigate", url=url)

    def press(self, key: str, code: str, key_code: int, modifiers: int = 0) -> None:
        for kind in ("keyDown", "keyUp"):
            self.call(
                "Input.dispatchKeyEvent",
                type=kind,
                key=key,
                code=code,
                windowsVirtualKeyCode=key_code,
                modifiers=modifiers,
            )

    def screenshot(self, path: Path) -> Path:
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))
        return path


def _devtools_port(profile: Path, process: subprocess.Popen[bytes], timeout: float) -> int:
    marker = profile / "DevToolsActivePort"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Chromium exited with status {process.returncode}")
        if marker.exists():
            lines = marker.read_text().splitlines()
            if lines and lines[0].isdigit():
                return int(lines[0])
        time.sleep(0.05)
    raise RuntimeError("Chromium did not open its DevTools port")


def _connect_page(port: int, timeout: float) -> ClientConnection:
    """Open the CDP WebSocket of Chromium's first page, retrying while it starts up."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            targets = httpx.get(f"http://127.0.0.1:{port}/json/list", timeout=10).json()
            page = next(t for t in targets if t["type"] == "page")
            return connect(page["webSocketDebuggerUrl"], max_size=None, open_timeout=10)
        except (OSError, httpx.HTTPError, StopIteration, ValueError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _group_alive(group: int) -> bool:
    """Whether a live (not zombie) process of this process group is left."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[2]) == group:
            return True
    return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop Chromium and every process it started (its own process group)."""
    group = process.pid
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with suppress(ProcessLookupError):
            os.killpg(group, sig)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            process.poll()
            if not _group_alive(group):
                process.wait(timeout=10)  # reap Chromium itself
                return
            time.sleep(0.05)


@contextmanager
def browser(binary: str) -> Iterator[Browser]:
    """A fresh headless Chromium (new empty profile) with one blank page under CDP."""
    profile = Path(tempfile.mkdtemp(prefix="kb-chromium-"))
    process = subprocess.Popen(
        [binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        port = _devtools_port(profile, process, timeout=30)
        with _connect_page(port, timeout=30) as ws:
            session = Browser(ws)
            for domain in ("Page", "Runtime", "Log", "Network"):
                session.call(f"{domain}.enable")
            yield session
    finally:
        _stop(process)
        shutil.rmtree(profile, ignore_errors=True)

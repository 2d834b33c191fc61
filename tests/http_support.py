"""The real app over real HTTP: served by waitress (as `aqm serve` does) on a free localhost
port in a thread of the test process, and users with their own logged-in ``requests``
sessions who open pages and post Dash callbacks as the browser would (same-origin headers,
so the cross-site checks of ``dashboards/hardening.py`` pass)."""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

TIMEOUT_S = 60.0  # a request slower than this counts as a user-visible error


@dataclass(frozen=True)
class Served:
    base: str  # http://127.0.0.1:PORT
    app: Any  # the dash.Dash app (its callback_map builds callback bodies)


@contextlib.contextmanager
def serve(db: Path, secret_key: str = "http-test") -> Iterator[Served]:
    """The app on waitress with `aqm serve`'s thread count, for the block."""
    from waitress.server import create_server

    from dashboards import app as web_app
    from dashboards import hardening

    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "queue depth" notices
    hardening.THROTTLE.reset(db)
    app = web_app.create_app(db, secret_key=secret_key, secure_cookies=False)
    server = create_server(app.server, host="127.0.0.1", port=0, threads=web_app.THREADS)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield Served(f"http://127.0.0.1:{server.effective_port}", app)
    finally:
        server.close()
        thread.join(timeout=10)


class User:
    """One browser: a cookie jar, logged in as ``username``."""

    def __init__(self, served: Served, username: str, password: str) -> None:
        self.base = served.base
        self.session = requests.Session()
        self.session.headers.update({"Origin": served.base, "Sec-Fetch-Site": "same-origin"})
        r = self.session.post(f"{self.base}/auth/login", timeout=TIMEOUT_S,
                              data={"username": username, "password": password},
                              allow_redirects=False)
        if r.status_code != 302 or "error" in r.headers.get("Location", ""):
            raise AssertionError(f"login of {username} failed: {r.status_code}")

    def get(self, path: str) -> requests.Response:
        return self.session.get(f"{self.base}{path}", timeout=TIMEOUT_S, allow_redirects=False)

    def callback(self, body: dict[str, Any]) -> requests.Response:
        return self.session.post(f"{self.base}/_dash-update-component", data=json.dumps(body),
                                 headers={"Content-Type": "application/json"},
                                 timeout=TIMEOUT_S)

"""Shared by the access-control tests: a private copy of the app database (these tests write
reviews, disputes, coaching sessions and audit rows, and move a media row), clients that log
in from a chosen address, Dash callback bodies built from ``app.callback_map``, and the
protected data a refused answer must not contain."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aqm import auth
from aqm.store import Store
from aqm.store import queries as q
from dashboards.client import callback_body

from .app_support import PASSWORD, USERS, call_of

# everyone the matrix tries: the app_support users plus a coach limited to one team
ROLES_OF = {name: role for name, (role, _) in USERS.items()} | {"coach-cards": "coach"}
PEOPLE = ["anonymous", *ROLES_OF]
ROOT = Path(__file__).resolve().parents[1]
OWN_ORIGIN = "http://localhost"  # Flask's test client serves http://localhost/
EVIL_ORIGIN = "https://evil.example"


@pytest.fixture(scope="session")
def sec_db(app_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("security") / "security.duckdb"
    shutil.copy(app_db, db)
    auth.add_user(db, "coach-cards", PASSWORD, "coach", team="Cards")
    auth.add_user(db, "locked-target", PASSWORD, "qa")
    return db


def make_web(db: Path) -> Iterator[Any]:
    """The app pointed at ``db`` (cookies not Secure, as on plain http), throttle cleared."""
    from dashboards import hardening
    from dashboards.app import create_app

    hardening.THROTTLE.reset(db)
    yield create_app(db, secret_key="security-test", secure_cookies=False)
    hardening.THROTTLE.reset(db)


class Counter:
    """Counts the requests a test makes (the figures in the README)."""

    def __init__(self) -> None:
        self.n = 0


def client(web: Any, username: str | None = None, address: str = "127.0.0.1") -> Any:
    c = web.server.test_client()
    c.environ_base["REMOTE_ADDR"] = address
    if username not in (None, "anonymous"):
        r = c.post("/auth/login", data={"username": username, "password": PASSWORD})
        assert r.status_code == 302 and "error" not in r.headers["Location"], username
    return c


def post(c: Any, body: dict[str, Any], origin: str | None = None,
         headers: dict[str, str] | None = None) -> Any:
    extra = dict(headers or {})
    if origin is not None:
        extra["Origin"] = origin
    return c.post("/_dash-update-component", data=json.dumps(body),
                  content_type="application/json", headers=extra)


def server_callbacks(web: Any) -> dict[str, Any]:
    """Every server-side callback except the Pages router (pages are tried by URL)."""
    found = {k: v for k, v in web.callback_map.items()
             if "_pages_content" not in k and v.get("callback") is not None}
    assert found, "no callbacks registered"
    return found


def body_of(key: str, cb: dict[str, Any], value: Any = None,
            by_id: dict[str, Any] | None = None) -> dict[str, Any]:
    """The request the renderer would post for callback ``key``, every input and state set
    to ``by_id[component id]`` if there, else ``value`` (a callable gets (component id,
    property) and returns the value)."""
    def v(i: dict[str, Any]) -> Any:
        if by_id is not None and i["id"] in by_id:
            return by_id[i["id"]]
        return value(i["id"], i["property"]) if callable(value) else value

    outputs = [tuple(p.split(".", 1)) for p in key.strip(".").split("...")]
    inputs = [(i["id"], i["property"], v(i)) for i in cb["inputs"]]
    state = [(s["id"], s["property"], v(s)) for s in cb["state"]]
    return callback_body(outputs, inputs, state)  # type: ignore[arg-type]


def calls_of(db: Path) -> dict[str, str]:
    """The calls the matrix uses: linda's (Retail Banking) and Mark Evans's (Cards)."""
    return {"linda": call_of(db, "A1001"), "david": call_of(db, "A1002"),
            "cards": call_of(db, "A1004")}


def protected(db: Path, *call_ids: str) -> set[str]:
    """Strings that only someone allowed to see these calls may receive: transcript words of
    7+ letters that the app's own text never uses ("address" is on the 404 page), and the
    agents' names."""
    ui = " ".join(p.read_text() for p in (ROOT / "dashboards").rglob("*.py")).lower()
    out: set[str] = set()
    for cid in call_ids:
        view = q.call_view(Store(db), cid)
        assert view is not None
        out |= {w for s in view.segments for w in (x.text.strip().lower() for x in s.words)
                if len(w) > 6 and w.isalpha() and w not in ui}
        if view.header.agent_name:
            out.add(view.header.agent_name.lower())
    assert len(out) >= 2 * len(call_ids), "too few protected words to test with"
    return out


def leaks(body: bytes | str, secrets: set[str]) -> set[str]:
    text = (body.decode("utf-8", "replace") if isinstance(body, bytes) else body).lower()
    return {s for s in secrets if s in text}

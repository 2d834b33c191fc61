"""Web hardening tried as an attacker would (Flask's test client): session cookie flags,
lifetime and revocation, cross-site request refusal on every state-changing request, login
throttling, the Content-Security-Policy and other headers, open redirects, and passwords that
are stored only as argon2id hashes and never logged. See ``dashboards/hardening.py``."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import threading
import time
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest

from aqm import auth
from aqm.store import Store
from aqm.store import queries as q
from dashboards import hardening
from dashboards.client import calls_rows_body, page_body

from . import app_support, security_support
from .app_support import PASSWORD, audit_rows
from .security_support import (
    EVIL_ORIGIN,
    OWN_ORIGIN,
    body_of,
    calls_of,
    client,
    post,
)

app_db = app_support.app_db
sec_db = security_support.sec_db


@pytest.fixture(scope="module")
def web(sec_db: Path) -> Any:
    yield from security_support.make_web(sec_db)


def login(c: Any, username: str, password: str = PASSWORD, **headers: str) -> Any:
    return c.post("/auth/login", data={"username": username, "password": password},
                  headers=headers)


def session_cookie(r: Any) -> str:
    found = [h for h in r.headers.getlist("Set-Cookie") if h.startswith("session=")]
    assert len(found) == 1, r.headers.getlist("Set-Cookie")
    return str(found[0])


def logged_in(c: Any) -> bool:
    return bool(c.get("/calls").status_code == 200)


def test_sec101_session_cookie_flags_and_lifetime(web: Any) -> None:
    c = client(web)
    r = login(c, "qa")
    cookie = session_cookie(r)
    attrs = {a.strip().split("=")[0].lower(): a.strip() for a in cookie.split(";")[1:]}
    assert "httponly" in attrs and attrs["samesite"] == "SameSite=Lax"
    assert attrs["path"] == "Path=/" and "domain" not in attrs and "secure" not in attrs
    expires = parsedate_to_datetime(attrs["expires"].split("=", 1)[1])
    hours = (expires - dt.datetime.now(dt.timezone.utc)).total_seconds() / 3600
    assert hardening.SESSION_HOURS - 0.05 < hours <= hardening.SESSION_HOURS
    assert not any("remember" in h for h in r.headers.getlist("Set-Cookie"))
    config = web.server.config
    assert config["REMEMBER_COOKIE_HTTPONLY"] and config["REMEMBER_COOKIE_SAMESITE"] == "Lax"
    # served over HTTPS (aqm serve --secure-cookies): Secure on both cookies
    hardening.configure_cookies(web.server, secure=True)
    try:
        cookie = session_cookie(login(client(web), "qa"))
        assert "; Secure" in cookie and config["REMEMBER_COOKIE_SECURE"]
    finally:
        hardening.configure_cookies(web.server, secure=False)
    # a new session id at each login (no fixation)
    serializer = web.server.session_interface.get_signing_serializer(web.server)
    sids = {serializer.loads(session_cookie(login(client(web), "qa")).split(";")[0]
                             .split("=", 1)[1])["sid"] for _ in range(2)}
    assert len(sids) == 2


def test_sec102_an_old_or_logged_out_cookie_no_longer_works(
        web: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from itsdangerous.timed import TimestampSigner

    c = client(web, "qa")
    value = c.get_cookie("session").value
    serializer = web.server.session_interface.get_signing_serializer(web.server)
    data = serializer.loads(value)
    # the same session signed 9 hours ago: refused (the lifetime is checked on the server)
    now = int(time.time())
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: now - 9 * 3600)
    old = serializer.dumps(data)
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: now)
    fresh = serializer.dumps(data)
    for cookie, works in ((old, False), (fresh, True)):
        other = client(web)
        other.set_cookie("session", cookie)
        assert logged_in(other) == works
    # logout revokes the cookie: a copy made before it is refused everywhere
    r = c.post("/auth/logout")
    assert r.status_code == 302 and r.headers["Location"] == "/login"
    stolen = client(web)
    stolen.set_cookie("session", value)
    assert not logged_in(stolen)
    stolen.set_cookie("session", value)
    assert "Please log in" in post(stolen, page_body("/calls")).data.decode()
    stolen.set_cookie("session", value)
    assert post(stolen, calls_rows_body(0, 100)).status_code == 401
    stolen.set_cookie("session", value)
    assert stolen.get(f"/audio/{'0' * 20}").status_code == 401


def test_sec103_cross_site_posts_are_refused(web: Any, sec_db: Path) -> None:
    logins = audit_rows(sec_db, "login", "qa")
    for headers in ({"Origin": EVIL_ORIGIN}, {"Origin": "null"},
                    {"Origin": "http://localhost.evil.example"},
                    {"Origin": "http://evil.example", "Sec-Fetch-Site": "same-origin"},
                    {"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"}):
        c = client(web)
        r = login(c, "qa", **headers)
        assert r.status_code == 403 and not r.headers.getlist("Set-Cookie"), headers
        assert not logged_in(c)
    assert audit_rows(sec_db, "login", "qa") == logins
    for headers in ({"Origin": OWN_ORIGIN}, {"Origin": OWN_ORIGIN,
                                             "Sec-Fetch-Site": "same-origin"}, {}):
        c = client(web)
        assert login(c, "qa", **headers).status_code == 302 and logged_in(c), headers
    # a reverse proxy's public origin, when configured
    web.server.config["AQM_TRUSTED_ORIGINS"] = ("https://aqm.example.com",)
    try:
        assert login(client(web), "qa", Origin="https://aqm.example.com").status_code == 302
    finally:
        web.server.config["AQM_TRUSTED_ORIGINS"] = ()
    # logout: a cross-site POST (or any GET) leaves the session alone
    c = client(web, "qa")
    assert c.post("/auth/logout", headers={"Origin": EVIL_ORIGIN}).status_code == 403
    c.get("/auth/logout")
    assert logged_in(c)
    assert c.post("/auth/logout", headers={"Origin": OWN_ORIGIN}).status_code == 302
    assert not logged_in(c)


def test_sec104_every_callback_refuses_a_foreign_origin(web: Any, sec_db: Path) -> None:
    admin = client(web, "admin")
    every = {k: v for k, v in web.callback_map.items() if v.get("callback") is not None}
    for key, cb in every.items():
        for headers in ({"Origin": EVIL_ORIGIN}, {"Sec-Fetch-Site": "cross-site"}):
            r = post(admin, body_of(key, cb, 1), headers=headers)
            assert r.status_code == 403 and b"cross-site" in r.data, key
    # a write: the same coaching session from another site (refused) and from the app
    coach = client(web, "coach-cards")
    key = "coaching-saved.children"
    values = {"coaching-save": 1, "coaching-agent": "A1004", "coaching-held-on": "2026-11-21",
              "coaching-criteria": "angry:empathy", "coaching-notes": "csrf test"}
    before = audit_rows(sec_db, "coaching_session", "coach-cards")
    body = body_of(key, web.callback_map[key], by_id=values)
    assert post(coach, body, origin=EVIL_ORIGIN).status_code == 403
    assert audit_rows(sec_db, "coaching_session", "coach-cards") == before
    r = post(coach, body, origin=OWN_ORIGIN, headers={"Sec-Fetch-Site": "same-origin"})
    assert r.status_code == 200 and b"saved" in r.data
    assert audit_rows(sec_db, "coaching_session", "coach-cards") == before + 1
    # a review of a call, likewise
    qa = client(web, "qa")
    cid = calls_of(sec_db)["cards"]
    from aqm.store.reviews import scorecard_json

    card = scorecard_json(Store(sec_db), cid)
    assert card is not None
    key = "card-review-result.children"
    body = body_of(key, web.callback_map[key], lambda i, p: [] if "ALL" in i else None,
                   by_id={"card-review-submit": 1, "card-review-comment": "csrf test",
                          "card-ref": {"call": cid, "card": card[0], "session": None}})
    reviews = audit_rows(sec_db, "review_submit", "qa", cid)
    assert post(qa, body, origin=EVIL_ORIGIN).status_code == 403
    assert audit_rows(sec_db, "review_submit", "qa", cid) == reviews
    r = post(qa, body, origin=OWN_ORIGIN)
    assert r.status_code == 200 and b"Saved" in r.data
    assert audit_rows(sec_db, "review_submit", "qa", cid) == reviews + 1
    print(f"\ncross-site: {2 * len(every) + 9} state-changing requests refused "
          f"({len(every)} callbacks x 2, 6 logins, 1 logout, 2 writes)")


def test_sec105_failed_logins_lock_the_user_and_the_address(
        web: Any, sec_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hardening, "LOGIN_LOCK_S", 3.0)
    target = "locked-target"
    for i in range(hardening.LOGIN_MAX_FAILURES_USER):  # from a new address each time
        r = login(client(web, address=f"10.1.0.{i}"), target, "wrong-password")
        assert r.status_code == 302 and "error=1" in r.headers["Location"]
    r = login(client(web, address="10.1.0.99"), target)  # now even the right password
    assert r.status_code == 429 and 0 < int(r.headers["Retry-After"]) <= 3
    assert audit_rows(sec_db, "login_locked", target) == 1
    assert login(client(web, address="10.1.0.1"), "qa").status_code == 302  # others log in
    time.sleep(3.1)
    c = client(web, address="10.1.0.99")
    assert login(c, target).status_code == 302 and logged_in(c)
    monkeypatch.setattr(hardening, "LOGIN_LOCK_S", 900.0)
    monkeypatch.setattr(hardening, "LOGIN_MAX_FAILURES_IP", 8)  # (20 by default: fewer hashes)
    # one address spraying names, from 4 threads at once (waitress serves with threads)
    statuses: list[int] = []
    lock = threading.Lock()

    def spray(t: int) -> None:
        c = client(web, address="10.2.0.1")
        for k in range(4):
            s = login(c, f"nobody-{t}-{k}", "wrong-password").status_code
            with lock:
                statuses.append(s)

    threads = [threading.Thread(target=spray, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    limit = hardening.LOGIN_MAX_FAILURES_IP
    assert len(statuses) == 16 and set(statuses) == {302, 429}
    assert limit <= statuses.count(302) < limit + 4  # at most one in flight per thread
    assert login(client(web, address="10.2.0.1"), "qa").status_code == 429
    assert login(client(web, address="10.2.0.2"), "qa").status_code == 302


def test_sec106_csp_and_security_headers_on_every_response(web: Any, sec_db: Path) -> None:
    anonymous, qa = client(web), client(web, "qa")
    page = anonymous.get("/login")
    policy = page.headers["Content-Security-Policy"]
    directives = {d.split()[0]: d.split()[1:] for d in policy.split(";") if d.strip()}
    scripts = directives["script-src"]
    assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts
    assert directives["frame-ancestors"] == ["'none'"] and directives["object-src"] == ["'none'"]
    assert directives["default-src"] == ["'self'"] and directives["form-action"] == ["'self'"]
    html = re.sub(r"<!--.*?-->", "", page.data.decode(), flags=re.S)  # (IE-only comments)
    inline = [body for attrs, body in re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
              if "src=" not in attrs and "application/json" not in attrs]
    assert inline, "Dash starts its renderer with an inline script"
    for body in inline:  # every inline script the page runs is allowed by its hash
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in scripts
    cid = calls_of(sec_db)["linda"]
    responses = [page, anonymous.get("/calls"), anonymous.get(f"/audio/{cid}"),
                 client(web, "mis").get(f"/calls/{cid}"), qa.get(f"/audio/{cid}"),
                 qa.get(f"/audio/{'0' * 20}"), qa.get("/_dash-layout"),
                 post(anonymous, page_body("/calls")), post(qa, page_body("/calls")),
                 qa.get("/_aqm/bootstrap.min.css"), login(anonymous, "qa", Origin=EVIL_ORIGIN)]
    for r in responses:
        assert r.headers["Content-Security-Policy"] == policy, r.status
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert r.headers["X-Frame-Options"] == "DENY"
        assert r.headers["Referrer-Policy"] == "same-origin"
    assert {r.status_code for r in responses} >= {200, 302, 401, 403, 404}


def test_sec107_login_never_redirects_to_another_site(web: Any) -> None:
    for target, expected in (("/calls/abc?t=5", "/calls/abc?t=5"), ("//evil.example", "/calls"),
                             ("/\\evil.example", "/calls"), ("/\t/evil.example", "/calls"),
                             ("https://evil.example", "/calls"), ("/auth/logout", "/calls"),
                             ("/%5Cevil.example", "/%5Cevil.example")):
        r = client(web).post("/auth/login", data={"username": "qa", "password": PASSWORD,
                                                  "next": target})
        assert r.status_code == 302 and r.headers["Location"] == expected, target


def test_sec108_passwords_are_argon2id_hashes_and_never_logged(
        web: Any, sec_db: Path, caplog: pytest.LogCaptureFixture) -> None:
    wrong = "Wrong-Secret-Pass-42"
    caplog.set_level("DEBUG")
    for username, password in (("qa", wrong), ("nobody", wrong), ("qa", PASSWORD)):
        login(client(web, address="10.3.0.1"), username, password)
    auth.add_user(sec_db, "new-user", "a-brand-new-password", "qa")
    auth.set_password(sec_db, "new-user", "a-changed-password-2")
    store = Store(sec_db)
    with store.read() as con:
        users = con.execute("SELECT * FROM users").fetchall()
        columns = [d[0] for d in con.description]
        audit = con.execute("SELECT * FROM audit_log").fetchall()
    secrets = (PASSWORD, wrong, "a-brand-new-password", "a-changed-password-2")
    hashes = [dict(zip(columns, row, strict=True))["password_hash"] for row in users]
    assert len(hashes) == len(q.list_users(store)) >= 8
    assert all(h.startswith("$argon2id$") for h in hashes)
    stored = json.dumps([users, audit], default=str) + caplog.text
    assert not any(s in stored for s in secrets)
    assert auth.authenticate(sec_db, "new-user", "a-changed-password-2") is not None
    assert auth.authenticate(sec_db, "new-user", "a-brand-new-password") is None
    assert all(auth.authenticate(sec_db, u, PASSWORD) is not None
               for u in ("admin", "linda", "coach-cards"))
    assert not any(s.encode() in sec_db.read_bytes() for s in secrets)


def test_sec109_logouts_and_login_locks_survive_a_restart(
        web: Any, sec_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Revoked sessions and the login throttle live in the database: an app started again on
    the same file (here: new app, new throttle and revocation objects, nothing kept in
    memory) still refuses a logged-out cookie and a locked user, and still takes a cookie
    that was not logged out (same secret key)."""
    from dashboards.app import create_app

    out, kept = client(web, "coach"), client(web, "qa")
    stolen_value = out.get_cookie("session").value
    assert out.post("/auth/logout").status_code == 302
    target = "locked-target"
    for i in range(hardening.LOGIN_MAX_FAILURES_USER):
        login(client(web, address=f"10.4.0.{i}"), target, "wrong-password")
    assert login(client(web, address="10.4.0.99"), target).status_code == 429
    before = hardening.REVOKED  # (the app process that keeps running, below)
    kept_value = kept.get_cookie("session").value
    kept_sid = web.server.session_interface.get_signing_serializer(web.server).loads(
        kept_value)["sid"]
    assert not before.is_revoked(str(sec_db), kept_sid)
    monkeypatch.setattr(hardening, "REVOKED", hardening.RevokedSessions())
    monkeypatch.setattr(hardening, "THROTTLE", hardening.LoginThrottle())
    restarted = create_app(sec_db, secret_key="security-test", secure_cookies=False)
    stolen = client(restarted)
    stolen.set_cookie("session", stolen_value)
    assert not logged_in(stolen)
    assert post(stolen, calls_rows_body(0, 100)).status_code == 401
    still = client(restarted)
    still.set_cookie("session", kept_value)
    assert logged_in(still)
    r = login(client(restarted, address="10.4.0.98"), target)
    assert r.status_code == 429 and 0 < int(r.headers["Retry-After"]) <= hardening.LOGIN_LOCK_S
    # the other process, still running with its copy, sees the logout at once (new stamp)
    assert still.post("/auth/logout").status_code == 302
    assert before.is_revoked(str(sec_db), kept_sid)
    hardening.THROTTLE.reset(sec_db)

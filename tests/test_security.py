"""Access control tried as an attacker would, without a browser (Flask's test client): every
page, route and callback without a login and as every role, agent A going for agent B's call
by URL, audio and callback, path traversal on the audio route, and the audit log that the app
can only append to. Runs on a private copy of the samples database (``security_support``).

Each test prints how many requests it made (``pytest -s``): the README's figures."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import dash
import pytest

from aqm import auth
from aqm.scoring.people import submit_review
from aqm.store import Store
from aqm.store import queries as q
from aqm.store.qa_views import dispute_rows
from aqm.store.reviews import scorecard_json
from dashboards.client import calls_rows_body, page_body

from . import app_support, security_support
from .security_support import (
    PEOPLE,
    ROLES_OF,
    body_of,
    calls_of,
    client,
    leaks,
    post,
    protected,
    server_callbacks,
)

app_db = app_support.app_db
sec_db = security_support.sec_db
ROOT = Path(__file__).resolve().parents[1]

EVERYONE = frozenset(ROLES_OF)
# The spec, written out: who may open each page (the call page: CALL_ACCESS).
PAGE_ACCESS: dict[str, frozenset[str]] = {
    "/calls": EVERYONE,
    "/calls/<call_id>": frozenset(),  # per call, below
    "/admin": frozenset({"admin"}),
    "/reviews": frozenset({"admin", "qa"}),
    "/disputes": EVERYONE - {"mis"},
    "/search": EVERYONE - {"mis"},
    "/coaching": frozenset({"admin", "qa", "coach", "coach-cards"}),
    "/calibration": frozenset({"admin", "qa", "coach", "coach-cards"}),
    "/mis": frozenset({"admin", "qa", "coach", "coach-cards", "mis"}),
}
PUBLIC_PAGES = ("/login", "/404")
CALL_ACCESS = {"linda": frozenset({"admin", "qa", "coach", "linda"}),  # Retail Banking
               "david": frozenset({"admin", "qa", "coach", "david"}),
               "cards": frozenset({"admin", "qa", "coach", "coach-cards"})}  # team Cards
MARKER = {"/calls/<call_id>": '"id": "call-transcript"', "/calls": '"id": "calls-grid"'}


@pytest.fixture(scope="module")
def web(sec_db: Path) -> Any:
    yield from security_support.make_web(sec_db)


def marker(template: str) -> str:
    return MARKER.get(template, f'"id": "{template.strip("/")}-')


def test_sec001_every_page_and_route_by_role(web: Any, sec_db: Path) -> None:
    registered = {str(p.get("path_template") or p["path"]) for p in dash.page_registry.values()}
    assert registered == set(PAGE_ACCESS) | set(PUBLIC_PAGES), "a page without an access spec"
    calls = calls_of(sec_db)
    secret = protected(sec_db, *calls.values())
    media = {k: Path(str(q.media_path(Store(sec_db), c))).read_bytes() for k, c in calls.items()}
    targets = [(t, t, PAGE_ACCESS[t]) for t in PAGE_ACCESS if "<" not in t]
    targets += [(f"/calls/{cid}", "/calls/<call_id>", CALL_ACCESS[k]) for k, cid in calls.items()]
    requests = 0
    for who in PEOPLE:
        c = client(web, who)
        for path, template, allowed in targets:
            ok = who in allowed
            r = c.get(path)
            content = post(c, page_body(path))
            requests += 2
            assert content.status_code == 200, (who, path)
            shown = json.dumps(content.get_json()["response"])
            if who == "anonymous":
                assert r.status_code == 302 and r.headers["Location"].startswith("/login?")
                assert "Please log in" in shown
            elif ok:
                assert r.status_code == 200 and marker(template) in shown, (who, path)
            else:
                assert r.status_code == 403, (who, path, r.status_code)
                assert "403" in shown and marker(template) not in shown, (who, path)
            if not ok:
                assert not leaks(r.data, secret) and not leaks(shown, secret), (who, path)
        for page in PUBLIC_PAGES:
            shown = json.dumps(post(c, page_body(page)).get_json()["response"])
            requests += 1
            assert not leaks(shown, secret)
        for key, cid in calls.items():  # the audio route
            r = c.get(f"/audio/{cid}")
            requests += 1
            if who == "anonymous":
                assert r.status_code == 401
            elif who in CALL_ACCESS[key]:
                assert r.status_code == 200 and r.data == media[key], (who, key)
            else:
                assert r.status_code == 403 and not leaks(r.data, secret), (who, key)
        # GET on the login/logout routes only gets the app shell (a logout is a POST);
        # Dash's own routes and the stylesheet are public and carry no data
        for path in ("/auth/logout", "/auth/login", "/_aqm/bootstrap.min.css", "/_dash-layout",
                     "/_dash-dependencies", "/login"):
            r = c.get(path)
            requests += 1
            assert r.status_code == 200, (who, path)
            assert not leaks(r.data, secret), (who, path)
        if who != "anonymous":
            assert c.get("/calls").status_code == 200, "a GET logged the user out"
            requests += 1
    print(f"\npages and routes: {requests} requests, {len(PEOPLE)} users "
          f"({len(targets)} page URLs, {len(calls)} audio URLs)")
    assert requests >= 200


def test_sec002_every_callback_without_login_and_with_each_wrong_role(web: Any,
                                                                      sec_db: Path) -> None:
    callbacks = server_callbacks(web)
    secret = protected(sec_db, *calls_of(sec_db).values())
    clients = {who: client(web, who) for who in PEOPLE}
    requests, refused = 0, 0
    for key, cb in callbacks.items():
        permission = getattr(cb["callback"], "aqm_permission", None)
        assert permission in auth.PERMISSIONS, f"callback {key} is not guarded"
        for who, c in clients.items():
            allowed = who != "anonymous" and permission in auth.ROLE_PERMISSIONS[ROLES_OF[who]]
            # the attacker's guess at useful inputs: a grid request, a click, a call id
            crafted = post(c, body_of(key, cb, lambda i, p: {"startRow": 0, "endRow": 100}
                                      if p == "getRowsRequest" else 1))
            idle = post(c, body_of(key, cb))  # what the page sends before any click
            requests += 2
            if allowed:  # runs; nothing to update without a click (204) or an answer
                assert idle.status_code in (200, 204), (key, who, idle.status_code)
                continue
            expected = 401 if who == "anonymous" else 403
            for r in (crafted, idle):
                assert r.status_code == expected, (key, who, r.status_code)
                assert not leaks(r.data, secret) and b"rowData" not in r.data, (key, who)
                refused += 1
    print(f"\ncallbacks: {len(callbacks)} callbacks x {len(PEOPLE)} users, {requests} "
          f"requests, {refused} refused as expected")
    assert refused >= len(callbacks) * 2  # anonymous at least, for every callback


def _card(db: Path, call_id: str) -> str:
    found = scorecard_json(Store(db), call_id)
    assert found is not None, "the sample calls are scored at ingest"
    return found[0]


def test_sec003_agent_a_cannot_reach_agent_b_by_url_audio_or_callback(web: Any,
                                                                      sec_db: Path) -> None:
    calls = calls_of(sec_db)
    own, other = calls["linda"], calls["david"]
    secret = protected(sec_db, other)
    linda = client(web, "linda")
    r = linda.get(f"/calls/{other}")
    assert r.status_code == 403 and not leaks(r.data, secret)
    shown = json.dumps(post(linda, page_body(f"/calls/{other}")).get_json())
    assert "call-transcript" not in shown and not leaks(shown, secret)
    assert linda.get(f"/audio/{other}").status_code == 403
    # by the calls grid, asking for david's calls
    rows = post(linda, calls_rows_body(0, 100, agent=["A1002"])).get_json()
    assert rows["response"]["calls-grid"]["getRowsResponse"]["rowCount"] == 0
    # by search, with a word only david's call has: david finds his call, linda does not
    word = sorted(secret - protected(sec_db, own) - {"david brooks"})[0]
    key = "search-results.children"
    for who, finds in (("david", True), ("linda", False)):
        found = post(client(web, who), body_of(key, web.callback_map[key], lambda i, p: 1
                     if p == "n_clicks" else None, by_id={"search-text": word}))
        assert found.status_code == 200 and (other in found.data.decode()) == finds, who
    # by the review callback, naming david's call
    card = _card(sec_db, other)
    ref = {"call": other, "card": card, "session": None}
    submit_key = "card-review-result.children"
    values = {"card-review-submit": 1, "card-ref": ref}
    r = post(linda, body_of(submit_key, web.callback_map[submit_key],
                            lambda i, p: [] if "ALL" in i else None, by_id=values))
    assert r.status_code == 200 and "may not" in r.data.decode()
    assert not q.audit_log(Store(sec_db), username="linda", action="review_submit").total
    # by the dispute callback, naming a review of david's call
    qa_user = auth.load_user(sec_db, "qa")
    assert qa_user is not None
    review = submit_review(sec_db, qa_user, other, [], "security test", scorecard_id=card)
    dispute_key = "card-dispute-result.children"
    for who, expect in (("linda", "may dispute reviews of their own calls only"),
                        ("david", "raised")):
        values = {"card-dispute-submit": 1, "card-dispute-review": review.review_id,
                  "card-dispute-reason": f"{who} disagrees"}
        r = post(client(web, who), body_of(dispute_key, web.callback_map[dispute_key],
                                           by_id=values))
        assert r.status_code == 200 and expect in r.data.decode(), (who, r.data[:300])
    assert [d.dispute.raised_by for d in dispute_rows(Store(sec_db))
            if d.dispute.call_id == other] == ["david"]


def test_sec004_a_team_coach_cannot_coach_or_open_another_team(web: Any,
                                                               sec_db: Path) -> None:
    calls = calls_of(sec_db)
    coach = client(web, "coach-cards")
    assert coach.get(f"/calls/{calls['linda']}").status_code == 403
    assert coach.get(f"/audio/{calls['linda']}").status_code == 403
    assert coach.get(f"/calls/{calls['cards']}").status_code == 200
    key = "coaching-saved.children"
    for agent, expect in (("A1001", "may not coach this agent"), ("A1004", "saved")):
        values = {"coaching-save": 1, "coaching-agent": agent, "coaching-held-on": "2026-11-20",
                  "coaching-criteria": "angry:empathy", "coaching-notes": "security test"}
        r = post(coach, body_of(key, web.callback_map[key], by_id=values))
        assert r.status_code == 200 and expect in r.data.decode(), (agent, r.data[:300])


TRAVERSALS = (
    "/audio/../../../../etc/passwd", "/audio/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/audio/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/audio/%2e%2e/%2e%2e/etc/passwd",
    "/audio/%252e%252e%252f%252e%252e%252fetc%252fpasswd", "/audio/..%255c..%255cetc",
    "/audio/..%5c..%5c..%5cetc%5cpasswd", "/audio/..\\..\\..\\etc\\passwd",
    "/audio/%2fetc%2fpasswd", "/audio//etc/passwd", "/audio/%00", "/audio/..%00",
    "/audio/%c0%ae%c0%ae%c0%afetc%c0%afpasswd", "/audio/C:%5cWindows%5cwin.ini",
    "/audio/file:%2f%2f%2fetc%2fpasswd", "/audio/~root", "/audio/.", "/audio/..", "/audio/",
    "/audio/" + "a" * 4000,
)


def test_sec005_audio_path_traversal_is_refused(web: Any, sec_db: Path,
                                                tmp_path: Path) -> None:
    calls = calls_of(sec_db)
    own, other = calls["linda"], calls["cards"]
    outside = tmp_path / "outside" / "secret.flac"
    outside.parent.mkdir()
    canary = b"CANARY outside the media folder 7f3a"
    outside.write_bytes(canary)
    rel = os.path.relpath(outside, Path(str(q.media_path(Store(sec_db), own))).parent)
    attempts = [*TRAVERSALS, f"/audio/{rel}", "/audio/" + rel.replace("/", "%2f"),
                "/audio/" + str(outside).replace("/", "%2f"), f"/audio/{own}%00",
                f"/audio/{own}%00.flac", f"/audio/{own}.flac", f"/audio/{own}/../{other}",
                f"/audio/{own.upper()}", f"/audio/{own}%2f..%2f{other}",
                f"/audio/{'0' * 20}", f"/audio/{own[:-1]}"]
    tried = 0
    secret = protected(sec_db, other)
    for who in ("anonymous", "admin", "linda"):
        c = client(web, who)
        for path in attempts:
            for r in (c.get(path), c.get("/", environ_overrides={"PATH_INFO": path,
                                                                  "RAW_URI": path})):
                tried += 1
                assert r.status_code in (400, 401, 403, 404), (who, path, r.status_code)
                assert canary not in r.data and b"root:" not in r.data, (who, path)
                assert not leaks(r.data, secret) and b"fLaC" not in r.data, (who, path)
    # agent linda asking for another agent's call; anyone for a call that does not exist
    assert client(web, "linda").get(f"/audio/{other}").status_code == 403
    assert client(web, "admin").get(f"/audio/{'f' * 20}").status_code == 404
    tried += 2
    # a symlink planted in the media folder, pointing outside it (and to another call)
    store = Store(sec_db)
    real = q.media_path(store, own)
    assert real is not None
    media_dir = tmp_path / "media"
    media_dir.mkdir()
    for target in (outside, Path(str(q.media_path(store, other)))):
        link = media_dir / f"{own}.flac"
        link.unlink(missing_ok=True)
        link.symlink_to(target)
        with store.write() as con:
            con.execute("UPDATE media SET path = ? WHERE call_id = ?", [str(link), own])
        try:
            for who in ("admin", "linda"):
                r = client(web, who).get(f"/audio/{own}")
                tried += 1
                assert r.status_code == 404 and canary not in r.data, (who, target)
                assert r.data != target.read_bytes()
        finally:
            with store.write() as con:
                con.execute("UPDATE media SET path = ? WHERE call_id = ?", [real, own])
    assert client(web, "linda").get(f"/audio/{own}").status_code == 200
    print(f"\naudio traversal: {tried} attempts, all refused")


AUDIT_WRITERS = re.compile(r"(UPDATE|DELETE\s+FROM|TRUNCATE|DROP\s+TABLE|ALTER\s+TABLE)"
                           r"\s+(IF\s+EXISTS\s+)?audit_log\b", re.I)
# the one place that rewrites audit rows: erasure (aqm delete / retention) replaces a deleted
# call's id by its deletion alias in call_id and detail; rows are never removed.
ALLOWED_AUDIT_WRITERS = {"aqm/store/deletion.py"}


def test_sec006_the_app_can_only_append_to_the_audit_log(web: Any, sec_db: Path) -> None:
    writers = {str(p.relative_to(ROOT)) for d in ("aqm", "dashboards")
               for p in (ROOT / d).rglob("*.py") if AUDIT_WRITERS.search(p.read_text())}
    assert writers == ALLOWED_AUDIT_WRITERS
    for p in (ROOT / "dashboards").rglob("*.py"):
        text = p.read_text()
        assert "duckdb" not in text and "store.deletion" not in text, p
        assert not re.search(r"\b(INSERT|UPDATE|DELETE)\b\s", text), f"SQL in {p}"
    # the way from the app to deletion.py: the delete callback, admin only
    deleting = [k for k, cb in server_callbacks(web).items()
                if cb["callback"].aqm_permission == "calls.delete"]
    assert deleting == ["search-del-result.children"]
    assert [r for r, p in auth.ROLE_PERMISSIONS.items() if "calls.delete" in p] == ["admin"]
    # every callback as admin with hostile inputs: old rows stay exactly as they were
    with Store(sec_db).read() as con:
        before = con.execute("SELECT rowid, * FROM audit_log ORDER BY rowid").fetchall()
    hostile = ["'; DELETE FROM audit_log; --", "x' OR '1'='1", "audit_log", "%", -1, 10 ** 12,
               {"startRow": -10, "endRow": 10 ** 9}, ["'; DROP TABLE audit_log; --"], True]
    admin = client(web, "admin")
    tried = 0
    for key, cb in server_callbacks(web).items():
        for k, value in enumerate(hostile):
            def pick(i: str, p: str, k: int = k, value: Any = value) -> Any:
                if p == "getRowsRequest":
                    return {"startRow": 0, "endRow": 50, "sortModel": [{"colId": value,
                                                                        "sort": "asc"}]}
                return hostile[(k + len(i)) % len(hostile)]
            post(admin, body_of(key, cb, pick))
            tried += 1
    with Store(sec_db).read() as con:
        after = con.execute("SELECT rowid, * FROM audit_log ORDER BY rowid").fetchall()
    assert after[:len(before)] == before and len(after) >= len(before)
    print(f"\naudit log: {tried} hostile callback requests as admin, "
          f"{len(before)} rows unchanged, {len(after) - len(before)} appended")

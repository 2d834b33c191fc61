"""Concurrent use: app users while a batch writes, and two batches on one database.

The app's users are 8 threads of this process calling what the app's pages and callbacks call
(the calls grid and its filter menus, the call page with its audit row, the review form's
``submit_review``) while `aqm run` stores new calls from another process; then the same 8 as
browsers over real HTTP (the app on waitress, page GETs and Dash callback POSTs). No error
may reach a user, every review and audit row must be stored, and the batch must store every
call once.
Two `aqm run` on one database: the second refuses at once (exit 10) or, with ``--wait``,
waits and then does what is left, also when the first one is killed (no stale lock).
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from aqm import auth
from aqm.cli import app
from aqm.scoring.people import PersonAnswer, submit_review
from aqm.store import Store
from aqm.store import db as store_db
from aqm.store import queries as q
from aqm.store.files import lock_path
from aqm.store.reviews import reviews_of, scorecard_json
from dashboards.client import calls_rows_body, page_body

from . import http_support
from .crash_support import aqm_run, call_ids, per_call_counts, quarantined, run_args, short_calls
from .security_support import body_of

ONE_ROW_PER_CALL = ("calls", "transcripts", "call_metrics", "call_sentiment", "call_compliance",
                    "call_scoring", "call_facts", "search_calls")
USERS = {"qa1": "qa", "qa2": "qa", "qa3": "qa", "qa4": "qa", "admin1": "admin",
         "coach1": "coach", "mis1": "mis", "agent1": "agent"}
PASSWORD = "concurrency-pw-1"
LOG: list[str] = []


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("conc")


@pytest.fixture(scope="module")
def first_db(folder: Path) -> Path:
    """Two calls stored (with scorecards to review) and the app's users."""
    db = folder / "first.duckdb"
    result = CliRunner().invoke(app, ["run", *run_args(short_calls(folder, 2)), "--db", str(db)])
    assert result.exit_code == 0, result.output
    for name, role in USERS.items():
        auth.add_user(db, name, PASSWORD, role,
                      agent_id="A1001" if role == "agent" else None)
    return db


def assert_each_call_once(db: Path, manifest: Path) -> None:
    counts = per_call_counts(db)
    for table in ONE_ROW_PER_CALL:
        assert counts[table] == dict.fromkeys(call_ids(manifest), 1), table
    assert not quarantined(db)


def _user_loop(db: Path, user: auth.User, stop: threading.Event, stats: dict[str, Any],
               lock: threading.Lock) -> None:
    store = Store(db)
    n = 0
    while not stop.is_set() or n < 3:
        n += 1
        try:
            q.filter_options(store, user.scope)
            page = q.calls_page(store, scope=user.scope, sort=(q.SortKey("started_at", True),),
                                limit=50)
            requests, views, reviews = 2, 0, []
            ids = [str(c) for c in page.rows.call_id]
            if ids and user.can("calls.view"):
                call_id = ids[n % len(ids)]
                assert q.call_view(store, call_id) is not None
                auth.audit(db, user, "transcript_view", call_id=call_id)
                requests, views = requests + 1, views + 1
            if ids and user.can("reviews.submit"):
                call_id = ids[n % len(ids)]
                found = scorecard_json(store, call_id)
                assert found is not None
                qid = found[1]["sections"][0]["questions"][0]["id"]
                review = submit_review(db, user, call_id, [PersonAnswer(qid, None, f"n{n}")],
                                       comment=f"{user.username} review {n}")
                requests += 1
                reviews.append(review.review_id)
        except Exception as e:  # what would reach a user
            with lock:
                stats["errors"].append(f"{user.username}: {type(e).__name__}: {e}")
            continue
        with lock:
            stats["requests"] += requests
            stats["views"] += views
            stats["reviews"].extend(reviews)


@pytest.fixture
def lock_retries(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the times this process found the file locked by the batch (and retried)."""
    retries = [0]
    real_connect = store_db.duckdb.connect

    def counting_connect(*args: Any, **kwargs: Any) -> Any:
        try:
            return real_connect(*args, **kwargs)
        except store_db.duckdb.Error as e:
            if store_db._is_lock_error(e):
                retries[0] += 1
            raise

    monkeypatch.setattr(store_db.duckdb, "connect", counting_connect)
    return retries


def _users_during(batch: subprocess.Popen[str], threads: list[threading.Thread],
                  stop: threading.Event, join_s: float) -> tuple[str, str, float]:
    """Run the users' threads until the batch ends: (its stdout, stderr, seconds)."""
    started = time.monotonic()
    for t in threads:
        t.start()
    out, err = batch.communicate(timeout=600)
    batch_s = time.monotonic() - started
    stop.set()
    for t in threads:
        t.join(timeout=join_s)
    return out, err, batch_s


def test_conc001_eight_app_users_while_a_batch_writes(folder: Path, first_db: Path,
                                                      tmp_path: Path,
                                                      lock_retries: list[int]) -> None:
    db = tmp_path / "busy.duckdb"
    shutil.copy(first_db, db)
    retries = lock_retries
    users = [auth.load_user(db, name) for name in USERS]
    manifest = short_calls(folder, 5)  # the 2 stored calls and 3 new ones
    stats: dict[str, Any] = {"requests": 0, "views": 0, "reviews": [], "errors": []}
    stop, lock = threading.Event(), threading.Lock()
    batch = aqm_run(manifest, db)
    threads = [threading.Thread(target=_user_loop, args=(db, u, stop, stats, lock))
               for u in users if u is not None]
    out, err, batch_s = _users_during(batch, threads, stop, join_s=120)
    assert batch.returncode == 0, err
    summary = " ".join(out.split())
    assert "3 transcribed" in summary and "2 already done" in summary
    assert stats["errors"] == []
    assert len(threads) == 8 and stats["reviews"]
    stored = {r.review_id for r in reviews_of(Store(db))}
    assert set(stats["reviews"]) <= stored and len(stored) == len(stats["reviews"])
    views = q.audit_log(Store(db), action="transcript_view").total
    submits = q.audit_log(Store(db), action="review_submit").total
    assert views == stats["views"] and submits == len(stats["reviews"])
    assert_each_call_once(db, manifest)
    LOG.append(f"8 users: {stats['requests']} requests ({stats['views']} call pages, "
               f"{len(stats['reviews'])} reviews) during a {batch_s:.1f} s batch of 3 calls; "
               f"{retries[0]} lock retries in the app process, 0 errors, 0 lost")
    print("\n" + LOG[-1])


def _holds_lock(db: Path) -> bool:
    import fcntl

    path = lock_path(db)
    if not path.exists():
        return False
    with open(path, encoding="utf-8") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    return False


def test_conc002_a_second_batch_refuses_or_waits_and_a_killed_one_frees_the_db(
        folder: Path, tmp_path: Path) -> None:
    manifest = short_calls(folder, 2, first=3)
    db = tmp_path / "two.duckdb"
    first = aqm_run(manifest, db)
    deadline = time.monotonic() + 120
    while not _holds_lock(db):
        assert first.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    refused = aqm_run(manifest, db)
    _, err = refused.communicate(timeout=120)
    assert refused.returncode == 10
    assert f"another aqm run (pid {first.pid}," in " ".join(err.split())
    assert "--wait" in err
    waiting = aqm_run(manifest, db, "--wait", "300")
    deadline = time.monotonic() + 60
    while "waiting up to 300 s" not in (waiting.stderr.readline() if waiting.stderr else ""):
        assert waiting.poll() is None and time.monotonic() < deadline
    first.send_signal(signal.SIGKILL)  # the first batch crashes, holding the lock
    first.communicate(timeout=60)
    assert first.returncode == -signal.SIGKILL
    out, err = waiting.communicate(timeout=600)
    assert waiting.returncode == 0, err
    assert_each_call_once(db, manifest)
    LOG.append("two batches: the second refused (exit 10); a third waited, went on when the "
               "first was killed, and stored every call once")
    print("\n" + LOG[-1])


class _Http:
    """What the HTTP users did and what went wrong, shared by their threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests = 0
        self.views = 0
        self.reviews: list[str] = []  # the comments of the reviews the app said it saved
        self.errors: list[str] = []
        self.cards: dict[str, str] = {}  # call id -> its scorecard id

    def error(self, text: str) -> None:
        with self.lock:
            self.errors.append(text)


def _expect(r: Any, what: str, text: str = "") -> tuple[bool, str]:
    """A response a user would see as working: 200 (and ``text`` in it)."""
    return r.status_code == 200 and text in r.text, f"{what}: {r.status_code}"


def _review_body(served: http_support.Served, call_id: str, card: str, comment: str
                 ) -> dict[str, Any]:
    key = "card-review-result.children"
    return body_of(key, served.app.callback_map[key], lambda i, p: [] if "ALL" in i else None,
                   by_id={"card-review-submit": 1, "card-review-comment": comment,
                          "card-ref": {"call": call_id, "card": card, "session": None}})


def _http_user(served: http_support.Served, db: Path, username: str, stop: threading.Event,
               out: _Http) -> None:
    """A browser user: the calls page and its grid, then (as allowed) a call's page and a
    review of it, over and over until the batch is done (at least 3 turns)."""
    rights = auth.ROLE_PERMISSIONS[USERS[username]]
    try:
        user = http_support.User(served, username, PASSWORD)
    except Exception as e:  # a login that fails or times out
        out.error(f"{username}: login: {type(e).__name__}: {e}")
        return
    n = 0
    while not stop.is_set() or n < 3:
        n += 1
        done, views, reviews = 0, 0, []
        try:
            checks = [_expect(user.get("/calls"), "GET /calls", "_dash-renderer")]
            grid = user.callback(calls_rows_body(0, 100, [{"colId": "started_at",
                                                           "sort": "desc"}]))
            checks.append(_expect(grid, "calls grid", "rowData"))
            done += 2
            rows = grid.json()["response"]["calls-grid"]["getRowsResponse"]["rowData"] \
                if grid.status_code == 200 else []
            ids = [str(row["call_id"]) for row in rows]
            if ids and "calls.view" in rights:
                call_id = ids[n % len(ids)]
                checks.append(_expect(user.get(f"/calls/{call_id}"), "GET call page"))
                checks.append(_expect(user.callback(page_body(f"/calls/{call_id}")),
                                      "call page layout", "call-transcript"))
                done, views = done + 2, 1
            if ids and "reviews.submit" in rights:
                call_id = ids[n % len(ids)]
                if call_id not in out.cards:
                    found = scorecard_json(Store(db), call_id)
                    assert found is not None
                    out.cards[call_id] = found[0]
                comment = f"{username} review {n}"
                r = user.callback(_review_body(served, call_id, out.cards[call_id], comment))
                checks.append(_expect(r, "review", "Saved"))
                done += 1
                if checks[-1][0]:
                    reviews.append(comment)
        except Exception as e:  # a timeout, a refused connection: what would reach a user
            out.error(f"{username}: {type(e).__name__}: {e}")
            continue
        with out.lock:
            out.errors.extend(f"{username}: {why}" for ok, why in checks if not ok)
            out.requests += done
            out.views += views
            out.reviews.extend(reviews)


def test_conc003_eight_browser_users_over_http_while_a_batch_writes(
        folder: Path, first_db: Path, tmp_path: Path, lock_retries: list[int]) -> None:
    """The same 8 users as conc001, but as browsers: the app served by waitress on a
    localhost port, real HTTP requests (page GETs, Dash callback POSTs with the same-origin
    headers a browser sends), while `aqm run` stores 3 new calls beside the 2 stored."""
    db = tmp_path / "http.duckdb"
    shutil.copy(first_db, db)
    manifest = short_calls(folder, 5)
    out = _Http()
    stop = threading.Event()
    with http_support.serve(db) as served:
        batch = aqm_run(manifest, db)
        threads = [threading.Thread(target=_http_user, args=(served, db, name, stop, out))
                   for name in USERS]
        _, err, batch_s = _users_during(batch, threads, stop, join_s=300)
        assert not any(t.is_alive() for t in threads)
    assert batch.returncode == 0, err
    assert out.errors == []  # no 5xx, no timeout, no refused or broken answer
    assert len(threads) == 8 and out.reviews and out.views
    stored = [r.comment for r in reviews_of(Store(db))]
    assert sorted(stored) == sorted(out.reviews)  # every saved review is there, once
    assert q.audit_log(Store(db), action="transcript_view").total == out.views
    assert q.audit_log(Store(db), action="review_submit").total == len(out.reviews)
    assert_each_call_once(db, manifest)
    LOG.append(f"8 users over HTTP: {out.requests} requests ({out.views} call pages, "
               f"{len(out.reviews)} reviews) during a {batch_s:.1f} s batch of 3 calls; "
               f"{lock_retries[0]} lock retries in the app, 0 errors, 0 lost")
    print("\n" + LOG[-1])

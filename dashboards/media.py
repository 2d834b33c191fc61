"""``/audio/<call_id>``: the call's redacted audio copy, for users who may see the call.

Only the ``media`` table's ``redacted`` copy is ever served, never ``calls.source_path`` (the
original recording). Login, the ``audio.play`` permission and the call's scope are checked
here on the server; refusals are audited. A call id is 20 hex digits (anything else: 400),
and only a regular file is served that is not a symlink and lies in the folder the
``media`` row names (a link planted there to a file elsewhere: 404). Plays are audited
too: the browser fetches a file in several range requests (and again on seeks), so one row
is written per user and call per ``AUDIT_EVERY_S``.
"""

from __future__ import annotations

import mimetypes
import re
import threading
import time
from pathlib import Path

import flask

from aqm import auth
from aqm.store import queries as q
from dashboards.security import current, db_path, store

AUDIT_EVERY_S = 60.0
CALL_ID_RE = re.compile(r"^[0-9a-f]{20}$")
_last_audit: dict[tuple[str, str, str], float] = {}
_lock = threading.Lock()


def _audit_play(user: auth.User, call_id: str) -> None:
    key = (db_path(), user.username, call_id)
    now = time.monotonic()
    with _lock:
        due = now - _last_audit.get(key, -AUDIT_EVERY_S) >= AUDIT_EVERY_S
        if due:
            _last_audit[key] = now
    if due:
        auth.audit(db_path(), user, "audio_play", call_id=call_id)


def servable(path: str | None) -> Path | None:
    """The redacted file at ``path`` if it may be served: a regular file, no symlink, inside
    its own folder once resolved (no link to elsewhere)."""
    if path is None:
        return None
    stored = Path(path)
    try:
        if stored.is_symlink() or not stored.is_file():
            return None
        real = stored.resolve(strict=True)
        if real.parent != stored.parent.resolve(strict=True):
            return None
    except (OSError, RuntimeError):
        return None
    return real


def audio(call_id: str) -> flask.Response:
    if not CALL_ID_RE.match(call_id):
        return flask.Response("400 Bad request: not a call id.", status=400,
                              mimetype="text/plain")
    user = current()
    if user is None:
        return flask.Response("401 Unauthorized: log in first.", status=401,
                              mimetype="text/plain")
    header = q.call_header(store(), call_id)
    if not user.can("audio.play") or (header is not None and not user.may_see(header)):
        auth.audit(db_path(), user, "denied", call_id=call_id, detail="/audio")
        return flask.Response("403 Forbidden.", status=403, mimetype="text/plain")
    path = servable(q.media_path(store(), call_id) if header is not None else None)
    if path is None:
        return flask.Response("404 Not found: no redacted audio for this call.", status=404,
                              mimetype="text/plain")
    _audit_play(user, call_id)
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if path.suffix == ".flac":
        mime = "audio/flac"
    response = flask.send_file(path, mimetype=mime, conditional=True, max_age=0)
    response.headers["Cache-Control"] = "private, no-store"
    return response


def init_media(server: flask.Flask) -> None:
    server.add_url_rule("/audio/<call_id>", "aqm_audio", audio, methods=["GET"])

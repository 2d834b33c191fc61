"""Web hardening around the app's routes: cookies, cross-site requests, login throttling,
revoked sessions and response headers. ``dashboards/security.py`` hooks these in.

- Cookies: the session cookie is HttpOnly, SameSite=Lax, ``Secure`` when the app is served
  over HTTPS (``aqm serve --secure-cookies`` or ``$AQM_SECURE_COOKIES=1``; Flask cannot tell
  behind a TLS proxy), and lasts ``SESSION_HOURS`` from login (not renewed by use). The
  remember-me cookie gets the same flags (the app never sets one: no "remember me").
- Cross-site requests: every request that may change state (any method but GET, HEAD,
  OPTIONS: the login and logout forms, every Dash callback) is refused with 403 when the
  browser says it comes from another site (``Sec-Fetch-Site`` other than ``same-origin`` /
  ``none``) or from another origin (``Origin`` not this host, nor one of
  ``$AQM_TRUSTED_ORIGINS``). Browsers send ``Origin`` on every cross-origin POST, so a
  request with neither header is not from another site's page (scripts and tests send none).
- Login throttling: ``LOGIN_MAX_FAILURES_USER`` failed logins for one user name, or
  ``LOGIN_MAX_FAILURES_IP`` from one address, within ``LOGIN_WINDOW_S`` lock further
  attempts (even with the right password) for ``LOGIN_LOCK_S``: 429 with ``Retry-After``.
  Kept in the database (``aqm.store.web_state``), so a restart does not reset it and every
  app process on the file shares it. Behind a reverse proxy every user has the proxy's
  address: raise the per-address limit there.
- Logout revokes the session cookie on the server (a copy of it no longer works) for the rest
  of its lifetime, also after a restart: revoked sessions are kept in the database too.
- Headers on every response: a Content-Security-Policy (scripts only from this server and the
  hashes of Dash's own inline scripts; no framing, no plugins, forms post here only),
  ``X-Content-Type-Options: nosniff``, ``X-Frame-Options: DENY``, ``Referrer-Policy``.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import flask

from aqm.errors import StoreError
from aqm.store import Store, web_state

log = logging.getLogger(__name__)

SESSION_HOURS = 8
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SAME_SITE_FETCH = frozenset({"same-origin", "none"})
LOGIN_MAX_FAILURES_USER = 5
LOGIN_MAX_FAILURES_IP = 20
LOGIN_WINDOW_S = 900.0
LOGIN_LOCK_S = 900.0
REVOKED_RELOAD_S = 60.0  # revoked sessions are read again at least this often
CSP = ("default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
       "media-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; "
       "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def configure_cookies(server: flask.Flask, secure: bool) -> None:
    """Session and remember-me cookie flags and the session lifetime."""
    life = dt.timedelta(hours=SESSION_HOURS)
    server.config.update(
        SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=secure, PERMANENT_SESSION_LIFETIME=life,
        SESSION_REFRESH_EACH_REQUEST=False,  # 8 h from login, however busy the user is
        REMEMBER_COOKIE_HTTPONLY=True, REMEMBER_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_SECURE=secure, REMEMBER_COOKIE_DURATION=life,
        AQM_TRUSTED_ORIGINS=tuple(o.strip().rstrip("/").lower() for o in os.environ.get(
            "AQM_TRUSTED_ORIGINS", "").split(",") if o.strip()))


# -- cross-site requests ------------------------------------------------------------------
def cross_site_reason(request: flask.Request) -> str | None:
    """Why this state-changing request must be refused as cross-site, or None."""
    if request.method in SAFE_METHODS:
        return None
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None and site.strip().lower() not in SAME_SITE_FETCH:
        return f"Sec-Fetch-Site: {site[:20]}"
    origin = request.headers.get("Origin")
    if origin is None:
        return None
    origin = origin.strip().rstrip("/").lower()
    trusted = flask.current_app.config.get("AQM_TRUSTED_ORIGINS", ())
    parts = urlsplit(origin)
    if origin in trusted or (parts.scheme in ("http", "https")
                             and parts.netloc == request.host.lower()):
        return None
    return "Origin is another site"


# -- login throttling ---------------------------------------------------------------------
def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class LoginThrottle:
    """Failed logins per user name and per client address in a sliding window, and the
    locks they cause (see the module docstring), kept in the database
    (``aqm.store.web_state``): a restart forgets nothing, and every app process on the same
    database shares them."""

    def _keys(self, username: str, address: str) -> list[tuple[str, int]]:
        return [(web_state.key_hash("user:" + username.lower()[:64]), LOGIN_MAX_FAILURES_USER),
                (web_state.key_hash("ip:" + address), LOGIN_MAX_FAILURES_IP)]

    def retry_after(self, db: str, username: str, address: str) -> int:
        """Seconds until a login for ``username`` from ``address`` may be tried (0: now)."""
        now = _utcnow()
        until = web_state.locked_until(Store(db), [k for k, _ in self._keys(username,
                                                                             address)], now)
        return 0 if until is None else max(0, int((until - now).total_seconds() + 0.999))

    def failed(self, db: str, username: str, address: str) -> bool:
        """Count a failed login; True when it starts a lock."""
        return web_state.record_failure(Store(db), self._keys(username, address), _utcnow(),
                                        LOGIN_WINDOW_S, LOGIN_LOCK_S)

    def succeeded(self, db: str, username: str) -> None:
        """A right password: the user name's count starts again (the address's does not)."""
        web_state.clear_failures(Store(db), self._keys(username, "")[0][0])

    def reset(self, db: str | Path) -> None:
        """Forget every failed login and lock of ``db`` (tests)."""
        web_state.clear_login_state(Store(db))


THROTTLE = LoginThrottle()


# -- revoked sessions ---------------------------------------------------------------------
class RevokedSessions:
    """Session ids ended by a logout, kept in the database until the cookie would have
    expired anyway. Checked on every request with a session, from a per-process copy read
    again from the database only when a logout changed the revocation stamp (one ``stat``;
    ``aqm.store.web_state``), in this process or another on the same file, or after
    ``REVOKED_RELOAD_S`` at the latest."""

    def __init__(self) -> None:
        # db -> (read at, the stamp then, session hash -> expiry)
        self._cache: dict[str, tuple[float, Any, dict[str, dt.datetime]]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _hash(sid: str) -> str:
        return web_state.key_hash("sid:" + sid)

    def revoke(self, db: str, sid: str) -> None:
        now = _utcnow()
        expires = now + dt.timedelta(hours=SESSION_HOURS)
        web_state.revoke_session(Store(db), self._hash(sid), expires, now)
        with self._lock:
            entry = self._cache.get(db)
            if entry is not None:
                entry[2][self._hash(sid)] = expires

    def is_revoked(self, db: str, sid: str) -> bool:
        store = Store(db)
        stamp = web_state.revocation_stamp(store)
        with self._lock:
            entry = self._cache.get(db)
        if entry is None or entry[1] != stamp or time.monotonic() - entry[0] > REVOKED_RELOAD_S:
            try:
                entry = (time.monotonic(), stamp, web_state.revoked_sessions(store, _utcnow()))
            except StoreError:
                if entry is None:
                    raise
                log.warning("revoked sessions not re-read (database busy): using the copy "
                            "from %.0f s ago", time.monotonic() - entry[0])
            with self._lock:
                self._cache[db] = entry
        expires = entry[2].get(self._hash(sid))
        return expires is not None and expires > _utcnow()

    def forget_cache(self) -> None:
        """Drop the per-process copy (the next check reads the database)."""
        with self._lock:
            self._cache.clear()


REVOKED = RevokedSessions()


# -- response headers ---------------------------------------------------------------------
class Headers:
    """Adds the security headers to every response of ``app`` (a ``dash.Dash``)."""

    def __init__(self, app: Any) -> None:
        self._app = app
        self._lock = threading.Lock()  # csp_hashes moves Dash's global scripts into the app

    def policy(self) -> str:
        # the hashes of Dash's inline scripts (its renderer start and the clientside
        # callbacks); a few short strings, hashed again per response as pages may add some
        with self._lock:
            return CSP.format(hashes=" ".join(self._app.csp_hashes()))

    def __call__(self, response: flask.Response) -> flask.Response:
        response.headers.setdefault("Content-Security-Policy", self.policy())
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

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
  In memory, per process, thread-safe (waitress threads). Behind a reverse proxy every user
  has the proxy's address: raise the per-address limit there.
- Logout revokes the session cookie on the server (a copy of it no longer works) for the rest
  of its lifetime, in this process.
- Headers on every response: a Content-Security-Policy (scripts only from this server and the
  hashes of Dash's own inline scripts; no framing, no plugins, forms post here only),
  ``X-Content-Type-Options: nosniff``, ``X-Frame-Options: DENY``, ``Referrer-Policy``.
"""

from __future__ import annotations

import collections
import datetime as dt
import os
import threading
import time
from typing import Any
from urllib.parse import urlsplit

import flask

SESSION_HOURS = 8
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SAME_SITE_FETCH = frozenset({"same-origin", "none"})
LOGIN_MAX_FAILURES_USER = 5
LOGIN_MAX_FAILURES_IP = 20
LOGIN_WINDOW_S = 900.0
LOGIN_LOCK_S = 900.0
MAX_TRACKED_KEYS = 50_000  # bounds the throttle's memory under a spray of names/addresses
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
class LoginThrottle:
    """Failed logins per user name and per client address in a sliding window, and the
    locks they cause (see the module docstring). Thread-safe."""

    def __init__(self) -> None:
        self._failures: dict[tuple[str, ...], collections.deque[float]] = {}
        self._locked: dict[tuple[str, ...], float] = {}
        self._lock = threading.Lock()

    def _keys(self, db: str, username: str, address: str) -> list[tuple[tuple[str, ...], int]]:
        return [(("user", db, username.lower()[:64]), LOGIN_MAX_FAILURES_USER),
                (("ip", address), LOGIN_MAX_FAILURES_IP)]

    def retry_after(self, db: str, username: str, address: str) -> int:
        """Seconds until a login for ``username`` from ``address`` may be tried (0: now)."""
        now = time.monotonic()
        with self._lock:
            until = max((self._locked.get(k, 0.0) for k, _ in self._keys(db, username,
                                                                          address)))
        return max(0, int(until - now + 0.999))

    def failed(self, db: str, username: str, address: str) -> bool:
        """Count a failed login; True when it starts a lock."""
        now = time.monotonic()
        started = False
        with self._lock:
            if len(self._failures) > MAX_TRACKED_KEYS:
                self._prune(now)
            for key, limit in self._keys(db, username, address):
                times = self._failures.setdefault(key, collections.deque())
                times.append(now)
                while times and now - times[0] > LOGIN_WINDOW_S:
                    times.popleft()
                if len(times) >= limit and self._locked.get(key, 0.0) <= now:
                    self._locked[key] = now + LOGIN_LOCK_S
                    times.clear()
                    started = True
        return started

    def succeeded(self, db: str, username: str) -> None:
        """A right password: the user name's count starts again (the address's does not)."""
        with self._lock:
            self._failures.pop(("user", db, username.lower()[:64]), None)

    def _prune(self, now: float) -> None:
        for key in [k for k, t in self._failures.items()
                    if not t or now - t[-1] > LOGIN_WINDOW_S]:
            del self._failures[key]
        for key in [k for k, until in self._locked.items() if until <= now]:
            del self._locked[key]

    def reset(self) -> None:
        with self._lock:
            self._failures.clear()
            self._locked.clear()


THROTTLE = LoginThrottle()


# -- revoked sessions ---------------------------------------------------------------------
class RevokedSessions:
    """Session ids ended by a logout, kept until the cookie would have expired anyway."""

    def __init__(self) -> None:
        self._until: dict[str, float] = {}
        self._lock = threading.Lock()

    def revoke(self, sid: str) -> None:
        now = time.monotonic()
        with self._lock:
            for old in [s for s, until in self._until.items() if until <= now]:
                del self._until[old]
            self._until[sid] = now + SESSION_HOURS * 3600.0

    def __contains__(self, sid: object) -> bool:
        with self._lock:
            return isinstance(sid, str) and self._until.get(sid, 0.0) > time.monotonic()


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

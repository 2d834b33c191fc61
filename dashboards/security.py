"""Logins, sessions and server-side access checks for every route, page and callback.

- Sessions: flask-login with a signed session cookie (HttpOnly, SameSite=Lax, Secure over
  HTTPS, 8 h from login); users and roles from ``aqm.auth`` (argon2id hashes in the
  database). ``POST /auth/login`` checks the password (throttled after repeated failures),
  ``POST /auth/logout`` ends the session and revokes its cookie; both are audited.
  Cross-site POSTs are refused and every response carries a Content-Security-Policy
  (``dashboards/hardening.py``).
- Routes: a ``before_request`` gate lets only the login page and Dash's own static and
  protocol routes through without a session; every page URL is checked against its
  ``dash.page_registry`` entry (``permission=``, and ``call_param=`` for a call's pages, which
  also checks that the user may see that call): 302 to /login, or 403.
- Pages: ``guarded_layout`` runs the same check when Dash renders a page's layout (client-side
  navigation does not fetch the URL), showing a login link or a 403 message instead.
- Callbacks: every server callback is wrapped in ``guarded(permission)``, which answers 401/403
  before the callback runs; ``tests/test_app_unit.py`` checks that none is missing.
"""

from __future__ import annotations

import functools
import re
import secrets
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

import dash
import flask
from dash import dcc, html
from flask_login import LoginManager, current_user, login_user, logout_user
from werkzeug.exceptions import Forbidden, Unauthorized
from werkzeug.wrappers import Response

from aqm import auth
from aqm.store import Store
from aqm.store import queries as q
from dashboards import hardening

F = TypeVar("F", bound=Callable[..., Any])
PUBLIC_PREFIXES = ("/_dash-", "/assets/", "/_favicon", "/_reload-hash", "/_aqm/")
PUBLIC_PATHS = frozenset({"/login", "/auth/login", "/auth/logout"})
USER_CACHE_S = 30.0  # a role change or deactivation takes effect within this
LOGIN_PAGE = "/login"
HOME = "/calls"

_users: dict[tuple[str, str], tuple[float, auth.User | None]] = {}
_users_lock = threading.Lock()


def db_path() -> str:
    return str(flask.current_app.config["AQM_DB"])


def store() -> Store:
    return Store(db_path())


def current() -> auth.User | None:
    """The logged-in user of this request, or None."""
    if not flask.has_request_context():
        return None
    user = current_user._get_current_object()
    return user if isinstance(user, auth.User) else None  # anonymous → None


def _load(username: str) -> auth.User | None:
    now = time.monotonic()
    key = (db_path(), username)
    with _users_lock:
        hit = _users.get(key)
    if hit is not None and now - hit[0] < USER_CACHE_S:
        return hit[1]
    user = auth.load_user(key[0], username)
    with _users_lock:
        _users[key] = (now, user)
    return user


def forget_user(username: str) -> None:
    with _users_lock:
        _users.pop((db_path(), username), None)


# -- page access --------------------------------------------------------------------------
def _template_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(<[^>]+>)", template.rstrip("/") or "/")
    rx = "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("<") else re.escape(p)
                 for p in parts)
    return re.compile(f"^{rx}/?$")


def match_page(path: str) -> tuple[dict[str, Any] | None, dict[str, str]]:
    """The registered page serving ``path`` and its path variables."""
    for page in dash.page_registry.values():
        template = page.get("path_template")
        if template:
            m = _template_regex(template).match(path)
            if m:
                return page, m.groupdict()
        elif path.rstrip("/") == str(page["path"]).rstrip("/") or (
                path == "/" and page["path"] == "/"):
            return page, {}
    return None, {}


def page_access(page: dict[str, Any], variables: dict[str, Any],
                user: auth.User | None) -> int:
    """200, 401 (log in first), 403 or 404 (no such call) for ``user`` on ``page``."""
    permission = page.get("permission")
    if permission is None:
        return 200
    if user is None:
        return 401
    if not user.can(permission):
        return 403
    param = page.get("call_param")
    if param:
        call_id = variables.get(param)
        header = q.call_header(store(), str(call_id)) if call_id else None
        if header is None:
            return 404
        if not user.may_see(header):
            return 403
    return 200


def _safe_next(target: str | None) -> str:
    """``target`` when it is a path of this app, else the home page (no open redirect:
    browsers read ``/\\host`` and ``/<tab>/host`` as ``//host``)."""
    if target and target.startswith("/") and not target.startswith("//") \
            and "\\" not in target and not any(ord(c) < 32 or ord(c) == 127 for c in target) \
            and not target.startswith(LOGIN_PAGE) and not target.startswith("/auth/"):
        return target
    return HOME


def _denied(user: auth.User, path: str, call_id: str | None) -> None:
    auth.audit(db_path(), user, "denied", call_id=call_id, detail=path[:200])


def _refuse(status: int, text: str) -> Response:
    return flask.Response(f"{status} {text}", status=status, mimetype="text/plain")


def _gate() -> Response | None:
    path = flask.request.path
    why = hardening.cross_site_reason(flask.request)
    if why is not None:  # before anything runs: no state may change from another site
        return _refuse(403, f"Forbidden: cross-site request refused ({why}).")
    if "_user_id" in flask.session:
        sid = flask.session.get("sid")
        if not isinstance(sid, str) or hardening.REVOKED.is_revoked(db_path(), sid):
            logout_user()
            flask.session.clear()
    if path.startswith("/audio/"):  # the audio route checks itself; nothing else is here
        return None if path.count("/") == 2 and len(path) > 7 else _refuse(404, "Not found.")
    if path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES):
        return None  # Dash's protocol routes (callbacks check themselves), login, logout
    user = current()
    if user is None:
        return flask.redirect(f"{LOGIN_PAGE}?next={quote(path)}")
    if path == "/":
        return flask.redirect(HOME)
    page, variables = match_page(path)
    if page is not None:
        status = page_access(page, variables, user)
        if status == 403:
            _denied(user, path, variables.get(str(page.get("call_param", ""))))
            return flask.Response("403 Forbidden: your role may not open this page.",
                                  status=403, mimetype="text/plain")
    return None


def _login() -> Response:
    form = flask.request.form
    username = (form.get("username") or "").strip()
    password = form.get("password") or ""
    nxt = _safe_next(form.get("next"))
    address = flask.request.remote_addr or "-"
    wait = hardening.THROTTLE.retry_after(db_path(), username, address)
    if wait:  # locked: not even the right password is tried
        response = _refuse(429, f"Too many failed logins: try again in {wait // 60 + 1} "
                                "minutes.")
        response.headers["Retry-After"] = str(wait)
        return response
    user = auth.authenticate(db_path(), username, password) if username and password else None
    if user is None:
        auth.audit(db_path(), None, "login_failed", username=username)
        if hardening.THROTTLE.failed(db_path(), username, address):
            auth.audit(db_path(), None, "login_locked", username=username)
        return flask.redirect(f"{LOGIN_PAGE}?error=1&next={quote(nxt)}")
    hardening.THROTTLE.succeeded(db_path(), username)
    flask.session.clear()  # no session fixation: a new session, with a new id
    flask.session.permanent = True  # the cookie expires SESSION_HOURS after login
    flask.session["sid"] = secrets.token_urlsafe(16)
    login_user(user)
    forget_user(user.username)
    auth.audit(db_path(), user, "login")
    return flask.redirect(nxt)


def _logout() -> Response:
    user = current()
    if user is not None:
        auth.audit(db_path(), user, "logout")
    sid = flask.session.get("sid")
    if isinstance(sid, str):
        hardening.REVOKED.revoke(db_path(), sid)  # a copy of this cookie stops working
    logout_user()
    flask.session.clear()
    return flask.redirect(LOGIN_PAGE)


def init_security(server: flask.Flask, app: Any) -> None:
    """Sessions, the login/logout routes, the route gate and the response headers, on the
    Flask server of the Dash ``app``."""
    manager = LoginManager()
    manager.init_app(server)
    manager.user_loader(_load)
    server.add_url_rule("/auth/login", "aqm_login", _login, methods=["POST"])
    server.add_url_rule("/auth/logout", "aqm_logout", _logout, methods=["POST"])
    server.before_request(_gate)
    server.after_request(hardening.Headers(app))


# -- callbacks and layouts ----------------------------------------------------------------
def require(permission: auth.Permission) -> auth.User:
    """The current user if they hold ``permission``; else 401/403 (raised)."""
    user = current()
    if user is None:
        raise Unauthorized("log in first")
    if not user.can(permission):
        raise Forbidden(f"role {user.role} may not {permission}")
    return user


def guarded(permission: auth.Permission) -> Callable[[F], F]:
    """Wrap a Dash callback: it runs only for a logged-in user holding ``permission``
    (else the request fails with 401/403 and nothing is returned). Put it under
    ``@callback``; the callback reads the user with ``current()``."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def inner(*args: Any, **kwargs: Any) -> Any:
            require(permission)
            return fn(*args, **kwargs)

        inner.__dict__["aqm_permission"] = permission
        return inner  # type: ignore[return-value]

    return wrap


def message(title: str, text: str, color: str = "warning") -> Any:
    import dash_bootstrap_components as dbc

    return dbc.Alert([html.H4(title, className="alert-heading"), html.P(text)], color=color,
                     className="mt-4")


def guarded_layout(module: str) -> Callable[[F], F]:
    """Wrap a page's ``layout``: the page's registry entry decides who may see it."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def inner(*args: Any, **kwargs: Any) -> Any:
            page = dash.page_registry.get(module, {})
            user = current()
            if not flask.has_request_context():
                return html.Div()  # building a validation layout: nothing to show
            with store().reading():  # the page's reads open the file once
                return _layout_for(fn, module, page, user, args, kwargs)

        return inner  # type: ignore[return-value]

    return wrap


def _layout_for(fn: Callable[..., Any], module: str, page: dict[str, Any],
                user: auth.User | None, args: Any, kwargs: dict[str, Any]) -> Any:
    status = page_access(page, kwargs, user)
    if status == 401:
        return html.Div([dcc.Location(id=f"{module}-to-login", href=LOGIN_PAGE,
                                      refresh=True),
                         message("Please log in", "Your session has ended.")])
    if status == 403:
        assert user is not None
        _denied(user, "layout " + str(page.get("path_template") or page.get("path")),
                kwargs.get(str(page.get("call_param", ""))))
        return message("403: not allowed",
                       "Your role may not open this page.", "danger")
    if status == 404:
        return message("Not found", "There is no such call.", "secondary")
    return fn(*args, **kwargs)


def nav_pages(user: auth.User | None) -> list[dict[str, Any]]:
    """The pages to show in the navigation bar for ``user``, in ``nav_order``."""
    pages = [p for p in dash.page_registry.values()
             if p.get("top_nav") and user is not None
             and (p.get("permission") is None or user.can(p["permission"]))]
    return sorted(pages, key=lambda p: p.get("nav_order", 99))


def bootstrap_css() -> Path:
    """Bootstrap 5's CSS as shipped by the Bootstrap-Flask package (served locally)."""
    import flask_bootstrap

    return Path(flask_bootstrap.__file__).parent / "static/bootstrap5/css/bootstrap.min.css"

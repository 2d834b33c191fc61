"""Logins, sessions and server-side access checks for every route, page and callback.

- Sessions: flask-login with a signed session cookie (HttpOnly, SameSite=Lax); users and
  roles from ``aqm.auth`` (argon2id hashes in the database). ``POST /auth/login`` checks the
  password, ``/auth/logout`` ends the session; both are audited.
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
    if target and target.startswith("/") and not target.startswith("//") \
            and not target.startswith(LOGIN_PAGE) and not target.startswith("/auth/"):
        return target
    return HOME


def _denied(user: auth.User, path: str, call_id: str | None) -> None:
    auth.audit(db_path(), user, "denied", call_id=call_id, detail=path[:200])


def _gate() -> Response | None:
    path = flask.request.path
    if path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES) or path.startswith("/audio/"):
        return None  # Dash's protocol routes (callbacks check themselves) and the audio route
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
    user = auth.authenticate(db_path(), username, password) if username and password else None
    if user is None:
        auth.audit(db_path(), None, "login_failed", username=username)
        return flask.redirect(f"{LOGIN_PAGE}?error=1&next={quote(nxt)}")
    flask.session.clear()
    login_user(user)
    forget_user(user.username)
    auth.audit(db_path(), user, "login")
    return flask.redirect(nxt)


def _logout() -> Response:
    user = current()
    if user is not None:
        auth.audit(db_path(), user, "logout")
    logout_user()
    flask.session.clear()
    return flask.redirect(LOGIN_PAGE)


def _headers(response: flask.Response) -> flask.Response:
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response


def init_security(server: flask.Flask) -> None:
    """Sessions, the login/logout routes and the route gate, on the app's Flask server."""
    manager = LoginManager()
    manager.init_app(server)
    manager.user_loader(_load)
    server.add_url_rule("/auth/login", "aqm_login", _login, methods=["POST"])
    server.add_url_rule("/auth/logout", "aqm_logout", _logout, methods=["GET", "POST"])
    server.before_request(_gate)
    server.after_request(_headers)


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

        return inner  # type: ignore[return-value]

    return wrap


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

"""The aqm web app: a Dash Pages app over one DuckDB file, started by ``aqm serve``.

The shell (``_shell``) is a navigation bar built from ``dash.page_registry`` (pages with
``top_nav=True`` that the user's role may open, in ``nav_order``) around
``dash.page_container``. Pages live in ``dashboards/pages/`` (one file each, ``register_page``
with ``permission=`` and ``layout(**kwargs)``, callbacks beside it, ids prefixed with the
page name). Access checks: ``dashboards/security.py``; audio: ``dashboards/media.py``; data:
``aqm.store.queries`` only (no SQL here).

One app per process: Dash Pages keeps its registry and ``dash.callback`` callbacks in
module-level state, so ``create_app`` builds the app once and returns it again after.
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path
from typing import Any

import dash
import dash_bootstrap_components as dbc
import flask
from dash import html

from aqm.store import Store
from dashboards import analysis_sections, hardening, scorecard_section, security
from dashboards.media import init_media

HERE = Path(__file__).resolve().parent
SECTIONS = (analysis_sections, scorecard_section)  # imported: they register call sections
SESSION_HOURS = hardening.SESSION_HOURS
THREADS = 8  # waitress worker threads in `aqm serve`
log = logging.getLogger("aqm.app")

_app: dash.Dash | None = None


def _shell() -> Any:
    user = security.current()
    links = [dbc.NavItem(dbc.NavLink(p["name"], href=p["relative_path"], id=f"nav-{p['name']}"
                                     .lower().replace(" ", "-")))
             for p in security.nav_pages(user)]
    right = [] if user is None else [
        dbc.NavItem(html.Span(f"{user.display_name or user.username} · {user.role}",
                              id="nav-user", className="navbar-text me-3")),
        dbc.NavItem(html.Form(html.Button("Log out", id="nav-logout", type="submit",
                                          className="nav-link btn btn-link"),
                              action="/auth/logout", method="POST")),  # POST: no CSRF by link
    ]
    nav = dbc.Navbar(dbc.Container([
        dbc.NavbarBrand("aqm", href="/calls"),
        dbc.Nav(links, navbar=True, className="me-auto"),
        dbc.Nav(right, navbar=True),
    ], fluid=True), color="dark", dark=True, className="mb-3")
    return html.Div([nav, dbc.Container(dash.page_container, fluid=True)])


def create_app(db: str | Path, secret_key: str | None = None,
               secure_cookies: bool | None = None) -> dash.Dash:
    """The Dash app serving ``db`` (built once per process; later calls return it, pointed at
    ``db``). ``secret_key`` signs session cookies: ``$AQM_SECRET_KEY`` or a random one (then
    sessions end when the process restarts). ``secure_cookies``: mark cookies ``Secure``
    (served over HTTPS); default ``$AQM_SECURE_COOKIES``."""
    global _app
    Store(db).ensure()
    key = secret_key or os.environ.get("AQM_SECRET_KEY") or secrets.token_hex(32)
    if _app is None:
        server = flask.Flask("aqm", static_folder=None)
        app = dash.Dash(
            __name__, server=server,  # type: ignore[arg-type]
            use_pages=True, pages_folder=str(HERE / "pages"),
            assets_folder=str(HERE / "assets"), title="aqm", update_title="",
            external_stylesheets=["/_aqm/bootstrap.min.css"],
            suppress_callback_exceptions=True,  # pages' ids exist only on their page
        )
        app.layout = _shell
        security.init_security(server, app)
        init_media(server)
        server.add_url_rule("/_aqm/bootstrap.min.css", "aqm_bootstrap",
                            lambda: flask.send_file(security.bootstrap_css(),
                                                    mimetype="text/css", max_age=3600))
        _app = app
    server = _app.server
    server.config.update(AQM_DB=str(db), SECRET_KEY=key)
    hardening.configure_cookies(server, hardening.env_flag("AQM_SECURE_COOKIES")
                                if secure_cookies is None else secure_cookies)
    return _app


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8050,
          threads: int = THREADS, secure_cookies: bool | None = None) -> None:
    """Serve the app on ``host:port`` with waitress (blocks until stopped)."""
    from waitress import serve as waitress_serve

    app = create_app(db, secure_cookies=secure_cookies)
    if not app.server.config["SESSION_COOKIE_SECURE"] and host not in ("127.0.0.1",
                                                                         "localhost", "::1"):
        log.warning("session cookies are not marked Secure: serve over HTTPS (a TLS proxy) "
                    "and pass --secure-cookies")
    log.info("serving %s on http://%s:%d", db, host, port)
    waitress_serve(app.server, host=host, port=port, threads=threads)

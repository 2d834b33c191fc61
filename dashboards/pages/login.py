"""Login: a plain HTML form posted to ``/auth/login`` (checked on the server, audited)."""

from __future__ import annotations

from typing import Any

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

dash.register_page(__name__, path="/login", title="aqm: log in", name="Log in",
                   permission=None, top_nav=False)


def layout(error: str | None = None, next: str | None = None, **_: Any) -> Any:  # noqa: A002
    alert = dbc.Alert("Wrong user name or password.", color="danger", id="login-error") \
        if error else None
    return dbc.Row(dbc.Col(dbc.Card(dbc.CardBody([
        html.H3("aqm", className="card-title"),
        html.P("Call quality management. Log in to continue.", className="text-muted"),
        alert,
        html.Form([
            dbc.Label("User name", html_for="login-username"),
            dcc.Input(id="login-username", name="username", type="text", required=True,
                      autoComplete="username", className="form-control mb-3"),
            dbc.Label("Password", html_for="login-password"),
            dcc.Input(id="login-password", name="password", type="password", required=True,
                      autoComplete="current-password", className="form-control mb-3"),
            dcc.Input(id="login-next", name="next", type="hidden", value=next or "/calls"),
            html.Button("Log in", id="login-submit", type="submit",
                        className="btn btn-primary w-100"),
        ], action="/auth/login", method="POST", id="login-form"),
    ])), md=4, className="mx-auto mt-5"))

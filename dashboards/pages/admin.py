"""Admin: users and roles, and the audit log (who opened which call's transcript or audio,
logins, refusals), newest first, paged on the server."""

from __future__ import annotations

from typing import Any

import dash
import dash_ag_grid as dag
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, clientside_callback, dcc, html
from dash.exceptions import PreventUpdate

from aqm import auth
from aqm.store import queries as q
from dashboards.security import guarded, guarded_layout, store

dash.register_page(__name__, path="/admin", title="aqm: admin", name="Admin",
                   permission="admin.users", top_nav=True, nav_order=90)

BLOCK_ROWS = 100
USER_COLUMNS = [{"field": f, "headerName": h} for f, h in (
    ("username", "User"), ("role", "Role"), ("agent_id", "Agent id"), ("team", "Team"),
    ("display_name", "Name"), ("active", "Active"), ("created_at", "Created (UTC)"))]
AUDIT_COLUMNS = [{"field": f, "headerName": h, "sortable": False} for f, h in (
    ("logged_at", "When (UTC)"), ("username", "User"), ("role", "Role"),
    ("action", "Action"), ("call_id", "Call"), ("detail", "Detail"))]


def _files() -> Any:
    from aqm.errors import AqmError
    from aqm.scoring import load_forms, load_pack

    try:
        pack = load_pack()
        forms = load_forms(None, pack)
    except AqmError as e:
        return dbc.Alert(str(e), color="danger", id="admin-files")
    rows = [html.Tr([html.Td("form"), html.Td(f.name), html.Td(f.label),
                     html.Td(f.title), html.Td(html.Code(f.sha256[:12])), html.Td(f.path)])
            for f in forms]
    rows += [html.Tr([html.Td(f.kind), html.Td(f.name), html.Td(f.version), html.Td(""),
                      html.Td(html.Code(f.sha256[:12])), html.Td(f.path)]) for f in pack.files]
    return dbc.Table([html.Thead(html.Tr([html.Th(x) for x in (
        "Kind", "Name", "Version", "Title", "SHA-256", "File")])), html.Tbody(rows)],
        size="sm", striped=True, id="admin-files")


@guarded_layout(__name__)
def layout(**_: Any) -> Any:
    users = [{"username": u.username, "role": u.role, "agent_id": u.agent_id, "team": u.team,
              "display_name": u.display_name, "active": u.active,
              "created_at": u.created_at.strftime("%Y-%m-%d %H:%M")}
             for u in q.list_users(store())]
    return html.Div([
        html.H4("Users and roles"),
        html.P(["Add users with ", html.Code("aqm users add NAME --role ROLE"),
                ". Roles: " + ", ".join(auth.ROLES) + "."], className="text-muted"),
        dag.AgGrid(id="admin-users", columnDefs=USER_COLUMNS, rowData=users,
                   defaultColDef={"sortable": True, "resizable": True, "flex": 1},
                   dashGridOptions={"domLayout": "autoHeight"}, className="ag-theme-alpine"),
        html.H4("Active forms and rule files", className="mt-4"),
        html.P(["Read only: edit the YAML files under ", html.Code("scorecards/"),
                ", check them with ", html.Code("aqm rules check"), ", re-score with ",
                html.Code("aqm score"), "."], className="text-muted"),
        _files(),
        html.H4("Audit log", className="mt-4"),
        dbc.Row([
            dbc.Col(dbc.Input(id="admin-audit-user", placeholder="user", debounce=True), md=3),
            dbc.Col(dbc.Input(id="admin-audit-call", placeholder="call id", debounce=True),
                    md=3),
            dbc.Col(dcc.Dropdown(id="admin-audit-action", placeholder="any action",
                                 options=["login", "login_failed", "logout",
                                          "transcript_view", "audio_play", "denied"]), md=3),
            dbc.Col(html.Span(id="admin-audit-count", className="text-muted"), md=3),
        ], className="mb-2"),
        dag.AgGrid(id="admin-audit", columnDefs=AUDIT_COLUMNS, rowModelType="infinite",
                   defaultColDef={"resizable": True, "flex": 1},
                   dashGridOptions={"cacheBlockSize": BLOCK_ROWS, "rowBuffer": 0,
                                    "infiniteInitialRowCount": 1,
                                    "maxConcurrentDatasourceRequests": 1},
                   style={"height": "50vh"}, className="ag-theme-alpine"),
        dcc.Store(id="admin-audit-purged"),
    ])


@callback(
    Output("admin-audit", "getRowsResponse"), Output("admin-audit-count", "children"),
    Input("admin-audit", "getRowsRequest"),
    State("admin-audit-user", "value"), State("admin-audit-call", "value"),
    State("admin-audit-action", "value"),
)
@guarded("admin.audit")
def audit_rows(request: dict[str, Any] | None, username: str | None, call_id: str | None,
               action: str | None) -> tuple[dict[str, Any], str]:
    if not request:
        raise PreventUpdate
    start = int(request.get("startRow") or 0)
    end = int(request.get("endRow") or start + BLOCK_ROWS)
    page = q.audit_log(store(), offset=start, limit=end - start, username=username or None,
                       call_id=call_id or None, action=action or None)
    rows = page.rows.to_dict("records")
    for r in rows:
        r["logged_at"] = r["logged_at"].strftime("%Y-%m-%d %H:%M:%S")
    return {"rowData": rows, "rowCount": page.total}, f"{page.total:,} entries"


clientside_callback(
    """
    function () {
        dash_ag_grid.getApiAsync("admin-audit").then(function (api) {
            api.purgeInfiniteCache();
        });
        return Date.now();
    }
    """,
    Output("admin-audit-purged", "data"),
    Input("admin-audit-user", "value"), Input("admin-audit-call", "value"),
    Input("admin-audit-action", "value"),
    prevent_initial_call=True,
)

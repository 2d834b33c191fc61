"""Shared by the app tests: a copy of the samples database with one user per role."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from aqm import auth
from aqm.store import Store
from aqm.store import queries as q

PASSWORD = "test-password-1"
# user → (role, agent id); linda and david are the agents of two of the sample calls
USERS = {"admin": ("admin", None), "qa": ("qa", None), "coach": ("coach", None),
         "mis": ("mis", None), "linda": ("agent", "A1001"), "david": ("agent", "A1002")}


@pytest.fixture(scope="session")
def app_db(samples_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English samples (real pipeline, tiny.en) plus users; tests may add audit rows."""
    db = tmp_path_factory.mktemp("app") / "app.duckdb"
    shutil.copy(samples_db, db)
    for name, (role, agent) in USERS.items():
        auth.add_user(db, name, PASSWORD, role, agent_id=agent)
    return db


def call_of(db: Path, agent_id: str) -> str:
    """The (only) sample call of ``agent_id``."""
    page = q.calls_page(Store(db), scope=q.CallScope(agent_id=agent_id))
    assert page.total == 1
    return str(page.rows.call_id[0])


def audit_rows(db: Path, action: str, username: str | None = None,
               call_id: str | None = None) -> int:
    return q.audit_log(Store(db), username=username, call_id=call_id, action=action).total

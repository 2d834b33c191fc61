"""App users, roles and what each role may do; argon2id password hashes; the audit log.

Roles and permissions
---------------------
``admin`` everything; ``qa`` all calls, reviews, resolving disputes; ``coach`` calls of their
team (all calls when no team is set) and coaching; ``mis`` the calls list and reports, not
transcripts or audio; ``agent`` only calls whose ``calls.agent_id`` is their agent id, and
disputes. ``ROLE_PERMISSIONS`` is the one table of this; the app checks it on the server
for every page, callback and the audio route (``dashboards/security.py``). Permissions for
the review, dispute and calibration pages are here already, for the scorecard issue.

Passwords are hashed with argon2id (``argon2-cffi``: salt and parameters in the hash);
hashes needing stronger parameters are upgraded at the next login. Nothing here logs a
password, a hash or transcript text.

``User`` has what flask-login asks of a user object (``is_authenticated``, ``is_active``,
``is_anonymous``, ``get_id``); the web glue (sessions, login routes) is in ``dashboards``,
so this module needs neither Flask nor a browser.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from aqm.errors import InputError
from aqm.store import Store
from aqm.store import queries as q

Role = Literal["admin", "qa", "coach", "mis", "agent"]
ROLES: tuple[Role, ...] = ("admin", "qa", "coach", "mis", "agent")

Permission = Literal[
    "calls.list",        # the calls grid (within the user's scope)
    "calls.view",        # a call page: transcript, metrics, redactions (a transcript view)
    "audio.play",        # the redacted audio of a call
    "admin.users",       # users and roles
    "admin.audit",       # the audit log
    "reports.view",      # MIS reports (later issue)
    "reviews.submit",    # answer / override scorecard questions (scorecard issue)
    "disputes.raise",    # an agent disputes a review of their call
    "disputes.resolve",  # a QA lead resolves a dispute
    "calibration.join",  # blind scoring in a calibration session
    "coaching.view",     # coaching notes and queues
    "calls.delete",      # delete calls everywhere (erasure requests; admin only)
]
PERMISSIONS: tuple[Permission, ...] = (
    "calls.list", "calls.view", "audio.play", "admin.users", "admin.audit", "reports.view",
    "reviews.submit", "disputes.raise", "disputes.resolve", "calibration.join",
    "coaching.view", "calls.delete")

ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "admin": frozenset(PERMISSIONS),
    "qa": frozenset({"calls.list", "calls.view", "audio.play", "reports.view",
                     "reviews.submit", "disputes.resolve", "calibration.join",
                     "coaching.view"}),
    "coach": frozenset({"calls.list", "calls.view", "audio.play", "reports.view",
                        "calibration.join", "coaching.view"}),
    "mis": frozenset({"calls.list", "reports.view"}),
    "agent": frozenset({"calls.list", "calls.view", "audio.play", "disputes.raise"}),
}

USERNAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD_LEN = 8
_HASHER = PasswordHasher()  # argon2id, the library's recommended parameters
_DUMMY_HASH = _HASHER.hash("not a password of anyone")  # equal work for unknown names


@dataclass(frozen=True)
class User:
    """A logged-in (or loadable) app user. No password or hash."""

    username: str
    role: Role
    agent_id: str | None = None
    team: str | None = None
    display_name: str | None = None
    active: bool = True

    # flask-login's user protocol
    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str:
        return self.username

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS.get(self.role, frozenset())

    @property
    def scope(self) -> q.CallScope:
        """The calls this user may see."""
        if self.role == "agent":
            return q.CallScope(agent_id=self.agent_id, nothing=not self.agent_id)
        if self.role == "coach" and self.team:
            return q.CallScope(team=self.team)
        return q.CallScope()

    def may_see(self, header: q.CallHeader) -> bool:
        """Whether this user may open this call (its transcript and audio)."""
        return self.can("calls.view") and self.scope.allows(header.agent_id, header.team)


def _user(rec: q.UserRecord) -> User:
    # a role this aqm does not know has no permissions (ROLE_PERMISSIONS.get → empty)
    return User(username=rec.username, role=cast(Role, rec.role), agent_id=rec.agent_id,
                team=rec.team, display_name=rec.display_name, active=bool(rec.active))


def validate_user(username: str, role: str, agent_id: str | None, password: str) -> None:
    if not USERNAME_RE.match(username):
        raise InputError(f"invalid user name {username!r}: letters, digits and . _ @ - "
                         "(up to 64)")
    if role not in ROLES:
        raise InputError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if role == "agent" and not agent_id:
        raise InputError("an agent needs --agent-id (the agent_id of their calls)")
    if len(password) < MIN_PASSWORD_LEN:
        raise InputError(f"password too short: at least {MIN_PASSWORD_LEN} characters")


def add_user(db: str | Path, username: str, password: str, role: str,
             agent_id: str | None = None, team: str | None = None,
             display_name: str | None = None) -> User:
    """Create an app user (the database is created if missing). ``InputError`` if the name is
    taken or a field is invalid."""
    validate_user(username, role, agent_id, password)
    store = Store(db)
    store.ensure()
    if q.get_user(store, username) is not None:
        raise InputError(f"user {username!r} already exists")
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    rec = q.UserRecord(username=username, role=role, agent_id=agent_id or None,
                       team=team or None, display_name=display_name, active=True,
                       created_at=now)
    q.insert_user(store, rec, _HASHER.hash(password))
    return _user(rec)


def set_password(db: str | Path, username: str, password: str) -> None:
    if len(password) < MIN_PASSWORD_LEN:
        raise InputError(f"password too short: at least {MIN_PASSWORD_LEN} characters")
    store = Store(db)
    if q.get_user(store, username) is None:
        raise InputError(f"no user {username!r}")
    q.set_password_hash(store, username, _HASHER.hash(password))


def authenticate(db: str | Path, username: str, password: str) -> User | None:
    """The user when the password is right and the account active, else None."""
    store = Store(db)
    found = q.get_credentials(store, username) if USERNAME_RE.match(username) else None
    stored_hash = found[1] if found else _DUMMY_HASH
    try:
        _HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    if found is None or not found[0].active:
        return None
    if _HASHER.check_needs_rehash(stored_hash):
        q.set_password_hash(store, username, _HASHER.hash(password))
    return _user(found[0])


def load_user(db: str | Path, username: str) -> User | None:
    rec = q.get_user(Store(db), username)
    return None if rec is None or not rec.active else _user(rec)


def list_users(db: str | Path) -> tuple[User, ...]:
    return tuple(_user(r) for r in q.list_users(Store(db)))


def audit(db: str | Path, user: User | None, action: str, call_id: str | None = None,
          detail: str = "", username: str | None = None) -> None:
    """Append one audit row: who (``user``, or ``username`` for failed logins), what, which
    call. ``detail`` must never carry transcript text."""
    q.write_audit(Store(db), q.AuditEntry(
        username=user.username if user else (username or "-")[:64],
        role=user.role if user else None, action=action, call_id=call_id, detail=detail))

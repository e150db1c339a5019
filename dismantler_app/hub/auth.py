"""Who may look at head office: its own users and roles, browser sessions, bearer tokens, and request nonces.

Head-office staff are not yard users (a yard admin has no say here): ``dismantler hub user add|remove|list|passwd``
manages them, with argon2id hashes. A browser signs in with a form and gets a session cookie (HttpOnly,
SameSite=Strict, Secure when served over TLS) whose token is stored only as SHA-256; every POST a browser makes
carries a CSRF token (double-submit before sign-in, the session's own after). Prometheus uses a bearer token made
by ``dismantler hub metrics-token``. Nothing here knows about pages: :class:`Gate` answers "who is this request, and
may they" for any page a later console adds.

Password checks cost 64 MiB and ~0.1 s each (argon2-cffi's defaults, RFC 9106): at most :data:`MAX_PARALLEL_CHECKS`
run at once, so a flood of sign-in attempts queues instead of exhausting memory.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

import psycopg
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

SESSION_COOKIE = "hub_session"
CSRF_COOKIE = "hub_csrf"
CSRF_FIELD = "csrf"
SESSION_LIFETIME = timedelta(hours=8)
MAX_PARALLEL_CHECKS = 2
MIN_PASSWORD_LENGTH = 10
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")


class HubRole(StrEnum):
    VIEWER = "viewer"
    ADMIN = "admin"


_RANK = {HubRole.VIEWER: 1, HubRole.ADMIN: 2}


class HubUserRefused(ValueError):
    """A user command head office refuses; the message says what to fix."""


@dataclass(frozen=True)
class HubSession:
    user: str
    role: HubRole
    csrf_token: str

    def may(self, role: HubRole) -> bool:
        return _RANK[self.role] >= _RANK[role]


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _check_name(name: str) -> str:
    name = name.strip().lower()
    if not _NAME.match(name):
        raise HubUserRefused("a user name is 1 to 64 characters: lower-case letters, digits, '.', '_' or '-'")
    return name


def _check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise HubUserRefused(f"a head-office password has at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > 1024:
        raise HubUserRefused("a password has at most 1024 characters")
    return password


def add_user(conn: psycopg.Connection, name: str, password: str, *, role: HubRole, hasher: PasswordHasher) -> str:
    name = _check_name(name)
    hashed = hasher.hash(_check_password(password))
    inserted = conn.execute(
        "INSERT INTO hub_users (name, password_hash, role) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING RETURNING name",
        [name, hashed, role.value],
    ).fetchone()
    if inserted is None:
        raise HubUserRefused(f"head office already has a user {name}; use 'hub user passwd' to change the password")
    return name


def remove_user(conn: psycopg.Connection, name: str) -> str:
    name = _check_name(name)
    if conn.execute("DELETE FROM hub_users WHERE name = %s RETURNING name", [name]).fetchone() is None:
        raise HubUserRefused(f"head office has no user {name}")
    return name


def set_password(conn: psycopg.Connection, name: str, password: str, *, hasher: PasswordHasher) -> str:
    name = _check_name(name)
    hashed = hasher.hash(_check_password(password))
    with conn.transaction():
        row = conn.execute(
            "UPDATE hub_users SET password_hash = %s, password_changed_at = now() WHERE name = %s RETURNING name",
            [hashed, name],
        ).fetchone()
        if row is None:
            raise HubUserRefused(f"head office has no user {name}")
        conn.execute("DELETE FROM hub_sessions WHERE user_name = %s", [name])
    return name


def list_users(conn: psycopg.Connection) -> list[dict[str, str]]:
    rows = conn.execute("SELECT name, role, created_at, password_changed_at FROM hub_users ORDER BY name").fetchall()
    return [{key: str(value) for key, value in row.items()} for row in rows]


def add_metrics_token(conn: psycopg.Connection, *, label: str = "") -> str:
    """A new bearer token for /metrics; only its hash is kept, so it is shown once."""
    token = secrets.token_urlsafe(32)
    conn.execute(
        "INSERT INTO hub_tokens (token_hash, purpose, label) VALUES (%s, 'metrics', %s)", [token_hash(token), label]
    )
    return token


def remember_nonce(conn: psycopg.Connection, *, site_id: str, signature: str, now: datetime, keep: timedelta) -> bool:
    """Records a signed request's signature; False when it was seen already (a replay inside the window).

    Old rows are pruned by the same call now and then: a request older than the window is refused by its time, so
    its nonce is no longer needed.
    """
    nonce = token_hash(signature)
    fresh = conn.execute(
        "INSERT INTO request_nonces (nonce, site_id, seen_at) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING "
        "RETURNING nonce",
        [nonce, site_id, now],
    ).fetchone()
    if secrets.randbelow(64) == 0:
        conn.execute("DELETE FROM request_nonces WHERE seen_at < %s", [now - keep])
    return fresh is not None


class Gate:
    """Head office's door for people and machines; shared by every page (one per app)."""

    def __init__(self, *, hasher: PasswordHasher | None = None, parallel_checks: int = MAX_PARALLEL_CHECKS) -> None:
        self.hasher = hasher or PasswordHasher()
        self._checks = threading.BoundedSemaphore(parallel_checks)
        # A hash to verify against when the name is unknown, so that a wrong name costs as long as a wrong password.
        self._decoy = self.hasher.hash(secrets.token_urlsafe(16))

    def sign_in(self, conn: psycopg.Connection, name: str, password: str, *, now: datetime) -> tuple[str, HubSession]:
        """A new session token (for the cookie) and the session; :class:`HubUserRefused` when name or password is
        wrong (without saying which)."""
        name = name.strip().lower()
        row = None
        if _NAME.match(name):
            row = conn.execute("SELECT name, password_hash, role FROM hub_users WHERE name = %s", [name]).fetchone()
        with self._checks:
            try:
                self.hasher.verify(row["password_hash"] if row else self._decoy, password[:1024])
                ok = row is not None
            except (VerificationError, InvalidHashError):
                ok = False
        if not ok:
            raise HubUserRefused("wrong user name or password")
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        conn.execute(
            "INSERT INTO hub_sessions (token_hash, user_name, csrf_token, expires_at) VALUES (%s, %s, %s, %s)",
            [token_hash(token), row["name"], csrf, now + SESSION_LIFETIME],
        )
        if secrets.randbelow(32) == 0:
            conn.execute("DELETE FROM hub_sessions WHERE expires_at < %s", [now])
        return token, HubSession(user=row["name"], role=HubRole(row["role"]), csrf_token=csrf)

    @staticmethod
    def session(conn: psycopg.Connection, token: str, *, now: datetime) -> HubSession | None:
        if not token or len(token) > 128:
            return None
        row = conn.execute(
            "SELECT s.user_name, s.csrf_token, u.role FROM hub_sessions s JOIN hub_users u ON u.name = s.user_name "
            "WHERE s.token_hash = %s AND s.expires_at > %s",
            [token_hash(token), now],
        ).fetchone()
        if row is None:
            return None
        return HubSession(user=row["user_name"], role=HubRole(row["role"]), csrf_token=row["csrf_token"])

    @staticmethod
    def sign_out(conn: psycopg.Connection, token: str) -> None:
        conn.execute("DELETE FROM hub_sessions WHERE token_hash = %s", [token_hash(token)])

    @staticmethod
    def metrics_token_ok(conn: psycopg.Connection, token: str) -> bool:
        if not token or len(token) > 128:
            return False
        row = conn.execute(
            "SELECT 1 FROM hub_tokens WHERE token_hash = %s AND purpose = 'metrics'", [token_hash(token)]
        ).fetchone()
        return row is not None


def same_token(given: str, expected: str) -> bool:
    """Constant-time comparison of two CSRF tokens (an empty one never matches)."""
    return bool(given) and bool(expected) and hmac.compare_digest(given.encode(), expected.encode())

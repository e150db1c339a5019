"""User rows: names, roles, password hashes (argon2id, computed by the services), disabled flag."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from dismantler_app.domain.permissions import User
from dismantler_app.domain.records import Role, UserId
from dismantler_app.storage.session import Session


@dataclass(frozen=True)
class StoredUser:
    user: User
    password_hash: str


def _user(row: dict) -> StoredUser:
    return StoredUser(
        user=User(
            id=UserId(row["id"]),
            username=row["username"],
            roles=frozenset(Role(r) for r in json.loads(row["roles"])),
            display_name=row["display_name"],
            disabled=bool(row["disabled"]),
        ),
        password_hash=row["password_hash"],
    )


def count_users(session: Session) -> int:
    return int(session.scalar("SELECT count(*) FROM users"))


def insert_user(session: Session, user: User, *, password_hash: str, created_at: datetime) -> None:
    session.insert(
        "users",
        {
            "id": user.id,
            "username": user.username,
            "display_name": user.display_name,
            "password_hash": password_hash,
            "roles": json.dumps(sorted(r.value for r in user.roles)),
            "disabled": int(user.disabled),
            "created_at": created_at.isoformat(),
        },
    )


def load_user(session: Session, user_id: str) -> StoredUser | None:
    row = session.one("SELECT * FROM users WHERE id = ?", [user_id])
    return _user(row) if row else None


def find_user_by_name(session: Session, username: str) -> StoredUser | None:
    row = session.one("SELECT * FROM users WHERE username = ?", [username])
    return _user(row) if row else None


def list_users(session: Session) -> list[User]:
    return [_user(row).user for row in session.all("SELECT * FROM users ORDER BY username")]


def update_user(
    session: Session,
    user_id: str,
    *,
    roles: frozenset[Role] | None = None,
    disabled: bool | None = None,
    password_hash: str | None = None,
) -> None:
    if roles is not None:
        session.execute(
            "UPDATE users SET roles = ? WHERE id = ?", [json.dumps(sorted(r.value for r in roles)), user_id]
        )
    if disabled is not None:
        session.execute("UPDATE users SET disabled = ? WHERE id = ?", [int(disabled), user_id])
    if password_hash is not None:
        session.execute("UPDATE users SET password_hash = ? WHERE id = ?", [password_hash, user_id])

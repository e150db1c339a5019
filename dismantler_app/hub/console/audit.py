"""The console's own audit: who looked up which intake (and whether its owner's personal data was on the page), who
enrolled or revoked a yard. Rows are only ever added; the Yards page shows the latest to admins."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import psycopg


class ConsoleAction(StrEnum):
    LOOKUP = "lookup"
    ENROL = "enrol"
    REVOKE = "revoke"


def record_action(
    conn: psycopg.Connection,
    *,
    user: str,
    at: datetime,
    action: ConsoleAction,
    query: str = "",
    site_id: str = "",
    intake_id: str = "",
    personal_data: bool = False,
) -> None:
    conn.execute(
        "INSERT INTO console_audit (user_name, at, action, query, site_id, intake_id, personal_data) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s)",
        [user, at, action.value, query[:200], site_id, intake_id, personal_data],
    )


def latest_actions(conn: psycopg.Connection, *, limit: int = 200) -> list[dict]:
    rows = conn.execute(
        "SELECT a.at, a.user_name, a.action, a.query, coalesce(y.name, a.site_id) AS yard, a.intake_id, "
        "a.personal_data FROM console_audit a LEFT JOIN yards y USING (site_id) ORDER BY a.at DESC, a.id DESC "
        "LIMIT %s",
        [limit],
    ).fetchall()
    return [dict(row) for row in rows]

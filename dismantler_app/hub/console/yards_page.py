"""Yards: last contact, backlog (events held past a gap), key state, events held and refusals per yard; for admins
the enrol and revoke actions (``routes.py``) and the console's audit trail."""

from __future__ import annotations

from collections.abc import Callable

import psycopg

from dismantler_app.hub.console.audit import latest_actions
from dismantler_app.hub.console.tables import Page, Table


def yard_rows(conn: psycopg.Connection) -> list[dict]:
    return [dict(row) for row in conn.execute(
        "SELECT y.name, y.site_id, y.last_contact, y.revoked_at, y.enrolled_at, "
        "(SELECT max(k.enrolled_at) FROM yard_keys k WHERE k.site_id = y.site_id AND k.revoked_at IS NULL) "
        "AS key_since, "
        "coalesce(sum(c.highest - c.contiguous), 0) AS backlog, "
        "coalesce(sum(c.contiguous - c.epoch_first_sequence + 1), 0) AS events "
        "FROM yards y LEFT JOIN cursors c USING (site_id) GROUP BY y.site_id ORDER BY y.name, y.site_id"
    ).fetchall()]  # fmt: skip


def active_yards(conn: psycopg.Connection) -> list[dict]:
    """Yards whose key is in use (what an admin may revoke)."""
    rows = conn.execute("SELECT site_id, name FROM yards WHERE revoked_at IS NULL ORDER BY name, site_id").fetchall()
    return [dict(row) for row in rows]


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else "–"


def yards_page(conn: psycopg.Connection, *, t: Callable[..., str], admin: bool) -> Page:
    page = Page("yards", t("yards.title"))
    rows = yard_rows(conn)
    page.tables.append(Table("yards", t("yards.title"),
        [t("col.yard"), t("col.site"), t("col.last_contact"), t("col.backlog"), t("col.events"), t("col.key")],
        [[r["name"], r["site_id"], _when(r["last_contact"]), r["backlog"], r["events"],
          t("key.revoked", at=_when(r["revoked_at"])) if r["revoked_at"] else t("key.active", at=_when(r["key_since"]))]
         for r in rows], t("empty.yards")))  # fmt: skip
    if admin:
        page.tables.append(Table("audit", t("yards.audit"),
            [t("col.when"), t("col.user"), t("col.action"), t("col.query"), t("col.yard"), t("col.intake"),
             t("col.personal")],
            [[_when(a["at"]), a["user_name"], t("action." + a["action"]), a["query"], a["yard"], a["intake_id"],
              t("yes") if a["personal_data"] else t("no")] for a in latest_actions(conn)],
            t("empty.audit")))  # fmt: skip
    return page

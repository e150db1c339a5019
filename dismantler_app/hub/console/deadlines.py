"""Deadlines: traceability uploads due and overdue per yard. An upload is due 15 working days (official Chinese
calendar, ``domain/deadlines.py``) after a certificate is issued and after a pack leaves the yard (2018 rules,
Art. 13); it is done once the yard recorded it (``report.recorded``). Only items not yet recorded are read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache

import psycopg

from dismantler_app.domain.deadlines import report_due_date
from dismantler_app.hub.console.tables import Page, Table

MAX_LISTED = 500


@lru_cache(maxsize=4096)
def _due(start: date) -> tuple[date, bool]:
    found = report_due_date(start)
    return found.due, found.estimated


def _open_items(conn: psycopg.Connection) -> list[dict]:
    return [dict(row) for row in conn.execute(
        "SELECT c.site_id, 'certificate' AS kind, c.number AS subject, left(c.issued_at, 10) AS started "
        "FROM certificates c WHERE c.state = 'issued' AND c.issued_at ~ '^\\d{4}-\\d{2}-\\d{2}' AND NOT EXISTS "
        "(SELECT 1 FROM console_reports r WHERE r.site_id = c.site_id AND r.kind = 'certificate' "
        "AND r.subject = c.number) "
        "UNION ALL SELECT h.site_id, 'pack_outbound', h.handover_id, h.handed_over_on::text FROM console_handovers h "
        "WHERE NOT EXISTS (SELECT 1 FROM console_reports r WHERE r.site_id = h.site_id AND r.kind = 'pack_outbound' "
        "AND r.subject = h.handover_id)"
    ).fetchall()]  # fmt: skip


def deadlines_page(conn: psycopg.Connection, *, today: date, t: Callable[..., str]) -> Page:
    names = {r["site_id"]: r["name"] for r in conn.execute("SELECT site_id, name FROM yards").fetchall()}
    per_yard: dict[str, dict] = {}
    listed = []
    for item in _open_items(conn):
        due, estimated = _due(date.fromisoformat(item["started"]))
        overdue = due < today
        yard = per_yard.setdefault(item["site_id"], {"due": 0, "overdue": 0, "next": None})
        yard["overdue" if overdue else "due"] += 1
        if not overdue and (yard["next"] is None or due < yard["next"]):
            yard["next"] = due
        listed.append((overdue, due, item, estimated))
    listed.sort(key=lambda x: (not x[0], x[1]))
    page = Page("deadlines", t("deadlines.title"))
    yards = sorted(per_yard.items(), key=lambda kv: (-kv[1]["overdue"], names.get(kv[0], kv[0])))
    page.tables.append(Table("yards", t("deadlines.per_yard"),
        [t("col.yard"), t("col.overdue"), t("col.due"), t("col.next_due")],
        [[names.get(s, s), v["overdue"], v["due"], v["next"] or "–"] for s, v in yards],
        t("empty.deadlines")))  # fmt: skip
    page.tables.append(Table("items", t("deadlines.items"),
        [t("col.yard"), t("col.upload"), t("col.subject"), t("col.started"), t("col.due_on"), t("col.state")],
        [[names.get(i["site_id"], i["site_id"]), t("upload." + i["kind"]), i["subject"], i["started"],
          f"{due}{' *' if est else ''}", t("state.overdue") if late else t("state.due")]
         for late, due, i, est in listed[:MAX_LISTED]], t("empty.deadlines")))  # fmt: skip
    page.notes.append(t("deadlines.note"))
    return page

"""Deadlines: traceability uploads due and overdue per yard. An upload is due 15 working days (official Chinese
calendar, ``domain/deadlines.py``) after a certificate is issued and after a pack leaves the yard (2018 rules,
Art. 13); it is done once the yard recorded it (``report.recorded``). Only items not yet recorded are read (the
``console_open_uploads`` summary), and they are counted in SQL against one cut-off day: an item is overdue exactly
when it started before the first day whose due date is today or later (due dates never go back as the start moves
forward)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

import psycopg

from dismantler_app.domain.deadlines import report_due_date
from dismantler_app.hub.console.tables import Page, Table

MAX_LISTED = 500

_OPEN = "SELECT site_id, kind, subject, started FROM console_open_uploads"


@lru_cache(maxsize=4096)
def _due(start: date) -> tuple[date, bool]:
    found = report_due_date(start)
    return found.due, found.estimated


def overdue_cutoff(today: date) -> date:
    """The first start day whose upload is due today or later: anything started before it is overdue."""
    day = today
    while _due(day - timedelta(days=1))[0] >= today:
        day -= timedelta(days=1)
    return day


def deadlines_page(conn: psycopg.Connection, *, today: date, t: Callable[..., str]) -> Page:
    cutoff = overdue_cutoff(today)
    per_yard = conn.execute(
        f"SELECT y.name, o.site_id, count(*) FILTER (WHERE o.started < %(c)s) AS overdue, "
        f"count(*) FILTER (WHERE o.started >= %(c)s) AS due, min(o.started) FILTER (WHERE o.started >= %(c)s) AS next "
        f"FROM ({_OPEN}) o JOIN yards y USING (site_id) GROUP BY 1, 2 ORDER BY 3 DESC, 1",
        {"c": cutoff},
    ).fetchall()
    items = conn.execute(
        f"SELECT y.name, o.kind, o.subject, o.started FROM ({_OPEN}) o JOIN yards y USING (site_id) "
        f"ORDER BY o.started, y.name, o.subject LIMIT %(n)s",
        {"n": MAX_LISTED},
    ).fetchall()
    page = Page("deadlines", t("deadlines.title"))
    page.tables.append(Table("yards", t("deadlines.per_yard"),
        [t("col.yard"), t("col.overdue"), t("col.due"), t("col.next_due")],
        [[r["name"], r["overdue"], r["due"], _due(r["next"])[0] if r["next"] else "–"] for r in per_yard],
        t("empty.deadlines")))  # fmt: skip
    rows = []
    for r in items:
        due, estimated = _due(r["started"])
        state = t("state.overdue") if r["started"] < cutoff else t("state.due")
        mark = " *" if estimated else ""
        rows.append([r["name"], t("upload." + r["kind"]), r["subject"], r["started"], f"{due}{mark}", state])
    page.tables.append(Table("items", t("deadlines.items"),
        [t("col.yard"), t("col.upload"), t("col.subject"), t("col.started"), t("col.due_on"), t("col.state")],
        rows, t("empty.deadlines")))  # fmt: skip
    page.notes.append(t("deadlines.note"))
    return page

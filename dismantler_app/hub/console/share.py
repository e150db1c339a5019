"""White-list share: packs handed over per month, per receiver and per yard, and the share that went to receivers on
head office's white list when it received the handover; receivers not on the list are named. From
``console_share_monthly`` (counts per yard, receiver and month, maintained at ingest, migration 0008), one month range
at a time through its index."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import psycopg

from dismantler_app.hub.console.svg import bar_chart
from dismantler_app.hub.console.tables import Page, Table

MONTHS = 12


def _first_month(today: date, months: int) -> date:
    index = today.year * 12 + today.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1)


def _months(since: date, today: date) -> list[str]:
    first, last = since.year * 12 + since.month - 1, today.year * 12 + today.month - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(first, last + 1)]


def _share(listed: int, total: int) -> str:
    return f"{100 * listed / total:.1f}%" if total else "–"


def share_page(conn: psycopg.Connection, *, today: date, t: Callable[..., str], months: int = MONTHS) -> Page:
    since = _first_month(today, months)
    by_month = conn.execute(
        "SELECT to_char(month, 'YYYY-MM') AS month, sum(total)::int AS total, sum(listed)::int AS listed, "
        "sum(unknown)::int AS unknown FROM console_share_monthly WHERE month >= %s GROUP BY 1 ORDER BY 1",
        [since],
    ).fetchall()
    by_receiver = conn.execute(
        "SELECT receiver_id, max(receiver_name) AS name, sum(total)::int AS total, sum(listed)::int AS listed, "
        "bool_or(total - listed - unknown > 0) AS off_list "
        "FROM console_share_monthly WHERE month >= %s GROUP BY 1 ORDER BY 3 DESC, 1",
        [since],
    ).fetchall()
    by_yard = conn.execute(
        "SELECT y.name, h.site_id, sum(h.total)::int AS total, sum(h.listed)::int AS listed "
        "FROM console_share_monthly h JOIN yards y USING (site_id) WHERE h.month >= %s "
        "GROUP BY 1, 2 ORDER BY sum(h.listed)::float / sum(h.total), 1",
        [since],
    ).fetchall()
    page = Page("share", t("share.title"))
    labels = _months(since, today)
    counted = {r["month"]: r for r in by_month}
    shares = [100 * counted[m]["listed"] / counted[m]["total"] if m in counted else 0.0 for m in labels]
    page.plots.append(
        (
            t("share.plot"),
            bar_chart(
                labels,
                [(t("share.series"), shares)],
                title=t("share.plot"),
                percent=True,
            ),
        )
    )
    page.tables.append(Table("months", t("share.by_month"),
        [t("col.month"), t("col.handovers"), t("col.listed"), t("col.share"), t("col.no_list_then")],
        [[r["month"], r["total"], r["listed"], _share(r["listed"], r["total"]), r["unknown"]] for r in by_month],
        t("empty.handovers")))  # fmt: skip
    off = [r for r in by_receiver if r["off_list"]]
    page.tables.append(Table("off_list", t("share.off_list"),
        [t("col.receiver"), t("col.receiver_id"), t("col.handovers")],
        [[r["name"], r["receiver_id"], r["total"] - r["listed"]] for r in off], t("empty.off_list")))  # fmt: skip
    page.tables.append(Table("receivers", t("share.by_receiver"),
        [t("col.receiver"), t("col.receiver_id"), t("col.handovers"), t("col.listed"), t("col.share")],
        [[r["name"], r["receiver_id"], r["total"], r["listed"], _share(r["listed"], r["total"])]
         for r in by_receiver], t("empty.handovers")))  # fmt: skip
    page.tables.append(Table("yards", t("share.by_yard"),
        [t("col.yard"), t("col.site"), t("col.handovers"), t("col.listed"), t("col.share")],
        [[r["name"], r["site_id"], r["total"], r["listed"], _share(r["listed"], r["total"])] for r in by_yard],
        t("empty.handovers")))  # fmt: skip
    page.notes.append(t("share.note", since=since.isoformat()))
    return page

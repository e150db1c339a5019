"""Activity: intakes, packs linked and handovers per day, per yard and in total, and the packs in stock (active
links) per yard; from ``console_daily`` and the active-link index, never from ``events``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import psycopg

from dismantler_app.hub.console.svg import bar_chart
from dismantler_app.hub.console.tables import Page, Table

DAYS = 30


def activity_page(conn: psycopg.Connection, *, today: date, t: Callable[..., str], days: int = DAYS) -> Page:
    since = today - timedelta(days=days - 1)
    totals = {r["day"]: r for r in conn.execute(
        "SELECT day, sum(intakes) AS intakes, sum(packs_linked) AS packs, sum(handovers) AS handovers "
        "FROM console_daily WHERE day BETWEEN %s AND %s GROUP BY day",
        [since, today],
    ).fetchall()}  # fmt: skip
    per_yard = conn.execute(
        "SELECT y.name, y.site_id, coalesce(d.intakes, 0) AS intakes, coalesce(d.packs, 0) AS packs, "
        "coalesce(d.handovers, 0) AS handovers, coalesce(s.stock, 0) AS stock FROM yards y "
        "LEFT JOIN (SELECT site_id, sum(intakes) AS intakes, sum(packs_linked) AS packs, sum(handovers) AS handovers "
        "FROM console_daily WHERE day BETWEEN %s AND %s GROUP BY site_id) d USING (site_id) "
        "LEFT JOIN (SELECT site_id, count(*) AS stock FROM pack_links WHERE NOT unlinked GROUP BY site_id) s "
        "USING (site_id) ORDER BY 3 DESC, 1",
        [since, today],
    ).fetchall()
    days_shown = [since + timedelta(days=i) for i in range(days)]
    labels = [d.strftime("%m-%d") for d in days_shown]

    def series(key: str) -> list[float]:
        return [float(totals[d][key]) if d in totals else 0.0 for d in days_shown]

    page = Page("activity", t("activity.title"))
    page.plots.append((t("activity.plot_intakes"), bar_chart(labels, [(t("col.intakes"), series("intakes")),
        (t("col.packs_linked"), series("packs"))], title=t("activity.plot_intakes"))))  # fmt: skip
    page.plots.append((t("activity.plot_handovers"), bar_chart(labels, [(t("col.handovers"), series("handovers"))],
        title=t("activity.plot_handovers"))))  # fmt: skip
    page.tables.append(Table("days", t("activity.per_day"),
        [t("col.day"), t("col.intakes"), t("col.packs_linked"), t("col.handovers")],
        [[d.isoformat(), int(totals[d]["intakes"]), int(totals[d]["packs"]), int(totals[d]["handovers"])]
         for d in days_shown if d in totals], t("empty.activity")))  # fmt: skip
    page.tables.append(Table("yards", t("activity.per_yard", days=days),
        [t("col.yard"), t("col.site"), t("col.intakes"), t("col.packs_linked"), t("col.handovers"),
         t("col.stock")],
        [[r["name"], r["site_id"], r["intakes"], r["packs"], r["handovers"], r["stock"]] for r in per_yard],
        t("empty.yards")))  # fmt: skip
    return page

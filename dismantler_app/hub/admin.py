"""The plain HTML pages for head-office staff (sign-in, the admin page) and the Prometheus metrics text: yards, last
contact, backlog, rejections, conflicts, what was noticed about the yards' audit chains.

Every value is escaped and the pages have no script; their only forms (sign in, sign out) carry a CSRF token. Who
may see them is decided in ``hub/app.py`` with ``hub/auth.py``.
"""

from __future__ import annotations

import html
from typing import Any

import psycopg


def _rows(conn: psycopg.Connection, sql: str) -> list[dict[str, Any]]:
    return [dict(row) for row in conn.execute(sql).fetchall()]


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


_STYLE = (
    "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
    "td,th{border:1px solid #999;padding:.3em .6em;text-align:left}</style>"
)


def _page(title: str, body: str) -> str:
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>{_STYLE}"
        f"<meta name='referrer' content='same-origin'></head><body>{body}</body></html>"
    )


def sign_in_page(*, csrf_token: str, refused: bool = False) -> str:
    note = "<p><strong>Wrong user name or password.</strong></p>" if refused else ""
    return _page(
        "Head office: sign in",
        "<h1>Head office</h1>"
        f"{note}<form method='post' action='/signin'>"
        f"<input type='hidden' name='csrf' value='{html.escape(csrf_token, quote=True)}'>"
        "<p><label>User <input name='name' autocomplete='username' required></label></p>"
        "<p><label>Password <input name='password' type='password' autocomplete='current-password' required>"
        "</label></p><p><button type='submit'>Sign in</button></p></form>",
    )


def admin_page(conn: psycopg.Connection, *, user: str, csrf_token: str) -> str:
    yards = _rows(
        conn,
        "SELECT y.name, y.site_id, y.last_contact, y.revoked_at, "
        "coalesce(sum(c.highest - c.contiguous), 0) AS backlog, "
        "coalesce(sum(c.contiguous - c.epoch_first_sequence + 1), 0) AS events, "
        "(SELECT count(*) FROM rejections r WHERE r.site_id = y.site_id) AS rejections "
        "FROM yards y LEFT JOIN cursors c USING (site_id) GROUP BY y.site_id ORDER BY y.name",
    )
    conflicts = _rows(
        conn,
        "SELECT r.rejected_at, y.name AS yard, r.event_id, r.code, r.detail FROM rejections r "
        "JOIN yards y USING (site_id) ORDER BY r.rejected_at DESC, r.id DESC LIMIT 200",
    )
    numbers = _rows(
        conn,
        "SELECT k.detected_at, k.number, hy.name AS held_yard, k.held_vin, y.name AS yard, k.vin, k.event_id "
        "FROM certificate_conflicts k JOIN yards y ON y.site_id = k.site_id "
        "JOIN yards hy ON hy.site_id = k.held_site_id ORDER BY k.detected_at DESC, k.id DESC LIMIT 200",
    )
    yard_table = _table(
        ["Yard", "Site", "Last contact", "Revoked", "Events held", "Backlog (held past a gap)", "Rejections"],
        [
            [y["name"], y["site_id"], y["last_contact"], y["revoked_at"], y["events"], y["backlog"], y["rejections"]]
            for y in yards
        ],
    )
    conflict_table = _table(
        ["When", "Yard", "Event", "Code", "Detail"],
        [[c["rejected_at"], c["yard"], c["event_id"], c["code"], c["detail"]] for c in conflicts],
    )
    notices = _rows(
        conn,
        "SELECT n.noticed_at, y.name AS yard, n.db_epoch, n.kind, n.detail FROM audit_notices n "
        "JOIN yards y USING (site_id) ORDER BY n.noticed_at DESC, n.id DESC LIMIT 200",
    )
    notice_table = _table(
        ["When", "Yard", "Epoch", "Kind", "Detail"],
        [[n["noticed_at"], n["yard"], n["db_epoch"], n["kind"], n["detail"]] for n in notices],
    )
    number_table = _table(
        ["When", "Certificate number", "Held for yard", "Held VIN", "Refused from yard", "Refused VIN", "Event"],
        [
            [n["detected_at"], n["number"], n["held_yard"], n["held_vin"], n["yard"], n["vin"], n["event_id"]]
            for n in numbers
        ],
    )
    sign_out = (
        f"<form method='post' action='/signout'><p>Signed in as {html.escape(user)} "
        f"<input type='hidden' name='csrf' value='{html.escape(csrf_token, quote=True)}'>"
        "<button type='submit'>Sign out</button></p></form>"
    )
    return _page(
        "Head office: yards",
        f"{sign_out}<h1>Yards</h1>{yard_table}<h1>Certificate numbers naming two vehicles</h1>{number_table}"
        f"<h1>Rejections and conflicts</h1>{conflict_table}"
        f"<h1>Audit chains: restores and rewound heads</h1>{notice_table}",
    )


def metrics_text(conn: psycopg.Connection, counters: dict[str, int]) -> str:
    """Prometheus text. Scraped every few seconds, so nothing here reads ``events`` (365 million rows at 2,000 yards
    after ten years, issue 17): ``hub_events`` is the events held in sequence, the sum of the cursors' contiguous
    runs (events waiting past a gap are within ``hub_backlog``); ``hub_batches`` is PostgreSQL's own estimate
    (``pg_class``, kept by autovacuum and ANALYZE)."""
    totals = conn.execute(
        "SELECT (SELECT count(*) FROM yards) AS yards, "
        "(SELECT coalesce(sum(contiguous - epoch_first_sequence + 1), 0) FROM cursors) AS events, "
        "(SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = 'batches'::regclass) AS batches, "
        "(SELECT count(*) FROM rejections) AS rejections, "
        "(SELECT count(*) FROM certificate_conflicts) AS certificate_conflicts, "
        "(SELECT coalesce(sum(highest - contiguous), 0) FROM cursors) AS backlog"
    ).fetchone()
    lines = []
    for name, value in totals.items():
        lines += [f"# TYPE hub_{name} gauge", f"hub_{name} {int(value)}"]
    for name, value in sorted(counters.items()):
        lines += [f"# TYPE hub_{name}_total counter", f"hub_{name}_total {value}"]
    return "\n".join(lines) + "\n"

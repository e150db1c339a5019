"""The console's summaries (migration 0004): handovers with the receiver's standing, traceability uploads, photos and
passport ids per intake, counts per yard and day. Folded in the ingest transaction right after the projections, from
the same events, so a page never has to scan ``events``: a handful of set-based statements per batch.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import psycopg

from dismantler_app.hub.projections import Rejection, StoredEvent
from dismantler_app.sync.events import LOCAL_LINK_MADE, EventType, RejectionCode

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
REPORT_RECORDED = "report.recorded"
PHOTO_ADDED = "photo.added"
PASSPORT_RECORDED = "pack.passport_recorded"


def _text(payload: Mapping[str, Any], key: str) -> str:
    value = payload.get(key)
    return value.strip() if isinstance(value, str) else ""


def _handover_row(event: StoredEvent, refused: set[str], standing_known: bool) -> list[Any] | None:
    p = event.payload
    receiver = _text(p, "receiver_uscc") or _text(p, "receiver_duns")
    day = _text(p, "handed_over_on")
    if not (_text(p, "entity_id") and receiver and _DAY.match(day)):
        return None
    listed = (event.event_id not in refused) if standing_known else None
    return [event.site_id, p["entity_id"], _text(p, "intake_id"), _text(p, "pack_code"), receiver,
            _text(p, "receiver_name"), day[:10], listed]  # fmt: skip


def _has_white_list(conn: psycopg.Connection) -> bool:
    row = conn.execute("SELECT exists(SELECT 1 FROM reference_items WHERE kind = 'receiver') AS listed").fetchone()
    return bool(row["listed"])


def summarise_events(conn: psycopg.Connection, events: Sequence[StoredEvent], rejections: Sequence[Rejection]) -> None:
    """Folds the console's summaries from events just projected (``rejections``: what the projections refused)."""
    refused = {r.event_id for r in rejections if r.code is RejectionCode.RECEIVER_NOT_WHITE_LISTED}
    links_refused = {r.event_id for r in rejections if r.code is RejectionCode.PACK_LINKED_ELSEWHERE}
    handovers = [e for e in events if e.type == EventType.PACK_HANDED_OVER]
    daily: Counter[tuple[str, str, str]] = Counter()
    reports, photos, passports, opened, closed = [], [], [], [], []
    for event in events:
        p, day = event.payload, event.created_at[:10]
        _open_or_close(event, opened, closed)
        if event.type == EventType.INTAKE_CREATED:
            daily[(event.site_id, day, "intakes")] += 1
        elif event.type == EventType.PACK_SCANNED:
            if p.get("result") == LOCAL_LINK_MADE and event.event_id not in links_refused:
                daily[(event.site_id, day, "packs_linked")] += 1
        elif event.type == EventType.PACK_HANDED_OVER:
            daily[(event.site_id, day, "handovers")] += 1
        elif event.type == REPORT_RECORDED and _text(p, "subject") and _DAY.match(_text(p, "reported_on")):
            reports.append([event.site_id, _text(p, "kind"), _text(p, "subject"), _text(p, "reported_on")[:10]])
        elif event.type == PHOTO_ADDED and _text(p, "intake_id") and _text(p, "sha256"):
            photos.append([event.site_id, p["intake_id"], p["sha256"], _text(p, "kind"), _text(p, "pack_code")])
        elif event.type == PASSPORT_RECORDED and _text(p, "passport_id") and _text(p, "intake_id"):
            passports.append([p["passport_id"], event.site_id, p["intake_id"], _text(p, "pack_code")])
    if handovers:
        known = _has_white_list(conn)
        rows = [row for e in handovers if (row := _handover_row(e, refused, known)) is not None]
        # The monthly counts take only the handovers this statement added: a resent one changes nothing.
        _insert(conn, "WITH added AS (INSERT INTO console_handovers SELECT * FROM unnest(%b::text[], %b::text[], "
                "%b::text[], %b::text[], %b::text[], %b::text[], %b::date[], %b::boolean[]) ON CONFLICT DO NOTHING "
                "RETURNING *) INSERT INTO console_share_monthly SELECT site_id, receiver_id, "
                "date_trunc('month', handed_over_on)::date, max(receiver_name), count(*), "
                "count(*) FILTER (WHERE white_listed), count(*) FILTER (WHERE white_listed IS NULL) FROM added "
                "GROUP BY 1, 2, 3 ON CONFLICT (site_id, receiver_id, month) DO UPDATE SET "
                "receiver_name = greatest(console_share_monthly.receiver_name, excluded.receiver_name), "
                "total = console_share_monthly.total + excluded.total, "
                "listed = console_share_monthly.listed + excluded.listed, "
                "unknown = console_share_monthly.unknown + excluded.unknown", rows)  # fmt: skip
    _insert(
        conn,
        "INSERT INTO console_reports SELECT DISTINCT ON (s, k, j) s, k, j, d FROM unnest(%b::text[], %b::text[], "
        "%b::text[], %b::date[]) WITH ORDINALITY AS t(s, k, j, d, n) ORDER BY s, k, j, n DESC "
        "ON CONFLICT (site_id, kind, subject) DO UPDATE SET reported_on = excluded.reported_on",
        reports,
    )
    _insert(conn, "INSERT INTO console_photos SELECT * FROM unnest(%b::text[], %b::text[], %b::text[], %b::text[], "
            "%b::text[]) ON CONFLICT DO NOTHING", photos)  # fmt: skip
    _insert(conn, "INSERT INTO console_passports SELECT * FROM unnest(%b::text[], %b::text[], %b::text[], "
            "%b::text[]) ON CONFLICT DO NOTHING", passports)  # fmt: skip
    _add_daily(conn, daily)
    # Opened before closed: a batch may hold a certificate and its upload both.
    _insert(conn, "INSERT INTO console_open_uploads SELECT * FROM unnest(%b::text[], %b::text[], %b::text[], "
            "%b::date[]) ON CONFLICT DO NOTHING", opened)  # fmt: skip
    if closed:
        conn.execute(
            "DELETE FROM console_open_uploads AS o USING unnest(%b::text[], %b::text[], %b::text[]) AS t(s, k, j) "
            "WHERE o.site_id = t.s AND o.kind = t.k AND o.subject = t.j",
            _columns(closed),
        )


def _columns(rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    return [list(column) for column in zip(*rows, strict=True)]


def _insert(conn: psycopg.Connection, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """One statement for all ``rows`` (one array per column), instead of a round trip per row."""
    if rows:
        conn.execute(sql, _columns(rows))


def _open_or_close(event: StoredEvent, opened: list[list[Any]], closed: list[list[Any]]) -> None:
    """The traceability uploads an event opens (certificate issued, pack handed over) or closes (upload recorded,
    certificate voided); the deadlines page reads what is open."""
    p = event.payload
    if event.type == EventType.CERTIFICATE_ISSUED:
        started = _text(p, "issued_at") or event.created_at
        if _text(p, "number") and _DAY.match(started):
            opened.append([event.site_id, "certificate", p["number"].strip(), started[:10]])
    elif event.type == EventType.PACK_HANDED_OVER:
        if _text(p, "entity_id") and _DAY.match(_text(p, "handed_over_on")):
            opened.append([event.site_id, "pack_outbound", p["entity_id"], _text(p, "handed_over_on")[:10]])
    elif event.type == REPORT_RECORDED and _text(p, "subject"):
        closed.append([event.site_id, _text(p, "kind"), _text(p, "subject")])
    elif event.type == EventType.CERTIFICATE_VOIDED and _text(p, "entity_id"):
        closed.append([event.site_id, "certificate", _text(p, "entity_id")])


def _add_daily(conn: psycopg.Connection, daily: Counter[tuple[str, str, str]]) -> None:
    per_day: dict[tuple[str, str], dict[str, int]] = {}
    for (site_id, day, column), n in daily.items():
        if _DAY.match(day):
            per_day.setdefault((site_id, day), {"intakes": 0, "packs_linked": 0, "handovers": 0})[column] += n
    if not per_day:
        return
    keys = sorted(per_day)
    conn.execute(
        "INSERT INTO console_daily (site_id, day, intakes, packs_linked, handovers) "
        "SELECT * FROM unnest(%s::text[], %s::date[], %s::int[], %s::int[], %s::int[]) "
        "ON CONFLICT (site_id, day) DO UPDATE SET intakes = console_daily.intakes + excluded.intakes, "
        "packs_linked = console_daily.packs_linked + excluded.packs_linked, "
        "handovers = console_daily.handovers + excluded.handovers",
        [
            [k[0] for k in keys],
            [k[1] for k in keys],
            [per_day[k]["intakes"] for k in keys],
            [per_day[k]["packs_linked"] for k in keys],
            [per_day[k]["handovers"] for k in keys],
        ],
    )

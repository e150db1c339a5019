"""Certificates: ``certificate.issued`` and ``certificate.voided``.

A number names one vehicle forever (issue 13): the first certificate head office receives under a number is held;
the same one again is a no-op; a different one (another site, intake or VIN, or other signed content) is refused,
recorded in ``certificate_conflicts`` and reported back. Numbers are compared across sites: a yard set up again
enrols as a new site under the same yard code.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import psycopg

from dismantler_app.hub.projections.records import Missing, Rejection, StoredEvent, malformed, need, refused
from dismantler_app.sync.events import RejectionCode


def issued_keys(payload: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    return [("certificate", str(payload.get("number") or ""))]


def voided_keys(payload: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    return [("certificate", str(payload.get("entity_id") or ""))]


def _held(conn: psycopg.Connection, numbers: list[str]) -> dict[str, Mapping[str, Any]]:
    # Two yards' batches may carry one number at once: the locks order them, so exactly one is held. Taken in one
    # order (sorted) by every batch, so two batches sharing numbers cannot deadlock on them.
    conn.execute(
        "SELECT count(pg_advisory_xact_lock(hashtextextended(n, 13))) FROM unnest(%b::text[]) AS n", [sorted(numbers)]
    )
    rows = conn.execute(
        "SELECT DISTINCT ON (c.number) c.number, c.site_id, c.intake_id, c.vin, c.content_digest, y.name "
        "FROM certificates AS c JOIN yards AS y USING (site_id) WHERE c.number = ANY(%s) "
        "ORDER BY c.number, c.issued_at",
        [numbers],
    ).fetchall()
    return {row["number"]: row for row in rows}


def project_issued(conn: psycopg.Connection, events: list[StoredEvent]) -> list[Rejection]:
    """The dispatcher hands a group with distinct numbers (``issued_keys``), so each is decided against what was held
    before the group."""
    rejections, wanted = [], []
    for event in events:
        p = event.payload
        try:
            wanted.append((event, need(p, "number"), need(p, "intake_id"), need(p, "vin")))
        except Missing as exc:
            rejections.append(malformed(event, exc))
    if not wanted:
        return rejections
    held = _held(conn, [w[1] for w in wanted])
    new, conflicts = [], []
    for event, number, intake_id, vin in wanted:
        p = event.payload
        content = str(p.get("content_digest") or "")
        first = held.get(number)
        if first is None:
            issued_at = str(p.get("issued_at") or event.created_at)
            new.append([number, intake_id, vin, issued_at, str(p.get("qr_text") or ""), content])
            continue
        same = (first["site_id"], first["intake_id"], first["vin"]) == (event.site_id, intake_id, vin) and (
            not content or not first["content_digest"] or content == first["content_digest"]
        )
        if same:
            continue
        conflicts.append([number, first["site_id"], first["intake_id"], first["vin"], event.db_epoch, event.sequence,
                          event.event_id, intake_id, vin, content])  # fmt: skip
        detail = (
            f"certificate number {number} already names vehicle {first['vin']} at yard {first['name']}; "
            f"this certificate for {vin} was not accepted: void it and issue a new one"
        )
        rejections.append(
            refused(
                event,
                RejectionCode.CERTIFICATE_NUMBER_TAKEN,
                detail,
                other_site_id=first["site_id"],
                other_yard=first["name"],
                other_vin=first["vin"],
            )
        )
    site_id = events[0].site_id
    if new:
        conn.execute(
            "INSERT INTO certificates (site_id, number, intake_id, vin, state, issued_at, qr_text, content_digest) "
            "SELECT %s, n, i, v, 'issued', a, q, d FROM unnest(%b::text[], %b::text[], %b::text[], %b::text[], "
            "%b::text[], %b::text[]) AS t(n, i, v, a, q, d)",
            [site_id, *(list(column) for column in zip(*new, strict=True))],
        )
    if conflicts:
        conn.execute(
            "INSERT INTO certificate_conflicts (number, held_site_id, held_intake_id, held_vin, site_id, db_epoch, "
            "sequence, event_id, intake_id, vin, content_digest) SELECT n, hs, hi, hv, %s, de, sq, ev, i, v, d "
            "FROM unnest(%b::text[], %b::text[], %b::text[], %b::text[], %b::text[], %b::bigint[], %b::text[], "
            "%b::text[], %b::text[], %b::text[]) AS t(n, hs, hi, hv, de, sq, ev, i, v, d) "
            "ON CONFLICT (event_id) DO NOTHING",
            [site_id, *(list(column) for column in zip(*conflicts, strict=True))],
        )
    return sorted(rejections, key=lambda r: r.sequence)


def project_voided(conn: psycopg.Connection, events: list[StoredEvent]) -> list[Rejection]:
    """Voids this site's certificate; when the event names its intake (since statement version 2), only the
    certificate of that intake, so voiding a refused duplicate never voids the one head office holds."""
    rejections, rows = [], []
    for event in events:
        p = event.payload
        try:
            rows.append([need(p, "entity_id"), str(p.get("reason") or ""), str(p.get("intake_id") or "")])
        except Missing as exc:
            rejections.append(malformed(event, exc))
    if rows:
        conn.execute(
            "UPDATE certificates AS c SET state = 'voided', void_reason = t.r "
            "FROM unnest(%b::text[], %b::text[], %b::text[]) AS t(n, r, i) "
            "WHERE c.site_id = %s AND c.number = t.n AND (t.i = '' OR c.intake_id = t.i)",
            [[r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows], events[0].site_id],
        )
    return rejections

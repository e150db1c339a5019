"""Packs and their links across yards: ``pack.scanned``, ``pack.unlinked`` and ``pack.handed_over``.

One battery belongs to at most one vehicle at a time across all yards (domain guide); the partial unique index
``pack_links_one_active`` decides, and a scan that finds the pack linked to another vehicle is refused back to its
yard naming that vehicle and yard.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import psycopg

from dismantler_app.hub.projections.records import Missing, Rejection, StoredEvent, malformed, need, refused
from dismantler_app.hub.white_list import receivers_standing
from dismantler_app.sync.events import LOCAL_LINK_MADE, RejectionCode

# Touched by a release named only by its link: which pack that is is not known before the statement runs.
ANY_PACK = ("pack", "*")


def scan_keys(payload: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    return [("pack", str(payload.get("code") or "")), ("link", str(payload.get("entity_id") or "")),
            ("links_of_intake", str(payload.get("intake_id") or "")), ANY_PACK]  # fmt: skip


def unlink_keys(payload: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    if payload.get("link_id"):
        return [("link", str(payload.get("link_id"))), ANY_PACK]
    return [("pack", str(payload.get("code") or ""))]


def _scan_link(payload: Mapping[str, Any]) -> tuple[str, str, str | None, str | None]:
    """The scan's code and intake, and its link and VIN when the yard linked the pack (else None)."""
    code, intake_id = need(payload, "code"), need(payload, "intake_id")
    if payload.get("result") != LOCAL_LINK_MADE:
        return code, intake_id, None, None  # the yard itself kept the pack with another vehicle: evidence only
    try:
        return code, intake_id, need(payload, "entity_id"), need(payload, "vin")
    except Missing as exc:
        exc.args = (*exc.args, code, intake_id)
        raise


def project_scans(conn: psycopg.Connection, events: list[StoredEvent]) -> list[Rejection]:
    """Three statements for the whole group (per-event round trips held ingest near 1,000 events/s). Inserting in
    sequence order with ON CONFLICT DO NOTHING gives the outcome of one event at a time: the first link of a pack
    wins, later ones are refused. The unique index waits for a concurrent yard's transaction instead of racing it."""
    rejections, packs, linking = [], [], []
    for event in events:
        try:
            code, intake_id, link_id, vin = _scan_link(event.payload)
        except Missing as exc:
            rejections.append(malformed(event, Missing(exc.args[0])))
            if len(exc.args) == 3:
                packs.append((exc.args[1], exc.args[2]))  # the pack was seen, even if the link cannot be made
            continue
        packs.append((code, intake_id))
        if link_id is not None:
            linking.append((event, code, intake_id, link_id, vin))
    if not packs:
        return rejections
    site_id = events[0].site_id
    conn.execute(
        "INSERT INTO packs (code, first_site_id, first_intake_id) SELECT code, %s, intake FROM "
        "unnest(%b::text[], %b::text[]) WITH ORDINALITY AS t(code, intake, n) ORDER BY n ON CONFLICT DO NOTHING",
        [site_id, [p[0] for p in packs], [p[1] for p in packs]],
    )
    if not linking:
        return rejections
    inserted = {
        row["link_id"]
        for row in conn.execute(
            "INSERT INTO pack_links (site_id, link_id, code, intake_id, vin, linked_sequence) "
            "SELECT %s, link, code, intake, vin, seq FROM unnest(%b::text[], %b::text[], %b::text[], %b::text[], "
            "%b::bigint[]) WITH ORDINALITY AS t(link, code, intake, vin, seq, n) ORDER BY n "
            "ON CONFLICT (code) WHERE NOT unlinked DO NOTHING RETURNING link_id",
            [
                site_id,
                [x[3] for x in linking],
                [x[1] for x in linking],
                [x[2] for x in linking],
                [x[4] for x in linking],
                [x[0].sequence for x in linking],
            ],
        ).fetchall()
    }
    not_linked = [x for x in linking if x[3] not in inserted]
    if not not_linked:
        return rejections
    active = {
        row["code"]: row
        for row in conn.execute(
            "SELECT l.code, l.site_id, l.link_id, l.vin, y.name FROM pack_links AS l JOIN yards AS y "
            "USING (site_id) WHERE l.code = ANY(%s) AND NOT l.unlinked",
            [[x[1] for x in not_linked]],
        ).fetchall()
    }
    for event, code, _, link_id, _ in not_linked:
        other = active.get(code)
        if other is None or (other["site_id"] == event.site_id and other["link_id"] == link_id):
            continue  # the same link again: nothing to refuse
        rejections.append(
            refused(
                event,
                RejectionCode.PACK_LINKED_ELSEWHERE,
                f"pack {code} is linked to vehicle {other['vin']} at yard {other['name']}",
                other_site_id=other["site_id"],
                other_yard=other["name"],
                other_vin=other["vin"],
            )
        )
    return sorted(rejections, key=lambda r: r.sequence)


def project_unlinks(conn: psycopg.Connection, events: list[StoredEvent]) -> list[Rejection]:
    """The yard released the pack (handed over to a receiver, intake cancelled): from now on another vehicle, in
    any yard, may hold it. Only this site's own link can be released."""
    rejections, by_link, by_code = [], [], []
    for event in events:
        p = event.payload
        try:
            if p.get("link_id"):
                by_link.append(need(p, "link_id"))
            else:
                by_code.append((need(p, "code"), need(p, "intake_id")))
        except Missing as exc:
            rejections.append(malformed(event, exc))
    site_id = events[0].site_id
    if by_link:
        conn.execute(
            "UPDATE pack_links SET unlinked = true WHERE site_id = %s AND link_id = ANY(%s)", [site_id, by_link]
        )
    if by_code:
        conn.execute(
            "UPDATE pack_links AS l SET unlinked = true FROM unnest(%b::text[], %b::text[]) AS t(c, i) "
            "WHERE l.site_id = %s AND l.code = t.c AND l.intake_id = t.i AND NOT l.unlinked",
            [[c for c, _ in by_code], [i for _, i in by_code], site_id],
        )
    return rejections


def _receiver_id(payload: Mapping[str, Any]) -> str:
    for key in ("receiver_uscc", "receiver_duns"):
        value = payload.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    raise Missing("receiver_uscc' or 'receiver_duns")


def project_handovers(conn: psycopg.Connection, events: list[StoredEvent]) -> list[Rejection]:
    """A handover is checked against head office's white list (the yard's copy may have been stale); only refused
    when head office has a list. The receiver is named by its USCC or, for an enterprise without one, its D-U-N-S
    number (``services/handovers.py``); the list is keyed by whichever identifier it is. A handover with neither is
    malformed. The pack's link is released by the ``pack.unlinked`` event that follows."""
    rejections, checked = [], []
    for event in events:
        try:
            checked.append((event, _receiver_id(event.payload)))
        except Missing as exc:
            rejections.append(malformed(event, exc))
    standing = receivers_standing(conn, {receiver_id for _, receiver_id in checked}) if checked else None
    if standing is None:
        return rejections  # head office has no list yet: nothing is refused
    for event, receiver_id in checked:
        if standing[receiver_id.upper()]:
            continue
        name = str(event.payload.get("receiver_name") or "").strip()
        receiver = f"{name} ({receiver_id})" if name else receiver_id
        detail = f"receiver {receiver} is not on head office's white list"
        rejections.append(refused(event, RejectionCode.RECEIVER_NOT_WHITE_LISTED, detail))
    return sorted(rejections, key=lambda r: r.sequence)

"""Vehicles and their owners: ``intake.created``, ``intake.vehicle_updated``, ``intake.documents_recorded`` and the
``intake.<status>`` changes, each a group of events projected with one statement per table.

A group may hold several events of one intake: they are merged here first, in sequence order, the way ``||`` would
merge them one at a time (top-level keys, the later wins), so no statement updates a row twice.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import psycopg

from dismantler_app.hub.projections.records import Missing, Rejection, StoredEvent, malformed, need, personal_data
from dismantler_app.sync.events import INTAKE_STATUS_PREFIX
from dismantler_app.sync.sealing import PERSONAL_KEYS


def intake_key(payload: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    return [("intake", str(payload.get("entity_id") or ""))]


def vehicle_update_keys(payload: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    """Also the intake's pack links, whose VIN it rewrites (``packs.scan_keys``)."""
    return [*intake_key(payload), ("links_of_intake", str(payload.get("entity_id") or ""))]


def _merged(rows: Iterable[tuple[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    merged: dict[str, dict[str, Any]] = {}
    for key, data in rows:
        merged[key] = merged.get(key, {}) | data
    return merged


def _upsert_vehicles(conn: psycopg.Connection, site_id: str, found: list[tuple[str, str, dict[str, Any]]]) -> None:
    vins = {intake_id: vin for intake_id, vin, _ in found}
    rows = [(i, vins[i], facts) for i, facts in _merged((i, facts) for i, _, facts in found).items()]
    if not rows:
        return
    conn.execute(
        "INSERT INTO vehicles (site_id, intake_id, vin, facts) SELECT %s, i, v, f::jsonb "
        "FROM unnest(%b::text[], %b::text[], %b::text[]) AS t(i, v, f) "
        "ON CONFLICT (site_id, intake_id) DO UPDATE SET vin = excluded.vin, facts = vehicles.facts || excluded.facts",
        [site_id, [r[0] for r in rows], [r[1] for r in rows], [json.dumps(r[2], ensure_ascii=False) for r in rows]],
    )


def store_owners(conn: psycopg.Connection, site_id: str, rows: list[tuple[str, dict[str, Any]]]) -> None:
    rows = [(intake_id, data) for intake_id, data in _merged(rows).items() if data]
    if not rows:
        return
    conn.execute(
        "INSERT INTO owners (site_id, intake_id, data) SELECT %s, i, d::jsonb FROM unnest(%b::text[], %b::text[]) "
        "AS t(i, d) ON CONFLICT (site_id, intake_id) DO UPDATE SET data = owners.data || excluded.data",
        [site_id, [r[0] for r in rows], [json.dumps(r[1], ensure_ascii=False) for r in rows]],
    )


def _project_vehicles(
    conn: psycopg.Connection, events: list[StoredEvent], facts_of: Any
) -> tuple[list[Rejection], list[StoredEvent]]:
    rejections, vehicles, owners, done = [], [], [], []
    for event in events:
        try:
            facts = facts_of(event.payload)
            intake_id, vin = need(event.payload, "entity_id"), need(facts, "vin")
        except Missing as exc:
            rejections.append(malformed(event, exc))
            continue
        vehicles.append((intake_id, vin, {k: v for k, v in facts.items() if k not in PERSONAL_KEYS}))
        owners.append((intake_id, personal_data(event.payload)))
        done.append(event)
    if done:
        _upsert_vehicles(conn, done[0].site_id, vehicles)
        store_owners(conn, done[0].site_id, owners)
    return rejections, done


def _vehicle_of(payload: Mapping[str, Any]) -> Mapping[str, Any]:
    vehicle = payload.get("vehicle")
    if not isinstance(vehicle, Mapping):
        raise Missing("vehicle")
    return vehicle


def project_intakes_created(conn: psycopg.Connection, events: list[StoredEvent]) -> list[Rejection]:
    return _project_vehicles(conn, events, _vehicle_of)[0]


def project_vehicles_updated(conn: psycopg.Connection, events: list[StoredEvent]) -> list[Rejection]:
    """The vehicle's facts, and the VIN of the intake's active pack links."""
    rejections, done = _project_vehicles(conn, events, lambda payload: payload)
    vins = {e.payload["entity_id"]: e.payload["vin"] for e in done}  # the last VIN of each intake
    if vins:
        conn.execute(
            "UPDATE pack_links AS l SET vin = t.v FROM unnest(%b::text[], %b::text[]) AS t(i, v) "
            "WHERE l.site_id = %s AND l.intake_id = t.i AND NOT l.unlinked",
            [list(vins), list(vins.values()), done[0].site_id],
        )
    return rejections


def project_documents_recorded(conn: psycopg.Connection, events: list[StoredEvent]) -> list[Rejection]:
    rejections, owners = [], []
    for event in events:
        try:
            owners.append((need(event.payload, "entity_id"), personal_data(event.payload)))
        except Missing as exc:
            rejections.append(malformed(event, exc))
    if owners:
        store_owners(conn, events[0].site_id, owners)
    return rejections


def project_status_changes(conn: psycopg.Connection, events: list[StoredEvent]) -> list[Rejection]:
    """An intake's last status in the group is the one that stays."""
    rejections, statuses = [], {}
    for event in events:
        try:
            statuses[need(event.payload, "entity_id")] = event.type.removeprefix(INTAKE_STATUS_PREFIX)
        except Missing as exc:
            rejections.append(malformed(event, exc))
    if statuses:
        conn.execute(
            "UPDATE vehicles AS v SET status = t.s FROM unnest(%b::text[], %b::text[]) AS t(i, s) "
            "WHERE v.site_id = %s AND v.intake_id = t.i",
            [list(statuses), list(statuses.values()), events[0].site_id],
        )
    return rejections

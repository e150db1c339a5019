"""Head office's projections: vehicles, owners, packs, active links and certificates, folded from events in order.

Called inside the ingest transaction, only for events the cursor has just moved over, in sequence order, so the
projections of a yard are a pure function of its contiguous event stream: retries, duplicates and reordering on the
way cannot change them. Returns the per-event rejections (business conflicts) to store and report.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from dismantler_app.sync.events import EventType, RejectionCode
from dismantler_app.sync.sealing import PERSONAL_KEYS


@dataclass(frozen=True)
class Rejection:
    site_id: str
    db_epoch: str
    sequence: int
    event_id: str
    code: RejectionCode
    detail: str = ""
    other_site_id: str = ""
    other_yard: str = ""
    other_vin: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "sequence": self.sequence,
            "event_id": self.event_id,
            "code": self.code.value,
            "detail": self.detail,
            "other_site_id": self.other_site_id,
            "other_yard": self.other_yard,
            "other_vin": self.other_vin,
        }


@dataclass(frozen=True)
class StoredEvent:
    site_id: str
    db_epoch: str
    sequence: int
    event_id: str
    type: str
    payload: Mapping[str, Any]


class _Missing(KeyError):
    pass


def _need(payload: Mapping[str, Any], key: str) -> str:
    value = payload.get(key)
    if not isinstance(value, str) or not value:
        raise _Missing(key)
    return value


def _intake_recorded(conn: psycopg.Connection, event: StoredEvent) -> Rejection | None:
    p = event.payload
    intake_id, vin = _need(p, "intake_id"), _need(p, "vin")
    facts = {k: v for k, v in p.items() if k not in PERSONAL_KEYS and k not in {"intake_id", "vin"}}
    conn.execute(
        "INSERT INTO vehicles (site_id, intake_id, vin, facts, status) VALUES (%s, %s, %s, %s, %s) "
        "ON CONFLICT (site_id, intake_id) DO UPDATE SET vin = excluded.vin, facts = vehicles.facts || excluded.facts",
        [event.site_id, intake_id, vin, Jsonb(facts), str(p.get("status") or "")],
    )
    personal = {k: v for k, v in p.items() if k in PERSONAL_KEYS}
    if personal:
        conn.execute(
            "INSERT INTO owners (site_id, intake_id, data) VALUES (%s, %s, %s) "
            "ON CONFLICT (site_id, intake_id) DO UPDATE SET data = owners.data || excluded.data",
            [event.site_id, intake_id, Jsonb(personal)],
        )
    return None


def _status_changed(conn: psycopg.Connection, event: StoredEvent) -> Rejection | None:
    conn.execute(
        "UPDATE vehicles SET status = %s WHERE site_id = %s AND intake_id = %s",
        [_need(event.payload, "status"), event.site_id, _need(event.payload, "intake_id")],
    )
    return None


def _pack_scanned(conn: psycopg.Connection, event: StoredEvent) -> Rejection | None:
    conn.execute(
        "INSERT INTO packs (code, first_site_id, first_intake_id) VALUES (%s, %s, %s) ON CONFLICT (code) DO NOTHING",
        [_need(event.payload, "code"), event.site_id, _need(event.payload, "intake_id")],
    )
    return None


def _pack_linked(conn: psycopg.Connection, event: StoredEvent) -> Rejection | None:
    p = event.payload
    code, link_id = _need(p, "code"), _need(p, "link_id")
    # The partial unique index decides; ON CONFLICT against it waits for a concurrent yard's transaction instead of
    # racing it, so two yards linking one pack at the same moment still end with exactly one active link.
    inserted = conn.execute(
        "INSERT INTO pack_links (site_id, link_id, code, intake_id, vin, linked_sequence) "
        "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (code) WHERE NOT unlinked DO NOTHING RETURNING link_id",
        [event.site_id, link_id, code, _need(p, "intake_id"), _need(p, "vin"), event.sequence],
    ).fetchone()
    if inserted:
        return None
    other = conn.execute(
        "SELECT l.site_id, l.link_id, l.vin, y.name FROM pack_links AS l JOIN yards AS y USING (site_id) "
        "WHERE l.code = %s AND NOT l.unlinked",
        [code],
    ).fetchone()
    if other is None or (other["site_id"] == event.site_id and other["link_id"] == link_id):
        return None  # the same link again: nothing to refuse
    return Rejection(
        site_id=event.site_id,
        db_epoch=event.db_epoch,
        sequence=event.sequence,
        event_id=event.event_id,
        code=RejectionCode.PACK_LINKED_ELSEWHERE,
        detail=f"pack {code} is linked to vehicle {other['vin']} at yard {other['name']}",
        other_site_id=other["site_id"],
        other_yard=other["name"],
        other_vin=other["vin"],
    )


def _pack_unlinked(conn: psycopg.Connection, event: StoredEvent) -> Rejection | None:
    conn.execute(
        "UPDATE pack_links SET unlinked = true WHERE site_id = %s AND link_id = %s",
        [event.site_id, _need(event.payload, "link_id")],
    )
    return None


def _certificate_issued(conn: psycopg.Connection, event: StoredEvent) -> Rejection | None:
    p = event.payload
    conn.execute(
        "INSERT INTO certificates (site_id, number, intake_id, vin, state, issued_at, qr_text) "
        "VALUES (%s, %s, %s, %s, 'issued', %s, %s) ON CONFLICT (site_id, number) DO NOTHING",
        [
            event.site_id,
            _need(p, "number"),
            _need(p, "intake_id"),
            _need(p, "vin"),
            str(p.get("issued_at") or ""),
            str(p.get("qr_text") or ""),
        ],
    )
    return None


def _certificate_voided(conn: psycopg.Connection, event: StoredEvent) -> Rejection | None:
    conn.execute(
        "UPDATE certificates SET state = 'voided', void_reason = %s WHERE site_id = %s AND number = %s",
        [str(event.payload.get("reason") or ""), event.site_id, _need(event.payload, "number")],
    )
    return None


_PROJECTORS: dict[str, Callable[[psycopg.Connection, StoredEvent], Rejection | None]] = {
    EventType.INTAKE_RECORDED: _intake_recorded,
    EventType.INTAKE_STATUS_CHANGED: _status_changed,
    EventType.PACK_SCANNED: _pack_scanned,
    EventType.PACK_LINKED: _pack_linked,
    EventType.PACK_UNLINKED: _pack_unlinked,
    EventType.CERTIFICATE_ISSUED: _certificate_issued,
    EventType.CERTIFICATE_VOIDED: _certificate_voided,
}


def project_event(conn: psycopg.Connection, event: StoredEvent) -> Rejection | None:
    """Folds one event into the projections; unknown types are kept in ``events`` only."""
    projector = _PROJECTORS.get(event.type)
    if projector is None:
        return None
    try:
        return projector(conn, event)
    except _Missing as exc:
        return Rejection(
            site_id=event.site_id,
            db_epoch=event.db_epoch,
            sequence=event.sequence,
            event_id=event.event_id,
            code=RejectionCode.MALFORMED_PAYLOAD,
            detail=f"{event.type} needs a non-empty '{exc.args[0]}'",
        )

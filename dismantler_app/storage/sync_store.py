"""The yard's sync tables (``0002_sync.sql``): undelivered outbox events by epoch, cut batches, head office's cursor,
the sync problems list, photo upload state, the enrolment link and reference data.

Plain functions over a :class:`Session`; the caller owns the transaction. Marking delivered is driven only by a
cursor head office committed (an HTTP answer, a state query, a signed receipt), so doing it twice is harmless.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from dismantler_app.storage.audit import canonical_json
from dismantler_app.storage.session import Session


@dataclass(frozen=True)
class OutboxRow:
    sequence: int
    event_id: str
    site_id: str
    db_epoch: str
    type: str
    payload: dict[str, Any]
    created_at: str
    tx_id: str
    payload_json: str  # as stored: canonical JSON (``storage.outbox.append_event``), hashed and sent as it is


@dataclass(frozen=True)
class BatchRow:
    batch_hash: str
    db_epoch: str
    first_sequence: int
    last_sequence: int
    previous_batch_hash: str
    state: str


def _outbox_row(row: Mapping[str, Any]) -> OutboxRow:
    return OutboxRow(
        sequence=row["sequence"],
        event_id=row["event_id"],
        site_id=row["site_id"],
        db_epoch=row["db_epoch"],
        type=row["type"],
        payload=json.loads(row["payload_json"]),
        created_at=row["created_at"],
        tx_id=row["tx_id"] or "",
        payload_json=row["payload_json"],
    )


def undelivered_epochs(session: Session) -> list[tuple[str, int]]:
    """(epoch, lowest undelivered sequence) of every epoch with work left, oldest first."""
    rows = session.all(
        "SELECT db_epoch, min(sequence) AS low FROM outbox WHERE state != 'delivered' GROUP BY db_epoch ORDER BY low"
    )
    return [(row["db_epoch"], row["low"]) for row in rows]


def note_epochs(session: Session) -> None:
    """Records where each epoch in the outbox starts, before any of its events could be pruned."""
    session.execute(
        "INSERT OR IGNORE INTO sync_epochs (db_epoch, first_sequence) "
        "SELECT db_epoch, min(sequence) FROM outbox GROUP BY db_epoch"
    )


def epochs(session: Session) -> dict[str, dict[str, Any]]:
    return {row["db_epoch"]: row for row in session.all("SELECT * FROM sync_epochs")}


def events_between(session: Session, *, db_epoch: str, first: int, last: int) -> list[OutboxRow]:
    rows = session.all(
        "SELECT * FROM outbox WHERE db_epoch = ? AND sequence BETWEEN ? AND ? ORDER BY sequence",
        [db_epoch, first, last],
    )
    return [_outbox_row(row) for row in rows]


def uncut_events(session: Session, *, db_epoch: str, limit: int) -> list[OutboxRow]:
    """Undelivered events of ``db_epoch`` after the last batch already cut for it."""
    after = session.scalar("SELECT max(last_sequence) FROM sync_batches WHERE db_epoch = ?", [db_epoch]) or 0
    rows = session.all(
        "SELECT * FROM outbox WHERE db_epoch = ? AND sequence > ? AND state != 'delivered' ORDER BY sequence LIMIT ?",
        [db_epoch, after, limit],
    )
    return [_outbox_row(row) for row in rows]


def last_batch_hash(session: Session, *, db_epoch: str) -> str | None:
    return session.scalar(
        "SELECT batch_hash FROM sync_batches WHERE db_epoch = ? ORDER BY last_sequence DESC LIMIT 1", [db_epoch]
    )


def insert_batch(
    session: Session, *, batch_hash: str, db_epoch: str, first: int, last: int, previous: str, at: str
) -> None:
    session.execute(
        "INSERT INTO sync_batches (batch_hash, db_epoch, first_sequence, last_sequence, previous_batch_hash, cut_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [batch_hash, db_epoch, first, last, previous, at],
    )


def open_batches(session: Session) -> list[BatchRow]:
    """Batches head office has not acknowledged, in the order they must be sent (outbox sequences are unique within
    one database file, across epochs, so the first sequence orders them)."""
    rows = session.all("SELECT * FROM sync_batches WHERE state != 'acknowledged' ORDER BY first_sequence")
    return [
        BatchRow(
            r["batch_hash"],
            r["db_epoch"],
            r["first_sequence"],
            r["last_sequence"],
            r["previous_batch_hash"],
            r["state"],
        )
        for r in rows
    ]


def mark_delivered(session: Session, *, db_epoch: str, upto: int, at: str) -> int:
    """Everything of ``db_epoch`` up to head office's cursor is delivered; returns how many events changed."""
    changed = session.execute(
        "UPDATE outbox SET state = 'delivered' WHERE db_epoch = ? AND sequence <= ? AND state != 'delivered'",
        [db_epoch, upto],
    ).rowcount
    session.execute(
        "UPDATE sync_batches SET state = 'acknowledged', acknowledged_at = ? "
        "WHERE db_epoch = ? AND last_sequence <= ? AND state != 'acknowledged'",
        [at, db_epoch, upto],
    )
    session.execute(
        "UPDATE sync_epochs SET hub_cursor = max(hub_cursor, ?), checked_at = ? WHERE db_epoch = ?",
        [upto, at, db_epoch],
    )
    return changed


def mark_exported(session: Session, *, batch_hashes: Iterable[str], path: str) -> None:
    for batch_hash in batch_hashes:
        row = session.one(
            "SELECT db_epoch, first_sequence, last_sequence FROM sync_batches WHERE batch_hash = ?", [batch_hash]
        )
        if row is None:
            continue
        session.execute(
            "UPDATE outbox SET state = 'exported' "
            "WHERE db_epoch = ? AND sequence BETWEEN ? AND ? AND state = 'pending'",
            [row["db_epoch"], row["first_sequence"], row["last_sequence"]],
        )
        session.execute(
            "UPDATE sync_batches SET state = 'exported', exported_to = ? WHERE batch_hash = ? AND state = 'cut'",
            [path, batch_hash],
        )


def record_problems(session: Session, *, db_epoch: str, rejections: Iterable[Mapping[str, Any]], at: str) -> int:
    """Adds head office's rejections to the problems list (each once); returns how many were new."""
    added = 0
    for r in rejections:
        added += session.execute(
            "INSERT OR IGNORE INTO sync_problems (event_id, code, db_epoch, sequence, detail, other_site_id, "
            "other_yard, other_vin, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                r["event_id"],
                r["code"],
                db_epoch,
                r["sequence"],
                r.get("detail", ""),
                r.get("other_site_id", ""),
                r.get("other_yard", ""),
                r.get("other_vin", ""),
                at,
            ],
        ).rowcount
    return added


def list_problems(session: Session, *, include_resolved: bool = False) -> list[dict[str, Any]]:
    where = "" if include_resolved else "WHERE resolved_at IS NULL"
    return session.all(f"SELECT * FROM sync_problems {where} ORDER BY reported_at, db_epoch, sequence")


def resolve_problem(session: Session, *, event_id: str, code: str, by: str, resolution: str, at: str) -> bool:
    return bool(
        session.execute(
            "UPDATE sync_problems SET resolved_at = ?, resolved_by = ?, resolution = ? "
            "WHERE event_id = ? AND code = ? AND resolved_at IS NULL",
            [at, by, resolution, event_id, code],
        ).rowcount
    )


def photos_to_upload(session: Session, *, limit: int = 100) -> list[str]:
    rows = session.all(
        "SELECT p.sha256 FROM photos p LEFT JOIN sync_photos s USING (sha256) "
        "WHERE s.state IS NULL OR s.state != 'uploaded' ORDER BY p.stored_at LIMIT ?",
        [limit],
    )
    return [row["sha256"] for row in rows]


def mark_photo_uploaded(session: Session, sha256: str, *, at: str) -> None:
    session.execute(
        "INSERT INTO sync_photos (sha256, state, uploaded_at) VALUES (?, 'uploaded', ?) "
        "ON CONFLICT (sha256) DO UPDATE SET state = 'uploaded', uploaded_at = excluded.uploaded_at",
        [sha256, at],
    )


def load_link(session: Session) -> dict[str, Any]:
    return session.one("SELECT * FROM sync_link WHERE singleton = 1") or {}


def save_enrolment(
    session: Session, *, hub_url: str, signing_key: str, sealing_key: str, at: str, hub_ca_path: str = ""
) -> None:
    """Stores head office's keys, URL and (for a private CA) the CA file; a new enrolment lifts a revocation."""
    session.execute(
        "UPDATE sync_link SET hub_url = ?, hub_signing_key = ?, hub_sealing_key = ?, enrolled_at = ?, "
        "hub_ca_path = ?, revoked_at = NULL, revoked_detail = '' WHERE singleton = 1",
        [hub_url, signing_key, sealing_key, at, hub_ca_path],
    )


def save_hub_address(session: Session, *, hub_url: str, hub_ca_path: str) -> None:
    """Head office moved (a new URL, a new CA): the enrolment and its keys stay."""
    session.execute("UPDATE sync_link SET hub_url = ?, hub_ca_path = ? WHERE singleton = 1", [hub_url, hub_ca_path])


def record_revocation(session: Session, *, at: str, detail: str, error: str = "") -> None:
    """Head office revoked this yard's key (or the yard replaced it): kept until a new enrolment, so pushing stops
    and the status says why; ``error`` is the coded ``last_error`` text (``detail`` when not given)."""
    session.execute(
        "UPDATE sync_link SET revoked_at = coalesce(revoked_at, ?), revoked_detail = ?, last_attempt_at = ?, "
        "last_error = ? WHERE singleton = 1",
        [at, detail[:500], at, (error or detail)[:500]],
    )


def record_attempt(session: Session, *, at: str, error: str = "") -> None:
    if error:
        session.execute(
            "UPDATE sync_link SET last_attempt_at = ?, last_error = ?, failures = failures + 1 WHERE singleton = 1",
            [at, error[:500]],
        )
    else:
        session.execute(
            "UPDATE sync_link SET last_attempt_at = ?, last_success_at = ?, last_error = '', failures = 0 "
            "WHERE singleton = 1",
            [at, at],
        )


def store_reference(session: Session, items: Iterable[Mapping[str, Any]], *, last_sequence: int) -> None:
    for item in items:
        session.execute(
            "INSERT INTO sync_reference (kind, key, sequence, value_json) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (kind, key) DO UPDATE SET sequence = excluded.sequence, value_json = excluded.value_json "
            "WHERE excluded.sequence > sync_reference.sequence",
            [item["kind"], item["key"], item["sequence"], canonical_json(item["value"])],
        )
    session.execute(
        "UPDATE sync_link SET reference_sequence = max(reference_sequence, ?) WHERE singleton = 1", [last_sequence]
    )


def reference_items(session: Session, kind: str) -> dict[str, Any]:
    rows = session.all("SELECT key, value_json FROM sync_reference WHERE kind = ?", [kind])
    return {row["key"]: json.loads(row["value_json"]) for row in rows}


def registered_packs(session: Session, vin: str) -> list[str]:
    """The pack codes head office's reference data registers for ``vin`` ([] when it knows none)."""
    row = session.one("SELECT value_json FROM sync_reference WHERE kind = 'registered_packs' AND key = ?", [vin])
    return list(json.loads(row["value_json"]).get("codes") or []) if row else []


def registered_vins_of(session: Session, code: str) -> list[str]:
    """The VINs head office's reference data registers ``code`` for ([] when none)."""
    rows = session.all(
        "SELECT vin FROM registered_pack_codes WHERE code = ? ORDER BY vin",  # kept by triggers (migration 0005)
        [code.strip().upper()],
    )
    return [row["vin"] for row in rows]


def white_list(session: Session) -> dict[str, dict[str, Any]] | None:
    """The receivers' white list from head office by USCC (entries head office removed left out), or None when no
    list has ever reached this yard (never synced: nothing to enforce yet)."""
    rows = session.all("SELECT key, value_json FROM sync_reference WHERE kind = 'receiver'")
    if not rows:
        return None
    entries = {row["key"]: json.loads(row["value_json"]) for row in rows}
    return {uscc: value for uscc, value in entries.items() if not value.get("removed")}


def withdraw_registered_expectation(session: Session, intake_id: str) -> bool:
    """Removes an intake's expected packs when they came from head office's registration (a VIN corrected to one
    head office registers nothing for); a declaration or model count is never touched. True when one was removed."""
    found = session.scalar("SELECT 1 FROM expected_packs WHERE intake_id = ? AND source = 'registered'", [intake_id])
    if not found:
        return False
    session.execute("DELETE FROM expected_pack_codes WHERE intake_id = ?", [intake_id])
    session.execute("DELETE FROM expected_packs WHERE intake_id = ?", [intake_id])
    return True


def outbox_counts(session: Session) -> dict[str, int]:
    rows = session.all("SELECT state, count(*) AS n FROM outbox GROUP BY state")
    counts = {"pending": 0, "exported": 0, "delivered": 0}
    counts.update({row["state"]: row["n"] for row in rows})
    return counts

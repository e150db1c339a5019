"""The transactional outbox: events head office must see, written in the same transaction as the change they report.

An event is named by (site id, db epoch, sequence) and carries a UUID. The sequence has no gaps: writers are
serialised by ``BEGIN IMMEDIATE`` and the ``outbox_head`` counter, checked by a trigger, moves with every insert.
Delivery (export to a file or upload) is a later concern; it only flips ``state``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from dismantler_app.storage.audit import canonical_json
from dismantler_app.storage.session import Session


class OutboxState(StrEnum):
    PENDING = "pending"
    EXPORTED = "exported"
    DELIVERED = "delivered"


@dataclass(frozen=True)
class OutboxEvent:
    sequence: int
    event_id: str
    site_id: str
    db_epoch: str
    type: str
    payload: Mapping[str, Any]
    created_at: str
    state: OutboxState
    tx_id: str = ""  # shared by the events one service transaction wrote; sync never splits them across batches


def append_event(
    session: Session,
    *,
    event_type: str,
    payload: Mapping[str, Any],
    created_at: datetime,
    tx_id: str = "",
) -> OutboxEvent:
    """Queues one event inside the caller's write transaction. Events of one user action pass the same ``tx_id``
    (``services.context.change``); '' stores NULL, meaning a transaction of its own."""
    yard = session.one("SELECT site_id, db_epoch FROM yard WHERE singleton = 1")
    if yard is None:
        raise RuntimeError("the yard is not set up yet: create it before recording changes")
    sequence = session.scalar("SELECT last_sequence FROM outbox_head WHERE singleton = 1") + 1
    event = OutboxEvent(
        sequence=sequence,
        event_id=uuid.uuid4().hex,
        site_id=yard["site_id"],
        db_epoch=yard["db_epoch"],
        type=event_type,
        payload=dict(payload),
        created_at=created_at.isoformat(),
        state=OutboxState.PENDING,
        tx_id=tx_id,
    )
    session.insert(
        "outbox",
        {
            "sequence": event.sequence,
            "event_id": event.event_id,
            "site_id": event.site_id,
            "db_epoch": event.db_epoch,
            "type": event.type,
            "payload_json": canonical_json(event.payload),
            "created_at": event.created_at,
            "state": event.state.value,
            "tx_id": tx_id or None,
        },
    )
    return event


def list_events(session: Session, *, state: OutboxState | None = None, limit: int = 1000) -> list[OutboxEvent]:
    where, params = ("WHERE state = ?", [state.value]) if state else ("", [])
    rows = session.all(f"SELECT * FROM outbox {where} ORDER BY sequence LIMIT ?", [*params, limit])
    return [
        OutboxEvent(
            sequence=row["sequence"],
            event_id=row["event_id"],
            site_id=row["site_id"],
            db_epoch=row["db_epoch"],
            type=row["type"],
            payload=json.loads(row["payload_json"]),
            created_at=row["created_at"],
            state=OutboxState(row["state"]),
            tx_id=row["tx_id"] or "",
        )
        for row in rows
    ]

"""Ingest: one verified batch into PostgreSQL in one transaction, answered only after the commit.

Steps, all inside the transaction: lock the (site, epoch) cursor row (concurrent duplicates of one batch queue up
behind it), check the chain link to the previous batch, insert events with ``ON CONFLICT DO NOTHING``, refuse as
tampering any already-held position or event id that arrives with a different hash, move the cursor over the
contiguous run, fold the newly contiguous events into the projections in sequence order, store rejections. A
replayed batch changes nothing and gets the same answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import psycopg
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from dismantler_app.hub.anchors import check_audit_head
from dismantler_app.hub.projections import Rejection, StoredEvent, project_events
from dismantler_app.hub.summaries import summarise_events
from dismantler_app.hub.yards import yard_verify_key
from dismantler_app.sync.audit_head import AuditHead, open_audit_head
from dismantler_app.sync.batch import Batch, BatchRefused, decode_batch
from dismantler_app.sync.documents import SignatureRefused
from dismantler_app.sync.events import RejectionCode


@dataclass(frozen=True)
class IngestResult:
    site_id: str
    db_epoch: str
    batch_hash: str
    cursor: int  # highest sequence held without a gap
    rejections: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {
            "site_id": self.site_id,
            "db_epoch": self.db_epoch,
            "batch_hash": self.batch_hash,
            "cursor": self.cursor,
            "rejections": list(self.rejections),
        }


def _lock_cursor(conn: psycopg.Connection, batch: Batch) -> dict[str, Any]:
    m = batch.manifest
    conn.execute(
        "INSERT INTO cursors (site_id, db_epoch, epoch_first_sequence, contiguous, highest) "
        "VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
        [m.site_id, m.db_epoch, m.epoch_first_sequence, m.epoch_first_sequence - 1, m.epoch_first_sequence - 1],
    )
    row = conn.execute(
        "SELECT epoch_first_sequence, contiguous, highest FROM cursors WHERE site_id = %s AND db_epoch = %s FOR UPDATE",
        [m.site_id, m.db_epoch],
    ).fetchone()
    if row["epoch_first_sequence"] != m.epoch_first_sequence:
        raise BatchRefused("malformed", "the batch disagrees with head office about where this epoch starts")
    return row


def _check_chain(conn: psycopg.Connection, batch: Batch) -> None:
    m = batch.manifest
    if m.first_sequence == m.epoch_first_sequence:
        return  # an epoch's first batch chains to genesis, or to the epoch it was restored from: nothing to compare
    known = conn.execute(
        "SELECT batch_hash FROM batches WHERE site_id = %s AND db_epoch = %s AND last_sequence = %s",
        [m.site_id, m.db_epoch, m.first_sequence - 1],
    ).fetchall()
    if known and m.previous_batch_hash not in {row["batch_hash"] for row in known}:
        raise BatchRefused("broken_chain", "the batch does not chain to the batch head office holds before it")


_COLUMNS = "site_id, db_epoch, sequence, event_id, hash, type, payload, created_at, tx_id"


def _copy_events(conn: psycopg.Connection, batch: Batch) -> bool:
    """``COPY`` of a batch past every position held (measured 1.3-1.8× the rows/s of the ``INSERT … ON CONFLICT``
    below, 500-event batches); False, with nothing written, when an event id is already held (a resend of an event
    at another position: the caller's path names it)."""
    m = batch.manifest
    try:
        with conn.transaction(), conn.cursor() as cur, cur.copy(f"COPY events ({_COLUMNS}) FROM STDIN") as copy:
            for e in batch.events:
                copy.write_row((m.site_id, m.db_epoch, e.sequence, e.event_id, e.hash, e.type, e.payload_json,
                                e.created_at, e.tx_id))  # fmt: skip
    except psycopg.errors.UniqueViolation:
        return False
    return True


def _insert_events(conn: psycopg.Connection, batch: Batch, *, past_held: bool) -> tuple[list[Rejection], bool]:
    """Inserts the events not held yet; returns the tampering rejections and whether every event was new.
    ``past_held``: the batch starts after the highest position held, so only an event id can collide."""
    m = batch.manifest
    events = batch.events
    if past_held and _copy_events(conn, batch):
        return [], True
    # Arrays go as binary parameters (%b): psycopg's text dumper escapes every element with a regular expression,
    # which took 40% of ingest time in the benchmark (cProfile, 20,000 events); the binary dumper copies bytes.
    with conn.cursor() as cur:
        cur.execute(
            f"INSERT INTO events ({_COLUMNS}) SELECT %s, %s, * FROM unnest(%b::bigint[], %b::text[], %b::text[], "
            "%b::text[], %b::text[]::jsonb[], %b::text[], %b::text[]) ON CONFLICT DO NOTHING RETURNING sequence",
            [
                m.site_id,
                m.db_epoch,
                [e.sequence for e in events],
                [e.event_id for e in events],
                [e.hash for e in events],
                [e.type for e in events],
                [e.payload_json for e in events],  # canonical text already made for the hash check
                [e.created_at for e in events],
                [e.tx_id for e in events],
            ],
        )
        inserted = {row["sequence"] for row in cur.fetchall()}
    skipped = [e for e in events if e.sequence not in inserted]
    if not skipped:
        return [], True
    held = {
        row["sequence"]: row
        for row in conn.execute(
            "SELECT sequence, event_id, hash FROM events WHERE site_id = %s AND db_epoch = %s AND sequence = ANY(%s)",
            [m.site_id, m.db_epoch, [e.sequence for e in skipped]],
        ).fetchall()
    }
    rejections = []
    for event in skipped:
        row = held.get(event.sequence)
        if row is not None and row["event_id"] == event.event_id and row["hash"] == event.hash:
            continue  # a retry or a duplicate: already held, exactly once
        detail = (
            f"sequence {event.sequence} is held with another event or hash"
            if row is not None
            else f"event id {event.event_id} is held at another position"
        )
        rejections.append(
            Rejection(
                site_id=m.site_id,
                db_epoch=m.db_epoch,
                sequence=event.sequence,
                event_id=event.event_id,
                code=RejectionCode.TAMPERED,
                detail=detail,
            )
        )
    return rejections, False


def _advance(conn: psycopg.Connection, batch: Batch, contiguous: int) -> int:
    m = batch.manifest
    has_next = conn.execute(
        "SELECT 1 FROM events WHERE site_id = %s AND db_epoch = %s AND sequence = %s",
        [m.site_id, m.db_epoch, contiguous + 1],
    ).fetchone()
    if not has_next:
        return contiguous  # a gap before this batch: its events wait, held, until the gap is filled
    # Walk the held sequences past the cursor in order until the first gap. (A NOT EXISTS self-join doing the same
    # took 0.7 s per 1,000-event batch in the benchmark; this index range scan takes milliseconds.)
    end = contiguous
    while True:
        rows = conn.execute(
            "SELECT sequence FROM events WHERE site_id = %s AND db_epoch = %s AND sequence > %s "
            "ORDER BY sequence LIMIT 10000",
            [m.site_id, m.db_epoch, end],
        ).fetchall()
        for row in rows:
            if row["sequence"] != end + 1:
                return end
            end += 1
        if len(rows) < 10000:
            return end


def _project(conn: psycopg.Connection, batch: Batch, start: int, end: int, *, all_new: bool) -> list[Rejection]:
    m = batch.manifest
    if all_new and start == m.first_sequence - 1 and end == m.last_sequence:
        # The usual case, a batch arriving in order: the events to fold are exactly the ones just inserted, so they
        # are projected from memory instead of being read back (saves a query and a JSON parse per event).
        events = [
            StoredEvent(m.site_id, m.db_epoch, e.sequence, e.event_id, e.type, e.payload, e.created_at)
            for e in batch.events
        ]
        return _project_and_summarise(conn, events)
    rows = conn.execute(
        "SELECT sequence, event_id, type, payload, created_at FROM events WHERE site_id = %s AND db_epoch = %s "
        "AND sequence > %s AND sequence <= %s ORDER BY sequence",
        [m.site_id, m.db_epoch, start, end],
    ).fetchall()
    events = [
        StoredEvent(
            m.site_id, m.db_epoch, row["sequence"], row["event_id"], row["type"], row["payload"], row["created_at"]
        )
        for row in rows
    ]
    return _project_and_summarise(conn, events)


def _project_and_summarise(conn: psycopg.Connection, events: list[StoredEvent]) -> list[Rejection]:
    rejections = project_events(conn, events)
    summarise_events(conn, events, rejections)
    return rejections


def _store_rejections(conn: psycopg.Connection, rejections: list[Rejection]) -> None:
    if not rejections:
        return
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO rejections (site_id, db_epoch, sequence, event_id, code, detail, other_site_id, "
            "other_yard, other_vin) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
            [
                [
                    r.site_id,
                    r.db_epoch,
                    r.sequence,
                    r.event_id,
                    r.code.value,
                    r.detail,
                    r.other_site_id,
                    r.other_yard,
                    r.other_vin,
                ]
                for r in rejections
            ],
        )


def rejections_between(conn: psycopg.Connection, *, site_id: str, db_epoch: str, after: int, upto: int) -> list[dict]:
    rows = conn.execute(
        "SELECT sequence, event_id, code, detail, other_site_id, other_yard, other_vin FROM rejections "
        "WHERE site_id = %s AND db_epoch = %s AND sequence > %s AND sequence <= %s ORDER BY sequence, id",
        [site_id, db_epoch, after, upto],
    ).fetchall()
    return [dict(row) for row in rows]


def ingest_batch(
    conn: psycopg.Connection,
    batch: Batch,
    *,
    signature: str,
    via: Literal["http", "bundle"],
    audit_head: AuditHead | None = None,
) -> IngestResult:
    """Stores one verified batch (see :func:`sync.batch.decode_batch`) and returns the committed answer; the yard's
    audit head (verified) is checked against the heads held (``hub/anchors.py``)."""
    m = batch.manifest
    with conn.transaction():
        cursor = _lock_cursor(conn, batch)
        _check_chain(conn, batch)
        tampered, all_new = _insert_events(conn, batch, past_held=m.first_sequence > cursor["highest"])
        before = int(cursor["contiguous"])
        if all_new and m.first_sequence == before + 1 and cursor["highest"] <= m.last_sequence:
            after = m.last_sequence  # the usual case: the next batch, and nothing past it held yet
        else:
            after = _advance(conn, batch, before)
        # Pipelined (libpq pipeline mode): statements whose results are not read go out without waiting for the
        # server, so a batch costs a few round trips instead of one per statement. (COPY above cannot be pipelined.)
        with conn.pipeline():
            business = _project(conn, batch, before, after, all_new=all_new) if after > before else []
            audit = check_audit_head(conn, batch, audit_head)
            _store_rejections(conn, tampered + business + audit)
            conn.execute(
                "UPDATE cursors SET contiguous = %s, highest = greatest(highest, %s), updated_at = now() "
                "WHERE site_id = %s AND db_epoch = %s",
                [after, m.last_sequence, m.site_id, m.db_epoch],
            )
            conn.execute(
                "INSERT INTO batches (batch_hash, site_id, db_epoch, first_sequence, last_sequence, "
                "previous_batch_hash, signature, via) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                [
                    batch.batch_hash,
                    m.site_id,
                    m.db_epoch,
                    m.first_sequence,
                    m.last_sequence,
                    m.previous_batch_hash,
                    signature,
                    via,
                ],
            )
            conn.execute("UPDATE yards SET last_contact = now() WHERE site_id = %s", [m.site_id])
            low = min(before, m.first_sequence - 1)
            reported = rejections_between(
                conn, site_id=m.site_id, db_epoch=m.db_epoch, after=low, upto=max(after, m.last_sequence)
            )
    return IngestResult(
        site_id=m.site_id, db_epoch=m.db_epoch, batch_hash=batch.batch_hash, cursor=after, rejections=tuple(reported)
    )


def site_state(conn: psycopg.Connection, site_id: str, *, rejections_after: dict[str, int]) -> dict[str, Any]:
    """What head office holds for a site: the cursor of every epoch and the rejections past a yard's mark."""
    epochs = []
    for row in conn.execute(
        "SELECT db_epoch, epoch_first_sequence, contiguous, highest FROM cursors WHERE site_id = %s ORDER BY db_epoch",
        [site_id],
    ).fetchall():
        after = rejections_after.get(row["db_epoch"], 0)
        epochs.append(
            {
                "db_epoch": row["db_epoch"],
                "epoch_first_sequence": row["epoch_first_sequence"],
                "cursor": row["contiguous"],
                "highest": row["highest"],
                "rejections": rejections_between(
                    conn, site_id=site_id, db_epoch=row["db_epoch"], after=after, upto=row["contiguous"]
                ),
            }
        )
    anchor = conn.execute(
        "SELECT coalesce(max(seq), 0) AS seq FROM audit_anchors WHERE site_id = %s AND superseded_at IS NULL",
        [site_id],
    ).fetchone()
    # The newest audit head held: the yard's next batch shows what its chain holds at that row (the checkpoint).
    return {"site_id": site_id, "epochs": epochs, "audit_anchor_seq": int(anchor["seq"])}


def receive_batch(
    conn: psycopg.Connection,
    *,
    sealing_key: X25519PrivateKey,
    data: Any,
    via: Literal["http", "bundle"],
    idempotency_key: str | None = None,
) -> IngestResult:
    """The one path a batch takes in, over HTTP or from a stick: verify (signature, hashes, sealing), then ingest."""
    batch = decode_batch(data, verify_key_for=lambda site: yard_verify_key(conn, site), sealing_private_key=sealing_key)
    if idempotency_key is not None and idempotency_key != batch.batch_hash:
        raise BatchRefused("malformed", "the Idempotency-Key header must be the batch hash")
    head = None
    if data.get("audit") is not None:
        m = batch.manifest
        key = yard_verify_key(conn, m.site_id)
        try:
            head = open_audit_head(key, data["audit"], site_id=m.site_id, db_epoch=m.db_epoch) if key else None
        except SignatureRefused as exc:
            raise BatchRefused("altered", f"the batch's audit head: {exc}") from exc
    return ingest_batch(conn, batch, signature=data["signature"], via=via, audit_head=head)

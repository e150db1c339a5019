"""Head office's anchor of every yard's audit chain: the heads each yard signed and sent with its batches.

A yard alone can rewrite its SQLite file, and a forger who knows the format can recompute its whole audit chain. It
cannot reach back here: every head head office accepted is kept, and a later batch is checked against them, in the
ingest transaction. Three things are noticed (``audit_notices``, shown to staff on the admin page):

- **rewound**: a later batch (by outbox position) shows an earlier head than one head office already holds: rows
  were cut off the chain and ``audit_head`` rewritten (issue 13), or a copy of an older database is sending.
- **rewritten**: a row head office holds as a head (or the yard's checkpoint of one) now has another hash.
- **restored**: a restore (``db restore`` writes a ``db.restored`` row and starts a new lineage) rewinds the chain
  on purpose; the heads after its restart point are superseded, visibly, instead of being called tampering. A
  lineage once superseded that sends again is "rewound": two PCs with one database.

The first two also reach the yard as a rejection of the batch's first event (``audit_rewound``/``audit_rewritten``)
so the yard lists it in its sync problems. The batch's events are still held: refusing them would lose records and
hide nothing, since the evidence is the yard's chain, which head office has anchored.
"""

from __future__ import annotations

import psycopg

from dismantler_app.hub.projections import Rejection
from dismantler_app.sync.audit_head import AuditHead
from dismantler_app.sync.batch import Batch
from dismantler_app.sync.events import RejectionCode

_CODES = {"rewound": RejectionCode.AUDIT_REWOUND, "rewritten": RejectionCode.AUDIT_REWRITTEN}


def _notice(conn: psycopg.Connection, batch: Batch, kind: str, detail: str) -> None:
    m = batch.manifest
    conn.execute(
        "INSERT INTO audit_notices (site_id, db_epoch, kind, detail, batch_hash) VALUES (%s, %s, %s, %s, %s) "
        "ON CONFLICT DO NOTHING",
        [m.site_id, m.db_epoch, kind, detail, batch.batch_hash],
    )


def _live_hash(conn: psycopg.Connection, site_id: str, seq: int) -> str | None:
    row = conn.execute(
        "SELECT hash FROM audit_anchors WHERE site_id = %s AND seq = %s AND superseded_at IS NULL LIMIT 1",
        [site_id, seq],
    ).fetchone()
    return row["hash"] if row else None


def _problem(conn: psycopg.Connection, batch: Batch, head: AuditHead) -> tuple[str, str] | None:
    m = batch.manifest
    superseded = conn.execute(
        "SELECT max(seq) AS seq FROM audit_anchors WHERE site_id = %s AND lineage = %s AND superseded_at IS NOT NULL",
        [m.site_id, head.lineage],
    ).fetchone()
    if superseded["seq"] is not None:
        return "rewound", (
            "this database continues an audit chain a restore replaced: two PCs with copies of one database? "
            "Keep one, and call head office"
        )
    if head.lineage and head.restored_at_seq > 0:
        moved = conn.execute(
            "UPDATE audit_anchors SET superseded_at = now() WHERE site_id = %s AND lineage <> %s "
            "AND superseded_at IS NULL AND seq >= %s RETURNING seq",
            [m.site_id, head.lineage, head.restored_at_seq],
        ).fetchall()
        if moved:
            detail = (
                f"restored from a backup: the audit chain continues from row {head.restored_at_seq - 1}; "
                f"{len(moved)} heads up to row {max(r['seq'] for r in moved)} held before are superseded"
            )
            _notice(conn, batch, "restored", detail)
    held = _live_hash(conn, m.site_id, head.seq)
    if held is not None and held != head.hash:
        return "rewritten", f"audit row {head.seq} was sent as the head before with another hash"
    if head.checkpoint_seq:
        held = _live_hash(conn, m.site_id, head.checkpoint_seq)
        if held is not None and held != head.checkpoint_hash:
            return "rewritten", f"audit row {head.checkpoint_seq} no longer has the hash head office holds for it"
    ahead = conn.execute(
        "SELECT max(seq) AS seq FROM audit_anchors WHERE site_id = %s AND superseded_at IS NULL "
        "AND db_epoch = %s AND last_sequence < %s",
        [m.site_id, m.db_epoch, m.first_sequence],
    ).fetchone()
    if ahead["seq"] is not None and head.seq < ahead["seq"]:
        return "rewound", (
            f"the audit chain ends at row {head.seq}, but an earlier batch showed it at row {ahead['seq']}: "
            "audit rows were removed"
        )
    return None


def check_audit_head(conn: psycopg.Connection, batch: Batch, head: AuditHead | None) -> list[Rejection]:
    """Inside the ingest transaction: compares ``head`` with the anchors held, records it or the notice, and returns
    the rejection the yard should hear of (none when all is well or the yard sent no head: versions before 0003)."""
    if head is None or not batch.events:
        return []
    m = batch.manifest
    found = _problem(conn, batch, head)
    if found is None:
        conn.execute(
            "INSERT INTO audit_anchors (site_id, lineage, seq, hash, db_epoch, last_sequence, batch_hash) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
            [m.site_id, head.lineage, head.seq, head.hash, m.db_epoch, m.last_sequence, batch.batch_hash],
        )
        return []
    kind, detail = found
    _notice(conn, batch, kind, detail)
    first = batch.events[0]
    return [
        Rejection(
            site_id=m.site_id,
            db_epoch=m.db_epoch,
            sequence=first.sequence,
            event_id=first.event_id,
            code=_CODES[kind],
            detail=detail,
        )
    ]

"""The audit log: who changed what, when, before and after, chained with SHA-256 so edits behind the app's back show.

Each row's hash is SHA-256 over the previous row's hash and the row's canonical JSON; ``audit_head`` holds the newest
hash so that cutting rows off the end is caught as well. Triggers in ``0001_initial.sql`` refuse UPDATE and DELETE;
someone who drops them (or edits the file with another tool) breaks the chain, and :func:`verify_audit_chain` names
the first broken link (:mod:`dismantler_app.storage.audit_check`).

The records themselves are covered too (``0005``; issue 13: ``update certificates set state='voided'`` went
unnoticed). Triggers journal every change of an :data:`AUDITED_TABLES` row into ``audit_changes``; the store's write
transaction ends with :func:`seal_changes`, which hashes each changed row as it now is into one chained
``rows.sealed`` row and clears the journal. So :func:`verify_audit_chain` finds a change made with another tool
twice over: its journal row is still there, and the row's content no longer hashes to what the chain holds for it
(which also catches a forger who dropped the triggers or emptied the journal). Rows that existed before 0005 are
hashed once by :func:`seal_baseline` (trusted on first use).

Without a secret key a forger who knows all this could recompute the chain; the chain's head therefore travels,
signed, with every batch to head office (:func:`audit_anchor`), which refuses to see it rewound or rewritten.
A restore mints a new epoch and writes a ``db.restored`` row: head office reads it as a restore, not as tampering.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dismantler_app.storage.session import Session

GENESIS_HASH = "0" * 64
SEALED = "rows.sealed"  # the rows a transaction of the app changed, as they were at its commit
BASELINE = "rows.baseline"  # the rows that existed when the audit began covering records (0005)
RESTORED = "db.restored"  # a backup became the live database (a new epoch): the chain continues from the backup's
ROW_ACTIONS = (SEALED, BASELINE)
_BASELINE_CHUNK = 500

# Every table whose rows are records somebody answers for, with its key columns (the triggers in 0005 journal the
# same keys as a JSON array). A table added later is audited by a migration adding its triggers and a line here.
AUDITED_TABLES: dict[str, tuple[str, ...]] = {
    "yard": ("singleton",),
    "users": ("id",),
    "intakes": ("id",),
    "expected_packs": ("intake_id",),
    "expected_pack_codes": ("intake_id", "code"),
    "intake_photos": ("intake_id", "sha256", "kind"),
    "scanned_packs": ("id",),
    "pack_links": ("id",),
    "replacements": ("id",),
    "triage": ("intake_id", "pack_code"),
    "certificate_counters": ("yard_code", "year"),
    "certificates": ("number",),
    "pack_handovers": ("id",),
    "reports": ("id",),
}


def canonical_json(value: Any) -> str:
    """Deterministic JSON: sorted keys, no spaces, UTF-8 kept (Chinese names hash the same everywhere)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def link_hash(prev_hash: str, row: Mapping[str, Any]) -> str:
    body = canonical_json(
        [
            row["seq"],
            row["at"],
            row["actor"],
            row["action"],
            row["entity"],
            row["entity_id"],
            row["before_json"],
            row["after_json"],
            prev_hash,
        ]
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


_EMPTY = (None, "", 0, "[]", "{}")


def row_hash(row: Mapping[str, Any]) -> str:
    """SHA-256 of a record as its columns hold it. Empty values (NULL, '', 0, '[]', '{}') are left out, so that a
    later migration adding a column with such a default does not make every record look edited; any change of a
    value still changes the hash (a key appears, disappears or holds another value). A migration that adds a column
    with any other default to an audited table must set it with an UPDATE (the triggers journal it and the store
    seals it after migrating), or every existing row will be reported as changed outside the app."""
    kept = {name: value for name, value in row.items() if value not in _EMPTY}
    return hashlib.sha256(canonical_json(kept).encode("utf-8")).hexdigest()


def _key_text(values: list[Any]) -> str:
    # The same text SQLite's json_array() makes in the triggers: no spaces, non-ASCII kept.
    return json.dumps(values, separators=(",", ":"), ensure_ascii=False)


def journal_mark(session: Session) -> int:
    """The newest journal entry now: changes after it belong to the transaction that asked."""
    return int(session.scalar("SELECT coalesce(max(id), 0) FROM audit_changes") or 0)


def _current_hash(session: Session, table: str, key: list[Any]) -> str | None:
    columns = AUDITED_TABLES[table]
    where = " AND ".join(f"{column} = ?" for column in columns)
    row = session.one(f"SELECT * FROM {table} WHERE {where}", key)
    return row_hash(row) if row is not None else None


def seal_changes(session: Session, *, after: int) -> AuditEntry | None:
    """Hashes the rows changed since journal entry ``after`` (this transaction's own changes: the write lock was held
    from the mark on) into one chained ``rows.sealed`` row and clears those journal entries. Entries at or before
    the mark were made by someone else, outside the app: they stay, for :func:`verify_audit_chain` to report."""
    entries = session.all("SELECT id, tbl, row_key FROM audit_changes WHERE id > ? ORDER BY id", [after])
    if not entries:
        return None
    changed: dict[tuple[str, str], None] = {}
    for entry in entries:
        if entry["tbl"] in AUDITED_TABLES:
            changed[(entry["tbl"], entry["row_key"])] = None
    rows = [[table, key, _current_hash(session, table, json.loads(key))] for table, key in changed]
    session.execute("DELETE FROM audit_changes WHERE id > ?", [after])
    if not rows:
        return None
    last_at = session.scalar("SELECT at FROM audit_log ORDER BY seq DESC LIMIT 1") or ""
    at = datetime.fromisoformat(last_at) if last_at else datetime.min
    sealed = None
    # A bulk change is sealed in rows of _BASELINE_CHUNK records, so no single audit row grows without bound.
    for start in range(0, len(rows), _BASELINE_CHUNK):
        sealed = append_audit(
            session,
            at=at,
            actor="store",
            action=SEALED,
            entity="rows",
            entity_id=f"{entries[0]['id']}-{entries[-1]['id']}",
            before=None,
            after={"rows": rows[start : start + _BASELINE_CHUNK]},
        )
    return sealed


def all_row_hashes(session: Session, table: str) -> Iterator[tuple[str, str]]:
    columns = AUDITED_TABLES[table]
    for row in session.execute(f"SELECT * FROM {table}"):
        record = dict(row)
        yield _key_text([record[c] for c in columns]), row_hash(record)


def seal_baseline(session: Session, *, at: datetime) -> int:
    """Once, right after 0005: hashes every record that existed before the audit covered records into chained
    ``rows.baseline`` rows (none when there are no records). Returns how many records were sealed."""
    state = session.one("SELECT baseline_done FROM audit_state WHERE singleton = 1")
    if state is None or state["baseline_done"]:
        return 0
    rows = [[table, key, digest] for table in AUDITED_TABLES for key, digest in all_row_hashes(session, table)]
    for start in range(0, len(rows), _BASELINE_CHUNK):
        append_audit(
            session,
            at=at,
            actor="store",
            action=BASELINE,
            entity="rows",
            entity_id=str(start // _BASELINE_CHUNK + 1),
            before=None,
            after={"rows": rows[start : start + _BASELINE_CHUNK]},
        )
    session.execute("DELETE FROM audit_changes")  # journalled by the migration itself, now covered by the baseline
    session.execute("UPDATE audit_state SET baseline_done = 1 WHERE singleton = 1")
    return len(rows)


@dataclass(frozen=True)
class AuditAnchor:
    """What travels, signed, to head office with a batch: the chain's head, the hash this chain holds now at the
    last head head office acknowledged (the checkpoint), and where the chain's lineage began (the latest restore)."""

    seq: int
    hash: str
    checkpoint_seq: int
    checkpoint_hash: str
    lineage: str  # the epoch the latest restore minted; "" for a database never restored
    restored_at_seq: int  # the seq of that restore's row (0 when never restored)


def audit_anchor(session: Session, *, checkpoint_seq: int = 0) -> AuditAnchor:
    """The head to send; the checkpoint is at ``checkpoint_seq`` (the newest head head office says it holds) or,
    when head office did not say (a stick), at the newest head it acknowledged to this yard."""
    head = session.one("SELECT last_seq, last_hash FROM audit_head WHERE singleton = 1")
    seq, digest = (head["last_seq"], head["last_hash"]) if head else (0, GENESIS_HASH)
    if not checkpoint_seq:
        sent = session.one("SELECT seq FROM audit_anchors_sent ORDER BY seq DESC LIMIT 1")
        checkpoint_seq = int(sent["seq"]) if sent else 0
    checkpoint_hash = (
        session.scalar("SELECT hash FROM audit_log WHERE seq = ?", [checkpoint_seq]) or "" if checkpoint_seq else ""
    )
    state = session.one("SELECT lineage, restored_at_seq FROM audit_state WHERE singleton = 1")
    return AuditAnchor(
        seq=int(seq),
        hash=str(digest),
        checkpoint_seq=checkpoint_seq,
        checkpoint_hash=str(checkpoint_hash),
        lineage=str(state["lineage"]) if state else "",
        restored_at_seq=int(state["restored_at_seq"]) if state else 0,
    )


def record_restore(session: Session, *, at: datetime, epoch: str, replaced: Mapping[str, Any], source: str) -> int:
    """Writes the ``db.restored`` row of a restore (the new epoch starts a new lineage of the chain) and notes it in
    ``audit_state``; returns the row's seq."""
    entry = append_audit(
        session,
        at=at,
        actor="system",
        action=RESTORED,
        entity="database",
        entity_id=epoch,
        before=replaced,
        after={"db_epoch": epoch, "restored_from": source},
    )
    session.execute("UPDATE audit_state SET lineage = ?, restored_at_seq = ? WHERE singleton = 1", [epoch, entry.seq])
    return entry.seq


def record_anchor_sent(session: Session, *, seq: int, digest: str, at: datetime) -> None:
    """Head office acknowledged a batch carrying this head: it is the checkpoint from now on."""
    session.execute(
        "INSERT INTO audit_anchors_sent (seq, hash, sent_at) VALUES (?, ?, ?) ON CONFLICT (seq) DO NOTHING",
        [seq, digest, at.isoformat()],
    )


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    hash: str


def append_audit(
    session: Session,
    *,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
) -> AuditEntry:
    """Appends one audit row inside the caller's write transaction (which serialises the chain)."""
    head = session.one("SELECT last_seq, last_hash FROM audit_head WHERE singleton = 1")
    prev_seq, prev_hash = (head["last_seq"], head["last_hash"]) if head else (0, GENESIS_HASH)
    row = {
        "seq": prev_seq + 1,
        "at": at.isoformat(),
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "before_json": canonical_json(before),
        "after_json": canonical_json(after),
        "prev_hash": prev_hash,
    }
    row["hash"] = link_hash(prev_hash, row)
    session.insert("audit_log", row)
    session.execute(
        "INSERT INTO audit_head (singleton, last_seq, last_hash) VALUES (1, :seq, :hash) "
        "ON CONFLICT (singleton) DO UPDATE SET last_seq = excluded.last_seq, last_hash = excluded.last_hash",
        {"seq": row["seq"], "hash": row["hash"]},
    )
    return AuditEntry(seq=row["seq"], hash=row["hash"])

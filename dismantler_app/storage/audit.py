"""The audit log: who changed what, when, before and after, chained with SHA-256 so edits behind the app's back show.

Each row's hash is SHA-256 over the previous row's hash and the row's canonical JSON; ``audit_head`` holds the newest
hash so that cutting rows off the end is caught as well. Triggers in ``0001_initial.sql`` refuse UPDATE and DELETE;
someone who drops them (or edits the file with another tool) breaks the chain, and :func:`verify_audit_chain` names
the first broken link. Without a secret key a forger could recompute the whole chain; copies already sent to head
office (the outbox carries each audit hash) are the defence against that.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from dismantler_app.storage.session import Session, Transactional

GENESIS_HASH = "0" * 64


def canonical_json(value: Any) -> str:
    """Deterministic JSON: sorted keys, no spaces, UTF-8 kept (Chinese names hash the same everywhere)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _row_hash(prev_hash: str, row: Mapping[str, Any]) -> str:
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
    row["hash"] = _row_hash(prev_hash, row)
    session.insert("audit_log", row)
    session.execute(
        "INSERT INTO audit_head (singleton, last_seq, last_hash) VALUES (1, :seq, :hash) "
        "ON CONFLICT (singleton) DO UPDATE SET last_seq = excluded.last_seq, last_hash = excluded.last_hash",
        {"seq": row["seq"], "hash": row["hash"]},
    )
    return AuditEntry(seq=row["seq"], hash=row["hash"])


class AuditProblem(StrEnum):
    ROW_EDITED = "row_edited"  # the row's content no longer matches its hash
    LINK_BROKEN = "link_broken"  # prev_hash differs from the previous row's hash (row deleted, inserted, reordered)
    SEQUENCE_GAP = "sequence_gap"  # a sequence number is missing or repeated
    HEAD_MISMATCH = "head_mismatch"  # the newest row is not the one the head records (rows cut off the end)


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    rows_checked: int
    first_broken_seq: int | None = None
    problem: AuditProblem | None = None
    detail: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "rows_checked": self.rows_checked,
            "first_broken_seq": self.first_broken_seq,
            "problem": self.problem.value if self.problem else None,
            "detail": self.detail,
        }


def verify_audit_chain(store: Transactional) -> AuditReport:
    """Walks the chain in sequence order and reports the first link that does not hold."""
    with store.read() as session:
        head = session.one("SELECT last_seq, last_hash FROM audit_head WHERE singleton = 1")
        cursor = session.execute(
            "SELECT seq, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash "
            "FROM audit_log ORDER BY seq"
        )
        prev_hash = GENESIS_HASH
        expected_seq = 1
        checked = 0
        for raw in cursor:
            row = dict(raw)
            seq = row["seq"]
            if seq != expected_seq:
                return AuditReport(
                    False, checked, expected_seq, AuditProblem.SEQUENCE_GAP, f"expected row {expected_seq}, found {seq}"
                )
            if row["prev_hash"] != prev_hash:
                return AuditReport(
                    False, checked, seq, AuditProblem.LINK_BROKEN, "does not follow the previous row's hash"
                )
            if _row_hash(prev_hash, row) != row["hash"]:
                return AuditReport(False, checked, seq, AuditProblem.ROW_EDITED, "content differs from its hash")
            prev_hash = row["hash"]
            expected_seq += 1
            checked += 1
    last_seq, last_hash = (head["last_seq"], head["last_hash"]) if head else (0, GENESIS_HASH)
    if last_seq != checked or last_hash != prev_hash:
        return AuditReport(
            False,
            checked,
            checked + 1 if last_seq > checked else last_seq,
            AuditProblem.HEAD_MISMATCH,
            f"the head records row {last_seq}, the log ends at row {checked}",
        )
    return AuditReport(True, checked)

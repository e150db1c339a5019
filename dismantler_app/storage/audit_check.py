"""Checking the audit trail: the chain's links, its head, the records against the hashes the chain holds for them, the
journal of changes made outside the app, its triggers, and the heads head office was shown (see
:mod:`dismantler_app.storage.audit` for how the trail is written)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

from dismantler_app.storage.audit import (
    AUDITED_TABLES,
    GENESIS_HASH,
    RESTORED,
    ROW_ACTIONS,
    all_row_hashes,
    link_hash,
)
from dismantler_app.storage.session import Session, Transactional


class AuditProblem(StrEnum):
    ROW_EDITED = "row_edited"  # the row's content no longer matches its hash
    LINK_BROKEN = "link_broken"  # prev_hash differs from the previous row's hash (row deleted, inserted, reordered)
    SEQUENCE_GAP = "sequence_gap"  # a sequence number is missing or repeated
    HEAD_MISMATCH = "head_mismatch"  # the newest row is not the one the head records (rows cut off the end)
    CHANGED_OUTSIDE = "changed_outside"  # a record was inserted, changed or deleted without the app
    TRIGGER_MISSING = "trigger_missing"  # a journalling trigger was dropped
    ANCHOR_MISMATCH = "anchor_mismatch"  # a row head office was shown as the head now has another hash


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
    """Walks the chain in sequence order and reports the first link that does not hold; then checks the records
    against the hashes the chain holds for them, the journal of outside changes, its triggers, and the heads
    head office was shown."""
    with store.read() as session:
        head = session.one("SELECT last_seq, last_hash FROM audit_head WHERE singleton = 1")
        cursor = session.execute(
            "SELECT seq, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash "
            "FROM audit_log ORDER BY seq"
        )
        prev_hash = GENESIS_HASH
        expected_seq = 1
        checked = 0
        expected_rows: dict[tuple[str, str], tuple[str | None, int]] = {}
        restored = ("", 0)
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
            if link_hash(prev_hash, row) != row["hash"]:
                return AuditReport(False, checked, seq, AuditProblem.ROW_EDITED, "content differs from its hash")
            if row["action"] in ROW_ACTIONS:
                for table, key, digest in json.loads(row["after_json"]).get("rows", []):
                    expected_rows[(table, key)] = (digest, seq)
            elif row["action"] == RESTORED:
                restored = (row["entity_id"], seq)
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
        state = session.one("SELECT lineage, restored_at_seq FROM audit_state WHERE singleton = 1")
        if state is not None and (state["lineage"], state["restored_at_seq"]) != restored:
            detail = f"audit_state names restore row {state['restored_at_seq']}, the log's latest is row {restored[1]}"
            return AuditReport(False, checked, None, AuditProblem.CHANGED_OUTSIDE, detail)
        return _check_records(session, checked, expected_rows) or AuditReport(True, checked)


def _check_records(
    session: Session, checked: int, expected: dict[tuple[str, str], tuple[str | None, int]]
) -> AuditReport | None:
    anchors = session.all("SELECT seq, hash FROM audit_anchors_sent ORDER BY seq")
    for anchor in anchors:
        held = session.scalar("SELECT hash FROM audit_log WHERE seq = ?", [anchor["seq"]])
        if held != anchor["hash"]:
            what = "is gone" if held is None else "has another hash"
            detail = f"row {anchor['seq']} was sent to head office as the head and {what} now"
            return AuditReport(False, checked, anchor["seq"], AuditProblem.ANCHOR_MISMATCH, detail)
    found = session.all("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'audit_changes_%'")
    triggers = {row["name"] for row in found}
    for table in AUDITED_TABLES:
        for op in ("insert", "update", "delete"):
            if f"audit_changes_{table}_{op}" not in triggers:
                detail = f"the trigger journalling {op}s on {table} was dropped"
                return AuditReport(False, checked, None, AuditProblem.TRIGGER_MISSING, detail)
    pending = session.one("SELECT tbl, row_key, op FROM audit_changes ORDER BY id LIMIT 1")
    if pending is not None:
        detail = f"{pending['tbl']} {pending['row_key']}: {pending['op']} made outside the app"
        return AuditReport(False, checked, None, AuditProblem.CHANGED_OUTSIDE, detail)
    seen: set[tuple[str, str]] = set()
    for table in AUDITED_TABLES:
        for key, digest in all_row_hashes(session, table):
            seen.add((table, key))
            held, seq = expected.get((table, key), (None, None))
            if held != digest:
                change = "was added" if held is None else "differs from the audited version"
                where = f" (audited in row {seq})" if seq else ""
                detail = f"{table} {key} {change} outside the app{where}"
                return AuditReport(False, checked, seq, AuditProblem.CHANGED_OUTSIDE, detail)
    for (table, key), (held, seq) in expected.items():
        if held is not None and (table, key) not in seen:
            detail = f"{table} {key} was deleted outside the app (audited in row {seq})"
            return AuditReport(False, checked, seq, AuditProblem.CHANGED_OUTSIDE, detail)
    return None

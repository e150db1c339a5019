"""The audit trail notices records changed behind the app's back (issue 13): a certificate voided, an intake edited,
a pack link removed, a row added with the sqlite3 shell, with or without the journalling triggers, and an audit tail
cut off with ``audit_head`` rewritten to the last kept row. A restore is not taken for tampering."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dismantler_app.storage.audit import AUDITED_TABLES, record_anchor_sent
from dismantler_app.storage.audit_check import AuditProblem, verify_audit_chain
from dismantler_app.storage.backup import backup_to, restore_from
from dismantler_app.storage.database import Store
from tests.services.certified_yard import CertifiedYard, open_certified_yard


@pytest.fixture
def certified(tmp_path: Path) -> tuple[Path, str]:
    yard: CertifiedYard = open_certified_yard(tmp_path)
    number = yard.certify(1).number
    yard.certify(2)
    yard.close()
    return tmp_path / "yard.sqlite3", number


def _edit(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def _verify(path: Path):
    store = Store.open(path, create=False)
    try:
        return verify_audit_chain(store)
    finally:
        store.close()


def test_the_services_own_changes_verify(certified):
    path, _ = certified
    report = _verify(path)
    assert report.ok, report
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM audit_changes").fetchone()[0] == 0  # every change sealed
        sealed = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'rows.sealed'").fetchone()[0]
    assert sealed > 0


@pytest.mark.parametrize(
    ("statements", "table"),
    [
        (["UPDATE certificates SET state = 'voided', void_reason = 'x' WHERE number = '{number}'"], "certificates"),
        (["UPDATE intakes SET owner_name = '李雷' WHERE id = (SELECT intake_id FROM certificates LIMIT 1)"], "intakes"),
        (["DELETE FROM pack_links WHERE rowid = (SELECT min(rowid) FROM pack_links)"], "pack_links"),
        (["UPDATE scanned_packs SET code = code || 'X' WHERE rowid = 1"], "scanned_packs"),
    ],
)
def test_a_record_changed_with_another_tool_is_named(certified, statements, table):
    path, number = certified
    _edit(path, *(s.format(number=number) for s in statements))
    report = _verify(path)
    assert not report.ok and report.problem is AuditProblem.CHANGED_OUTSIDE
    assert report.detail.startswith(table)


def test_dropping_the_journalling_triggers_is_caught(certified):
    path, number = certified
    drops = [f"DROP TRIGGER audit_changes_certificates_{op}" for op in ("insert", "update", "delete")]
    _edit(path, *drops, f"UPDATE certificates SET state = 'voided', void_reason = 'x' WHERE number = '{number}'")
    report = _verify(path)
    assert report.problem is AuditProblem.TRIGGER_MISSING and "certificates" in report.detail


def test_an_edit_whose_journal_entry_was_removed_is_caught_by_its_hash(certified):
    path, number = certified
    voiding = f"UPDATE certificates SET state = 'voided', void_reason = 'x' WHERE number = '{number}'"
    _edit(path, voiding, "DELETE FROM audit_changes")
    report = _verify(path)
    assert report.problem is AuditProblem.CHANGED_OUTSIDE
    assert report.detail.startswith(f'certificates ["{number}"] differs from the audited version')


def test_a_row_added_and_its_journal_entry_removed_is_named(certified):
    path, _ = certified
    _edit(
        path,
        "INSERT INTO users (id, username, display_name, password_hash, roles, disabled, created_at) "
        "SELECT 'u-forged', 'forged', display_name, password_hash, '[\"admin\"]', 0, created_at FROM users LIMIT 1",
        "DELETE FROM audit_changes",
    )
    report = _verify(path)
    assert report.problem is AuditProblem.CHANGED_OUTSIDE
    assert report.detail == 'users ["u-forged"] was added outside the app'


def test_a_cut_off_audit_tail_with_its_head_rewritten_is_caught(certified):
    path, _ = certified
    with sqlite3.connect(path) as conn:
        last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    _edit(
        path,
        "DROP TRIGGER audit_log_no_delete",
        f"DELETE FROM audit_log WHERE seq > {last - 6}",
        f"UPDATE audit_head SET last_seq = {last - 6}, last_hash = (SELECT hash FROM audit_log WHERE seq = {last - 6})",
    )
    report = _verify(path)
    assert not report.ok and report.problem is AuditProblem.CHANGED_OUTSIDE


def test_a_cut_that_also_reverts_the_records_is_caught_by_the_head_head_office_was_shown(certified):
    path, _ = certified
    store = Store.open(path)
    try:
        with store.write_transaction() as session:
            head = session.one("SELECT last_seq, last_hash FROM audit_head")
            record_anchor_sent(session, seq=head["last_seq"], digest=head["last_hash"], at=datetime.now(UTC))
    finally:
        store.close()
    with sqlite3.connect(path) as conn:
        last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    _edit(
        path,
        "DROP TRIGGER audit_log_no_delete",
        f"DELETE FROM audit_log WHERE seq = {last}",  # the last row only sealed rows still as they are
        f"UPDATE audit_head SET last_seq = {last - 1}, last_hash = (SELECT hash FROM audit_log WHERE seq = {last - 1})",
    )
    report = _verify(path)
    assert report.problem is AuditProblem.ANCHOR_MISMATCH and report.first_broken_seq == last


def test_a_restore_is_not_taken_for_tampering(tmp_path):
    yard = open_certified_yard(tmp_path)
    try:
        yard.certify(1)
        backup = backup_to(yard.app.store, tmp_path / "copy.sqlite3")
        yard.certify(2)  # issued after the backup: the restore rewinds the chain past it
    finally:
        yard.close()
    path = tmp_path / "yard.sqlite3"
    epoch = restore_from(backup, path)
    report = _verify(path)
    assert report.ok, report
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT action, entity_id FROM audit_log WHERE action = 'db.restored'").fetchone()
    assert row == ("db.restored", epoch)


def test_every_audited_table_has_its_three_triggers(certified):
    path, _ = certified
    with sqlite3.connect(path) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'")}
    for table in AUDITED_TABLES:
        assert {f"audit_changes_{table}_{op}" for op in ("insert", "update", "delete")} <= names


def test_hiding_a_restore_from_head_office_is_caught(tmp_path):
    yard = open_certified_yard(tmp_path)
    try:
        yard.certify(1)
        backup = backup_to(yard.app.store, tmp_path / "copy.sqlite3")
    finally:
        yard.close()
    path = tmp_path / "yard.sqlite3"
    restore_from(backup, path)
    _edit(path, "UPDATE audit_state SET lineage = '', restored_at_seq = 0")  # what a push would send as lineage
    report = _verify(path)
    assert report.problem is AuditProblem.CHANGED_OUTSIDE and "audit_state" in report.detail


def test_a_later_column_with_an_empty_default_does_not_make_records_look_edited(certified):
    path, _ = certified
    _edit(
        path,
        "ALTER TABLE certificates ADD COLUMN later_note TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE intakes ADD COLUMN later_list TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE pack_links ADD COLUMN later_flag INTEGER NOT NULL DEFAULT 0",
    )
    assert _verify(path).ok

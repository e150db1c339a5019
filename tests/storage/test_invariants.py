"""The database itself holds the invariants when the services are bypassed (a bug, or a hand edit)."""

from __future__ import annotations

import sqlite3

import pytest

from dismantler_app.services import intakes, packs
from dismantler_app.storage.audit_check import AuditProblem, verify_audit_chain
from tests.services.yard_setup import Yard, bev, complete_documents, pack_code


def _raw(yard: Yard) -> sqlite3.Connection:
    conn = sqlite3.connect(yard.store.path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _insert_certificate(
    conn: sqlite3.Connection, intake_id: str, issued_by: str, seq: int = 1, *, series: str = "AB3CD"
) -> None:
    conn.execute("UPDATE yard SET certificate_series = 'AB3CD'")  # this database's series
    conn.execute(
        "INSERT INTO certificates (number, intake_id, yard_code, year, seq, state, issued_at, issued_by) "
        "VALUES (?, ?, ?, 2026, ?, 'issued', '2026-06-01T08:00:00+00:00', ?)",
        [f"SH01-{series}-2026-{seq:06d}", intake_id, f"SH01-{series}", seq, issued_by],
    )


def test_database_refuses_a_certificate_for_an_intake_with_a_missing_pack(yard: Yard) -> None:
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(1), documents=complete_documents())
    packs.load_registered_packs(yard.ctx, yard.supervisor, yard.clock, intake, codes=[pack_code(1), pack_code(2)])
    packs.record_scan(yard.ctx, yard.operator, yard.clock, intake, payload=pack_code(1))

    with _raw(yard) as conn, pytest.raises(sqlite3.IntegrityError, match="pack_missing"):
        _insert_certificate(conn, intake, yard.supervisor.id)


def test_database_refuses_a_certificate_for_an_nev_without_any_scanned_pack(yard: Yard) -> None:
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(2))

    with _raw(yard) as conn, pytest.raises(sqlite3.IntegrityError, match="no_traction_pack"):
        _insert_certificate(conn, intake, yard.supervisor.id)


def test_database_accepts_a_complete_intake_and_then_refuses_to_delete_its_certificate(yard: Yard) -> None:
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(3))
    packs.load_registered_packs(yard.ctx, yard.supervisor, yard.clock, intake, codes=[pack_code(3)])
    packs.record_scan(yard.ctx, yard.operator, yard.clock, intake, payload=pack_code(3))
    conn = _raw(yard)
    _insert_certificate(conn, intake, yard.supervisor.id)

    with pytest.raises(sqlite3.IntegrityError, match="certificate_delete_forbidden"):
        conn.execute("DELETE FROM certificates")
    with pytest.raises(sqlite3.IntegrityError, match="certificate_number_not_next"):
        _insert_certificate(conn, intake, yard.supervisor.id, seq=5)
    conn.close()


def test_database_refuses_a_number_outside_its_current_series(yard: Yard) -> None:
    """A number made by hand in another series (one printed before a restore, say) is refused."""
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(6))
    packs.load_registered_packs(yard.ctx, yard.supervisor, yard.clock, intake, codes=[pack_code(6)])
    packs.record_scan(yard.ctx, yard.operator, yard.clock, intake, payload=pack_code(6))
    with _raw(yard) as conn, pytest.raises(sqlite3.IntegrityError, match="certificate_series_not_current"):
        _insert_certificate(conn, intake, yard.supervisor.id, series="ZZ9ZZ")


def test_database_refuses_to_link_one_pack_to_two_vehicles(yard: Yard) -> None:
    first = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(4))
    second = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(5))
    packs.record_scan(yard.ctx, yard.operator, yard.clock, first, payload=pack_code(4))

    with _raw(yard) as conn, pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        conn.execute(
            "INSERT INTO pack_links (id, code, intake_id, vin, linked_at) VALUES ('x', ?, ?, ?, '2026-06-01')",
            [pack_code(4), second, bev(5).vin],
        )


def test_audit_rows_cannot_be_edited_or_deleted_while_the_triggers_stand(yard: Yard) -> None:
    with _raw(yard) as conn:
        with pytest.raises(sqlite3.IntegrityError, match="audit_append_only"):
            conn.execute("UPDATE audit_log SET actor = 'someone else' WHERE seq = 1")
        with pytest.raises(sqlite3.IntegrityError, match="audit_append_only"):
            conn.execute("DELETE FROM audit_log WHERE seq = 1")


def _hand_edit(yard: Yard, *statements: str) -> None:
    """What someone with the sqlite3 shell does: drop the guards, change rows."""
    conn = _raw(yard)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    for statement in statements:
        conn.execute(statement)
    conn.close()


def _with_history(yard: Yard) -> None:
    for serial in range(6, 9):
        intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(serial))
        packs.record_scan(yard.ctx, yard.operator, yard.clock, intake, payload=pack_code(serial))


def test_audit_verify_passes_on_an_untouched_log(yard: Yard) -> None:
    _with_history(yard)
    report = verify_audit_chain(yard.store)
    assert report.ok and report.rows_checked >= 9


@pytest.mark.parametrize(
    ("statements", "first_broken", "problem"),
    [
        (["UPDATE audit_log SET after_json = '{}' WHERE seq = 4"], 4, AuditProblem.ROW_EDITED),
        (["DELETE FROM audit_log WHERE seq = 4"], 4, AuditProblem.SEQUENCE_GAP),
        (
            [
                "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)",
            ],
            None,
            AuditProblem.HEAD_MISMATCH,
        ),
        (
            [
                "UPDATE audit_log SET seq = -5 WHERE seq = 5",
                "UPDATE audit_log SET seq = 5 WHERE seq = 4",
                "UPDATE audit_log SET seq = 4 WHERE seq = -5",
            ],
            4,
            AuditProblem.LINK_BROKEN,
        ),
        (
            [
                "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, before_json, after_json, "
                "prev_hash, hash) SELECT max(seq) + 1, at, actor, action, entity, entity_id, before_json, "
                "after_json, hash, hash FROM audit_log"
            ],
            None,
            AuditProblem.ROW_EDITED,
        ),
    ],
    ids=["edited", "deleted", "tail_cut", "reordered", "inserted"],
)
def test_audit_verify_names_the_first_broken_link_after_a_hand_edit(
    yard: Yard, statements: list[str], first_broken: int | None, problem: AuditProblem
) -> None:
    _with_history(yard)
    _hand_edit(yard, *statements)

    report = verify_audit_chain(yard.store)

    assert not report.ok
    assert report.problem is problem
    if first_broken is not None:
        assert report.first_broken_seq == first_broken

"""Schema 0003 on a database written by the previous version: the yard gets its market's zone, certificates keep
the (UTC) date printed on them, count their original as printed, and still print from their intake."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from dismantler_app.domain.certificate import CertificateKind
from dismantler_app.domain.records import CertificateState
from dismantler_app.services.certificate_content import stored_document
from dismantler_app.storage.certificates import load_certificate
from dismantler_app.storage.database import Store
from dismantler_app.storage.migrations import migration_scripts, split_statements
from dismantler_app.storage.yard import load_yard
from tests.services.yard_setup import vin

ISSUED_AT = "2026-06-01T23:30:00+00:00"  # 2026-06-02 in Berlin; the old version printed 2026-06-01


def _version_2_database(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    for version, sql in migration_scripts()[:2]:
        for statement in split_statements(sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(
        "INSERT INTO yard (singleton, yard_id, code, name, market, policies_json, site_id, db_epoch) "
        "VALUES (1, 'y', 'HH01', 'Hamburger Altfahrzeug GmbH', 'eu', '{}', 's', 'e')"
    )
    conn.execute(
        "INSERT INTO users (id, username, password_hash, roles, created_at) "
        "VALUES ('u', 'sup', 'x', '[\"supervisor\"]', ?)",
        [ISSUED_AT],
    )
    conn.execute(
        "INSERT INTO intakes (id, status, created_at, created_by, updated_at, owner_name, vin, powertrain, fuel) "
        "VALUES ('i', 'certified', ?, 'u', ?, 'Jürgen Müller', ?, 'ice', '1')",
        [ISSUED_AT, ISSUED_AT, vin(1)],
    )
    conn.execute(
        "INSERT INTO certificates (number, intake_id, yard_code, year, seq, state, issued_at, issued_by) "
        "VALUES ('HH01-2026-000001', 'i', 'HH01', 2026, 1, 'issued', ?, 'u')",
        [ISSUED_AT],
    )
    conn.close()


def test_an_older_database_gains_the_zone_and_keeps_its_certificates_printable(tmp_path: Path) -> None:
    path = tmp_path / "yard.sqlite3"
    _version_2_database(path)

    with Store.open(path) as store, store.read() as session:
        yard = load_yard(session)
        record = load_certificate(session, "HH01-2026-000001")
        assert yard is not None and record is not None
        doc = stored_document(session, record, yard, kind=CertificateKind.COPY, copy_number=1)

    assert yard.profile.timezone == "Europe/Berlin"
    assert record.state is CertificateState.ISSUED
    assert record.issued_on == date(2026, 6, 1)  # the date on the paper printed before the upgrade
    assert record.original_printed_at == ISSUED_AT  # so the next print is a copy, never a second original
    assert record.document_json is None
    assert (doc.vehicle.vin, doc.owner.name, doc.kind, doc.issued_on) == (
        vin(1),
        "Jürgen Müller",
        CertificateKind.COPY,
        date(2026, 6, 1),
    )

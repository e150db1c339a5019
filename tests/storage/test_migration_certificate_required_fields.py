"""Schema 0007 on a database written by the previous version: intakes and the yard keep every value and gain the
certificate's new fields empty (the certificate service then names each one a certificate needs), and the
registration document's fate takes only the values the EU certificate prints."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dismantler_app.domain.records import Powertrain, RegistrationDocumentFate
from dismantler_app.storage.database import Store
from dismantler_app.storage.errors import ConstraintViolation
from dismantler_app.storage.intakes import load_intake
from dismantler_app.storage.migrations import latest_version, migration_scripts, split_statements
from dismantler_app.storage.yard import load_yard
from tests.services.yard_setup import vin

AT = "2026-06-01T08:00:00+00:00"


def _version_6_database(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    for version, sql in migration_scripts()[:6]:
        for statement in split_statements(sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(
        "INSERT INTO yard (singleton, yard_id, code, name, market, uscc, policies_json, site_id, db_epoch) "
        "VALUES (1, 'y', 'SH01', '上海拆解一厂', 'cn', '91310114MA1GT0KX00', '{}', 's', 'e')"
    )
    conn.execute("INSERT INTO users (id, username, password_hash, roles, created_at) VALUES ('u', 'sup', 'x', '[]', ?)",
                 [AT])  # fmt: skip
    conn.execute(
        "INSERT INTO intakes (id, status, created_at, created_by, updated_at, vin, plate, engine_number, powertrain, "
        "fuel, owner_name, owner_id_number) VALUES ('i', 'approved', ?, 'u', ?, ?, '沪AD00001', 'TZ1', 'bev', '9', "
        "'张伟', '310101********1234')",
        [AT, AT, vin(1)],
    )
    conn.close()


def test_an_older_database_keeps_its_intakes_and_gains_the_certificate_fields_empty(tmp_path: Path) -> None:
    path = tmp_path / "yard.sqlite3"
    _version_6_database(path)
    with Store.open(path) as store, store.read() as session:
        version = session.scalar("PRAGMA user_version")
        intake = load_intake(session, "i")
        yard = load_yard(session)
    assert version == latest_version()
    assert intake is not None and yard is not None
    v = intake.vehicle
    assert (v.vin, v.plate, v.engine_number, v.powertrain) == (vin(1), "沪AD00001", "TZ1", Powertrain.BEV)
    assert (v.plate_type, v.body_colour, v.registration_certificate_number, v.motor_number) == ("", "", "", "")
    assert (intake.owner.name, intake.owner.id_document_type) == ("张伟", "")
    assert intake.documents.registration_document is RegistrationDocumentFate.NOT_RECORDED
    assert yard.profile.uscc == "91310114MA1GT0KX00"
    assert not yard.profile.is_collector and yard.profile.treatment_facility_name == ""


@pytest.mark.parametrize("fate", ["lost", "Surrendered", " destroyed"])
def test_the_registration_document_takes_only_the_printed_values(tmp_path: Path, fate: str) -> None:
    path = tmp_path / "yard.sqlite3"
    _version_6_database(path)
    with (
        Store.open(path) as store,
        pytest.raises(ConstraintViolation, match="registration_document"),
        store.write_transaction() as session,
    ):
        session.execute("UPDATE intakes SET registration_document = ? WHERE id = 'i'", [fate])

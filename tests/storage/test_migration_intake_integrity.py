"""The intake-integrity migration on a database written by the previous version: photos already attached twice
(the "F5 twice" of issue 12) and triage rows without the new answers stay readable; only new duplicates are refused."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from dismantler_app.domain.records import PhotoKind, RiskClass
from dismantler_app.storage.database import Store
from dismantler_app.storage.errors import ConstraintCode, ConstraintViolation
from dismantler_app.storage.intakes import load_facts
from dismantler_app.storage.migrations import migration_scripts, split_statements
from dismantler_app.storage.sync_store import registered_vins_of
from tests.services.yard_setup import pack_code, vin

AT = "2026-06-01T08:00:00+00:00"
SHA = "a" * 64


def _previous_version_database(path: Path) -> None:
    scripts = migration_scripts()
    mine = next(n for n, (_, sql) in enumerate(scripts) if "CREATE TABLE withdrawn_scans" in sql)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    for version, sql in scripts[:mine]:
        for statement in split_statements(sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(
        "INSERT INTO yard (singleton, yard_id, code, name, market, policies_json, site_id, db_epoch, timezone) "
        "VALUES (1, 'y', 'SH01', 'Yard', 'cn', '{}', 's', 'e', 'Asia/Shanghai')"
    )
    conn.execute(
        "INSERT INTO users (id, username, password_hash, roles, created_at) "
        "VALUES ('u', 'op', 'x', '[\"operator\"]', ?)",
        [AT],
    )
    conn.execute(
        "INSERT INTO intakes (id, status, created_at, created_by, updated_at, vin, powertrain, fuel) "
        "VALUES ('i', 'open', ?, 'u', ?, ?, 'bev', '9')",
        [AT, AT, vin(1)],
    )
    conn.execute("INSERT INTO photos (sha256, size_bytes, stored_at) VALUES (?, 10, ?)", [SHA, AT])
    for kind in ("exterior", "vin"):  # one frame ticking two purposes, as the old version allowed
        conn.execute(
            "INSERT INTO intake_photos (intake_id, sha256, kind, taken_at, taken_by) VALUES ('i', ?, ?, ?, 'u')",
            [SHA, kind, AT],
        )
    conn.execute(
        "INSERT INTO scanned_packs (id, intake_id, code, raw_payload, scanned_at, operator) "
        "VALUES ('s', 'i', ?, ?, ?, 'u')",
        [pack_code(1), pack_code(1), AT],
    )
    conn.execute(
        "INSERT INTO triage (intake_id, pack_code, risk_class, triaged_by, triaged_at) "
        "VALUES ('i', ?, 'normal', 'u', ?)",
        [pack_code(1), AT],
    )
    conn.execute(
        "INSERT INTO sync_reference (kind, key, sequence, value_json) VALUES ('registered_packs', ?, 1, ?)",
        [vin(2), json.dumps({"codes": [pack_code(2).lower()]})],
    )
    conn.close()


def test_old_duplicates_and_triage_stay_readable_and_new_duplicates_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "yard.sqlite3"
    _previous_version_database(path)

    with Store.open(path) as store:
        with store.read() as session:
            facts = load_facts(session, "i")
        assert facts is not None
        assert facts.photos == {PhotoKind.EXTERIOR, PhotoKind.VIN}
        triage = facts.triage[pack_code(1)]
        assert (triage.risk_class, triage.checked, triage.temperature_c) == (RiskClass.NORMAL, frozenset(), None)

        with pytest.raises(ConstraintViolation) as refused, store.write_transaction() as session:
            session.execute(
                "INSERT INTO intake_photos (intake_id, sha256, kind, taken_at, taken_by) "
                "VALUES ('i', ?, 'battery_label', ?, 'u')",
                [SHA, AT],
            )
        assert refused.value.code is ConstraintCode.PHOTO_ALREADY_ATTACHED

        with store.read() as session:  # registrations head office sent before the upgrade are found by pack code
            assert registered_vins_of(session, pack_code(2)) == [vin(2)]

"""Schema 0005 on a database written by the previous version: pack handovers are carried over with their USCC, gain
the receiver's D-U-N-S number, type, pack model, quantity and destination (empty until completed, and then named
by the upload rather than sent blank), and the table still refuses a handover without exactly one identifier."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dismantler_app.storage.database import Store
from dismantler_app.storage.migrations import latest_version, migration_scripts, split_statements
from tests.services.certified_yard import RECEIVER_USCC
from tests.services.yard_setup import pack_code, vin

AT = "2026-06-01T08:00:00+00:00"
HANDOVER = ("h1", "i", pack_code(1), "广东邦普循环科技有限公司", RECEIVER_USCC, "2026-06-01", "u", AT)


def _version_4_database(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    for version, sql in migration_scripts()[:4]:
        for statement in split_statements(sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(
        "INSERT INTO yard (singleton, yard_id, code, name, market, policies_json, site_id, db_epoch) "
        "VALUES (1, 'y', 'SH01', '上海拆解一厂', 'cn', '{}', 's', 'e')"
    )
    conn.execute("INSERT INTO users (id, username, password_hash, roles, created_at) VALUES ('u', 'sup', 'x', '[]', ?)",
                 [AT])  # fmt: skip
    conn.execute(
        "INSERT INTO intakes (id, status, created_at, created_by, updated_at, vin, powertrain, fuel) "
        "VALUES ('i', 'certified', ?, 'u', ?, ?, 'bev', '9')",
        [AT, AT, vin(1)],
    )
    conn.execute(
        "INSERT INTO scanned_packs (id, intake_id, code, raw_payload, scanned_at, operator) "
        "VALUES ('s', 'i', ?, ?, ?, 'u')",
        [pack_code(1), pack_code(1), AT],
    )
    conn.execute(
        "INSERT INTO pack_handovers (id, intake_id, pack_code, receiver_name, receiver_uscc, handed_over_on, "
        "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        HANDOVER,
    )
    conn.close()


def test_an_older_database_keeps_its_handovers_and_gains_the_new_fields(tmp_path: Path) -> None:
    path = tmp_path / "yard.sqlite3"
    _version_4_database(path)

    with Store.open(path) as store, store.read() as session:
        row = session.one("SELECT * FROM pack_handovers WHERE id = 'h1'")
        passport = session.scalar("SELECT passport_id FROM scanned_packs WHERE id = 's'")
        indexes = {r["name"] for r in session.all("SELECT name FROM sqlite_schema WHERE type = 'index'")}
        version = session.scalar("PRAGMA user_version")

    assert version == latest_version()
    assert (row["receiver_uscc"], row["receiver_duns"], row["receiver_type"], row["quantity"]) == (
        RECEIVER_USCC, "", "", 1,
    )  # fmt: skip
    assert (row["pack_model"], row["destination"], row["recorded_at"]) == ("", "", AT)
    assert passport == ""
    assert {"pack_handovers_by_date", "scanned_packs_one_passport"} <= indexes


@pytest.mark.parametrize(
    ("uscc", "duns", "receiver_type", "quantity"),
    [
        ("", "", "recycling", 1),  # no identifier
        (RECEIVER_USCC, "150483782", "recycling", 1),  # both
        ("", "15048378X", "recycling", 1),  # a D-U-N-S number is digits
        ("", "150483782", "scrap_dealer", 1),  # not a type the platform knows
        ("", "150483782", "recycling", 0),
    ],
)
def test_the_table_refuses_a_handover_the_rules_do_not_allow(tmp_path: Path, uscc, duns, receiver_type, quantity):
    path = tmp_path / "yard.sqlite3"
    _version_4_database(path)
    Store.open(path).close()
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO pack_handovers (id, intake_id, pack_code, receiver_name, receiver_uscc, receiver_duns, "
            "receiver_type, quantity, handed_over_on, recorded_by, recorded_at) "
            "VALUES ('h2', 'i', 'P2', 'R', ?, ?, ?, ?, '2026-06-01', 'u', ?)",
            [uscc, duns, receiver_type, quantity, AT],
        )
    conn.close()

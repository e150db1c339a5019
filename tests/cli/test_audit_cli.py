"""``dismantler audit verify`` on a real database: intact, then after a hand edit with the sqlite3 shell."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from dismantler_app.cli.main import main
from dismantler_app.services import intakes, packs
from tests.services.yard_setup import bev, open_yard, pack_code


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    yard = open_yard(tmp_path)
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(1))
    packs.record_scan(yard.ctx, yard.operator, yard.clock, intake, payload=pack_code(1))
    yard.close()
    return tmp_path / "yard.sqlite3"


def test_audit_verify_reports_an_intact_chain(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "verify", "--db", str(db_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert report["ok"] is True and report["rows_checked"] == rows >= 5


def _shell(db_path: Path, sql: str) -> None:
    if shutil.which("sqlite3"):
        subprocess.run(["sqlite3", str(db_path)], input=sql, text=True, check=True)
    else:  # the same statements through Python's driver when the shell is not installed
        conn = sqlite3.connect(db_path, isolation_level=None)
        conn.executescript(sql)
        conn.close()


def test_audit_verify_catches_an_edit_made_with_the_sqlite3_shell(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _shell(db_path, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'nobody' WHERE seq = 4;")

    assert main(["audit", "verify", "--db", str(db_path), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["first_broken_seq"] == 4 and report["problem"] == "row_edited"


def test_audit_verify_catches_a_row_deleted_with_the_sqlite3_shell(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _shell(db_path, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2;")

    assert main(["audit", "verify", "--db", str(db_path)]) == 1
    assert "BROKEN at row 2" in capsys.readouterr().out

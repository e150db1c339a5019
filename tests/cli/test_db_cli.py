"""``dismantler db info|backup|restore`` on a real data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dismantler_app.cli.main import main
from dismantler_app.services import intakes
from dismantler_app.storage.database import Store
from tests.services.yard_setup import bev, open_yard


def _info(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["--data-dir", str(data_dir), "db", "info", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_backup_and_restore_bring_back_the_rows_under_a_new_epoch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    yard = open_yard(tmp_path)
    intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(1))
    yard.close()
    before = _info(tmp_path, capsys)
    backup = tmp_path / "copies" / "monday.sqlite3"

    assert main(["--data-dir", str(tmp_path), "db", "backup", str(backup)]) == 0
    # A change made after the backup, which the restore must undo.
    with Store.open(tmp_path / "yard.sqlite3") as store, store.write_transaction() as session:
        session.execute("UPDATE intakes SET plate = 'changed later'")
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "db", "restore", str(backup), "--json"]) == 0
    restored = json.loads(capsys.readouterr().out)
    after = _info(tmp_path, capsys)

    assert after["counts"]["intakes"] == before["counts"]["intakes"] == 1
    assert after["db_epoch"] == restored["db_epoch"] != before["db_epoch"]
    assert after["site_id"] == before["site_id"]
    with Store.open(tmp_path / "yard.sqlite3") as store, store.read() as session:
        assert session.scalar("SELECT plate FROM intakes") != "changed later"


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    open_yard(tmp_path).close()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 50)

    assert main(["--data-dir", str(tmp_path), "db", "restore", str(junk)]) == 1
    assert "Restore the latest backup" in capsys.readouterr().err
    assert _info(tmp_path, capsys)["counts"]["users"] == 3

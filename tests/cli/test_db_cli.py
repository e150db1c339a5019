"""``dismantler db info|backup|restore`` on a real data folder."""

from __future__ import annotations

import json
import subprocess
import sys
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
    assert after["certificate_series"] == ""  # forgotten: the next certificate draws a new series
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


_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
if sys.argv[2] == "reading":
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM intakes").fetchone()
print("holding", flush=True)
sys.stdin.read()
"""


@pytest.mark.parametrize("holding", ["open", "reading"])
def test_restore_is_refused_while_another_process_has_the_database_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], holding: str
) -> None:
    yard = open_yard(tmp_path)
    intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(1))
    yard.close()
    backup = tmp_path / "copies" / "monday.sqlite3"
    assert main(["--data-dir", str(tmp_path), "db", "backup", str(backup)]) == 0
    live = tmp_path / "yard.sqlite3"
    before = live.read_bytes()
    capsys.readouterr()

    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(live), holding], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        assert main(["--data-dir", str(tmp_path), "db", "restore", str(backup)]) == 1
        err = capsys.readouterr().err
        after = live.read_bytes()
        leftovers = sorted(p.name for p in tmp_path.glob("yard.sqlite3.*"))
    finally:
        holder.communicate("", timeout=10)

    assert "close the desktop app and any dismantler command using this data folder, then restore again" in err.lower()
    # The live file is byte for byte what it was; nothing was moved aside or staged.
    assert after == before
    assert leftovers == []
    # Once the other process has closed it, the same restore goes through.
    assert main(["--data-dir", str(tmp_path), "db", "restore", str(backup)]) == 0


def test_db_check_reports_ok_on_a_healthy_database_and_the_problems_on_a_damaged_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    yard = open_yard(tmp_path)
    for i in range(60):
        intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(i))
    yard.close()
    assert main(["--data-dir", str(tmp_path), "db", "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True

    live = tmp_path / "yard.sqlite3"
    with Store.open(live) as store:
        store.database().conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = store.database().conn.execute("PRAGMA page_size").fetchone()[0]
    pages = live.stat().st_size // page_size
    assert pages > 8
    with live.open("r+b") as f:
        f.seek((pages // 2) * page_size)
        f.write(bytes(range(256)) * (page_size // 256))

    assert main(["--data-dir", str(tmp_path), "db", "check", "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] is False and out["problems"]
    assert main(["--data-dir", str(tmp_path), "db", "check"]) == 1
    assert "the database may be damaged" in capsys.readouterr().out

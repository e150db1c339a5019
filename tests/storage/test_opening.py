"""Opening the database: fresh files are created and migrated; newer, corrupt and locked files are refused with a
message saying what to do, and their bytes are left exactly as they were."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from dismantler_app.storage.database import Store
from dismantler_app.storage.errors import DatabaseCorrupt, DatabaseLocked, DatabaseTooNew
from dismantler_app.storage.migrations import latest_version, split_statements


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_fresh_file_is_created_in_wal_with_the_latest_schema(tmp_path: Path) -> None:
    with Store.open(tmp_path / "yard.sqlite3") as store:
        conn = store.database().conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()


def test_reopening_a_current_database_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "yard.sqlite3"
    with Store.open(path) as store, store.write_transaction() as session:
        session.execute("UPDATE outbox_head SET last_sequence = 7")
    with Store.open(path) as store, store.read() as session:
        assert session.scalar("SELECT last_sequence FROM outbox_head") == 7


def test_a_database_from_a_newer_version_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "yard.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    before = _digest(path)

    with pytest.raises(DatabaseTooNew, match="newer program version"):
        Store.open(path)
    assert _digest(path) == before


@pytest.mark.parametrize(
    "content",
    [b"this is a spreadsheet, not a database" * 100, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["not_sqlite", "damaged_header"],
)
def test_a_corrupt_file_is_refused_and_left_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "yard.sqlite3"
    path.write_bytes(content)

    with pytest.raises(DatabaseCorrupt, match="Restore the latest backup"):
        Store.open(path)
    assert path.read_bytes() == content


def test_a_file_locked_by_another_program_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "yard.sqlite3"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("CREATE TABLE theirs (x)")
    other.execute("BEGIN EXCLUSIVE")  # a rollback-journal tool holding the file for writing
    other.execute("INSERT INTO theirs VALUES (1)")
    before = _digest(path)

    with pytest.raises(DatabaseLocked, match="Close the other copy"):
        Store.open(path, busy_timeout_ms=200)
    assert _digest(path) == before
    other.execute("ROLLBACK")
    other.close()


def test_migration_scripts_split_into_whole_statements_including_trigger_bodies() -> None:
    statements = split_statements("CREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n SELECT 1;\nEND;\n")
    assert len(statements) == 2 and statements[1].endswith("END;")

"""Automatic daily backups: one a day, the newest kept, each a database that opens and holds the yard."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from dismantler_app.storage.backup import BackupDamaged, backup_to, check_integrity, rotate_daily_backup
from dismantler_app.storage.database import Store
from tests.services.yard_setup import Yard, bev, pack_code
from tests.storage.bulk import create_intake_with_packs


def test_one_backup_a_day_is_made_and_only_the_newest_are_kept(yard: Yard, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    first = date(2026, 6, 1)
    made = [rotate_daily_backup(yard.store, backups, today=first + timedelta(days=i), keep=3) for i in range(5)]
    assert all(p is not None for p in made)
    # A second call on the same day makes nothing new.
    assert rotate_daily_backup(yard.store, backups, today=first + timedelta(days=4), keep=3) is None
    kept = sorted(p.name for p in backups.iterdir())
    assert len(kept) == 3
    assert [p.name for p in made[-3:]] == kept  # the three newest days

    # Each backup is a real database with the yard's users in it.
    with Store.open(made[-1], create=False) as restored, restored.read() as session:
        assert session.scalar("SELECT count(*) FROM users") == 3


def _fill(yard: Yard, count: int) -> None:
    """Enough intakes, packs, audit rows and events that the file has pages well past the schema."""
    for i in range(count):
        create_intake_with_packs(
            yard.store, yard.operator, yard.clock, vehicle=bev(i), codes=[pack_code(2 * i), pack_code(2 * i + 1)]
        )


def _damage_a_middle_page(path: Path) -> None:
    """Overwrites one whole page in the middle of the file with random bytes (page 1, the header, stays intact)."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = path.stat().st_size // page_size
    assert pages > 8
    with path.open("r+b") as f:
        f.seek((pages // 2) * page_size)
        f.write(random.Random(7).randbytes(page_size))


def test_integrity_check_finds_a_page_overwritten_in_the_middle_of_a_copy(yard: Yard, tmp_path: Path) -> None:
    _fill(yard, 60)
    good = backup_to(yard.store, tmp_path / "good.sqlite3")
    bad = backup_to(yard.store, tmp_path / "bad.sqlite3")
    _damage_a_middle_page(bad)

    assert check_integrity(good).ok
    report = check_integrity(bad)
    assert not report.ok and report.problems


def test_a_damaged_daily_backup_keeps_every_earlier_backup_and_the_damaged_copy(yard: Yard, tmp_path: Path) -> None:
    _fill(yard, 60)
    backups = tmp_path / "backups"
    first = date(2026, 6, 1)
    earlier = [rotate_daily_backup(yard.store, backups, today=first + timedelta(days=i), keep=3) for i in range(3)]
    yard.close()
    live = tmp_path / "yard.sqlite3"
    _damage_a_middle_page(live)

    with (
        Store.open(live, create=False) as damaged_store,
        pytest.raises(BackupDamaged, match="the database may be damaged") as raised,
    ):
        rotate_daily_backup(damaged_store, backups, today=first + timedelta(days=3), keep=3)

    assert raised.value.last_good == earlier[-1]
    assert raised.value.damaged_copy == backups / "yard-2026-06-04.sqlite3.damaged"
    assert raised.value.damaged_copy.exists()
    # Nothing was rotated away, and no file under today's backup name pretends to be a good backup.
    assert sorted(p.name for p in backups.iterdir()) == sorted(
        [p.name for p in earlier if p is not None] + ["yard-2026-06-04.sqlite3.damaged"]
    )
    assert all(check_integrity(p).ok for p in earlier if p is not None)

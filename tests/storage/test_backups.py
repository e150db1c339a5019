"""Automatic daily backups: one a day, the newest kept, each a database that opens and holds the yard."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from dismantler_app.storage.backup import rotate_daily_backup
from dismantler_app.storage.database import Store
from tests.services.yard_setup import Yard


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

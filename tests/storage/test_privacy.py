"""Private by default on POSIX (issue 13): the data folder 0700; the database, its WAL, backups, the copy kept before a
restore and the yard's keys 0600, for new files and for files an older version left readable by others. (Windows:
the data folder's ACL is documented in docs/troubleshooting.md; it cannot be exercised on this Linux machine.)"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dismantler_app.composition import open_app_context
from dismantler_app.services.yard_keys import load_or_create_yard_keys
from dismantler_app.storage.backup import backup_to, restore_from, rotate_daily_backup
from dismantler_app.storage.database import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _permissive_umask() -> Iterator[None]:
    old = os.umask(0o022)  # what most desktops run with: new files 644, folders 755
    yield
    os.umask(old)


def test_a_new_data_folder_and_database_are_private(tmp_path):
    data = tmp_path / "data"
    app = open_app_context(data)
    try:
        with app.store.write_transaction() as session:
            session.execute("SELECT 1")
        assert _mode(data) == 0o700
        assert _mode(app.settings.database_path) == 0o600
        wal = Path(f"{app.settings.database_path}-wal")
        assert not wal.exists() or _mode(wal) == 0o600
        made = rotate_daily_backup(app.store, app.settings.backups_dir, today=date(2026, 6, 1))
        assert made is not None and _mode(made) == 0o600 and _mode(app.settings.backups_dir) == 0o700
    finally:
        app.close()
    keys = load_or_create_yard_keys(data)
    assert _mode(keys.private_path) == 0o600 and _mode(keys.private_path.parent) == 0o700


def test_files_an_older_version_left_open_are_narrowed_when_opened(tmp_path):
    data = tmp_path / "data"
    open_app_context(data).close()
    database = data / "yard.sqlite3"
    data.chmod(0o755)
    database.chmod(0o644)
    app = open_app_context(data)
    app.close()
    assert _mode(data) == 0o700 and _mode(database) == 0o600


def test_backups_and_the_copy_kept_before_a_restore_are_private(tmp_path):
    live = tmp_path / "yard.sqlite3"
    store = Store.open(live)
    try:
        copy = backup_to(store, tmp_path / "elsewhere" / "copy.sqlite3")
    finally:
        store.close()
    assert _mode(copy) == 0o600
    live.chmod(0o644)  # as an older version made it
    restore_from(copy, live)
    assert _mode(live) == 0o600
    assert _mode(tmp_path / "yard.sqlite3.before-restore") == 0o600

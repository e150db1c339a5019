"""Backups: SQLite's online backup API (a consistent copy while the app runs), restore, and daily rotation.

A restore installs the backup as the live database and mints a new ``db_epoch``: events queued after the restore
carry the new epoch, so head office never confuses them with events of the same sequence sent before. A restore is
refused while any other connection has the live database open, because moving the file aside under it would lose
that connection's later writes.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from dismantler_app.storage.audit import record_restore
from dismantler_app.storage.database import Store
from dismantler_app.storage.errors import DatabaseCorrupt, DatabaseRefused, StoreError
from dismantler_app.storage.privacy import create_private_file, private_file, private_folder
from dismantler_app.storage.yard import new_epoch, set_epoch

BACKUP_PREFIX = "yard-"
BACKUP_SUFFIX = ".sqlite3"


class BackupFailed(DatabaseRefused):
    """The backup could not be written (a full disk or stick, a folder we may not write to); nothing was left behind
    and an earlier file at the target was not touched."""

    def __init__(self, target: Path, reason: str) -> None:
        super().__init__(
            target,
            f"the backup could not be written ({reason}). Free space or choose another disk, then back up again; "
            "no partial file was left and any earlier backup at this path is unchanged.",
        )


def _reason(exc: BaseException) -> str:
    text = str(exc).lower()
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "the disk is full"
    if "full" in text or "disk i/o" in text:
        return "the disk is full or failed"
    return str(exc)


def backup_to(store: Store, target: Path) -> Path:
    """Writes a consistent copy of the live database to ``target`` (replaced atomically if it exists); raises
    :class:`BackupFailed`, with no ``.partial`` file left behind, when the disk is full or cannot be written."""
    target = Path(target)
    tmp = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        create_private_file(tmp)  # a backup holds everything the database holds: 0600 from its first byte
        dest = sqlite3.connect(str(tmp))
        try:
            store.database().conn.backup(dest)
            # A backup file is a single self-contained file: no WAL next to it.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.replace(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise BackupFailed(target, _reason(exc)) from exc
    return target


def check_backup(path: Path) -> None:
    """Refuses a file that is not a healthy database of ours, before anything is replaced."""
    try:
        conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            conn.execute("SELECT site_id FROM yard").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(Path(path), str(exc)) from exc
    if result != "ok":
        raise DatabaseCorrupt(Path(path), result)


class DatabaseInUse(DatabaseRefused):
    """Another connection (the desktop app, another command) has the live database open."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            "the database is open in another program. Close the desktop app and any dismantler command using this "
            "data folder, then restore again; the file was not changed.",
        )


def ensure_not_in_use(live_path: Path) -> None:
    """Raises :class:`DatabaseInUse` if any other connection has the database at ``live_path`` open.

    In WAL mode every connection that has run a statement keeps a SHARED lock on the database file for as long as it
    is open, so an EXCLUSIVE lock (``locking_mode=EXCLUSIVE`` then ``BEGIN EXCLUSIVE``, no busy wait) fails exactly
    when someone else has it open. Measured with SQLite 3 on Linux against a second process: an idle connection that
    had only set ``journal_mode=WAL``, one that had committed a write, and one inside a read transaction all made
    the probe fail with "database is locked"; after that process exited the probe succeeded. Closing the probe, the
    last connection, checkpoints the WAL into the file, so the copy kept aside holds every committed write.
    """
    live_path = Path(live_path)
    if not live_path.exists():
        return
    conn = sqlite3.connect(str(live_path), timeout=0, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseInUse(live_path) from exc
        raise DatabaseCorrupt(live_path, str(exc)) from exc
    finally:
        conn.close()


def _live_head(live_path: Path) -> dict[str, Any]:
    """The epoch and audit head of the database a restore replaces (nothing when there is none or it is unreadable:
    a restore is also how a damaged database is replaced)."""
    if not live_path.exists():
        return {}
    try:
        conn = sqlite3.connect(f"file:{live_path.as_posix()}?mode=ro", uri=True)
        try:
            epoch = conn.execute("SELECT db_epoch FROM yard WHERE singleton = 1").fetchone()
            head = conn.execute("SELECT last_seq, last_hash FROM audit_head WHERE singleton = 1").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return {"unreadable": True}
    return {
        "db_epoch": epoch[0] if epoch else "",
        "audit_seq": head[0] if head else 0,
        "audit_hash": head[1] if head else "",
    }


def restore_from(source: Path, live_path: Path, *, at: datetime | None = None) -> str:
    """Replaces the database at ``live_path`` with the backup at ``source``; returns the new epoch.

    Refused with :class:`DatabaseInUse` (nothing changed) while another connection has the live database open. The
    previous live file is kept as ``<name>.before-restore``. The restored chain gets a ``db.restored`` row naming
    the new epoch and the head of the database it replaced, so head office reads the rewound chain as a restore.
    """
    source, live_path = Path(source), Path(live_path)
    check_backup(source)
    ensure_not_in_use(live_path)
    replaced = _live_head(live_path)
    staged = live_path.with_name(live_path.name + ".restoring")
    staged.unlink(missing_ok=True)
    create_private_file(staged)
    shutil.copyfile(source, staged)
    # Mint the epoch in the staged copy, before it becomes live.
    staged_store = Store.open(staged)
    try:
        epoch = new_epoch()
        with staged_store.write_transaction() as session:
            set_epoch(session, epoch)
            record_restore(session, at=at or datetime.now(UTC), epoch=epoch, replaced=replaced, source=source.name)
        staged_store.database().conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        staged_store.close()
    for suffix in ("-wal", "-shm"):
        Path(str(staged) + suffix).unlink(missing_ok=True)
    # Checked again just before the swap: the app may have been started while the copy was being staged.
    try:
        ensure_not_in_use(live_path)
    except DatabaseRefused:
        staged.unlink(missing_ok=True)
        raise
    if live_path.exists():
        kept = live_path.with_name(live_path.name + ".before-restore")
        os.replace(live_path, kept)
        private_file(kept)
    for suffix in ("-wal", "-shm"):
        Path(str(live_path) + suffix).unlink(missing_ok=True)
    os.replace(staged, live_path)
    return epoch


DAMAGED_SUFFIX = ".damaged"


@dataclass(frozen=True)
class IntegrityReport:
    """What ``PRAGMA quick_check`` said about one database file: ``ok`` or the first problems it found."""

    path: Path
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


class BackupDamaged(StoreError):
    """Today's backup copy failed its integrity check, so the database it was copied from may be damaged.

    The previous backups were all kept (none rotated away) and the bad copy was kept as ``damaged_copy``.
    """

    def __init__(self, *, damaged_copy: Path, problems: tuple[str, ...], last_good: Path | None) -> None:
        keep = f"keep the last good backup {last_good}" if last_good else "no earlier backup exists"
        super().__init__(
            f"the database may be damaged: {'; '.join(problems)}. Daily backups were not rotated ({keep}); "
            f"the damaged copy is {damaged_copy}. Run 'dismantler db check' and restore the last good backup."
        )
        self.damaged_copy = damaged_copy
        self.problems = problems
        self.last_good = last_good


def check_integrity(path: Path, *, max_problems: int = 10) -> IntegrityReport:
    """Runs ``PRAGMA quick_check`` on the database file at ``path`` (read only).

    quick_check reads every page of every table and index (O(N), unlike integrity_check's index cross-checks), so
    damage in the middle of the file that ordinary queries never touch is found here. A file SQLite cannot even
    open as a database is reported as one problem rather than raised.
    """
    path = Path(path)
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            rows = conn.execute(f"PRAGMA quick_check({int(max_problems)})").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return IntegrityReport(path=path, problems=(str(exc),))
    problems = tuple(str(row[0]) for row in rows if row[0] != "ok")
    return IntegrityReport(path=path, problems=problems)


def rotate_daily_backup(store: Store, backup_dir: Path, *, today: date, keep: int = 7) -> Path | None:
    """Makes today's backup if there is none yet and keeps the newest ``keep``; returns the new file or None.

    The fresh copy (not the live file, so the app is not slowed) is checked with ``quick_check``. If it fails, the
    copy is renamed ``*.damaged``, no older backup is deleted, and :class:`BackupDamaged` is raised.
    """
    backup_dir = private_folder(Path(backup_dir))
    target = backup_dir / f"{BACKUP_PREFIX}{today.isoformat()}{BACKUP_SUFFIX}"
    made = None
    if not target.exists():
        made = backup_to(store, target)
        report = check_integrity(made)
        if not report.ok:
            damaged = made.with_name(made.name + DAMAGED_SUFFIX)
            os.replace(made, damaged)
            earlier = _backups_in(backup_dir)
            raise BackupDamaged(
                damaged_copy=damaged, problems=report.problems, last_good=earlier[-1] if earlier else None
            )
    backups = _backups_in(backup_dir)
    for old in backups[: max(0, len(backups) - keep)]:
        old.unlink()
    return made


def _backups_in(backup_dir: Path) -> list[Path]:
    return sorted(p for p in backup_dir.glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}") if p.is_file())

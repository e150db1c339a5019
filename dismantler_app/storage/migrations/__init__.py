"""Append-only schema migrations: ``NNNN_name.sql`` files applied in order, tracked by ``PRAGMA user_version``.

A released file is never edited; a change is a new file. Each file runs in one transaction together with the
version bump, so a crash leaves the database at the old version or the new one, never between.
"""

from __future__ import annotations

import re
import sqlite3
from importlib import resources

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migration_scripts() -> list[tuple[int, str]]:
    """(version, SQL) of every migration shipped with the program, in order."""
    found: list[tuple[int, str]] = []
    for entry in resources.files(__name__).iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    expected = list(range(1, len(found) + 1))
    if [version for version, _ in found] != expected:
        raise RuntimeError(f"migrations must be numbered 0001.. without gaps, found {[v for v, _ in found]}")
    return found


def latest_version() -> int:
    return len(migration_scripts())


def split_statements(sql: str) -> list[str]:
    """Splits a script into statements (trigger bodies included) so that they can run inside our transaction:
    ``executescript`` would commit first."""
    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not all(part.strip().startswith("--") or not part.strip() for part in buffer.splitlines()):
        raise ValueError(f"incomplete SQL statement at the end of a migration: {buffer.strip()[:80]}")
    return statements


def apply_migrations(conn: sqlite3.Connection) -> int:
    """Brings the database up to :func:`latest_version`; returns the version it ends at."""
    for version, sql in migration_scripts():
        if version <= conn.execute("PRAGMA user_version").fetchone()[0]:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read under the write lock: another process may have migrated while we waited for it.
            if version > conn.execute("PRAGMA user_version").fetchone()[0]:
                for statement in split_statements(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return conn.execute("PRAGMA user_version").fetchone()[0]

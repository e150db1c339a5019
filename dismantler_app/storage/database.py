"""The database file: opening it safely, one connection per thread, and the write transaction everyone uses.

Every connection gets WAL, ``synchronous=FULL``, foreign keys and a busy timeout. Writes start with
``BEGIN IMMEDIATE``: with two connections in WAL a deferred transaction that later wants to write fails at once with
"database is locked" instead of waiting (measured while designing this store; SQLite's busy handler cannot help a
reader that tries to upgrade). A file from a newer schema, a file that is not a database, or a file another program
holds locked is refused with a message saying what to do, and is never written to.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from dismantler_app.storage.audit import journal_mark, seal_baseline, seal_changes
from dismantler_app.storage.errors import (
    ConstraintViolation,
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseTooNew,
    constraint_code_of,
)
from dismantler_app.storage.migrations import apply_migrations, latest_version
from dismantler_app.storage.privacy import create_private_file, private_file

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 15_000

Params = Sequence[Any] | Mapping[str, Any]


class Session:
    """One connection inside a transaction (or a plain read): the only door to SQL the rest of the store uses."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        try:
            return self.db.conn.execute(sql, params)
        except sqlite3.IntegrityError as exc:
            raise ConstraintViolation(constraint_code_of(str(exc)), str(exc)) from exc

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        try:
            self.db.conn.executemany(sql, rows)
        except sqlite3.IntegrityError as exc:
            raise ConstraintViolation(constraint_code_of(str(exc)), str(exc)) from exc

    def one(self, sql: str, params: Params = ()) -> dict[str, Any] | None:
        row = self.execute(sql, params).fetchone()
        return dict(row) if row is not None else None

    def all(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in self.execute(sql, params).fetchall()]

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return row[0] if row is not None else None

    def insert(self, table: str, row: Mapping[str, Any]) -> None:
        columns = ", ".join(row)
        marks = ", ".join(f":{name}" for name in row)
        self.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", dict(row))


def _connect(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
    # check_same_thread stays off only so that close() can run from the thread that owns the Store; each
    # connection is still used by the one thread that opened it (see Store.session).
    conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


def _configure(conn: sqlite3.Connection, busy_timeout_ms: int) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise sqlite3.OperationalError(f"journal mode stayed {mode}")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def _is_locked(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class Store:
    """The yard database at ``path``. Open it with :meth:`open`; hand it to services; close it at exit."""

    def __init__(self, path: Path, *, busy_timeout_ms: int) -> None:
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[sqlite3.Connection] = []

    @classmethod
    def open(cls, path: Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS, create: bool = True) -> Store:
        """Opens (and if needed creates and migrates) the database, or raises a :class:`DatabaseRefused`."""
        path = Path(path)
        exists = path.exists() and path.stat().st_size > 0
        if not exists and not create:
            raise DatabaseCorrupt(path, "no database at this path")
        if exists:
            with path.open("rb") as fh:
                header = fh.read(len(SQLITE_HEADER))
            if header != SQLITE_HEADER:
                raise DatabaseCorrupt(path, "the file does not start with the SQLite header")
        store = cls(path, busy_timeout_ms=busy_timeout_ms)
        if not exists and path.parent.is_dir():
            create_private_file(path)  # SQLite then opens an empty file of ours (0600), and its WAL takes that mode
        conn = _connect(path, busy_timeout_ms)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            # Read the version before anything that could write (journal mode, migrations).
            found = conn.execute("PRAGMA user_version").fetchone()[0]
            if found > latest_version():
                raise DatabaseTooNew(path, found=found, supported=latest_version())
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            _configure(conn, busy_timeout_ms)
            had_journal = conn.execute(
                "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'audit_changes'"
            ).fetchone()
            mark = conn.execute("SELECT coalesce(max(id), 0) FROM audit_changes").fetchone()[0] if had_journal else 0
            version_before = found
            apply_migrations(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            if _is_locked(exc):
                raise DatabaseLocked(path) from exc
            raise DatabaseCorrupt(path, str(exc)) from exc
        except BaseException:
            conn.close()
            raise
        for private in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            private_file(private)  # a database found readable by others (made by an older version) is narrowed
        store._adopt(conn)
        if conn.execute("PRAGMA user_version").fetchone()[0] != version_before:
            store._seal_migrations(mark)
        return store

    def _seal_migrations(self, mark: int) -> None:
        """Changes a migration made to records are the app's own: sealed like a transaction's. The first time the
        audit covers records (0005), the records already there are hashed into the chain (trusted on first use)."""
        from datetime import UTC, datetime

        with self.write_transaction() as session:
            seal_changes(session, after=mark)
            seal_baseline(session, at=datetime.now(UTC))

    def _adopt(self, conn: sqlite3.Connection) -> sqlite_utils.Database:
        db = sqlite_utils.Database(conn)
        self._local.db = db
        with self._lock:
            self._all.append(conn)
        return db

    def database(self) -> sqlite_utils.Database:
        """This thread's connection (created on first use: a connection is bound to the thread that made it)."""
        db = getattr(self._local, "db", None)
        if db is None:
            conn = _connect(self.path, self.busy_timeout_ms)
            try:
                _configure(conn, self.busy_timeout_ms)
            except sqlite3.DatabaseError as exc:
                conn.close()
                if _is_locked(exc):
                    raise DatabaseLocked(self.path) from exc
                raise DatabaseCorrupt(self.path, str(exc)) from exc
            db = self._adopt(conn)
        return db

    @contextmanager
    def write_transaction(self) -> Iterator[Session]:
        """One atomic write: ``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any exception."""
        db = self.database()
        conn = db.conn
        if conn.in_transaction:
            raise RuntimeError("write_transaction() does not nest; pass the session down instead")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if _is_locked(exc):
                raise DatabaseLocked(self.path) from exc
            raise
        try:
            session = Session(db)
            mark = journal_mark(session)
            yield session
            # Whatever this transaction changed in audited records goes into the chain before it commits.
            seal_changes(session, after=mark)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A consistent read snapshot (a deferred transaction that only reads)."""
        db = self.database()
        conn = db.conn
        if conn.in_transaction:
            yield Session(db)
            return
        conn.execute("BEGIN")
        try:
            yield Session(db)
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")

    def close(self) -> None:
        with self._lock:
            conns, self._all = self._all, []
        for conn in conns:
            conn.close()
        self._local = threading.local()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

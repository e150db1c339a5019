"""Head office's PostgreSQL: connections, a small thread-safe pool, and versioned schema migrations.

Migrations are ``NNNN_name.sql`` files in ``hub/migrations``, applied in order, each in one transaction together
with its row in ``schema_migrations``; an advisory lock keeps two starting servers from migrating at once.
"""

from __future__ import annotations

import queue
import re
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources

import psycopg
from psycopg.rows import dict_row

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
_MIGRATION_LOCK = 0x68756221  # pg_advisory_xact_lock key: "hub!"


class HubDatabaseError(RuntimeError):
    """The hub's database cannot be used; the message says what to do."""


def migration_scripts() -> list[tuple[int, str]]:
    found = []
    for entry in resources.files("dismantler_app.hub.migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    if [v for v, _ in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"hub migrations must be numbered 0001.. without gaps, found {[v for v, _ in found]}")
    return found


def connect(dsn: str, *, autocommit: bool = False) -> psycopg.Connection:
    try:
        return psycopg.connect(dsn, row_factory=dict_row, connect_timeout=10, autocommit=autocommit)
    except psycopg.OperationalError as exc:
        raise HubDatabaseError(
            f"cannot reach head office's database ({exc}). Check the --db URL and that PostgreSQL is running."
        ) from exc


def apply_migrations(dsn: str, *, upto: int | None = None) -> int:
    """Brings the schema up to date (or up to version ``upto``, for upgrade tests and benchmarks of an earlier
    schema); returns the version it ends at."""
    with connect(dsn) as conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz "
            "NOT NULL DEFAULT now())"
        )
        conn.commit()
        for version, sql in migration_scripts():
            if upto is not None and version > upto:
                break
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", [_MIGRATION_LOCK])
                done = conn.execute("SELECT 1 FROM schema_migrations WHERE version = %s", [version]).fetchone()
                if done:
                    continue
                conn.execute(sql)
                conn.execute("INSERT INTO schema_migrations (version) VALUES (%s)", [version])
        row = conn.execute("SELECT max(version) AS v FROM schema_migrations").fetchone()
        return int(row["v"] or 0)


def schema_version(conn: psycopg.Connection) -> int:
    try:
        row = conn.execute("SELECT max(version) AS v FROM schema_migrations").fetchone()
    except psycopg.errors.UndefinedTable:
        conn.rollback()
        return 0
    return int(row["v"] or 0)


class Pool:
    """A fixed set of connections handed to one request at a time (FastAPI runs sync endpoints on threads)."""

    def __init__(self, dsn: str, *, size: int = 8) -> None:
        self.dsn = dsn
        self._idle: queue.LifoQueue[psycopg.Connection] = queue.LifoQueue()
        self._size = size
        self._made = 0

    @contextmanager
    def connection(self) -> Iterator[psycopg.Connection]:
        try:
            conn = self._idle.get_nowait()
        except queue.Empty:
            conn = None
        if conn is None or conn.closed:
            # Autocommit: every write goes through ``with conn.transaction()``, and a pooled connection never
            # sits idle inside a transaction holding locks.
            conn = connect(self.dsn, autocommit=True)
        try:
            yield conn
        finally:
            if not conn.closed and conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE:
                if self._idle.qsize() < self._size:
                    self._idle.put(conn)
                else:
                    conn.close()
            elif not conn.closed:
                conn.close()

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return

"""The shape of a database session and of a store, without SQLite: what services and row modules are written against.

Only :mod:`database` (and the backup code) speak SQLite; the import-linter contract "Only storage speaks SQLite"
counts indirect imports, so everything the services import from here must stay free of ``sqlite3``. The composition
root builds the concrete :class:`~dismantler_app.storage.database.Store` and hands it over.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

Params = Sequence[Any] | Mapping[str, Any]


class Cursor(Protocol):
    rowcount: int

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Any: ...


class Session(Protocol):
    """One connection inside a transaction (or a read snapshot). Integrity errors come out as
    :class:`~dismantler_app.storage.errors.ConstraintViolation`."""

    def execute(self, sql: str, params: Params = ()) -> Cursor: ...

    def executemany(self, sql: str, rows: Sequence[Params]) -> None: ...

    def one(self, sql: str, params: Params = ()) -> dict[str, Any] | None: ...

    def all(self, sql: str, params: Params = ()) -> list[dict[str, Any]]: ...

    def scalar(self, sql: str, params: Params = ()) -> Any: ...

    def insert(self, table: str, row: Mapping[str, Any]) -> None: ...


class Transactional(Protocol):
    """A store: hands out write transactions (``BEGIN IMMEDIATE``) and read snapshots."""

    path: Path

    def write_transaction(self) -> AbstractContextManager[Session]: ...

    def read(self) -> AbstractContextManager[Session]: ...

    def close(self) -> None: ...

"""What the yard knows about its sync: the status shown by ``sync status --json`` and the status bar, the retry
schedule (exponential backoff with jitter), the lock that keeps one sync worker per database, and what a round or a
stick reports (:class:`SyncNotReady`, :class:`PushReport`, :class:`ReceiptReport`), so the rounds (``service.py``) and
the stick (``stick.py``) both build on this module and not on each other.
"""

from __future__ import annotations

import contextlib
import os
import random
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from dismantler_app.storage import sync_store
from dismantler_app.storage.session import Session


class NotReady(StrEnum):
    """Why the yard cannot sync; values are stable (stored in ``last_error``, worded by the desktop app)."""

    NOT_SET_UP = "not_set_up"
    NOT_ENROLLED = "not_enrolled"
    REVOKED = "revoked"  # head office revoked this yard's key, or the yard made a new one: enrol again
    BAD_RECEIPT = "bad_receipt"  # a receipt file that cannot be read or is another yard's
    NO_FOLDER = "no_folder"  # the folder to write a USB bundle into is missing (the stick is not plugged in)


class SyncNotReady(RuntimeError):
    """The yard cannot sync yet (not set up, not enrolled, revoked); the message says what to do, ``code`` says why
    (a :class:`NotReady` value; "" from callers that give none)."""

    def __init__(self, message: str, *, code: str = "") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class PushReport:
    batches_sent: int = 0
    events_delivered: int = 0
    new_problems: int = 0
    photos_uploaded: int = 0
    reference_items: int = 0


@dataclass(frozen=True)
class ReceiptReport:
    events_delivered: int
    new_problems: int
    rejections: tuple[dict[str, Any], ...]
    reference_items: int = 0


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    hub_url: str
    pending: int  # events not yet at head office
    exported: int  # of which on a stick, waiting for its receipt
    delivered: int
    open_problems: int
    last_attempt_at: str | None
    last_success_at: str | None
    last_error: str
    failures: int
    revoked: bool = False  # head office revoked this yard's key: nothing is sent until a new enrolment
    revoked_at: str | None = None
    hub_ca_path: str = ""  # the CA file trusted for head office's TLS certificate, stored at enrolment

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def read_status(session: Session) -> SyncStatus:
    counts = sync_store.outbox_counts(session)
    link = sync_store.load_link(session)
    return SyncStatus(
        enrolled=bool(link.get("enrolled_at")),
        hub_url=link.get("hub_url", ""),
        pending=counts["pending"] + counts["exported"],
        exported=counts["exported"],
        delivered=counts["delivered"],
        open_problems=len(sync_store.list_problems(session)),
        last_attempt_at=link.get("last_attempt_at"),
        last_success_at=link.get("last_success_at"),
        last_error=link.get("last_error", ""),
        failures=int(link.get("failures") or 0),
        revoked=bool(link.get("revoked_at")),
        revoked_at=link.get("revoked_at"),
        hub_ca_path=link.get("hub_ca_path") or "",
    )


def error_text(kind: str, message: str, *, code: str = "") -> str:
    """How a failed attempt is stored in ``last_error``: ``[kind:code] message``, the stable codes first so the
    desktop app words them (``services/sync/problems.py`` parses it back), the English message for the log."""
    return f"[{kind}{':' + code if code else ''}] {message}"


@dataclass(frozen=True)
class Backoff:
    """Delay before the next attempt after ``failures`` failures in a row: exponential, capped, with "equal jitter"
    (half fixed, half random) so that twenty yards that lost the same link do not come back in lockstep."""

    base_s: float = 5.0
    cap_s: float = 900.0
    idle_s: float = 60.0  # between successful rounds: new events are picked up within a minute

    def delay(self, failures: int, rng: random.Random) -> float:
        if failures <= 0:
            return self.idle_s
        ceiling = min(self.cap_s, self.base_s * 2 ** min(failures - 1, 30))
        return ceiling / 2 + rng.uniform(0, ceiling / 2)


class WorkerBusy(RuntimeError):
    """Another sync worker already runs for this database."""


class WorkerLock:
    """An OS file lock next to the database: released by the OS if the process dies, so a crash never wedges it."""

    def __init__(self, database: Path) -> None:
        self.path = Path(str(database) + ".sync.lock")
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        handle = self.path.open("a+b")
        try:
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            raise WorkerBusy(f"another sync worker is running for {self.path.with_suffix('')}") from exc
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.close()
            self._handle = None

    def __enter__(self) -> WorkerLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

"""The sync worker: push rounds on a timer, at start-up, after every wake-up and, after failures, with exponential
backoff and jitter; one worker per database (an OS file lock). Every round starts by asking head office's cursor, so a
worker starting after a crash marks delivered what head office already holds instead of sending it again.
"""

from __future__ import annotations

import logging
import random
import threading
from dataclasses import dataclass, field
from pathlib import Path

from dismantler_app.services.sync.link import adopt_enrolled_trust
from dismantler_app.services.sync.problems import SyncErrorKind, error_record
from dismantler_app.services.sync.service import PushReport, SyncNotReady, SyncService
from dismantler_app.services.sync.state import Backoff, WorkerBusy, WorkerLock, error_text
from dismantler_app.storage import sync_store
from dismantler_app.sync.client import HubClient, HubRefused, HubUnreachable
from dismantler_app.sync.documents import SignatureRefused

_log = logging.getLogger(__name__)

__all__ = ["SyncWorker", "WorkerBusy"]


@dataclass
class SyncWorker:
    """Pushes on a timer: at start, after every :meth:`wake`, after failures with backoff and jitter."""

    service: SyncService
    database: Path
    client: HubClient
    backoff: Backoff = field(default_factory=Backoff)
    rng: random.Random = field(default_factory=random.Random)

    def __post_init__(self) -> None:
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.failures = 0
        self.last_report: PushReport | None = None

    def run_round(self) -> float:
        """One attempt; returns the delay before the next."""
        try:
            self.last_report = self.service.push(self.client)
            self.failures = 0
        except (HubUnreachable, HubRefused, SignatureRefused, SyncNotReady) as exc:
            self._failed(error_record(exc))
        except Exception as exc:
            # A bug must not end the thread silently: log it with its trace, show it in the status, retry later.
            _log.exception("sync round failed")
            self._failed(error_text(SyncErrorKind.OTHER, f"unexpected error, see the log: {exc!r}"))
        return self.backoff.delay(self.failures, self.rng)

    def _failed(self, error: str) -> None:
        self.failures += 1
        with self.service.store.write_transaction() as session:
            sync_store.record_attempt(session, at=self.service.clock.now().isoformat(), error=error)

    def _loop(self, lock: WorkerLock) -> None:
        try:
            while not self._stop.is_set():
                delay = self.run_round()
                self._wake.wait(delay)
                self._wake.clear()
        finally:
            lock.release()

    def start(self) -> None:
        lock = WorkerLock(self.database)
        lock.acquire()  # raises WorkerBusy when another worker holds this database
        try:
            # The client may come with the URL alone (the desktop app's): use the CA stored at enrolment for it.
            self.client = adopt_enrolled_trust(self.service.store, self.client)
        except BaseException:
            lock.release()
            raise
        self._thread = threading.Thread(target=self._loop, args=(lock,), name="sync-worker", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout_s: float = 30.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)

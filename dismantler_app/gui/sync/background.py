"""The desktop app's background sync: one :class:`~dismantler_app.services.sync_worker.SyncWorker` (the same one the
CLI runs) pushing on its timer while the app is open and the yard is enrolled. The composition root builds it with
the station's head office URL and stops it when the app closes; the sync page starts and stops it on request.

Starting reads the database and the key file, and stopping waits for a round in flight, so both run on the bridge's
threads (or after the event loop ended), never on the UI thread. No Qt here.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from dismantler_app.domain.clock import Clock
from dismantler_app.gui.common.keys import KeySource
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.sync.service import SyncService
from dismantler_app.services.sync.state import read_status
from dismantler_app.services.sync.worker import SyncWorker
from dismantler_app.sync.client import HubClient

# A round in flight is one HTTP request at most 30 s long (sync/client.py); closing the app waits this long for it
# and then leaves the daemon thread behind (its file lock is released by the OS with the process).
STOP_WAIT_S = 10.0


@dataclass
class BackgroundSync:
    services: ServiceContext
    clock: Clock
    keys: KeySource
    hub_url: str = ""  # the station settings' head office URL; empty: the URL the yard enrolled with
    request_clock: Clock | None = None  # signs requests (head office checks them against real time); default: clock
    _worker: SyncWorker | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    @property
    def running(self) -> bool:
        return self._worker is not None

    def start(self) -> bool:
        """Starts the worker when the yard is enrolled; False when it is not (nothing to do yet). Raises
        ``WorkerBusy`` when another worker (a ``dismantler sync`` process) already syncs this database."""
        with self._lock:
            if self._worker is not None:
                return True
            with self.services.store.read() as session:
                status = read_status(session)
            url = self.hub_url or status.hub_url
            if not status.enrolled or not url:
                return False
            service = SyncService(
                store=self.services.store, photos=self.services.photos, signing_key=self.keys(), clock=self.clock
            )
            client = HubClient(url, clock=self.request_clock or self.clock)
            worker = SyncWorker(service=service, database=Path(self.services.store.path), client=client)
            try:
                worker.start()
            except BaseException:
                client.close()
                raise
            self._worker = worker
            return True

    def wake(self) -> bool:
        """Asks the running worker for a round now; False when none runs."""
        worker = self._worker
        if worker is not None:
            worker.wake()
        return worker is not None

    def stop(self, timeout_s: float = STOP_WAIT_S) -> None:
        """Stops the worker after its round in flight (if any). Safe to call when none runs."""
        with self._lock:
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.stop(timeout_s)
            worker.client.close()

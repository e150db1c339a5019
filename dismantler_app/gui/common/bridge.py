"""The one bridge between background work and the UI thread.

Pages hand a callable to :meth:`TaskBridge.run`; it runs on a small thread pool and its outcome comes back to the
UI thread through **one** long-lived signal of this object, where ``on_done`` or ``on_error`` is called. Why one
object: a fresh QObject with its own signals per task lost results and crashed under load on PySide6 6.11
(conventions, "Qt"); Anki's ``TaskManager`` has worked this way for years. Database writes, PDF rendering and sync
all go through here, so the UI thread never waits on disk or network.

Closing: :meth:`TaskBridge.shutdown` lets running and queued tasks finish — a scan confirmed just before the window
closed is a write already handed over, and it must reach the database (tasks are single service calls, milliseconds
each). Their outcomes are not delivered: the pages that asked are being torn down. A page timer that fires after
shutdown is refused quietly (its future comes back cancelled, no callback runs).

Writes: a call made with ``changes_records=True`` announces :attr:`TaskBridge.records_changed` once it succeeded
(after its ``on_done``), so views of the whole yard — the status bar's count of events waiting for head office —
read again at once instead of at their next timer (the guide's screenshots showed 26 on one page, 35 on the next).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)

ErrorHandler = Callable[[BaseException], None]


@dataclass(frozen=True)
class _Completion:
    future: Future[Any]
    on_done: Callable[[Any], None] | None
    on_error: ErrorHandler | None
    changes_records: bool


class TaskBridge(QObject):
    """Runs callables off the UI thread and delivers their results on it, in completion order."""

    _completed = Signal(object)
    idle = Signal()  # no task in flight any more (tests and the close handler wait for it)
    records_changed = Signal()  # a call made with changes_records=True succeeded

    def __init__(self, *, on_unexpected: ErrorHandler, workers: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Two workers: yard PCs have two cores, and one slow PDF must not hold up a scan being saved.
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="gui-task")
        self._on_unexpected = on_unexpected
        self._in_flight = 0
        self._closed = False
        self._completed.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def in_flight(self) -> int:
        return self._in_flight

    @property
    def closed(self) -> bool:
        return self._closed

    def run(
        self,
        fn: Callable[..., Any],
        /,
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: ErrorHandler | None = None,
        changes_records: bool = False,
        **kwargs: Any,
    ) -> Future[Any]:
        """Starts ``fn(*args, **kwargs)`` on the pool. ``on_error`` handles exceptions (else the app's error
        reporter does); both callbacks run on the UI thread. ``changes_records``: the call writes records, and
        :attr:`records_changed` is emitted once it succeeded. After :meth:`shutdown` nothing runs: the future
        comes back cancelled and no callback is called."""
        if self._closed:
            log.debug("bridge closed: %s not run", getattr(fn, "__qualname__", fn))
            refused: Future[Any] = Future()
            refused.cancel()
            return refused
        self._in_flight += 1
        future = self._pool.submit(fn, *args, **kwargs)
        completion = _Completion(future, on_done, on_error, changes_records)
        future.add_done_callback(lambda _f: self._completed.emit(completion))
        return future

    def _deliver(self, completion: _Completion) -> None:
        future = completion.future
        if self._closed:
            # The window that asked is closing: its callbacks would touch widgets being torn down. A real failure
            # still reaches the log.
            if not future.cancelled() and future.exception() is not None:
                log.error("task failed while closing", exc_info=future.exception())
            return
        self._in_flight -= 1
        try:
            if future.cancelled():
                return
            error = future.exception()
            if error is not None:
                (completion.on_error or self._on_unexpected)(error)
            else:
                if completion.on_done is not None:
                    completion.on_done(future.result())
                if completion.changes_records:
                    self.records_changed.emit()
        finally:
            if self._in_flight == 0:
                self.idle.emit()

    def shutdown(self) -> None:
        """Waits for running and queued tasks (nothing handed over is lost, no write is cut in half); later calls
        to :meth:`run` are refused quietly. Safe to call twice."""
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=False)
        if self._in_flight:
            self._in_flight = 0
            self.idle.emit()

"""Reading one opened source on its own thread, and the one-frame slot between the grabber and the decoders.

A camera read can block for ever without an error (a wedged USB webcam, an RTSP stream whose server stopped sending
but kept the socket open) and a blocked OpenCV ``read`` cannot be interrupted. So each connection to a source gets
its own daemon thread, which the engine watches: when a call has been blocked too long the engine abandons the
connection (no frame of it is used afterwards; its thread closes the source if the call ever returns) and opens a
fresh one. Only a connection's own thread opens, reads and closes its source, exactly once each: OpenCV's
``VideoCapture`` is not safe to release from another thread while it reads.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import numpy as np

from dismantler_app.scanning.interpret import Frame
from dismantler_app.scanning.sources import FrameSource, FrameUnreadable, SourceUnavailable

log = logging.getLogger(__name__)


class NewestFrame:
    """A one-frame slot: ``put`` replaces (or, when ``blocking``, waits for the previous frame to be taken)."""

    def __init__(self, *, blocking: bool) -> None:
        self._frame: Frame | None = None
        self._closed = False
        self._blocking = blocking
        self._cond = threading.Condition()
        self.dropped = 0

    def put(self, frame: Frame, cancelled: Callable[[], bool]) -> bool:
        """Offers a frame; False (frame not kept) when ``cancelled`` turned true or the slot closed first."""
        with self._cond:
            while self._blocking and self._frame is not None and not self._closed and not cancelled():
                self._cond.wait(0.05)
            if self._closed or cancelled():
                return False
            if self._frame is not None:
                self.dropped += 1
            self._frame = frame
            self._cond.notify_all()
            return True

    def take(self) -> Frame | None:
        """The newest frame not taken yet; None once closed and empty."""
        with self._cond:
            while self._frame is None and not self._closed:
                self._cond.wait()
            frame, self._frame = self._frame, None
            self._cond.notify_all()
            return frame

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()


class Connection:
    """One source opened and read on a daemon thread until it stops delivering, is cancelled or is abandoned.

    ``on_frame(image, cancelled)`` receives each frame; ``on_opened`` runs once the source is open, before the
    first read; ``on_bad_frame(detail)`` for a frame that could not be read. The watcher asks :meth:`busy_for` how
    long the current open or read call has been running.
    """

    def __init__(
        self,
        source: FrameSource,
        *,
        on_frame: Callable[[np.ndarray, Callable[[], bool]], None],
        on_opened: Callable[[], None],
        on_bad_frame: Callable[[str], None],
        engine_stop: threading.Event,
        monotonic: Callable[[], float],
        name: str,
    ) -> None:
        self.source = source
        self.opened = threading.Event()
        self.done = threading.Event()
        self.open_error: str | None = None
        self.frames = 0
        self._cancel = threading.Event()
        self._engine_stop = engine_stop
        self._on_frame = on_frame
        self._on_opened = on_opened
        self._on_bad_frame = on_bad_frame
        self._monotonic = monotonic
        self._busy_since: float | None = None
        self._lock = threading.Lock()  # held while a frame or the LIVE state is handed over
        self._closed = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    # -- for the watcher -------------------------------------------------------------------------------------
    def start(self) -> None:
        self._thread.start()

    def cancelled(self) -> bool:
        return self._cancel.is_set() or self._engine_stop.is_set()

    def busy_for(self) -> float:
        """Seconds the current open or read call has been running (0 between calls)."""
        since = self._busy_since
        return 0.0 if since is None else max(0.0, self._monotonic() - since)

    def finish(self, grace_s: float) -> bool:
        """Asks the thread to stop after its current call and waits up to ``grace_s``; True if it ended. If it did
        not, the connection is abandoned: nothing it reads later reaches the engine."""
        self.abandon()
        self._thread.join(grace_s)
        return not self._thread.is_alive()

    def abandon(self) -> None:
        """From now on no frame or state of this connection reaches the engine (returns once that holds)."""
        self._cancel.set()
        with self._lock:  # a hand-over in progress completes (or gives up) before this returns
            pass

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    # -- the connection's own thread -------------------------------------------------------------------------
    def _call(self, action: Callable[[], object]) -> object:
        self._busy_since = self._monotonic()
        try:
            return action()
        finally:
            self._busy_since = None

    def _run(self) -> None:
        try:
            try:
                self._call(self.source.open)
            except SourceUnavailable as exc:
                self.open_error = str(exc)
                return
            except Exception as exc:  # a driver error while opening is a source we cannot have now
                self.open_error = f"{type(exc).__name__}: {exc}"
                return
            try:
                with self._lock:
                    if self.cancelled():
                        return
                    self.opened.set()
                    self._on_opened()
                self._read_until_stopped()
            finally:
                self._close_once()
        finally:
            self.done.set()

    def _read_until_stopped(self) -> None:
        while not self.cancelled():
            try:
                image = self._call(self.source.read)
            except FrameUnreadable as exc:
                if not self.cancelled():
                    self._on_bad_frame(str(exc))
                continue
            except Exception as exc:  # a driver error is a lost source, not a crash
                if not self.cancelled():
                    self._on_bad_frame(f"{type(exc).__name__}: {exc}")
                return
            if image is None:
                return
            with self._lock:
                if self.cancelled():
                    return
                self._on_frame(image, self.cancelled)  # type: ignore[arg-type]
                self.frames += 1

    def _close_once(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self.source.close()
        except Exception:  # a driver error on release must not hide why the connection ended
            log.exception("closing %s failed", self.source.description)

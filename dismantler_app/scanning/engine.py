"""The scanning engine: a grabbing thread that keeps only the newest frame, decode workers, reconnection.

Nothing here runs on a UI thread. The grabber never queues frames (a backlog would make latency grow without
bound on a slow PC); with ``keep_every_frame`` it waits for the workers instead, for files and tests. Two decode
workers pay off on a 2-core PC because zxing-cpp and pyzbar release the GIL. Events go to ``on_event`` from the
engine's threads; the listener must be thread-safe (a ``queue.Queue.put`` is).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from dismantler_app.scanning import decoders
from dismantler_app.scanning.events import FrameId, ScanEvent, SourceState, StateChanged, TroubleKind
from dismantler_app.scanning.interpret import Frame, Interpreter
from dismantler_app.scanning.pipeline import FrameDecoder
from dismantler_app.scanning.sources import FrameSource, FrameUnreadable, SourceUnavailable

log = logging.getLogger(__name__)

# Reconnect after 0.5, 1, 2, 4, 5, 5 … s: fast enough for a re-plugged USB cable, gentle on a dead RTSP server.
BACKOFF_S = (0.5, 1.0, 2.0, 4.0, 5.0)


@dataclass(frozen=True)
class EngineStats:
    frames_grabbed: int
    frames_decoded: int
    frames_dropped: int  # replaced by a newer frame before a worker took them
    reconnects: int


class _NewestFrame:
    """A one-frame slot: ``put`` replaces (or, when ``blocking``, waits for the previous frame to be taken)."""

    def __init__(self, *, blocking: bool) -> None:
        self._frame: Frame | None = None
        self._closed = False
        self._blocking = blocking
        self._cond = threading.Condition()
        self.dropped = 0

    def put(self, frame: Frame, stop: threading.Event) -> None:
        with self._cond:
            while self._blocking and self._frame is not None and not stop.is_set():
                self._cond.wait(0.1)
            if self._frame is not None:
                self.dropped += 1
            self._frame = frame
            self._cond.notify_all()

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


class ScanEngine:
    def __init__(
        self,
        make_source: Callable[[], FrameSource],
        *,
        on_event: Callable[[ScanEvent], None],
        decoder: FrameDecoder | None = None,
        interpreter: Interpreter | None = None,
        decode_threads: int = 2,
        keep_every_frame: bool = False,
        monotonic: Callable[[], float] = time.monotonic,
        backoff_s: tuple[float, ...] = BACKOFF_S,
    ) -> None:
        self._make_source = make_source
        self._on_event = on_event
        self.decoder = decoder or FrameDecoder()
        self.interpreter = interpreter or Interpreter()
        self._monotonic = monotonic
        self._backoff = backoff_s
        self._slot = _NewestFrame(blocking=keep_every_frame)
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._grab_loop, name="scan-grab", daemon=True)] + [
            threading.Thread(target=self._decode_loop, name=f"scan-decode-{i}", daemon=True)
            for i in range(max(1, decode_threads))
        ]
        self._counts = {"grabbed": 0, "decoded": 0, "reconnects": 0}
        self._intervals: deque[float] = deque(maxlen=10)
        self._count_lock = threading.Lock()
        self._finished = threading.Event()
        self._workers_left = len(self._threads) - 1
        self.description = ""

    # -- control ---------------------------------------------------------------------------------------------
    def start(self) -> None:
        missing = decoders.pyzbar_status()
        if missing and self.decoder.use_pyzbar is False:
            self._emit_trouble(TroubleKind.DECODER_MISSING, missing)
        for thread in self._threads:
            thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stops grabbing, lets the workers finish their frame, and waits for the threads."""
        self._stop.set()
        self._slot.close()
        self.wait(timeout)

    def wait(self, timeout: float | None = None) -> bool:
        """Waits until the engine has stopped (a finite source ended, or :meth:`stop`); True if it did."""
        return self._finished.wait(timeout)

    def stats(self) -> EngineStats:
        with self._count_lock:
            return EngineStats(
                self._counts["grabbed"], self._counts["decoded"], self._slot.dropped, self._counts["reconnects"]
            )

    # -- threads ---------------------------------------------------------------------------------------------
    def _emit(self, event: ScanEvent) -> None:
        try:
            self._on_event(event)
        except Exception:  # a broken listener must not kill the camera; it is logged with its traceback
            log.exception("scan event listener failed on %r", type(event).__name__)

    def _emit_state(self, state: SourceState, detail: str = "") -> None:
        self._emit(StateChanged(state, self.description, detail, self._monotonic()))

    def _emit_trouble(self, kind: TroubleKind, detail: str) -> None:
        event = self.interpreter.trouble(kind, detail, at=self._monotonic())
        if event is not None:
            self._emit(event)

    def _grab_loop(self) -> None:
        attempt = 0
        frame_id = 0
        try:
            while not self._stop.is_set():
                self._emit_state(SourceState.CONNECTING)
                try:
                    source = self._make_source()
                    self.description = source.description
                    source.open()
                except SourceUnavailable as exc:
                    delay = self._backoff[min(attempt, len(self._backoff) - 1)]
                    self._emit_state(SourceState.LOST, f"{exc}; retrying in {delay:g} s")
                    attempt += 1
                    self._stop.wait(delay)
                    continue
                self._emit_state(SourceState.LIVE)
                attempt = 0
                frame_id = self._pump(source, frame_id)
                source.close()
                if self._stop.is_set():
                    break
                if not source.live:
                    self._emit_state(SourceState.ENDED)
                    break
                with self._count_lock:
                    self._counts["reconnects"] += 1
                delay = self._backoff[0]
                self._emit_state(SourceState.LOST, f"no frames from {source.description}; reconnecting")
                self._stop.wait(delay)
        finally:
            self._slot.close()

    def _pump(self, source: FrameSource, frame_id: int) -> int:
        last_at: float | None = None
        while not self._stop.is_set():
            try:
                image = source.read()
            except FrameUnreadable as exc:
                self._emit_trouble(TroubleKind.BAD_FRAME, str(exc))
                continue
            except Exception as exc:  # a driver error is a lost source, not a crash
                self._emit_trouble(TroubleKind.BAD_FRAME, f"{type(exc).__name__}: {exc}")
                return frame_id
            if image is None:
                return frame_id
            at = self._monotonic()
            if last_at is not None:
                self._intervals.append(at - last_at)
            last_at = at
            frame_id += 1
            with self._count_lock:
                self._counts["grabbed"] += 1
            self._slot.put(Frame(FrameId(frame_id), at, image), self._stop)
        return frame_id

    def _confirmation_window(self) -> float | None:
        """For a source slower than the confirmation window allows, widen the window to span the frames needed
        (an IP camera at 1 fps must still confirm, a little later)."""
        if not self._intervals:
            return None
        interval = sorted(self._intervals)[len(self._intervals) // 2]
        return (self.interpreter.confirmer.settings.frames_needed - 1) * interval * 1.5

    def _decode_loop(self) -> None:
        try:
            while True:
                frame = self._slot.take()
                if frame is None:
                    return
                result = self.decoder.decode(frame.image)
                with self._count_lock:
                    self._counts["decoded"] += 1
                for event in self.interpreter.interpret(frame, result, window_s=self._confirmation_window()):
                    self._emit(event)
        except Exception:  # pragma: no cover - a bug; say so rather than die silently
            log.exception("scan decode worker stopped")
            self._emit_trouble(TroubleKind.DECODER_ERROR, "decode worker stopped after an internal error")
        finally:
            with self._count_lock:
                self._workers_left -= 1
                last = self._workers_left == 0
            if last:
                self._emit_state(SourceState.STOPPED)
                self._finished.set()

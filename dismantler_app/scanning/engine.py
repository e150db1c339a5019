"""The scanning engine: a grabbing thread that keeps only the newest frame, decode workers, reconnection.

Nothing here runs on a UI thread. The grabber never queues frames (a backlog would make latency grow without
bound on a slow PC); with ``keep_every_frame`` it waits for the workers instead, for files and tests. Two decode
workers pay off on a 2-core PC because zxing-cpp and pyzbar release the GIL. Events go to ``on_event`` from the
engine's threads; the listener must be thread-safe (a ``queue.Queue.put`` is).

A frame whose decoding raises is skipped, logged with its frame id and counted (:attr:`EngineStats.decode_errors`);
the worker goes on with the next frame. A worker that dies all the same (an error outside the per-frame guard) is
replaced by a fresh one and the listener gets one :class:`~.events.WorkerRestarted` per run (issue 14: a worker
killed by a shared ``cv2.CLAHE`` stopped decoding for the rest of the run and nobody was told).

Printed codes (:mod:`.ocr`) are read on their own thread, ``scan-ocr``, at most every ``ocr_interval_s``, from the
newest frame in which the symbol pass read nothing (the label boxes it located come along as places to look); its
reads are confirmed over two OCR frames. The decode workers never wait for it (except with ``keep_every_frame``,
where every frame is decoded and each OCR frame is taken in turn). A frame that located a symbol but read nothing
also gets a :class:`~.events.Guidance` hint (closer, hold still, tilt away from the light) with the symbol's box.

The grabbing thread is a watchdog over a reading thread per connection (:mod:`.grabbing`): a camera whose read
blocks without end is reported lost after ``stall_s`` and replaced by a fresh connection, and :meth:`ScanEngine.stop`
returns in bounded time even then.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

import numpy as np

from dismantler_app.scanning.events import FrameId, ScanEvent, SourceState, StateChanged, TroubleKind, WorkerRestarted
from dismantler_app.scanning.grabbing import Connection, NewestFrame
from dismantler_app.scanning.interpret import Frame, Interpreter
from dismantler_app.scanning.ocr import TextReader
from dismantler_app.scanning.pipeline import FrameDecoder
from dismantler_app.scanning.sources import FrameSource, SourceUnavailable

log = logging.getLogger(__name__)

# Reconnect after 0.5, 1, 2, 4, 5, 5 … s: fast enough for a re-plugged USB cable, gentle on a dead RTSP server.
BACKOFF_S = (0.5, 1.0, 2.0, 4.0, 5.0)
# A webcam delivers a frame every 33-200 ms and its first one within about a second of opening (auto-exposure);
# 3 s without one is a dead camera, not a slow one. An IP camera set to under 1 frame in 3 s needs a longer limit.
STALL_S = 3.0
# Opening a DirectShow/V4L2 webcam takes well under a second, an RTSP stream a few seconds; FFmpeg's own network
# timeout is 30 s, which an operator would take for a hung program.
OPEN_TIMEOUT_S = 15.0
# On stop, a healthy read returns within one frame period (200 ms at 5 fps); a read still blocked after this is
# left behind on its daemon thread.
STOP_GRACE_S = 1.0
MAX_STUCK_CONNECTIONS = 3
# A worker that dies on every frame is a bug no restart fixes: past this many restarts in one run the engine says so
# and decodes with the workers it has left.
MAX_WORKER_RESTARTS = 20
# OCR costs 250-800 ms a frame on 2 cores: two reads a second at most leave the decode workers their cores.
OCR_INTERVAL_S = 0.5
# Two OCR reads of the same code confirm it when they fall within this window (OCR frames are far apart).
TEXT_WINDOW_S = 4.0


@dataclass(frozen=True)
class _TextJob:
    frame: Frame
    unread: tuple  # located-but-unread symbol boxes of that frame


class _Outcome(Enum):
    STOPPED = "stopped"
    ENDED = "ended"  # a finite source (file, folder) has no more frames
    UNAVAILABLE = "unavailable"  # could not be opened (or opening hung)
    DELIVERED = "delivered"  # delivered frames, then stopped delivering
    LOST = "lost"  # opened but stopped before any frame
    STALLED = "stalled"  # a read blocked for longer than the stall limit


@dataclass(frozen=True)
class EngineStats:
    frames_grabbed: int
    frames_decoded: int
    frames_dropped: int  # replaced by a newer frame before a worker took them
    reconnects: int
    stalls: int = 0  # connections abandoned because a read blocked past the stall limit
    decode_errors: int = 0  # errors met while decoding frames (each logged with its frame id); frames skipped or not
    worker_restarts: int = 0  # decode workers that died and were replaced


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
        stall_s: float = STALL_S,
        open_timeout_s: float = OPEN_TIMEOUT_S,
        stop_grace_s: float = STOP_GRACE_S,
        text_reader: TextReader | None = None,
        ocr_interval_s: float = OCR_INTERVAL_S,
        guidance: bool = True,
    ) -> None:
        """``make_source`` is called for every connection and must return a fresh, unopened source.
        ``stall_s``: a read blocked this long (seconds, measured with ``monotonic``) means the source is lost.
        ``text_reader``: read printed codes when the symbol gives nothing (None: symbols only); its models load
        on the OCR thread at the first frame that needs them. ``guidance``: send hints for unread symbols."""
        if stall_s <= 0 or open_timeout_s <= 0 or stop_grace_s < 0 or not backoff_s:
            raise ValueError("stall_s and open_timeout_s must be positive, stop_grace_s >= 0, backoff_s non-empty")
        self._make_source = make_source
        self._on_event = on_event
        self.decoder = decoder or FrameDecoder()
        self.interpreter = interpreter or Interpreter()
        self._monotonic = monotonic
        self._backoff = backoff_s
        self._stall_s = stall_s
        self._open_timeout_s = open_timeout_s
        self._stop_grace_s = stop_grace_s
        self._slot = NewestFrame(blocking=keep_every_frame)
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._grab_loop, name="scan-grab", daemon=True)] + [
            threading.Thread(target=self._decode_worker, name=f"scan-decode-{i}", daemon=True)
            for i in range(max(1, decode_threads))
        ]
        self._workers = list(self._threads[1:])
        self.text_reader = text_reader
        self._ocr_interval_s = ocr_interval_s
        self._guidance = guidance
        self._ocr_slot = NewestFrame(blocking=keep_every_frame)
        self._reading_left = len(self._threads)  # grabbing and decoding: what stop() waits for
        if text_reader is not None:
            self._threads.append(threading.Thread(target=self._ocr_loop, name="scan-ocr", daemon=True))
        self._counts = {
            "grabbed": 0,
            "decoded": 0,
            "reconnects": 0,
            "stalls": 0,
            "decode_errors": 0,
            "worker_restarts": 0,
        }
        self._intervals: deque[float] = deque(maxlen=10)
        self._last_at: float | None = None
        self._frame_id = 0
        self._count_lock = threading.Lock()
        self._finished = threading.Event()
        self._reading_done = threading.Event()
        self._threads_left = len(self._threads)
        self._started = False
        self._stuck: list[Connection] = []
        self.description = ""

    # -- control ---------------------------------------------------------------------------------------------
    def start(self) -> None:
        missing = getattr(self.decoder, "pyzbar_missing", None)
        if missing:
            self._emit_trouble(TroubleKind.DECODER_MISSING, missing)
        self._started = True
        for thread in self._threads:
            thread.start()

    def stop(self, timeout: float = 5.0) -> bool:
        """Stops grabbing and decoding and waits, at most ``timeout`` seconds, for the threads: the source is
        closed and no read starts after this returns. A read blocked in the driver is left on its daemon thread
        (after ``stop_grace_s``); nothing it returns is used. An OCR read under way (or the first loading of the
        models, seconds on a busy PC) is not waited for either: it ends on its daemon thread and sends nothing,
        so closing the window never waits for OCR. True if grabbing and decoding had stopped in time."""
        self._stop.set()
        self._slot.close()
        self._ocr_slot.close()
        if not self._started:
            return True
        return self._reading_done.wait(timeout)

    def wait(self, timeout: float | None = None) -> bool:
        """Waits until the engine has stopped (a finite source ended, or :meth:`stop`); True if it did."""
        return self._finished.wait(timeout)

    def forget_reads(self) -> None:
        """New vehicle: what was confirmed or being confirmed until now is not announced as a fresh read
        (:meth:`.confirmation.Confirmer.forget`). Safe from any thread."""
        self.interpreter.confirmer.forget(self._monotonic())

    def stats(self) -> EngineStats:
        with self._count_lock:
            counts = self._counts
            return EngineStats(
                counts["grabbed"],
                counts["decoded"],
                self._slot.dropped,
                counts["reconnects"],
                counts["stalls"],
                counts["decode_errors"],
                counts["worker_restarts"],
            )

    def decode_workers_alive(self) -> int:
        """How many decode workers are running now (replacements included)."""
        with self._count_lock:
            return sum(thread.is_alive() for thread in self._workers)

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
        try:
            while not self._stop.is_set():
                if self._too_many_stuck():
                    self._stop.wait(self._backoff[-1])
                    continue
                self._emit_state(SourceState.CONNECTING)
                outcome, detail = self._connect_and_watch()
                if outcome is _Outcome.STOPPED:
                    break
                if outcome is _Outcome.ENDED:
                    self._emit_state(SourceState.ENDED)
                    break
                if outcome is _Outcome.DELIVERED:
                    attempt = 0
                if outcome is not _Outcome.UNAVAILABLE:
                    with self._count_lock:
                        self._counts["reconnects"] += 1
                        self._counts["stalls"] += outcome is _Outcome.STALLED
                delay = self._backoff[min(attempt, len(self._backoff) - 1)]
                attempt += 1
                self._emit_state(SourceState.LOST, f"{detail}; retrying in {delay:g} s")
                self._stop.wait(delay)
        finally:
            self._slot.close()
            self._thread_done()

    def _too_many_stuck(self) -> bool:
        """Abandoned connections still blocked in a driver call hold a thread and often the device itself; past
        a few, opening more only adds threads, so the engine waits for one to come back."""
        self._stuck = [c for c in self._stuck if c.alive]
        if len(self._stuck) < MAX_STUCK_CONNECTIONS:
            return False
        self._emit_state(
            SourceState.LOST,
            f"{len(self._stuck)} calls to {self.description} are still blocked; unplug and re-plug the camera "
            "or restart the computer",
        )
        return True

    def _connect_and_watch(self) -> tuple[_Outcome, str]:
        """Opens a fresh source on its own thread and watches it until it ends, stalls or the engine stops."""
        try:
            source = self._make_source()
        except SourceUnavailable as exc:
            return _Outcome.UNAVAILABLE, str(exc)
        self.description = source.description
        self._last_at = None
        connection = Connection(
            source,
            on_frame=self._accept,
            on_opened=lambda: self._emit_state(SourceState.LIVE),
            on_bad_frame=lambda detail: self._emit_trouble(TroubleKind.BAD_FRAME, detail),
            engine_stop=self._stop,
            monotonic=self._monotonic,
            name="scan-read",
        )
        connection.start()
        poll = min(0.1, self._stall_s / 4)
        while not connection.done.wait(poll):
            if self._stop.is_set():
                if not connection.finish(self._stop_grace_s):
                    self._stuck.append(connection)
                return _Outcome.STOPPED, ""
            opened = connection.opened.is_set()
            limit = self._stall_s if opened else self._open_timeout_s
            if connection.busy_for() > limit:
                connection.abandon()
                self._stuck.append(connection)
                if not opened:
                    return _Outcome.UNAVAILABLE, f"opening {source.description} took longer than {limit:g} s"
                return _Outcome.STALLED, f"no frame from {source.description} for {limit:g} s (not responding)"
        if self._stop.is_set():
            return _Outcome.STOPPED, ""
        if connection.open_error is not None:
            return _Outcome.UNAVAILABLE, connection.open_error
        if not source.live:
            return _Outcome.ENDED, ""
        outcome = _Outcome.DELIVERED if connection.frames else _Outcome.LOST
        return outcome, f"no frames from {source.description}"

    def _accept(self, image: np.ndarray, cancelled: Callable[[], bool]) -> None:
        at = self._monotonic()
        with self._count_lock:
            if self._last_at is not None:
                self._intervals.append(at - self._last_at)
            self._last_at = at
            self._frame_id += 1
            frame_id = self._frame_id
            self._counts["grabbed"] += 1
        self._slot.put(Frame(FrameId(frame_id), at, image), cancelled)

    def _thread_done(self, *, reading: bool = True) -> None:
        with self._count_lock:
            self._threads_left -= 1
            last = self._threads_left == 0
            if reading:
                self._reading_left -= 1
                if self._reading_left == 0:
                    self._reading_done.set()
        if last:
            self._emit_state(SourceState.STOPPED)
            self._finished.set()

    def _confirmation_window(self) -> float | None:
        """For a source slower than the confirmation window allows, widen the window to span the frames needed
        (an IP camera at 1 fps must still confirm, a little later)."""
        if not self._intervals:
            return None
        interval = sorted(self._intervals)[len(self._intervals) // 2]
        return (self.interpreter.confirmer.settings.frames_needed - 1) * interval * 1.5

    def _decode_worker(self) -> None:
        try:
            self._decode_loop()
        except BaseException as exc:  # whatever escaped the per-frame guard: replace the worker, never lose it
            log.error("scan decode worker %s died", threading.current_thread().name, exc_info=exc)
            if self._replace_worker(exc):
                return
        self._thread_done()

    def _replace_worker(self, exc: BaseException) -> bool:
        """Starts a replacement for the calling worker; False when the engine stops or has restarted enough."""
        with self._count_lock:
            restarts = self._counts["worker_restarts"]
            if self._stop.is_set() or restarts >= MAX_WORKER_RESTARTS:
                replacement = None
            else:
                self._counts["worker_restarts"] = restarts + 1
                name = f"{threading.current_thread().name.split('~')[0]}~{restarts + 1}"
                replacement = threading.Thread(target=self._decode_worker, name=name, daemon=True)
                self._workers = [t for t in self._workers if t.is_alive() and t is not threading.current_thread()]
                self._workers.append(replacement)
        if replacement is None:
            if restarts >= MAX_WORKER_RESTARTS:
                self._emit_trouble(TroubleKind.DECODER_ERROR, "a decode worker stopped after repeated internal errors")
            return False
        replacement.start()
        if restarts == 0:
            detail = f"{type(exc).__name__}: {exc}"
            self._emit(WorkerRestarted(threading.current_thread().name, detail, self._monotonic()))
        return True

    def _decode_loop(self) -> None:
        while True:
            frame = self._slot.take()
            if frame is None:
                self._ocr_slot.close()  # no more frames: the OCR thread ends once it has read the last one
                return
            self._decode_frame(frame)

    def _ocr_loop(self) -> None:
        last_at: float | None = None
        try:
            while True:
                job = self._ocr_slot.take()
                if job is None:
                    return
                frame = job.frame  # type: ignore[attr-defined]
                if last_at is not None and 0 <= frame.at - last_at < self._ocr_interval_s:
                    continue
                last_at = frame.at
                try:
                    result = self.text_reader.read(frame.image, job.unread)  # type: ignore[union-attr, attr-defined]
                    events = self.interpreter.interpret_text(frame, result, window_s=TEXT_WINDOW_S)
                except Exception as exc:  # one odd frame must not end OCR for the run
                    log.error("frame %d: OCR raised", frame.id, exc_info=exc)
                    self._emit_trouble(TroubleKind.DECODER_ERROR, f"OCR skipped a frame: {exc!r}")
                    continue
                if self._stop.is_set():
                    return  # stopped while reading: nothing is sent after stop()
                for event in events:
                    self._emit(event)
        finally:
            self._thread_done(reading=False)

    def _decode_frame(self, frame: Frame) -> None:
        """One frame: decoded, interpreted, its events sent. Anything it raises skips this frame only."""
        try:
            result = self.decoder.decode(frame.image)
            events = self.interpreter.interpret(frame, result, window_s=self._confirmation_window())
        except Exception as exc:
            log.error("frame %d skipped: decoding raised", frame.id, exc_info=exc)
            with self._count_lock:
                self._counts["decoded"] += 1
                self._counts["decode_errors"] += 1
            self._emit_trouble(TroubleKind.DECODER_ERROR, f"a frame was skipped after an internal error: {exc!r}")
            return
        for error in result.errors:
            log.warning("frame %d: %s", frame.id, error)
        with self._count_lock:
            self._counts["decoded"] += 1
            self._counts["decode_errors"] += len(result.errors)
        if not result.symbols:
            if self._guidance:
                events += self.interpreter.guide(frame, result)
            if self.text_reader is not None:
                self._ocr_slot.put(_TextJob(frame, result.unread), self._stop.is_set)  # type: ignore[arg-type]
        for event in events:
            self._emit(event)

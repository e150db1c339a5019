"""The camera worker: a long-lived object on its own ``QThread`` that adapts the scanning engine's events to Qt
signals — frames as ``QImage`` with overlays, confirmed codes, camera failures, and a decode worker the engine had to
replace (said once per run; its detail goes to the log).

Codes travel as the symbol's ``payload`` (its text behind a GS1 symbology identifier such as ``]d2``), the form the
classifier and the services read, so a GS1 label is not mistaken for plain text on its way to the intake.

The engine calls back from its own threads; the callback only puts the event on a queue (never blocks, never touches
Qt). The worker's thread drains the queue, keeps only the newest frame, converts it (BGR → ``QImage`` costs about
1 ms at 720p, so it stays off the UI thread), classifies each symbol for its overlay colour, and emits. A frame is
emitted only when the UI has taken the previous one (``frame_taken``), so a busy UI thread drops frames instead of
queueing them: the preview lags by at most one frame and the event loop never floods.

Printed codes (OCR, on the engine's own OCR thread) arrive as a VIN confirmed from text (``text_confirmed``, its
code: the engine already required a valid check digit in two frames) or as a suggestion (``text_suggested``, the
event with its crop) that the intake decides on. A guidance hint (a symbol located but not read) is drawn on the
frames that follow for :data:`HINT_MAX_AGE_S`, and dropped as soon as a symbol reads.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QImage

from dismantler_app.domain.classifier import classify
from dismantler_app.domain.codes import CodeKind
from dismantler_app.gui.camera.preview import Overlay
from dismantler_app.gui.camera.scan_adapter import PreviewFrame, PreviewSymbols
from dismantler_app.gui.common.ports import ScanEngine
from dismantler_app.scanning.events import (
    CodeConfirmed,
    Guidance,
    SourceState,
    StateChanged,
    TextSuggested,
    Trouble,
    WorkerRestarted,
)
from dismantler_app.scanning.symbols import DecodedSymbol

log = logging.getLogger(__name__)

_POLL_SECONDS = 0.05
# Symbols older than this are not drawn: the label has probably moved (two decode periods at 720p).
OVERLAY_MAX_AGE_S = 0.6
# A hint stays up a little longer than the engine's repeat (GUIDANCE_REPEAT_S, 1 s), so it does not blink while the
# operator follows it.
HINT_MAX_AGE_S = 1.5


def frame_to_image(frame: np.ndarray) -> QImage:
    """A BGR, BGRA or grey 8-bit frame as a QImage that owns its pixels."""
    height, width = frame.shape[:2]
    frame = np.ascontiguousarray(frame)
    if frame.ndim == 2:
        fmt = QImage.Format.Format_Grayscale8
    elif frame.shape[2] == 4:
        fmt = QImage.Format.Format_ARGB32  # OpenCV's BGRA is ARGB32 on little-endian machines
    else:
        fmt = QImage.Format.Format_BGR888
    return QImage(frame.data, width, height, frame.strides[0], fmt).copy()


def overlays_for(symbols: Sequence[DecodedSymbol], guidance: Guidance | None = None) -> list[Overlay]:
    out = []
    for symbol in symbols:
        found = classify(symbol.payload)
        out.append(Overlay(corners=symbol.corners, kind=found.kind, label=found.code or ""))
    if guidance is not None:
        out.append(Overlay(corners=guidance.corners, kind=CodeKind.UNKNOWN, hint=guidance.hint.value))
    return out


def adapt_event(event: object) -> tuple[str, tuple[object, ...]]:
    """Sorts an engine event into what the worker does with it. The only place that knows the event shapes."""
    if isinstance(event, PreviewFrame):
        return "frame", (event.frame,)
    if isinstance(event, PreviewSymbols):
        return "symbols", (event.symbols,)
    if isinstance(event, CodeConfirmed) and not event.symbols:
        return "text_confirmed", (event.classification.code or "",)  # a VIN read from printed text
    if isinstance(event, CodeConfirmed):
        first = event.symbols[0]
        return "confirmed", (first.payload, first.symbology.value)
    if isinstance(event, TextSuggested):
        return "suggested", (event,)
    if isinstance(event, Guidance):
        return "guidance", (event,)
    if isinstance(event, StateChanged) and event.state is SourceState.LOST:
        return "failed", (f"{event.state.value}: {event.detail or event.source}",)
    if isinstance(event, StateChanged) and event.state is SourceState.ENDED:
        # A video file or a one-pass folder played to its end: the source worked, it has nothing more to show.
        return "ended", (str(event.source),)
    if isinstance(event, WorkerRestarted):
        log.warning("scanner decode worker %s restarted: %s", event.worker, event.detail)
        return "restarted", (event.worker,)
    if isinstance(event, Trouble):
        log.warning("camera trouble: %s %s", event.kind.value, event.detail)
    return "ignored", ()


class CameraWorker(QObject):
    frame_ready = Signal(QImage, object)  # the image, list[Overlay]
    code_confirmed = Signal(str, str)  # raw payload, symbology
    text_confirmed = Signal(str)  # a VIN read from printed text (valid check digit, two frames)
    text_suggested = Signal(object)  # scanning.events.TextSuggested: a code from text for the intake to decide
    camera_failed = Signal(str)
    source_ended = Signal(str)  # the source's description: a file or folder played to its end (not a fault)
    worker_restarted = Signal()  # a decode worker died and was replaced; reads go on (once per run)
    stopped = Signal()

    def __init__(self, engine_factory: Callable[[], ScanEngine]) -> None:
        super().__init__()
        self._factory = engine_factory
        self._events: queue.Queue[object] = queue.Queue(maxsize=256)
        self._stop = threading.Event()
        self._frame_taken = threading.Event()
        self._frame_taken.set()
        self.frames_dropped = 0
        self._symbols: tuple[DecodedSymbol, ...] = ()
        self._symbols_at = 0.0
        self._guidance: Guidance | None = None
        self._guidance_at = 0.0
        self._restart_told = False
        self._engine: ScanEngine | None = None
        self._engine_lock = threading.Lock()

    def push(self, event: object) -> None:
        """The engine's callback: safe from any thread, never blocks (a full queue drops the event)."""
        try:
            self._events.put_nowait(event)
        except queue.Full:
            self.frames_dropped += 1

    def frame_taken(self) -> None:
        """Called by the UI when it has painted a frame; the next one may be sent."""
        self._frame_taken.set()

    def request_stop(self) -> None:
        self._stop.set()

    def forget_reads(self) -> None:
        """New vehicle (from the UI thread): the running engine forgets what it confirmed or was confirming. A code
        already on its way to the page is refused there by the intake's settle time (domain/scan_intent.py)."""
        with self._engine_lock:
            if self._engine is not None:
                self._engine.forget_reads()

    @Slot()
    def run(self) -> None:
        engine: ScanEngine | None = None
        try:
            engine = self._factory()
            engine.start(self.push)
            with self._engine_lock:
                self._engine = engine
            self._loop()
        except Exception as exc:  # a camera that cannot open is reported to the screen, never a crash
            log.exception("camera stopped")
            self.camera_failed.emit(str(exc))
        finally:
            with self._engine_lock:
                self._engine = None
            if engine is not None:
                try:
                    engine.stop()
                except Exception:
                    log.exception("camera did not stop cleanly")
            self.stopped.emit()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                event = self._events.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                continue
            newest_frame = None
            ended: tuple[object, ...] = ()
            for kind, args in self._drain(event):
                if kind == "frame":
                    newest_frame = args[0]  # older frames in the same batch are dropped
                elif kind == "symbols":
                    self._symbols, self._symbols_at = args[0], time.monotonic()  # type: ignore[assignment]
                    if self._symbols:
                        self._guidance = None  # read: the hint is done
                elif kind == "guidance":
                    self._guidance, self._guidance_at = args[0], time.monotonic()  # type: ignore[assignment]
                elif kind == "confirmed":
                    self.code_confirmed.emit(*args)
                elif kind == "text_confirmed":
                    self.text_confirmed.emit(*args)
                elif kind == "suggested":
                    self.text_suggested.emit(*args)
                elif kind == "failed":
                    self.camera_failed.emit(*args)
                elif kind == "ended":
                    ended = args
                elif kind == "restarted" and not self._restart_told:
                    self._restart_told = True
                    self.worker_restarted.emit()
            if newest_frame is not None:
                now = time.monotonic()
                fresh = now - self._symbols_at <= OVERLAY_MAX_AGE_S
                hint = self._guidance if now - self._guidance_at <= HINT_MAX_AGE_S else None
                self._send_frame(newest_frame, self._symbols if fresh else (), hint)  # type: ignore[arg-type]
            if ended:
                # After the batch's last frame, so that the screen shows the end after the picture, in that order.
                self.source_ended.emit(*ended)

    def _drain(self, first: object) -> list[tuple[str, tuple[object, ...]]]:
        batch = [adapt_event(first)]
        while True:
            try:
                batch.append(adapt_event(self._events.get_nowait()))
            except queue.Empty:
                return batch

    def _send_frame(self, frame: np.ndarray, symbols: Sequence[DecodedSymbol], hint: Guidance | None = None) -> None:
        if not self._frame_taken.is_set():
            self.frames_dropped += 1
            return
        self._frame_taken.clear()
        self.frame_ready.emit(frame_to_image(frame), overlays_for(symbols, hint))


class CameraThread(QObject):
    """Owns the worker and its QThread: ``start`` opens the camera, ``stop`` releases it and waits for the thread
    (the engine's stop joins its own threads; closing the window mid-scan leaves no camera open)."""

    def __init__(self, engine_factory: Callable[[], ScanEngine], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = CameraWorker(engine_factory)
        self._thread = QThread(self)
        self._thread.setObjectName("camera")
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        # Direct: the UI thread may be blocked in stop()'s wait(), so a queued quit would never arrive.
        self.worker.stopped.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)

    def start(self) -> None:
        self._thread.start()

    def stop(self, *, timeout_ms: int = 5000) -> bool:
        self.worker.request_stop()
        if not self._thread.isRunning():
            return True
        return self._thread.wait(timeout_ms)

    def outlive_owner(self) -> None:
        """Called by an owner about to be deleted while this thread still runs (a camera slower to release than
        :meth:`stop` waited, on a loaded PC): this object moves to the application and deletes itself once its
        thread has ended. Deleting a running QThread with its window aborts the process, or crashes it later
        when the worker's next signal reaches the deleted objects."""
        self.worker.request_stop()
        app = QCoreApplication.instance()
        if not self._thread.isRunning() or app is None:
            return
        self.setParent(app)
        self._thread.finished.connect(self.deleteLater)
        if not self._thread.isRunning():  # ended between the check and the connection
            self.deleteLater()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

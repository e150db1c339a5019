"""The intake station's camera: opening and releasing it, its preview frames, the newest frame kept for photos (F5),
and each confirmed code handed on with its evidence frame (JPEG) — the page only decides what a code means.

The engine is wrapped by :class:`gui.camera.station.TappedEngine` so that the evidence of a confirmed code and the
payloads that are no code at all reach this object; the worker thread is :class:`gui.camera.worker.CameraThread`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from dismantler_app.gui.camera.preview import PreviewWidget
from dismantler_app.gui.camera.station import CameraNotices, EvidenceShelf, TappedEngine
from dismantler_app.gui.camera.worker import CameraThread
from dismantler_app.gui.common.ports import ScanEngine

RESTART_NOTICE_MS = 15_000


class IntakeCamera(QObject):
    code_confirmed = Signal(str, str, object)  # raw payload, symbology, evidence JPEG bytes or None
    text_confirmed = Signal(str, object)  # a VIN read from printed text (valid check digit, two frames), evidence
    text_suggested = Signal(object)  # scanning.events.TextSuggested: a code from text the intake decides on
    unrecognised = Signal(str)  # a payload read in enough frames that is no code we know

    def __init__(self, preview: PreviewWidget, factory: Callable[[], ScanEngine] | None, parent: QObject) -> None:
        super().__init__(parent)
        self._preview = preview
        self._factory = factory
        self.thread: CameraThread | None = None
        self.latest_frame: QImage | None = None
        self.beeps = 0
        self.restarts_told = 0
        self._evidence = EvidenceShelf()
        self._notices = CameraNotices(self)
        self._notices.unrecognised.connect(self.unrecognised)
        self._message: Callable[[], str] = lambda: ""
        # Until the yard's market is known: strict, as in China and the US (a VIN announced wrongly cannot be
        # taken back; one refused for a moment is read again when the rule is known).
        self.strict_vin = True

    def start(self) -> None:
        if self._factory is None:
            self._show(
                lambda: QCoreApplication.translate(
                    "IntakeCamera", "No camera set up: use a handheld scanner or type the codes."
                )
            )
            return
        if self.thread is not None and self.thread.running:
            return
        self._show(lambda: "")
        factory, shelf, notices, strict = self._factory, self._evidence, self._notices, self.strict_vin
        self.thread = CameraThread(
            lambda: TappedEngine(factory(), shelf=shelf, notices=notices, strict_vin=strict), self
        )
        worker = self.thread.worker
        worker.frame_ready.connect(self._frame_arrived)
        worker.code_confirmed.connect(self._confirmed)
        worker.text_confirmed.connect(self._text_confirmed)
        worker.text_suggested.connect(self.text_suggested)
        worker.camera_failed.connect(self._failed)
        worker.source_ended.connect(self._ended)
        worker.worker_restarted.connect(self._worker_restarted)
        self.thread.start()

    def stop(self) -> None:
        """Releases the camera and waits for its thread: nothing of it is left running (closing, locking)."""
        if self.thread is not None:
            thread, self.thread = self.thread, None
            if thread.stop():
                thread.deleteLater()  # one per sign-in: none is kept after its camera was released
            else:
                thread.outlive_owner()  # still releasing (a loaded PC): it deletes itself when its thread ends

    def forget_reads(self) -> None:
        """New vehicle (F2): the running camera forgets the codes it confirmed or was confirming."""
        if self.thread is not None:
            self.thread.worker.forget_reads()

    @property
    def factory(self) -> Callable[[], ScanEngine] | None:
        """What makes the camera the station runs (None: no camera)."""
        return self._factory

    def set_factory(self, factory: Callable[[], ScanEngine] | None, *, start: bool) -> None:
        """A new camera source from the settings, without a restart: the running camera is released first."""
        running = self.thread is not None
        self.stop()
        self._factory = factory
        self.latest_frame = None
        if running or (factory is not None and start):
            self.start()

    def set_vin_rule(self, *, strict: bool) -> None:
        """The yard's VIN rule (from its market); a running camera is reopened when the rule changes."""
        if strict == self.strict_vin:
            return
        self.strict_vin = strict
        if self.thread is not None:
            self.stop()
            self.start()

    def retranslate(self) -> None:
        text = self._message()
        if text:
            self._preview.show_message(text)

    def _show(self, message: Callable[[], str]) -> None:
        self._message = message
        self._preview.show_message(message())

    def _frame_arrived(self, image: QImage, overlays: list) -> None:
        self._preview.show_frame(image, overlays)
        self.latest_frame = image
        if self.thread is not None:
            self.thread.worker.frame_taken()

    def _confirmed(self, raw: str, symbology: str) -> None:
        self.beeps += 1
        QApplication.beep()
        self._preview.flash()
        evidence = self._evidence.take(raw)
        self.code_confirmed.emit(raw, symbology, evidence.jpeg if evidence else None)

    def _text_confirmed(self, code: str) -> None:
        self.beeps += 1
        QApplication.beep()
        self._preview.flash()
        evidence = self._evidence.take(code)
        self.text_confirmed.emit(code, evidence.jpeg if evidence else None)

    def _failed(self, text: str) -> None:
        self._show(lambda: QCoreApplication.translate("IntakeCamera", "Camera problem: %1").replace("%1", text))

    def _worker_restarted(self) -> None:
        # Said once per camera run (the worker sends it once); the detail is in the log for support. The line
        # leaves the picture after RESTART_NOTICE_MS unless another message replaced it.
        self.restarts_told += 1

        def say() -> str:
            return QCoreApplication.translate(
                "IntakeCamera", "The scanner restarted a decode worker after a fault; reads go on."
            )

        self._show(say)
        QTimer.singleShot(RESTART_NOTICE_MS, self, lambda: self._message is say and self._show(lambda: ""))

    def _ended(self, source: str) -> None:
        # A video file played to its end: not a fault, but nothing more will come (the last frame stays).
        self._show(
            lambda: QCoreApplication.translate(
                "IntakeCamera", "The video %1 has ended: choose a camera in the settings."
            ).replace("%1", source)
        )

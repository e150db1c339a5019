"""Sync with head office: the full status, "Sync now", writing the pending batches to a USB stick and applying head
office's receipt for it. The page also drives the status bar's sync panel and reads the status every half minute,
so the pending count is current wherever the person is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.permissions import User
from dismantler_app.gui import sync_actions
from dismantler_app.gui.bridge import TaskBridge
from dismantler_app.gui.forms.ui_sync_page import Ui_SyncPage
from dismantler_app.gui.problems import describe_problem
from dismantler_app.gui.supervisor_actions import KeySource, yard_key_source
from dismantler_app.gui.widgets.sync_status import SyncStatusPanel
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.sync_state import SyncStatus

STATUS_REFRESH_MS = 30_000  # the background worker's idle round is 60 s; half of it keeps the count honest


class SyncPage(QWidget):
    finished = Signal()  # a sync, export or import ended (either way); tests wait for it

    def __init__(
        self,
        *,
        bridge: TaskBridge,
        services: ServiceContext,
        clock: Clock,
        current_user: Callable[[], User | None],
        keys: KeySource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        self._bridge, self._services, self._clock, self._current_user = bridge, services, clock, current_user
        self._keys = keys or yard_key_source(services)
        self.status: SyncStatus | None = None
        self.busy = False
        self._message: Callable[[], str] = lambda: ""
        self.panel = SyncStatusPanel()
        self.panel.sync_requested.connect(self.sync_now)
        self.panel.shown.connect(self.refresh)
        ui = self.ui
        ui.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        ui.progress.setVisible(False)
        for button in (ui.sync_button, ui.export_button, ui.import_button):
            button.setMinimumHeight(44)
        ui.sync_button.clicked.connect(self.sync_now)
        ui.export_button.clicked.connect(self._choose_export)
        ui.import_button.clicked.connect(self._choose_receipt)
        self._timer = QTimer(self, interval=STATUS_REFRESH_MS, timeout=self.refresh)
        self._timer.start()
        self.signed_in_changed()

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def signed_in_changed(self) -> None:
        signed_in = self._current_user() is not None
        self.panel.set_signed_in(signed_in)
        for button in (self.ui.sync_button, self.ui.export_button, self.ui.import_button):
            button.setEnabled(signed_in and not self.busy)

    def refresh(self) -> None:
        # Only while the window is up: after it closed, the bridge is shut down and no status is shown anyway.
        if not self.busy and (self.isVisible() or self.panel.isVisible()):
            self._bridge.run(sync_actions.sync_status, self._services, on_done=self._show_status)

    def _show_status(self, status: SyncStatus) -> None:
        self.status = status
        self.panel.show_status(status)
        self._render_details()

    # --- actions ---------------------------------------------------------------------------------------------
    def _start(self, fn: Callable[..., object], *args: object, done: Callable[[object], Callable[[], str]]) -> None:
        if self._current_user() is None or self.busy:
            return
        self._set_busy(True)

        def finished(result: object) -> None:
            report, status = result  # type: ignore[misc]
            self._set_busy(False)
            self._show_status(status)
            self._say(done(report), ok=True)
            self.finished.emit()

        self._bridge.run(fn, self._services, self._clock, self._keys, *args, on_done=finished, on_error=self._failed)

    def sync_now(self) -> None:
        self._start(
            sync_actions.sync_now,
            done=lambda r: lambda: self.tr("Sent: %n event(s) delivered.", "", r.events_delivered),
        )

    def export_to(self, path: Path) -> None:
        self._start(
            sync_actions.export_bundle,
            Path(path),
            done=lambda n: (
                lambda: self.tr(
                    "%n event(s) written to %1: take it to head office and bring back the receipt.", "", n
                ).replace("%1", str(path))
            ),
        )

    def import_from(self, path: Path) -> None:
        self._start(
            sync_actions.import_receipt,
            Path(path),
            done=lambda r: lambda: self.tr("Receipt applied: %n event(s) now delivered.", "", r.events_delivered),
        )

    def _choose_export(self) -> None:
        dialog = QFileDialog(self, self.tr("Export for head office"), "yard-bundle.zip")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        dialog.open()

    def _choose_receipt(self) -> None:
        dialog = QFileDialog(self, self.tr("Head office's receipt"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.import_from(Path(name)))
        dialog.open()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.refresh()
        self.finished.emit()
        known = describe_problem(error)
        if known is None and not isinstance(error, (*sync_actions.SYNC_PROBLEMS, OSError)):
            raise error
        # The sync layer's messages say what to do in English; the sentence around them is translated.
        self._say(lambda: known or self.tr("Sync did not work: %1").replace("%1", str(error)), ok=False)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.panel.set_busy(busy)
        self.ui.progress.setRange(0, 0 if busy else 1)
        self.ui.progress.setVisible(busy)
        self.signed_in_changed()

    # --- words -----------------------------------------------------------------------------------------------
    def _render_details(self) -> None:
        s = self.status
        if s is None:
            self.ui.details.setText("")
            return
        never = self.tr("never")
        lines = [
            self.tr("Head office: %1").replace("%1", s.hub_url or self.tr("not enrolled")),
            self.tr("Waiting to be sent: %1 (of which on a USB stick: %2)")
            .replace("%1", str(s.pending))
            .replace("%2", str(s.exported)),
            self.tr("Delivered: %1").replace("%1", str(s.delivered)),
            self.tr("Refused by head office: %1").replace("%1", str(s.open_problems)),
            self.tr("Last attempt: %1").replace("%1", (s.last_attempt_at or never)[:19].replace("T", " ")),
            self.tr("Last success: %1").replace("%1", (s.last_success_at or never)[:19].replace("T", " ")),
        ]
        if s.last_error and s.failures:
            lines.append(
                self.tr("Last error (%1 in a row): %2").replace("%1", str(s.failures)).replace("%2", s.last_error)
            )
        self.ui.details.setText("\n".join(lines))

    def _say(self, message: Callable[[], str], *, ok: bool) -> None:
        self._message = message
        self.ui.feedback.setStyleSheet(f"color: {'#1b5e20' if ok else '#b71c1c'}; font-weight: bold;")
        self.ui.feedback.setText(message())

    def feedback(self) -> str:
        return self.ui.feedback.text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._render_details()
            self.ui.feedback.setText(self._message())
        super().changeEvent(event)

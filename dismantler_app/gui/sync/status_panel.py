"""The sync corner of the status bar: events waiting for head office, the last success, the last error, a busy bar
while sync or a bundle runs, and "Sync now". It only shows; the sync page owns the actions.

The last error is said in the person's language by its kind (``gui/sync/words.py``); the sync layer's English message
is only behind "Details…" in the summary's context menu, for a call to head office's support."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from dismantler_app.gui.forms.ui_sync_status import Ui_SyncStatusPanel
from dismantler_app.gui.sync.words import sync_error_text
from dismantler_app.services.sync.problems import SyncError, parse_error_record
from dismantler_app.services.sync.state import SyncStatus


def _when(stamp: str | None) -> str:
    return stamp[:16].replace("T", " ") if stamp else ""


class SyncStatusPanel(QWidget):
    sync_requested = Signal()
    shown = Signal()  # the status bar came up: time to read the status

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncStatusPanel()
        self.ui.setupUi(self)
        self.status: SyncStatus | None = None
        self.ui.progress.setVisible(False)
        self.ui.sync_button.clicked.connect(self.sync_requested)
        self.details_action = QAction(self)
        self.details_action.triggered.connect(self.show_details)
        self.ui.summary.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.ui.summary.addAction(self.details_action)
        self.details_box: QMessageBox | None = None
        self._render()

    def last_error(self) -> SyncError | None:
        status = self.status
        return parse_error_record(status.last_error) if status is not None and status.failures else None

    def show_details(self) -> None:
        """The sync layer's own message for the last failure, as it was logged (English), for support."""
        error = self.last_error()
        if error is None:
            return
        self.details_box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Sync error details"), error.message or error.kind.value, parent=self
        )
        self.details_box.open()

    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        self._render()

    def set_busy(self, busy: bool) -> None:
        self.ui.progress.setRange(0, 0 if busy else 1)  # 0..0: Qt's "busy" animation, the length is unknown
        self.ui.progress.setVisible(busy)
        self.ui.sync_button.setEnabled(not busy and self._may_sync)

    _may_sync = False

    def set_signed_in(self, signed_in: bool) -> None:
        self._may_sync = signed_in
        self.ui.sync_button.setEnabled(signed_in and not self.ui.progress.isVisible())

    def summary_text(self) -> str:
        return self.ui.summary.text()

    def _render(self) -> None:
        status = self.status
        if status is None:
            self.ui.summary.setText(self.tr("Sync: reading…"))
            self.details_action.setEnabled(False)
            return
        parts = [self.tr("%n event(s) waiting for head office", "", status.pending)]
        if not status.enrolled:
            parts.append(self.tr("not enrolled"))
        parts.append(
            self.tr("last success %1").replace("%1", _when(status.last_success_at))
            if status.last_success_at
            else self.tr("never synced")
        )
        if status.open_problems:
            parts.append(self.tr("⚠ %n refused by head office", "", status.open_problems))
        if status.last_error and status.failures:
            parts.append(self.tr("⚠ last attempt failed"))
        self.ui.summary.setText(" · ".join(parts))
        error = self.last_error()
        self.ui.summary.setToolTip(
            self.tr("Last attempt failed: %1 (right-click for details)").replace("%1", sync_error_text(error))
            if error is not None
            else ""
        )
        self.details_action.setText(self.tr("Details…"))
        self.details_action.setEnabled(error is not None)
        warn = bool(status.open_problems or (status.last_error and status.failures))
        self.ui.summary.setStyleSheet(f"color: {'#b71c1c' if warn else '#263238'};")

    def showEvent(self, event) -> None:
        self.shown.emit()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._render()
        super().changeEvent(event)

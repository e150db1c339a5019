"""Sync with head office: the full status, "Sync now", writing the pending batches to a USB stick and applying head
office's receipt for it, enrolling the yard (an administrator, with head office's one-time token), the events head
office refused (``sync_problems_panel``), and the background sync (started by the composition root when the yard is
enrolled; stopped here on request). The page also drives the status bar's sync panel and reads the status after
every write through the bridge and every half minute, so the pending count is current wherever the person is.
Failures are put into words by their kind (``gui/sync/words.py``), never as the sync layer's English inside a
translated sentence."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from dismantler_app.domain.permissions import Action
from dismantler_app.gui.common.context import PageContext
from dismantler_app.gui.common.keys import KeySource, yard_key_source
from dismantler_app.gui.common.problems import describe_problem
from dismantler_app.gui.common.text_size import set_text_role
from dismantler_app.gui.forms.ui_sync_page import Ui_SyncPage
from dismantler_app.gui.sync import actions as sync_actions
from dismantler_app.gui.sync.background import BackgroundSync
from dismantler_app.gui.sync.problems_panel import SyncProblemsPanel
from dismantler_app.gui.sync.status_panel import SyncStatusPanel
from dismantler_app.gui.sync.words import sync_error_text
from dismantler_app.services.sync.problems import classify_error, parse_error_record
from dismantler_app.services.sync.state import SyncStatus, WorkerBusy

log = logging.getLogger(__name__)
STATUS_REFRESH_MS = 30_000  # the background worker's idle round is 60 s; half of it keeps the count honest


class SyncPage(QWidget):
    finished = Signal()  # a sync, export, import or enrolment ended (either way); tests wait for it
    background_changed = Signal()  # the background sync started or stopped

    def __init__(
        self,
        context: PageContext,
        *,
        keys: KeySource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        bridge, services, clock, current_user = context.bridge, context.services, context.clock, context.current_user
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        self._bridge, self._services, self._clock, self._current_user = bridge, services, clock, current_user
        self._keys = keys or yard_key_source(services)
        self.status: SyncStatus | None = None
        self.background: BackgroundSync | None = None  # attached by the composition root
        self.busy = False
        self._message: Callable[[], str] = lambda: ""
        self.panel = SyncStatusPanel()
        self.panel.sync_requested.connect(self.sync_now)
        self.panel.shown.connect(self.refresh)
        ui = self.ui
        set_text_role(ui.heading, "heading")
        ui.progress.setVisible(False)
        for button in (ui.sync_button, ui.export_button, ui.import_button):
            button.setMinimumHeight(44)
        ui.sync_button.clicked.connect(self.sync_now)
        ui.export_button.clicked.connect(self._choose_export)
        ui.import_button.clicked.connect(self._choose_receipt)
        ui.enrol_button.clicked.connect(self.enrol)
        ui.enrol_token.returnPressed.connect(self.enrol)
        ui.enrol_ca_button.clicked.connect(self._choose_ca)
        ui.background_button.clicked.connect(self._toggle_background)
        self.problems = SyncProblemsPanel(bridge=bridge, services=services, clock=clock, current_user=current_user)
        ui.problems_holder.addWidget(self.problems)
        # A write anywhere in the app (a scan, an approval, a handover) adds events for head office: the count is
        # read again at once, off the UI thread; the timer covers the background worker's sending.
        bridge.records_changed.connect(self.refresh)
        self._timer = QTimer(self, interval=STATUS_REFRESH_MS, timeout=self.refresh)
        self._timer.start()
        self.signed_in_changed()

    def showEvent(self, event) -> None:
        self.refresh()
        self.problems.refresh()
        super().showEvent(event)

    def signed_in_changed(self) -> None:
        user = self._current_user()
        signed_in = user is not None
        self.panel.set_signed_in(signed_in)
        for button in (self.ui.sync_button, self.ui.export_button, self.ui.import_button):
            button.setEnabled(signed_in and not self.busy)
        admin = signed_in and user.may(Action.MANAGE_YARD)  # type: ignore[union-attr]
        ui = self.ui
        for widget in (ui.enrol_url, ui.enrol_token, ui.enrol_ca, ui.enrol_ca_button, ui.enrol_button):
            widget.setEnabled(admin and not self.busy)
        self._render_background()

    def refresh(self) -> None:
        # Only while the window is up: after it closed, the bridge is shut down and no status is shown anyway.
        if not self.busy and (self.isVisible() or self.panel.isVisible()):
            self._bridge.run(sync_actions.sync_status, self._services, on_done=self._show_status)

    def _show_status(self, status: SyncStatus) -> None:
        problems_changed = self.status is None or self.status.open_problems != status.open_problems
        self.status = status
        self.panel.show_status(status)
        self._render_details()
        if problems_changed and self.isVisible():
            self.problems.refresh()

    # --- actions ---------------------------------------------------------------------------------------------
    def _start(
        self, fn: Callable[..., object], *args: object, done: Callable[[object], Callable[[], str]], **kw: object
    ) -> None:
        if self._current_user() is None or self.busy:
            return
        self._set_busy(True)

        def finished(result: object) -> None:
            report, status = result  # type: ignore[misc]
            self._set_busy(False)
            self._show_status(status)
            self._say(done(report), ok=True)
            self.finished.emit()

        self._bridge.run(
            fn, self._services, self._clock, self._keys, *args, on_done=finished, on_error=self._failed, **kw
        )

    def sync_now(self) -> None:
        if self.background is not None and self.background.wake():
            # One pusher per database: the running worker does the round now, the status follows.
            self._say(lambda: self.tr("Background sync is sending now."), ok=True)
            QTimer.singleShot(2_000, self.refresh)
            return
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

    def enrol(self) -> None:
        url, token = self.ui.enrol_url.text().strip(), self.ui.enrol_token.text().strip()
        if not url.startswith(("https://", "http://")):
            self._say(lambda: self.tr("Enter head office's address, starting with https://."), ok=False)
            return
        if not token:
            self._say(lambda: self.tr("Enter the one-time token head office gave you."), ok=False)
            return

        ca_text = self.ui.enrol_ca.text().strip()
        ca = Path(ca_text).expanduser().resolve() if ca_text else None
        if ca is not None and not ca.is_file():
            self._say(
                lambda: self.tr("No CA file at %1: choose the file head office sent.").replace("%1", ca_text), ok=False
            )
            return

        def done(name: str) -> Callable[[], str]:
            self.ui.enrol_token.clear()
            self.start_background()
            return lambda: self.tr("Enrolled at head office as %1.").replace("%1", name)

        # The CA goes in as 'dismantler sync enrol --hub-ca FILE' passes it: trusted for the call, stored with the
        # enrolment for every later sync (sync_actions.enrol → SyncService.enrol).
        self._start(sync_actions.enrol, url, token, hub_ca=ca, done=done)

    def set_ca_file(self, path: Path) -> None:
        """The CA file chosen for enrolling (the "CA file…" dialog lands here; tests call it directly)."""
        self.ui.enrol_ca.setText(str(path))

    # --- background sync -------------------------------------------------------------------------------------
    def attach_background(self, background: BackgroundSync) -> None:
        self.background = background
        self._render_background()

    def start_background(self) -> None:
        if self.background is not None and not self.background.running:
            self._bridge.run(self.background.start, on_done=self._background_started, on_error=self._background_failed)

    def stop_background(self) -> None:
        if self.background is not None and self.background.running:
            self._bridge.run(self.background.stop, on_done=self._background_started, on_error=self._background_failed)

    def _toggle_background(self) -> None:
        if self.background is not None and self.background.running:
            self.stop_background()
        else:
            self.start_background()

    def _background_started(self, _result: object) -> None:
        self._render_background()
        self.refresh()
        self.background_changed.emit()

    def _background_failed(self, error: BaseException) -> None:
        self._render_background()
        self.background_changed.emit()
        if not isinstance(error, WorkerBusy):
            self._failed(error)
            return
        self._say(lambda: self.tr("Another sync program is already sending this yard's records."), ok=False)

    def _render_background(self) -> None:
        ui, running = self.ui, self.background is not None and self.background.running
        if running:
            ui.background_state.setText(self.tr("Running: records are sent every minute while the link is up."))
        elif self.status is not None and not self.status.enrolled:
            ui.background_state.setText(self.tr("Not running: the yard is not enrolled yet."))
        else:
            ui.background_state.setText(self.tr("Stopped: records are sent only with “Sync now” or a USB stick."))
        ui.background_button.setText(self.tr("Stop background sync") if running else self.tr("Start background sync"))
        ui.background_button.setEnabled(self._current_user() is not None and self.background is not None)

    def _choose_export(self) -> None:
        dialog = QFileDialog(self, self.tr("Export for head office"), "yard-bundle.zip")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        dialog.open()

    def _choose_ca(self) -> None:
        dialog = QFileDialog(self, self.tr("Head office's CA certificate"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Certificates (*.pem *.crt *.cer)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(lambda name: self.set_ca_file(Path(name)))
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
        # Words by the error's kind; the sync layer's English message goes to the log, not into the sentence.
        kind = classify_error(error)
        log.info("sync action failed: %s", kind.message)
        self._say(lambda: known or self.tr("Sync did not work: %1").replace("%1", sync_error_text(kind)), ok=False)

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
        last_error = parse_error_record(s.last_error)
        if last_error is not None and s.failures:
            lines.append(
                self.tr("Last error (%1 in a row): %2")
                .replace("%1", str(s.failures))
                .replace("%2", sync_error_text(last_error))
            )
        self.ui.details.setText("\n".join(lines))
        self._title_problems_tab()
        self.ui.details.setToolTip(last_error.message if last_error is not None and s.failures else "")
        self.ui.enrol_box.setVisible(not s.enrolled)
        self._render_background()

    def _title_problems_tab(self) -> None:
        # The refused events live on their own tab so the page fits a 1366×768 yard screen; the count on the tab
        # keeps them in sight from the status tab.
        count = self.status.open_problems if self.status is not None else 0
        title = self.tr("Refused by head office")
        tabs = self.ui.sections
        tabs.setTabText(tabs.indexOf(self.ui.problems_tab), f"{title} ({count})" if count else title)

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
            self._title_problems_tab()
            self._render_background()
            self.ui.feedback.setText(self._message())
        super().changeEvent(event)

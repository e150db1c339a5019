"""The sync problems list on the sync page: the events head office refused, each with why (in words), what it was
about (vehicle, pack, certificate, the other yard's vehicle) and head office's own words, so a supervisor can act
and then mark it handled with a note of what was done. Reads and the mark go through the bridge."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGroupBox, QWidget

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.permissions import User
from dismantler_app.gui.common.bridge import TaskBridge
from dismantler_app.gui.common.problems import describe_problem
from dismantler_app.gui.common.tables import fill_table, selected_key, set_up_table
from dismantler_app.gui.forms.ui_sync_problems_panel import Ui_SyncProblemsPanel
from dismantler_app.gui.sync.words import event_text, rejection_text, subject_text
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.sync import problems as sync_problems
from dismantler_app.services.sync.problems import HANDLE_PROBLEM, SyncProblem


class SyncProblemsPanel(QGroupBox):
    changed = Signal()  # the list was read again (tests wait for it)

    def __init__(
        self,
        *,
        bridge: TaskBridge,
        services: ServiceContext,
        clock: Clock,
        current_user: Callable[[], User | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncProblemsPanel()
        self.ui.setupUi(self)
        self._bridge, self._services, self._clock, self._current_user = bridge, services, clock, current_user
        self.problems: list[SyncProblem] = []
        self._message: Callable[[], str] = lambda: ""
        set_up_table(self.ui.problems, 4)
        self.ui.problems.setMinimumHeight(160)
        self.ui.handled_button.setMinimumHeight(44)
        self.ui.problems.itemSelectionChanged.connect(self._render_selection)
        self.ui.handled_button.clicked.connect(self.mark_handled)
        self.ui.note.returnPressed.connect(self.mark_handled)
        self._retranslate()

    def refresh(self) -> None:
        user = self._current_user()
        if user is None:
            self._show([])
            return
        self._bridge.run(
            sync_problems.list_sync_problems, self._services, user, on_done=self._show, on_error=self._refused
        )

    def _show(self, problems: list[SyncProblem]) -> None:
        self.problems = problems
        rows = [
            (p.reported_at[:16].replace("T", " "), rejection_text(p.code), event_text(p.event_type), subject_text(p))
            for p in problems
        ]
        fill_table(self.ui.problems, rows, keys=[(p.event_id, p.code) for p in problems])
        if len(problems) == 1:
            self.ui.problems.selectRow(0)
        self._render_selection()
        self.changed.emit()

    def selected(self) -> SyncProblem | None:
        key = selected_key(self.ui.problems)
        return next((p for p in self.problems if (p.event_id, p.code) == key), None)

    def _render_selection(self) -> None:
        ui, problem, user = self.ui, self.selected(), self._current_user()
        may = user is not None and user.may(HANDLE_PROBLEM)
        ui.summary.setText(
            self.tr("%n event(s) refused by head office: records head office does not hold. Settle each one with "
                    "head office or the other yard, then mark it handled.", "", len(self.problems))
            if self.problems
            else self.tr("Head office has refused nothing.")
        )  # fmt: skip
        ui.said.setText(
            self.tr("Head office said: “%1”").replace("%1", problem.detail) if problem and problem.detail else ""
        )
        for widget in (ui.note, ui.handled_button, ui.note_label):
            widget.setEnabled(may and problem is not None)
        ui.handled_button.setToolTip("" if may else self.tr("Only a supervisor can mark a refusal as handled."))

    def mark_handled(self) -> None:
        user, problem = self._current_user(), self.selected()
        if user is None or problem is None:
            return
        note = self.ui.note.text()
        if not note.strip():
            self._say(lambda: self.tr("Write what was done about it first (for example: called the other yard)."))
            return
        self._bridge.run(
            sync_problems.mark_problem_handled,
            self._services,
            user,
            self._clock,
            event_id=problem.event_id,
            code=problem.code,
            note=note,
            on_done=lambda _r: self._handled(),
            on_error=self._refused,
            changes_records=True,
        )

    def _handled(self) -> None:
        self.ui.note.clear()
        self._say(lambda: self.tr("Marked as handled."), ok=True)
        self.refresh()

    def _refused(self, error: BaseException) -> None:
        message = describe_problem(error)
        if message is None:
            raise error
        self._say(lambda: message)

    def _say(self, message: Callable[[], str], *, ok: bool = False) -> None:
        self._message = message
        self.ui.feedback.setStyleSheet(f"color: {'#1b5e20' if ok else '#b71c1c'}; font-weight: bold;")
        self.ui.feedback.setText(message())

    def _retranslate(self) -> None:
        self.ui.problems.setHorizontalHeaderLabels(
            [self.tr("Reported"), self.tr("Why refused"), self.tr("Record"), self.tr("About")]
        )
        self.ui.note.setPlaceholderText(self.tr("e.g. called the other yard: the pack was scanned there by mistake"))
        self._show(self.problems)
        self.ui.feedback.setText(self._message())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

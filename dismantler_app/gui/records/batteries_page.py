"""Batteries in stock: every pack held in the yard with its risk class and quarantine location (abnormal ones first),
handing the selected pack to a receiving enterprise (:class:`HandoverDialog`: name, type, USCC or D-U-N-S number,
pack model, quantity, destination), and the deadlines of the traceability reports (15 working days, official
calendar), overdue first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.deadlines import DeadlineStatus, working_days_between
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import IntakeStatus, RiskClass
from dismantler_app.gui.common.context import PageContext
from dismantler_app.gui.common.problems import describe_problem
from dismantler_app.gui.common.record_words import deadline_name, report_name, risk_name, status_name
from dismantler_app.gui.common.tables import fill_table, selected_key, set_up_table
from dismantler_app.gui.common.text_size import set_text_role
from dismantler_app.gui.forms.ui_batteries_page import Ui_BatteriesPage
from dismantler_app.gui.records.handover_dialog import HandoverDialog
from dismantler_app.services import handovers, queries, stock
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.queries import DeadlineItem
from dismantler_app.services.stock import StockPack

RISK_COLOURS = {RiskClass.NORMAL: "#1b5e20", RiskClass.ELEVATED: "#e65100", RiskClass.HIGH: "#b71c1c", None: "#455a64"}
DEADLINE_COLOURS = {
    DeadlineStatus.OVERDUE: "#b71c1c",
    DeadlineStatus.DUE: "#e65100",
    DeadlineStatus.REPORTED: "#1b5e20",
}


def load_page_data(services: ServiceContext, user: User, clock: Clock) -> tuple[list[StockPack], list[DeadlineItem]]:
    return stock.packs_in_stock(services, user), queries.list_deadlines(services, user, clock)


class BatteriesPage(QWidget):
    loaded = Signal()  # the stock and deadlines on screen are fresh (tests wait for it)

    def __init__(
        self,
        context: PageContext,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        bridge, services, clock, current_user = context.bridge, context.services, context.clock, context.current_user
        self.ui = Ui_BatteriesPage()
        self.ui.setupUi(self)
        self._bridge, self._services, self._clock, self._current_user = bridge, services, clock, current_user
        self.packs: list[StockPack] = []
        self.deadlines: list[DeadlineItem] = []
        self.handover_dialog: HandoverDialog | None = None
        ui = self.ui
        set_text_role(ui.heading, "heading")
        set_text_role(ui.deadlines_heading, "subheading")
        set_up_table(ui.stock, 6)
        set_up_table(ui.deadlines, 5)
        for button in (ui.refresh_button, ui.hand_over_button):
            button.setMinimumHeight(44)
        ui.refresh_button.clicked.connect(self.refresh)
        ui.hand_over_button.clicked.connect(self.open_handover)
        ui.stock.itemSelectionChanged.connect(self._update_buttons)
        self._retranslate()
        self._update_buttons()

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        user = self._current_user()
        if user is None or not user.may(Action.HAND_OVER_PACK):
            return
        self._bridge.run(load_page_data, self._services, user, self._clock, on_done=self._show, on_error=self._refused)

    def _show(self, data: tuple[list[StockPack], list[DeadlineItem]]) -> None:
        self.packs, self.deadlines = data
        fill_table(
            self.ui.stock,
            [
                (
                    p.pack_code,
                    p.vin,
                    risk_name(p.risk_class),
                    p.location or "—",
                    status_name(p.intake_status),
                    p.certificate_number or "—",
                )
                for p in self.packs
            ],
            keys=[f"{p.intake_id}|{p.pack_code}" for p in self.packs],
            colours=[RISK_COLOURS[p.risk_class] for p in self.packs],
        )
        today = self._clock.now().date()
        rows = []
        for item in self.deadlines:
            days = (
                working_days_between(today, item.due) if item.due >= today else -working_days_between(item.due, today)
            )
            left = (
                self.tr("%n working day(s) left", "", days)
                if days >= 0
                else self.tr("%n working day(s) late", "", -days)
            )
            due = item.due.isoformat() + ("*" if item.estimated else "")
            rows.append((report_name(item.kind), item.label, deadline_name(item.status), due, left))
        fill_table(self.ui.deadlines, rows, colours=[DEADLINE_COLOURS[i.status] for i in self.deadlines])
        self._update_buttons()
        self.loaded.emit()

    def _selected_pack(self) -> StockPack | None:
        key = selected_key(self.ui.stock)
        return next((p for p in self.packs if f"{p.intake_id}|{p.pack_code}" == key), None)

    def _update_buttons(self) -> None:
        pack = self._selected_pack()
        certified = pack is not None and pack.intake_status is IntakeStatus.CERTIFIED
        self.ui.hand_over_button.setEnabled(certified)
        if pack is not None and not certified:
            self.ui.hand_over_button.setToolTip(self.tr("A pack leaves the yard only after its vehicle's certificate."))
        else:
            self.ui.hand_over_button.setToolTip("")

    def open_handover(self) -> None:
        """Opens the hand-over of the selected pack (never ``exec``'d: the UI does not wait)."""
        pack = self._selected_pack()
        if pack is None:
            return
        dialog = HandoverDialog(pack.pack_code, pack.vin, today=self._clock.now().date(), parent=self)
        dialog.hand_over_button.clicked.connect(lambda: self.hand_over(dialog, pack))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.handover_dialog = dialog
        dialog.open()

    def _forget(self, dialog: HandoverDialog) -> None:
        if self.handover_dialog is dialog:
            self.handover_dialog = None
        dialog.deleteLater()

    def hand_over(self, dialog: HandoverDialog, pack: StockPack) -> None:
        user = self._current_user()
        if user is None:
            return
        dialog.hand_over_button.setEnabled(False)  # one request at a time; given back with the answer
        self._bridge.run(
            handovers.hand_over_pack,
            self._services,
            user,
            self._clock,
            pack.intake_id,
            **dialog.request(),
            on_done=lambda _h: self._handed_over(dialog, pack),
            on_error=lambda error: self._refused_in(dialog, error),
            changes_records=True,
        )

    def _handed_over(self, dialog: HandoverDialog, pack: StockPack) -> None:
        if self.handover_dialog is dialog:  # not closed (and deleted) while the answer was on its way
            dialog.accept()
        self.ui.feedback.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.ui.feedback.setText(self.tr("Pack %1 handed over; its report is now due.").replace("%1", pack.pack_code))
        self.refresh()

    def _refused_in(self, dialog: HandoverDialog, error: BaseException) -> None:
        message = describe_problem(error)
        if message is None:
            raise error
        if self.handover_dialog is not dialog:  # closed meanwhile: the refusal is said on the page
            self._refused(error)
            return
        dialog.hand_over_button.setEnabled(True)
        dialog.show_refusal(message)

    def feedback(self) -> str:
        return self.ui.feedback.text()

    def _refused(self, error: BaseException) -> None:
        message = describe_problem(error)
        if message is None:
            raise error
        self.ui.feedback.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.ui.feedback.setText(message)

    def _retranslate(self) -> None:
        self.ui.stock.setHorizontalHeaderLabels(
            [
                self.tr("Pack code"),
                self.tr("VIN"),
                self.tr("Risk"),
                self.tr("Location"),
                self.tr("Intake"),
                self.tr("Certificate"),
            ]
        )
        self.ui.deadlines.setHorizontalHeaderLabels(
            [self.tr("Report"), self.tr("VIN or pack"), self.tr("State"), self.tr("Due"), self.tr("Working days")]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self._show((self.packs, self.deadlines))
        super().changeEvent(event)

"""Batteries in stock: every pack held in the yard with its risk class and quarantine location (abnormal ones first),
handing the selected pack to a receiving enterprise (name and a USCC checked as it is typed), and the deadlines of
the traceability reports (15 working days, official calendar), overdue first."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import QWidget

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.codes import CodeRejected
from dismantler_app.domain.deadlines import DeadlineStatus, working_days_between
from dismantler_app.domain.identifiers import parse_uscc
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import IntakeStatus, RiskClass
from dismantler_app.gui.common.context import PageContext
from dismantler_app.gui.common.problems import describe_problem
from dismantler_app.gui.common.record_words import deadline_name, report_name, risk_name, status_name
from dismantler_app.gui.common.tables import fill_table, selected_key, set_up_table
from dismantler_app.gui.forms.ui_batteries_page import Ui_BatteriesPage
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
        ui = self.ui
        ui.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        ui.deadlines_heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        set_up_table(ui.stock, 6)
        set_up_table(ui.deadlines, 5)
        today = clock.now().date()
        ui.handed_over_on.setDate(QDate(today.year, today.month, today.day))
        # A USCC is Latin letters and digits: an active Chinese input method would turn typing into pinyin.
        ui.receiver_uscc.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        ui.receiver_uscc.textChanged.connect(self._check_uscc)
        for button in (ui.refresh_button, ui.hand_over_button):
            button.setMinimumHeight(44)
        ui.refresh_button.clicked.connect(self.refresh)
        ui.hand_over_button.clicked.connect(self.hand_over)
        ui.stock.itemSelectionChanged.connect(self._update_buttons)
        self._retranslate()
        self._check_uscc()

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

    def _check_uscc(self) -> bool:
        text = self.ui.receiver_uscc.text().strip().upper()
        try:
            parse_uscc(text)
        except CodeRejected:
            ok = False
        else:
            ok = True
        if not text:
            self.ui.uscc_check.setText(self.tr("Enter the receiver's 18-character unified social credit code."))
        elif ok:
            self.ui.uscc_check.setText(self.tr("✔ Valid credit code"))
        else:
            self.ui.uscc_check.setText(self.tr("✖ Not a valid credit code: check each character"))
        self.ui.uscc_check.setStyleSheet(f"color: {'#1b5e20' if ok else '#b71c1c' if text else '#455a64'};")
        self._update_buttons()
        return ok

    def _update_buttons(self) -> None:
        pack = self._selected_pack()
        text = self.ui.receiver_uscc.text().strip()
        certified = pack is not None and pack.intake_status is IntakeStatus.CERTIFIED
        # Enabled with any USCC text: a wrong one is refused with the reason rather than silently ignored.
        self.ui.hand_over_button.setEnabled(certified and bool(text))
        if pack is not None and not certified:
            self.ui.hand_over_button.setToolTip(self.tr("A pack leaves the yard only after its vehicle's certificate."))
        else:
            self.ui.hand_over_button.setToolTip("")

    def hand_over(self) -> None:
        user, pack = self._current_user(), self._selected_pack()
        if user is None or pack is None:
            return
        self._bridge.run(
            handovers.hand_over_pack,
            self._services,
            user,
            self._clock,
            pack.intake_id,
            pack_code=pack.pack_code,
            receiver_name=self.ui.receiver_name.text(),
            receiver_uscc=self.ui.receiver_uscc.text().strip().upper(),
            handed_over_on=self.ui.handed_over_on.date().toPython(),
            on_done=lambda _h: self._handed_over(pack),
            on_error=self._refused,
            changes_records=True,
        )

    def _handed_over(self, pack: StockPack) -> None:
        self.ui.feedback.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.ui.feedback.setText(self.tr("Pack %1 handed over; its report is now due.").replace("%1", pack.pack_code))
        self.refresh()

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
            self._check_uscc()
        super().changeEvent(event)

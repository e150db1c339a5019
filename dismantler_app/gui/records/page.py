"""Records: find intakes by VIN, plate, pack code, certificate number and opening date; the selected intake's full
history (its audit trail, oldest first). Searches and history reads go through the bridge."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtWidgets import QWidget

from dismantler_app.domain.permissions import User
from dismantler_app.domain.records import IntakeStatus
from dismantler_app.domain.yard_time import yard_zone
from dismantler_app.gui.common.context import PageContext
from dismantler_app.gui.common.problems import describe_problem
from dismantler_app.gui.common.record_words import action_name, field_text, join_fields, status_name
from dismantler_app.gui.common.tables import fill_table, selected_key, set_up_table
from dismantler_app.gui.common.text_size import set_text_role
from dismantler_app.gui.forms.ui_records_page import Ui_RecordsPage
from dismantler_app.services import history, queries
from dismantler_app.services import yard as yard_service
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.history import HistoryEntry
from dismantler_app.storage.search import IntakeHit

# After-image fields that say what happened in a history line; the rest (hashes, ids) stays in the audit log.
DETAIL_KEYS = (
    "status", "state", "code", "codes", "vin", "result", "other_vin", "number", "official_number", "reason",
    "document_ref", "expected_code", "scanned_code", "risk_class", "quarantine_location", "receiver_name",
    "receiver_uscc", "kind", "count", "reprint_count",
)  # fmt: skip


def history_detail(entry: HistoryEntry) -> str:
    """The line's fields and coded values in the person's language, e.g. "状态：已批准"."""
    after = entry.after if isinstance(entry.after, dict) else {}
    return join_fields([field_text(key, after[key]) for key in DETAIL_KEYS if after.get(key) not in (None, "", [])])


def _history_in_yard_time(services: ServiceContext, user: User, intake_id: str) -> list[HistoryEntry]:
    """The intake's history with each moment in the yard's own time zone (the PC may run on UTC)."""
    entries = history.intake_history(services, user, intake_id)
    try:
        zone = yard_zone(yard_service.yard_record(services, user).profile.zone_name)
    except Exception:  # before the first-run set-up recorded the yard: the stamps as stored
        return entries
    return [dataclasses.replace(e, at=datetime.fromisoformat(e.at).astimezone(zone).isoformat()) for e in entries]


def _certificate_text(hit: IntakeHit) -> str:
    """A voided number never reads as a valid certificate."""
    if not hit.certificate_number:
        return "—"
    if hit.certificate_state == "voided":
        return QCoreApplication.translate("RecordsPage", "%1 (voided)").replace("%1", hit.certificate_number)
    return hit.certificate_number


class RecordsPage(QWidget):
    def __init__(
        self,
        context: PageContext,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        bridge, services, clock, current_user = context.bridge, context.services, context.clock, context.current_user
        self.ui = Ui_RecordsPage()
        self.ui.setupUi(self)
        self._bridge, self._services, self._current_user = bridge, services, current_user
        self.hits: list[IntakeHit] = []
        self.entries: list[HistoryEntry] = []
        self._history_of: IntakeHit | None = None
        ui = self.ui
        set_text_role(ui.heading, "heading")
        set_up_table(ui.results, 5)
        set_up_table(ui.history, 4)
        today = clock.now().date()
        ui.date_to.setDate(QDate(today.year, today.month, today.day))
        ui.date_from.setDate(QDate(today.year, today.month, 1))
        for field in (ui.vin, ui.plate, ui.pack_code, ui.certificate_number):
            field.returnPressed.connect(self.search)
        ui.search_button.setMinimumHeight(44)
        ui.search_button.clicked.connect(self.search)
        ui.results.itemSelectionChanged.connect(self._result_selected)
        self._retranslate()

    def search(self) -> None:
        user = self._current_user()
        if user is None:
            return
        ui = self.ui
        dates: dict[str, date | None] = {"created_from": None, "created_to": None}
        if ui.use_dates.isChecked():
            dates = {"created_from": ui.date_from.date().toPython(), "created_to": ui.date_to.date().toPython()}
        self._bridge.run(
            queries.search,
            self._services,
            user,
            vin=ui.vin.text() or None,
            plate=ui.plate.text() or None,
            pack_code=ui.pack_code.text() or None,
            certificate_number=ui.certificate_number.text() or None,
            **dates,
            on_done=self._show_hits,
            on_error=self._refused,
        )

    def _show_hits(self, hits: list[IntakeHit]) -> None:
        self.hits = hits
        rows = [
            (h.vin, h.plate or "—", status_name(IntakeStatus(h.status)),
             h.created_on.isoformat() if h.created_on else h.created_at[:10],  # the yard's local day
             _certificate_text(h))
            for h in hits
        ]  # fmt: skip
        fill_table(self.ui.results, rows, keys=[h.intake_id for h in hits])
        self.ui.feedback.setText(self.tr("%n intake(s) found.", "", len(hits)))
        self._show_history(None, [])
        if len(hits) == 1:
            self.ui.results.selectRow(0)

    def _result_selected(self) -> None:
        user, intake_id = self._current_user(), selected_key(self.ui.results)
        if user is None or intake_id is None:
            return
        hit = next(h for h in self.hits if h.intake_id == intake_id)
        self._bridge.run(
            _history_in_yard_time,
            self._services,
            user,
            hit.intake_id,
            on_done=lambda entries: self._show_history(hit, entries),
            on_error=self._refused,
        )

    def _show_history(self, hit: IntakeHit | None, entries: list[HistoryEntry]) -> None:
        self._history_of, self.entries = hit, entries
        rows = [
            (e.at[:19].replace("T", " "), e.actor_name or e.actor[:8], action_name(e.action), history_detail(e))
            for e in entries
        ]
        fill_table(self.ui.history, rows)
        self._render_history_heading()

    def _render_history_heading(self) -> None:
        hit = self._history_of
        self.ui.history_heading.setText(
            self.tr("History of %1 (%n change(s))", "", len(self.entries)).replace("%1", hit.vin) if hit else ""
        )
        set_text_role(self.ui.history_heading, "subheading")

    def _refused(self, error: BaseException) -> None:
        message = describe_problem(error)
        if message is None:
            raise error
        self.ui.feedback.setText(message)

    def _retranslate(self) -> None:
        self.ui.results.setHorizontalHeaderLabels(
            [self.tr("VIN"), self.tr("Plate"), self.tr("Status"), self.tr("Opened"), self.tr("Certificate")]
        )
        self.ui.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            if self.hits:
                selected = self._history_of
                self._show_hits(self.hits)
                if selected is not None:
                    self._show_history(selected, self.entries)
        super().changeEvent(event)

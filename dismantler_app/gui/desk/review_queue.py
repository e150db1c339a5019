"""The supervisor desk's queue: one row per intake (VIN, plate, status, packs scanned, waiting since or certificate
number); selecting a row emits the intake's id. A language switch re-words the rows and keeps the selection.

At 1366×768 the queue shares the desk with the vehicle and its packs, so it shows the VIN and the status; plate,
packs and since/certificate are kept in their columns (hidden) and said in each row's tooltip. Five columns in
about 350 px clipped the status to "Sta"/"Awaitin" (seen in the guide's screenshots)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from dismantler_app.domain.records import IntakeStatus
from dismantler_app.gui.common.record_words import status_name
from dismantler_app.services.review import ReviewItem

STATUS = 2
CELL_PADDING = 8  # px: the item's text margins (3 each side in Fusion), the grid line and a pixel to spare
HIDDEN = (1, 3, 4)  # plate, packs, since/certificate: in the tooltip
ROWS_SHOWN = 6  # a supervisor sees the morning's queue without scrolling; at 1366×768 it showed 1.5 (issue 12)


class ReviewQueueTable(QTableWidget):
    intake_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(34)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        for column in HIDDEN:
            self.setColumnHidden(column, True)
        self.items: list[ReviewItem] = []
        self.itemSelectionChanged.connect(self._selection_changed)
        self._retranslate()

    def show_items(self, items: list[ReviewItem], *, keep_selected: str | None = None) -> None:
        """Fills the table; the row of ``keep_selected`` stays selected without a new selection signal. When that
        intake left the queue (issued, sent back) no row is selected or current: the current row stayed at its
        index, so after a refresh another intake's row looked chosen while the desk showed the one just issued."""
        self.items = list(items)
        self.blockSignals(True)
        self.clearSelection()
        self.setCurrentIndex(QModelIndex())
        self.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            when = item.certificate_number or item.updated_at[:16].replace("T", " ")
            texts = (item.vin, item.plate or "—", status_name(item.status), str(item.scanned_count), when)
            summary = self.tr("Plate: %1 · packs scanned: %2 · %3").replace("%1", texts[1])
            summary = summary.replace("%2", texts[3]).replace("%3", when)
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(summary)
                self.setItem(row, column, cell)
            waiting = item.status is IntakeStatus.SUBMITTED
            self.item(row, 2).setForeground(QColor("#e65100" if waiting else "#1b5e20"))
            if item.intake_id == keep_selected:
                self.selectRow(row)
        self.blockSignals(False)
        self._fit_width()

    def _fit_width(self) -> None:
        """As wide as the VINs and the statuses shown, so no status is cut to "Awaiting …"."""
        metrics = self.fontMetrics()
        statuses = [status_name(i.status) for i in self.items] + [self.tr("Status")]
        needed = sum(
            max([metrics.horizontalAdvance(t) for t in texts] + [0]) + CELL_PADDING
            for texts in ([i.vin for i in self.items] or ["W" * 17], statuses)
        )
        self.setMinimumWidth(needed + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width())
        rows = ROWS_SHOWN * self.verticalHeader().defaultSectionSize()
        self.setMinimumHeight(self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth())

    def select_intake(self, intake_id: str) -> None:
        for row, item in enumerate(self.items):
            if item.intake_id == intake_id:
                self.selectRow(row)
                return
        raise KeyError(f"intake {intake_id} is not in the queue")

    def selected_intake(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        return self.items[rows[0].row()].intake_id if rows else None

    def _selection_changed(self) -> None:
        rows = self.selectionModel().selectedRows()
        if rows:
            self.intake_selected.emit(self.items[rows[0].row()].intake_id)

    def _retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("VIN"), self.tr("Plate"), self.tr("Status"), self.tr("Packs"), self.tr("Since / certificate")]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_width()  # another text size: other widths and header height
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            # Words only: the row of the intake the desk shows stays selected (it was dropped while the desk still
            # showed that intake).
            self.show_items(self.items, keep_selected=self.selected_intake())
        super().changeEvent(event)

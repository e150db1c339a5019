"""The packs panel: expected against scanned, one row per pack, the state in large words on its colour."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from dismantler_app.gui.pack_rows import PackRow, PackState

STATE_COLOURS = {
    PackState.PRESENT: "#1b5e20",
    PackState.REPLACED: "#1b5e20",
    PackState.MISSING: "#b71c1c",
    PackState.MISMATCHED: "#e65100",
    PackState.LINKED_ELSEWHERE: "#6a1b9a",
    PackState.UNEXPECTED: "#e65100",
}


class PacksTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard focus stays on the code entry
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultSectionSize(34)
        self.rows: list[PackRow] = []
        self._retranslate()

    def show_rows(self, rows: list[PackRow]) -> None:
        self.rows = list(rows)
        self._fill()

    def state_text(self, state: PackState) -> str:
        return {
            PackState.PRESENT: self.tr("✔ Present"),
            PackState.MISSING: self.tr("✖ Missing"),
            PackState.MISMATCHED: self.tr("≠ Mismatched"),
            PackState.LINKED_ELSEWHERE: self.tr("⚠ Linked to another vehicle"),
            PackState.UNEXPECTED: self.tr("? Not registered"),
            PackState.REPLACED: self.tr("✔ Replaced (record)"),
        }[state]

    def _retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Expected"), self.tr("Scanned"), self.tr("State")])
        self._fill()

    def _fill(self) -> None:
        self.setRowCount(len(self.rows))
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSize(self.font().pointSize() + 1)
        for i, row in enumerate(self.rows):
            unknown = "—"
            for column, text in enumerate((row.expected or unknown, row.scanned or unknown)):
                item = QTableWidgetItem(text)
                item.setFont(QFont("monospace", self.font().pointSize()))
                self.setItem(i, column, item)
            state = QTableWidgetItem(self.state_text(row.state))
            state.setFont(bold)
            state.setForeground(QColor("#ffffff"))
            state.setBackground(QColor(STATE_COLOURS[row.state]))
            if row.detail:
                state.setToolTip(row.detail)
            self.setItem(i, 2, state)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

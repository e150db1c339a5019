"""Read-only tables of records: one setup (rows selected whole, large rows for gloved hands) and one fill, so every
list page behaves the same."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

ROW_HEIGHT = 34  # px: a comfortable touch/mouse target at 12 pt, the intake station's packs table uses the same


def set_up_table(table: QTableWidget, columns: int) -> None:
    table.setColumnCount(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)


def fill_table(
    table: QTableWidget,
    rows: Sequence[Sequence[str]],
    *,
    keys: Sequence[object] | None = None,
    colours: Sequence[str | None] | None = None,
    colour_column: int = 2,
) -> None:
    """Replaces the rows; ``keys[i]`` is kept on row i (``row_key``), ``colours[i]`` paints ``colour_column``."""
    table.blockSignals(True)
    table.clearSelection()
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)
        if colours is not None and colours[r]:
            table.item(r, colour_column).setForeground(QColor(colours[r]))
    table.blockSignals(False)


def selected_key(table: QTableWidget) -> object | None:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

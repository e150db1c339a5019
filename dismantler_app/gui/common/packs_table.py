"""The packs panel: expected against scanned, one row per pack, the state in large words on its colour.

A yard vehicle carries one to four packs, so four rows show without scrolling; the code columns are as wide as a
24-character GB/T 34014 code in a fixed-pitch font, so a code is never cut to "…B5H00002…" (seen in review)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from dismantler_app.gui.common.pack_rows import PackRow, PackState
from dismantler_app.gui.common.tables import ROW_HEIGHT

CODE_LENGTH = 24  # GB/T 34014-2017: a traction battery code is 24 characters
ROWS_SHOWN = 4  # the most packs a yard vehicle carries in practice (1–4)
COMPACT_ROWS_SHOWN = 1  # the desk: at least one whole row; the table takes what the page has to spare
CELL_MARGIN = 8  # px: the item's text margins (3 each side in Fusion), the grid line and a pixel to spare


def code_font(point_size: int, *, compact: bool = False) -> QFont:
    """The codes one point below the table's text (two on the desk, whose review boxes show them full size):
    fixed pitch reads as wide as the text's next size up, and two 24-character columns then fit beside the state
    at 1366×768."""
    font = QFont("monospace", point_size - (2 if compact else 1))
    font.setStyleHint(QFont.StyleHint.TypeWriter)  # a fixed-pitch family even where "monospace" is not an alias
    return font


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
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.rows: list[PackRow] = []
        self.compact = False
        self._retranslate()
        self._size_columns()

    def set_compact(self, compact: bool) -> None:
        """The codes a point smaller and room for one row at least (more when the page has the height): for the
        desk, where the table shares the page with the queue and the review. The state keeps its whole words: its
        sign alone ("≠") was not read as a state (issue 12)."""
        self.compact = compact
        self._size_columns()
        self._fill()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        # Compact, the table asks only for its minimum and takes what its page has left (its stretch): asking for
        # four rows made the desk's banner give way first and hide a reason behind its scroll bar.
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumHeight()) if self.compact else hint

    def _size_columns(self) -> None:
        # From the font in force now: the application's font arrives after construction (style sheet, language).
        mono = QFontMetrics(code_font(self.font().pointSize(), compact=self.compact))
        code_width = mono.horizontalAdvance("0" * CODE_LENGTH) + CELL_MARGIN
        header = self.horizontalHeader()
        for column in (0, 1):
            title = self.horizontalHeaderItem(column).text() if self.horizontalHeaderItem(column) else ""
            self.setColumnWidth(column, max(code_width, header.fontMetrics().horizontalAdvance(title) + CELL_MARGIN))
        frame = 2 * self.frameWidth()
        rows = COMPACT_ROWS_SHOWN if self.compact else ROWS_SHOWN
        self.setMinimumHeight(header.sizeHint().height() + rows * ROW_HEIGHT + frame)
        bold = QFontMetrics(self._state_font())
        shown = [self._shown_state(state) for state in PackState]
        state_width = max(bold.horizontalAdvance(text) for text in shown) + CELL_MARGIN
        state_width = max(state_width, header.fontMetrics().horizontalAdvance(self.tr("State")) + CELL_MARGIN)
        self.setMinimumWidth(self.columnWidth(0) + self.columnWidth(1) + state_width + frame)

    def show_rows(self, rows: list[PackRow]) -> None:
        self.rows = list(rows)
        self._size_columns()  # with the font in force now, the one the codes are drawn in
        self._fill()

    def state_text(self, state: PackState) -> str:
        return {
            PackState.PRESENT: self.tr("✔ Present"),
            PackState.MISSING: self.tr("✖ Missing"),
            PackState.MISMATCHED: self.tr("≠ Mismatched"),
            PackState.LINKED_ELSEWHERE: self.tr("⚠ On another vehicle"),
            PackState.UNEXPECTED: self.tr("? Not registered"),
            PackState.REPLACED: self.tr("✔ Replaced (record)"),
        }[state]

    def _shown_state(self, state: PackState) -> str:
        return self.state_text(state)

    def _state_font(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def _retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Expected"), self.tr("Scanned"), self.tr("State")])
        self._fill()

    def _fill(self) -> None:
        self.setRowCount(len(self.rows))
        # A pack known by its battery passport id has a URL for a code: its end (the serial) tells packs apart, so
        # it is elided in the middle, on one line (wrapping would break it at a slash and elide that line's end).
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        bold = self._state_font()
        mono = code_font(self.font().pointSize(), compact=self.compact)
        for i, row in enumerate(self.rows):
            unknown = "—"
            for column, text in enumerate((row.expected or unknown, row.scanned or unknown)):
                item = QTableWidgetItem(text)
                item.setFont(mono)
                if len(text) > CODE_LENGTH:
                    item.setToolTip(text)
                self.setItem(i, column, item)
            state = QTableWidgetItem(self._shown_state(row.state))
            state.setFont(bold)
            state.setToolTip(self.state_text(row.state))
            state.setForeground(QColor("#ffffff"))
            state.setBackground(QColor(STATE_COLOURS[row.state]))
            if row.detail:
                state.setToolTip(row.detail)
            self.setItem(i, 2, state)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._size_columns()
            self._fill()
        super().changeEvent(event)

"""Finds every text a person cannot read whole on a window: a label, button, check box, group box title, tab or
table header narrower (or, word-wrapped, lower) than its text in its own font. Used by the layout tests; each cut
is reported as (page, widget object name, text, needed, given) so that a failure names what to fix."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionGroupBox,
    QTabBar,
    QTableView,
    QWidget,
)

SLACK = 1  # px: rounding between the metrics' advance and the painter's
BUTTON_MARGIN = 4  # px: the least room either side of a button's words


@dataclass(frozen=True)
class Cut:
    page: str
    widget: str  # the object name, or the class and the parent's name when it has none
    text: str
    needed: str  # "w×h" the text needs
    given: str  # "w×h" it has


def _name(widget: QWidget) -> str:
    if widget.objectName():
        return widget.objectName()
    parent = widget.parentWidget()
    return f"{type(widget).__name__} in {parent.objectName() if parent is not None else '?'}"


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(widget: QWidget, window: QWidget) -> bool:
    if not widget.isVisibleTo(window) or widget.width() <= 0:
        return False
    # Scrolled out of its viewport (a long settings form): not cut, the person scrolls to it.
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().intersects(QRect(top_left, widget.size()))


def _label_cut(label: QLabel) -> tuple[tuple[int, int], tuple[int, int]] | None:
    text = _plain(label.text()) if label.buddy() is not None else label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rect = label.contentsRect()
    margin = label.margin()
    width, height = rect.width() - 2 * margin, rect.height() - 2 * margin
    if label.indent() > 0:
        width -= label.indent()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(width)
        needed = (int(document.idealWidth()) if label.wordWrap() else int(document.size().width()), 0)
        needed = (needed[0], int(document.size().height()))
    else:
        metrics = QFontMetrics(label.font())
        flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else 0
        box = metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), int(label.alignment()) | int(flags), text)
        needed = (box.width(), box.height())
    if needed[0] > width + SLACK or needed[1] > height + SLACK:
        return needed, (width, height)
    return None


def _button_cut(button: QAbstractButton) -> tuple[tuple[int, int], tuple[int, int]] | None:
    text = _plain(button.text())
    if not text:
        return None
    style = button.style()
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    if isinstance(button, QCheckBox):
        rect = style.subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, button)
    elif isinstance(button, QRadioButton):
        rect = style.subElementRect(QStyle.SubElement.SE_RadioButtonContents, option, button)
    else:
        rect = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    metrics = QFontMetrics(button.font())
    needed_w = metrics.horizontalAdvance(text)
    if isinstance(button, QPushButton):  # words touching the frame read as cut off
        rect = rect.adjusted(
            max(BUTTON_MARGIN - rect.left(), 0), 0, -max(BUTTON_MARGIN - (button.width() - rect.right() - 1), 0), 0
        )
    if not button.icon().isNull():
        needed_w += button.iconSize().width() + 4
    needed_h = metrics.height()
    if needed_w > rect.width() + SLACK or needed_h > rect.height() + SLACK:
        return (needed_w, needed_h), (rect.width(), rect.height())
    return None


def _group_cut(box: QGroupBox) -> tuple[tuple[int, int], tuple[int, int]] | None:
    text = _plain(box.title())
    if not text:
        return None
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)  # type: ignore[attr-defined]
    rect = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    needed = QFontMetrics(box.font()).horizontalAdvance(text)
    # The title is drawn from the label's left edge without clipping (the style's own rect is an estimate).
    room = box.width() - rect.left()
    if needed > room + SLACK:
        return (needed, 0), (room, 0)
    return None


def _header_cuts(header: QHeaderView) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    model = header.model()
    if model is None:
        return []
    found = []
    metrics = QFontMetrics(header.font())
    padding = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    viewport = header.viewport().width()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = str(model.headerData(section, header.orientation()) or "")
        if not title:
            continue
        needed = metrics.horizontalAdvance(title) + padding
        size = header.sectionSize(section)
        right = header.sectionViewportPosition(section) + size
        if needed > size + SLACK or right > viewport + SLACK:
            found.append((title, (needed, 0), (min(size, viewport - header.sectionViewportPosition(section)), 0)))
    return found


def _tab_cuts(bar: QTabBar) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    found = []
    metrics = QFontMetrics(bar.font())
    for index in range(bar.count()):
        text = _plain(bar.tabText(index))
        rect = bar.tabRect(index)
        needed = metrics.horizontalAdvance(text)
        if text and (needed > rect.width() - 8 or rect.right() > bar.width() + SLACK):
            found.append((text, (needed, 0), (rect.width(), 0)))
    return found


def _size(pair: tuple[int, int]) -> str:
    return f"{pair[0]}×{pair[1]}"


def cut_texts(window: QWidget, *, page: str) -> list[Cut]:
    """Every text on ``window`` shown but not whole, in the widgets' own fonts (word wrap accounted for)."""
    cuts: list[Cut] = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        if isinstance(widget, QLabel):
            if (found := _label_cut(widget)) is not None:
                cuts.append(Cut(page, _name(widget), widget.text()[:60], _size(found[0]), _size(found[1])))
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton):
            if (found := _button_cut(widget)) is not None:
                cuts.append(Cut(page, _name(widget), _plain(widget.text()), _size(found[0]), _size(found[1])))
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            table = widget.parentWidget()
            where = table.objectName() if table is not None else _name(widget)
            for title, needed, given in _header_cuts(widget):
                cuts.append(Cut(page, f"{where} header", title, _size(needed), _size(given)))
        elif isinstance(widget, QTableView) and (box := widget.parentWidget()) is not None:
            if not box.rect().contains(widget.geometry()):  # its box is too narrow or low for it: it runs out
                size = f"{widget.width()}×{widget.height()}"
                cuts.append(Cut(page, _name(widget), "(the table itself)", size, f"{box.width()}×{box.height()}"))
        elif isinstance(widget, QListView) and widget.flow() == QListView.Flow.LeftToRight and not widget.isWrapping():
            # A row of thumbnails: each caption whole above the scroll bar.
            model, room = widget.model(), widget.viewport().height()
            for row in range(model.rowCount() if model is not None else 0):
                rect = widget.visualRect(model.index(row, 0))
                if rect.bottom() >= room + SLACK:
                    text = str(model.data(model.index(row, 0)) or "")
                    cuts.append(Cut(page, _name(widget), text, f"{rect.width()}×{rect.height()}", f"?×{room}"))
        elif isinstance(widget, QTabBar):
            for title, needed, given in _tab_cuts(widget):
                cuts.append(Cut(page, _name(widget), title, _size(needed), _size(given)))
        if isinstance(widget, QGroupBox) and (found := _group_cut(widget)) is not None:
            cuts.append(Cut(page, _name(widget), _plain(widget.title()), _size(found[0]), _size(found[1])))
    return cuts


CELL_PADDING = 8  # px: the item's text margins (3 each side in Fusion), the grid line and a pixel to spare


def cut_cells(table: QTableView, columns: list[int], *, page: str) -> list[Cut]:
    """Cells in ``columns`` whose text (in the cell's own font) is wider than the column or runs past the table's
    view: a pack's state or an intake's status must be read whole, never as "≠" or "Awaiting…"."""
    model, found = table.model(), []
    for row in range(model.rowCount()):
        for column in columns:
            index = model.index(row, column)
            text = str(model.data(index) or "")
            font = model.data(index, Qt.ItemDataRole.FontRole) or table.font()
            needed = QFontMetrics(font).horizontalAdvance(text) + CELL_PADDING
            width = table.columnWidth(column)
            right = table.columnViewportPosition(column) + width
            if text and (needed > width or right > table.viewport().width() + SLACK):
                found.append(Cut(page, f"{table.objectName()} row {row}", text, f"{needed}×0", f"{width}×0"))
    return found

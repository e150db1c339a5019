"""The side navigation's width: as wide as its longest page name in the language shown, so no name is cut and no
horizontal scroll bar appears ("Batteries in stock" at 14 pt needed one at the old fixed 170–210 px)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

MIN_WIDTH = 150  # px: the Chinese names are short; below this the list reads as a toolbar, not a menu
MAX_WIDTH = 260  # px: at 1366 px the pages keep ≥ 1090 px, what the intake station needs beside its camera
ITEM_PADDING = 24  # px: the item's own padding and the selection frame, either side


def fit_navigation(nav: QListWidget) -> None:
    nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    nav.setWordWrap(True)  # a name longer than MAX_WIDTH wraps rather than hiding behind a scroll bar
    nav.ensurePolished()
    metrics = nav.fontMetrics()
    widest = max((metrics.horizontalAdvance(nav.item(row).text()) for row in range(nav.count())), default=0)
    frame = 2 * nav.frameWidth()
    scroll = nav.verticalScrollBar().sizeHint().width() if nav.verticalScrollBar().isVisible() else 0
    nav.setFixedWidth(max(MIN_WIDTH, min(MAX_WIDTH, widest + ITEM_PADDING + frame + scroll)))

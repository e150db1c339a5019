"""Handheld-scanner bursts accepted anywhere in the window: an application event filter that watches key presses,
recognises a scan (:mod:`~dismantler_app.gui.scanner_burst`), takes the burst's characters back out of whatever
line edit received them, swallows the closing Enter, and emits ``scanned``. Typing by hand is left alone.

Password fields are never watched: a password must not be mistaken for, or logged as, a code.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from dismantler_app.gui.scanner_burst import BurstDetector, BurstRule

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class ScannerFilter(QObject):
    scanned = Signal(str)

    def __init__(
        self,
        window: QWidget,
        *,
        rule: BurstRule | None = None,
        now_ms: Callable[[], float] = monotonic_ms,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._detector = BurstDetector(rule or BurstRule())
        self._now_ms = now_ms
        self.enabled = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self.enabled or not isinstance(watched, QWidget):
            return False
        focus = QApplication.focusWidget()
        # A key event travels up the parents when ignored; look at it once, at the widget that has the focus.
        if watched is not (focus or watched.window()) or watched.window() is not self._window:
            return False
        if isinstance(focus, QLineEdit) and focus.echoMode() != QLineEdit.EchoMode.Normal:
            self._detector.reset()
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        now = self._now_ms()
        if key_event.key() in _ENTER_KEYS:
            text = self._detector.enter(now)
            if text is None:
                return False
            if isinstance(focus, QLineEdit):
                self._take_back(focus, text)
            self.scanned.emit(text)
            return True
        char = key_event.text()
        if char and char.isprintable():
            self._detector.key(char, now)
        return False

    @staticmethod
    def _take_back(edit: QLineEdit, text: str) -> None:
        """The burst was typed into ``edit`` on its way; remove it so the field keeps only what the person typed."""
        current = edit.text()
        position = edit.cursorPosition()
        start = position - len(text)
        if start >= 0 and current[start:position] == text:
            edit.setText(current[:start] + current[position:])
            edit.setCursorPosition(start)

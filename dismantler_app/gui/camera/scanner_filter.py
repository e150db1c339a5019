"""Handheld-scanner bursts accepted anywhere in the window: an application event filter that watches key presses,
recognises a scan (``domain/scanner_input.py``), takes the burst's characters back out of whatever
line edit received them, swallows the closing Enter, and emits ``scanned``. Typing by hand is left alone.

Password fields are never watched while someone is signed in: a password must not be mistaken for, or logged as, a
code. On the lock screen (``locked``) a burst that is a VIN or a battery code is taken back out of the field it
landed in (the password box included, where it would have been sent as a failed sign-in) and emitted as ``held``;
anything else typed there, however fast, stays where it was typed and its Enter goes through.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from dismantler_app.domain.classifier import classify
from dismantler_app.domain.codes import CodeKind
from dismantler_app.domain.scanner_input import BurstDetector, ScannerBurst, ScannerSettings

# What a scan on the lock screen is held for: the codes the intake page records.
_HELD_KINDS = frozenset({CodeKind.VIN, CodeKind.BATTERY, CodeKind.BATTERY_PASSPORT, CodeKind.GBT45565})
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class ScannerFilter(QObject):
    scanned = Signal(str)
    held = Signal(str)  # a code scanned while the station is locked
    burst_seen = Signal(object)  # the ScannerBurst, with its keyboard-layout diagnosis

    def __init__(
        self,
        window: QWidget,
        *,
        settings: ScannerSettings | None = None,
        now_ms: Callable[[], float] = monotonic_ms,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._detector = BurstDetector(settings or ScannerSettings())
        self._now_ms = now_ms
        self.enabled = True
        self.locked = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self.enabled or not isinstance(watched, QWidget):
            return False
        focus = QApplication.focusWidget()
        # A key event travels up the parents when ignored; look at it once, at the widget that has the focus.
        if watched is not (focus or watched.window()) or watched.window() is not self._window:
            return False
        if isinstance(focus, QLineEdit) and focus.echoMode() != QLineEdit.EchoMode.Normal and not self.locked:
            self._detector.reset()
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        now = self._now_ms()
        char = "\r" if key_event.key() in _ENTER_KEYS else key_event.text()
        if key_event.key() == Qt.Key.Key_Tab:
            char = "\t"
        if not char or not (char.isprintable() or char in "\r\t"):
            return False
        burst: ScannerBurst | None = self._detector.key(char, at_ms=now)
        if burst is None:
            return False
        code = burst.layout.repaired if burst.layout else burst.text
        if self.locked:
            found = classify(code)
            if found.kind not in _HELD_KINDS or not found.code:
                return False  # fast typing, not a scan: it stays in its field and its Enter signs in
            if isinstance(focus, QLineEdit):
                self._take_back(focus, self._detector_typed(burst))
            self.held.emit(found.code)
            return True
        if isinstance(focus, QLineEdit):
            self._take_back(focus, self._detector_typed(burst))
        self.burst_seen.emit(burst)
        self.scanned.emit(burst.layout.repaired if burst.layout else burst.text)
        return True  # the terminator is swallowed: no second "Enter" for the field that had the focus

    def _detector_typed(self, burst: ScannerBurst) -> str:
        settings = self._detector.settings
        return settings.prefix + burst.text + settings.suffix

    @staticmethod
    def _take_back(edit: QLineEdit, text: str) -> None:
        """The burst was typed into ``edit`` on its way; remove it so the field keeps only what the person typed."""
        current = edit.text()
        position = edit.cursorPosition()
        start = position - len(text)
        if start >= 0 and current[start:position] == text:
            edit.setText(current[:start] + current[position:])
            edit.setCursorPosition(start)

"""Locking an unattended station: any key, click or wheel restarts a countdown; when it runs out, ``timed_out``.

The countdown is a Qt timer on purpose: it measures the person's absence on this screen, not calendar time, so it
does not take the domain clock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel})


class IdleWatcher(QObject):
    timed_out = Signal()

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, seconds) * 1000)
        self._timer.timeout.connect(self.timed_out)

    def set_interval_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def arm(self) -> None:
        self._timer.start()

    def disarm(self) -> None:
        self._timer.stop()

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

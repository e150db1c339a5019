"""The page's messages, kept until read: a short list, newest first, each with the yard PC's time of day, so a
refusal ("press F2 first", "not a VIN or battery code") is not overwritten by the camera's next remark a second
later. The same message again only moves to the top with its new time. Messages are kept as functions, so a
language switch re-words them all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

KEEP = 30
ROWS_SHOWN = 2
MOST_LINES = 4  # two messages that each wrap once; more scroll


@dataclass
class Message:
    words: Callable[[], str]
    bad: bool
    at: datetime


class MessageLog(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messages: list[Message] = []
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never takes the focus from the code entry
        self.setObjectName("messages")
        self._fit()

    def _fit(self) -> None:
        """As high as the two newest messages as drawn (a Chinese line, drawn in the fallback font, is taller than
        the Latin font's line: from the rows' own heights it was cut to one line under X11), never less than two
        lines of the font in force, never more than ``MOST_LINES``."""
        line = self.fontMetrics().lineSpacing()
        rows = sum(self.sizeHintForRow(row) for row in range(min(self.count(), ROWS_SHOWN)))
        rows += max(ROWS_SHOWN - self.count(), 0) * line
        height = min(max(rows, ROWS_SHOWN * line), MOST_LINES * line)
        self.setFixedHeight(height + 2 * self.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()  # a narrower log wraps a message onto another line

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()  # another text size

    def say(self, words: Callable[[], str], *, bad: bool = False, at: datetime | None = None) -> None:
        text = words()
        if not text:
            return
        at = at or datetime.now()
        self.messages = [m for m in self.messages if m.words() != text]
        self.messages.insert(0, Message(words, bad, at))
        del self.messages[KEEP:]
        self.render()

    def latest(self) -> str:
        return self.messages[0].words() if self.messages else ""

    def render(self) -> None:
        self.clear()
        for message in self.messages:
            item = QListWidgetItem(f"{message.at:%H:%M:%S}  {message.words()}")
            if message.bad:
                item.setForeground(QBrush(QColor("#b71c1c")))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.addItem(item)
        self._fit()

"""A code read from printed text that the text alone may not decide (a battery code the vehicle does not expect, a
VIN whose check digit fails): shown under the preview with the crop it was read from beside the code, so that the
operator compares the two and confirms with one key (F8) or dismisses it. Nothing is recorded until then, and a
suggestion never outlives its vehicle (New vehicle clears it) nor another one (the newest replaces it).

What confirming records is the service's to decide (``services.packs.confirm_text_scan``); this widget only holds
the suggestion and says it in the operator's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dismantler_app.domain.printed_codes import TextReason

CONFIRM_KEY = "F8"
CROP_HEIGHT = 56  # the crop is a line of text: shown about twice as tall as the code's own letters
_REASONS = {
    TextReason.BATTERY_CODE_FROM_TEXT: QT_TRANSLATE_NOOP(
        "TextSuggestion",
        "Read from the printed text, which has no check character, and not among this vehicle's expected packs. "
        "Compare it with the label.",
    ),
    TextReason.VIN_CHECK_DIGIT: QT_TRANSLATE_NOOP(
        "TextSuggestion", "Read from the printed text, and its check digit does not match. Compare it with the label."
    ),
    TextReason.CORRECTED: QT_TRANSLATE_NOOP(
        "TextSuggestion", "Read from the printed text with look-alike characters corrected. Compare it with the label."
    ),
}


@dataclass(frozen=True)
class Suggestion:
    """What the camera read from text, with what the operator needs to judge it and what the service needs after."""

    kind: str  # CodeKind value
    code: str
    reason: str  # printed_codes.TextReason
    crop_jpeg: bytes
    first_seen_at: datetime
    evidence: bytes | None = None  # the frame (JPEG), kept as the scan's photo once confirmed


def _tr(text: str) -> str:
    return QCoreApplication.translate("TextSuggestion", text)


class TextSuggestionPanel(QFrame):
    confirm_requested = Signal()
    dismiss_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("text_suggestion")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#text_suggestion { background: #fff8e1; border: 2px solid #ffab00; }")
        self.crop = QLabel(self)
        self.crop.setMinimumHeight(CROP_HEIGHT)
        self.crop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = QLabel(self)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        font.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 1.6)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.confirm_button = QPushButton(self)
        self.dismiss_button = QPushButton(self)
        for button in (self.confirm_button, self.dismiss_button):
            button.setMinimumHeight(44)  # gloved fingers
        self.confirm_button.clicked.connect(self.confirm_requested)
        self.dismiss_button.clicked.connect(self.dismiss_requested)
        words = QVBoxLayout()
        words.addWidget(self.code)
        words.addWidget(self.reason)
        buttons = QVBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.dismiss_button)
        row = QHBoxLayout(self)
        row.addWidget(self.crop, 2)
        row.addLayout(words, 3)
        row.addLayout(buttons, 0)
        self.current: Suggestion | None = None
        self.retranslate()
        self.setVisible(False)

    def offer(self, suggestion: Suggestion) -> None:
        """Shows a suggestion, replacing the one shown (the camera moved on to another label)."""
        self.current = suggestion
        pixmap = QPixmap()
        if suggestion.crop_jpeg and pixmap.loadFromData(suggestion.crop_jpeg, "JPG"):
            pixmap = pixmap.scaledToHeight(CROP_HEIGHT, Qt.TransformationMode.SmoothTransformation)
        self.crop.setPixmap(pixmap)
        self.code.setText(suggestion.code)
        self.retranslate()
        self.setVisible(True)

    def take(self) -> Suggestion | None:
        """The suggestion shown, which leaves the screen (confirmed or dismissed)."""
        suggestion, self.current = self.current, None
        self.setVisible(False)
        self.crop.clear()
        return suggestion

    def retranslate(self) -> None:
        self.confirm_button.setText(
            QCoreApplication.translate("TextSuggestion", "Confirm (%1)").replace("%1", CONFIRM_KEY)
        )
        self.dismiss_button.setText(QCoreApplication.translate("TextSuggestion", "Not this code"))
        reason = _REASONS.get(self.current.reason) if self.current is not None else None
        self.reason.setText(_tr(reason) if reason else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

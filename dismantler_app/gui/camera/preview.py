"""The live camera preview: paints the newest frame, scaled to fit, with a box on every symbol coloured by what it
is (battery code, VIN, unrecognised), and a flash around the picture when a code is confirmed. A symbol located but
not read gets an amber box with what to do in large words beside it ("Move closer", "Hold still", "Tilt the label
away from the light"), where the operator is already looking; the hint arrives as a code (scanning/guidance.py) and
is put into words here, at paint time, so a language switch shows at the next frame.

It only paints what it is given; frames arrive already converted to ``QImage`` by the camera worker's thread, and
``update()`` coalesces repaints, so a burst of frames never queues more than one paint on the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from dismantler_app.domain.codes import CodeKind

Point = tuple[float, float]

# Colour per kind, and a dashed outline for unrecognised symbols so the difference survives colour blindness.
KIND_COLOURS = {
    CodeKind.BATTERY: QColor("#00c853"),
    CodeKind.VIN: QColor("#2979ff"),
    CodeKind.USCC: QColor("#ffab00"),
    CodeKind.BATTERY_PASSPORT: QColor("#00bfa5"),  # a battery too: teal beside the GB/T 34014 green
    CodeKind.GBT45565: QColor("#aa00ff"),
    CodeKind.UNKNOWN: QColor("#ff1744"),
}
FLASH_MS = 350  # long enough to catch the eye from the side, short enough not to hide the next label
HINT_COLOUR = QColor("#ffab00")
# The hint codes of scanning/guidance.py (``Hint``) in words; the GUI owns the words.
HINT_WORDS = {
    "closer": QT_TRANSLATE_NOOP("PreviewWidget", "Move closer"),
    "hold_still": QT_TRANSLATE_NOOP("PreviewWidget", "Hold still"),
    "tilt_away_from_light": QT_TRANSLATE_NOOP("PreviewWidget", "Tilt the label away from the light"),
}


def hint_text(hint: str) -> str:
    """A hint code in the operator's language (an unknown code is shown as it is rather than hidden)."""
    words = HINT_WORDS.get(hint)
    return QCoreApplication.translate("PreviewWidget", words) if words else hint


@dataclass(frozen=True)
class Overlay:
    corners: tuple[Point, Point, Point, Point]  # frame pixels, clockwise from top-left
    kind: CodeKind
    label: str = ""
    hint: str = ""  # a guidance code (located, not read): drawn amber with its words instead of the kind's colour


class PreviewWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._image: QImage | None = None
        self._overlays: tuple[Overlay, ...] = ()
        self._flash = QTimer(self)
        self._flash.setSingleShot(True)
        self._flash.timeout.connect(self.update)
        self.frames_shown = 0
        self.message = ""

    def show_frame(self, image: QImage, overlays: Sequence[Overlay] = ()) -> None:
        self._image = image
        self._overlays = tuple(overlays)
        self.frames_shown += 1
        self.update()

    def show_message(self, text: str) -> None:
        """A line painted over the preview (no camera, camera stopped…)."""
        self.message = text
        self.update()

    def flash(self) -> None:
        self._flash.start(FLASH_MS)
        self.update()

    @property
    def flashing(self) -> bool:
        return self._flash.isActive()

    @property
    def overlays(self) -> tuple[Overlay, ...]:
        return self._overlays

    def hints(self) -> list[str]:
        """The guidance painted over the current frame, in words."""
        return [hint_text(o.hint) for o in self._overlays if o.hint]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#101418"))
        if self._image is not None and not self._image.isNull():
            target = self._fit(self._image.width(), self._image.height())
            painter.drawImage(target, self._image)
            self._paint_overlays(painter, target)
        if self.message:
            painter.setPen(QColor("#eceff1"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message)
        if self.flashing:
            painter.setPen(QPen(QColor("#00e676"), 12))
            painter.drawRect(self.rect().adjusted(6, 6, -6, -6))
        painter.end()

    def _fit(self, width: int, height: int) -> QRectF:
        scale = min(self.width() / width, self.height() / height)
        w, h = width * scale, height * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def _paint_overlays(self, painter: QPainter, target: QRectF) -> None:
        scale = target.width() / self._image.width()  # type: ignore[union-attr]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for overlay in self._overlays:
            if overlay.hint:
                self._paint_hint(painter, target, scale, overlay)
                continue
            colour = KIND_COLOURS[overlay.kind]
            pen = QPen(colour, 4)
            if overlay.kind is CodeKind.UNKNOWN:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            points = [QPointF(target.x() + x * scale, target.y() + y * scale) for x, y in overlay.corners]
            painter.drawPolygon(QPolygonF(points))
            if overlay.label:
                top = min(points, key=lambda p: p.y())
                box = self.label_box(overlay.label, QPointF(top.x(), top.y()))
                painter.fillRect(box, colour)
                painter.setPen(QColor("#000000"))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, overlay.label)

    def _paint_hint(self, painter: QPainter, target: QRectF, scale: float, overlay: Overlay) -> None:
        points = [QPointF(target.x() + x * scale, target.y() + y * scale) for x, y in overlay.corners]
        pen = QPen(HINT_COLOUR, 4)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawPolygon(QPolygonF(points))
        words = hint_text(overlay.hint)
        painter.save()
        font = QFont(painter.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.6)  # read from arm's length, label in hand
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        width, height = metrics.horizontalAdvance(words) + 20, metrics.height() + 10
        bottom = max(points, key=lambda p: p.y())
        x = min(max(bottom.x() - width / 2, 0.0), max(self.width() - width, 0.0))
        y = min(bottom.y() + 6, max(self.height() - height, 0.0))
        box = QRectF(x, y, width, height)
        painter.fillRect(box, HINT_COLOUR)
        painter.setPen(QColor("#000000"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, words)
        painter.restore()

    def label_box(self, label: str, anchor: QPointF) -> QRectF:
        """Where a code's label is painted: above the symbol's top corner, as wide as the text in this font, and
        moved back inside the preview (a VIN near the right edge ran its label off the picture)."""
        metrics = self.fontMetrics()
        width, height = metrics.horizontalAdvance(label) + 12, metrics.height() + 6
        x = min(max(anchor.x(), 0.0), max(self.width() - width, 0.0))
        y = min(max(anchor.y() - height - 2, 0.0), max(self.height() - height, 0.0))
        return QRectF(x, y, width, height)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)

"""The photos panel: which required photos an intake has (exterior, VIN, battery label; damage when triage found
some), the kind to take next, and thumbnails. Pictures are encoded and scaled on the bridge's threads
(:func:`encode_jpeg`, :func:`thumbnail`); this widget only shows them.

The page asks for a photo of the kind chosen here with F5 (the live camera frame) or "From file…"; after each photo
the choice moves on to the next kind still missing, so a keyboard-only operator presses F5 once per photo.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QListView, QListWidgetItem, QWidget

from dismantler_app.domain.records import PhotoKind
from dismantler_app.gui.forms.ui_photos_panel import Ui_PhotosPanel
from dismantler_app.gui.intake.words import photo_kind_name

REQUIRED = (PhotoKind.EXTERIOR, PhotoKind.VIN, PhotoKind.BATTERY_LABEL)
OFFERED = (*REQUIRED, PhotoKind.DAMAGE, PhotoKind.AFTER_DISMANTLING)
THUMB = QSize(96, 64)
# Quality 85, as the scanning engine's evidence frames: a 720p photo stays around 100-200 KB and sharp enough to
# read a label from.
JPEG_QUALITY = 85


SHA256_ROLE = Qt.ItemDataRole.UserRole + 1  # the photo's hash, as the store names it


def encode_jpeg(image: QImage, *, quality: int = JPEG_QUALITY) -> bytes:
    """The image as JPEG bytes (QImage is reentrant: this runs on a worker thread with its own copy)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "JPG", quality):
        raise ValueError("the camera frame could not be encoded as JPEG")
    buffer.close()
    return bytes(data.data())


def thumbnail(data: bytes) -> QImage:
    image = QImage.fromData(data)
    if image.isNull():
        raise ValueError("the photo could not be read as an image")
    return image.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class PhotosPanel(QWidget):
    capture_requested = Signal(str)  # PhotoKind value: from the live frame
    file_requested = Signal(str)  # PhotoKind value: from a file

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PhotosPanel()
        self.ui.setupUi(self)
        for kind in OFFERED:
            self.ui.kind.addItem("", kind.value)
        self.ui.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.ui.thumbnails.setIconSize(THUMB)
        self.ui.thumbnails.setFlow(QListView.Flow.LeftToRight)
        self.ui.thumbnails.setWrapping(False)
        for button in (self.ui.take_button, self.ui.file_button):
            button.setMinimumHeight(40)
        self.ui.take_button.clicked.connect(lambda: self.capture_requested.emit(self.kind().value))
        self.ui.file_button.clicked.connect(lambda: self.file_requested.emit(self.kind().value))
        self.taken: dict[PhotoKind, int] = {}
        # (sha256, kind) of the photos in the strip: stored and new ones meet without doubles. The kind too: one
        # still frame taken twice (F5 on a camera that has not moved) is two photos of different purpose.
        self.shown: set[tuple[str, PhotoKind]] = set()
        self.damage_required = False
        self._retranslate()

    def kind(self) -> PhotoKind:
        return PhotoKind(self.ui.kind.currentData())

    def reset(self) -> None:
        self.taken.clear()
        self.shown.clear()
        self.damage_required = False
        self.ui.thumbnails.clear()
        self.ui.kind.setCurrentIndex(0)
        self._render()

    def set_damage_required(self, required: bool) -> None:
        self.damage_required = required
        self._render()

    def missing(self) -> list[PhotoKind]:
        needed = [*REQUIRED, PhotoKind.DAMAGE] if self.damage_required else list(REQUIRED)
        return [kind for kind in needed if not self.taken.get(kind)]

    def add_photo(self, kind: PhotoKind, thumb: QImage, *, sha256: str = "") -> None:
        """A photo of the intake; one already in the strip (same ``sha256`` and kind) is not added twice."""
        if sha256:
            if (sha256, kind) in self.shown:
                return
            self.shown.add((sha256, kind))
        self.taken[kind] = self.taken.get(kind, 0) + 1
        item = QListWidgetItem(QIcon(QPixmap.fromImage(thumb)), photo_kind_name(kind))
        item.setData(Qt.ItemDataRole.UserRole, kind.value)
        item.setData(SHA256_ROLE, sha256)
        self.ui.thumbnails.addItem(item)
        self.ui.thumbnails.scrollToItem(item)
        missing = self.missing()
        if missing and self.kind() not in missing:
            self.ui.kind.setCurrentIndex(self.ui.kind.findData(missing[0].value))
        self._render()

    def remove_photo(self, sha256: str) -> None:
        """A photo deleted from the intake leaves the strip, and what it stood for is missing again."""
        for row in reversed(range(self.ui.thumbnails.count())):
            item = self.ui.thumbnails.item(row)
            if item.data(SHA256_ROLE) == sha256:
                kind = PhotoKind(item.data(Qt.ItemDataRole.UserRole))
                self.taken[kind] = max(0, self.taken.get(kind, 0) - 1)
                self.shown.discard((sha256, kind))
                self.ui.thumbnails.takeItem(row)
        self._render()

    def _render(self) -> None:
        needed = [*REQUIRED, PhotoKind.DAMAGE] if self.damage_required else list(REQUIRED)
        # Two spaces and regular weight: the line stays one line beside the camera at 1366×768 (bold wrapped).
        marks = "  ".join(("✔ " if self.taken.get(k) else "✖ ") + photo_kind_name(k) for k in needed)
        self.ui.required.setText(self.tr("Required: %1").replace("%1", marks))
        colour = "#1b5e20" if not self.missing() else "#e65100"
        self.ui.required.setStyleSheet(f"color: {colour};")

    def _retranslate(self) -> None:
        for index in range(self.ui.kind.count()):
            self.ui.kind.setItemText(index, photo_kind_name(PhotoKind(self.ui.kind.itemData(index))))
        for row in range(self.ui.thumbnails.count()):
            item = self.ui.thumbnails.item(row)
            item.setText(photo_kind_name(PhotoKind(item.data(Qt.ItemDataRole.UserRole))))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

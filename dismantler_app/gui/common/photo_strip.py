"""A row of photo thumbnails with their purpose written under each; a photo whose file is missing or damaged is
listed with a cross, never left out (the evidence must be seen to be missing)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from dismantler_app.gui.common.record_words import photo_kind_name
from dismantler_app.gui.common.thumbnails import THUMBNAIL_SIZE, Thumbnail
from dismantler_app.services.review import AttachedPhoto


class PhotoStrip(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        # A row under the queue: beside the packs it took the width the 24-character codes need at 1366×768.
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.thumbnails: list[tuple[AttachedPhoto, Thumbnail | None]] = []

    def show_thumbnails(self, thumbnails: list[tuple[AttachedPhoto, Thumbnail | None]]) -> None:
        self.thumbnails = list(thumbnails)
        self.clear()
        for photo, image in self.thumbnails:
            item = QListWidgetItem(self._label(photo, image is not None))
            if image is not None:
                item.setIcon(QIcon(QPixmap.fromImage(image.to_image())))
            self.addItem(item)

    @staticmethod
    def _label(photo: AttachedPhoto, readable: bool) -> str:
        text = photo_kind_name(photo.kind) + (f" {photo.pack_code[-7:]}" if photo.pack_code else "")
        return text if readable else f"✖ {text}"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # Only the words change: the icons stay (re-making pixmaps here is work the switch does not need).
            for row, (photo, image) in enumerate(self.thumbnails[: self.count()]):
                self.item(row).setText(self._label(photo, image is not None))
        super().changeEvent(event)

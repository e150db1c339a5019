"""A row of photo thumbnails with their purpose written under each; a photo whose file is missing or damaged is
listed with a cross, never left out (the evidence must be seen to be missing)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from dismantler_app.gui.record_words import photo_kind_name
from dismantler_app.gui.thumbnails import THUMBNAIL_SIZE
from dismantler_app.services.review import AttachedPhoto


class PhotoStrip(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        self.setFlow(QListView.Flow.TopToBottom)  # a column beside the packs: the desk has width to spare
        self.setWrapping(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.thumbnails: list[tuple[AttachedPhoto, QImage | None]] = []

    def show_thumbnails(self, thumbnails: list[tuple[AttachedPhoto, QImage | None]]) -> None:
        self.thumbnails = list(thumbnails)
        self.clear()
        for photo, image in self.thumbnails:
            text = photo_kind_name(photo.kind) + (f" {photo.pack_code[-7:]}" if photo.pack_code else "")
            item = QListWidgetItem(text if image is not None else f"✖ {text}")
            if image is not None:
                item.setIcon(QIcon(QPixmap.fromImage(image)))
            self.addItem(item)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_thumbnails(self.thumbnails)
        super().changeEvent(event)

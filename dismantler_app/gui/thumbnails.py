"""Photo thumbnails, made on a worker thread: the file is read (and checked against its hash) and scaled there, so a
folder of 12-megapixel photos never stalls the desk."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from dismantler_app.domain.permissions import User
from dismantler_app.services import review
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.errors import NotFound
from dismantler_app.services.review import AttachedPhoto

THUMBNAIL_SIZE = 120  # px: two fit across the desk's photo panel on a 1366-pixel screen


def load_thumbnails(
    services: ServiceContext, user: User, photos: Sequence[AttachedPhoto]
) -> list[tuple[AttachedPhoto, QImage | None]]:
    """Each photo with its thumbnail; None when the file is missing or damaged (shown as such, never hidden)."""
    out: list[tuple[AttachedPhoto, QImage | None]] = []
    for photo in photos:
        try:
            data = review.photo_bytes(services, user, photo.sha256)
        except (OSError, ValueError, NotFound):
            out.append((photo, None))
            continue
        image = QImage.fromData(data)
        if image.isNull():
            out.append((photo, None))
            continue
        out.append(
            (
                photo,
                image.scaled(
                    THUMBNAIL_SIZE,
                    THUMBNAIL_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                ),
            )
        )
    return out

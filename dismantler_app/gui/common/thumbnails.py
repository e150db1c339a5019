"""Photo thumbnails: the file is read (and checked against its hash), decoded and shrunk on a worker thread with
OpenCV, so a folder of 12-megapixel photos never stalls the desk; the UI thread only wraps the small pixels.

Why not ``QImage.fromData`` on the worker: decoding there loads Qt's image plugins into the pool thread, and after
that thread ended the next language switch crashed the process (measured: PySide6 6.11.3, offscreen, every run).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np
from PySide6.QtGui import QImage

from dismantler_app.domain.permissions import User
from dismantler_app.services import review
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.errors import NotFound
from dismantler_app.services.review import AttachedPhoto

THUMBNAIL_SIZE = 120  # px: a column of them fits beside the packs on a 1366-pixel screen


@dataclass(frozen=True)
class Thumbnail:
    """RGB pixels, row by row, no padding."""

    width: int
    height: int
    rgb: bytes

    def to_image(self) -> QImage:
        """On the UI thread: a QImage owning a copy of the pixels."""
        return QImage(self.rgb, self.width, self.height, 3 * self.width, QImage.Format.Format_RGB888).copy()


def shrink(data: bytes, *, size: int = THUMBNAIL_SIZE) -> Thumbnail | None:
    """Decodes JPEG/PNG/WebP bytes and fits them in ``size``×``size``; None when they are not a readable image."""
    pixels = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    if pixels is None:
        return None
    height, width = pixels.shape[:2]
    scale = min(size / width, size / height, 1.0)
    small = cv2.resize(
        pixels, (max(1, round(width * scale)), max(1, round(height * scale))), interpolation=cv2.INTER_AREA
    )
    rgb = np.ascontiguousarray(cv2.cvtColor(small, cv2.COLOR_BGR2RGB))
    return Thumbnail(rgb.shape[1], rgb.shape[0], rgb.tobytes())


def load_thumbnails(
    services: ServiceContext, user: User, photos: Sequence[AttachedPhoto]
) -> list[tuple[AttachedPhoto, Thumbnail | None]]:
    """Each photo with its thumbnail; None when the file is missing or damaged (shown as such, never hidden)."""
    out: list[tuple[AttachedPhoto, Thumbnail | None]] = []
    for photo in photos:
        try:
            data = review.photo_bytes(services, user, photo.sha256)
        except (OSError, ValueError, NotFound):
            out.append((photo, None))
            continue
        out.append((photo, shrink(data)))
    return out


def intake_thumbnails(
    services: ServiceContext, user: User, intake_id: str
) -> list[tuple[AttachedPhoto, Thumbnail | None]]:
    """The photos stored on an intake, with thumbnails: a resumed intake shows what earlier sessions took."""
    return load_thumbnails(services, user, review.intake_photos(services, user, intake_id))

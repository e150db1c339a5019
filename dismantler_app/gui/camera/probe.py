"""Which camera numbers open on this PC: devices 0–9 tried with the OS's backend (``scanning.sources``: V4L2 on
Linux, DirectShow on Windows, whose default MSMF took 4–12 s per USB webcam), each with a short open timeout, on
the bridge's thread, never the UI's. The settings page and the wizard list those that opened; a URL, a video file
or a folder of images can still be typed or chosen beside them."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

import cv2

from dismantler_app.scanning.sources import camera_backend

log = logging.getLogger(__name__)
DEVICE_NUMBERS = range(10)
OPEN_TIMEOUT_MS = 1500  # a present webcam opens in under a second on V4L2/DirectShow; an absent one fails at once

Opens = Callable[[int], bool]


def opencv_opens(index: int) -> bool:
    """True when OpenCV opens device ``index`` with this OS's backend; released at once. Quietly: an absent device
    is the usual answer, not a warning (OpenCV printed "can't open camera by index" for each of ten numbers every
    time the settings page opened)."""
    params = [cv2.CAP_PROP_OPEN_TIMEOUT_MSEC, OPEN_TIMEOUT_MS]
    with _opencv_silent():
        capture = cv2.VideoCapture(index, camera_backend(), params)
        try:
            return bool(capture.isOpened())
        finally:
            capture.release()


_LOG_LOCK = threading.Lock()


@contextmanager
def _opencv_silent() -> Iterator[None]:
    with _LOG_LOCK:
        level = cv2.utils.logging.getLogLevel()
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)
        try:
            yield
        finally:
            cv2.utils.logging.setLogLevel(level)


def probe_cameras(opens: Opens = opencv_opens, *, numbers: Iterable[int] = DEVICE_NUMBERS) -> list[str]:
    """The device numbers that opened, as the settings write them ("0", "1", …). A device that raises is left out
    and logged: one broken driver must not hide the others."""
    found = []
    for number in numbers:
        try:
            if opens(number):
                found.append(str(number))
        except Exception:
            log.warning("camera %d could not be probed", number, exc_info=True)
    return found

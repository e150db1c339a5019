"""Where frames come from: a camera by index, an IP camera URL, a video file, a folder of images.

Camera backends per OS (measured on yard PCs: Windows' default MSMF backend takes 4-12 s to open a USB webcam,
DirectShow well under one): V4L2 on Linux, DirectShow on Windows, the default elsewhere. MJPG is requested because
USB 2 webcams deliver 720p/1080p at full frame rate only compressed. Sources are opened and read by the engine's
grabbing thread only; the engine reconnects live sources (cameras, streams) and ends with finite ones.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

DEFAULT_RESOLUTION = (1280, 720)
# What a yard webcam gives at full frame rate over USB 2 with MJPG; more pixels on the label are what reads a
# symbol or printed code held too far away. Decode with FrameDecoder(work_side=CAMERA_WORK_SIDE) so that the
# cheap passes stay at 720p cost and the preview is scaled down by whoever shows it.
HIGHEST_USEFUL_RESOLUTION = (1920, 1080)
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp"})


class SourceUnavailable(Exception):
    """The source cannot be opened now (camera busy or unplugged, stream down, file missing)."""


class FrameUnreadable(Exception):
    """One frame could not be read (a corrupted image file); the source itself carries on."""


class FrameSource(Protocol):
    description: str
    live: bool  # True: reconnect when frames stop; False: stopping means the end

    def open(self) -> None: ...
    def read(self) -> np.ndarray | None:
        """The next frame, or None when the source has stopped delivering (lost, or at its end)."""
        ...

    def close(self) -> None: ...


def camera_backend(platform: str = sys.platform) -> int:
    if platform.startswith("linux"):
        return cv2.CAP_V4L2
    if platform.startswith("win"):
        return cv2.CAP_DSHOW
    return cv2.CAP_ANY


class CaptureSource:
    """OpenCV ``VideoCapture`` over a device index, a URL or a video file. A video file can be paced at its own
    frame rate (``realtime``), as a camera would deliver it, for replay benchmarks and demos."""

    def __init__(
        self,
        target: int | str,
        *,
        resolution: tuple[int, int] = DEFAULT_RESOLUTION,
        realtime: bool = False,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.target = target
        self.resolution = resolution
        self.is_file = isinstance(target, str) and "://" not in target
        self.live = not self.is_file
        self.realtime = realtime
        self.description = f"camera {target}" if isinstance(target, int) else str(target)
        self._capture: cv2.VideoCapture | None = None
        self._sleep = sleep
        self._monotonic = monotonic
        self._next_due = 0.0
        self._period = 0.0

    def open(self) -> None:
        if self.is_file and not Path(str(self.target)).is_file():
            raise SourceUnavailable(f"no such video file: {self.target}")
        if isinstance(self.target, int):
            capture = cv2.VideoCapture(self.target, camera_backend())
        else:
            capture = cv2.VideoCapture(self.target)
        if not capture.isOpened():
            capture.release()
            raise SourceUnavailable(f"cannot open {self.description}")
        if not self.is_file:
            capture.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter_fourcc(*"MJPG"))
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.resolution[0])
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.resolution[1])
            capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the newest frame, not a backlog (ignored by some backends)
        fps = capture.get(cv2.CAP_PROP_FPS) or 0.0
        self._period = 1.0 / fps if self.realtime and 1.0 <= fps <= 240.0 else 0.0
        self._next_due = self._monotonic()
        self._capture = capture

    def read(self) -> np.ndarray | None:
        if self._capture is None:
            return None
        if self._period:
            delay = self._next_due - self._monotonic()
            if delay > 0:
                self._sleep(delay)
            self._next_due = max(self._next_due + self._period, self._monotonic() - self._period)
        ok, frame = self._capture.read()
        return frame if ok and frame is not None and frame.size else None

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None


class FolderSource:
    """The images of a folder in name order, once (or looping), optionally at a fixed frame rate."""

    live = False

    def __init__(
        self,
        folder: Path,
        *,
        fps: float = 0.0,
        loop: bool = False,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.folder = folder
        self.description = str(folder)
        self.fps = fps
        self.loop = loop
        self._files: list[Path] = []
        self._index = 0
        self._sleep = sleep

    def open(self) -> None:
        if not self.folder.is_dir():
            raise SourceUnavailable(f"no such folder: {self.folder}")
        self._files = sorted(p for p in self.folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        if not self._files:
            raise SourceUnavailable(f"no images ({', '.join(sorted(IMAGE_SUFFIXES))}) in {self.folder}")
        self._index = 0

    def read(self) -> np.ndarray | None:
        if self._index >= len(self._files):
            if not self.loop:
                return None
            self._index = 0
        path = self._files[self._index]
        self._index += 1
        if self.fps:
            self._sleep(1.0 / self.fps)
        frame = cv2.imread(str(path), cv2.IMREAD_COLOR)
        if frame is None:
            raise FrameUnreadable(f"cannot read image {path.name}: not an image or corrupted")
        return frame

    def close(self) -> None:
        self._files = []


def source_from_spec(
    spec: str, *, resolution: tuple[int, int] = DEFAULT_RESOLUTION, realtime: bool = True
) -> FrameSource:
    """``0`` (a device index), ``rtsp://…``/``http://…``, a video file or a folder of images."""
    text = spec.strip()
    if text.isdigit():
        return CaptureSource(int(text), resolution=resolution)
    if "://" in text:
        return CaptureSource(text, resolution=resolution)
    path = Path(text)
    if path.is_dir():
        return FolderSource(path)
    if path.is_file():
        return CaptureSource(str(path), realtime=realtime)
    raise SourceUnavailable(
        f"{spec!r} is neither a camera index (0, 1, …), a URL (rtsp://, http://), a video file nor a folder"
    )

"""Where a symbol probably is, and how to cut it out upright and large enough for a second try.

The cheap pass misses 1D codes tilted beyond about 10° (zxing-cpp scans rows and tries 90° turns only; measured on
this project's corpus: 4 of 32 tilted Code 39 read) and symbols with modules under ~2 px. A region remembers the
affine map from frame to crop so that corners found in the crop are reported in frame pixels.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import cv2
import numpy as np

from dismantler_app.scanning.symbols import Corners

# The crop's long side is brought to about this many pixels: ~3 px per module for a 24-character Code 128
# (about 300 modules with quiet zones), the size at which zxing-cpp reads reliably in our measurements.
_TARGET_1D_LENGTH = 960.0
_MAX_UPSCALE = 3.0
# cv2.CLAHE keeps per-call buffers in the object and is not thread-safe: shared by two decode threads it raised
# cv2.error (-215) "roi" and stopped a worker (issue 14). One per thread.
_PER_THREAD = threading.local()


@dataclass(frozen=True)
class Region:
    """A rotated rectangle in frame pixels; ``linear`` when a 1D detector found it (so it is rotated upright)."""

    centre: tuple[float, float]
    size: tuple[float, float]  # (along the code, across it)
    angle_deg: float  # of the long axis, from the x axis
    linear: bool
    turn_upright: bool = False  # a 2D region cut out turned by its angle (a square found by its outline)
    inverted: bool = False  # found on the inverted frame: a light-on-dark symbol, cut out inverted

    @classmethod
    def from_points(cls, points: np.ndarray, *, linear: bool) -> Region:
        (cx, cy), (w, h), angle = cv2.minAreaRect(np.asarray(points, np.float32).reshape(-1, 2))
        if h > w:  # normalise so that size[0] is the long side and the angle is that side's direction
            w, h, angle = h, w, angle + 90.0
        return cls((cx, cy), (w, h), angle, linear)

    def contains(self, point: tuple[float, float], *, slack: float = 1.1) -> bool:
        a = math.radians(self.angle_deg)
        dx, dy = point[0] - self.centre[0], point[1] - self.centre[1]
        along = abs(dx * math.cos(a) + dy * math.sin(a))
        across = abs(-dx * math.sin(a) + dy * math.cos(a))
        return along <= slack * self.size[0] / 2 and across <= slack * max(self.size[1], self.size[0] * 0.2) / 2

    def merged_with(self, other: Region) -> Region | None:
        """One region when two 1D boxes are pieces of the same code (the detector splits long codes)."""
        diff = abs((self.angle_deg - other.angle_deg + 90) % 180 - 90)
        if diff > 10 or not (self.contains(other.centre, slack=1.6) or other.contains(self.centre, slack=1.6)):
            return None
        return Region.from_points(np.vstack([self.points(), other.points()]), linear=self.linear)

    def points(self) -> np.ndarray:
        return cv2.boxPoints((self.centre, self.size, self.angle_deg))


@dataclass(frozen=True)
class Crop:
    image: np.ndarray
    to_frame: np.ndarray  # 2x3 affine map from crop pixels to frame pixels

    def corners_in_frame(self, corners: Corners) -> list[tuple[float, float]]:
        pts = np.hstack([np.asarray(corners, np.float64), np.ones((4, 1))])
        return [(float(x), float(y)) for x, y in pts @ self.to_frame.T]


def cut_upright(gray: np.ndarray, region: Region) -> Crop:
    """The region rotated so a 1D code's bars stand vertical, with quiet zones added and small codes upscaled."""
    length, thickness = region.size
    if region.linear:
        out_len = length * 1.25 + 24  # the detector's box often stops short of the end patterns
        out_thick = max(thickness * 1.4, length * 0.12) + 8
        scale = min(_MAX_UPSCALE, max(1.0, _TARGET_1D_LENGTH / max(out_len, 1.0)))
        angle = region.angle_deg
    else:
        out_len = out_thick = max(length, thickness) * 1.5 + 16
        scale = min(_MAX_UPSCALE, max(1.0, 400.0 / max(out_len, 1.0)))
        angle = region.angle_deg if region.turn_upright else 0.0
    w, h = round(out_len * scale), round(out_thick * scale)
    a = math.radians(angle)
    cos, sin = math.cos(a) * scale, math.sin(a) * scale
    # frame -> crop: rotate by -angle about the region centre, scale, move the centre to the crop centre
    cx, cy = region.centre
    m = np.array([[cos, sin, w / 2 - (cos * cx + sin * cy)], [-sin, cos, h / 2 - (-sin * cx + cos * cy)]], np.float64)
    image = cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)
    return Crop(image, cv2.invertAffineTransform(m))


def clahe() -> cv2.CLAHE:
    """This thread's contrast equaliser."""
    equaliser = getattr(_PER_THREAD, "clahe", None)
    if equaliser is None:
        equaliser = _PER_THREAD.clahe = cv2.createCLAHE(clipLimit=2.5, tileGridSize=(8, 8))
    return equaliser


def equalised(image: np.ndarray) -> np.ndarray:
    """Local contrast equalisation for glare and shadow across a label."""
    return clahe().apply(image)


# The detector finds boxes as well at 640 px wide as at 1080p, in a third of the time (measured: 31/31 1D codes
# found either way, median 5.3 ms against 16-19 ms on this project's 1080p corpus; at 480 px it misses some).
_DETECT_WIDTH = 960


def detect_linear(detector: cv2.barcode.BarcodeDetector, gray: np.ndarray) -> list[Region]:
    """Boxes of 1D barcodes, merged where the detector split one code, in frame pixels."""
    factor = min(1.0, _DETECT_WIDTH / gray.shape[1])
    small = gray if factor == 1.0 else cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    ok, boxes = detector.detect(small)
    if not ok or boxes is None:
        return []
    regions: list[Region] = []
    for box in boxes:
        region = Region.from_points(np.asarray(box, np.float32) / factor, linear=True)
        for i, known in enumerate(regions):
            merged = known.merged_with(region)
            if merged is not None:
                regions[i] = merged
                break
        else:
            regions.append(region)
    return regions


# Square symbols the cheap pass neither read nor located: Data Matrix at about 2-2.8 px per module, tilted 20-40°
# (all 11 2D misses on the 400-frame benchmark corpus, seed 11). Their outline is a compact block of dense edges:
# a morphological gradient, closed to fill the cells and opened to drop text strokes, leaves it as a blob.
_SQUARE_WIDTH = 640
_SQUARE_SIDE_PX = (14.0, 160.0)  # at 640 px wide: 10-26 modules at 1.5-5 px, rectangular Data Matrix included
_MAX_SQUARES = 4


def detect_squares(gray: np.ndarray) -> list[Region]:
    """Compact, filled, high-contrast blocks the size of a small 2D symbol, in frame pixels, densest first."""
    factor = min(1.0, _SQUARE_WIDTH / gray.shape[1])
    small = gray if factor == 1.0 else cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    edges = cv2.morphologyEx(small, cv2.MORPH_GRADIENT, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
    _, mask = cv2.threshold(edges, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (7, 7)))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    found: list[tuple[float, Region]] = []
    for contour in contours:
        (cx, cy), (w, h), angle = cv2.minAreaRect(contour)
        short, long = min(w, h), max(w, h)
        if short < _SQUARE_SIDE_PX[0] or long > _SQUARE_SIDE_PX[1] or long > 3.2 * short:
            continue
        fill = cv2.contourArea(contour) / (w * h)
        if fill < 0.7:
            continue
        region = Region((cx / factor, cy / factor), (w / factor, h / factor), angle, False, turn_upright=True)
        found.append((fill, region))
    found.sort(key=lambda item: -item[0])
    return [region for _, region in found[:_MAX_SQUARES]]

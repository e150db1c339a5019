"""What the operator should do when a symbol is located but not read: come closer, hold still, or tilt the label
away from the light. Measured on the located region of the frame that gave nothing; cheap (a crop's statistics).

The hint is a stable code; the words ("closer", "hold still", …) belong to the GUI in both languages.
"""

from __future__ import annotations

from enum import StrEnum

import cv2
import numpy as np

from dismantler_app.scanning.symbols import Corners

# A located symbol whose short side is under this many pixels has modules of about 1.5 px or less (a 21-module QR,
# the short side of a Code 128's bars): more pixels are the only cure.
TOO_SMALL_PX = 48.0
# Share of the region burnt out by a reflection: saturated patches wider than 7 px (white modules and the narrow
# gaps between bars are thinner and vanish in the erosion; a printed label's white rarely saturates the sensor).
GLARE_SHARE = 0.12
_GLARE_KERNEL = np.ones((7, 7), np.uint8)
# Variance of the Laplacian of the region (on a 0-255 scale, upright crop) under which edges are smeared.
BLUR_VARIANCE = 120.0


class Hint(StrEnum):
    CLOSER = "closer"
    HOLD_STILL = "hold_still"
    TILT_AWAY_FROM_LIGHT = "tilt_away_from_light"


def _short_side(corners: Corners) -> float:
    pts = np.asarray(corners, np.float32)
    sides = [float(np.linalg.norm(pts[(i + 1) % 4] - pts[i])) for i in range(4)]
    return min(sides)


def hint_for(gray: np.ndarray, corners: Corners) -> Hint | None:
    """The hint for one located-but-unread region of ``gray``, or None when the region looks readable (a read
    that failed for another reason: no advice beats wrong advice)."""
    pts = np.asarray(corners, np.float32)
    x0, y0 = np.floor(pts.min(axis=0)).astype(int)
    x1, y1 = np.ceil(pts.max(axis=0)).astype(int)
    h, w = gray.shape[:2]
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
    if x1 - x0 < 4 or y1 - y0 < 4:
        return None
    crop = gray[y0:y1, x0:x1]
    burnt = cv2.erode((crop >= 250).astype(np.uint8), _GLARE_KERNEL)
    if float(burnt.mean()) > GLARE_SHARE:
        return Hint.TILT_AWAY_FROM_LIGHT
    if _short_side(corners) < TOO_SMALL_PX:
        return Hint.CLOSER
    if float(cv2.Laplacian(crop, cv2.CV_32F).var()) < BLUR_VARIANCE:
        return Hint.HOLD_STILL
    return None


__all__ = ["BLUR_VARIANCE", "GLARE_SHARE", "TOO_SMALL_PX", "Hint", "hint_for"]

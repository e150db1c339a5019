"""Shared helpers for the scanning tests: the committed fixture frames and real symbol images."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def manifest() -> list[dict]:
    return json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))["frames"]


def symbol_scene(
    payload: str | bytes,
    fmt: zxingcpp.BarcodeFormat = zxingcpp.BarcodeFormat.QRCode,
    *,
    scale: int = 4,
    size: tuple[int, int] = (640, 480),
    angle: float = 0.0,
) -> np.ndarray:
    """A grey scene with one real symbol, rotated by ``angle`` degrees about the scene centre (BGR)."""
    symbol = np.asarray(zxingcpp.create_barcode(payload, fmt).to_image(scale=scale))
    w, h = size
    scene = np.full((h, w), 200, np.uint8)
    sh, sw = symbol.shape
    if sw > w or sh > h:
        raise ValueError("symbol larger than the scene")
    y, x = (h - sh) // 2, (w - sw) // 2
    scene[y : y + sh, x : x + sw] = symbol
    if angle:
        rot = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        scene = cv2.warpAffine(scene, rot, (w, h), flags=cv2.INTER_LINEAR, borderValue=200)
    return cv2.cvtColor(scene, cv2.COLOR_GRAY2BGR)

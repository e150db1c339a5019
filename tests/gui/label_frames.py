"""Camera frames of labels for the GUI tests: each code as a QR code on a white label in a grey 720p scene, the
way the image-folder camera source reads them. Real symbols, read by the real decoders."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np
import zxingcpp


def label_frame(payload: str, *, size: tuple[int, int] = (1280, 720)) -> np.ndarray:
    width, height = size
    scene = np.full((height, width, 3), 90, np.uint8)
    symbol = np.asarray(zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode).to_image(scale=8))
    symbol = cv2.cvtColor(symbol, cv2.COLOR_GRAY2BGR) if symbol.ndim == 2 else symbol
    h, w = symbol.shape[:2]
    top, left = (height - h) // 2, (width - w) // 2
    cv2.rectangle(scene, (left - 40, top - 40), (left + w + 40, top + h + 70), (250, 250, 250), -1)
    scene[top : top + h, left : left + w] = symbol
    cv2.putText(scene, payload[:30], (left - 30, top + h + 50), cv2.FONT_HERSHEY_SIMPLEX, 0.7, (0, 0, 0), 2)
    return scene


def write_label_frames(folder: Path, payloads: Sequence[str], *, repeats: int = 4) -> Path:
    """``repeats`` frames of each label in turn, then a blank frame (the confirmer wants a quiet gap)."""
    folder.mkdir(parents=True, exist_ok=True)
    index = 0
    blank = np.full((720, 1280, 3), 90, np.uint8)
    for payload in payloads:
        for frame in [label_frame(payload)] * repeats + [blank] * 2:
            cv2.imwrite(str(folder / f"frame_{index:04d}.jpg"), frame)
            index += 1
    return folder

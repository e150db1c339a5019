"""Renders the app icon (``packaging/linux/icons/dismantler.svg``) to the usual PNG sizes and the Windows ``.ico``.

    .venv/bin/python packaging/linux/make_icons.py

PNGs 16-256 px go to ``packaging/linux/icons/hicolor/NxN/apps/dismantler.png`` (the freedesktop icon theme layout a
``.deb`` installs under ``/usr/share/icons``); ``packaging/windows/dismantler.ico`` holds 16-256 px for Explorer.
Rendered by Qt's SVG renderer offscreen, so no extra tool is needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "icons" / "dismantler.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICO = HERE.parent / "windows" / "dismantler.ico"


def render(size: int, out: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    QGuiApplication(sys.argv[:1])
    pngs = []
    for size in SIZES:
        out = HERE / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "dismantler.png"
        render(size, out)
        pngs.append(out)
    largest = Image.open(pngs[-1])
    largest.save(ICO, sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    for path in [*pngs, ICO]:
        print(path.relative_to(HERE.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())

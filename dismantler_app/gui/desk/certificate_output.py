"""A signed certificate PDF to paper or to a file: page images for the preview, and printing through ``QPrinter``.

PySide6-Essentials has no QtPdf, so pages are rasterised with poppler's ``pdftoppm`` (the same tool the certificate
reader uses); without it the preview falls back to the document's text and only "Save as PDF" remains. Printing to
a PDF file writes the signed PDF itself (text, vectors and signature intact); a real printer gets the pages as
images at the printer's resolution (capped at 300 dpi, enough for the QR code: certificates tests decode it at 300).
Rasterising runs on a worker thread; the ``QPrinter`` itself is only touched on the UI thread (a QPrinter used from
a pool thread crashed the process later, when that thread ended — measured with PySide6 6.11 on Linux/CUPS), so
painting the page images onto it (a few hundred milliseconds for two pages at 300 dpi) happens there.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

PREVIEW_DPI = 80  # an A4 page 660 px tall: readable on a 768-line screen, ~0.3 s per page on a yard PC
MAX_PRINT_DPI = 300


class PrintingUnavailable(RuntimeError):
    """This machine cannot rasterise PDFs for a printer; the message says what to do instead."""


def can_rasterise() -> bool:
    return shutil.which("pdftoppm") is not None


def page_images(pdf: bytes, *, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """Every page as an image, in order; empty when ``pdftoppm`` is not installed."""
    if not can_rasterise():
        return []
    with tempfile.TemporaryDirectory(prefix="certificate-") as tmp:
        folder = Path(tmp)
        source = folder / "certificate.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-png", str(source), str(folder / "page")],
            check=True,
            capture_output=True,
            timeout=120,
        )
        images = []
        for png in sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
            image = QImage(str(png))
            if image.isNull():
                raise RuntimeError(f"pdftoppm wrote an unreadable page image {png.name}")
            images.append(image)
    return images


def paint_pages(printer: QPrinter, images: list[QImage]) -> int:
    """Paints each image on its own page, scaled to the printable area keeping its proportions."""
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("the printer could not start the job; check that it is switched on and try again")
    try:
        for index, image in enumerate(images):
            if index:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(area.x(), area.y(), size.width(), size.height())
            painter.setViewport(target)
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
            painter.setWindow(area)
    finally:
        painter.end()
    return len(images)


def file_target(printer: QPrinter) -> Path | None:
    """The file a "print to PDF file" printer writes to; None for a real printer."""
    target = printer.outputFileName()
    if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and target:
        return Path(target)
    return None


def print_resolution(printer: QPrinter) -> int:
    """The dpi to rasterise at for ``printer``: its own resolution, 72 at least, capped at 300."""
    return max(72, min(MAX_PRINT_DPI, printer.resolution()))


def check_can_print() -> None:
    if not can_rasterise():
        raise PrintingUnavailable(
            "pdftoppm (poppler) is not installed, so this PC cannot print the certificate directly; "
            "use Save as PDF and print the file from a PDF viewer"
        )

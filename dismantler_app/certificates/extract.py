"""Find the signed statements in a certificate PDF or a scanned image.

The QR code is the source of truth: a paper certificate only has its QR. A PDF page is rasterised with poppler's
``pdftoppm`` at 300 dpi and decoded with zxing-cpp. The PDF also carries each statement as invisible text
(see :class:`~dismantler_app.certificates.layout.CertificateStart`); it is read with pypdf as a cross-check, and as
the fallback on machines without poppler (then ``source`` says so).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader

from dismantler_app.domain.certificate import STATEMENT_PREFIX

# Statement + signature: only QR alphanumeric characters (see domain.certificate), starting with the prefix.
_STATEMENT_RE = re.compile(STATEMENT_PREFIX + r"\d+/[A-Z0-9 $%*+\-./:]+")
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"})
SCAN_DPI = 300


class StatementSource(StrEnum):
    QR = "qr"
    TEXT_LAYER = "text_layer"


class ExtractionFailed(RuntimeError):
    """No statement could be read; the message says what to try."""


@dataclass(frozen=True)
class FoundStatement:
    qr_text: str
    source: StatementSource
    page: int  # 1-based page (or 1 for an image)
    text_layer_agrees: bool | None = None  # None when there is no text layer to compare (a scan)


def qr_texts_in_image(image: Image.Image) -> list[str]:
    """Texts of the certificate QR codes in an image, top to bottom."""
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    texts = [b.text for b in sorted(found, key=lambda b: b.position.top_left.y)]
    return [t for t in texts if _STATEMENT_RE.fullmatch(t.strip())]


def statements_in_text_layer(pdf: Path) -> dict[int, list[str]]:
    """Statements in each page's text (1-based page numbers); pages without one are left out."""
    out: dict[int, list[str]] = {}
    for n, page in enumerate(PdfReader(pdf).pages, start=1):
        texts = _STATEMENT_RE.findall(page.extract_text() or "")
        if texts:
            out[n] = texts
    return out


def rasterise_pdf(pdf: Path, folder: Path, *, dpi: int = SCAN_DPI) -> list[Path]:
    """Render every page to a grey PNG with pdftoppm; returns the files in page order."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise ExtractionFailed("pdftoppm (poppler-utils) is not installed; install it to read QR codes from PDFs")
    subprocess.run(
        [tool, "-r", str(dpi), "-gray", "-png", str(pdf), str(folder / "page")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def find_statements(path: Path) -> list[FoundStatement]:
    """Every certificate statement in a PDF or image file, QR first; raises :class:`ExtractionFailed` if none."""
    if not path.is_file():
        raise ExtractionFailed(f"{path} does not exist")
    if path.suffix.lower() in IMAGE_SUFFIXES:
        with Image.open(path) as image:
            texts = qr_texts_in_image(image.convert("L"))
        if not texts:
            raise ExtractionFailed(f"no certificate QR code found in {path}; scan at 300 dpi or more, flat and sharp")
        return [FoundStatement(t, StatementSource.QR, 1) for t in texts]
    if path.suffix.lower() != ".pdf":
        raise ExtractionFailed(f"{path} is neither a PDF nor an image (png, jpg, tif)")
    layer = statements_in_text_layer(path)
    found: list[FoundStatement] = []
    if shutil.which("pdftoppm") is None:
        found = [FoundStatement(t, StatementSource.TEXT_LAYER, n) for n, ts in layer.items() for t in ts]
    else:
        with tempfile.TemporaryDirectory() as tmp:
            for n, png in enumerate(rasterise_pdf(path, Path(tmp)), start=1):
                with Image.open(png) as image:
                    for text in qr_texts_in_image(image):
                        agrees = text in layer.get(n, []) if n in layer else None
                        found.append(FoundStatement(text, StatementSource.QR, n, agrees))
    if not found:
        raise ExtractionFailed(f"no certificate QR code found in {path}")
    return found

"""Find the signed statements in a certificate PDF or a scanned image.

The QR code is the source of truth: a paper certificate only has its QR. A PDF's pages are rasterised with poppler's
``pdftoppm`` and decoded with zxing-cpp: first only the page corner where the layout puts the QR, at 150 dpi (30 ms a
page instead of 1.1 s for a whole page at 300 dpi, measured: the whole page renders every CJK glyph), then, when that
finds fewer QR codes than the text layer claims, the whole pages at 300 dpi.
The PDF also carries each statement as invisible text
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

from dismantler_app.domain.certificate_statement import STATEMENT_PREFIX

# Statement + signature: only QR alphanumeric characters (see domain.certificate), starting with the prefix.
_STATEMENT_RE = re.compile(STATEMENT_PREFIX + r"\d+/[A-Z0-9 $%*+\-./:]+")
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"})
SCAN_DPI = 300
CORNER_DPI = 150
# The QR sits in the top right corner of a certificate's first page (certificates/layout.py: 42 mm inside 15 mm
# margins, A4 or Letter); this square from that corner holds it with room to spare.
CORNER_MM = 80


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


def page_texts(pdf: Path) -> list[str]:
    """The text layer of every page, in page order and in the order the page draws it: poppler's ``pdftotext
    -raw`` (15 ms for a certificate page, measured; pypdf's extraction took 130 ms, most of it parsing the QR's
    rectangles), or pypdf's where poppler is missing."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return [page.extract_text() or "" for page in PdfReader(pdf).pages]
    done = subprocess.run([tool, "-raw", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, timeout=120)
    pages = done.stdout.decode("utf-8", errors="replace").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def statements_in_text_layer(pdf: Path, texts: list[str] | None = None) -> dict[int, list[str]]:
    """Statements in each page's text (1-based page numbers); pages without one are left out. ``texts``: the
    pages' text when the caller has extracted it already."""
    out: dict[int, list[str]] = {}
    for n, text in enumerate(page_texts(pdf) if texts is None else texts, start=1):
        found = _STATEMENT_RE.findall(text)
        if found:
            out[n] = found
    return out


def rasterise_pdf(pdf: Path, folder: Path, *, dpi: int = SCAN_DPI, corner_width_pt: float | None = None) -> list[Path]:
    """Render every page to a grey PNG with pdftoppm; returns the files in page order. With ``corner_width_pt`` only
    the top right square of that many points of each page is rendered (pages of the same width)."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise ExtractionFailed("pdftoppm (poppler-utils) is not installed; install it to read QR codes from PDFs")
    crop: list[str] = []
    if corner_width_pt is not None:
        page_width = float(PdfReader(pdf).pages[0].mediabox.width)
        side = round(CORNER_MM / 25.4 * dpi)
        crop = ["-x", str(max(0, round((page_width - corner_width_pt) / 72 * dpi))), "-y", "0"]
        crop += ["-W", str(side), "-H", str(side)]
    subprocess.run(
        [tool, "-r", str(dpi), "-gray", "-png", *crop, str(pdf), str(folder / "page")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def find_statements(path: Path, *, texts: list[str] | None = None) -> list[FoundStatement]:
    """Every certificate statement in a PDF or image file, QR first; raises :class:`ExtractionFailed` if none.
    ``texts``: a PDF's page texts (:func:`page_texts`) when the caller has them already."""
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
    layer = statements_in_text_layer(path, texts)
    found: list[FoundStatement] = []
    if shutil.which("pdftoppm") is None:
        found = [FoundStatement(t, StatementSource.TEXT_LAYER, n) for n, ts in layer.items() for t in ts]
    else:
        claimed = sum(len(ts) for ts in layer.values())
        found = _qr_statements(path, layer, corner=True)
        if not found or len(found) < claimed:
            found = _qr_statements(path, layer, corner=False)
    if not found:
        raise ExtractionFailed(f"no certificate QR code found in {path}")
    return found


def _qr_statements(path: Path, layer: dict[int, list[str]], *, corner: bool) -> list[FoundStatement]:
    found: list[FoundStatement] = []
    with tempfile.TemporaryDirectory() as tmp:
        pages = (
            rasterise_pdf(path, Path(tmp), dpi=CORNER_DPI, corner_width_pt=CORNER_MM / 25.4 * 72)
            if corner
            else rasterise_pdf(path, Path(tmp))
        )
        for n, png in enumerate(pages, start=1):
            with Image.open(png) as image:
                for text in qr_texts_in_image(image):
                    agrees = text in layer.get(n, []) if n in layer else None
                    found.append(FoundStatement(text, StatementSource.QR, n, agrees))
    return found

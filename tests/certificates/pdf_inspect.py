"""Reading rendered certificates back: page text, fonts, text positions, a 300 dpi raster."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

SUBSET_NAME = re.compile(r"^/?[A-Z]{6}\+")


def pdf_text(pdf: Path) -> str:
    """All page text, whitespace removed (wrapping inserts line breaks anywhere)."""
    reader = PdfReader(pdf)
    return "".join("".join((page.extract_text() or "").split()) for page in reader.pages)


def squeeze(text: str) -> str:
    return "".join(text.split())


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def page_fonts(pdf: Path) -> dict[str, dict]:
    """BaseFont name -> descendant font descriptor, for every font used on any page."""
    fonts: dict[str, dict] = {}
    for page in PdfReader(pdf).pages:
        resources = page["/Resources"].get_object()
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            fonts[str(font["/BaseFont"])] = descriptor.get_object() if descriptor is not None else {}
    return fonts


def rasterise_first_page(pdf: Path, tmp_path: Path, *, dpi: int = 300) -> Path:
    prefix = tmp_path / f"scan{dpi}"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(prefix)],
        check=True,
        timeout=120,
    )
    return prefix.with_suffix(".png")


def word_boxes(pdf: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, x_min, y_min, x_max, y_max, word) of every word, top-left origin, from poppler's ``pdftotext -bbox``."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    boxes = []
    for page_no, page in enumerate(html.split("<page ")[1:], start=1):
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page
        ):
            boxes.append((page_no, *(float(v) for v in m.groups()[:4]), m.group(5)))
    return boxes

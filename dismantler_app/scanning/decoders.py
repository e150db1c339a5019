"""The two barcode libraries behind one small interface: zxing-cpp first, pyzbar as a second opinion.

Text is what the symbol says it is: zxing-cpp's own text (ECI segments, Shift_JIS and Latin-1 as the QR standard
defaults, GS1 separators), with the raw bytes kept beside it for the record (issue 14: decoding the bytes as UTF-8
then GB 18030 turned a Shift_JIS ``ﾃﾞｻﾞｲﾝQR…`` into ``棉晦草QR…``). pyzbar's data is already text as zbar read it.

Both calls release the GIL, so two decode threads make use of a 2-core PC. Neither is allowed to stop the scan
loop: a library error on a frame becomes a message in :class:`~.symbols.FrameResult.errors`.
pyzbar needs the system ``libzbar`` (the setup script installs it); without it the engine runs on zxing-cpp alone
and says so through :func:`pyzbar_status`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from types import ModuleType

import cv2
import numpy as np
import zxingcpp

from dismantler_app.scanning.symbols import Corners, DecodedSymbol, Decoder, Symbology

ImportModule = Callable[[str], ModuleType]


def _import_pyzbar(name: str) -> ModuleType:
    # a static import, not importlib: the packager (PyInstaller) bundles only what it sees imported
    from pyzbar import pyzbar

    return pyzbar


def load_pyzbar(import_module: ImportModule = _import_pyzbar) -> tuple[ModuleType | None, str | None]:
    """pyzbar's decoding module, or None and a sentence for the diagnostics saying why it is unusable. pyzbar
    raises ImportError (or OSError on Windows) when the shared libzbar is missing."""
    try:
        return import_module("pyzbar.pyzbar"), None
    except (ImportError, OSError) as exc:
        return None, f"pyzbar unavailable ({exc}); decoding with zxing-cpp alone"


_PYZBAR, _PYZBAR_ERROR = load_pyzbar()


def load_pyzbar_once() -> tuple[ModuleType | None, str | None]:
    """The process's pyzbar as loaded when this module was imported (see :func:`load_pyzbar`)."""
    return _PYZBAR, _PYZBAR_ERROR


DEFAULT_SYMBOLOGIES: frozenset[Symbology] = frozenset(
    {Symbology.QR, Symbology.DATA_MATRIX, Symbology.CODE_128, Symbology.CODE_39}
)

_ZXING_FORMATS = {
    Symbology.QR: zxingcpp.BarcodeFormat.QRCode,
    Symbology.DATA_MATRIX: zxingcpp.BarcodeFormat.DataMatrix,
    Symbology.CODE_128: zxingcpp.BarcodeFormat.Code128,
    Symbology.CODE_39: zxingcpp.BarcodeFormat.Code39,
    Symbology.PDF417: zxingcpp.BarcodeFormat.PDF417,
}
# pyzbar cannot read Data Matrix at all (measured on this project's corpus); it is only asked for the rest.
_PYZBAR_NAMES = {
    Symbology.QR: "QRCODE",
    Symbology.CODE_128: "CODE128",
    Symbology.CODE_39: "CODE39",
    Symbology.PDF417: "PDF417",
}
_PYZBAR_TYPES = {name: symbology for symbology, name in _PYZBAR_NAMES.items()}
ONE_D: frozenset[Symbology] = frozenset({Symbology.CODE_128, Symbology.CODE_39})


def pyzbar_status() -> str | None:
    """None when the installed pyzbar is usable, else a sentence for the diagnostics saying why not."""
    return _PYZBAR_ERROR


def zxing_formats(symbologies: Iterable[Symbology]) -> list[zxingcpp.BarcodeFormat]:
    return [_ZXING_FORMATS[s] for s in symbologies if s in _ZXING_FORMATS]


def _symbology_of_zxing(fmt: zxingcpp.BarcodeFormat) -> Symbology:
    name = fmt.name
    if name.startswith("QR") or name.startswith("MicroQR"):
        return Symbology.QR
    if name == "DataMatrix":
        return Symbology.DATA_MATRIX
    if name.startswith("Code128"):
        return Symbology.CODE_128
    if name.startswith("Code39"):
        return Symbology.CODE_39
    if name.endswith("PDF417"):
        return Symbology.PDF417
    return Symbology.OTHER


def payload_text(raw: bytes) -> str:
    """Bytes without a decoder's own text (pyzbar) as text: UTF-8 when they are, else GB 18030 (Chinese labels use
    it without an ECI), else the bytes with the undecodable ones escaped, so nothing is dropped or silently
    altered."""
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="backslashreplace")


def order_corners(points: Sequence[tuple[float, float]]) -> Corners:
    """Four corners clockwise from the top-left of whatever polygon a decoder gave (pyzbar gives 2..n points)."""
    pts = np.asarray(points, dtype=np.float32).reshape(-1, 2)
    if len(pts) != 4:
        pts = cv2.boxPoints(cv2.minAreaRect(pts)) if len(pts) >= 2 else np.repeat(pts[:1], 4, axis=0)
    centre = pts.mean(axis=0)
    angles = np.arctan2(pts[:, 1] - centre[1], pts[:, 0] - centre[0])
    pts = pts[np.argsort(angles)]  # clockwise in image coordinates (y down)
    start = int(np.argmin(pts.sum(axis=1)))
    pts = np.roll(pts, -start, axis=0)
    return tuple((float(x), float(y)) for x, y in pts)  # type: ignore[return-value]


def read_zxing(
    gray: np.ndarray,
    formats: list[zxingcpp.BarcodeFormat],
    *,
    try_harder: bool = False,
) -> tuple[list[DecodedSymbol], list[tuple[Symbology, Corners]]]:
    """Decode with zxing-cpp. Returns the symbols read and the places where a symbol was found but its content
    failed its checks (candidates worth a harder look). ``try_harder`` adds inverted symbols (etched cells)."""
    results = zxingcpp.read_barcodes(
        gray,
        formats=formats,
        try_rotate=True,
        try_downscale=True,
        try_invert=try_harder,
        text_mode=zxingcpp.TextMode.Plain,
        return_errors=True,
    )
    symbols: list[DecodedSymbol] = []
    located: list[tuple[Symbology, Corners]] = []
    for result in results:
        p = result.position
        corners = order_corners([(pt.x, pt.y) for pt in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)])
        symbology = _symbology_of_zxing(result.format)
        if not result.valid:
            located.append((symbology, corners))
            continue
        raw = bytes(result.bytes)
        symbols.append(DecodedSymbol(zxing_text(result), raw, symbology, corners, Decoder.ZXING, aim=_aim(result)))
    return symbols, located


def zxing_text(result: zxingcpp.Barcode) -> str:
    """zxing-cpp's text of a result: ECI and the symbology's default character sets applied (TextMode.Plain keeps
    GS separators as they are). Falls back to the bytes when the library gave no text for bytes it read."""
    text = result.text
    raw = bytes(result.bytes)
    if not text and raw:
        return payload_text(raw)
    return text


def _aim(result: zxingcpp.Barcode) -> str:
    identifier = result.symbology_identifier or ""
    return identifier if identifier.startswith("]") and len(identifier) == 3 else ""


def read_pyzbar(
    gray: np.ndarray, symbologies: Iterable[Symbology], *, module: ModuleType | None = _PYZBAR
) -> list[DecodedSymbol]:
    """Decode with pyzbar (``module``: ``pyzbar.pyzbar``, by default the installed one; None reads nothing). Its
    ``ValueError`` on orientations newer zbar reports but pyzbar does not know propagates; the caller records it
    for the frame and carries on."""
    if module is None:
        return []
    wanted = [getattr(module.ZBarSymbol, _PYZBAR_NAMES[s]) for s in symbologies if s in _PYZBAR_NAMES]
    if not wanted:
        return []
    found = []
    for item in module.decode(np.ascontiguousarray(gray), symbols=wanted):
        symbology = _PYZBAR_TYPES.get(item.type, Symbology.OTHER)
        corners = order_corners([(pt.x, pt.y) for pt in item.polygon])
        found.append(DecodedSymbol(payload_text(item.data), bytes(item.data), symbology, corners, Decoder.PYZBAR))
    return found

"""What the decoders found in one frame: symbologies, decoded symbols and their corners, per-frame results.

These values cross thread boundaries and reach the CLI's JSON, so they are frozen and JSON-friendly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

Point = tuple[float, float]
# ISO/IEC 15424 symbology identifiers announcing GS1 element strings (GS1 General Specifications 5.1.2).
GS1_IDENTIFIERS = frozenset({"]C1", "]d2", "]Q3", "]e0", "]J1"})
Corners = tuple[Point, Point, Point, Point]


class Symbology(StrEnum):
    """The symbologies battery and vehicle labels use (domain notes: Code 128, QR, Data Matrix; Code 39 on VIN
    door labels; PDF417 is optional). Values are stable: they appear in JSON output and stored records."""

    QR = "qr"
    DATA_MATRIX = "data_matrix"
    CODE_128 = "code128"
    CODE_39 = "code39"
    PDF417 = "pdf417"
    OTHER = "other"


class Decoder(StrEnum):
    ZXING = "zxing-cpp"
    PYZBAR = "pyzbar"


@dataclass(frozen=True)
class DecodedSymbol:
    """One symbol read from a frame. ``text`` is the payload as the symbol says (ECI, the symbology's character set;
    undecodable bytes escaped), ``raw`` the bytes as the symbol carried them, ``corners`` clockwise from top-left in
    frame pixels, ``aim`` the symbology identifier (ISO/IEC 15424, ``]d2`` for GS1 Data Matrix) when known."""

    text: str
    raw: bytes
    symbology: Symbology
    corners: Corners
    decoder: Decoder = Decoder.ZXING
    aim: str = ""

    @property
    def payload(self) -> str:
        """What the classifier reads: the text, behind its symbology identifier when that says the text is GS1
        element strings (GS1-128 ``]C1``, GS1 Data Matrix ``]d2``, GS1 QR ``]Q3``)."""
        return self.aim + self.text if self.aim in GS1_IDENTIFIERS else self.text

    @property
    def centre(self) -> Point:
        xs = [p[0] for p in self.corners]
        ys = [p[1] for p in self.corners]
        return (sum(xs) / 4.0, sum(ys) / 4.0)

    def to_json(self) -> dict[str, object]:
        found: dict[str, object] = {
            "symbology": self.symbology.value,
            "raw": self.text,
            "corners": [[round(x, 1), round(y, 1)] for x, y in self.corners],
            "decoder": self.decoder.value,
        }
        if self.raw != self.text.encode("utf-8"):
            found["raw_bytes_hex"] = self.raw.hex()  # the bytes as carried, for the record (ECI, Shift_JIS…)
        if self.aim:
            found["symbology_identifier"] = self.aim
        return found


@dataclass(frozen=True)
class FrameResult:
    """Everything one frame gave: the symbols, the decoder errors met on the way (never raised), and the time
    spent. ``unread`` are the places a symbol was located but not decoded. ``passes`` names the passes that ran,
    for diagnostics and the benchmark."""

    symbols: tuple[DecodedSymbol, ...] = ()
    errors: tuple[str, ...] = ()
    ms: float = 0.0
    passes: tuple[str, ...] = field(default=())
    # symbols and 1D boxes located but not read (frame pixels): where to read text or guide the operator
    unread: tuple[Corners, ...] = field(default=())

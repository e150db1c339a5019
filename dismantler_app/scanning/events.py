"""What the scanning engine tells its listener: source state, confirmed codes, unrecognised payloads, trouble.

Events are frozen values delivered through a plain callback from the engine's threads; the GUI adapts the callback
to a Qt signal, the CLI to JSON lines. Times are the engine's monotonic seconds (frame capture time).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum
from typing import NewType

import cv2
import numpy as np

from dismantler_app.domain.codes import Classification, RejectReason
from dismantler_app.scanning.guidance import Hint
from dismantler_app.scanning.symbols import Corners, DecodedSymbol

EvidenceHash = NewType("EvidenceHash", str)
FrameId = NewType("FrameId", int)

# Quality 85 keeps a 720p label frame around 100-200 KB with the symbol still readable from the photo.
EVIDENCE_JPEG_QUALITY = 85


class SourceState(StrEnum):
    CONNECTING = "connecting"
    LIVE = "live"
    LOST = "lost"  # camera unplugged or stream dropped; the engine reconnects by itself
    ENDED = "ended"  # a video file or image folder has no more frames
    STOPPED = "stopped"


@dataclass(frozen=True)
class Evidence:
    """The confirming frame as JPEG, content-addressed: the services store photos by this hash."""

    jpeg: bytes
    sha256: EvidenceHash

    @classmethod
    def from_frame(cls, frame: np.ndarray, *, quality: int = EVIDENCE_JPEG_QUALITY) -> Evidence:
        ok, buffer = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, quality])
        if not ok:
            raise ValueError(f"could not encode a frame of shape {frame.shape} as JPEG")
        jpeg = buffer.tobytes()
        return cls(jpeg, EvidenceHash(hashlib.sha256(jpeg).hexdigest()))


@dataclass(frozen=True)
class StateChanged:
    state: SourceState
    source: str
    detail: str = ""
    at: float = 0.0


@dataclass(frozen=True)
class CodeConfirmed:
    """A battery code, VIN or USCC read in enough frames. ``symbols`` are every symbol carrying it in the
    confirming frame (a label may hold a QR and a Code 128 of the same code). ``source`` is ``"symbol"``, or
    ``"text"`` for a VIN read by OCR with a valid check digit in two frames (``symbols`` empty, ``text_line`` and
    ``text_corners`` say what was read where)."""

    classification: Classification
    symbols: tuple[DecodedSymbol, ...]
    frame_id: FrameId
    at: float
    evidence: Evidence | None
    source: str = "symbol"
    text_line: str = ""
    text_corners: Corners | None = None

    def to_json(self) -> dict[str, object]:
        if self.symbols:
            first = self.symbols[0]
            raw, symbology, corners = first.text, first.symbology.value, first.to_json()["corners"]
        else:
            raw, symbology = self.text_line, None
            corners = [[round(x, 1), round(y, 1)] for x, y in self.text_corners or ()]
        return {
            "event": "code",
            "source": self.source,
            "kind": self.classification.kind.value,
            "code": self.classification.code,
            "raw": raw,
            "symbology": symbology,
            "corners": corners,
            "warnings": list(self.classification.warnings),
            "frame": self.frame_id,
            "evidence_sha256": self.evidence.sha256 if self.evidence else None,
        }


@dataclass(frozen=True)
class PayloadUnrecognised:
    """A symbol read in enough frames whose payload is no code we know: the operator sees why nothing happened."""

    symbol: DecodedSymbol
    reason: RejectReason | None
    frame_id: FrameId
    at: float

    def to_json(self) -> dict[str, object]:
        return {
            "event": "unrecognised",
            "raw": self.symbol.text,
            "symbology": self.symbol.symbology.value,
            "reason": self.reason.value if self.reason else None,
            "frame": self.frame_id,
        }


@dataclass(frozen=True)
class TextSuggested:
    """A code read from printed text in enough frames that the text alone may not decide: a battery code (no
    check character; the services link it without a question only when the vehicle expects it) or a VIN whose
    check digit fails. The GUI shows ``crop_jpeg`` beside the code and the operator confirms with one key."""

    kind: str  # CodeKind value
    code: str
    reason: str  # printed_codes.TextReason
    line: str
    corrected: bool
    corners: Corners
    crop_jpeg: bytes
    frame_id: FrameId
    at: float
    evidence: Evidence | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "event": "suggestion",
            "source": "text",
            "kind": self.kind,
            "code": self.code,
            "reason": self.reason,
            "raw": self.line,
            "corrected": self.corrected,
            "corners": [[round(x, 1), round(y, 1)] for x, y in self.corners],
            "frame": self.frame_id,
            "evidence_sha256": self.evidence.sha256 if self.evidence else None,
        }


@dataclass(frozen=True)
class Guidance:
    """A symbol was located but not read: what the operator should do, and where (frame pixels) to draw it."""

    hint: Hint
    corners: Corners
    frame_id: FrameId
    at: float

    def to_json(self) -> dict[str, object]:
        return {
            "event": "guidance",
            "hint": self.hint.value,
            "corners": [[round(x, 1), round(y, 1)] for x, y in self.corners],
            "frame": self.frame_id,
        }


class TroubleKind(StrEnum):
    BAD_FRAME = "bad_frame"  # zero-size, truncated or corrupted frame
    DECODER_ERROR = "decoder_error"  # a decoder raised on a frame; the loop carried on
    DECODER_MISSING = "decoder_missing"  # pyzbar/libzbar not installed: zxing-cpp alone
    LISTENER_ERROR = "listener_error"


@dataclass(frozen=True)
class Trouble:
    """Something the operator or support should know; never fatal. Repeats are rate-limited by the engine."""

    kind: TroubleKind
    detail: str
    at: float = 0.0

    def to_json(self) -> dict[str, object]:
        return {"event": "trouble", "kind": self.kind.value, "detail": self.detail}


@dataclass(frozen=True)
class WorkerRestarted:
    """A decode worker died despite the per-frame guard and was replaced; scanning goes on. Sent once per engine
    run, however many restarts follow (they are counted in the engine's stats and logged): the operator is told
    once that something went wrong inside the scanner, support finds the details in the log."""

    worker: str
    detail: str
    at: float = 0.0

    def to_json(self) -> dict[str, object]:
        return {"event": "worker_restarted", "worker": self.worker, "detail": self.detail}


ScanEvent = StateChanged | CodeConfirmed | PayloadUnrecognised | Trouble | WorkerRestarted | TextSuggested | Guidance

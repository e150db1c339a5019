"""From decoded symbols to events: classify each payload, confirm across frames, attach the evidence frame.

Synchronous and clock-free (times come with the frames), so the confirmation rules are tested without threads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from dismantler_app.domain.classifier import classify
from dismantler_app.domain.codes import Classification, CodeKind
from dismantler_app.scanning.confirmation import ConfirmationSettings, Confirmer
from dismantler_app.scanning.events import (
    CodeConfirmed,
    Evidence,
    FrameId,
    Guidance,
    PayloadUnrecognised,
    ScanEvent,
    TextSuggested,
    Trouble,
    TroubleKind,
)
from dismantler_app.scanning.guidance import Hint, hint_for
from dismantler_app.scanning.ocr import TextRead, TextResult
from dismantler_app.scanning.symbols import DecodedSymbol, FrameResult

# Identical trouble messages are repeated at most this often: a camera delivering broken frames at 30 fps must
# not flood the operator's status line or the log.
TROUBLE_REPEAT_S = 5.0
# The same hint is repeated at most this often (the preview keeps drawing the last one meanwhile).
GUIDANCE_REPEAT_S = 1.0


@dataclass(frozen=True)
class Frame:
    id: FrameId
    at: float  # monotonic capture time, seconds
    image: np.ndarray


class Interpreter:
    def __init__(
        self,
        *,
        confirmation: ConfirmationSettings | None = None,
        strict_vin: bool = False,
        classify_payload: Callable[..., Classification] = classify,
        keep_evidence: bool = True,
    ) -> None:
        self.confirmer = Confirmer(confirmation)
        self.strict_vin = strict_vin
        self._classify = classify_payload
        self.keep_evidence = keep_evidence
        self._trouble_seen: dict[str, float] = {}
        self._hint_seen: dict[Hint, float] = {}
        self._lock = threading.Lock()

    def interpret(self, frame: Frame, result: FrameResult, *, window_s: float | None = None) -> list[ScanEvent]:
        events: list[ScanEvent] = [
            t for t in (self.trouble(_trouble_kind(e), e, at=frame.at) for e in result.errors) if t
        ]
        codes: dict[str, tuple[Classification, list[DecodedSymbol]]] = {}
        for symbol in result.symbols:
            classification = self._classify(symbol.payload, strict=self.strict_vin)
            if classification.kind is CodeKind.UNKNOWN or not classification.code:
                key = f"raw:{symbol.symbology.value}:{symbol.raw.hex()}"
                if self.confirmer.observe(key, frame_id=frame.id, at=frame.at, window_s=window_s):
                    events.append(PayloadUnrecognised(symbol, classification.reason, frame.id, frame.at))
                continue
            key = f"{classification.kind.value}:{classification.code}"
            codes.setdefault(key, (classification, []))[1].append(symbol)
        for key, (classification, symbols) in codes.items():
            if self.confirmer.observe(key, frame_id=frame.id, at=frame.at, window_s=window_s):
                evidence = Evidence.from_frame(frame.image) if self.keep_evidence else None
                events.append(CodeConfirmed(classification, tuple(symbols), frame.id, frame.at, evidence))
        return events

    def guide(self, frame: Frame, result: FrameResult, gray: np.ndarray | None = None) -> list[ScanEvent]:
        """A hint for the largest located-but-unread symbol of a frame that read nothing (none when it read a
        symbol, or the same hint was given within ``GUIDANCE_REPEAT_S``)."""
        if result.symbols or not result.unread:
            return []
        if gray is None:
            image = frame.image
            gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
        for corners in result.unread:
            hint = hint_for(gray, corners)
            if hint is None:
                continue
            with self._lock:
                last = self._hint_seen.get(hint)
                if last is not None and 0 <= frame.at - last < GUIDANCE_REPEAT_S:
                    return []
                self._hint_seen[hint] = frame.at
            return [Guidance(hint, corners, frame.id, frame.at)]
        return []

    def interpret_text(self, frame: Frame, result: TextResult, *, window_s: float | None = None) -> list[ScanEvent]:
        """Codes read from printed text (OCR), confirmed like symbols over two frames. A VIN with a valid check
        digit becomes a :class:`CodeConfirmed` with source ``text``; anything else (a battery code, a VIN whose
        check digit fails) a :class:`TextSuggested` for the operator or the expected-pack rule to decide."""
        events: list[ScanEvent] = []
        if result.error:
            trouble = self.trouble(TroubleKind.DECODER_ERROR, result.error, at=frame.at)
            if trouble:
                events.append(trouble)
        for read in result.reads:
            printed = read.printed
            key = f"text:{printed.kind.value}:{printed.code}"
            if not self.confirmer.observe(key, frame_id=frame.id, at=frame.at, window_s=window_s):
                continue
            evidence = Evidence.from_frame(frame.image) if self.keep_evidence else None
            events.append(text_event(read, frame.id, frame.at, evidence, strict_vin=self.strict_vin))
        return events

    def trouble(self, kind: TroubleKind, detail: str, *, at: float) -> Trouble | None:
        """A trouble event, or None when the same one was reported within the last few seconds."""
        with self._lock:
            last = self._trouble_seen.get(detail)
            if last is not None and at - last < TROUBLE_REPEAT_S:
                return None
            self._trouble_seen[detail] = at
            if len(self._trouble_seen) > 256:
                self._trouble_seen = {d: t for d, t in self._trouble_seen.items() if at - t < TROUBLE_REPEAT_S}
        return Trouble(kind, detail, at)


def text_event(
    read: TextRead, frame_id: FrameId, at: float, evidence: Evidence | None, *, strict_vin: bool = False
) -> CodeConfirmed | TextSuggested:
    """The event for a text read seen in enough frames (see :meth:`Interpreter.interpret_text`)."""
    printed = read.printed
    if printed.trusted and printed.kind is CodeKind.VIN:
        classification = classify(printed.code, strict=True)
        if classification.kind is CodeKind.VIN:
            return CodeConfirmed(
                classification,
                (),
                frame_id,
                at,
                evidence,
                source="text",
                text_line=printed.line,
                text_corners=read.corners,
            )
    ok, jpeg = cv2.imencode(".jpg", read.crop, [cv2.IMWRITE_JPEG_QUALITY, 90])
    return TextSuggested(
        printed.kind.value,
        printed.code,
        printed.reason,
        printed.line,
        printed.corrected,
        read.corners,
        jpeg.tobytes() if ok else b"",
        frame_id,
        at,
        evidence,
    )


def _trouble_kind(error: str) -> TroubleKind:
    return TroubleKind.DECODER_ERROR if error.startswith(("zxing-cpp", "pyzbar", "opencv")) else TroubleKind.BAD_FRAME

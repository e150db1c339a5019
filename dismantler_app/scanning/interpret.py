"""From decoded symbols to events: classify each payload, confirm across frames, attach the evidence frame.

Synchronous and clock-free (times come with the frames), so the confirmation rules are tested without threads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from dismantler_app.domain.classifier import classify
from dismantler_app.domain.codes import Classification, CodeKind
from dismantler_app.scanning.confirmation import ConfirmationSettings, Confirmer
from dismantler_app.scanning.events import (
    CodeConfirmed,
    Evidence,
    FrameId,
    PayloadUnrecognised,
    ScanEvent,
    Trouble,
    TroubleKind,
)
from dismantler_app.scanning.symbols import DecodedSymbol, FrameResult

# Identical trouble messages are repeated at most this often: a camera delivering broken frames at 30 fps must
# not flood the operator's status line or the log.
TROUBLE_REPEAT_S = 5.0


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


def _trouble_kind(error: str) -> TroubleKind:
    return TroubleKind.DECODER_ERROR if error.startswith(("zxing-cpp", "pyzbar", "opencv")) else TroubleKind.BAD_FRAME

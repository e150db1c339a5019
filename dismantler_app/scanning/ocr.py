"""Reading the printed code (battery code, VIN) when the symbol gave nothing: offline OCR on the label's crop.

RapidOCR's PP-OCR models ship inside the ``rapidocr-onnxruntime`` wheel and run on onnxruntime; nothing is fetched
at run time (tests/scanning/test_ocr.py reads with sockets blocked). The engine is loaded on first need, never at
start-up, and only ever by the thread that reads (the camera's OCR worker, or the caller of ``scan-image``).

Crop first, recognise second: the text detector runs on a copy of the region at most ``DETECT_SIDE`` pixels wide
(the whole frame when no label was located), then each detected line is cut from the full-resolution frame,
upscaled when it is small and recognised. Only lines that hold a whole VIN or battery code are kept
(:func:`~dismantler_app.domain.printed_codes.find_printed_codes`); what they may decide is said there.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import cv2
import numpy as np

from dismantler_app.domain.printed_codes import PrintedCode, find_printed_codes
from dismantler_app.scanning.symbols import Corners

log = logging.getLogger(__name__)

DETECT_SIDE = 960
# recognition sees text 48 px tall; a line under this height is upscaled first (characters of ~10 px at 1080p)
_MIN_LINE_PX = 40
_MAX_LINES = 12
_MIN_SCORE = 0.6
# width/height of a detected line holding one code: 17 characters are about 8 heights wide, "VIN: " + 17 or
# 24 characters up to about 16 (PP-OCR's boxes add half a height of margin)
_CODE_RATIO = (5.0, 24.0)


@dataclass(frozen=True)
class TextRead:
    """One code read from printed text, with where it is in the frame and the line's crop (for the operator)."""

    printed: PrintedCode
    score: float
    corners: Corners
    crop: np.ndarray

    @property
    def source(self) -> str:
        return "text"

    def to_json(self) -> dict[str, object]:
        return {
            "source": "text",
            "kind": self.printed.kind.value,
            "code": self.printed.code,
            "line": self.printed.line,
            "corrected": self.printed.corrected,
            "score": round(self.score, 3),
            "corners": [[round(x, 1), round(y, 1)] for x, y in self.corners],
        }


@dataclass(frozen=True)
class TextResult:
    reads: tuple[TextRead, ...] = ()
    error: str | None = None
    ms: float = 0.0


def _load_rapidocr() -> object:
    from rapidocr_onnxruntime import RapidOCR  # heavy (onnxruntime): imported on first need only

    # the detector scales the longest side to DETECT_SIDE (its default scales the *shortest* side up to 736 px,
    # which turns a 1080p frame into 1308x736 and a thin line into a huge one); two threads per session: the OCR
    # worker shares two cores with the decode workers
    return RapidOCR(
        det_limit_side_len=DETECT_SIDE,
        det_limit_type="max",
        det_intra_op_num_threads=2,
        rec_intra_op_num_threads=2,
        cls_intra_op_num_threads=1,
    )


# onnxruntime must not be inside a call when the process ends: its C++ objects are destroyed at exit under a thread
# still running in them, and the process aborts ("terminate called without an active exception"). Camera OCR runs on
# a daemon thread that closing the window does not wait for, so the wait is here, at exit, once the window is gone.
_EXIT_WAIT_S = 60.0
_calls = threading.Condition()
_running = 0
_exiting = False


class OcrClosing(RuntimeError):
    """The program is ending: no OCR call starts any more."""


@contextmanager
def _native_call() -> Iterator[None]:
    global _running
    with _calls:
        if _exiting:
            raise OcrClosing("the program is ending")
        _running += 1
    try:
        yield
    finally:
        with _calls:
            _running -= 1
            _calls.notify_all()


@atexit.register
def _wait_for_calls_at_exit() -> None:
    global _exiting
    with _calls:
        _exiting = True
        if not _calls.wait_for(lambda: _running == 0, timeout=_EXIT_WAIT_S):
            log.warning("an OCR call was still running at exit")


class TextReader:
    """Reads printed codes. One per reading thread (the underlying sessions are not shared across threads here)."""

    def __init__(self, *, load: Callable[[], object] = _load_rapidocr, timer: Callable[[], float] = time.perf_counter):
        self._load = load
        self._engine: object | None = None
        self._missing: str | None = None
        self._lock = threading.Lock()
        self._timer = timer

    def engine(self) -> object | None:
        """The OCR engine, loaded on the first call; None (and :attr:`missing` says why) when it cannot load."""
        with self._lock:
            if self._engine is None and self._missing is None:
                try:
                    with _native_call():
                        self._engine = self._load()
                except OcrClosing:
                    return None
                except Exception as exc:  # ImportError, a missing model file, onnxruntime refusing the CPU
                    self._missing = f"OCR unavailable: {type(exc).__name__}: {exc}"
                    log.warning("%s", self._missing)
            return self._engine

    @property
    def missing(self) -> str | None:
        return self._missing

    @property
    def loaded(self) -> bool:
        return self._engine is not None

    def read(self, frame: np.ndarray, regions: Sequence[Corners] = ()) -> TextResult:
        """The codes printed in ``frame`` (BGR or grey), looking inside ``regions`` (label boxes in frame pixels,
        widened to take in the text around a symbol) when given, else in the whole frame."""
        start = self._timer()
        engine = self.engine()
        if engine is None:
            return TextResult(error=self._missing, ms=(self._timer() - start) * 1000)
        bgr = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR) if frame.ndim == 2 else frame
        try:
            with _native_call():
                reads = self._read(engine, bgr, regions)
        except OcrClosing as exc:
            return TextResult(error=f"ocr: {exc}", ms=(self._timer() - start) * 1000)
        except Exception as exc:  # onnxruntime or the post-processing on one odd frame: reported, never raised
            log.debug("OCR failed on a frame", exc_info=True)
            return TextResult(error=f"ocr: {type(exc).__name__}: {exc}", ms=(self._timer() - start) * 1000)
        return TextResult(tuple(reads), None, (self._timer() - start) * 1000)

    def _read(self, engine: object, bgr: np.ndarray, regions: Sequence[Corners]) -> list[TextRead]:
        h, w = bgr.shape[:2]
        windows = [_widened(r, w, h) for r in regions]
        if windows:  # one detection over the box around every located symbol, not one per symbol
            x0, y0 = min(b[0] for b in windows), min(b[1] for b in windows)
            x1, y1 = max(b[2] for b in windows), max(b[3] for b in windows)
            windows = [(x0, y0, x1, y1)]
        lines: list[np.ndarray] = []
        for x0, y0, x1, y1 in windows or [(0, 0, w, h)]:
            part = bgr[y0:y1, x0:x1]
            scale = min(1.0, DETECT_SIDE / max(part.shape[:2]))
            small = cv2.resize(part, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else part
            boxes, _ = engine.text_det(small)  # type: ignore[attr-defined]
            if boxes is None:
                continue
            for box in boxes:
                ratio = _box_width(box) / max(1.0, float(np.linalg.norm(box[3] - box[0])))
                if not _CODE_RATIO[0] <= ratio <= _CODE_RATIO[1]:
                    continue  # not a line of one 17- or 24-character code (with at most a short label)
                lines.append(np.asarray(box, np.float32) / scale + np.float32([x0, y0]))
        lines = sorted(lines, key=_box_width, reverse=True)[:_MAX_LINES]
        crops = [_cut_line(bgr, box) for box in lines]
        if not crops:
            return []
        recognised, _ = engine.text_rec(crops)  # type: ignore[attr-defined]
        reads: list[TextRead] = []
        seen: set[str] = set()
        for box, crop, (text, score) in zip(lines, crops, recognised, strict=True):
            if score < _MIN_SCORE:
                continue
            for printed in find_printed_codes(text):
                if printed.code in seen:
                    continue
                seen.add(printed.code)
                corners = tuple((float(x), float(y)) for x, y in box[:4])
                reads.append(TextRead(printed, float(score), corners, crop))  # type: ignore[arg-type]
        return reads


def _box_width(box: np.ndarray) -> float:
    return float(np.linalg.norm(box[1] - box[0]))


def _widened(corners: Corners, w: int, h: int) -> tuple[int, int, int, int]:
    """A symbol's box widened to the label around it: the code is printed beside or under the symbol."""
    xs = [p[0] for p in corners]
    ys = [p[1] for p in corners]
    side = max(max(xs) - min(xs), max(ys) - min(ys), 32.0)
    x0, x1 = max(0, int(min(xs) - 1.5 * side)), min(w, int(max(xs) + 1.5 * side))
    y0, y1 = max(0, int(min(ys) - 1.0 * side)), min(h, int(max(ys) + 1.5 * side))
    return x0, y0, max(x1, x0 + 8), max(y1, y0 + 8)


def _cut_line(bgr: np.ndarray, box: np.ndarray) -> np.ndarray:
    """The line upright, from the full-resolution frame, upscaled to at least ``_MIN_LINE_PX`` tall."""
    width = max(8, round(float(np.linalg.norm(box[1] - box[0]))))
    height = max(8, round(float(np.linalg.norm(box[3] - box[0]))))
    factor = max(1.0, min(4.0, _MIN_LINE_PX / height))
    out_w, out_h = round(width * factor), round(height * factor)
    target = np.float32([[0, 0], [out_w, 0], [out_w, out_h], [0, out_h]])
    matrix = cv2.getPerspectiveTransform(box[:4].astype(np.float32), target)
    return cv2.warpPerspective(bgr, matrix, (out_w, out_h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)


def self_check(reader: TextReader | None = None) -> tuple[bool, str]:
    """Loads the models and reads a rendered VIN line: (ok, detail). For ``dismantler --self-test``."""
    reader = reader or TextReader()
    line = np.full((80, 640, 3), 255, np.uint8)
    cv2.putText(line, "LSVAM4187C2184847", (20, 55), cv2.FONT_HERSHEY_SIMPLEX, 1.4, (0, 0, 0), 3, cv2.LINE_AA)
    result = reader.read(line)
    if result.error:
        return False, result.error
    codes = [r.printed.code for r in result.reads]
    if "LSVAM4187C2184847" not in codes:
        return False, f"OCR loaded but read {codes or 'nothing'} from a test line"
    return True, f"OCR read a test VIN offline in {result.ms:.0f} ms"


__all__ = ["DETECT_SIDE", "TextRead", "TextReader", "TextResult", "self_check"]

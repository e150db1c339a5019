"""Decoding one frame: a cheap pass on every frame, harder passes only where a symbol was located but not read.

The cheap pass reads dark-on-light symbols; when it reads nothing it runs again on the inverted frame, so
light-on-dark symbols (laser-etched Data Matrix on metal, inverted QR) are found in the same tier (issue 14: with
inversion tried only on symbols already located, none of 188 etched symbols was read). Symbols and places found in
the inverted pass are cut out inverted in the harder passes.

Escalation order, within a per-frame time budget (the live camera) or to a fixed amount of work (a single
picture, ``budget_ms=None``: the same picture gives the same answer on an idle and a busy machine): the regions
where the previous frame needed a hard pass (the label rarely moves far between frames); then 1D boxes from
OpenCV's detector and 2D symbols zxing-cpp located but could not decode, then (when no 2D symbol was read) compact
blocks found by their outline (small tilted Data Matrix), each cut out upright and upscaled, then
contrast-equalised, then handed to pyzbar. Every library error is caught per call and reported in the result;
anything else raised while decoding a frame skips that frame (reported in its result), so one bad frame never
stops the loop.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import replace

import cv2
import numpy as np

from dismantler_app.domain.classifier import classify
from dismantler_app.domain.codes import CodeKind
from dismantler_app.scanning import decoders
from dismantler_app.scanning.regions import Crop, Region, cut_upright, detect_linear, detect_squares, equalised
from dismantler_app.scanning.symbols import Corners, DecodedSymbol, Decoder, FrameResult, Symbology

log = logging.getLogger(__name__)

# The error a frame's result carries when decoding it raised outside a library call (the frame was skipped).
INTERNAL_ERROR = "internal"

# 150 ms keeps a frame's worst case at half the 300 ms enter-to-confirm target, leaving room for the second
# confirming frame (which, with the last hit's region tried first, usually needs far less).
DEFAULT_BUDGET_MS = 150.0
_MAX_HINTS = 4
# The live camera captures at its highest useful resolution (sources.HIGHEST_USEFUL_RESOLUTION) and reads the cheap
# passes on a copy this long: measured on 30 generated 1080p frames, 24 read against 21 with the cheap pass at full
# resolution, median 100 ms against 135 ms (150 ms budget).
CAMERA_WORK_SIDE = 1280
# Work bounds that hold with or without a clock: a frame never tries more regions than these per kind.
_MAX_LOCATED = 6
_MAX_LINEAR = 6


class FrameRejected(ValueError):
    """A frame that is not an image (zero-size, wrong type, truncated buffer)."""


def to_gray(frame: object) -> np.ndarray:
    """The frame as a contiguous 8-bit grey image, or :class:`FrameRejected` saying what is wrong with it."""
    if not isinstance(frame, np.ndarray):
        raise FrameRejected(f"frame is not an image array: {type(frame).__name__}")
    if frame.size == 0 or frame.ndim not in (2, 3) or min(frame.shape[:2]) < 8:
        raise FrameRejected(f"empty or too small frame: shape {frame.shape}")
    if frame.dtype != np.uint8:
        raise FrameRejected(f"frame is {frame.dtype}, expected 8-bit pixels")
    if frame.ndim == 2:
        return np.ascontiguousarray(frame)
    channels = frame.shape[2]
    if channels == 1:
        return np.ascontiguousarray(frame[..., 0])
    if channels == 3:
        return cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    if channels == 4:
        return cv2.cvtColor(frame, cv2.COLOR_BGRA2GRAY)
    raise FrameRejected(f"frame has {channels} channels; expected grey, BGR or BGRA")


class FrameDecoder:
    """Decodes frames. Safe to share between decode threads (the only shared state, the hint list, is locked)."""

    def __init__(
        self,
        *,
        symbologies: Iterable[Symbology] = decoders.DEFAULT_SYMBOLOGIES,
        use_pyzbar: bool = True,
        budget_ms: float | None = DEFAULT_BUDGET_MS,
        timer: Callable[[], float] = time.perf_counter,
        read_zxing: Callable[..., tuple[list[DecodedSymbol], list]] = decoders.read_zxing,
        read_pyzbar: Callable[..., list[DecodedSymbol]] | None = None,
        import_module: decoders.ImportModule | None = None,
        find_squares: bool = True,
        keep_hints: bool | None = None,
        work_side: int | None = None,
    ) -> None:
        """``read_zxing``/``read_pyzbar`` default to the real libraries; tests wrap them to make one fail.
        ``import_module`` loads pyzbar (default: the process's own import, done once); when pyzbar cannot be
        loaded, :attr:`pyzbar_missing` says why and frames are decoded with zxing-cpp alone.

        ``budget_ms=None`` decodes to a fixed amount of work instead of a clock (single pictures); ``keep_hints``
        (default: only with a budget) carries regions that needed a hard pass over to the next frame, which makes
        the answer depend on the frames before, right for a camera and wrong for separate pictures.

        ``work_side``: the cheap passes read a copy of the frame scaled to at most this many pixels on its long
        side, while the hard passes cut the located symbols from the full-resolution frame: a camera capturing at
        1080p pays for a 720p cheap pass and still reads small symbols with the capture's pixels (None: the cheap
        passes read the frame as it is)."""
        if import_module is None:
            module, missing = decoders.load_pyzbar_once()
        else:
            module, missing = decoders.load_pyzbar(import_module)
        self.read_zxing = read_zxing
        self.read_pyzbar = read_pyzbar or functools.partial(decoders.read_pyzbar, module=module)
        self.symbologies = frozenset(symbologies)
        self._formats = decoders.zxing_formats(self.symbologies)
        self._formats_2d = decoders.zxing_formats(self.symbologies - decoders.ONE_D)
        self._formats_1d = decoders.zxing_formats(self.symbologies & decoders.ONE_D)
        self.use_pyzbar = use_pyzbar and module is not None
        # said only when pyzbar was wanted: a station that switched it off is not told it is missing
        self.pyzbar_missing = missing if use_pyzbar else None
        self.budget_ms = budget_ms
        self.work_side = work_side
        self.keep_hints = budget_ms is not None if keep_hints is None else keep_hints
        self.find_squares = find_squares and bool(self.symbologies & {Symbology.QR, Symbology.DATA_MATRIX})
        self._timer = timer
        self._hints: list[Region] = []
        self._lock = threading.Lock()
        self._local = threading.local()  # cv2 detectors are not documented as thread-safe: one per thread

    @classmethod
    def for_pictures(cls, **options: object) -> FrameDecoder:
        """A decoder for single pictures: no clock, no hints from one picture to the next."""
        return cls(budget_ms=None, keep_hints=False, **options)  # type: ignore[arg-type]

    def decode(self, frame: object) -> FrameResult:
        start = self._timer()
        try:
            gray = to_gray(frame)
        except FrameRejected as exc:
            return FrameResult(errors=(str(exc),), ms=(self._timer() - start) * 1000)
        run = _Run(self, gray, start)
        try:
            run.cheap_pass()
            if not run.over_budget():
                run.escalate()
        except Exception as exc:  # a fault outside a library call: skip this frame, never the loop
            log.debug("frame skipped after an internal error", exc_info=True)
            error = f"{INTERNAL_ERROR}: {type(exc).__name__}: {exc}"
            return FrameResult((), (*run.errors, error), (self._timer() - start) * 1000, (*run.passes, "skipped"))
        return FrameResult(
            tuple(run.symbols), tuple(run.errors), (self._timer() - start) * 1000, tuple(run.passes), run.unread()
        )

    # -- state shared between frames -------------------------------------------------------------------------
    def hints(self) -> list[Region]:
        with self._lock:
            return list(self._hints)

    def remember(self, region: Region) -> None:
        if not self.keep_hints:
            return
        with self._lock:
            self._hints = [region, *(h for h in self._hints if not h.contains(region.centre))][:_MAX_HINTS]

    def forget(self, region: Region) -> None:
        with self._lock:
            self._hints = [h for h in self._hints if h is not region]

    def detector(self) -> cv2.barcode.BarcodeDetector:
        detector = getattr(self._local, "detector", None)
        if detector is None:
            detector = self._local.detector = cv2.barcode.BarcodeDetector()
        return detector

    @property
    def timer(self) -> Callable[[], float]:
        return self._timer


def _corners(region: Region) -> Corners:
    points = region.points()
    return tuple((float(x), float(y)) for x, y in points[:4])  # type: ignore[return-value]


def _looks_like_a_code(symbol: DecodedSymbol) -> bool:
    return classify(symbol.payload).kind is not CodeKind.UNKNOWN


class _Run:
    """The passes over one frame, accumulating symbols and errors."""

    def __init__(self, owner: FrameDecoder, gray: np.ndarray, start: float) -> None:
        self.owner = owner
        self.gray = gray
        # the cheap passes read a copy at most ``work_side`` long (a light pass on a 1080p capture); everything
        # they find is mapped back to full-resolution pixels, where the hard passes cut their crops
        side = owner.work_side
        self.factor = min(1.0, side / max(gray.shape[:2])) if side else 1.0
        self.work = (
            gray
            if self.factor == 1.0
            else cv2.resize(gray, None, fx=self.factor, fy=self.factor, interpolation=cv2.INTER_AREA)
        )
        self.start = start
        self.symbols: list[DecodedSymbol] = []
        self.errors: list[str] = []
        self.passes: list[str] = []
        self.located: list[Region] = []
        self.linear: list[Region] = []

    def unread(self) -> tuple[Corners, ...]:
        """Located symbols and 1D boxes nothing was read in (at most a few, largest first)."""
        places = [r for r in (*self.located, *self.linear) if not self._covered(r)]
        places.sort(key=lambda r: r.size[0] * r.size[1], reverse=True)
        return tuple(_corners(r) for r in places[:_MAX_LOCATED])

    def over_budget(self) -> bool:
        budget = self.owner.budget_ms
        return budget is not None and (self.owner.timer() - self.start) * 1000 > budget

    def _zxing(
        self, image: np.ndarray, *, harder: bool, formats: list | None = None
    ) -> tuple[list[DecodedSymbol], list]:
        try:
            return self.owner.read_zxing(image, self.owner._formats if formats is None else formats, try_harder=harder)
        except Exception as exc:  # a decoder bug on one frame must not stop the scan loop
            self.errors.append(f"zxing-cpp: {type(exc).__name__}: {exc}")
            return [], []

    def _pyzbar(self, image: np.ndarray) -> list[DecodedSymbol]:
        if not self.owner.use_pyzbar:
            return []
        try:
            return self.owner.read_pyzbar(image, self.owner.symbologies)
        except Exception as exc:  # pyzbar's ValueError on unknown orientation, and anything else
            self.errors.append(f"pyzbar: {type(exc).__name__}: {exc}")
            return []

    def _add(self, symbol: DecodedSymbol) -> bool:
        for known in self.symbols:
            if known.raw == symbol.raw and known.symbology == symbol.symbology:
                return False
        self.symbols.append(symbol)
        return True

    def _covered(self, region: Region) -> bool:
        """Already read: a symbol of the same family lies inside. A QR printed at the end of a Code 128 often
        falls inside the 1D detector's box, so a 2D read never covers a 1D region (and vice versa)."""
        return any(
            (s.symbology in decoders.ONE_D) == region.linear and region.contains(s.centre, slack=1.0)
            for s in self.symbols
        )

    def _full(self, found: list[DecodedSymbol], located: list) -> tuple[list[DecodedSymbol], list]:
        """Corners from the working copy in full-resolution pixels."""
        if self.factor == 1.0:
            return found, located
        up = 1.0 / self.factor
        found = [replace(s, corners=tuple((x * up, y * up) for x, y in s.corners)) for s in found]
        located = [(s, np.asarray(c, np.float32) * up) for s, c in located]
        return found, located

    def cheap_pass(self) -> None:
        self.passes.append("cheap")
        found, located = self._full(*self._zxing(self.work, harder=False))
        for symbol in found:
            self._add(symbol)
        self.located = [Region.from_points(np.asarray(c), linear=s in decoders.ONE_D) for s, c in located]

    def cheap_inverted_pass(self) -> None:
        """Nothing read: the cheap pass on the other polarity, at the same cost (light-on-dark symbols, issue 14).
        An explicit inverted frame, not zxing-cpp's ``try_invert``: that one is cheaper for 2D symbols but missed
        every inverted Code 128 we tried (zxing-cpp 3.1, the 800x600 scenes of tests/scanning)."""
        inverted = cv2.bitwise_not(self.work)
        # 2D first: light-on-dark marks are mostly laser-etched Data Matrix and QR, and the 2D readers alone cost
        # about half the full pass at 1080p; the 1D readers follow when the 2D ones found nothing
        for formats, name in (
            (self.owner._formats_2d, "cheap:inverted"),
            (self.owner._formats_1d, "cheap:inverted:1d"),
        ):
            if not formats or self.symbols or self.over_budget():
                continue
            self.passes.append(name)
            found, located = self._full(*self._zxing(inverted, harder=False, formats=formats))
            for symbol in found:
                self._add(symbol)
            self.located += [
                replace(Region.from_points(np.asarray(c), linear=s in decoders.ONE_D), inverted=True)
                for s, c in located
            ]

    def escalate(self) -> None:
        hints = self.owner.hints()
        for region in hints:
            if self.over_budget():
                return
            if self._covered(region):
                continue
            if not self._hard_read(region, "hint"):
                self.owner.forget(region)
        if not self.symbols and not self.over_budget():
            self.cheap_inverted_pass()
        if self.over_budget() or any(s.symbology in decoders.ONE_D for s in self.symbols):
            # a 1D code already read means the label was upright enough; the 1D detector would only repeat it
            return
        self.passes.append("locate")
        candidates = list(self.located[:_MAX_LOCATED])
        try:
            self.linear = detect_linear(self.owner.detector(), self.gray)[:_MAX_LINEAR]
            candidates += self.linear
        except cv2.error as exc:
            self.errors.append(f"opencv detector: {exc}")
        for region in candidates:
            if self.over_budget():
                self.passes.append("budget")
                return
            if self._covered(region) or any(h.contains(region.centre) for h in hints):
                continue
            if self._hard_read(region, "located"):
                self.owner.remember(region)
        self._squares(hints)

    def _squares(self, hints: list[Region]) -> None:
        """Small 2D symbols nobody located: blocks found by their outline, turned upright and upscaled."""
        if not self.owner.find_squares or any(s.symbology not in decoders.ONE_D for s in self.symbols):
            return
        if self.over_budget():
            return
        self.passes.append("squares")
        for region in detect_squares(self.gray):
            if self.over_budget():
                self.passes.append("budget")
                return
            if any(r.contains(region.centre) for r in self.located) or any(h.contains(region.centre) for h in hints):
                continue  # already tried as a located symbol or a hint
            if self._hard_read(region, "square"):
                self.owner.remember(region)

    def _hard_read(self, region: Region, why: str) -> bool:
        crop = cut_upright(self.gray, region)
        if region.inverted:
            crop = Crop(cv2.bitwise_not(crop.image), crop.to_frame)
        attempts: list[tuple[str, Callable[[], np.ndarray], bool]] = [
            ("upright", lambda: crop.image, False),
            ("equalised", lambda: equalised(crop.image), True),
            # a region found by its outline or the 1D detector has no known polarity (both are edge-based): the
            # other one, plainly (zxing-cpp's own inversion after equalising misses light-on-dark tilted 1D codes)
            ("inverted", lambda: cv2.bitwise_not(crop.image), False),
        ]
        for i, (name, make, harder) in enumerate(attempts):
            if self.over_budget():
                return False
            self.passes.append(f"{why}:{name}")
            found, _ = self._zxing(make(), harder=harder)
            doubtful = [s for s in found if s.symbology in decoders.ONE_D and not _looks_like_a_code(s)]
            if doubtful:
                # A 1D read from a rectified crop that is no code of ours must be read again from the other
                # variant: on the decode benchmark's corpus zxing-cpp once misread a tilted, noisy Code 128 this
                # way ("F&DB1MNGzl…" for "FSDB1MNG5Y…") despite its checksum.
                other_name, other_make, other_harder = attempts[0 if i == 1 else 1]
                self.passes.append(f"{why}:{other_name}:verify")
                again = {s.raw for s in self._zxing(other_make(), harder=other_harder)[0]}
                found = [s for s in found if s not in doubtful or s.raw in again]
            if self._take(found, crop):
                return True
        if self.over_budget():
            return False
        self.passes.append(f"{why}:pyzbar")
        return self._take(self._pyzbar_agreed(crop.image), crop)

    def _pyzbar_agreed(self, image: np.ndarray) -> list[DecodedSymbol]:
        """pyzbar's 1D reads count only when two binarisations of the crop agree: on this project's corpus it
        misread a blurred Code 128 despite the checksum (a quote character in place of a letter and a digit)."""
        first = self._pyzbar(image)
        if all(s.symbology not in decoders.ONE_D for s in first):
            return first
        second = {s.raw for s in self._pyzbar(equalised(image))}
        return [s for s in first if s.symbology not in decoders.ONE_D or s.raw in second]

    def _take(self, found: list[DecodedSymbol], crop: Crop) -> bool:
        added = False
        for symbol in found:
            corners = tuple(crop.corners_in_frame(symbol.corners))
            moved = replace(symbol, corners=corners)
            added = self._add(moved) or added
        return added


__all__ = [
    "CAMERA_WORK_SIDE",
    "DEFAULT_BUDGET_MS",
    "INTERNAL_ERROR",
    "Decoder",
    "FrameDecoder",
    "FrameRejected",
    "to_gray",
]

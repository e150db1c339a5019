"""One picture, no second frame: a code from a 1D symbol is reported only when an independent read agrees.

The camera engine confirms a code by reading it in two frames; a single picture (``dismantler scan-image``) has one.
1D symbologies are where a misread still passes the checks: Code 128's checksum is one mod-103 character, Code 39
has none, and on this project's corpus both zxing-cpp and pyzbar once produced a checksum-valid wrong Code 128 from
a blurred, tilted label (see :mod:`.pipeline`). So a code read from a Code 128/39 symbol in a single picture is
read again, independently, before it is reported:

- the upper and the lower half of the bars, cut out upright (OpenCV's 1D detector gives the box) and upscaled;
- the upper and the lower half of the bars at the picture's own pixels (no resampling), for labels the upright cut
  loses (perspective: measured on the committed fixtures, one of five 1D labels reads only this way);
- pyzbar on the upright cut, where pyzbar is installed;
- another symbol of the picture carrying the same code (a QR next to the Code 128).

A second read of the same symbology at the same place with another payload means the bars are ambiguous: nothing
is reported as a code. Neither agreement nor disagreement: not reported as a code either. Both come back under
"unconfirmed" with the reason, so the operator knows to take a better picture or use the camera.

A picture is decoded to a fixed amount of work, never against a clock, so the same file gives the same answer on an
idle and a busy machine; and a file is refused by the size its header states before any pixel is decoded
(:func:`load_picture`, :data:`MAX_PICTURE_PIXELS`).
"""

from __future__ import annotations

import contextlib
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, UnidentifiedImageError

from dismantler_app.domain.classifier import classify
from dismantler_app.domain.codes import Classification, CodeKind
from dismantler_app.scanning import decoders
from dismantler_app.scanning.ocr import TextRead, TextReader
from dismantler_app.scanning.pipeline import FrameDecoder, FrameRejected, to_gray
from dismantler_app.scanning.regions import Region, cut_upright, detect_linear
from dismantler_app.scanning.symbols import DecodedSymbol

# 50 megapixels: a phone's full-resolution photo (12-50 MP) passes; decoding it takes about 150 MB of BGR and grey
# buffers. A header claiming 100000 x 100000 (10 gigapixels, 30 GB of pixels) or a real 20000 x 20000 scan is
# refused from its header alone (issue 13).
MAX_PICTURE_PIXELS = 50_000_000


class PictureRefused(ValueError):
    """A file that is not a picture this program reads, with the reason and what to do, in one line."""


def load_picture(path: Path, *, max_pixels: int = MAX_PICTURE_PIXELS) -> np.ndarray:
    """The picture as a BGR array, or :class:`PictureRefused`. The size is read from the file's header (Pillow
    opens lazily) and checked before a single pixel is decoded."""
    if not path.is_file():
        raise PictureRefused("not found: give a JPEG or PNG file" if not path.exists() else "not a file")
    limit = f"{max_pixels / 1e6:g} megapixels"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as picture:
                width, height = picture.size
    except Image.DecompressionBombError:
        raise PictureRefused(f"the picture is larger than {limit}; scale it down and try again") from None
    except (UnidentifiedImageError, OSError, ValueError):
        raise PictureRefused("not a readable image: give a JPEG or PNG file") from None
    if width * height > max_pixels:
        raise PictureRefused(
            f"the picture is {width} x {height} pixels, more than {limit}; scale it down and try again"
        )
    try:
        frame = cv2.imdecode(np.fromfile(str(path), np.uint8), cv2.IMREAD_COLOR)
    except cv2.error:
        frame = None
    if frame is None:
        raise PictureRefused("not a readable image: give a JPEG or PNG file")
    return frame


# Printed 1D labels have bars 15-20 % as tall as the symbol is long (synth.render_symbol, GS1 label practice); the
# cut is at least that thick so both halves hold bars even when a decoder reported a single scan line.
_BAR_HEIGHT_RATIO = 0.15


class Doubt(StrEnum):
    DISAGREE = "reads_disagree"  # an independent read of the same bars gave another payload
    SINGLE_READ = "single_read"  # no independent read agreed (nor disagreed)


@dataclass(frozen=True)
class Unconfirmed:
    symbol: DecodedSymbol
    classification: Classification
    doubt: Doubt
    reason: str


@dataclass(frozen=True)
class PictureReport:
    codes: list[tuple[Classification, DecodedSymbol]] = field(default_factory=list)
    unconfirmed: list[Unconfirmed] = field(default_factory=list)
    unrecognised: list[tuple[Classification, DecodedSymbol]] = field(default_factory=list)
    errors: tuple[str, ...] = ()
    ms: float = 0.0
    # codes read from printed text (OCR) when no symbol gave a code; each says whether the text alone may count
    text: list[TextRead] = field(default_factory=list)


def needs_second_read(symbol: DecodedSymbol, classification: Classification) -> bool:
    return symbol.symbology in decoders.ONE_D and classification.kind is not CodeKind.UNKNOWN


def read_picture(
    frame: object,
    *,
    decoder: FrameDecoder | None = None,
    strict: bool = False,
    timer: Callable[[], float] = time.perf_counter,
    ocr: TextReader | None = None,
) -> PictureReport:
    """Everything one picture holds, with codes from 1D symbols reported only when a second read agrees. With
    ``ocr``, a picture whose symbols gave no code (none, or none confirmed) has its printed text read, inside the
    located symbols' surroundings first, else the whole picture (:mod:`.ocr`); those reads come in ``text``.

    The default decoder works to a fixed amount of work, not a clock (:meth:`FrameDecoder.for_pictures`): the same
    picture gives the same answer on an idle and on a busy machine (issue 14). ``timer`` only measures ``ms``."""
    start = timer()
    decoder = decoder or FrameDecoder.for_pictures()
    result = decoder.decode(frame)
    report = PictureReport(errors=result.errors)
    gray: np.ndarray | None = None
    for symbol in result.symbols:
        found = classify(symbol.payload, strict=strict)
        if found.kind is CodeKind.UNKNOWN or not found.code:
            report.unrecognised.append((found, symbol))
            continue
        if needs_second_read(symbol, found):
            try:
                gray = to_gray(frame) if gray is None else gray
            except FrameRejected:  # pragma: no cover - the decoder read it, so it is an image
                continue
            doubt = second_opinion(gray, symbol, others=result.symbols, decoder=decoder, code=found.code)
            if doubt is not None:
                report.unconfirmed.append(Unconfirmed(symbol, found, *doubt))
                continue
        report.codes.append((found, symbol))
    errors = report.errors
    text: list[TextRead] = []
    if ocr is not None and not report.codes and isinstance(frame, np.ndarray):
        read = ocr.read(frame, result.unread)
        if not read.reads and result.unread:
            read = ocr.read(frame)  # the code may be printed away from the symbols that were located
        text = list(read.reads)
        errors = (*errors, read.error) if read.error else errors
    return PictureReport(report.codes, report.unconfirmed, report.unrecognised, errors, (timer() - start) * 1000, text)


def second_opinion(
    gray: np.ndarray,
    symbol: DecodedSymbol,
    *,
    others: tuple[DecodedSymbol, ...] | list[DecodedSymbol],
    decoder: FrameDecoder,
    code: str,
) -> tuple[Doubt, str] | None:
    """None when an independent read agrees with ``symbol`` and none disagrees; else the doubt and why."""
    region = _bars_region(gray, symbol, decoder)
    # another symbol elsewhere in the picture is no second read of these bars; one at the same place is
    elsewhere = [o for o in others if o is not symbol and not region.contains(o.centre)]
    # ...but one carrying the same code confirms it (a QR beside the Code 128, possibly with a wrapped payload)
    beside = elsewhere + [o for o in others if o is not symbol and o.symbology != symbol.symbology]
    agreeing = any(classify(o.payload).code == code for o in beside)
    other_raws = {o.raw for o in elsewhere} - {symbol.raw}
    reads = [r for r in _independent_reads(gray, region, symbol, decoder) if r.raw not in other_raws]
    different = sorted({r.text for r in reads if r.symbology == symbol.symbology and r.raw != symbol.raw})
    if different:
        shown = ", ".join(repr(t) for t in different[:3])
        return Doubt.DISAGREE, (
            f"the bars read as {symbol.text!r} once and as {shown} in another read: the symbol is damaged or "
            "blurred; take a sharper picture or scan it with the camera"
        )
    if agreeing or any(r.raw == symbol.raw for r in reads):
        return None
    return Doubt.SINGLE_READ, (
        f"{symbol.text!r} was read in one pass only and no second read of the bars confirmed it; take a closer, "
        "sharper picture or scan it with the camera"
    )


def _bars_region(gray: np.ndarray, symbol: DecodedSymbol, decoder: FrameDecoder) -> Region:
    """The box of the bars: the 1D detector's box around the symbol (decoders often report one scan line)."""
    try:
        boxes = [b for b in detect_linear(decoder.detector(), gray) if b.contains(symbol.centre, slack=1.2)]
    except cv2.error:
        boxes = []
    region = boxes[0] if boxes else Region.from_points(np.asarray(symbol.corners), linear=True)
    length, thickness = region.size
    return Region(region.centre, (length, max(thickness, length * _BAR_HEIGHT_RATIO)), region.angle_deg, True)


def _independent_reads(
    gray: np.ndarray, region: Region, symbol: DecodedSymbol, decoder: FrameDecoder
) -> list[DecodedSymbol]:
    formats = decoders.zxing_formats([symbol.symbology])
    upright = cut_upright(gray, region).image
    h, w = gray.shape
    pts = region.points()
    x0, y0 = np.clip(pts.min(axis=0) - 8, 0, None).astype(int)
    x1, y1 = np.minimum(pts.max(axis=0) + 8, [w, h]).astype(int)
    native = gray[y0:y1, x0:x1]
    halves = [
        image
        for whole in (upright, native)
        for image in (whole[: whole.shape[0] // 2], whole[whole.shape[0] // 2 :])
        if min(image.shape[:2]) >= 8
    ]
    reads: list[DecodedSymbol] = []
    for image in halves:
        try:
            reads += decoder.read_zxing(np.ascontiguousarray(image), formats)[0]
        except Exception:  # a decoder fault is no read, for or against
            continue
    if decoder.use_pyzbar:
        with contextlib.suppress(Exception):  # pyzbar's ValueError on unknown orientation: no read
            reads += decoder.read_pyzbar(upright, [symbol.symbology])
    return reads

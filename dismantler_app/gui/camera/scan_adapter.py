"""The scanning engine as the camera worker needs it: the engine's own events (confirmed codes, source state,
trouble) plus what a live preview needs and the engine does not emit — every grabbed frame, and the symbols each
decoded frame held (for the overlay boxes).

Both come from thin wrappers around the engine's source and decoder (:class:`PreviewSource`,
:class:`PreviewDecoder`), so the engine itself stays Qt-free and unchanged; the wrappers only pass references on (no
copies: frames are never written to after grabbing). What the engine reads and how strictly it judges a VIN are
:class:`DecoderOptions`, given per engine (station settings) and per start (the yard's market).

The engine reads the printed code (OCR) when no symbol gives one, on its own thread at a lower rate, and sends
guidance hints for symbols it located but could not read; the cheap decoding passes read a copy at most
``CAMERA_WORK_SIDE`` long, so a 1080p capture previews and decodes like 720p while located symbols are cut from the
full-resolution frame. The OCR models load on the OCR thread at the first frame that needs them, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from dismantler_app.domain.records import Market
from dismantler_app.scanning import decoders
from dismantler_app.scanning.engine import ScanEngine
from dismantler_app.scanning.interpret import Interpreter
from dismantler_app.scanning.ocr import TextReader
from dismantler_app.scanning.pipeline import CAMERA_WORK_SIDE, FrameDecoder
from dismantler_app.scanning.sources import FolderSource, FrameSource, source_from_spec
from dismantler_app.scanning.symbols import DecodedSymbol, FrameResult, Symbology

Listener = Callable[[object], None]
# An image folder standing in for a camera plays at a webcam-like rate and starts again at the end: an operator
# expects a camera to keep showing a picture, not to "end" after a second (issue 4 review).
FOLDER_FPS = 10.0


@dataclass(frozen=True)
class PreviewFrame:
    frame: np.ndarray


@dataclass(frozen=True)
class PreviewSymbols:
    symbols: tuple[DecodedSymbol, ...]


@dataclass(frozen=True)
class DecoderOptions:
    """Which symbologies the engine reads, whether pyzbar backs zxing-cpp up, and whether a VIN with a wrong check
    digit is refused at the camera (ISO 3779: the digit is mandatory in China and North America, optional in the
    EU). ``read_text``: read the printed code when no symbol gives one (OCR)."""

    symbologies: tuple[Symbology, ...] = tuple(decoders.DEFAULT_SYMBOLOGIES)
    use_pyzbar: bool = True
    strict_vin: bool = False
    read_text: bool = True

    def decoder(self) -> FrameDecoder:
        return FrameDecoder(symbologies=self.symbologies, use_pyzbar=self.use_pyzbar, work_side=CAMERA_WORK_SIDE)


def vin_check_digit_mandatory(market: Market) -> bool:
    """The markets whose VINs must carry a correct check digit (GB 16735-2019 for China, 49 CFR 565 for the US)."""
    return market in (Market.CN, Market.US)


class PreviewSource:
    """A frame source that also hands every frame it reads to the listener (for the live preview)."""

    def __init__(self, inner: FrameSource, listener: Listener) -> None:
        self._inner, self._listener = inner, listener

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def open(self) -> None:
        self._inner.open()

    def read(self) -> np.ndarray | None:
        frame = self._inner.read()
        if frame is not None:
            self._listener(PreviewFrame(frame))
        return frame

    def close(self) -> None:
        self._inner.close()


class PreviewDecoder:
    """A frame decoder that also hands the symbols of every decoded frame to the listener (for the overlays)."""

    def __init__(self, inner: FrameDecoder, listener: Listener) -> None:
        self._inner, self._listener = inner, listener

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def decode(self, frame: object) -> FrameResult:
        result = self._inner.decode(frame)
        self._listener(PreviewSymbols(result.symbols))
        return result


class PreviewingEngine:
    """Implements the GUI's ``ScanEngine`` port over the scanning package's engine."""

    def __init__(self, make_source: Callable[[], FrameSource], *, options: DecoderOptions | None = None) -> None:
        self._make_source = make_source
        self.options = options or DecoderOptions()
        self._engine: ScanEngine | None = None

    def start(self, on_event: Listener, *, strict_vin: bool | None = None) -> None:
        """``strict_vin`` (the yard's market) overrides the options' VIN rule for this run."""
        options = self.options
        strict = options.strict_vin if strict_vin is None else strict_vin
        self._engine = ScanEngine(
            lambda: PreviewSource(self._make_source(), on_event),  # type: ignore[arg-type, return-value]
            on_event=on_event,
            decoder=PreviewDecoder(options.decoder(), on_event),  # type: ignore[arg-type]
            interpreter=Interpreter(strict_vin=strict),
            text_reader=TextReader() if options.read_text else None,
        )
        self._engine.start()

    def stop(self) -> None:
        if self._engine is not None:
            self._engine.stop()

    def forget_reads(self) -> None:
        if self._engine is not None:
            self._engine.forget_reads()


def station_source(spec: str, *, resolution: tuple[int, int] | None = None) -> FrameSource:
    """A device index, a stream URL, a video file, or an image folder (looping at :data:`FOLDER_FPS`)."""
    path = Path(spec.strip())
    if spec.strip() and not spec.strip().isdigit() and "://" not in spec and path.is_dir():
        return FolderSource(path, fps=FOLDER_FPS, loop=True)
    if resolution is None:
        return source_from_spec(spec)
    return source_from_spec(spec, resolution=resolution)


def folder_camera(folder: Path, *, fps: float = FOLDER_FPS, loop: bool = True) -> Callable[[], PreviewingEngine]:
    """A camera fed from a folder of images (tests, demonstrations, a station without hardware)."""
    return lambda: PreviewingEngine(lambda: FolderSource(folder, fps=fps, loop=loop))


def camera_from_spec(spec: str) -> Callable[[], PreviewingEngine]:
    """A device index, a stream URL, a video file or a folder, as the settings name it."""
    return lambda: PreviewingEngine(lambda: station_source(spec))

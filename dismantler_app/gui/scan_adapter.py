"""The scanning engine as the camera worker needs it: the engine's own events (confirmed codes, source state,
trouble) plus what a live preview needs and the engine does not emit — every grabbed frame, and the symbols each
decoded frame held (for the overlay boxes).

Both come from thin wrappers around the engine's source and decoder, so the engine itself stays Qt-free and
unchanged; the wrappers only pass references on (no copies: frames are never written to after grabbing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from dismantler_app.scanning.engine import ScanEngine
from dismantler_app.scanning.pipeline import FrameDecoder
from dismantler_app.scanning.sources import FolderSource, FrameSource, source_from_spec
from dismantler_app.scanning.symbols import DecodedSymbol, FrameResult

Listener = Callable[[object], None]


@dataclass(frozen=True)
class PreviewFrame:
    frame: np.ndarray


@dataclass(frozen=True)
class PreviewSymbols:
    symbols: tuple[DecodedSymbol, ...]


class _TeeSource:
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


class _TeeDecoder:
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

    def __init__(self, make_source: Callable[[], FrameSource]) -> None:
        self._make_source = make_source
        self._engine: ScanEngine | None = None

    def start(self, on_event: Listener) -> None:
        self._engine = ScanEngine(
            lambda: _TeeSource(self._make_source(), on_event),  # type: ignore[arg-type, return-value]
            on_event=on_event,
            decoder=_TeeDecoder(FrameDecoder(), on_event),  # type: ignore[arg-type]
        )
        self._engine.start()

    def stop(self) -> None:
        if self._engine is not None:
            self._engine.stop()


def folder_camera(folder: Path, *, fps: float = 10.0, loop: bool = True) -> Callable[[], PreviewingEngine]:
    """A camera fed from a folder of images (tests, demonstrations, a station without hardware)."""
    return lambda: PreviewingEngine(lambda: FolderSource(folder, fps=fps, loop=loop))


def camera_from_spec(spec: str) -> Callable[[], PreviewingEngine]:
    """A device index, a stream URL, a video file or a folder, as the settings name it."""
    return lambda: PreviewingEngine(lambda: source_from_spec(spec))

"""The station's camera as its settings describe it, and what the intake page needs from the engine beyond frames
and confirmed codes: the evidence frame of each confirmed code and the payloads that are no code at all.

The camera worker forwards confirmed codes as text only and drops unrecognised payloads; rather than widen it, the
engine is wrapped here (:class:`TappedEngine`): the wrapper sees every event first, on the engine's thread, keeps the
evidence JPEG in a small thread-safe shelf keyed by the payload (the page takes it when the code arrives through the
worker's signal, which is always later), and sends unrecognised payloads through one long-lived Qt object.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from dismantler_app.gui.ports import ScanEngine
from dismantler_app.gui.scan_adapter import PreviewingEngine, _TeeDecoder, _TeeSource
from dismantler_app.scanning.engine import ScanEngine as EngineCore
from dismantler_app.scanning.events import CodeConfirmed, Evidence, PayloadUnrecognised
from dismantler_app.scanning.pipeline import FrameDecoder
from dismantler_app.scanning.sources import source_from_spec
from dismantler_app.scanning.symbols import Symbology
from dismantler_app.storage.station_settings import StationSettings

# A handful of codes can be confirmed before the UI thread takes their evidence; older ones are never needed.
SHELF_SIZE = 16


class EvidenceShelf:
    """Evidence frames by payload text, from the engine's threads to the UI thread."""

    def __init__(self, size: int = SHELF_SIZE) -> None:
        self._items: OrderedDict[str, Evidence] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def put(self, payload: str, evidence: Evidence) -> None:
        with self._lock:
            self._items[payload] = evidence
            self._items.move_to_end(payload)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def take(self, payload: str) -> Evidence | None:
        with self._lock:
            return self._items.pop(payload, None)


class CameraNotices(QObject):
    """One per intake page, for its lifetime: a payload read in enough frames that is no code we know."""

    unrecognised = Signal(str)


class TappedEngine:
    """Implements the GUI's ``ScanEngine`` port around another one, looking at each event before passing it on."""

    def __init__(self, inner: ScanEngine, *, shelf: EvidenceShelf, notices: CameraNotices) -> None:
        self._inner, self._shelf, self._notices = inner, shelf, notices

    def start(self, on_event: Callable[[object], None]) -> None:
        def listen(event: object) -> None:
            if isinstance(event, CodeConfirmed) and event.evidence is not None:
                self._shelf.put(event.symbols[0].text, event.evidence)
            elif isinstance(event, PayloadUnrecognised):
                self._notices.unrecognised.emit(event.symbol.text)
            on_event(event)

        self._inner.start(listen)

    def stop(self) -> None:
        self._inner.stop()


class ConfiguredEngine(PreviewingEngine):
    """The previewing engine with the station's decoder options (which symbologies, whether pyzbar helps)."""

    def __init__(self, settings: StationSettings) -> None:
        super().__init__(lambda: source_from_spec(settings.camera, resolution=settings.resolution))
        self._settings = settings

    def start(self, on_event: Callable[[object], None]) -> None:
        decoder = FrameDecoder(
            symbologies=[Symbology(name) for name in self._settings.symbologies],
            use_pyzbar=self._settings.use_pyzbar,
        )
        self._engine = EngineCore(
            lambda: _TeeSource(self._make_source(), on_event),  # type: ignore[arg-type, return-value]
            on_event=on_event,
            decoder=_TeeDecoder(decoder, on_event),  # type: ignore[arg-type]
        )
        self._engine.start()


def camera_for(settings: StationSettings) -> Callable[[], ScanEngine] | None:
    """A factory of fresh engines for the station's camera, or None when the station has none."""
    if not settings.camera.strip():
        return None
    return lambda: ConfiguredEngine(settings)

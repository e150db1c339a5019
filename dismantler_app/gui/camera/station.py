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

from dismantler_app.gui.camera.scan_adapter import DecoderOptions, PreviewingEngine, station_source
from dismantler_app.gui.common.ports import ScanEngine
from dismantler_app.scanning.events import CodeConfirmed, Evidence, PayloadUnrecognised
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

    def __init__(
        self, inner: ScanEngine, *, shelf: EvidenceShelf, notices: CameraNotices, strict_vin: bool | None = None
    ) -> None:
        self._inner, self._shelf, self._notices = inner, shelf, notices
        self._strict_vin = strict_vin  # the yard's VIN rule; None: the engine's own options

    def start(self, on_event: Callable[[object], None], *, strict_vin: bool | None = None) -> None:
        def listen(event: object) -> None:
            if isinstance(event, CodeConfirmed) and event.evidence is not None:
                # a VIN read from text has no symbol: its code is what the worker hands on
                key = event.symbols[0].payload if event.symbols else event.classification.code or ""
                self._shelf.put(key, event.evidence)
            elif isinstance(event, PayloadUnrecognised):
                self._notices.unrecognised.emit(event.symbol.payload)
            on_event(event)

        self._inner.start(listen, strict_vin=self._strict_vin if strict_vin is None else strict_vin)

    def stop(self) -> None:
        self._inner.stop()

    def forget_reads(self) -> None:
        self._inner.forget_reads()


def configured_engine(settings: StationSettings) -> PreviewingEngine:
    """The previewing engine with the station's decoder options (which symbologies, whether pyzbar helps)."""
    options = DecoderOptions(
        symbologies=tuple(Symbology(name) for name in settings.symbologies), use_pyzbar=settings.use_pyzbar
    )
    return PreviewingEngine(lambda: station_source(settings.camera, resolution=settings.resolution), options=options)


def camera_for(settings: StationSettings) -> Callable[[], ScanEngine] | None:
    """A factory of fresh engines for the station's camera, or None when the station has none."""
    if not settings.camera.strip():
        return None
    return lambda: configured_engine(settings)

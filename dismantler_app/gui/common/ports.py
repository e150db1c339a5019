"""What the GUI is handed by the composition root, as small structural types (the GUI may not import the
composition root: it sits above the GUI in the layer contract).

``AppContextLike`` is what ``composition.AppContext`` already is; ``GuiOptions`` are the desktop-only choices;
``ScanEngine`` is the camera side, started with a callback the engine calls from its own threads and the yard's VIN
rule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from dismantler_app.domain.clock import Clock
from dismantler_app.services.context import ServiceContext


class AppContextLike(Protocol):
    services: ServiceContext
    clock: Clock


class ScanEngine(Protocol):
    def start(self, on_event: Callable[[object], None], *, strict_vin: bool | None = None) -> None:
        """``strict_vin``: refuse VINs with a wrong check digit (the yard's market); None keeps the engine's own."""

    def stop(self) -> None: ...

    def forget_reads(self) -> None:
        """New vehicle: codes confirmed or being confirmed until now are not announced again as fresh reads.
        Called from the UI thread while the engine runs."""


@dataclass(frozen=True)
class GuiOptions:
    station: str = "station-1"
    # Five minutes: long enough for one vehicle's paperwork, short enough that a walked-away station locks.
    idle_lock_seconds: int = 300
    language: str = "zh_CN"
    text_size: str = "normal"  # gui/common/text_size.TextSize: the station's setting
    log_dir: Path | None = None  # None: the user log folder (platformdirs)
    camera: Callable[[], ScanEngine] | None = None  # makes a fresh engine each time the preview starts

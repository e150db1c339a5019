"""Applying the station's settings to a running GUI, at start and whenever the settings page saves them: the camera
(released and reopened, no restart), the handheld scanner's prefix and suffix, the idle lock time, the text size;
and showing a scanner burst's keyboard-layout diagnosis on the intake page.

The composition root calls :func:`start_station` once the window is up; it also offers the first-run wizard.
"""

from __future__ import annotations

import dataclasses

from dismantler_app.domain.scanner_input import ScannerSettings
from dismantler_app.gui.app import Gui
from dismantler_app.gui.camera.scanner_filter import ScannerFilter
from dismantler_app.gui.camera.station import camera_for
from dismantler_app.gui.common.text_size import TextSize, apply_text_size
from dismantler_app.storage.station_settings import StationSettings

_CAMERA_KEYS = ("camera", "resolution", "symbologies", "use_pyzbar")


def apply_scanner(gui: Gui, settings: StationSettings) -> ScannerFilter:
    """Replaces the scanner filter with one that expects the configured prefix and suffix (the filter's detector
    is fixed at construction, and a half-typed burst must not carry over to the new settings anyway)."""
    old = gui.scanner
    gui.app.removeEventFilter(old)
    scanner_settings = ScannerSettings(prefix=settings.scanner_prefix, suffix=settings.scanner_suffix)
    new = ScannerFilter(gui.window, settings=scanner_settings)
    new.scanned.connect(lambda text: gui.window.intake.accept_text(text, source="scanner"))
    new.burst_seen.connect(gui.window.intake.show_scanner_burst)
    gui.app.installEventFilter(new)
    gui.scanner = new
    old.deleteLater()
    return new


def apply_station(gui: Gui, settings: StationSettings, *, previous: StationSettings | None) -> None:
    camera_changed = previous is None or any(getattr(settings, key) != getattr(previous, key) for key in _CAMERA_KEYS)
    if camera_changed and previous is not None:
        gui.window.intake.set_camera_factory(camera_for(settings))
    gui.idle.set_interval_ms(settings.idle_lock_seconds * 1000)
    if previous is None or settings.text_size != previous.text_size:
        apply_text_size(gui.app, TextSize(settings.text_size))  # every window at once, no restart
    if previous is None or (settings.scanner_prefix, settings.scanner_suffix) != (
        previous.scanner_prefix,
        previous.scanner_suffix,
    ):
        apply_scanner(gui, settings)


def attach_station(gui: Gui, settings: StationSettings) -> None:
    """Applies ``settings`` (the camera was already given to the window at build) and follows later saves."""
    current = [dataclasses.replace(settings)]
    apply_station(gui, settings, previous=None)

    def saved(new: StationSettings) -> None:
        apply_station(gui, new, previous=current[0])
        current[0] = new

    gui.window.settings.station_saved.connect(saved)


def start_station(gui: Gui, settings: StationSettings) -> None:
    """The composition root's ``on_started``: station settings applied, and the wizard on a fresh installation."""
    from dismantler_app.gui.settings.wizard import offer_first_run

    attach_station(gui, settings)
    offer_first_run(gui)

"""A resumed intake shows the photos stored on it in earlier sessions, not only those taken since it was opened;
a photo taken now joins them once (the strip knows its photos by their hash)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.domain.records import PhotoKind
from dismantler_app.gui.app import Gui
from dismantler_app.services import intakes, photos
from tests.gui.gui_setup import sign_in, start_gui
from tests.services.yard_setup import Yard, bev, open_yard


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def gui(qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path) -> Iterator[Gui]:
    started = start_gui(gui_app, yard, tmp_path)
    started.window.show()
    yield started
    qtbot.waitUntil(lambda: started.bridge.in_flight == 0, timeout=10_000)
    started.close()


def _jpeg(shade: int) -> bytes:
    ok, data = cv2.imencode(".jpg", np.full((120, 160, 3), shade, np.uint8))
    assert ok
    return data.tobytes()


def test_a_resumed_intake_shows_the_photos_taken_in_an_earlier_session(qtbot: QtBot, gui: Gui, yard: Yard) -> None:
    vehicle = bev(31)
    intake_id = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=vehicle)
    for shade, kind in ((40, PhotoKind.EXTERIOR), (200, PhotoKind.VIN)):
        photos.add_photo(yard.ctx, yard.operator, yard.clock, intake_id, data=_jpeg(shade), kind=kind)
    sign_in(qtbot, gui, "op")
    page = gui.window.intake
    page.accept_text(vehicle.vin)
    strip = page.ui.photos
    qtbot.waitUntil(lambda: strip.ui.thumbnails.count() == 2, timeout=10_000)
    assert page.view is not None and page.view.intake_id == intake_id
    assert strip.missing() == [PhotoKind.BATTERY_LABEL]  # the two stored photos count as taken
    assert not strip.ui.thumbnails.item(0).icon().isNull()

    data = _jpeg(120)
    page.editing._add_photo(PhotoKind.BATTERY_LABEL, lambda: data)
    qtbot.waitUntil(lambda: strip.ui.thumbnails.count() == 3, timeout=10_000)
    # The same stored photos read again (the operator opens the vehicle again) are not shown twice.
    page.editing.load_stored_photos(intake_id)
    qtbot.waitUntil(lambda: gui.bridge.in_flight == 0, timeout=10_000)
    assert strip.ui.thumbnails.count() == 3
    assert strip.missing() == []

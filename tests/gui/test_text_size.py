"""The station's text size (issue 12: about 10 pt at 1080p, no way to make it larger): chosen in Settings, it scales
every page of the open window at once (body text and the larger role texts alike), is written to station.json and
is the size the next start opens at."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.gui.common.text_size import ROLE_POINTS, TextSize, current_text_size, point_size
from dismantler_app.storage.station_settings import TEXT_SIZES, load_station_settings, settings_path
from tests.gui.gui_setup import sign_in, start_gui
from tests.services.yard_setup import Yard, open_yard


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path)
    yield opened
    opened.close()


def test_the_sizes_offered_are_the_ones_the_settings_file_accepts() -> None:
    assert tuple(size.value for size in TextSize) == TEXT_SIZES
    sizes = [point_size(size) for size in TextSize]
    assert sizes == sorted(set(sizes)) and sizes[0] == 12  # each a step larger than the one before


def test_larger_text_chosen_in_settings_reaches_every_page_at_once_and_is_kept_for_the_next_start(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path
) -> None:
    gui = start_gui(gui_app, yard, tmp_path)
    try:
        window = gui.window
        window.resize(1920, 1080)
        window.show()
        sign_in(qtbot, gui, "admin")
        window.show_page("settings")
        settings = window.settings
        qtbot.waitUntil(lambda: gui.bridge.in_flight == 0, timeout=10_000)
        assert settings.ui.text_size.currentData() == "normal"
        desk_heading = window.pages[1].widget.ui.heading  # a page not shown now
        assert gui_app.font().pointSize() == 12 and desk_heading.font().pointSize() == ROLE_POINTS["heading"]

        settings.ui.text_size.setCurrentIndex(settings.ui.text_size.findData("larger"))
        settings.ui.text_size.activated.emit(settings.ui.text_size.currentIndex())  # as a click on the choice
        qtbot.waitUntil(lambda: gui.bridge.in_flight == 0, timeout=10_000)

        assert current_text_size(gui_app) is TextSize.LARGER
        assert gui_app.font().pointSize() == point_size(TextSize.LARGER) == 16
        assert settings.ui.station.font().pointSize() == 16  # a plain field of the page shown
        assert desk_heading.font().pointSize() == point_size(TextSize.LARGER, ROLE_POINTS["heading"])
        assert window.intake.ui.banner.headline.font().pointSize() > ROLE_POINTS["banner_headline"]
        stored = json.loads(settings_path(Path(yard.ctx.store.path).parent).read_text(encoding="utf-8"))
        assert stored["text_size"] == "larger"
    finally:
        qtbot.waitUntil(lambda: gui.bridge.in_flight == 0, timeout=10_000)
        gui.close()
    assert current_text_size(gui_app) is TextSize.NORMAL  # the application outlives the window

    # The next start reads station.json (composition.run_desktop_app passes its text size on).
    kept = load_station_settings(settings_path(Path(yard.ctx.store.path).parent))
    again = start_gui(gui_app, yard, tmp_path, text_size=kept.text_size)
    try:
        assert gui_app.font().pointSize() == 16
        qtbot.waitUntil(lambda: again.bridge.in_flight == 0, timeout=10_000)
        assert again.window.settings.ui.text_size.currentData() == "larger"
    finally:
        again.close()

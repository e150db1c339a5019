"""The settings page on a real yard: station settings saved to the JSON file and applied at once (camera, scanner
prefix), a damaged file replaced only after confirming, the policy changed by an admin and locked for others."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from dismantler_app.gui.app import Gui
from dismantler_app.gui.common.i18n import Language
from dismantler_app.gui.wiring import attach_station
from dismantler_app.services import yard as yard_service
from dismantler_app.storage.station_settings import StationSettings, load_station_settings, settings_path
from tests.gui.gui_setup import sign_in, start_gui
from tests.gui.label_frames import write_label_frames
from tests.gui.test_intake_station import _ManualClock, _type
from tests.gui.test_translations import english_leftovers
from tests.services.yard_setup import Yard, open_yard, vin

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path)
    yield opened
    opened.close()


def _settle(qtbot: QtBot, gui: Gui) -> None:
    """Lets the page's last reads finish: the bridge drops queued tasks on close (a cancelled read is not an error
    worth a dialog, but the bridge delivers it as one)."""
    qtbot.waitUntil(lambda: gui.bridge.in_flight == 0, timeout=10_000)


def _gui(app: QApplication, yard: Yard, tmp_path: Path) -> Gui:
    gui = start_gui(app, yard, tmp_path)
    attach_station(gui, StationSettings(station="gate-1"))
    gui.window.show()
    return gui


def test_station_settings_are_saved_and_the_camera_and_scanner_prefix_apply_without_restart(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path
) -> None:
    gui = _gui(gui_app, yard, tmp_path)
    try:
        sign_in(qtbot, gui, "op")
        page = gui.window.settings
        assert gui.window.intake.camera is None  # no camera at start
        # A label that is no code: the camera runs without opening an intake of its own, so the scanner's VIN below
        # is the only one (a VIN label here raced the scanner for the intake).
        folder = write_label_frames(tmp_path / "camera", ["STATION CHECK"], repeats=2)
        page.ui.camera.setCurrentText(str(folder))
        page.ui.resolution.setCurrentIndex(0)  # 1280 x 720: away from the 1080p default
        page.ui.scanner_prefix.setText("#")
        page.ui.idle_lock.setValue(9)
        page.ui.hub_url.setText("https://hub.example.cn")
        page.ui.save_station_button.click()
        qtbot.waitUntil(lambda: "saved" in page.status_text(), timeout=10_000)
        stored = load_station_settings(settings_path(tmp_path))
        assert (stored.camera, stored.resolution, stored.scanner_prefix) == (str(folder), (1280, 720), "#")
        assert (stored.idle_lock_minutes, stored.hub_url) == (9, "https://hub.example.cn")
        intake = gui.window.intake
        assert intake.camera is not None  # the new camera runs at once
        qtbot.waitUntil(lambda: intake.ui.preview.frames_shown > 8, timeout=30_000)  # 4 images: it loops
        # The scanner now sends "#" before each code: a burst with it opens the intake, the "#" stripped.
        clock = _ManualClock()
        gui.scanner._now_ms = clock
        gui.window.ui.nav.setFocus()
        _type(qtbot, gui.window.ui.nav, "#" + vin(7), clock, gap_ms=5)
        qtbot.waitUntil(lambda: intake.view is not None and intake.view.facts.vehicle.vin == vin(7), timeout=10_000)
        # Clearing the camera releases it.
        page.ui.camera.setCurrentText("")
        page.save_station()
        qtbot.waitUntil(lambda: intake.camera is None, timeout=10_000)
    finally:
        _settle(qtbot, gui)
        gui.close()


def test_a_damaged_settings_file_is_shown_and_replaced_only_after_confirming(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path
) -> None:
    path = settings_path(tmp_path)
    path.write_text("{damaged", encoding="utf-8")
    gui = _gui(gui_app, yard, tmp_path)
    try:
        page = gui.window.settings
        qtbot.waitUntil(lambda: page.damaged is not None, timeout=10_000)
        assert "damaged" in page.status_text()
        page.save_station()
        box = page.replace_question
        qtbot.waitUntil(box.isVisible, timeout=20_000)
        box.button(QMessageBox.StandardButton.No).click()
        qtbot.wait(100)
        assert path.read_text(encoding="utf-8") == "{damaged"  # refused: nothing written
        page.save_station()
        page.replace_question.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: page.damaged is None, timeout=10_000)
        assert load_station_settings(path).station == "gate-1"  # the name the app runs under
        assert path.with_name("station.json.damaged").read_text(encoding="utf-8") == "{damaged"
    finally:
        _settle(qtbot, gui)
        gui.close()


def test_an_admin_changes_the_policy_and_an_operator_cannot(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path
) -> None:
    gui = _gui(gui_app, yard, tmp_path)
    try:
        sign_in(qtbot, gui, "admin")
        gui.window.show_page("settings")
        page = gui.window.settings
        qtbot.waitUntil(lambda: page.yard is not None, timeout=10_000)
        assert page.ui.yard_name.text() == "上海拆解一厂"
        assert page.ui.save_policy_button.isEnabled()
        page.ui.owner_statement_allowed.setChecked(True)
        page.ui.save_policy_button.click()
        qtbot.waitUntil(lambda: "Policy saved" in page.status_text(), timeout=10_000)
        assert yard_service.yard_record(yard.ctx, yard.admin).policy.owner_statement_allowed
        gui.window.sign_out()
        sign_in(qtbot, gui, "op")
        gui.window.show_page("settings")
        qtbot.waitUntil(lambda: not page.ui.save_policy_button.isEnabled(), timeout=10_000)
        assert not page.ui.owner_statement_allowed.isEnabled()
        assert "administrator" in page.ui.save_policy_button.toolTip()
    finally:
        _settle(qtbot, gui)
        gui.close()


@pytest.mark.parametrize("language", [Language.ZH_CN, Language.EN])
def test_the_settings_page_in_both_languages(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path, language: Language
) -> None:
    gui = _gui(gui_app, yard, tmp_path)
    try:
        gui.window.switch_language(language)
        sign_in(qtbot, gui, "admin")
        gui.window.show_page("settings")
        page = gui.window.settings
        qtbot.waitUntil(lambda: page.yard is not None, timeout=10_000)
        gui.window.resize(1366, 768)
        qtbot.wait(50)
        if language is Language.ZH_CN:
            data = ("SH01", "QR", "Data Matrix", "Code", "PDF417", "pyzbar", "BMS", "https", "USB", "rtsp", "HEV")
            assert english_leftovers(page, data=data) == []
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        gui.window.grab().save(str(SCREENSHOTS / f"settings_{language.value}.png"))
        assert page.ui.language.currentData() == language.value
        assert page.ui.hub_secret.echoMode() != page.ui.hub_url.echoMode()  # the password is not shown
    finally:
        gui.languages.switch(Language.EN)
        _settle(qtbot, gui)
        gui.close()


def test_without_a_settings_file_the_station_name_is_the_one_the_app_runs_under(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path
) -> None:
    gui = start_gui(gui_app, yard, tmp_path, station="weighbridge-2")
    try:
        page = gui.window.settings
        assert not page.settings_file.exists()
        _settle(qtbot, gui)
        assert page.ui.station.text() == "weighbridge-2"
        assert page.form_settings().station == "weighbridge-2"  # saving unchanged keeps the running name
    finally:
        _settle(qtbot, gui)
        gui.close()

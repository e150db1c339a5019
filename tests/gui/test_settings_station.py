"""The station form: the camera list holds the device numbers that opened when probed (off the UI thread), the box
still takes a URL, file or folder; the head office password is never shown again after saving, an empty box keeps
it, and the settings file holding it is readable by this account only (mode 0600 on POSIX)."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.gui.camera.probe import probe_cameras
from dismantler_app.gui.common.bridge import TaskBridge
from dismantler_app.gui.common.context import PageContext
from dismantler_app.gui.settings.page import SettingsPage
from dismantler_app.storage.station_settings import StationSettings, save_station_settings
from tests.services.yard_setup import Yard, open_yard


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def bridge(qtbot: QtBot, gui_app: QApplication) -> Iterator[TaskBridge]:
    unexpected: list[BaseException] = []
    made = TaskBridge(on_unexpected=unexpected.append)
    yield made
    qtbot.waitUntil(lambda: made.in_flight == 0, timeout=10_000)
    made.shutdown()
    assert unexpected == []


def _page(qtbot: QtBot, bridge: TaskBridge, yard: Yard, path: Path, probed: list[int]) -> SettingsPage:
    calls: list[int] = []

    def opens(number: int) -> bool:
        calls.append(number)
        return number in probed

    page = SettingsPage(
        PageContext(bridge=bridge, services=yard.ctx, clock=yard.clock, current_user=lambda: yard.admin),
        settings_file=path,
        probe=lambda: probe_cameras(opens),
    )
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: bridge.in_flight == 0, timeout=10_000)
    assert calls == list(range(10))  # devices 0–9 were tried
    return page


def test_the_probe_lists_the_devices_that_open_and_skips_one_whose_driver_fails() -> None:
    def opens(number: int) -> bool:
        if number == 1:
            raise RuntimeError("driver crashed")
        return number in (0, 1, 4)

    assert probe_cameras(opens) == ["0", "4"]
    assert probe_cameras(lambda _n: False) == []


def test_the_camera_list_shows_the_cameras_found_and_still_takes_a_stream_address(
    qtbot: QtBot, bridge: TaskBridge, yard: Yard, tmp_path: Path
) -> None:
    page = _page(qtbot, bridge, yard, tmp_path / "station.json", probed=[0, 2])
    combo = page.ui.camera
    assert [combo.itemText(i) for i in range(combo.count())] == ["0", "2"]
    combo.setCurrentText("rtsp://10.0.0.5/stream")
    assert page.form_settings().camera == "rtsp://10.0.0.5/stream"
    assert page.ui.camera_file_button.isEnabled() and page.ui.camera_folder_button.isEnabled()


def test_with_no_camera_on_the_pc_the_list_is_empty_and_the_box_still_editable(
    qtbot: QtBot, bridge: TaskBridge, yard: Yard, tmp_path: Path
) -> None:
    page = _page(qtbot, bridge, yard, tmp_path / "station.json", probed=[])
    assert page.ui.camera.count() == 0 and page.ui.camera.isEditable()
    assert page.ui.camera.lineEdit().placeholderText()  # says an empty box means no camera


def test_the_hub_password_is_never_shown_again_and_its_file_is_private(
    qtbot: QtBot, bridge: TaskBridge, yard: Yard, tmp_path: Path
) -> None:
    path = tmp_path / "station.json"
    page = _page(qtbot, bridge, yard, path, probed=[])
    assert "this PC" in page.ui.hub_secret.placeholderText()  # where it will be kept, before one is saved
    page.ui.hub_url.setText("https://hub.example.cn")
    page.ui.hub_user.setText("yard-sh01")
    page.ui.hub_secret.setText("s3cret-Pa55")
    with qtbot.waitSignal(page.station_saved, timeout=10_000):
        page.save_station()
    assert page.ui.hub_secret.text() == ""  # not even as dots of the right length
    assert page.ui.hub_secret.placeholderText() == "stored"
    assert "this PC" in page.ui.hub_secret.toolTip()
    assert json.loads(path.read_text(encoding="utf-8"))["hub_secret"] == "s3cret-Pa55"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600

    # Saved again with the box left empty: the stored password is kept, not wiped.
    page.ui.hub_user.setText("yard-sh01-b")
    with qtbot.waitSignal(page.station_saved, timeout=10_000):
        page.save_station()
    assert json.loads(path.read_text(encoding="utf-8"))["hub_secret"] == "s3cret-Pa55"


def test_a_settings_file_written_before_is_tightened_on_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "station.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o644)
    save_station_settings(path, StationSettings(hub_secret="x"))
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_probing_absent_cameras_prints_no_opencv_warnings(capfd: pytest.CaptureFixture[str]) -> None:
    from dismantler_app.gui.camera.probe import opencv_opens

    assert probe_cameras(opencv_opens, numbers=[7, 8]) == []  # no such devices on a test machine
    _out, err = capfd.readouterr()
    assert "can't open camera" not in err and "VIDEOIO" not in err


def test_settings_name_the_running_demo_camera_instead_of_no_camera(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path
) -> None:
    from dismantler_app.gui.demo_mode import demo_camera
    from dismantler_app.resources import asset
    from tests.gui.gui_setup import sign_in, start_gui

    gui = start_gui(gui_app, yard, tmp_path, camera=demo_camera(asset("demo")))
    try:
        gui.window.show()
        sign_in(qtbot, gui, "admin")
        gui.window.show_page("settings")
        placeholder = gui.window.settings.ui.camera.lineEdit().placeholderText()
        assert "Demo camera" in placeholder and placeholder != "No camera"
    finally:
        qtbot.waitUntil(lambda: gui.bridge.in_flight == 0, timeout=10_000)
        gui.close()

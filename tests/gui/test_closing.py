"""Closing the desktop app mid-scan, on a real yard: the camera is released, a code confirmed just before the close
is in the database, the window is gone (a later language switch does not reach it), and a page's late work is
refused quietly. Also the camera's VIN rule follows the yard's market, and codes read while an intake opens are
recorded on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.domain.policy import Policy
from dismantler_app.domain.records import Market
from dismantler_app.gui.camera.scan_adapter import folder_camera, vin_check_digit_mandatory
from dismantler_app.gui.common.i18n import Language, LanguageSwitcher
from dismantler_app.gui.intake.actions import load_view
from dismantler_app.services import intakes
from tests.gui.gui_setup import sign_in, start_gui
from tests.gui.label_frames import write_label_frames
from tests.services.yard_setup import Yard, bev, complete_documents, open_yard, pack_code, vin


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path, policy=Policy(require_triage=False, required_photos=frozenset()))
    yield opened
    opened.close()


def test_closing_mid_scan_releases_the_camera_keeps_the_last_scan_and_deletes_the_window(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path
) -> None:
    folder = write_label_frames(tmp_path / "camera", ["LABEL WITHOUT A CODE"], repeats=2)
    gui = start_gui(gui_app, yard, tmp_path, camera=folder_camera(folder))
    try:
        gui.window.show()
        sign_in(qtbot, gui, "sup")
        page = gui.window.intake
        qtbot.waitUntil(lambda: page.ui.preview.frames_shown > 0, timeout=15_000)
        camera = page.camera
        assert camera is not None and camera.running
        released: list[bool] = []
        camera.worker.stopped.connect(lambda: released.append(True), Qt.ConnectionType.DirectConnection)
        page.accept_text(vin(1))
        # the pack arrives before the intake is open: it is held, then recorded on it (never "scan the VIN first")
        page.accept_text(pack_code(1))
        qtbot.waitUntil(lambda: page.view is not None and len(page.view.facts.scanned) == 1, timeout=10_000)
        intake_id = page.view.intake_id
        page.accept_text(pack_code(2))  # handed to the bridge; the window closes before its answer comes back
        window = gui.window
        gui.close()
        assert released == [True]  # the engine stopped and its thread ended before close returned
        assert not shiboken6.isValid(window)  # deleted, not merely hidden
        stored = {p.code for p in load_view(yard.ctx, yard.supervisor, intake_id).facts.scanned}
        assert stored == {pack_code(1), pack_code(2)}  # the scan confirmed just before closing was not lost
    finally:
        gui.close()  # a test that fails half-way leaves no camera thread running into the next tests
    LanguageSwitcher(gui_app).switch(Language.ZH_CN)  # reaches no closed window (it crashed here before)
    LanguageSwitcher(gui_app).switch(Language.EN)
    late = gui.bridge.run(load_view, yard.ctx, yard.supervisor, intake_id, on_done=pytest.fail)
    qtbot.wait(50)
    assert late.cancelled()
    gui.close()  # twice is harmless


@pytest.mark.parametrize(("market", "strict"), [(Market.CN, True), (Market.US, True), (Market.EU, False)])
def test_the_check_digit_is_mandatory_where_the_market_makes_it_so(market: Market, strict: bool) -> None:
    assert vin_check_digit_mandatory(market) is strict


def test_the_camera_refuses_a_vin_with_a_wrong_check_digit_in_a_chinese_yard(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path
) -> None:
    good = vin(5)
    wrong_digit = "0" if good[8] != "0" else "1"
    bad = good[:8] + wrong_digit + good[9:]
    folder = write_label_frames(tmp_path / "camera", [bad])
    gui = start_gui(gui_app, yard, tmp_path, camera=folder_camera(folder))
    gui.window.show()
    try:
        sign_in(qtbot, gui, "sup")
        page = gui.window.intake
        qtbot.waitUntil(lambda: "Not a VIN or battery code" in page.feedback(), timeout=30_000)
        assert bad in page.feedback()
        assert page.view is None  # no intake opened for it
        assert page.station_camera.strict_vin
    finally:
        gui.close()


def test_the_vehicle_dialog_keeps_the_owner_and_vehicle_fields_it_does_not_show(qtbot: QtBot, yard: Yard) -> None:
    import dataclasses

    from dismantler_app.domain.records import Owner
    from dismantler_app.gui.intake.vehicle_dialog import VehicleDialog

    intake_id = intakes.create_intake(
        yard.ctx, yard.operator, yard.clock, vehicle=bev(2), documents=complete_documents()
    )
    stored = intakes.get_intake(yard.ctx, yard.supervisor, intake_id)
    record = dataclasses.replace(
        stored,
        owner=Owner(name="Anna Weber", nationality="DE"),
        vehicle=dataclasses.replace(stored.vehicle, vehicle_type="M1"),
    )
    dialog = VehicleDialog(record)
    qtbot.addWidget(dialog)
    dialog.ui.owner_name.setText("Anna Weber-Schmidt")
    assert dialog.owner().nationality == "DE"  # not shown here, still recorded
    assert dialog.owner().name == "Anna Weber-Schmidt"
    assert dialog.vehicle().vehicle_type == "M1"

"""Intent before linking, as the station shows it: a code the camera reads in the first moments after New vehicle
(F2) is not taken and the operator is told why; a pack that belongs to another vehicle is shown with where it
belongs and not linked, typed or scanned alike (a typed code is no permission: one wrong character can name another
vehicle's pack); only the operator's confirmation with a reason links it. After New vehicle the camera forgets what
it confirmed or was confirming (frames fed from images; only the camera hardware and the clock are fake)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.domain.policy import Policy
from dismantler_app.domain.records import Powertrain
from dismantler_app.domain.scan_intent import SETTLE
from dismantler_app.gui.app import Gui
from dismantler_app.gui.camera.scan_adapter import PreviewingEngine
from dismantler_app.gui.common.confirm import answer_yes
from dismantler_app.services import intakes, packs
from dismantler_app.storage.audit_check import verify_audit_chain
from dismantler_app.storage.outbox import list_events
from tests.gui.gui_setup import sign_in, start_gui
from tests.gui.label_frames import label_frame
from tests.services.yard_setup import Yard, bev, complete_documents, open_yard, pack_code


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path, policy=Policy(require_triage=False, required_photos=frozenset()))
    # vehicle 2 is in work and holds its own pack; vehicle 1 is the one on the station
    other = intakes.create_intake(
        opened.ctx, opened.operator, opened.clock, vehicle=bev(2), documents=complete_documents()
    )
    packs.record_scan(opened.ctx, opened.operator, opened.clock, other, payload=pack_code(2))
    intakes.create_intake(opened.ctx, opened.operator, opened.clock, vehicle=bev(1), documents=complete_documents())
    yield opened
    opened.close()


@pytest.fixture
def gui(gui_app: QApplication, yard: Yard, tmp_path: Path) -> Iterator[Gui]:
    started = start_gui(gui_app, yard, tmp_path)
    started.window.show()
    yield started
    qtbot_wait_idle(started)
    started.close()


def qtbot_wait_idle(gui: Gui) -> None:
    for _ in range(200):
        if gui.bridge.in_flight == 0:
            return
        QApplication.processEvents()


def test_a_read_right_after_f2_is_not_taken_and_the_operator_is_told(qtbot: QtBot, gui: Gui) -> None:
    sign_in(qtbot, gui, "op")
    page = gui.window.intake
    page.new_vehicle()  # F2
    page.accept_text(bev(2).vin, source="camera")  # the last vehicle's VIN plate, still in view
    assert page.view is None and page.codes.opening is None
    assert "before New vehicle (F2)" in page.feedback() and bev(2).vin in page.feedback()
    page.accept_text(bev(1).vin)  # typed: the vehicle the operator means
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    page.accept_text(pack_code(1), source="camera")  # still within the settle time after F2
    qtbot.waitUntil(lambda: "before you started working on this intake" in page.feedback(), timeout=10_000)
    assert page.view.facts.scanned == ()
    assert "read_before_intake" not in page.feedback()


def test_a_pack_of_another_vehicle_is_shown_where_it_belongs_and_not_linked(qtbot: QtBot, gui: Gui) -> None:
    sign_in(qtbot, gui, "op")
    page = gui.window.intake
    page.accept_text(bev(1).vin)
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    page.accept_text(pack_code(2), source="camera")  # the label of vehicle 2, left in view
    qtbot.waitUntil(lambda: bev(2).vin in page.feedback(), timeout=10_000)
    assert pack_code(2) in page.feedback() and "not linked" in page.feedback()
    assert page.view.facts.scanned == ()


def _registered_elsewhere(yard: Yard, serial: int, code: str) -> str:
    """Vehicle ``serial`` in work, expecting ``code`` (head office's registration)."""
    other = intakes.create_intake(
        yard.ctx, yard.operator, yard.clock, vehicle=bev(serial), documents=complete_documents()
    )
    packs.load_registered_packs(yard.ctx, yard.supervisor, yard.clock, other, codes=[code])
    return other


def _scan_rows(yard: Yard, code: str) -> list[dict]:
    with yard.store.read() as session:
        return session.all("SELECT intake_id FROM scanned_packs WHERE code = ?", [code])


def _open_vehicle_1(qtbot: QtBot, gui: Gui):
    sign_in(qtbot, gui, "op")
    page = gui.window.intake
    page.accept_text(bev(1).vin)
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    return page


def test_a_typed_pack_of_another_vehicle_is_refused_shown_and_linked_only_on_confirmation_with_a_reason(
    qtbot: QtBot, gui: Gui, yard: Yard
) -> None:
    other = _registered_elsewhere(yard, 3, pack_code(303))
    page = _open_vehicle_1(qtbot, gui)
    here = page.view.intake_id

    page.ui.manual_entry.setText(pack_code(303))  # typed by hand
    page.ui.manual_entry.returnPressed.emit()
    qtbot.waitUntil(lambda: getattr(page, "confirmation", None) is not None, timeout=10_000)
    assert _scan_rows(yard, pack_code(303)) == []  # refused: nothing written
    said = page.feedback()
    assert pack_code(303) in said and bev(3).vin in said and "not linked" in said
    question = page.confirmation
    assert bev(3).vin in question.labelText() and bev(1).vin in question.labelText()
    assert question.okButtonText() == "This pack is in this vehicle"

    answer_yes(question, "   ")  # no reason given: the service refuses, in words
    qtbot.waitUntil(lambda: "Please fill in: reason" in page.feedback(), timeout=10_000)
    assert _scan_rows(yard, pack_code(303)) == []

    page.ui.manual_entry.setText(pack_code(303))
    page.ui.manual_entry.returnPressed.emit()
    qtbot.waitUntil(lambda: getattr(page, "confirmation", None) is not None, timeout=10_000)
    answer_yes(page.confirmation, "label read on the pack itself; registration is wrong")
    qtbot.waitUntil(lambda: [p.code for p in page.view.facts.scanned] == [pack_code(303)], timeout=10_000)
    assert _scan_rows(yard, pack_code(303)) == [{"intake_id": here}]
    with yard.store.read() as session:
        (event,) = [e.payload for e in list_events(session, limit=10_000) if e.type == "pack.scanned"][-1:]
        assert other != here
    assert (event["code"], event["deliberate"], event["reason"]) == (
        pack_code(303),
        True,
        "label read on the pack itself; registration is wrong",
    )
    assert verify_audit_chain(yard.store).ok


def test_cancelling_the_confirmation_writes_nothing(qtbot: QtBot, gui: Gui, yard: Yard) -> None:
    _registered_elsewhere(yard, 3, pack_code(303))
    page = _open_vehicle_1(qtbot, gui)
    with yard.store.read() as session:
        audit_before = session.scalar("SELECT count(*) FROM audit_log")
    page.accept_text(pack_code(303), source="scanner")  # a handheld scanner: the same as typing
    qtbot.waitUntil(lambda: getattr(page, "confirmation", None) is not None, timeout=10_000)
    page.confirmation.reject()
    qtbot.waitUntil(lambda: getattr(page, "confirmation", None) is None, timeout=5_000)
    for _ in range(20):
        QApplication.processEvents()
    assert _scan_rows(yard, pack_code(303)) == []
    with yard.store.read() as session:
        assert session.scalar("SELECT count(*) FROM audit_log") == audit_before
    assert page.view.facts.scanned == ()


def test_a_camera_read_of_another_vehicles_pack_is_shown_without_asking(qtbot: QtBot, gui: Gui, yard: Yard) -> None:
    _registered_elsewhere(yard, 3, pack_code(303))
    page = _open_vehicle_1(qtbot, gui)
    page.accept_text(pack_code(303), source="camera")
    qtbot.waitUntil(lambda: bev(3).vin in page.feedback(), timeout=10_000)
    assert getattr(page, "confirmation", None) is None  # a label merely in view is not offered for linking
    assert _scan_rows(yard, pack_code(303)) == []


def test_a_new_intake_has_no_powertrain_and_its_banner_says_so(qtbot: QtBot, gui: Gui, yard: Yard) -> None:
    sign_in(qtbot, gui, "op")
    page = gui.window.intake
    page.accept_text(bev(7).vin)  # a vehicle the yard has not seen: a new intake
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    assert page.view.facts.vehicle.powertrain is Powertrain.UNKNOWN
    assert page.ui.powertrain_value.text() == "Not chosen yet"
    assert any("The powertrain has not been chosen" in line for line in page.ui.banner.reason_lines())
    assert not page.ui.submit_button.isEnabled()


class LabelCamera:
    """Camera hardware stand-in: shows whichever label image the test holds up (blank grey when none)."""

    description = "label camera"
    live = True

    def __init__(self) -> None:
        self.showing: np.ndarray = BLANK

    def open(self) -> None:
        pass

    def read(self) -> np.ndarray:
        time.sleep(0.05)  # about 20 frames a second
        return self.showing

    def close(self) -> None:
        pass


BLANK = np.full((720, 1280, 3), 90, np.uint8)


def test_after_new_vehicle_a_label_left_in_view_is_not_linked_and_one_brought_after_the_settle_time_is(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path
) -> None:
    hardware = LabelCamera()
    station_time = [datetime(2026, 12, 7, 9, 0, tzinfo=UTC)]  # the station's clock, moved by the test
    gui = start_gui(gui_app, yard, tmp_path, camera=lambda: PreviewingEngine(lambda: hardware))
    try:
        gui.window.show()
        sign_in(qtbot, gui, "op")
        page = gui.window.intake
        page.codes.now = lambda: station_time[0]
        assert page.camera is not None
        hardware.showing = label_frame(pack_code(11))  # a pack label under the camera, no vehicle yet
        qtbot.waitUntil(lambda: "Scan or type the VIN first" in page.feedback(), timeout=30_000)

        page.new_vehicle()  # F2
        page.accept_text(bev(4).vin)  # typed: the vehicle the operator means
        qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
        station_time[0] += SETTLE + timedelta(seconds=1)
        for _ in range(30):  # a second and a half more of the same label in view, long after the settle time
            qtbot.wait(50)
        assert page.view.facts.scanned == ()
        assert _scan_rows(yard, pack_code(11)) == []

        hardware.showing = label_frame(pack_code(4))  # brought into view after the switch
        qtbot.waitUntil(lambda: [p.code for p in page.view.facts.scanned] == [pack_code(4)], timeout=30_000)
        assert _scan_rows(yard, pack_code(4)) == [{"intake_id": _intake_of(yard, bev(4).vin)}]
        assert _scan_rows(yard, pack_code(11)) == []
    finally:
        gui.close()


def _intake_of(yard: Yard, vin: str) -> str:
    with yard.store.read() as session:
        return session.scalar("SELECT id FROM intakes WHERE vin = ?", [vin])

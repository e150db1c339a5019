"""Intent before linking, as the station shows it: a code the camera reads in the first moments after New vehicle
(F2) is not taken and the operator is told why; a pack that belongs to another vehicle is shown with where it
belongs and not linked; the same code typed by hand is the operator's deliberate word."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.domain.policy import Policy
from dismantler_app.gui.app import Gui
from dismantler_app.services import intakes, packs
from tests.gui.gui_setup import sign_in, start_gui
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

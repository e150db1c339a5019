"""Battery passport ids and GB/T 45565 codes read at the station, as the operator sees them: a passport QR becomes
the vehicle's pack (or goes beside the pack code it is serialised with), a GB/T 45565 code on a car is named in
words and not kept, each read held while the intake opens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.domain.policy import Policy
from dismantler_app.gui.app import Gui
from dismantler_app.services import intakes
from tests.gui.gui_setup import sign_in, start_gui
from tests.services.yard_setup import Yard, bev, complete_documents, open_yard, pack_code

LABEL = "https://dpp.example-battery.eu/p/01/09506000134352/21/SN0001"
PASSPORT = "https://id.gs1.org/01/09506000134352/21/SN0001"


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path, policy=Policy(require_triage=False, required_photos=frozenset()))
    intakes.create_intake(opened.ctx, opened.operator, opened.clock, vehicle=bev(1), documents=complete_documents())
    yield opened
    opened.close()


@pytest.fixture
def gui(gui_app: QApplication, yard: Yard, tmp_path: Path) -> Iterator[Gui]:
    started = start_gui(gui_app, yard, tmp_path)
    started.window.show()
    yield started
    for _ in range(200):
        if started.bridge.in_flight == 0:
            break
        QApplication.processEvents()
    started.close()


def test_a_passport_qr_read_while_the_intake_opens_becomes_its_pack(qtbot: QtBot, gui: Gui) -> None:
    sign_in(qtbot, gui, "op")
    page = gui.window.intake
    page.accept_text(bev(1).vin)
    page.accept_text(LABEL + "\r\n")  # read before the database answered: held, then recorded
    qtbot.waitUntil(lambda: page.view is not None and len(page.view.facts.scanned) == 1, timeout=10_000)
    assert [p.code for p in page.view.facts.scanned] == [PASSPORT]
    qtbot.waitUntil(lambda: "battery passport ID" in page.feedback(), timeout=10_000)
    assert PASSPORT in page.feedback()
    table = page.ui.packs  # the URL is elided in the middle, so its serial shows; the whole id in the tooltip
    assert table.textElideMode() is Qt.TextElideMode.ElideMiddle and not table.wordWrap()
    assert table.item(0, 1).text() == PASSPORT and table.item(0, 1).toolTip() == PASSPORT


def test_a_catena_x_id_serialised_with_the_pack_code_goes_beside_it(qtbot: QtBot, gui: Gui, yard: Yard) -> None:
    sign_in(qtbot, gui, "op")
    page = gui.window.intake
    page.accept_text(bev(1).vin)
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    page.accept_text(f"CX:BAT-P60:{pack_code(1)}")
    qtbot.waitUntil(lambda: "kept on battery pack" in page.feedback(), timeout=10_000)
    assert [p.code for p in page.view.facts.scanned] == [pack_code(1)]
    with yard.store.read() as session:
        assert session.scalar("SELECT passport_id FROM scanned_packs") == f"CX:BAT-P60:{pack_code(1)}"


def test_a_gbt45565_code_on_a_car_is_named_in_words_and_not_kept(qtbot: QtBot, gui: Gui) -> None:
    sign_in(qtbot, gui, "op")
    page = gui.window.intake
    page.accept_text(bev(1).vin)
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    page.accept_text("0A1BF2611K-000123", source="manual")
    qtbot.waitUntil(lambda: "GB/T 45565" in page.feedback(), timeout=10_000)
    assert "light-vehicle battery" in page.feedback() and "nothing was recorded" in page.feedback()
    assert page.view.facts.scanned == ()

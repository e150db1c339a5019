"""Batteries in stock on a real yard: abnormal packs first with their quarantine location, a handover refused for a
bad credit code and recorded for a good one, and the report it makes due in working days."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from stdnum.cn import uscc

from dismantler_app.domain.records import RiskClass
from dismantler_app.gui.app import Gui
from dismantler_app.gui.records.batteries_page import BatteriesPage
from dismantler_app.services import certificates, intakes, packs, stock
from tests.gui.desk_setup import complete_intake
from tests.gui.gui_setup import sign_in, start_gui
from tests.services.yard_setup import Yard, measured, open_yard, pack_code

RECEIVER_USCC = "91310000MA1FL8XQ3" + uscc.calc_check_digit("91310000MA1FL8XQ3")


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path)
    intake_id = complete_intake(opened, 1)
    abnormal = measured(pack_code(12), risk_class=RiskClass.HIGH, quarantine_location="隔离区 Q-3")
    packs.triage_pack(opened.ctx, opened.operator, opened.clock, intake_id, triage=abnormal)
    intakes.approve(opened.ctx, opened.supervisor, opened.clock, intake_id)
    certificates.issue_certificate(opened.ctx, opened.supervisor, opened.clock, intake_id)
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path) -> Iterator[BatteriesPage]:
    gui: Gui = start_gui(gui_app, yard, tmp_path)
    gui.window.show()
    sign_in(qtbot, gui, "op")
    found: BatteriesPage = next(p.widget for p in gui.window.pages if p.key == "batteries")  # type: ignore[assignment]
    with qtbot.waitSignal(found.loaded, timeout=10_000):
        gui.window.show_page("batteries")
    yield found
    gui.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_stock_lists_the_abnormal_pack_first_with_its_quarantine_location(page: BatteriesPage) -> None:
    table = page.ui.stock
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert [row[0] for row in rows] == [pack_code(12), pack_code(11)]
    assert rows[0][2:4] == ["⚠ High risk", "隔离区 Q-3"]
    assert rows[1][2:4] == ["Normal", "—"]
    # the certificate's traceability report is due, counted in working days
    assert page.ui.deadlines.rowCount() == 1
    assert page.ui.deadlines.item(0, 2).text() == "Due"
    assert page.ui.deadlines.item(0, 4).text() == "15 working days left"


def test_a_handover_needs_a_valid_credit_code_then_leaves_stock_and_makes_its_report_due(
    qtbot: QtBot, page: BatteriesPage, yard: Yard
) -> None:
    page.ui.stock.selectRow(1)
    page.ui.receiver_name.setText("广东邦普循环科技有限公司")
    page.ui.receiver_uscc.setText(RECEIVER_USCC[:-1] + ("0" if RECEIVER_USCC[-1] != "0" else "1"))
    assert page.ui.uscc_check.text().startswith("✖")
    page.ui.hand_over_button.click()
    qtbot.waitUntil(lambda: "receiver's credit code (USCC)" in page.feedback(), timeout=10_000)
    assert "receiver_uscc" not in page.feedback() and "bad_checksum" not in page.feedback()
    assert len(stock.packs_in_stock(yard.ctx, yard.operator)) == 2

    page.ui.receiver_uscc.setText(RECEIVER_USCC.lower())
    assert page.ui.uscc_check.text().startswith("✔")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.ui.hand_over_button.click()
    assert pack_code(11) in page.feedback()
    assert [p.pack_code for p in stock.packs_in_stock(yard.ctx, yard.operator)] == [pack_code(12)]
    assert page.ui.stock.rowCount() == 1
    kinds = sorted(page.ui.deadlines.item(r, 0).text() for r in range(page.ui.deadlines.rowCount()))
    assert kinds == ["Pack left the yard", "Vehicle scrapped"]

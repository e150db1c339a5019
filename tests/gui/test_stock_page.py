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

from dismantler_app.domain.receivers import ReceiverType
from dismantler_app.domain.records import RiskClass
from dismantler_app.gui.app import Gui
from dismantler_app.gui.common.i18n import Language, LanguageSwitcher
from dismantler_app.gui.records.batteries_page import BatteriesPage
from dismantler_app.gui.records.handover_dialog import HandoverDialog
from dismantler_app.services import certificates, intakes, packs, stock
from dismantler_app.storage.packs import find_handover
from tests.gui.desk_setup import complete_intake
from tests.gui.gui_setup import sign_in, start_gui
from tests.services.yard_setup import Yard, measured, open_yard, pack_code

RECEIVER_USCC = "91310000MA1FL8XQ3" + uscc.calc_check_digit("91310000MA1FL8XQ3")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "benchmarks" / "out" / "screens"
DESTINATION = "江苏省南京市江宁区梯次利用基地"


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


def _open_handover(qtbot: QtBot, page: BatteriesPage, row: int) -> HandoverDialog:
    page.ui.stock.selectRow(row)
    assert page.ui.hand_over_button.isEnabled()
    page.ui.hand_over_button.click()
    dialog = page.handover_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_handover_needs_a_valid_credit_code_then_leaves_stock_and_makes_its_report_due(
    qtbot: QtBot, page: BatteriesPage, yard: Yard
) -> None:
    dialog = _open_handover(qtbot, page, 1)
    assert pack_code(11) in dialog.ui.pack_line.text()
    dialog.ui.receiver_name.setText("广东邦普循环科技有限公司")
    dialog.ui.receiver_id.setText(RECEIVER_USCC[:-1] + ("0" if RECEIVER_USCC[-1] != "0" else "1"))
    assert dialog.ui.id_check.text().startswith("✖")
    dialog.hand_over_button.click()
    qtbot.waitUntil(lambda: "receiver's credit code (USCC)" in dialog.ui.feedback.text(), timeout=10_000)
    assert "receiver_uscc" not in dialog.ui.feedback.text() and "bad_checksum" not in dialog.ui.feedback.text()
    assert dialog.isVisible() and dialog.hand_over_button.isEnabled()  # still open, to correct the number
    assert len(stock.packs_in_stock(yard.ctx, yard.operator)) == 2

    dialog.ui.receiver_id.setText(RECEIVER_USCC.lower())
    assert dialog.ui.id_check.text().startswith("✔")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        dialog.hand_over_button.click()
    assert pack_code(11) in page.feedback()
    assert page.handover_dialog is None
    assert [p.pack_code for p in stock.packs_in_stock(yard.ctx, yard.operator)] == [pack_code(12)]
    assert page.ui.stock.rowCount() == 1
    kinds = sorted(page.ui.deadlines.item(r, 0).text() for r in range(page.ui.deadlines.rowCount()))
    assert kinds == ["Pack left the yard", "Vehicle scrapped"]


def test_a_receiver_without_a_credit_code_is_handed_the_pack_by_its_duns_number_and_type(
    qtbot: QtBot, page: BatteriesPage, yard: Yard
) -> None:
    dialog = _open_handover(qtbot, page, 1)
    ui = dialog.ui
    ui.receiver_name.setText("Umicore Battery Recycling")
    ui.scheme_duns.setChecked(True)
    ui.receiver_id.setText("12345678")  # eight digits: one short
    assert ui.id_check.text().startswith("✖")
    ui.receiver_id.setText("12-345-6789")
    assert ui.id_check.text().startswith("✔")
    ui.receiver_type.setCurrentIndex(ui.receiver_type.findData(ReceiverType.CASCADE_USE.value))
    ui.pack_model.setText("CATL-NCM-100")
    ui.quantity.setValue(2)
    ui.destination.setText(DESTINATION)
    intake_id = page.packs[1].intake_id
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        dialog.hand_over_button.click()
    assert pack_code(11) in page.feedback()
    with yard.ctx.store.read() as session:
        row = find_handover(session, intake_id, pack_code(11))
    assert row is not None
    keys = ("receiver_uscc", "receiver_duns", "receiver_type", "pack_model", "quantity", "destination")
    assert tuple(row[k] for k in keys) == ("", "123456789", "cascade_use", "CATL-NCM-100", 2, DESTINATION)


def test_a_number_given_as_both_schemes_is_never_sent_twice(qtbot: QtBot, page: BatteriesPage) -> None:
    dialog = _open_handover(qtbot, page, 1)
    dialog.ui.receiver_id.setText(RECEIVER_USCC)
    assert dialog.request()["receiver_uscc"] == RECEIVER_USCC and dialog.request()["receiver_duns"] == ""
    dialog.ui.scheme_duns.setChecked(True)
    assert dialog.request()["receiver_uscc"] == "" and dialog.request()["receiver_duns"] != ""
    dialog.reject()


def test_the_handover_dialog_in_chinese(qtbot: QtBot, page: BatteriesPage, switcher: LanguageSwitcher) -> None:
    dialog = _open_handover(qtbot, page, 1)
    switcher.switch(Language.ZH_CN)
    ui = dialog.ui
    assert dialog.windowTitle() == "移交动力蓄电池包"
    assert [ui.receiver_type.itemText(i) for i in range(ui.receiver_type.count())] == [
        "再生利用企业",
        "梯次利用企业",
        "汽车生产企业回收服务网点",
    ]
    ui.scheme_duns.setChecked(True)
    assert ui.id_check.text() == "请输入接收企业的 9 位邓白氏编码。"
    ui.receiver_name.setText("优美科电池回收（江苏）有限公司")
    ui.receiver_id.setText("123456789")
    ui.pack_model.setText("CATL-NCM-100")
    ui.destination.setText(DESTINATION)
    assert ui.id_check.text() == "✔ 邓白氏编码有效"
    assert dialog.hand_over_button.text() == "移交(&H)"
    dialog.adjustSize()
    qtbot.waitUntil(lambda: ui.scheme_label.width() >= ui.scheme_label.sizeHint().width(), timeout=20_000)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOTS / "handover_dialog_zh.png"))
    dialog.reject()


def test_a_dialog_closed_while_its_hand_over_is_refused_says_it_on_the_page(qtbot: QtBot, page: BatteriesPage) -> None:
    dialog = _open_handover(qtbot, page, 1)
    dialog.ui.receiver_name.setText("广东邦普循环科技有限公司")
    dialog.ui.receiver_id.setText(RECEIVER_USCC[:-1] + ("0" if RECEIVER_USCC[-1] != "0" else "1"))
    dialog.hand_over_button.click()
    dialog.reject()  # closed before the answer came
    qtbot.waitUntil(lambda: "receiver's credit code (USCC)" in page.feedback(), timeout=10_000)
    assert page.handover_dialog is None

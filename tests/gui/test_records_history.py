"""An intake's history on the records page says what happened in words, in Chinese too: sending an intake back
reads as sent back (not approved), and the fields and their coded values are translated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.gui.app import Gui
from dismantler_app.gui.common.i18n import Language
from dismantler_app.gui.records.page import RecordsPage
from dismantler_app.services import history, intakes
from tests.gui.desk_setup import complete_intake
from tests.gui.gui_setup import sign_in, start_gui
from tests.services.yard_setup import Yard, open_yard, vin

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path)
    sent_back = complete_intake(opened, 1)
    intakes.approve(opened.ctx, opened.supervisor, opened.clock, sent_back)
    intakes.reopen(opened.ctx, opened.supervisor, opened.clock, sent_back)
    yield opened
    opened.close()


@pytest.fixture
def gui(qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path) -> Iterator[Gui]:
    started: Gui = start_gui(gui_app, yard, tmp_path)
    started.window.show()
    yield started
    started.languages.switch(Language.EN)
    qtbot.waitUntil(lambda: started.bridge.in_flight == 0, timeout=10_000)
    started.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _history(qtbot: QtBot, gui: Gui) -> list[tuple[str, str]]:
    gui.window.show_page("records")
    page: RecordsPage = next(p.widget for p in gui.window.pages if p.key == "records")  # type: ignore[assignment]
    page.ui.vin.setText(vin(1))
    page.ui.search_button.click()
    qtbot.waitUntil(lambda: page.ui.history.rowCount() > 0, timeout=10_000)
    table = page.ui.history
    return [(table.item(r, 2).text(), table.item(r, 3).text()) for r in range(table.rowCount())]


def test_sending_an_intake_back_is_its_own_history_line(qtbot: QtBot, gui: Gui, yard: Yard) -> None:
    sign_in(qtbot, gui, "op")
    rows = _history(qtbot, gui)
    assert [what for what, _ in rows[-3:]] == ["Submitted for review", "Approved", "Sent back to the operator"]
    assert rows[-2][1] == "status: Approved" and rows[-1][1] == "status: Open"
    # the service records it under its own action, so the CLI's audit log and head office's copy say it too
    intake_id = gui.window.pages[2].widget.hits[0].intake_id  # type: ignore[attr-defined]
    assert history.intake_history(yard.ctx, yard.operator, intake_id)[-1].action == "reopen_intake"


def test_the_history_reads_in_chinese_without_raw_keys(qtbot: QtBot, gui: Gui) -> None:
    gui.window.switch_language(Language.ZH_CN)
    sign_in(qtbot, gui, "op")
    rows = _history(qtbot, gui)
    assert [what for what, _ in rows[-3:]] == ["提交审核", "已批准", "退回操作员修改"]
    assert rows[-1][1] == "状态：登记中"
    scan_details = next(detail for what, detail in rows if what == "扫描电池包")
    assert scan_details.startswith("电池包编码：") and "结果：已关联本车" in scan_details
    for what, detail in rows:
        # no audit key or coded value left in English (identifiers such as VINs and pack codes are data)
        assert "=" not in detail and "status" not in detail and "pack_recorded" not in detail, (what, detail)
        assert not any(word in what for word in ("_", "approve", "reopen")), what
    gui.window.resize(1366, 768)
    qtbot.wait(50)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    gui.window.grab().save(str(SCREENSHOTS / "records_history_zh_CN.png"))

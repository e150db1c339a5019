"""Records: search by VIN, plate, pack code, certificate number and date on a real yard; an intake's history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.gui.app import Gui
from dismantler_app.gui.records.page import RecordsPage
from dismantler_app.services import certificates, history, intakes
from tests.gui.desk_setup import complete_intake
from tests.gui.gui_setup import sign_in, start_gui
from tests.services.yard_setup import Yard, open_yard, pack_code, vin


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path)
    certified = complete_intake(opened, 1)
    intakes.approve(opened.ctx, opened.supervisor, opened.clock, certified)
    certificates.issue_certificate(opened.ctx, opened.supervisor, opened.clock, certified)
    complete_intake(opened, 2)
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path) -> Iterator[RecordsPage]:
    gui: Gui = start_gui(gui_app, yard, tmp_path)
    gui.window.show()
    sign_in(qtbot, gui, "op")
    gui.window.show_page("records")
    yield next(p.widget for p in gui.window.pages if p.key == "records")  # type: ignore[misc]
    gui.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _search(qtbot: QtBot, page: RecordsPage, **fields: str) -> list[str]:
    for name in ("vin", "plate", "pack_code", "certificate_number"):
        getattr(page.ui, name).setText(fields.get(name, ""))
    page.hits = [None]  # type: ignore[list-item]
    page.ui.search_button.click()
    qtbot.waitUntil(lambda: page.hits != [None], timeout=10_000)
    return [h.vin for h in page.hits]


def test_each_identifier_finds_its_intake(qtbot: QtBot, page: RecordsPage, yard: Yard) -> None:
    assert _search(qtbot, page, vin=vin(2).lower()) == [vin(2)]
    assert _search(qtbot, page, plate="沪AD00001") == [vin(1)]
    assert _search(qtbot, page, pack_code=pack_code(22)) == [vin(2)]
    with yard.store.read() as session:
        number = session.scalar("SELECT number FROM certificates")  # its series is drawn at random
    assert _search(qtbot, page, certificate_number=number) == [vin(1)]
    assert _search(qtbot, page, vin=vin(9)) == []
    assert "0" in page.ui.feedback.text()


def test_a_date_range_limits_the_search(qtbot: QtBot, page: RecordsPage, yard: Yard) -> None:
    today = yard.clock.now().date()
    page.ui.use_dates.setChecked(True)
    page.ui.date_from.setDate(QDate(today.year, today.month, today.day))
    page.ui.date_to.setDate(QDate(today.year, today.month, today.day))
    assert sorted(_search(qtbot, page)) == [vin(1), vin(2)]
    page.ui.date_from.setDate(QDate(2001, 1, 1))
    page.ui.date_to.setDate(QDate(2001, 1, 2))
    assert today > date(2001, 1, 2)
    assert _search(qtbot, page) == []


def test_a_found_intake_shows_its_full_history(qtbot: QtBot, page: RecordsPage, yard: Yard) -> None:
    _search(qtbot, page, vin=vin(1))  # one hit: selected at once
    qtbot.waitUntil(lambda: page.ui.history.rowCount() > 0, timeout=10_000)
    actions = [page.ui.history.item(r, 2).text() for r in range(page.ui.history.rowCount())]
    # the yard's own time (Shanghai), not the PC's UTC: the test clock's 08:00 UTC is 16:00 at the yard
    assert (
        page.ui.history.item(0, 0)
        .text()
        .startswith(yard.clock.now().astimezone(ZoneInfo("Asia/Shanghai")).strftime("%Y-%m-%d %H:%M"))
    )
    expected = [
        "Intake opened", "Registered packs loaded", "Pack scanned", "Pack triaged", "Pack scanned", "Pack triaged",
        "Photo added", "Photo added", "Photo added", "Submitted for review", "Approved", "Certificate issued",
    ]  # fmt: skip
    assert actions == expected
    assert vin(1) in page.ui.history_heading.text()
    # the page shows what the service reads: every audit row of the intake and of what belongs to it
    intake_id = page.hits[0].intake_id
    assert len(history.intake_history(yard.ctx, yard.operator, intake_id)) == len(expected)

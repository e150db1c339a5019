"""The yard's details on the settings page: an administrator corrects them (stored through the audited service), a
refused value says which box and why, a yard code with this year's certificates stays, others only read them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.domain.records import Market
from dismantler_app.gui.app import Gui
from dismantler_app.gui.common.i18n import Language
from dismantler_app.gui.settings.page import SettingsPage
from dismantler_app.services import certificates, intakes
from dismantler_app.services import yard as yard_service
from dismantler_app.storage.yard import YardProfile
from tests.gui.desk_setup import complete_intake
from tests.gui.gui_setup import sign_in, start_gui
from tests.services.test_yard import USCC
from tests.services.yard_setup import Yard, open_yard

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path)
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


def _open(qtbot: QtBot, gui: Gui, user: str) -> SettingsPage:
    sign_in(qtbot, gui, user)
    gui.window.show_page("settings")
    page = gui.window.settings
    qtbot.waitUntil(lambda: page.yard is not None and page.ui.yard_name.text() != "", timeout=10_000)
    return page


def _save(qtbot: QtBot, page: SettingsPage) -> str:
    page.ui.status.setText("")
    page.ui.save_yard_button.click()
    qtbot.waitUntil(lambda: page.status_text() != "", timeout=10_000)
    return page.status_text()


def test_an_administrator_corrects_the_yard_details(qtbot: QtBot, gui: Gui, yard: Yard) -> None:
    page = _open(qtbot, gui, "admin")
    assert page.ui.yard_code.text() == "SH01" and page.ui.yard_timezone.text() == "Asia/Shanghai"
    page.ui.yard_uscc.setText(USCC.lower())
    page.ui.yard_phone.setText(" 021-5959 0000 ")
    page.ui.yard_authority.setText("上海市商务委员会")
    assert _save(qtbot, page) == "Yard details saved."
    stored = yard_service.yard_record(yard.ctx, yard.admin).profile
    assert (stored.uscc, stored.phone, stored.permitting_authority) == (USCC, "021-5959 0000", "上海市商务委员会")
    qtbot.waitUntil(lambda: page.ui.yard_uscc.text() == USCC, timeout=10_000)  # shown as stored
    # a refused value names the box and the reason, and nothing is stored
    page.ui.yard_code.setText("S-1")
    assert "2 to 8 capital letters" in _save(qtbot, page)
    assert page.ui.yard_code.hasFocus()
    page.ui.yard_code.setText("SH01")
    page.ui.yard_timezone.setText("Asia/Atlantis")
    assert "Unknown time zone" in _save(qtbot, page)
    assert yard_service.yard_record(yard.ctx, yard.admin).profile.zone_name == "Asia/Shanghai"


def test_the_yard_code_of_a_year_with_certificates_is_refused_in_chinese(qtbot: QtBot, gui: Gui, yard: Yard) -> None:
    intake = complete_intake(yard, 1)
    intakes.approve(yard.ctx, yard.supervisor, yard.clock, intake)
    certificates.issue_certificate(yard.ctx, yard.supervisor, yard.clock, intake)
    gui.window.switch_language(Language.ZH_CN)
    page = _open(qtbot, gui, "admin")
    page.ui.yard_uscc.setText(USCC)
    page.ui.yard_code.setText("SH09")
    assert "厂区代码现在不能修改" in _save(qtbot, page)
    assert yard_service.yard_record(yard.ctx, yard.admin).profile.code == "SH01"
    gui.window.resize(1366, 768)
    qtbot.wait(50)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    gui.window.grab().save(str(SCREENSHOTS / "settings_yard_zh_CN.png"))


def test_others_see_the_yard_details_read_only(qtbot: QtBot, gui: Gui) -> None:
    sign_in(qtbot, gui, "op")
    page = gui.window.settings
    page.refresh_yard()
    qtbot.waitUntil(lambda: page.ui.yard_name.text() != "", timeout=10_000)
    assert page.ui.yard_name.isReadOnly() and page.ui.yard_code.isReadOnly()
    assert not page.ui.save_yard_button.isEnabled()
    assert "administrator" in page.ui.save_yard_button.toolTip()
    gui.window.resize(1366, 768)
    qtbot.wait(50)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    gui.window.grab().save(str(SCREENSHOTS / "settings_yard_en.png"))


@pytest.fixture
def eu_gui(qtbot: QtBot, gui_app: QApplication, tmp_path: Path) -> Iterator[tuple[Gui, Yard]]:
    profile = YardProfile(code="HH01", name="Hamburger Altfahrzeug GmbH", market=Market.EU)
    (tmp_path / "eu").mkdir()
    opened = open_yard(tmp_path / "eu", profile=profile)
    started: Gui = start_gui(gui_app, opened, tmp_path)
    started.window.show()
    yield started, opened
    qtbot.waitUntil(lambda: started.bridge.in_flight == 0, timeout=10_000)
    started.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    opened.close()


def test_a_chinese_yard_is_not_asked_for_a_treatment_facility(qtbot: QtBot, gui: Gui) -> None:
    page = _open(qtbot, gui, "admin")
    assert not page.ui.facility_name.isVisible() and not page.ui.facility_name_label.isVisible()
    assert page.ui.yard_authority.isVisible()


def test_an_administrator_names_the_treatment_facility_and_turns_on_another_report_market(
    qtbot: QtBot, eu_gui: tuple[Gui, Yard]
) -> None:
    gui, yard = eu_gui
    page = _open(qtbot, gui, "admin")
    ui = page.ui
    assert ui.facility_name.isVisible() and ui.facility_note.isVisible()
    # the yard's own market is ticked and cannot be cleared; the others are off until turned on
    assert ui.report_market_eu.isChecked() and not ui.report_market_eu.isEnabled()
    assert not ui.report_market_us.isChecked() and ui.report_market_us.isEnabled()
    ui.facility_name.setText("Recyclinghof Nord GmbH")
    ui.facility_address.setText("Hafenstraße 12, 20457 Hamburg")
    ui.facility_permit.setText("HH-EfbV-0042")
    assert _save(qtbot, page) == "Yard details saved."
    stored = yard_service.yard_record(yard.ctx, yard.admin).profile
    assert (stored.treatment_facility_name, stored.treatment_facility_address, stored.treatment_facility_permit) == (
        "Recyclinghof Nord GmbH",
        "Hafenstraße 12, 20457 Hamburg",
        "HH-EfbV-0042",
    )
    ui.report_market_us.setChecked(True)
    page.ui.status.setText("")
    ui.save_policy_button.click()
    qtbot.waitUntil(lambda: page.status_text() == "Policy saved.", timeout=10_000)
    assert yard_service.yard_record(yard.ctx, yard.admin).policy.extra_report_markets == frozenset({Market.US})
    qtbot.waitUntil(
        lambda: ui.report_market_us.isChecked() and ui.facility_permit.text() == "HH-EfbV-0042", timeout=20_000
    )


def test_others_cannot_change_the_report_markets(qtbot: QtBot, gui: Gui) -> None:
    sign_in(qtbot, gui, "sup")
    page = gui.window.settings
    page.refresh_yard()
    qtbot.waitUntil(lambda: page.yard is not None, timeout=10_000)
    assert not page.ui.report_market_us.isEnabled() and not page.ui.report_market_eu.isEnabled()
    assert page.ui.facility_name.isReadOnly()

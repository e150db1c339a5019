"""The first-run wizard on a fresh database: refuses bad yard details and mismatched passwords on their page, checks
the camera with the real engine, records the yard and its admin, keeps the camera in the station settings, and
lands signed in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from stdnum.cn import uscc as stdnum_uscc

from dismantler_app.domain.clock import FixedClock
from dismantler_app.domain.records import Role
from dismantler_app.gui.app import Gui, build_gui
from dismantler_app.gui.common.i18n import Language
from dismantler_app.gui.common.ports import GuiOptions
from dismantler_app.gui.settings.wizard import ADMIN_PAGE, CAMERA_PAGE, YARD_PAGE, FirstRunWizard, offer_first_run
from dismantler_app.services import yard
from dismantler_app.services.context import ServiceContext
from dismantler_app.storage.database import Store
from dismantler_app.storage.photos import PhotoStore
from dismantler_app.storage.station_settings import load_station_settings, settings_path
from tests.gui.gui_setup import YardContext
from tests.gui.label_frames import write_label_frames
from tests.gui.test_translations import english_leftovers
from tests.services.yard_setup import PASSWORD, TEST_HASHER, vin

USCC = "91310000MA1K35EW0" + stdnum_uscc.calc_check_digit("91310000MA1K35EW0")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[ServiceContext]:
    store = Store.open(tmp_path / "yard.sqlite3")
    yield ServiceContext(
        store=store, photos=PhotoStore(tmp_path / "photos"), station="gate-1", password_hasher=TEST_HASHER
    )
    store.close()


@pytest.fixture
def gui(gui_app: QApplication, fresh: ServiceContext, tmp_path: Path) -> Iterator[Gui]:
    options = GuiOptions(log_dir=tmp_path / "logs", language="en", station="gate-1")
    started = build_gui(gui_app, YardContext(fresh, FixedClock()), options)
    started.window.show()
    yield started
    started.languages.switch(Language.EN)
    started.close()


def _wizard(qtbot: QtBot, gui: Gui) -> FirstRunWizard:
    offer_first_run(gui)
    qtbot.waitUntil(lambda: getattr(gui.window, "first_run", None) is not None, timeout=10_000)
    wizard: FirstRunWizard = gui.window.first_run  # type: ignore[attr-defined]
    assert wizard.isVisible() and wizard.currentId() == YARD_PAGE
    return wizard


def _fill_yard(wizard: FirstRunWizard, *, uscc: str) -> None:
    ui = wizard.ui
    ui.yard_name.setText("上海浦东拆解")
    ui.yard_code.setText("pd02")
    ui.licence.setText("沪商务拆字002")
    ui.uscc.setText(uscc)
    ui.address.setText("上海市浦东新区")


def test_a_fresh_yard_is_set_up_by_the_wizard_and_the_admin_lands_signed_in(
    qtbot: QtBot, gui: Gui, fresh: ServiceContext, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, gui)
    _fill_yard(wizard, uscc=USCC[:-1] + ("0" if USCC[-1] != "0" else "1"))
    wizard.next()
    assert wizard.currentId() == YARD_PAGE  # a wrong check character keeps the wizard on the yard page
    assert "USCC" in wizard.ui.yard_status.text()
    wizard.ui.uscc.setText(USCC)
    wizard.next()
    assert wizard.currentId() == ADMIN_PAGE
    assert wizard.ui.yard_code.text() == "PD02"  # normalised as it will be printed

    ui = wizard.ui
    ui.username.setText("boss")
    ui.password.setText(PASSWORD)
    ui.password_again.setText(PASSWORD + "x")
    wizard.next()
    assert wizard.currentId() == ADMIN_PAGE and "differ" in ui.admin_status.text()
    ui.password.setText("short")
    ui.password_again.setText("short")
    wizard.next()
    assert "at least 8 characters" in ui.admin_status.text()
    ui.password.setText(PASSWORD)
    ui.password_again.setText(PASSWORD)
    wizard.next()
    assert wizard.currentId() == CAMERA_PAGE

    folder = write_label_frames(tmp_path / "camera", [vin(1)], repeats=2)
    ui.camera.setCurrentText(str(folder))
    ui.test_button.click()
    qtbot.waitUntil(lambda: ui.preview.frames_shown > 0, timeout=15_000)
    assert "works" in ui.camera_status.text()
    # The folder holds 4 images: it plays on like a camera, and a check that showed pictures stays a success.
    qtbot.waitUntil(lambda: ui.preview.frames_shown > 8, timeout=30_000)
    assert "works" in ui.camera_status.text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SCREENSHOTS / "wizard_camera_en.png"))

    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: gui.window.user is not None, timeout=15_000)
    assert not wizard.isVisible() and wizard.camera is None  # closed, camera released
    user = gui.window.user
    assert user.username == "boss" and Role.ADMIN in user.roles
    assert yard.is_set_up(fresh)
    record = yard.yard_record(fresh, user)
    assert (record.profile.code, record.profile.uscc) == ("PD02", USCC)
    assert load_station_settings(settings_path(tmp_path)).camera == str(folder)
    assert gui.window.intake.camera is not None  # the chosen camera runs on the intake page


def test_an_installed_yard_gets_no_wizard(qtbot: QtBot, gui_app: QApplication, tmp_path: Path) -> None:
    from tests.gui.gui_setup import start_gui
    from tests.services.yard_setup import open_yard

    opened = open_yard(tmp_path)
    started = start_gui(gui_app, opened, tmp_path)
    try:
        offer_first_run(started)
        qtbot.waitUntil(lambda: started.bridge.in_flight == 0, timeout=10_000)
        qtbot.wait(50)
        assert getattr(started.window, "first_run", None) is None
    finally:
        started.close()
        opened.close()


def test_the_wizard_speaks_chinese_on_every_page(qtbot: QtBot, gui: Gui) -> None:
    gui.window.switch_language(Language.ZH_CN)
    wizard = _wizard(qtbot, gui)
    _fill_yard(wizard, uscc="")
    wizard.next()  # a Chinese yard needs its USCC: the refusal is in Chinese too
    assert wizard.ui.yard_status.text()
    shots = []
    for page in (YARD_PAGE, ADMIN_PAGE, CAMERA_PAGE):
        if page == ADMIN_PAGE:
            wizard.ui.uscc.setText(USCC)
            wizard.next()
        if page == CAMERA_PAGE:
            wizard.ui.username.setText("boss")
            wizard.ui.password.setText(PASSWORD)
            wizard.ui.password_again.setText(PASSWORD)
            wizard.next()
        assert wizard.currentId() == page
        leftovers = english_leftovers(wizard, data=("USCC", "SH01", "PD02", "rtsp", "Data Matrix", "USB"))
        assert leftovers == [], leftovers
        shots.append(wizard.grab())
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shots[0].save(str(SCREENSHOTS / "wizard_yard_zh_CN.png"))
    shots[2].save(str(SCREENSHOTS / "wizard_camera_zh_CN.png"))
    wizard.reject()

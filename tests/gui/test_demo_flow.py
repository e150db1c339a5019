"""Demo mode on a real demo yard: the accounts on the sign-in card in both languages, and the virtual camera reading
the bundled VIN video and pack label into the intake whose pack was missing."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.composition import AppContext, open_app_context
from dismantler_app.domain.clock import FixedClock
from dismantler_app.domain.eligibility import BlockCode
from dismantler_app.gui.app import Gui, build_gui
from dismantler_app.gui.demo_mode import demo_camera, show_demo_accounts
from dismantler_app.gui.i18n import Language
from dismantler_app.gui.ports import GuiOptions
from dismantler_app.resources import asset
from dismantler_app.services import demo
from tests.gui.gui_setup import YardContext
from tests.services.yard_setup import TEST_HASHER

SCREENSHOTS = Path(__file__).resolve().parents[2] / "tmp" / "screenshots"


@pytest.fixture
def demo_app(tmp_path: Path) -> Iterator[tuple[AppContext, YardContext]]:
    clock = FixedClock()
    app = open_app_context(tmp_path / "yard", clock=clock)
    ctx = dataclasses.replace(app.services, password_hasher=TEST_HASHER, station="demo")
    demo.seed_demo_yard(ctx, clock)
    yield app, YardContext(ctx, clock)
    app.close()


def _gui(qapp: QApplication, context: YardContext, tmp_path: Path) -> Gui:
    options = GuiOptions(station="demo", language="en", log_dir=tmp_path / "logs", camera=demo_camera(asset("demo")))
    gui = build_gui(qapp, context, options)  # type: ignore[arg-type]
    show_demo_accounts(gui.window.sign_in, demo.DEMO_ACCOUNTS)
    gui.window.resize(1366, 768)
    gui.window.show()
    return gui


def _sign_in(qtbot: QtBot, gui: Gui, account: demo.DemoAccount) -> None:
    page = gui.window.sign_in
    page.ui.username.setText(account.username)
    page.ui.password.setText(account.password)
    page.ui.sign_in_button.click()
    qtbot.waitUntil(lambda: gui.window.user is not None, timeout=10_000)


def test_the_sign_in_card_lists_every_demo_account_in_both_languages(
    qtbot: QtBot, gui_app: QApplication, demo_app, tmp_path: Path
) -> None:
    gui = _gui(gui_app, demo_app[1], tmp_path)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    try:
        for language in (Language.EN, Language.ZH_CN):
            gui.window.switch_language(language)
            text = gui.window.sign_in.findChildren(type(gui.window.sign_in.ui.message), "demo_accounts")[0].text()
            for account in demo.DEMO_ACCOUNTS:
                assert f"{account.username} / {account.password}" in text
            assert ("Demo yard" in text) is (language is Language.EN)
            assert gui.window.grab().save(str(SCREENSHOTS / f"demo_sign_in_{language.value}.png"))
    finally:
        gui.window.switch_language(Language.EN)
        gui.close()


def test_the_demo_camera_scans_the_vin_then_the_missing_pack_into_its_intake(
    qtbot: QtBot, gui_app: QApplication, demo_app, tmp_path: Path
) -> None:
    gui = _gui(gui_app, demo_app[1], tmp_path)
    operator = next(a for a in demo.DEMO_ACCOUNTS if a.username == "operator")
    try:
        _sign_in(qtbot, gui, operator)
        page = gui.window.intake
        qtbot.waitUntil(lambda: page.view is not None, timeout=20_000)
        assert page.view.facts.vehicle.vin == demo.CAMERA_VIN
        qtbot.waitUntil(lambda: demo.CAMERA_PACK in {p.code for p in page.view.facts.scanned}, timeout=20_000)
        blocks = page.view.eligibility.codes()
        assert BlockCode.PACK_MISSING not in blocks
        assert BlockCode.TRIAGE_MISSING in blocks  # the new pack still needs its safety triage
        assert gui.window.grab().save(str(SCREENSHOTS / "demo_intake_en.png"))
    finally:
        gui.close()

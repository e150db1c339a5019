"""Signing in, roles deciding the pages, who is signed in always shown, locking after idle time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.gui.app import Gui
from tests.gui.gui_setup import sign_in, start_gui
from tests.services.yard_setup import Yard, open_yard


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def gui(gui_app: QApplication, yard: Yard, tmp_path: Path) -> Iterator[Gui]:
    started = start_gui(gui_app, yard, tmp_path)
    started.window.show()
    yield started
    started.close()


def test_an_operator_signs_in_and_sees_the_intake_station_and_their_name(qtbot: QtBot, gui: Gui) -> None:
    sign_in(qtbot, gui, "op")
    window = gui.window
    assert window.ui.screens.currentWidget() is window.ui.workspace
    assert window.ui.pages.currentWidget() is window.intake
    assert "op" in window.ui.signed_in.text() and "operator" in window.ui.signed_in.text()
    keys = [p.key for p in window.visible_pages()]
    assert keys == ["intake", "records", "batteries", "sync", "settings"]


def test_a_supervisor_also_sees_the_supervisor_desk_and_an_admin_the_users(qtbot: QtBot, gui: Gui) -> None:
    sign_in(qtbot, gui, "sup")
    assert "supervisor" in [p.key for p in gui.window.visible_pages()]
    assert "users" not in [p.key for p in gui.window.visible_pages()]
    gui.window.sign_out()
    sign_in(qtbot, gui, "admin")
    assert "users" in [p.key for p in gui.window.visible_pages()]


def test_a_wrong_password_is_refused_in_words_and_nobody_is_signed_in(qtbot: QtBot, gui: Gui) -> None:
    page = gui.window.sign_in
    page.ui.username.setText("op")
    page.ui.password.setText("wrong password")
    page.ui.sign_in_button.click()
    qtbot.waitUntil(lambda: page.ui.message.text() != "", timeout=10_000)
    assert "password" in page.ui.message.text()
    assert gui.window.user is None
    assert gui.window.ui.screens.currentWidget() is gui.window.ui.sign_in_screen
    assert page.ui.sign_in_button.isEnabled()


def test_the_station_locks_after_idle_time_and_the_same_user_signs_back_in(qtbot: QtBot, gui: Gui) -> None:
    sign_in(qtbot, gui, "op")
    gui.idle.set_interval_ms(200)
    gui.idle.arm()
    qtbot.waitUntil(lambda: gui.window.user is None, timeout=20_000)
    page = gui.window.sign_in
    assert gui.window.ui.screens.currentWidget() is gui.window.ui.sign_in_screen
    assert page.ui.locked_note.isVisibleTo(page)
    assert page.ui.username.text() == "op"
    sign_in(qtbot, gui, "op")
    assert gui.window.user is not None and gui.window.user.username == "op"


def test_activity_keeps_the_station_unlocked(qtbot: QtBot, gui: Gui) -> None:
    sign_in(qtbot, gui, "op")
    gui.idle.set_interval_ms(300)
    gui.idle.arm()
    entry = gui.window.intake.ui.manual_entry
    for _ in range(6):
        qtbot.keyClick(entry, "A")
        qtbot.wait(100)
    assert gui.window.user is not None


def test_the_window_fits_the_smallest_yard_screen(gui: Gui) -> None:
    assert gui.window.minimumSize().width() <= 1366 and gui.window.minimumSize().height() <= 768
    gui.window.resize(1366, 768)
    assert gui.window.minimumSizeHint().width() <= 1366
    assert gui.window.minimumSizeHint().height() <= 768

"""Keys and focus at the station: the F-keys and Ctrl shortcuts work wherever the focus is in the window; a lock
says who locked it; a code scanned on the lock screen is held and recorded after sign-in, never typed into the
password box; fast typing on the sign-in page stays where it was typed."""

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
from tests.services.yard_setup import PASSWORD, Yard, bev, complete_documents, open_yard, pack_code


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path, policy=Policy(require_triage=False, required_photos=frozenset()))
    yield opened
    opened.close()


@pytest.fixture
def gui(gui_app: QApplication, yard: Yard, tmp_path: Path) -> Iterator[Gui]:
    started = start_gui(gui_app, yard, tmp_path)
    started.window.show()
    started.window.activateWindow()
    yield started
    started.close()


class _ManualClock:
    def __init__(self) -> None:
        self.ms = 0.0

    def __call__(self) -> float:
        return self.ms


def _burst(qtbot: QtBot, widget, text: str, clock: _ManualClock, gap_ms: float = 5) -> None:
    for char in text:
        clock.ms += gap_ms
        qtbot.keyClick(widget, char)
    clock.ms += gap_ms
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _key(qtbot: QtBot, gui: Gui, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    gui.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is gui.window, timeout=20_000)
    qtbot.keyClick(QApplication.focusWidget() or gui.window, key, modifier)


def test_f_keys_work_from_another_page_with_the_focus_in_the_side_bar(qtbot: QtBot, gui: Gui, yard: Yard) -> None:
    sign_in(qtbot, gui, "op")
    window, page = gui.window, gui.window.intake
    page.accept_text(bev(1).vin)
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    window.show_page("records")
    window.ui.nav.setFocus()
    _key(qtbot, gui, Qt.Key.Key_F3)  # the vehicle editor of the open intake, from the Records page
    qtbot.waitUntil(lambda: page.editing.dialog is not None and page.editing.dialog.isVisible(), timeout=20_000)
    assert window.ui.pages.currentWidget() is page
    page.editing.dialog.reject()
    window.show_page("records")
    window.ui.nav.setFocus()
    _key(qtbot, gui, Qt.Key.Key_F2)  # new vehicle, from the side bar
    qtbot.waitUntil(lambda: page.view is None, timeout=20_000)
    assert window.ui.pages.currentWidget() is page
    assert QApplication.focusWidget() is page.ui.manual_entry


def test_ctrl_l_says_the_user_locked_the_station_and_idle_says_it_was_idle(qtbot: QtBot, gui: Gui) -> None:
    sign_in(qtbot, gui, "op")
    gui.window.show_page("records")
    gui.window.ui.nav.setFocus()
    _key(qtbot, gui, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    note = gui.window.sign_in.ui.locked_note
    assert gui.window.user is None and note.isVisibleTo(gui.window)
    assert "locked by its user" in note.text() and "without use" not in note.text()
    sign_in(qtbot, gui, "op")
    gui.window.lock()  # what the idle watcher calls
    assert "period without use" in note.text()


def test_a_scan_on_the_lock_screen_is_held_then_recorded_never_typed_as_a_password(
    qtbot: QtBot, gui: Gui, yard: Yard
) -> None:
    intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(1), documents=complete_documents())
    clock = _ManualClock()
    gui.scanner._now_ms = clock
    sign_in(qtbot, gui, "op")
    page = gui.window.intake
    page.accept_text(bev(1).vin)
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    gui.window.lock_by_user()
    password = gui.window.sign_in.ui.password
    password.setFocus()
    _burst(qtbot, password, pack_code(1), clock)
    assert password.text() == ""  # taken back out of the password box
    assert gui.window.sign_in.ui.message.text() == ""  # and not sent as a failed sign-in
    held = gui.window.sign_in.ui.held_scans
    assert held.isVisibleTo(gui.window) and pack_code(1) in held.text()
    assert page.view.facts.scanned == ()  # nothing recorded while locked
    password.setText(PASSWORD)
    gui.window.sign_in.ui.sign_in_button.click()
    qtbot.waitUntil(lambda: gui.window.user is not None, timeout=10_000)
    qtbot.waitUntil(lambda: [p.code for p in page.view.facts.scanned] == [pack_code(1)], timeout=10_000)
    assert not held.isVisibleTo(gui.window)


def test_fast_typing_on_the_sign_in_page_stays_in_its_field(qtbot: QtBot, gui: Gui) -> None:
    clock = _ManualClock()
    gui.scanner._now_ms = clock
    name = gui.window.sign_in.ui.username
    name.setFocus()
    _burst(qtbot, name, "operator7", clock, gap_ms=20)  # 20 ms a key, as fast as a scanner
    assert name.text() == "operator7"
    assert QApplication.focusWidget() is gui.window.sign_in.ui.password  # its Enter went on to the password

"""Users (admin) on a real yard: add a user who can then sign in, set roles, reset a password, disable; the last
administrator cannot be removed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.domain.records import Role
from dismantler_app.gui.app import Gui
from dismantler_app.gui.users.page import UsersPage
from dismantler_app.services import users
from dismantler_app.services.errors import AuthenticationFailed
from tests.gui.gui_setup import sign_in, start_gui
from tests.services.yard_setup import PASSWORD, Yard, open_yard


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path) -> Iterator[UsersPage]:
    gui: Gui = start_gui(gui_app, yard, tmp_path)
    gui.window.show()
    sign_in(qtbot, gui, "admin")
    found: UsersPage = next(p.widget for p in gui.window.pages if p.key == "users")  # type: ignore[assignment]
    with qtbot.waitSignal(found.loaded, timeout=10_000):
        gui.window.show_page("users")
    yield found
    gui.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _after(qtbot: QtBot, page: UsersPage, click) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        click()


def test_the_admin_adds_a_user_who_can_sign_in(qtbot: QtBot, page: UsersPage, yard: Yard) -> None:
    assert [page.ui.users.item(r, 0).text() for r in range(page.ui.users.rowCount())] == ["admin", "op", "sup"]
    page.ui.add_username.setText("wang")
    page.ui.add_display_name.setText("王芳")
    page.ui.add_password.setText("short")
    page.ui.add_button.click()
    qtbot.waitUntil(lambda: "password is not valid: it is too short" in page.feedback(), timeout=10_000)
    page.ui.add_password.setText("long enough secret")
    page.ui.add_supervisor.setChecked(True)
    _after(qtbot, page, page.ui.add_button.click)
    assert "wang" in page.feedback()
    added = users.authenticate(yard.ctx, username="wang", password="long enough secret")
    assert added.roles == {Role.OPERATOR, Role.SUPERVISOR}
    assert added.display_name == "王芳"


def test_roles_password_and_disabling_change_what_the_user_can_do(qtbot: QtBot, page: UsersPage, yard: Yard) -> None:
    page.select_user("op")
    assert page.ui.role_operator.isChecked() and not page.ui.role_supervisor.isChecked()
    page.ui.role_supervisor.setChecked(True)
    _after(qtbot, page, page.ui.set_roles_button.click)
    assert users.authenticate(yard.ctx, username="op", password=PASSWORD).roles == {Role.OPERATOR, Role.SUPERVISOR}
    assert "Supervisor" in page.ui.users.item(1, 2).text()

    page.ui.new_password.setText("a brand new secret")
    _after(qtbot, page, page.ui.reset_password_button.click)
    assert page.ui.new_password.text() == ""
    assert users.authenticate(yard.ctx, username="op", password="a brand new secret").username == "op"

    assert page.ui.disable_button.text() == "&Disable"
    _after(qtbot, page, page.ui.disable_button.click)
    with pytest.raises(AuthenticationFailed):
        users.authenticate(yard.ctx, username="op", password="a brand new secret")
    assert page.ui.users.item(1, 3).text() == "Disabled"
    assert page.ui.disable_button.text() == "&Enable"


def test_the_last_administrator_cannot_be_disabled(qtbot: QtBot, page: UsersPage) -> None:
    page.select_user("admin")
    page.ui.disable_button.click()
    qtbot.waitUntil(lambda: "last administrator" in page.feedback(), timeout=10_000)
    assert "last_admin" not in page.feedback()
    assert page.ui.users.item(0, 3).text() == "Active"

"""A real yard for GUI tests: a temporary SQLite yard with users (the services' own test setup), and the desktop
app built on it offscreen. Only the camera hardware and the clock are fake."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.domain.clock import Clock
from dismantler_app.gui.app import Gui, build_gui
from dismantler_app.gui.common.ports import GuiOptions
from dismantler_app.services.context import ServiceContext
from tests.services.yard_setup import PASSWORD, Yard

__all__ = ["PASSWORD", "YardContext", "sign_in", "start_gui"]


@dataclass
class YardContext:
    services: ServiceContext
    clock: Clock


def start_gui(app: QApplication, yard: Yard, tmp_path: Path, **options: object) -> Gui:
    settings = {"log_dir": tmp_path / "logs", "language": "en", "station": "gate-1", **options}
    return build_gui(app, YardContext(yard.ctx, yard.clock), GuiOptions(**settings))  # type: ignore[arg-type]


def sign_in(qtbot: QtBot, gui: Gui, username: str, password: str = PASSWORD) -> None:
    page = gui.window.sign_in
    page.ui.username.setText(username)
    page.ui.password.setText(password)
    page.ui.sign_in_button.click()
    qtbot.waitUntil(lambda: gui.window.user is not None, timeout=10_000)


def confirm(qtbot: QtBot, asker: object) -> None:
    """Answers the question ``asker`` (a page or the window) just opened with its action's button."""
    from dismantler_app.gui.common.confirm import answer_yes

    qtbot.waitUntil(lambda: getattr(asker, "confirmation", None) is not None, timeout=20_000)
    answer_yes(asker.confirmation)  # type: ignore[attr-defined]

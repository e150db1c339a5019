"""GUI tests run on Qt's offscreen platform: no display needed, real widgets, real event loop."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from dismantler_app.gui.common.i18n import Language, LanguageSwitcher, install_fonts


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["dismantler-tests"]


@pytest.fixture(scope="session")
def gui_app(qapp: QApplication) -> QApplication:
    install_fonts(qapp)
    return qapp


@pytest.fixture
def switcher(gui_app: QApplication):
    """A language switcher; every test ends in English so that tests do not leak their language."""
    switcher = LanguageSwitcher(gui_app)
    yield switcher
    switcher.switch(Language.EN)


@pytest.fixture(autouse=True)
def ends_in_english(gui_app: QApplication):
    """A test that built the app in Chinese and closed it (the demo yard is Chinese) leaves its catalogue installed
    for the whole process; the next test's English assertions then read Chinese. Each test ends in English."""
    yield
    if QCoreApplication.translate("MainWindow", "Intake") != "Intake":
        LanguageSwitcher(gui_app).switch(Language.EN)

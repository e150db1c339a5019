"""GUI tests run on Qt's offscreen platform (or a real X server, see tests/gui/xvfb.py): no display needed, real
widgets, real event loop."""

from __future__ import annotations

import os

# Before any Qt import. A test that needs a real window system runs its part in a child process on Xvfb
# (tests/gui/xvfb.py), which asks for xcb through DISMANTLER_TEST_QPA.
os.environ["QT_QPA_PLATFORM"] = os.environ.get("DISMANTLER_TEST_QPA", "offscreen")

import gc

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

from dismantler_app.gui.app import Gui
from dismantler_app.gui.camera.worker import CameraThread
from dismantler_app.gui.common.bridge import TaskBridge
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


def _alive(kind: type) -> list:
    # Qt wrappers and the app's dataclass are tracked by the garbage collector; one pass per kind is cheap enough.
    return [o for o in gc.get_objects() if type(o) is kind or isinstance(o, kind)]


def _leftovers(app: QApplication, widgets_before: set[int]) -> list[str]:
    """What a test made and did not end: an open app, a bridge never shut down, a running camera thread, a
    window or dialog, an application timer."""
    left = [f"app of station {g.window.station_label.text()!r} not closed" for g in _alive(Gui) if not g.closed]
    left += ["task bridge not shut down" for b in _alive(TaskBridge) if shiboken6.isValid(b) and not b.closed]
    left += ["camera thread running" for c in _alive(CameraThread) if shiboken6.isValid(c) and c.running]
    left += [
        f"window {type(w).__name__} {w.objectName()!r}"
        for w in app.topLevelWidgets()
        if id(w) not in widgets_before and shiboken6.isValid(w)
    ]
    left += [f"timer {t.objectName()!r} on the application" for t in app.findChildren(QTimer) if t.isActive()]
    return left


def _end(app: QApplication, widgets_before: set[int]) -> None:
    """Ends what a test left, so that nothing of it runs inside a later test."""
    for gui in _alive(Gui):
        if not gui.closed:
            gui.close()
    for camera in _alive(CameraThread):
        if shiboken6.isValid(camera) and camera.running and not camera.stop(timeout_ms=30_000):
            camera.outlive_owner()
    for bridge in _alive(TaskBridge):
        if shiboken6.isValid(bridge) and not bridge.closed:
            bridge.shutdown()
    for widget in app.topLevelWidgets():
        if id(widget) not in widgets_before and shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()
    for timer in app.findChildren(QTimer):
        timer.stop()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _settle() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()


@pytest.fixture(autouse=True)
def ends_its_qt_objects(gui_app: QApplication):
    """Every test ends what it made: its app (windows, bridge, camera threads, event filters), dialogs, bridges,
    timers on the application. Something left behind keeps running inside later tests: pytest-qt processes events
    around every test of the session, so a camera thread of a failed test, still delivering frames to a window that
    Python's garbage collector deletes at some later moment, crashed the suite with a segmentation fault in
    pytest-qt's _process_events during tests/sync. What is left is ended here, then the test fails naming it.
    Autouse, so set up before qtbot and torn down after it has closed the widgets it was given."""
    widgets_before = {id(w) for w in gui_app.topLevelWidgets()}
    yield
    _settle()
    left = _leftovers(gui_app, widgets_before)
    if left:
        _end(gui_app, widgets_before)
        _settle()
        pytest.fail("the test left Qt objects alive (now ended): " + ", ".join(left))

"""Unexpected errors: an apology with the details to copy, a rotating log file, and the app keeps running.
Known problems: a message saying what to do."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from dismantler_app.gui.common.bridge import TaskBridge
from dismantler_app.gui.common.error_dialog import ErrorDialog
from dismantler_app.gui.common.errors import LOG_FILE_NAME, ErrorReporter, configure_logging
from dismantler_app.services.errors import PermissionDenied


def _boom() -> None:
    raise RuntimeError("the sensor cable came loose")


def test_an_unexpected_error_in_a_task_shows_details_to_copy_and_is_logged(
    qtbot: QtBot, gui_app: QApplication, tmp_path: Path
) -> None:
    log_file = configure_logging(tmp_path)
    reporter = ErrorReporter()
    bridge = TaskBridge(on_unexpected=reporter.report)
    with qtbot.waitSignal(bridge.idle, timeout=20_000):
        bridge.run(_boom)
    bridge.shutdown()
    dialog = reporter.shown[-1]
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    assert "the sensor cable came loose" in dialog.details and "_boom" in dialog.details
    dialog.ui.copy_details.click()
    assert "RuntimeError: the sensor cable came loose" in QApplication.clipboard().text()
    assert log_file == tmp_path / LOG_FILE_NAME
    assert "the sensor cable came loose" in log_file.read_text(encoding="utf-8")
    dialog.ui.close_button.click()
    qtbot.waitUntil(lambda: reporter.shown == [], timeout=20_000)


@pytest.mark.qt_no_exception_capture
def test_an_exception_escaping_a_slot_reaches_the_dialog_and_the_loop_keeps_running(
    qtbot: QtBot, gui_app: QApplication, tmp_path: Path
) -> None:
    configure_logging(tmp_path)
    reporter = ErrorReporter()
    reporter.install()
    try:
        QTimer.singleShot(0, _boom)
        qtbot.waitUntil(lambda: len(reporter.shown) == 1, timeout=20_000)
        ticks: list[int] = []
        QTimer.singleShot(0, lambda: ticks.append(1))
        qtbot.waitUntil(lambda: ticks == [1], timeout=20_000)  # the event loop is still running
    finally:
        reporter.uninstall()
    assert sys.excepthook is not reporter.excepthook
    reporter.shown[-1].close()


def test_a_known_problem_says_what_to_do_without_the_apology(qtbot: QtBot, gui_app: QApplication) -> None:
    reporter = ErrorReporter()
    reporter.report(PermissionDenied("issue_certificate", "u1"))
    box = reporter.shown[-1]
    assert isinstance(box, QMessageBox)
    try:
        assert "Ask a supervisor" in box.text()
        assert "issue_certificate" not in box.text()  # the words name no internal code
    finally:
        box.close()
        box.deleteLater()

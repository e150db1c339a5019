"""Errors in two tiers: known problems get a message saying what to do; anything else gets a short apology with
"copy details", goes to a rotating log file in the user log folder, and the app keeps running.

Known problems are the typed errors the lower layers raise on purpose (a refused sign-in, a missing permission, a
locked database…), put into words by :mod:`~dismantler_app.gui.common.problems`. Everything else is a bug: the person is
not asked to understand it, only to pass the details on. Nothing is swallowed:
``sys.excepthook`` (which PySide6 calls for exceptions escaping a slot) and the bridge's error path both end here.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dismantler_app.gui.common.error_dialog import ErrorDialog
from dismantler_app.gui.common.problems import describe_problem

log = logging.getLogger("dismantler_app")

LOG_FILE_NAME = "dismantler.log"
# 1 MB × 5 files keeps weeks of a busy yard's warnings without ever filling a small SSD.
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir("dismantler", appauthor=False))


def configure_logging(log_dir: Path | None = None) -> Path:
    """Sends the app's log records to a rotating file; returns its path. Safe to call twice."""
    folder = log_dir or default_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    for handler in log.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = RotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


class ErrorReporter(QObject):
    """Shows errors to the person and logs them. Dialogs are opened, never ``exec``'d: the UI never waits."""

    def __init__(
        self,
        *,
        parent_window: Callable[[], QWidget | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent_window = parent_window
        self._previous_hook = sys.excepthook
        self.shown: list[QWidget] = []  # open dialogs, newest last (kept alive until closed)

    def install(self) -> None:
        sys.excepthook = self.excepthook

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook

    def excepthook(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        self.report(error.with_traceback(tb))

    def report(self, error: BaseException) -> None:
        message = describe_problem(error)
        if message is not None:
            log.warning("known problem: %s: %s", type(error).__name__, error)
            self._show_known(message)
            return
        details = "".join(traceback.format_exception(error))
        log.error("unexpected error\n%s", details)
        dialog = ErrorDialog(details, parent=self._parent_window())
        self._keep(dialog)

    def _show_known(self, message: str) -> None:
        box = QMessageBox(self._parent_window())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cannot do that"))
        box.setText(message)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self._keep(box)

    def _keep(self, dialog: QWidget) -> None:
        self.shown.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _forget(self, dialog: QWidget) -> None:
        if dialog in self.shown:
            self.shown.remove(dialog)
        dialog.deleteLater()

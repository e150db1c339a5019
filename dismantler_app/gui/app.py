"""Starting the desktop app: fonts, language, logging, the error hooks, the bridge, the main window.

The composition root calls :func:`run_gui` with its ``AppContext``; tests call :func:`build_gui` and drive the
window without entering ``exec``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from dismantler_app.gui.camera.scanner_filter import ScannerFilter
from dismantler_app.gui.camera.worker import CameraThread
from dismantler_app.gui.common.bridge import TaskBridge
from dismantler_app.gui.common.errors import ErrorReporter, configure_logging
from dismantler_app.gui.common.i18n import Language, LanguageSwitcher, install_fonts
from dismantler_app.gui.common.ports import AppContextLike, GuiOptions
from dismantler_app.gui.common.text_size import TextSize, apply_text_size
from dismantler_app.gui.main_window import MainWindow
from dismantler_app.gui.sign_in.idle import IdleWatcher

log = logging.getLogger(__name__)


@dataclass
class Gui:
    app: QApplication
    window: MainWindow
    bridge: TaskBridge
    reporter: ErrorReporter
    languages: LanguageSwitcher
    idle: IdleWatcher
    scanner: ScannerFilter
    closed: bool = field(default=False, init=False)

    def close(self) -> None:
        """Releases every camera (the intake page's, a wizard's camera check), lets running writes finish and
        drops queued reads, removes the hooks, then deletes the window: a closed window must not keep receiving
        language switches or timers (it did, and crashed the next switch). Safe to call twice."""
        if self.closed:
            return
        self.closed = True
        self.window.intake.stop_camera()
        for camera in self.window.findChildren(CameraThread):
            if not camera.stop():
                log.warning("a camera was still releasing when the window closed; it ends on its own")
                camera.outlive_owner()
        self.bridge.shutdown()
        self.app.removeEventFilter(self.scanner)
        self.app.removeEventFilter(self.idle)
        self.reporter.uninstall()
        self.window.leave_confirmed = True  # closing for good (the event loop ended, or a test): nothing to ask
        self.window.close()
        self.window.deleteLater()
        # Deleted now rather than at the next turn of an event loop that may never come (after exec returned).
        QCoreApplication.sendPostedEvents(self.window, QEvent.Type.DeferredDelete)
        apply_text_size(self.app, TextSize.NORMAL)  # the application outlives the window (a test, a wizard)


def build_gui(app: QApplication, context: AppContextLike, options: GuiOptions) -> Gui:
    log_file = configure_logging(options.log_dir)
    install_fonts(app)
    apply_text_size(app, TextSize(options.text_size))
    languages = LanguageSwitcher(app)
    languages.switch(Language(options.language))
    window_ref: list[MainWindow] = []
    reporter = ErrorReporter(parent_window=lambda: window_ref[0] if window_ref else None)
    reporter.install()
    bridge = TaskBridge(on_unexpected=reporter.report)
    idle = IdleWatcher(options.idle_lock_seconds)
    window = MainWindow(context=context, options=options, bridge=bridge, languages=languages, idle=idle)
    window_ref.append(window)
    window.settings.show_language(Language(options.language))
    scanner = ScannerFilter(window)
    scanner.scanned.connect(lambda text: window.intake.accept_text(text, source="scanner"))
    scanner.held.connect(window.hold_scan)
    scanner.locked = window.user is None
    window.locked_changed.connect(lambda locked: setattr(scanner, "locked", locked))
    app.installEventFilter(idle)
    app.installEventFilter(scanner)
    log.info("desktop app started; log file %s", log_file)
    return Gui(app, window, bridge, reporter, languages, idle, scanner)


def run_gui(
    context: AppContextLike,
    *,
    argv: Sequence[str],
    options: GuiOptions | None = None,
    on_started: Callable[[Gui], None] | None = None,
) -> int:
    """Shows the main window and runs the event loop until it closes; returns the exit code. ``on_started`` is
    called with the built GUI once the window is shown (a first-run wizard, a scripted demonstration)."""
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("dismantler")
    gui = build_gui(app, context, options or GuiOptions())
    gui.window.showMaximized()
    if on_started is not None:
        on_started(gui)
    try:
        return app.exec()
    finally:
        gui.close()

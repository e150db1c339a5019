"""What the desktop app adds in demo mode: a virtual camera playing the bundled labels, and the demo accounts on
the sign-in card.

The camera plays ``assets/demo`` in a loop: the video of a VIN label swung under the camera (the vehicle whose second
pack is missing), then each still label held for a few seconds as an operator holds a pack label up, so the real
scanning engine confirms it exactly as it would from a webcam. Made by ``packaging/demo_assets.py``.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from dismantler_app.gui.camera.scan_adapter import PreviewingEngine
from dismantler_app.gui.sign_in.page import SignInPage
from dismantler_app.scanning.sources import IMAGE_SUFFIXES, CaptureSource, FrameSource, SourceUnavailable
from dismantler_app.services.demo import DemoAccount

VIDEO_NAME = "vin_label.mp4"
LABELS_DIR = "labels"
STILL_FPS = 10.0
# Long enough for two agreeing reads (scanning/confirmation.py) and for a person to see the result on screen.
STILL_HOLD_S = 3.0
# How often the interpreter gets a turn to run a signal handler while Qt's (C++) event loop waits: Python runs
# handlers only between bytecodes of the main thread (Python docs, "signal": "Execution of Python signal handlers").
SIGNAL_POLL_MS = 300


class StillFrames:
    """One picture, delivered as a camera would: ``fps`` frames a second for ``hold_s`` seconds, then the end."""

    live = False

    def __init__(self, path: Path, *, fps: float = STILL_FPS, hold_s: float = STILL_HOLD_S, sleep=time.sleep) -> None:
        self.path, self.description = path, str(path)
        self._frames_left, self._period, self._sleep = round(fps * hold_s), 1.0 / fps, sleep
        self._total = self._frames_left
        self._frame: np.ndarray | None = None

    def open(self) -> None:
        self._frame = cv2.imread(str(self.path), cv2.IMREAD_COLOR)
        if self._frame is None:
            raise SourceUnavailable(f"cannot read the demo label {self.path}; reinstall the app")
        self._frames_left = self._total

    def read(self) -> np.ndarray | None:
        if self._frame is None or self._frames_left <= 0:
            return None
        self._frames_left -= 1
        self._sleep(self._period)
        return self._frame

    def close(self) -> None:
        self._frame = None


class PlaylistSource:
    """Plays its sources one after another and starts again at the end, like a camera that never stops."""

    live = False
    description = "demo camera"

    def __init__(self, makers: Sequence[Callable[[], FrameSource]]) -> None:
        if not makers:
            raise SourceUnavailable("the demo camera has nothing to play; reinstall the app (assets/demo)")
        self._makers = list(makers)
        self._index = 0
        self._current: FrameSource | None = None

    def open(self) -> None:
        self._index = 0
        self._current = self._makers[0]()
        self._current.open()

    def read(self) -> np.ndarray | None:
        # One full round without a frame means every source is empty: stop instead of spinning.
        for _ in range(len(self._makers) + 1):
            if self._current is None:
                return None
            frame = self._current.read()
            if frame is not None:
                return frame
            self._current.close()
            self._index = (self._index + 1) % len(self._makers)
            self._current = self._makers[self._index]()
            self._current.open()
        return None

    def close(self) -> None:
        if self._current is not None:
            self._current.close()
            self._current = None


def demo_sources(demo_dir: Path) -> list[Callable[[], FrameSource]]:
    makers: list[Callable[[], FrameSource]] = []
    video = demo_dir / VIDEO_NAME
    if video.is_file():
        makers.append(lambda: CaptureSource(str(video), realtime=True))
    stills = sorted(p for p in (demo_dir / LABELS_DIR).glob("*") if p.suffix.lower() in IMAGE_SUFFIXES)
    makers += [lambda p=p: StillFrames(p) for p in stills]
    return makers


def demo_camera(demo_dir: Path) -> Callable[[], PreviewingEngine]:
    """The GUI's camera port over the playlist of ``demo_dir`` (a fresh playlist each time the preview starts). The
    factory is marked ``demo`` so that the settings page names the camera that runs instead of "No camera"."""

    def factory() -> PreviewingEngine:
        return PreviewingEngine(lambda: PlaylistSource(demo_sources(demo_dir)))

    factory.demo = True  # type: ignore[attr-defined]
    return factory


class DemoAccountsNote(QLabel):
    """The demo accounts under the sign-in button, in the current language."""

    def __init__(self, accounts: Sequence[DemoAccount], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = tuple(accounts)
        self.setObjectName("demo_accounts")
        self.setWordWrap(True)
        self.setStyleSheet("background: #fff8e1; border: 1px solid #f9a825; padding: 8px;")
        self._render()

    def _role_words(self, account: DemoAccount) -> str:
        if len(account.roles) > 1:
            return self.tr("every role")
        role = next(iter(account.roles)).value
        return {"operator": self.tr("operator"), "supervisor": self.tr("supervisor"), "admin": self.tr("admin")}[role]

    def _render(self) -> None:
        lines = [self.tr("Demo yard: the data is thrown away when the app closes. Sign in as:")]
        for account in self._accounts:
            lines.append(f"• {account.username} / {account.password} — {self._role_words(account)}")
        lines.append(self.tr("The camera plays demo labels: the VIN of the vehicle missing a pack, then that pack."))
        self.setText("\n".join(lines))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)


def show_demo_accounts(page: SignInPage, accounts: Sequence[DemoAccount]) -> DemoAccountsNote:
    """The demo's accounts on the sign-in card; closing the demo's window now asks first (its data is thrown
    away)."""
    note = DemoAccountsNote(accounts, page)
    page.ui.card_layout.addWidget(note)
    window = page.window()
    if hasattr(window, "leave_warning"):
        window.leave_warning = lambda: QCoreApplication.translate(  # type: ignore[attr-defined]
            "DemoAccountsNote", "Close the demo? Everything recorded in it is thrown away."
        )
    return note


def quit_on_termination(app: QCoreApplication) -> QTimer:
    """SIGTERM (a logout, ``kill``) and Ctrl+C end the demo like closing its window, so the composition root removes
    the demo's temporary folder on the way out; without this Python's default would end the process on the spot."""
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda _number, _frame: app.quit())
    timer = QTimer(app, interval=SIGNAL_POLL_MS)
    timer.timeout.connect(lambda: None)
    timer.start()
    return timer

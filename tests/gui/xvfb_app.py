"""Runs the desktop app as a real process (the composition root's context, ``run_gui``, a real X display) with an
image-folder camera, signs in, waits until the labels are read, and saves a screenshot of the whole screen.

    python -m tests.gui.xvfb_app DATA_DIR CAMERA_FOLDER LANGUAGE SCREENSHOT.png

Prints one JSON line with what the screen showed; exits 0 when the packs were read, 1 on timeout.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from dismantler_app.composition import open_app_context
from dismantler_app.gui.app import Gui, run_gui
from dismantler_app.gui.camera.scan_adapter import folder_camera
from dismantler_app.gui.common.ports import GuiOptions
from tests.services.yard_setup import PASSWORD

TIMEOUT_S = 40.0


def main(data_dir: str, camera: str, language: str, screenshot: str) -> int:
    started = time.monotonic()
    outcome: dict[str, object] = {"read": False}

    def drive(gui: Gui) -> None:
        page = gui.window.sign_in
        page.ui.username.setText("sup")
        page.ui.password.setText(PASSWORD)
        page.ui.sign_in_button.click()
        poll = QTimer(gui.window)

        def check() -> None:
            intake = gui.window.intake
            rows = intake.ui.packs.rows
            done = bool(rows) and all(r.state.value == "present" for r in rows)
            if done or time.monotonic() - started > TIMEOUT_S:
                poll.stop()
                QTimer.singleShot(600, lambda: finish(gui, done))  # let the last flash fade and paint settle

        poll.timeout.connect(check)
        poll.start(200)

    def finish(gui: Gui, done: bool) -> None:
        intake = gui.window.intake
        image = QApplication.primaryScreen().grabWindow(0)
        image.save(screenshot)
        outcome.update(
            read=done,
            banner=intake.ui.banner.state.value,
            headline=intake.ui.banner.headline.text(),
            vin=intake.ui.vin_value.text(),
            packs=[r.state.value for r in intake.ui.packs.rows],
            beeps=intake.beeps,
            frames=intake.ui.preview.frames_shown,
            size=[image.width(), image.height()],
        )
        gui.window.close()

    with open_app_context(data_dir) as context:
        options = GuiOptions(
            station="gate-1",
            language=language,
            log_dir=Path(data_dir) / "logs",
            camera=folder_camera(Path(camera), fps=15, loop=True),
        )
        run_gui(context, argv=sys.argv[:1], options=options, on_started=drive)
    print(json.dumps(outcome, ensure_ascii=False))
    return 0 if outcome["read"] else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))

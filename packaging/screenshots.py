"""The user guide's screenshots, taken from the real desktop app on a real X server (Xvfb), in Chinese and English.

    python packaging/screenshots.py [--out docs/images/guide] [--languages zh_CN en]

Starts Xvfb on a free display (:90–:99), then, once per language in its own process, builds the app exactly as the
composition root does (``open_app_context``, ``build_gui``, the station settings, the demo camera) on a demo yard
seeded by ``services/demo.py`` in a temporary folder, and walks through it by its widgets: the first-run wizard on an
empty yard, then sign-in, the intake station reading the demo labels, the editing dialogs, the supervisor desk, the
records, stock, users, settings and sync pages. Each screen is grabbed from the X server (dialogs included) and saved
as an optimised palette PNG under ``<out>/<language>/NN-name.png``.

Exits non-zero, naming the step, when a screen does not reach the state the guide describes: a stale picture is
worse than none.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "docs" / "images" / "guide"
LANGUAGES = ("zh_CN", "en")
SCREEN = (1366, 768)  # the smallest yard PC screen the app supports (gui/main_window.py MINIMUM_SIZE)
DISPLAYS = range(90, 100)
# The app process has ended with SIGSEGV about one run in three while GUI code was changing under it; a second
# attempt starts from a fresh demo yard, so a retry cannot mix the states of two runs.
ATTEMPTS = 2


class StepFailed(RuntimeError):
    """A screen did not reach the state the guide shows."""


# --- the X server --------------------------------------------------------------------------------------------------
def free_display() -> int:
    for number in DISPLAYS:
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise StepFailed("no free X display between :90 and :99 (remove stale /tmp/.X*-lock files)")


def start_xvfb() -> tuple[subprocess.Popen, str]:
    number = free_display()
    display = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            raise StepFailed(f"Xvfb did not start on {display} (is the xvfb package installed?)")
        time.sleep(0.1)
    return server, display


# --- one language, in its own process ------------------------------------------------------------------------------
def capture(language: str, out: Path) -> int:
    """Runs in a child process with DISPLAY set: imports Qt only here, so the parent never loads it."""
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from PySide6.QtWidgets import QApplication

    from dismantler_app.gui.common.i18n import install_fonts

    app = QApplication(["dismantler"])
    app.setApplicationName("dismantler")
    install_fonts(app)
    from screenshot_tour import Tour  # beside this script; imported once the QApplication exists

    target = out / language
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("[0-2][0-9]-*.png"):  # the desktop app's; 30 and up are the head-office console's
        old.unlink()
    with tempfile.TemporaryDirectory(prefix="dismantler-shots-") as tmp:
        tour = Tour(app, language=language, workdir=Path(tmp), out=target)
        try:
            tour.run()
        finally:
            tour.close()
    print(f"{language}: {len(list(target.glob('*.png')))} screenshots in {target}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for <language>/NN-name.png")
    parser.add_argument("--languages", nargs="+", choices=LANGUAGES, default=list(LANGUAGES))
    parser.add_argument("--capture", choices=LANGUAGES, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args(argv)
    if args.capture:
        return capture(args.capture, args.out)
    server, display = start_xvfb()
    failed: list[str] = []
    try:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
        for language in args.languages:
            child = [sys.executable, __file__, "--capture", language, "--out", str(args.out)]
            for attempt in range(1, ATTEMPTS + 1):
                done = subprocess.run(child, env=env, cwd=ROOT)
                if done.returncode == 0:
                    break
                print(f"{language}: attempt {attempt} ended with exit code {done.returncode}", file=sys.stderr)
            else:
                failed.append(language)
    finally:
        server.terminate()
        server.wait(10)
    if failed:
        print(f"screenshots failed for: {', '.join(failed)}", file=sys.stderr)
        return 1
    total = sum(p.stat().st_size for p in args.out.rglob("*.png"))
    print(f"total {total / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A real X server (Xvfb) for the tests that run the app in its own process on the xcb platform: started on a free
display, stopped when the ``with`` block ends."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# The guide's screenshot script takes :90–:99 (packaging/screenshots.py); tests keep below it.
DISPLAYS = range(70, 90)


def _free_display() -> int:
    for number in DISPLAYS:
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display between :70 and :89 (remove stale /tmp/.X*-lock files)")


@contextmanager
def xvfb(width: int, height: int) -> Iterator[str]:
    """The DISPLAY of a new Xvfb screen of ``width``×``height``."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is not installed: run packaging/bootstrap.sh test (it installs xvfb)")
    number = _free_display()
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"Xvfb did not start on :{number}")
            time.sleep(0.1)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)

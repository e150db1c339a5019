"""A real X server for the GUI tests that need a real window system (xcb) instead of Qt's offscreen platform.

Xvfb picks a free display number itself (``-displayfd``), so tests running at the same time on one machine never
share or collide on a display; the server ends with the context."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

STARTUP_S = 30.0


@contextmanager
def xvfb(screen: str = "1366x768x24") -> Iterator[str]:
    """Starts Xvfb with one screen of ``screen`` (WIDTHxHEIGHTxDEPTH) and yields its display (":N")."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is not installed: run packaging/bootstrap.sh test (it installs xvfb)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_fd,),
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd, "rb") as announced:
            number = announced.readline().strip().decode()  # written once the server accepts connections
        if not number.isdigit():
            pytest.fail(f"Xvfb did not start (exit code {server.poll()})")
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(10)


def xcb_environment(display: str) -> dict[str, str]:
    """The environment of a child process that shows its windows on ``display`` through xcb (the GUI tests'
    conftest reads ``DISMANTLER_TEST_QPA`` instead of forcing offscreen)."""
    return {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "DISMANTLER_TEST_QPA": "xcb"}

"""Acceptance: a careless yard day (``careless_day_play.py``) on a real X server at 1366x768, in Chinese and in
English. The day runs in a child process on Xvfb through xcb, as an operator's screen would show it; this test starts
the server, runs the day and checks that it passed and left its screenshots (build/artefacts/careless_day/) at the
screen's size. Look at them: they are kept for a person to judge."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.gui.careless_day_play import ARTEFACTS
from tests.gui.xvfb import xcb_environment, xvfb

ROOT = Path(__file__).resolve().parents[2]
PLAY = Path(__file__).with_name("careless_day_play.py")
DAY = "test_a_careless_yard_day_records_only_what_was_true"
SHOTS = (
    "1_mistyped_vin",
    "2_stray_pack",
    "3_triage_enter",
    "4_locked_scan_held",
    "5_approve_blocked",
    "6_certified",
    "7_typed_pack_of_another_vehicle",
    "8_powertrain_not_chosen",
)


@pytest.mark.slow
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_careless_yard_day_on_a_real_x_server_records_only_what_was_true(language: str) -> None:
    for old in ARTEFACTS.glob(f"*_{language}.png"):
        old.unlink()
    with xvfb("1366x768x24") as display:
        played = subprocess.run(
            [sys.executable, "-m", "pytest", f"{PLAY}::{DAY}[{language}]", "-q", "-p", "no:cacheprovider"],
            cwd=ROOT,
            env=xcb_environment(display),
            capture_output=True,
            text=True,
            timeout=900,
        )
    assert played.returncode == 0, played.stdout[-6000:] + played.stderr[-3000:]
    assert "1 passed" in played.stdout
    for name in SHOTS:
        shot = QImage(str(ARTEFACTS / f"{name}_{language}.png"))
        assert not shot.isNull(), name
        if name != "3_triage_enter":  # the dialog alone; the others are the whole screen
            assert (shot.width(), shot.height()) == (1366, 768), name

"""The real app process on a real X server (Xvfb, xcb): reads labels from an image-folder camera and leaves a
screenshot, in both languages. The screenshots stay in the test's folder for a person to look at."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from dismantler_app.domain.policy import Policy
from dismantler_app.gui.common.banner import COLOURS, BannerState
from tests.gui.label_frames import write_label_frames
from tests.gui.test_intake_station import PACKS, VIN, _registered_intake
from tests.gui.xvfb import xvfb
from tests.services.yard_setup import open_yard

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def xserver() -> Iterator[str]:
    with xvfb("1366x768x24") as display:
        yield display


def _green_share(path: Path) -> float:
    """The share of sampled pixels painted in the banner's green."""
    image = QImage(str(path))
    green = QColor(COLOURS[BannerState.ELIGIBLE][0])
    hits = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            total += 1
            c = image.pixelColor(x, y)
            if abs(c.red() - green.red()) + abs(c.green() - green.green()) + abs(c.blue() - green.blue()) < 20:
                hits += 1
    return hits / total


@pytest.mark.slow
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_real_app_reads_labels_under_xvfb_and_leaves_a_screenshot(
    xserver: str, tmp_path: Path, language: str
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    yard = open_yard(data, policy=Policy(require_triage=False, required_photos=frozenset()))
    _registered_intake(yard)
    yard.close()
    camera = write_label_frames(tmp_path / "camera", [VIN, *PACKS])
    shot = tmp_path / f"intake_{language}.png"
    env = {**os.environ, "DISPLAY": xserver, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.xvfb_app", str(data), str(camera), language, str(shot)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["vin"] == VIN
    assert seen["packs"] == ["present", "present"]
    assert seen["banner"] == "eligible" and seen["beeps"] >= 3 and seen["frames"] > 0
    assert seen["headline"].startswith("✔ 可以出具" if language == "zh_CN" else "✔ Certificate can be issued")
    assert seen["size"] == [1366, 768]
    assert _green_share(shot) > 0.01  # the green banner is really on the screen

"""Acceptance for the layout (issue 12), on a real X server: the app in its own process (``tests/gui/layout_app.py``)
walks every page at 1366×768 and 1920×1080 in English and Chinese, on the demo yard plus an intake with ten blocking
reasons and a queue of nine intakes, at the default text size and (1920×1080) the largest. Asserted: no text is cut
anywhere (labels, buttons, check boxes, group titles, tabs, header sections, the packs' states and the queue's
statuses), the desk's queue shows at least six rows at 1366×768, the banner never takes more than a quarter of the
window and loses no reason (all reachable by scrolling, the first shown). Screenshots of every page of every pass are
kept under build/artefacts/layout/ to be looked at."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gui.xvfb import xvfb

ROOT = Path(__file__).resolve().parents[2]
ARTEFACTS = ROOT / "build" / "artefacts" / "layout"
PAGES = ("intake", "supervisor", "records", "batteries", "sync", "users", "settings", "sign_in")
MAX_BANNER_SHARE = 0.25


@pytest.fixture(scope="module")
def xserver() -> Iterator[str]:
    with xvfb("1920x1080x24") as display:
        yield display


def _walk(display: str, language: str) -> list[dict]:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.layout_app", language, str(ARTEFACTS)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=280,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_page_holds_at_both_screen_sizes_and_the_largest_text(xserver: str, language: str) -> None:
    print(f"layout screenshots: {ARTEFACTS}")
    passes = _walk(xserver, language)
    assert [p["pass"] for p in passes] == [
        f"1366x768_{language}_normal",
        f"1920x1080_{language}_normal",
        f"1920x1080_{language}_larger",
    ]
    for measured in passes:
        tag = measured["pass"]
        width, height = (int(n) for n in tag.split("_")[0].split("x"))
        assert measured["window"] == [width, height], tag  # nothing forced the window larger than the screen
        cuts = [
            f"{c['page']}: {c['widget']} {c['text']!r} needs {c['needed']}, has {c['given']}" for c in measured["cuts"]
        ]
        assert cuts == [], tag
        assert measured["queue_rows"] >= 6
        assert measured["queue_rows_visible"] >= 6, tag
        assert measured["intake_banner_share"] <= MAX_BANNER_SHARE, tag
        assert measured["desk_banner_share"] <= MAX_BANNER_SHARE, tag
        banner = measured["banner"]
        assert banner["reasons"] >= 6 and banner["lines_listed"] == banner["reasons"], tag
        assert banner["all_reachable"] and banner["first_line_shown"] and banner["bar_usable"], tag
        assert measured["supervisor_pack_states_whole"] and measured["intake_pack_states_whole"], tag
        assert all(len(state) > 2 for state in measured["supervisor_pack_states"]), tag  # "≠ Mismatched", not "≠"
        for page in PAGES:
            assert (ARTEFACTS / f"{tag}_{page}.png").stat().st_size > 10_000, (tag, page)

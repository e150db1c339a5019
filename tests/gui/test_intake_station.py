"""The intake station end to end on a real yard database: a camera fed from images, the banner, the packs panel,
the issue button by role, and handheld-scanner bursts against typing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.domain.codes import CodeKind
from dismantler_app.domain.eligibility import BlockCode
from dismantler_app.domain.policy import Policy
from dismantler_app.gui.app import Gui
from dismantler_app.gui.camera.scan_adapter import folder_camera
from dismantler_app.gui.common.banner import BannerState
from dismantler_app.gui.common.pack_rows import PackState
from dismantler_app.services import intakes, packs
from tests.gui.gui_setup import confirm, sign_in, start_gui
from tests.gui.label_frames import write_label_frames
from tests.services.yard_setup import Yard, bev, complete_documents, open_yard, pack_code, vin

VIN = vin(1)
PACKS = (pack_code(1), pack_code(2))


def _registered_intake(yard: Yard) -> str:
    """The vehicle as head office knows it: complete documents and its two registered packs."""
    intake_id = intakes.create_intake(
        yard.ctx, yard.operator, yard.clock, vehicle=bev(1), documents=complete_documents()
    )
    packs.load_registered_packs(yard.ctx, yard.supervisor, yard.clock, intake_id, codes=PACKS)
    return intake_id


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    # Triage and photos have their own steps; these tests are about the packs, so the policy leaves them out.
    opened = open_yard(tmp_path, policy=Policy(require_triage=False, required_photos=frozenset()))
    _registered_intake(opened)
    yield opened
    opened.close()


def _gui(app: QApplication, yard: Yard, tmp_path: Path, **options: object) -> Gui:
    gui = start_gui(app, yard, tmp_path, **options)
    gui.window.show()
    return gui


def test_camera_reads_the_vin_and_both_packs_and_the_banner_turns_green(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path
) -> None:
    folder = write_label_frames(tmp_path / "camera", [VIN, *PACKS])
    gui = _gui(gui_app, yard, tmp_path, camera=folder_camera(folder, fps=20, loop=False))
    kinds_seen: set[CodeKind] = set()
    try:
        sign_in(qtbot, gui, "sup")
        page = gui.window.intake
        assert page.camera is not None
        page.camera.worker.frame_ready.connect(lambda _img, overlays: kinds_seen.update(o.kind for o in overlays))
        qtbot.waitUntil(lambda: page.ui.banner.state is BannerState.ELIGIBLE, timeout=30_000)
        assert [row.state for row in page.ui.packs.rows] == [PackState.PRESENT, PackState.PRESENT]
        assert page.ui.vin_value.text() == VIN
        assert page.beeps >= 3
        assert page.ui.preview.frames_shown > 0
        assert {CodeKind.VIN, CodeKind.BATTERY} <= kinds_seen
        assert page.ui.issue_button.isEnabled()
    finally:
        gui.close()
    assert page.camera is None  # released on close


def test_a_missing_pack_keeps_the_banner_red_with_the_reason_and_issue_disabled(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path
) -> None:
    gui = _gui(gui_app, yard, tmp_path)
    try:
        sign_in(qtbot, gui, "sup")
        page = gui.window.intake
        page.accept_text(VIN)
        qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
        page.accept_text(PACKS[0])
        qtbot.waitUntil(lambda: len(page.view.facts.scanned) == 1, timeout=10_000)
        assert page.ui.banner.state is BannerState.BLOCKED
        assert page.view.eligibility.codes() == {BlockCode.PACK_MISSING}
        assert page.ui.banner.reason_lines() == [f"Battery pack {PACKS[1]} is missing: scan it."]
        assert PACKS[1] in page.ui.banner.details.text()
        assert [r.state for r in page.ui.packs.rows] == [PackState.PRESENT, PackState.MISSING]
        assert not page.ui.issue_button.isEnabled()
        page.issue()  # F10 while blocked does nothing
        page.accept_text(PACKS[1])
        qtbot.waitUntil(lambda: page.ui.banner.state is BannerState.ELIGIBLE, timeout=10_000)
        assert page.ui.issue_button.isEnabled()
        page.ui.issue_button.click()
        confirm(qtbot, page)  # issuing asks first
        qtbot.waitUntil(lambda: "issued" in page.feedback(), timeout=10_000)
        assert page.view.record.status.value == "certified"
        assert not page.ui.issue_button.isEnabled()
    finally:
        gui.close()


def test_an_operator_cannot_issue_even_when_the_vehicle_is_eligible(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path
) -> None:
    gui = _gui(gui_app, yard, tmp_path)
    try:
        sign_in(qtbot, gui, "op")
        page = gui.window.intake
        for text in (VIN, *PACKS):
            page.accept_text(text)
            qtbot.wait(50)
        qtbot.waitUntil(lambda: page.ui.banner.state is BannerState.ELIGIBLE, timeout=10_000)
        assert not page.ui.issue_button.isEnabled()
        assert "supervisor" in page.ui.issue_button.toolTip()
    finally:
        gui.close()


class _ManualClock:
    def __init__(self) -> None:
        self.ms = 0.0

    def __call__(self) -> float:
        return self.ms


def _type(qtbot: QtBot, widget, text: str, clock: _ManualClock, gap_ms: float) -> None:
    for char in text:
        clock.ms += gap_ms
        qtbot.keyClick(widget, char)
    clock.ms += gap_ms
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_scanner_burst_is_taken_anywhere_and_typing_is_left_alone(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path
) -> None:
    gui = _gui(gui_app, yard, tmp_path)
    clock = _ManualClock()
    gui.scanner._now_ms = clock  # the burst timing reads this clock (keys arrive instantly in a test)
    try:
        sign_in(qtbot, gui, "op")
        page = gui.window.intake
        # A burst into the nav list (focus anywhere but the entry) opens the intake.
        gui.window.ui.nav.setFocus()
        _type(qtbot, gui.window.ui.nav, VIN, clock, gap_ms=5)
        qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
        # A burst into the code entry is taken out of it and recorded once.
        page.ui.manual_entry.setFocus()
        _type(qtbot, page.ui.manual_entry, PACKS[0], clock, gap_ms=5)
        qtbot.waitUntil(lambda: len(page.view.facts.scanned) == 1, timeout=10_000)
        assert page.ui.manual_entry.text() == ""
        # Typing by hand (150 ms a key) stays in the field until the person presses Enter themselves.
        page.ui.manual_entry.setFocus()
        for char in PACKS[1]:
            clock.ms += 150
            qtbot.keyClick(page.ui.manual_entry, char)
        assert page.ui.manual_entry.text() == PACKS[1]
        assert len(page.view.facts.scanned) == 1
        clock.ms += 150
        qtbot.keyClick(page.ui.manual_entry, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(page.view.facts.scanned) == 2, timeout=10_000)
        assert page.ui.banner.state is BannerState.ELIGIBLE
    finally:
        gui.close()


def test_the_code_entry_has_the_input_method_off(gui_app: QApplication, yard: Yard, tmp_path: Path) -> None:
    gui = _gui(gui_app, yard, tmp_path)
    try:
        entry = gui.window.intake.ui.manual_entry
        assert not entry.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
        assert entry.inputMethodHints() & Qt.InputMethodHint.ImhLatinOnly
    finally:
        gui.close()

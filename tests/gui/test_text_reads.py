"""Printed codes at the station (issue 15): a battery code read from text that the vehicle does not expect is shown
with its crop beside the code and recorded only when the operator presses F8 (and never when they dismiss it); one
the vehicle expects is linked without a question; a VIN the engine confirmed from text opens the intake; a symbol
located but not read gets its hint painted in the preview, in the operator's language."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from dismantler_app.domain.classifier import classify
from dismantler_app.domain.codes import CodeKind
from dismantler_app.domain.policy import Policy
from dismantler_app.domain.printed_codes import TextReason
from dismantler_app.gui.app import Gui
from dismantler_app.gui.camera.preview import HINT_COLOUR, PreviewWidget
from dismantler_app.gui.camera.scan_adapter import PreviewFrame
from dismantler_app.gui.camera.worker import CameraThread, adapt_event
from dismantler_app.gui.common.i18n import Language, LanguageSwitcher
from dismantler_app.gui.intake.suggestion import CROP_HEIGHT
from dismantler_app.scanning.events import CodeConfirmed, Evidence, FrameId, Guidance, TextSuggested
from dismantler_app.scanning.guidance import Hint
from dismantler_app.services import intakes, packs
from dismantler_app.storage.outbox import list_events
from tests.gui.gui_setup import sign_in, start_gui
from tests.services.yard_setup import Yard, bev, complete_documents, open_yard, pack_code

CORNERS = ((600.0, 300.0), (700.0, 300.0), (700.0, 340.0), (600.0, 340.0))


class HandCamera:
    """Camera hardware stands in: the test hands the engine's events to the station as the OCR thread would."""

    def __init__(self) -> None:
        self._listener: Callable[[object], None] | None = None
        self.started = threading.Event()
        self.forgotten = False

    def start(self, on_event: Callable[[object], None], *, strict_vin: bool | None = None) -> None:
        self._listener = on_event
        self.started.set()

    def stop(self) -> None:
        self._listener = None

    def forget_reads(self) -> None:
        self.forgotten = True  # New vehicle (F2): the engine drops what it confirmed; nothing is pending here

    def send(self, event: object) -> None:
        assert self._listener is not None
        self._listener(event)


def _crop(text: str) -> bytes:
    line = np.full((40, 420, 3), 255, np.uint8)
    cv2.putText(line, text, (8, 28), cv2.FONT_HERSHEY_SIMPLEX, 0.7, (0, 0, 0), 2, cv2.LINE_AA)
    return cv2.imencode(".jpg", line)[1].tobytes()


def _suggested(code: str, frame: int) -> TextSuggested:
    return TextSuggested(
        kind=CodeKind.BATTERY.value,
        code=code,
        reason=TextReason.BATTERY_CODE_FROM_TEXT,
        line=code,
        corrected=False,
        corners=CORNERS,
        crop_jpeg=_crop(code),
        frame_id=FrameId(frame),
        at=float(frame),
        evidence=Evidence.from_frame(np.full((72, 128, 3), 200, np.uint8)),
    )


def _scan_sources(yard: Yard) -> dict[str, str]:
    with yard.store.read() as session:
        events = [e for e in list_events(session, limit=100_000) if e.type == "pack.scanned"]
    return {e.payload["code"]: e.payload["source"] for e in events}


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path, policy=Policy(require_triage=False, required_photos=frozenset()))
    intake = intakes.create_intake(
        opened.ctx, opened.operator, opened.clock, vehicle=bev(1), documents=complete_documents()
    )
    packs.load_registered_packs(opened.ctx, opened.supervisor, opened.clock, intake, codes=[pack_code(1)])
    yield opened
    opened.close()


@pytest.fixture
def camera() -> HandCamera:
    return HandCamera()


@pytest.fixture
def gui(gui_app: QApplication, yard: Yard, tmp_path: Path, camera: HandCamera) -> Iterator[Gui]:
    started = start_gui(gui_app, yard, tmp_path, camera=lambda: camera)
    started.window.show()
    started.window.activateWindow()
    yield started
    for _ in range(200):  # writes still in flight finish before the yard closes
        if started.bridge.in_flight == 0:
            break
        QApplication.processEvents()
    started.close()


def _open_vehicle_1(qtbot: QtBot, gui: Gui, camera: HandCamera) -> None:
    sign_in(qtbot, gui, "op")
    assert camera.started.wait(10)
    page = gui.window.intake
    page.accept_text(bev(1).vin)  # typed
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)


def _press_f8(qtbot: QtBot, gui: Gui) -> None:
    gui.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is gui.window, timeout=5_000)
    qtbot.keyClick(QApplication.focusWidget() or gui.window, Qt.Key.Key_F8)


def test_an_unexpected_battery_code_read_from_text_is_recorded_only_when_the_operator_confirms_with_f8(
    qtbot: QtBot, gui: Gui, yard: Yard, camera: HandCamera
) -> None:
    _open_vehicle_1(qtbot, gui, camera)
    page, panel = gui.window.intake, gui.window.intake.suggestion_panel
    misread = pack_code(7)  # passes the grammar, not among vehicle 1's expected packs

    camera.send(_suggested(misread, 1))
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=10_000)
    # the crop is shown beside the code, and nothing is recorded yet
    assert panel.code.text() == misread
    assert not panel.crop.pixmap().isNull() and panel.crop.pixmap().height() == CROP_HEIGHT
    assert "no check character" in panel.reason.text()
    assert "F8" in panel.confirm_button.text()
    assert page.view.facts.scanned == ()

    _press_f8(qtbot, gui)
    qtbot.waitUntil(lambda: [p.code for p in page.view.facts.scanned] == [misread], timeout=10_000)
    assert not panel.isVisible()
    assert _scan_sources(yard) == {misread: "text_confirmed"}
    assert f"Battery pack {misread} recorded" in page.feedback()

    # F8 with nothing shown does nothing
    _press_f8(qtbot, gui)
    qtbot.wait(200)
    assert [p.code for p in page.view.facts.scanned] == [misread]


def test_a_suggestion_the_operator_dismisses_or_leaves_for_the_next_vehicle_is_never_recorded(
    qtbot: QtBot, gui: Gui, yard: Yard, camera: HandCamera
) -> None:
    _open_vehicle_1(qtbot, gui, camera)
    page, panel = gui.window.intake, gui.window.intake.suggestion_panel

    camera.send(_suggested(pack_code(8), 1))
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=10_000)
    camera.send(_suggested(pack_code(9), 2))  # the camera moved on: the newest replaces it
    qtbot.waitUntil(lambda: panel.code.text() == pack_code(9), timeout=10_000)
    panel.dismiss_button.click()
    assert not panel.isVisible()
    assert f"{pack_code(9)} was not recorded" in page.feedback()

    camera.send(_suggested(pack_code(10), 3))
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=10_000)
    page.new_vehicle()  # F2: the suggestion belonged to the vehicle before
    assert not panel.isVisible()
    _press_f8(qtbot, gui)
    qtbot.wait(300)

    assert _scan_sources(yard) == {}
    with yard.store.read() as session:
        assert session.scalar("SELECT count(*) FROM scanned_packs") == 0


def test_an_expected_battery_code_read_from_text_is_linked_without_a_question(
    qtbot: QtBot, gui: Gui, yard: Yard, camera: HandCamera
) -> None:
    _open_vehicle_1(qtbot, gui, camera)
    page, panel = gui.window.intake, gui.window.intake.suggestion_panel

    camera.send(_suggested(pack_code(1), 1))
    qtbot.waitUntil(lambda: [p.code for p in page.view.facts.scanned] == [pack_code(1)], timeout=10_000)

    assert not panel.isVisible()
    assert _scan_sources(yard) == {pack_code(1): "text"}


def test_a_vin_the_engine_confirmed_from_text_opens_its_intake(
    qtbot: QtBot, gui: Gui, yard: Yard, camera: HandCamera
) -> None:
    sign_in(qtbot, gui, "op")
    assert camera.started.wait(10)
    page = gui.window.intake
    vin = bev(1).vin
    event = CodeConfirmed(classify(vin, strict=True), (), FrameId(4), 4.0, None, source="text", text_line=vin)
    assert adapt_event(event) == ("text_confirmed", (vin,))

    camera.send(event)
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    assert page.view.facts.vehicle.vin == vin
    assert page.beeps == 1


@pytest.mark.parametrize(
    ("language", "words"),
    [(Language.EN, "Move closer"), (Language.ZH_CN, "请靠近一些")],
)
def test_a_located_but_unread_symbol_gets_its_hint_painted_in_the_preview(
    qtbot: QtBot, gui_app: QApplication, switcher: LanguageSwitcher, language: Language, words: str
) -> None:
    switcher.switch(language)
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.resize(640, 360)
    preview = PreviewWidget(owner)
    preview.resize(640, 360)
    camera = HandCamera()
    thread = CameraThread(lambda: camera, owner)

    def shown(image: QImage, overlays: list) -> None:
        preview.show_frame(image, overlays)
        thread.worker.frame_taken()

    thread.worker.frame_ready.connect(shown)
    try:
        thread.start()
        assert camera.started.wait(10)
        camera.send(Guidance(Hint.CLOSER, CORNERS, FrameId(1), 1.0))
        camera.send(PreviewFrame(np.full((720, 1280, 3), 90, np.uint8)))
        qtbot.waitUntil(lambda: preview.hints() == [words], timeout=10_000)
        picture = preview.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        amber = HINT_COLOUR.rgb()
        found = sum(
            picture.pixel(x, y) == amber for x in range(0, picture.width(), 2) for y in range(0, picture.height(), 2)
        )
        assert found > 50  # the hint's box and its words' background are painted, not only listed
    finally:
        thread.stop()
        thread.deleteLater()

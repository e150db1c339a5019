"""The intake station's editing tools on a real yard, keyboard only: a scanner burst opens the vehicle, F3 edits the
vehicle and documents, F4 declares the packs, F6 triages (an abnormal pack needs its quarantine place), F5 takes
the photos from the live frame; camera reads keep their evidence frame as the scan's photo; payloads that are no
code are shown with their text; a scanner typing with a German layout is diagnosed with its fix."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from dismantler_app.domain.identifiers import mask_owner_id
from dismantler_app.domain.policy import Policy
from dismantler_app.domain.records import ExpectedSource, PhotoKind, RiskClass
from dismantler_app.domain.vin import compose_vin
from dismantler_app.gui.app import Gui
from dismantler_app.gui.camera.scan_adapter import folder_camera
from dismantler_app.gui.common.banner import BannerState
from dismantler_app.gui.common.i18n import Language
from dismantler_app.gui.wiring import attach_station
from dismantler_app.services import intakes, packs
from dismantler_app.storage.station_settings import StationSettings
from tests.gui.gui_setup import sign_in, start_gui
from tests.gui.label_frames import write_label_frames
from tests.gui.test_intake_station import _ManualClock, _type
from tests.gui.test_translations import english_leftovers
from tests.services.yard_setup import Yard, bev, open_yard, pack_code, vin

OWNER_ID = "11010519491231002X"  # the GB 11643-1999 example number
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path, policy=Policy(require_mortgage_check=True))
    yield opened
    opened.close()


def _settle(qtbot: QtBot, gui: Gui) -> None:
    """Lets the page's last reads finish: the bridge drops queued tasks on close (a cancelled read is not an error
    worth a dialog, but the bridge delivers it as one)."""
    qtbot.waitUntil(lambda: gui.bridge.in_flight == 0, timeout=10_000)


def _gui(app: QApplication, yard: Yard, tmp_path: Path, **options: object) -> Gui:
    gui = start_gui(app, yard, tmp_path, **options)
    attach_station(gui, StationSettings(station="gate-1"))
    gui.window.show()
    gui.window.activateWindow()
    return gui


def _frame(shade: int) -> QImage:
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor(40 * shade, 90, 200 - 30 * shade))
    return image


def _press(qtbot: QtBot, gui: Gui, key: Qt.Key) -> None:
    """A shortcut key at the intake station: the main window is active again once a dialog has closed."""
    gui.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is gui.window, timeout=20_000)
    qtbot.keyClick(QApplication.focusWidget() or gui.window.intake.ui.manual_entry, key)


def _keys(qtbot: QtBot, widget, text: str) -> None:
    """Typing by hand: the scanner filter only takes fast bursts, so these keys stay in the field. Chinese
    characters arrive as an input method commits them: a key event carrying the text (QTest cannot type them)."""
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_an_intake_is_completed_with_the_keyboard_alone(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path
) -> None:
    folder = write_label_frames(tmp_path / "camera", ["NOT-A-CODE-1234"], repeats=3)
    gui = _gui(gui_app, yard, tmp_path, camera=folder_camera(folder, fps=20, loop=True))
    clock = _ManualClock()
    gui.scanner._now_ms = clock
    try:
        sign_in(qtbot, gui, "sup")
        page = gui.window.intake
        # The camera sees a symbol that is no code: the operator is told what it held.
        qtbot.waitUntil(lambda: "NOT-A-CODE-1234" in page.feedback(), timeout=20_000)
        page.stop_camera()
        assert page.latest_frame is not None  # the last live frame stays for the photos
        # A scanner burst opens the vehicle.
        page.ui.manual_entry.setFocus()
        _type(qtbot, page.ui.manual_entry, vin(5), clock, gap_ms=5)
        qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
        assert page.ui.banner.state is BannerState.BLOCKED

        # F3: the vehicle, owner and documents, typed and ticked from the keyboard.
        _press(qtbot, gui, Qt.Key.Key_F3)
        dialog = page.editing.dialog
        assert dialog is not None and dialog.isVisible()
        ui = dialog.ui
        ui.plate.setFocus()
        _keys(qtbot, ui.plate, "沪AD12345")
        assert "new-energy" in ui.plate_status.text()
        ui.owner_name.setFocus()
        _keys(qtbot, ui.owner_name, "张三")
        ui.owner_id.setFocus()
        _keys(qtbot, ui.owner_id, OWNER_ID)
        assert mask_owner_id(OWNER_ID) in ui.owner_id_status.text() and OWNER_ID not in ui.owner_id_status.text()
        for box in (ui.doc_owner_id, ui.doc_registration_certificate, ui.doc_driving_licence):
            box.setFocus()
            qtbot.keyClick(box, Qt.Key.Key_Space)
        for combo in (ui.mortgage_check, ui.theft_check, ui.identifier_check):
            combo.setFocus()
            qtbot.keyClick(combo, Qt.Key.Key_Down)  # not done → clear
        # A vehicle opened from its VIN has no powertrain until the operator chooses one (never a default).
        assert ui.powertrain.currentData() == "unknown"
        ui.powertrain.setFocus()
        for _ in range(ui.powertrain.findData("bev")):
            qtbot.keyClick(ui.powertrain, Qt.Key.Key_Down)
        assert ui.powertrain.currentData() == "bev"
        ui.weighed_mass.setFocus()
        ui.weighed_mass.selectAll()
        _keys(qtbot, ui.weighed_mass, "1650")
        qtbot.keyClick(ui.weighed_mass, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.view.record.owner.name == "张三", timeout=10_000)
        assert page.view.record.vehicle.plate == "沪AD12345"
        assert page.view.record.vehicle.weighed_mass_kg == 1650
        assert page.view.record.owner.id_number == OWNER_ID
        assert page.ui.owner_value.text() == f"张三 · {mask_owner_id(OWNER_ID)}"

        # F4: head office has nothing for this VIN, so the documents' two packs are declared by count.
        _press(qtbot, gui, Qt.Key.Key_F4)
        declare = page.editing.dialog
        declare.ui.count.setFocus()
        qtbot.keyClick(declare.ui.count, Qt.Key.Key_Up)
        qtbot.keyClick(declare.ui.count, Qt.Key.Key_Up)
        qtbot.keyClick(declare.ui.count, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.view.facts.expected is not None, timeout=10_000)
        assert page.view.facts.expected.source is ExpectedSource.DECLARED
        assert page.view.facts.expected.count == 2

        # Two packs by scanner, then F6 triage: an abnormal pack cannot be saved without its quarantine place.
        for serial in (1, 2):
            _type(qtbot, page.ui.manual_entry, pack_code(serial), clock, gap_ms=5)
            qtbot.waitUntil(lambda n=serial: len(page.view.facts.scanned) == n, timeout=10_000)
        # F6 then Enter saves nothing: every sign, the readings and the risk class must be answered first.
        _press(qtbot, gui, Qt.Key.Key_F6)
        triage = page.editing.dialog
        qtbot.keyClick(triage.ui.pack, Qt.Key.Key_Return)
        assert (
            triage.isVisible() and "visible damage" in triage.ui.hint.text() and "risk class" in triage.ui.hint.text()
        )
        triage.reject()
        qtbot.wait(50)
        assert page.view.facts.triage == {}
        for serial, risky in ((1, False), (2, True)):
            _press(qtbot, gui, Qt.Key.Key_F6)
            triage = page.editing.dialog
            assert triage.pack_code() == pack_code(serial)  # the next pack without triage comes first
            save = triage.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
            for sign in (triage.ui.sign_visible_damage, triage.ui.sign_leak, triage.ui.sign_swelling):
                sign.setFocus()
                qtbot.keyClick(sign, Qt.Key.Key_Down)  # "No"
            for box, value in ((triage.ui.temperature, "24"), (triage.ui.voltage, "351"), (triage.ui.insulation, "55")):
                box.setFocus()
                box.selectAll()
                _keys(qtbot, box, value)
            assert not save.isEnabled() and "risk class" in triage.ui.hint.text()  # never a default
            triage.ui.risk_class.setFocus()
            qtbot.keyClick(triage.ui.risk_class, Qt.Key.Key_Down)  # normal
            if risky:
                qtbot.keyClick(triage.ui.sign_swelling, Qt.Key.Key_Down)  # "Yes"
                qtbot.keyClick(triage.ui.risk_class, Qt.Key.Key_Down)  # elevated
                assert not save.isEnabled() and triage.ui.hint.text()
                triage.ui.quarantine.setFocus()
                _keys(qtbot, triage.ui.quarantine, "Q-03")
            assert save.isEnabled()
            qtbot.keyClick(triage.ui.pack, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda n=serial: len(page.view.facts.triage) == n, timeout=10_000)
        risky_triage = page.view.facts.triage[pack_code(2)]
        assert risky_triage.risk_class is RiskClass.ELEVATED and risky_triage.quarantine_location == "Q-03"
        assert page.ui.photos.damage_required  # a swollen pack: a damage photo is now required

        # F5 four times: exterior, VIN, battery label, damage, each from the live frame; the choice moves on.
        for expected_count in range(1, 5):
            page.station_camera.latest_frame = _frame(expected_count)  # the camera moved on: another picture
            _press(qtbot, gui, Qt.Key.Key_F5)
            qtbot.waitUntil(lambda n=expected_count: page.ui.photos.ui.thumbnails.count() == n, timeout=10_000)
        # F5 again on the same picture: not a fifth photo, and the operator is told why.
        _press(qtbot, gui, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: "already attached" in page.feedback(), timeout=10_000)
        assert page.ui.photos.ui.thumbnails.count() == 4
        assert page.ui.photos.missing() == []
        assert set(page.ui.photos.taken) == {
            PhotoKind.EXTERIOR,
            PhotoKind.VIN,
            PhotoKind.BATTERY_LABEL,
            PhotoKind.DAMAGE,
        }
        with yard.store.read() as session:
            kinds = {r["kind"] for r in session.all("SELECT kind FROM intake_photos")}
        assert kinds == {"exterior", "vin", "battery_label", "damage"}

        # Still blocked only by the supervisor's confirmation of the declaration; the banner says so.
        assert page.ui.banner.state is BannerState.BLOCKED
        packs.confirm_declared_packs(yard.ctx, yard.supervisor, yard.clock, page.view.intake_id)
        page.accept_text(vin(5))  # the VIN scanned again refreshes the view
        qtbot.waitUntil(lambda: page.ui.banner.state is BannerState.ELIGIBLE, timeout=10_000)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        gui.window.grab().save(str(SCREENSHOTS / "intake_tools_en.png"))
        gui.window.switch_language(Language.ZH_CN)
        assert english_leftovers(page, data=(vin(5), pack_code(1), pack_code(2), "Q-03", "NOT", "CODE")) == []
        gui.window.grab().save(str(SCREENSHOTS / "intake_tools_zh_CN.png"))
    finally:
        gui.languages.switch(Language.EN)
        _settle(qtbot, gui)
        gui.close()


def test_a_camera_read_keeps_its_evidence_frame_as_the_scans_photo(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path
) -> None:
    intake_id = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(9))
    packs.load_registered_packs(yard.ctx, yard.supervisor, yard.clock, intake_id, codes=[pack_code(1)])
    folder = write_label_frames(tmp_path / "camera", [vin(9), pack_code(1)], repeats=4)
    gui = _gui(gui_app, yard, tmp_path, camera=folder_camera(folder, fps=20, loop=False))
    try:
        sign_in(qtbot, gui, "op")
        page = gui.window.intake
        qtbot.waitUntil(lambda: page.view is not None and len(page.view.facts.scanned) == 1, timeout=30_000)
        qtbot.waitUntil(lambda: page.ui.photos.taken.get(PhotoKind.BATTERY_LABEL), timeout=10_000)
        with yard.store.read() as session:  # kept once the scan was taken on this intake, for its pack
            rows = session.all(
                "SELECT sha256, pack_code FROM intake_photos WHERE intake_id = ? AND kind = 'battery_label'",
                [intake_id],
            )
        assert [r["pack_code"] for r in rows] == [pack_code(1)]
        assert yard.ctx.photos.read(rows[0]["sha256"]).startswith(b"\xff\xd8\xff")  # the JPEG is on disk
        assert page.ui.photos.taken.get(PhotoKind.VIN)  # the frame that opened the intake, as the VIN photo
    finally:
        _settle(qtbot, gui)
        gui.close()


def test_a_scanner_typing_with_a_german_layout_is_diagnosed_with_its_fix(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path
) -> None:
    gui = _gui(gui_app, yard, tmp_path)
    clock = _ManualClock()
    gui.scanner._now_ms = clock
    try:
        sign_in(qtbot, gui, "op")
        page = gui.window.intake
        code = compose_vin("LZWAB2BR00000004")  # a Z the German layout turns into Y
        swapped = code.translate(str.maketrans("YZyz", "ZYzy"))
        page.ui.manual_entry.setFocus()
        _type(qtbot, page.ui.manual_entry, swapped, clock, gap_ms=5)
        qtbot.waitUntil(lambda: page.ui.scanner_warning.isVisible(), timeout=10_000)
        warning = page.ui.scanner_warning.text()
        assert "QWERTZ" in warning and code in warning and "keyboard country" in warning
        qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
        assert page.view.facts.vehicle.vin == code  # the repaired VIN was used
        # A clean burst clears the warning.
        _type(qtbot, page.ui.manual_entry, pack_code(1), clock, gap_ms=5)
        qtbot.waitUntil(lambda: not page.ui.scanner_warning.isVisible(), timeout=10_000)
    finally:
        _settle(qtbot, gui)
        gui.close()

"""The careless yard day itself, played through the real widgets at 1366x768 in Chinese and in English: labels of
other vehicles left in the camera's view while switching intakes, a mistyped VIN, a typed pack of another vehicle
(refused, then confirmed with a reason), a new vehicle whose powertrain nobody chose (submit refused), F6 then Enter
on the triage, F5 twice on the same picture, Approve on a blocked intake, a scan on the lock screen, a mistaken pack
unlinked before and after submission.

At the end the database holds exactly the facts that were true, record by record, the audit chain verifies, and
every refusal was shown in words (no internal code). Screenshots of the day are kept under build/artefacts/.

Run by ``test_careless_day.py`` in a child process on a real X server (Xvfb, xcb); its file name keeps pytest from
collecting it on its own (offscreen) as well."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from dismantler_app.domain.policy import Policy
from dismantler_app.domain.records import IntakeStatus, RiskClass
from dismantler_app.gui.app import Gui
from dismantler_app.gui.common.confirm import answer_yes
from dismantler_app.gui.common.i18n import Language
from dismantler_app.services import intakes, packs
from dismantler_app.storage.audit_check import verify_audit_chain
from dismantler_app.storage.outbox import list_events
from tests.gui.gui_setup import PASSWORD, sign_in, start_gui
from tests.services.yard_setup import Yard, bev, complete_documents, open_yard, pack_code

ARTEFACTS = Path(__file__).resolve().parents[2] / "build" / "artefacts" / "careless_day"
INTERNAL_CODE = re.compile(r"\b[a-z]+_[a-z_]+\b")  # document_ref, last_admin, too_short, read_before_intake…

A, B = bev(1), bev(2)  # A is the vehicle worked today; B's intake is in work and holds its own pack
C, D = bev(3), bev(4)  # C's intake is in work, expecting C_PACK; D arrives today, its VIN typed
A_PACK, B_PACK, STRAY, SHELF = pack_code(11), pack_code(21), pack_code(99), pack_code(12)
C_PACK = pack_code(31)  # registered to C by head office, but really in D (swapped in a repair)
SWAP_REASON = "label on the pack in D checked; swapped in repair"


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path, policy=Policy(required_photos=frozenset()))
    ctx, op, sup, clock = opened.ctx, opened.operator, opened.supervisor, opened.clock
    a = intakes.create_intake(ctx, op, clock, vehicle=A, documents=complete_documents())
    packs.load_registered_packs(ctx, sup, clock, a, codes=[A_PACK])
    b = intakes.create_intake(ctx, op, clock, vehicle=B, documents=complete_documents())
    packs.load_registered_packs(ctx, sup, clock, b, codes=[B_PACK])
    packs.record_scan(ctx, op, clock, b, payload=B_PACK)
    c = intakes.create_intake(ctx, op, clock, vehicle=C, documents=complete_documents())
    packs.load_registered_packs(ctx, sup, clock, c, codes=[C_PACK])
    yield opened
    opened.close()


class _ManualClock:
    def __init__(self) -> None:
        self.ms = 0.0

    def __call__(self) -> float:
        return self.ms


def _shot(gui: Gui, name: str, language: Language) -> None:
    """What the screen shows (the X server's picture under xcb; the window's own rendering offscreen)."""
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    on_x = QApplication.platformName() == "xcb"
    image = QApplication.primaryScreen().grabWindow(0) if on_x else gui.window.grab()
    image.save(str(ARTEFACTS / f"{name}_{language.value}.png"))


def _answer(qtbot: QtBot, asker: object, reason: str = "") -> None:
    qtbot.waitUntil(lambda: getattr(asker, "confirmation", None) is not None, timeout=5_000)
    answer_yes(asker.confirmation, reason)  # type: ignore[attr-defined]


def _triage(qtbot: QtBot, page, code: str) -> None:
    """The triage answered for real: every sign No, the readings taken, the risk class chosen."""
    page.editing.triage()
    dialog = page.editing.dialog
    dialog.ui.pack.setCurrentIndex(dialog.ui.pack.findData(code))
    for sign in (dialog.ui.sign_visible_damage, dialog.ui.sign_leak, dialog.ui.sign_swelling):
        sign.setCurrentIndex(sign.findData(False))
    dialog.ui.temperature.setValue(22)
    dialog.ui.voltage.setValue(352)
    dialog.ui.insulation.setValue(48)
    dialog.ui.risk_class.setCurrentIndex(dialog.ui.risk_class.findData(RiskClass.NORMAL.value))
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: code in page.view.facts.triage, timeout=10_000)


def _said(page: object) -> list[str]:
    return [m.words() for m in page.ui.feedback.messages]  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", [Language.ZH_CN, Language.EN])
def test_a_careless_yard_day_records_only_what_was_true(
    qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path, language: Language
) -> None:
    print(f"careless day screenshots: {ARTEFACTS}")
    gui = start_gui(gui_app, yard, tmp_path)
    clock = _ManualClock()
    gui.scanner._now_ms = clock
    refusals: list[str] = []
    try:
        window, page = gui.window, gui.window.intake
        window.resize(1366, 768)
        window.show()
        window.switch_language(language)
        sign_in(qtbot, gui, "op")

        # A mistyped VIN (wrong check digit, a Chinese yard): refused at entry, no intake made.
        typo = A.vin[:8] + ("0" if A.vin[8] != "0" else "1") + A.vin[9:]
        page.accept_text(typo)
        qtbot.waitUntil(lambda: page.codes.opening is None and typo in page.feedback(), timeout=10_000)
        assert page.view is None
        _shot(gui, "1_mistyped_vin", language)

        # A: typed; the label of B's pack left in the camera's view is read: shown where it belongs, not linked.
        page.accept_text(A.vin)
        qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
        page.accept_text(B_PACK, source="camera")
        qtbot.waitUntil(lambda: B.vin in page.feedback(), timeout=10_000)
        # F2, and B's VIN plate still in view is read at once: not taken.
        page.new_vehicle()
        page.accept_text(B.vin, source="camera")
        assert page.view is None and B.vin in page.feedback()
        page.accept_text(A.vin)
        qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
        page.accept_text(A_PACK)
        page.accept_text(STRAY)  # typed by mistake from the shelf list, while the first is still being written
        qtbot.waitUntil(lambda: len(page.view.facts.scanned) == 2, timeout=10_000)
        _shot(gui, "2_stray_pack", language)
        # The mistaken pack comes off before submission, with a reason.
        row = next(i for i, r in enumerate(page.ui.packs.rows) if r.scanned == STRAY)
        page.ui.packs.setCurrentCell(row, 1)
        page.editing.unlink_selected_pack()
        _answer(qtbot, page, "typed from the shelf list")
        qtbot.waitUntil(lambda: [p.code for p in page.view.facts.scanned] == [A_PACK], timeout=10_000)

        # F6 then Enter: nothing is saved; then the triage is answered for real.
        page.editing.triage()
        dialog = page.editing.dialog
        qtbot.keyClick(dialog.ui.pack, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.ui.hint.text()
        _shot_dialog = dialog.grab()
        ARTEFACTS.mkdir(parents=True, exist_ok=True)
        _shot_dialog.save(str(ARTEFACTS / f"3_triage_enter_{language.value}.png"))
        dialog.reject()
        _triage(qtbot, page, A_PACK)

        # F5 twice on the same picture: one photo.
        frame = QImage(320, 240, QImage.Format.Format_RGB32)
        frame.fill(QColor("#3a6ea5"))
        page.station_camera.latest_frame = frame
        page.editing.capture_photo(page.ui.photos.kind())
        qtbot.waitUntil(lambda: page.ui.photos.ui.thumbnails.count() == 1, timeout=10_000)
        page.editing.capture_photo(page.ui.photos.kind())
        qtbot.waitUntil(lambda: gui.bridge.in_flight == 0, timeout=10_000)
        qtbot.wait(50)
        assert page.ui.photos.ui.thumbnails.count() == 1

        # Locked by hand; a pack scanned on the lock screen is held, not typed as a password.
        window.lock_by_user()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
        password = window.sign_in.ui.password
        password.setFocus()
        for char in SHELF:
            clock.ms += 5
            qtbot.keyClick(password, char)
        clock.ms += 5
        qtbot.keyClick(password, Qt.Key.Key_Return)
        assert password.text() == "" and window.sign_in.ui.message.text() == ""
        _shot(gui, "4_locked_scan_held", language)
        password.setText(PASSWORD)
        window.sign_in.ui.sign_in_button.click()
        qtbot.waitUntil(lambda: window.user is not None, timeout=10_000)
        qtbot.waitUntil(lambda: SHELF in [p.code for p in page.view.facts.scanned], timeout=10_000)
        _triage(qtbot, page, SHELF)  # the careless operator triages it too
        refusals += _said(page)
        # Submitted with the shelf pack on it (the supervisor resolves unexpected packs).
        page.submit()
        qtbot.waitUntil(lambda: page.view.record.status is IntakeStatus.SUBMITTED, timeout=10_000)
        a_id = page.view.intake_id
        refusals += _said(page)

        # D, a vehicle new to the yard: its VIN typed; its pack's label is registered to C. Typed, it is refused
        # and shown where it belongs; the operator, who checked the label on the pack, confirms it with a reason.
        page.new_vehicle()
        page.accept_text(D.vin)
        qtbot.waitUntil(lambda: page.view is not None and page.view.facts.vehicle.vin == D.vin, timeout=10_000)
        page.ui.manual_entry.setText(C_PACK)
        page.ui.manual_entry.returnPressed.emit()
        qtbot.waitUntil(lambda: getattr(page, "confirmation", None) is not None, timeout=10_000)
        assert page.view.facts.scanned == ()  # refused: nothing linked before the confirmation
        question = page.confirmation.labelText()
        assert C.vin in question and D.vin in question
        refusals += [page.feedback(), question]
        _shot(gui, "7_typed_pack_of_another_vehicle", language)
        _answer(qtbot, page, SWAP_REASON)
        qtbot.waitUntil(lambda: [p.code for p in page.view.facts.scanned] == [C_PACK], timeout=10_000)
        # Nobody chose D's powertrain: the banner says so, and Submit is refused by the service, in words.
        assert not page.ui.submit_button.isEnabled()
        banner = page.ui.banner.reason_lines()
        powertrain_line = "powertrain has not been chosen" if language is Language.EN else "尚未选择动力类型"
        assert any(powertrain_line in line for line in banner), banner
        page.submit()  # reached anyway (a stale screen): the service refuses
        qtbot.waitUntil(lambda: powertrain_line in page.feedback(), timeout=10_000)
        refusals.append(page.feedback())
        _shot(gui, "8_powertrain_not_chosen", language)
        assert page.view.record.status is IntakeStatus.OPEN

        # The supervisor: Approve on the blocked intake is refused in words; the pack comes off, then approve, issue.
        window.sign_out()
        sign_in(qtbot, gui, "sup")
        window.show_page("supervisor")
        desk = next(p.widget for p in window.pages if p.key == "supervisor")
        with qtbot.waitSignal(desk.view_shown, timeout=10_000):
            desk.select_intake(a_id)
        assert not desk.ui.approve_button.isEnabled()
        desk.approve()  # reached anyway (a keyboard shortcut, a stale screen): the service refuses
        qtbot.waitUntil(lambda: desk.feedback() != "", timeout=10_000)
        refusals.append(desk.feedback())
        _shot(gui, "5_approve_blocked", language)
        row = next(i for i, r in enumerate(desk.ui.packs.rows) if r.scanned == SHELF)
        desk.ui.packs.setCurrentCell(row, 1)
        desk.unlink_selected_pack()
        _answer(qtbot, desk, "not in this vehicle: from the shelf")
        qtbot.waitUntil(lambda: [p.code for p in desk.view.facts.scanned] == [A_PACK], timeout=10_000)
        qtbot.waitUntil(lambda: desk.ui.approve_button.isEnabled(), timeout=10_000)
        desk.ui.approve_button.click()
        qtbot.waitUntil(lambda: desk.view.record.status is IntakeStatus.APPROVED, timeout=10_000)
        desk.ui.issue_button.click()
        _answer(qtbot, desk)
        qtbot.waitUntil(lambda: desk.view.certificate is not None, timeout=10_000)
        _shot(gui, "6_certified", language)
        qtbot.waitUntil(lambda: gui.bridge.in_flight == 0, timeout=10_000)
    finally:
        qtbot.waitUntil(lambda: gui.bridge.in_flight == 0, timeout=10_000)
        gui.languages.switch(Language.EN)
        gui.close()

    # --- the records, one by one ---------------------------------------------------------------------------------
    ctx, sup = yard.ctx, yard.supervisor
    with yard.store.read() as session:
        rows = {r["vin"]: r for r in session.all("SELECT id, vin, status, powertrain_unknown FROM intakes")}
        assert {vin: (r["status"], r["powertrain_unknown"]) for vin, r in rows.items()} == {
            A.vin: ("certified", 0),
            B.vin: ("open", 0),
            C.vin: ("open", 0),
            D.vin: ("open", 1),  # nobody chose D's powertrain, and none was assumed
        }  # no intake for the typo
        a_id, c_id, d_id = rows[A.vin]["id"], rows[C.vin]["id"], rows[D.vin]["id"]
        scanned = {r["vin"]: r["codes"] for r in session.all(
            "SELECT i.vin AS vin, group_concat(s.code) AS codes FROM scanned_packs s "
            "JOIN intakes i ON i.id = s.intake_id GROUP BY i.vin")}  # fmt: skip
        assert scanned == {A.vin: A_PACK, B.vin: B_PACK, D.vin: C_PACK}  # B's label never reached A
        expected = session.all("SELECT intake_id, code FROM expected_pack_codes WHERE code = ?", [C_PACK])
        assert expected == [{"intake_id": c_id, "code": C_PACK}]  # C still expects it: head office's word stands
        (d_scan,) = [
            e.payload
            for e in list_events(session, limit=100_000)
            if e.type == "pack.scanned" and e.payload["intake_id"] == d_id
        ]
        assert (d_scan["code"], d_scan["deliberate"], d_scan["reason"]) == (C_PACK, True, SWAP_REASON)
        withdrawn = session.all("SELECT code, reason FROM withdrawn_scans WHERE intake_id = ? ORDER BY code", [a_id])
        assert [(w["code"], w["reason"]) for w in withdrawn] == sorted(
            [(STRAY, "typed from the shelf list"), (SHELF, "not in this vehicle: from the shelf")]
        )
        photos = session.all("SELECT kind FROM intake_photos WHERE intake_id = ?", [a_id])
        assert [p["kind"] for p in photos] == ["exterior"]  # F5 twice: one photo
        certificates = session.all("SELECT state FROM certificates WHERE intake_id = ?", [a_id])
        assert [c["state"] for c in certificates] == ["issued"]
    triage = intakes.intake_facts(ctx, sup, a_id).triage[A_PACK]
    assert triage.risk_class is RiskClass.NORMAL and triage.temperature_c == 22 and len(triage.checked) == 3
    assert verify_audit_chain(yard.store).ok

    # --- every refusal in words ---------------------------------------------------------------------------------
    assert refusals and all(text for text in refusals)
    assert not [text for text in refusals if INTERNAL_CODE.search(text)], refusals
    if language is Language.EN:
        joined = "\n".join(refusals)
        assert "fails its check digit" in joined  # the mistyped VIN
        assert "not linked here" in joined  # B's label
        assert "before New vehicle (F2)" in joined  # B's plate right after F2
        assert "cannot be approved yet" in joined  # Approve on the blocked intake
        assert "registered by head office to VIN" in joined or "belongs to the intake of VIN" in joined  # C's pack
        assert "powertrain has not been chosen" in joined  # D's submit
    else:
        assert all(re.search(r"[\u4e00-\u9fff]", text) for text in refusals)

"""Demo mode on a real demo yard: the accounts on the sign-in card in both languages, the virtual camera reading
the bundled VIN video and pack label into the intake whose pack was missing, the whole flow of ``dismantler --demo``
through the real widgets (scan, block, resolve, certify, save the PDF, export a USB bundle), and the demo's
temporary folder removed however the app ends (an exception, SIGTERM, Ctrl+C)."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from dismantler_app.certificates.extract import StatementSource, find_statements
from dismantler_app.certificates.signing import verify_qr_text
from dismantler_app.composition import AppContext, DemoSession, demo_session, open_app_context
from dismantler_app.domain.clock import FixedClock
from dismantler_app.domain.eligibility import BlockCode
from dismantler_app.domain.records import IntakeStatus
from dismantler_app.gui.app import Gui, build_gui
from dismantler_app.gui.common.banner import BannerState
from dismantler_app.gui.common.i18n import Language
from dismantler_app.gui.common.ports import GuiOptions
from dismantler_app.gui.demo_mode import demo_camera, show_demo_accounts
from dismantler_app.resources import asset
from dismantler_app.services import demo
from dismantler_app.services.yard_keys import load_or_create_yard_keys
from dismantler_app.sync.bundle import read_bundle
from dismantler_app.sync.events import EventType
from tests.certificates.pdf_inspect import pdf_text
from tests.gui.gui_setup import YardContext, confirm
from tests.services.yard_setup import TEST_HASHER

SCREENSHOTS = Path(__file__).resolve().parents[2] / "tmp" / "screenshots"


@pytest.fixture
def demo_app(tmp_path: Path) -> Iterator[tuple[AppContext, YardContext]]:
    clock = FixedClock()
    app = open_app_context(tmp_path / "yard", clock=clock)
    ctx = dataclasses.replace(app.services, password_hasher=TEST_HASHER, station="demo")
    demo.seed_demo_yard(ctx, clock)
    yield app, YardContext(ctx, clock)
    app.close()


def _gui(qapp: QApplication, context: YardContext, tmp_path: Path) -> Gui:
    options = GuiOptions(station="demo", language="en", log_dir=tmp_path / "logs", camera=demo_camera(asset("demo")))
    gui = build_gui(qapp, context, options)  # type: ignore[arg-type]
    show_demo_accounts(gui.window.sign_in, demo.DEMO_ACCOUNTS)
    gui.window.resize(1366, 768)
    gui.window.show()
    return gui


def _sign_in(qtbot: QtBot, gui: Gui, account: demo.DemoAccount) -> None:
    page = gui.window.sign_in
    page.ui.username.setText(account.username)
    page.ui.password.setText(account.password)
    page.ui.sign_in_button.click()
    qtbot.waitUntil(lambda: gui.window.user is not None, timeout=10_000)


def test_the_sign_in_card_lists_every_demo_account_in_both_languages(
    qtbot: QtBot, gui_app: QApplication, demo_app, tmp_path: Path
) -> None:
    gui = _gui(gui_app, demo_app[1], tmp_path)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    try:
        for language in (Language.EN, Language.ZH_CN):
            gui.window.switch_language(language)
            text = gui.window.sign_in.findChildren(type(gui.window.sign_in.ui.message), "demo_accounts")[0].text()
            for account in demo.DEMO_ACCOUNTS:
                assert f"{account.username} / {account.password}" in text
            assert ("Demo yard" in text) is (language is Language.EN)
            assert gui.window.grab().save(str(SCREENSHOTS / f"demo_sign_in_{language.value}.png"))
    finally:
        gui.window.switch_language(Language.EN)
        gui.close()


def test_the_demo_camera_scans_the_vin_then_the_missing_pack_into_its_intake(
    qtbot: QtBot, gui_app: QApplication, demo_app, tmp_path: Path
) -> None:
    gui = _gui(gui_app, demo_app[1], tmp_path)
    operator = next(a for a in demo.DEMO_ACCOUNTS if a.username == "operator")
    try:
        _sign_in(qtbot, gui, operator)
        page = gui.window.intake
        qtbot.waitUntil(lambda: page.view is not None, timeout=20_000)
        assert page.view.facts.vehicle.vin == demo.CAMERA_VIN
        qtbot.waitUntil(lambda: demo.CAMERA_PACK in {p.code for p in page.view.facts.scanned}, timeout=20_000)
        blocks = page.view.eligibility.codes()
        assert BlockCode.PACK_MISSING not in blocks
        assert BlockCode.TRIAGE_MISSING in blocks  # the new pack still needs its safety triage
        assert gui.window.grab().save(str(SCREENSHOTS / "demo_intake_en.png"))
    finally:
        gui.close()


# --- the whole flow of ``dismantler --demo`` ------------------------------------------------------------------------
def _demo_gui(qapp: QApplication, session: DemoSession) -> Gui:
    """The window as ``run_demo_app`` builds it (its ``on_started`` less the process-wide signal handlers)."""
    gui = build_gui(qapp, session.context, session.options)  # type: ignore[arg-type]
    show_demo_accounts(gui.window.sign_in, demo.DEMO_ACCOUNTS)
    gui.window.resize(1366, 768)
    gui.window.show()
    return gui


def _type_sign_in(qtbot: QtBot, gui: Gui, username: str) -> None:
    page = gui.window.sign_in
    page.ui.username.clear()
    qtbot.keyClicks(page.ui.username, username)
    qtbot.keyClicks(page.ui.password, demo.DEMO_PASSWORD)
    qtbot.keyClick(page.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gui.window.user is not None and gui.window.user.username == username, timeout=15_000)


def _click_row(qtbot: QtBot, table, vin: str) -> None:
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == vin)
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _save_through_dialog(qtbot: QtBot, preview, target: Path) -> None:
    """Presses Save and answers the app's own save dialog (Qt's widget dialog offscreen) with ``target``."""
    preview.ui.save_button.click()
    qtbot.waitUntil(lambda: bool(preview.findChildren(QFileDialog)), timeout=20_000)
    dialog = preview.findChildren(QFileDialog)[-1]
    dialog.selectFile(str(target))
    with qtbot.waitSignal(preview.saved, timeout=30_000):
        dialog.accept()


def test_the_demo_runs_scan_block_resolve_certify_save_and_export_without_hardware(
    qtbot: QtBot, gui_app: QApplication, tmp_path: Path
) -> None:
    with demo_session(language="en") as session:
        gui = _demo_gui(gui_app, session)
        try:
            _operator_scans_the_missing_pack(qtbot, gui)
            number = _supervisor_resolves_and_certifies(qtbot, gui, tmp_path)
            _bundle_is_exported(qtbot, gui, session, tmp_path, number)
        finally:
            qtbot.waitUntil(lambda: gui.bridge.in_flight == 0, timeout=15_000)
            gui.close()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not session.folder.exists()


def _operator_scans_the_missing_pack(qtbot: QtBot, gui: Gui) -> None:
    _type_sign_in(qtbot, gui, "operator")
    page = gui.window.intake
    assert page.camera is not None  # signing in at the intake station starts the (virtual) camera
    qtbot.waitUntil(lambda: page.view is not None and page.view.facts.vehicle.vin == demo.CAMERA_VIN, timeout=30_000)
    # The camera reaches the pack's label seconds after the VIN (the video plays 3.5 s in real time; 2.6 s measured
    # between the two views): meanwhile the banner is red for that pack, by its code, and nothing can be issued.
    assert demo.CAMERA_PACK not in {p.code for p in page.view.facts.scanned}
    assert page.ui.banner.state is BannerState.BLOCKED
    assert any(demo.CAMERA_PACK in line and "missing" in line for line in page.ui.banner.reason_lines())
    assert not page.ui.issue_button.isEnabled()
    qtbot.waitUntil(lambda: demo.CAMERA_PACK in {p.code for p in page.view.facts.scanned}, timeout=30_000)
    assert page.ui.banner.state is BannerState.BLOCKED  # scanned, but its safety triage is still to do
    assert not any(demo.CAMERA_PACK in line and "missing" in line for line in page.ui.banner.reason_lines())
    assert BlockCode.TRIAGE_MISSING in page.view.eligibility.codes()
    assert not page.ui.issue_button.isEnabled()
    assert "supervisor" in page.ui.issue_button.toolTip()
    assert gui.window.grab().save(str(SCREENSHOTS / "demo_flow_intake_en.png"))


def _supervisor_resolves_and_certifies(qtbot: QtBot, gui: Gui, tmp_path: Path) -> str:
    gui.window.ui.lock_button.click()
    assert gui.window.user is None and gui.window.intake.camera is None
    _type_sign_in(qtbot, gui, "supervisor")
    gui.window.show_page("supervisor")
    desk = next(p.widget for p in gui.window.pages if p.key == "supervisor")
    mismatched = demo.demo_vin(3)
    qtbot.waitUntil(lambda: any(i.vin == mismatched for i in desk.items), timeout=15_000)
    with qtbot.waitSignal(desk.view_shown, timeout=15_000):
        _click_row(qtbot, desk.ui.queue, mismatched)
    assert desk.view.record.vehicle.vin == mismatched
    assert desk.ui.banner.state is BannerState.BLOCKED
    assert BlockCode.PACK_MISMATCH in desk.view.eligibility.codes()
    assert not desk.ui.issue_button.isEnabled()

    qtbot.keyClicks(desk.ui.document_ref, "4S-REPAIR-2024-0815")
    desk.ui.resolve_button.click()
    qtbot.waitUntil(lambda: desk.ui.banner.state is BannerState.ELIGIBLE, timeout=15_000)
    assert any("4S-REPAIR-2024-0815" in line for line in desk.ui.banner.reason_lines())
    desk.ui.approve_button.click()
    qtbot.waitUntil(lambda: desk.view.record.status is IntakeStatus.APPROVED, timeout=15_000)
    assert desk.ui.issue_button.isEnabled()
    desk.ui.issue_button.click()
    confirm(qtbot, desk)
    qtbot.waitUntil(lambda: desk.view.certificate is not None, timeout=15_000)
    number = desk.view.certificate.number
    assert number in desk.ui.certificate_value.text()

    with qtbot.waitSignal(desk.preview_opened, timeout=30_000) as opened:
        desk.ui.preview_button.click()
    preview = opened.args[0]
    qtbot.waitUntil(lambda: preview.page_count > 0, timeout=30_000)
    assert gui.window.grab().save(str(SCREENSHOTS / "demo_flow_desk_en.png"))
    pdf = tmp_path / "certificate.pdf"
    _save_through_dialog(qtbot, preview, pdf)
    text = pdf_text(pdf)
    assert number in text and mismatched in text
    keys = load_or_create_yard_keys(gui.window.intake.services.store.path.parent)
    found = find_statements(pdf)
    assert found and found[0].source is StatementSource.QR
    verified = verify_qr_text(found[0].qr_text, keys.private_key.public_key())
    assert verified.valid
    assert (verified.statement.number, verified.statement.vin) == (number, mismatched)
    preview.close()
    return number


def _bundle_is_exported(qtbot: QtBot, gui: Gui, session: DemoSession, tmp_path: Path, number: str) -> None:
    gui.window.ui.sign_out_button.click()
    confirm(qtbot, gui.window)
    _type_sign_in(qtbot, gui, "admin")
    gui.window.show_page("sync")
    sync = gui.window.sync
    qtbot.waitUntil(lambda: sync.status is not None, timeout=15_000)
    assert sync.status.enrolled and sync.status.pending > 0
    stick = tmp_path / "stick"
    stick.mkdir()
    sync.ui.export_button.click()
    qtbot.waitUntil(lambda: bool(sync.findChildren(QFileDialog)), timeout=20_000)
    dialog = sync.findChildren(QFileDialog)[-1]
    dialog.selectFile(str(stick / "yard-bundle.zip"))
    with qtbot.waitSignal(sync.finished, timeout=30_000):
        dialog.accept()
    bundle = stick / "yard-bundle.zip"
    assert bundle.is_file(), sync.feedback()
    assert "written to" in sync.feedback()
    public = load_or_create_yard_keys(session.context.settings.data_dir).private_key.public_key()
    opened = read_bundle(bundle, verify_key_for=lambda _site: public)
    events = [event for batch in opened.batches for event in batch["events"]]
    issued = [e for e in events if e["type"] == EventType.CERTIFICATE_ISSUED.value]
    assert any(number in json.dumps(e, ensure_ascii=False) for e in issued)
    assert sync.status.exported > 0  # the status says the records are on a stick now


def test_the_demo_folder_is_removed_when_the_app_fails_with_an_exception(gui_app: QApplication) -> None:
    with pytest.raises(RuntimeError, match="broke"), demo_session() as session:
        folder = session.folder
        gui = build_gui(gui_app, session.context, session.options)  # type: ignore[arg-type]
        try:
            assert (folder / "yard").is_dir()
            raise RuntimeError("the app broke")
        finally:
            gui.close()
    assert not folder.exists()


@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGINT])
def test_the_demo_folder_is_removed_when_the_demo_is_terminated(tmp_path: Path, ending: signal.Signals) -> None:
    """The real ``dismantler --demo`` process, ended by a signal once its window is up: no folder left behind."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "dismantler_app", "--demo"], env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 30
        log = None
        while time.monotonic() < deadline and process.poll() is None:
            logs = list(tmp_path.glob("dismantler-demo-*/logs/*.log"))
            if logs and "desktop app started" in logs[0].read_text(encoding="utf-8", errors="replace"):
                log = logs[0]
                break
            time.sleep(0.2)
        assert log is not None, process.stderr.read() if process.poll() is not None else "no start within 30 s"
        time.sleep(1.0)  # the event loop is running
        process.send_signal(ending)
        assert process.wait(timeout=20) in (0, 128 + ending)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert not list(tmp_path.glob("dismantler-demo-*"))

"""The sync page against a real head office (uvicorn on loopback, PostgreSQL): an administrator enrols the yard with
a one-time token, the background worker starts and sends, head office's refusal of a pack already on another yard's
vehicle appears in the problems list with its subject, a supervisor marks it handled, the worker stops on request;
and a failure is said by its kind, in Chinese, not as the sync layer's English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.domain.clock import SystemClock
from dismantler_app.gui.app import Gui
from dismantler_app.gui.common.i18n import Language
from dismantler_app.gui.common.keys import yard_key_source
from dismantler_app.gui.sync.background import BackgroundSync
from dismantler_app.gui.sync.page import SyncPage
from dismantler_app.services import intakes, packs
from dismantler_app.services.sync.problems import list_sync_problems
from dismantler_app.services.sync.state import WorkerLock, read_status
from dismantler_app.storage import sync_store
from tests.gui.gui_setup import sign_in, start_gui
from tests.hub.servers import ThreadedHub, enrolment_token, new_hub_database
from tests.hub.tls import make_tls_files
from tests.services.yard_setup import Yard, bev, open_yard, pack_code
from tests.sync.yards import synced_yard

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    (tmp_path / "south").mkdir()
    opened = open_yard(tmp_path / "south")
    yield opened
    opened.close()


@pytest.fixture
def gui(qtbot: QtBot, gui_app: QApplication, yard: Yard, tmp_path: Path) -> Iterator[Gui]:
    started: Gui = start_gui(gui_app, yard, tmp_path)
    background = BackgroundSync(
        services=yard.ctx, clock=yard.clock, keys=yard_key_source(yard.ctx), request_clock=SystemClock()
    )
    started.window.sync.attach_background(background)
    started.window.show()
    yield started
    background.stop()
    started.languages.switch(Language.EN)
    qtbot.waitUntil(lambda: started.bridge.in_flight == 0, timeout=10_000)
    started.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_enrol_sync_in_the_background_and_handle_a_refusal(qtbot: QtBot, gui: Gui, yard: Yard, tmp_path: Path) -> None:
    dsn, _ = new_hub_database()
    hub = ThreadedHub(dsn)
    north = synced_yard(tmp_path / "north", hub_url=hub.url, dsn=dsn, name="North")
    try:
        north.intake(50, pack=7)  # North holds pack 7 on its vehicle 50
        north.sync.push(north.client)
        ours = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(1))
        packs.record_scan(yard.ctx, yard.operator, yard.clock, ours, payload=pack_code(7))

        sign_in(qtbot, gui, "admin")
        gui.window.show_page("sync")
        page: SyncPage = gui.window.sync
        assert page.ui.enrol_box.isVisible() and page.ui.enrol_button.isEnabled()
        page.ui.enrol_url.setText("hub.example")  # no scheme: refused before anything is sent
        page.ui.enrol_button.click()
        assert "https://" in page.feedback()
        page.ui.enrol_url.setText(hub.url)
        page.ui.enrol_token.setText(enrolment_token(dsn, "South"))
        with qtbot.waitSignal(page.background_changed, timeout=20_000):
            page.ui.enrol_button.click()
        assert page.feedback() == "Enrolled at head office as South."
        assert page.background is not None and page.background.running
        assert page.ui.background_button.text() == "Stop background sync"

        # the worker's first round sends everything; head office refuses our link of pack 7
        qtbot.waitUntil(lambda: bool(list_sync_problems(yard.ctx, yard.admin)), timeout=30_000)
        page.refresh()
        qtbot.waitUntil(lambda: page.problems.ui.problems.rowCount() == 1, timeout=10_000)
        row = [page.problems.ui.problems.item(0, c).text() for c in range(4)]
        assert row[1:3] == ["Pack already on a vehicle in another yard", "Pack scanned"]
        assert pack_code(7) in row[3] and "held by" in row[3]
        assert page.problems.ui.said.text().startswith("Head office said:")
        assert not page.ui.enrol_box.isVisible()  # enrolled: the form is gone

        page.problems.ui.handled_button.click()  # no note yet
        assert "Write what was done" in page.problems.ui.feedback.text()
        page.problems.ui.note.setText("called North: their scan was a mistake, they release the pack")
        with qtbot.waitSignal(page.problems.changed, timeout=10_000):
            page.problems.ui.handled_button.click()
        qtbot.waitUntil(lambda: page.problems.ui.problems.rowCount() == 0, timeout=10_000)
        with yard.store.read() as session:
            handled = sync_store.list_problems(session, include_resolved=True)
        assert handled[0]["resolution"].startswith("called North") and handled[0]["resolved_by"] == yard.admin.id

        with qtbot.waitSignal(page.background_changed, timeout=20_000):
            page.ui.background_button.click()
        assert not page.background.running
        assert page.ui.background_button.text() == "Start background sync"
        with WorkerLock(Path(yard.store.path)):  # the stopped worker let go of the database's sync lock
            pass
    finally:
        north.close()
        hub.stop()


def test_a_failed_round_is_said_by_its_kind_in_chinese(qtbot: QtBot, gui: Gui, yard: Yard) -> None:
    # enrolled at a head office that is not there: the worker's rounds fail to connect
    with yard.store.write_transaction() as session:
        sync_store.save_enrolment(session, hub_url="http://127.0.0.1:9", signing_key="", sealing_key="", at="x")
    gui.window.switch_language(Language.ZH_CN)
    sign_in(qtbot, gui, "admin")
    gui.window.show_page("sync")
    page: SyncPage = gui.window.sync
    with qtbot.waitSignal(page.background_changed, timeout=20_000):
        page.start_background()
    qtbot.waitUntil(lambda: _failures(yard) > 0, timeout=20_000)
    page.refresh()
    qtbot.waitUntil(lambda: "无法连接总部" in page.ui.details.text(), timeout=10_000)
    assert "cannot reach" not in page.ui.details.text()
    assert "cannot reach head office" in page.ui.details.toolTip()  # the English message stays behind, for support
    assert page.ui.background_button.text() == "停止后台同步"
    gui.window.resize(1366, 768)
    qtbot.wait(50)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    gui.window.grab().save(str(SCREENSHOTS / "sync_page_zh_CN.png"))


def _failures(yard: Yard) -> int:
    with yard.store.read() as session:
        return int(sync_store.load_link(session).get("failures") or 0)


def test_an_admin_enrols_at_a_head_office_behind_a_private_ca_with_its_ca_file(
    qtbot: QtBot, gui: Gui, yard: Yard, tmp_path: Path
) -> None:
    dsn, _ = new_hub_database()
    (tmp_path / "tls").mkdir()
    ca, cert, key = make_tls_files(tmp_path / "tls")
    hub = ThreadedHub(dsn, tls=(ca, cert, key))
    try:
        sign_in(qtbot, gui, "admin")
        gui.window.show_page("sync")
        page: SyncPage = gui.window.sync
        assert page.ui.enrol_ca.isEnabled() and page.ui.enrol_ca_button.isEnabled()
        page.ui.enrol_url.setText(hub.url)
        page.ui.enrol_token.setText(enrolment_token(dsn, "South"))
        page.set_ca_file(tmp_path / "tls" / "missing.pem")  # a wrong path: refused before anything is sent
        page.ui.enrol_button.click()
        assert "No CA file" in page.feedback() and not page.busy
        page.set_ca_file(ca)
        with qtbot.waitSignal(page.background_changed, timeout=20_000):
            page.ui.enrol_button.click()
        assert page.feedback() == "Enrolled at head office as South."
        with yard.store.read() as session:
            status = read_status(session)
        assert status.hub_url == hub.url and status.hub_ca_path == str(ca.resolve())
        assert page.background is not None and page.background.running  # its client trusts the stored CA
    finally:
        hub.stop()

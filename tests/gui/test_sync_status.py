"""The sync corner of the status bar and the sync page on a real yard that is not enrolled yet: the outbox count is
shown and follows new records; "Sync now" and a USB export say what to do instead of failing silently."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dismantler_app.gui.app import Gui
from dismantler_app.gui.sync.page import SyncPage
from dismantler_app.services import intakes
from dismantler_app.storage import sync_store
from tests.gui.gui_setup import sign_in, start_gui
from tests.services.yard_setup import Yard, bev, open_yard, pack_code, vin


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def gui(gui_app: QApplication, yard: Yard, tmp_path: Path) -> Iterator[Gui]:
    started = start_gui(gui_app, yard, tmp_path)
    started.window.show()
    yield started
    started.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _pending(yard: Yard) -> int:
    with yard.store.read() as session:
        counts = sync_store.outbox_counts(session)
    return counts["pending"] + counts["exported"]


def test_the_status_bar_counts_the_outbox_and_follows_new_records(qtbot: QtBot, gui: Gui, yard: Yard) -> None:
    page: SyncPage = gui.window.sync
    qtbot.waitUntil(lambda: page.status is not None, timeout=10_000)
    assert page.status.pending == _pending(yard) > 0  # the yard's set-up and its users are waiting
    assert f"{_pending(yard)} events waiting for head office" in page.panel.summary_text()
    assert "not enrolled" in page.panel.summary_text()
    assert not page.panel.ui.sync_button.isEnabled()  # nobody signed in
    intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=bev(1))
    page.refresh()
    qtbot.waitUntil(lambda: page.status.pending == _pending(yard), timeout=10_000)
    assert f"{_pending(yard)} events" in page.panel.summary_text()


def test_sync_now_and_export_say_what_to_do_when_the_yard_is_not_enrolled(
    qtbot: QtBot, gui: Gui, yard: Yard, tmp_path: Path
) -> None:
    sign_in(qtbot, gui, "op")
    page: SyncPage = gui.window.sync
    assert page.panel.ui.sync_button.isEnabled()
    with qtbot.waitSignal(page.finished, timeout=10_000):
        page.panel.ui.sync_button.click()
    assert "Sync did not work" in page.feedback() and "enrolled" in page.feedback()
    assert not page.busy and not page.ui.progress.isVisible()
    with qtbot.waitSignal(page.finished, timeout=10_000):
        page.export_to(tmp_path / "no-such-stick" / "bundle.zip")
    assert "stick" in page.feedback()
    assert not (tmp_path / "no-such-stick").exists()
    gui.window.show_page("sync")
    assert "Head office: not enrolled" in page.ui.details.text()


def test_a_scan_recorded_on_the_intake_page_raises_the_count_without_waiting_for_the_timer(
    qtbot: QtBot, gui: Gui, yard: Yard
) -> None:
    page: SyncPage = gui.window.sync
    page._timer.stop()  # only the write may bring the new count
    sign_in(qtbot, gui, "op")
    qtbot.waitUntil(lambda: page.status is not None and page.status.pending == _pending(yard), timeout=10_000)
    before = page.status.pending
    intake = gui.window.intake
    intake.accept_text(vin(7))
    qtbot.waitUntil(lambda: intake.view is not None, timeout=10_000)
    qtbot.waitUntil(lambda: page.status.pending == _pending(yard) > before, timeout=10_000)
    assert f"{_pending(yard)} events waiting for head office" in page.panel.summary_text()
    scanned = page.status.pending
    intake.accept_text(pack_code(7))
    qtbot.waitUntil(lambda: len(intake.view.facts.scanned) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: page.status.pending == _pending(yard) > scanned, timeout=10_000)
    assert f"{_pending(yard)} events waiting for head office" in page.panel.summary_text()

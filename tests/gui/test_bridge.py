"""The bridge runs work off the UI thread and brings outcomes back on it."""

from __future__ import annotations

import threading
import time

import pytest
from pytestqt.qtbot import QtBot

from dismantler_app.gui.common.bridge import TaskBridge


def test_work_runs_off_the_ui_thread_and_its_result_arrives_on_it(qtbot: QtBot) -> None:
    bridge = TaskBridge(on_unexpected=pytest.fail)
    ui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> str:
        seen["work"] = threading.get_ident()
        return "done"

    def done(result: str) -> None:
        seen["done"] = threading.get_ident()
        seen["result"] = result  # type: ignore[assignment]

    with qtbot.waitSignal(bridge.idle, timeout=20_000):
        bridge.run(work, on_done=done)
    bridge.shutdown()
    assert seen["work"] != ui_thread
    assert seen["done"] == ui_thread
    assert seen["result"] == "done"


def test_the_ui_thread_does_not_wait_for_slow_work(qtbot: QtBot) -> None:
    bridge = TaskBridge(on_unexpected=pytest.fail)
    release, finished = threading.Event(), threading.Event()

    def slow() -> None:
        release.wait(20)
        finished.set()

    bridge.run(slow)
    assert not finished.is_set()  # run() returned while the work still waits: it did not wait for it (no clock)
    with qtbot.waitSignal(bridge.idle, timeout=20_000):
        release.set()
    bridge.shutdown()


def test_an_error_goes_to_the_given_handler_else_to_the_unexpected_handler(qtbot: QtBot) -> None:
    unexpected: list[BaseException] = []
    handled: list[BaseException] = []
    bridge = TaskBridge(on_unexpected=unexpected.append)

    def fail() -> None:
        raise ValueError("boom")

    with qtbot.waitSignal(bridge.idle, timeout=20_000):
        bridge.run(fail, on_error=handled.append)
    with qtbot.waitSignal(bridge.idle, timeout=20_000):
        bridge.run(fail)
    bridge.shutdown()
    assert [str(e) for e in handled] == ["boom"]
    assert [str(e) for e in unexpected] == ["boom"]


def test_work_queued_before_shutdown_still_runs_and_nothing_is_reported_afterwards(qtbot: QtBot) -> None:
    unexpected: list[BaseException] = []
    delivered: list[object] = []
    written: list[int] = []
    bridge = TaskBridge(on_unexpected=unexpected.append, workers=1)
    release = threading.Event()
    bridge.run(release.wait, 5, on_done=delivered.append)
    for row in range(5):  # queued behind the running one: writes handed over before the window closed
        bridge.run(written.append, row, on_done=delivered.append)
    bridge.run(_fail, on_done=delivered.append)  # a failure while closing goes to the log, not to a dialog
    threading.Timer(0.2, release.set).start()
    bridge.shutdown()
    qtbot.wait(100)  # the completions reach the UI thread's event loop now
    assert written == [0, 1, 2, 3, 4]
    assert delivered == [] and unexpected == []  # the pages that asked are gone
    assert bridge.in_flight == 0


def _fail() -> None:
    raise ValueError("boom")


def test_after_shutdown_new_work_is_refused_quietly(qtbot: QtBot) -> None:
    unexpected: list[BaseException] = []
    ran: list[str] = []
    bridge = TaskBridge(on_unexpected=unexpected.append)
    bridge.shutdown()
    future = bridge.run(ran.append, "late", on_done=ran.append)
    qtbot.wait(50)
    assert future.cancelled()
    assert ran == [] and unexpected == [] and bridge.in_flight == 0
    bridge.shutdown()  # twice is harmless


def test_a_write_running_at_shutdown_finishes(qtbot: QtBot) -> None:
    bridge = TaskBridge(on_unexpected=pytest.fail)
    written: list[str] = []
    started = threading.Event()

    def write() -> None:
        started.set()
        time.sleep(0.2)
        written.append("row")

    bridge.run(write)
    assert started.wait(5)
    bridge.shutdown()
    assert written == ["row"]


def test_records_changed_follows_only_writes_that_succeeded(qtbot: QtBot) -> None:
    bridge = TaskBridge(on_unexpected=lambda _e: None)
    announced: list[str] = []
    bridge.records_changed.connect(lambda: announced.append("changed"))

    def refused() -> None:
        raise ValueError("refused")

    for fn, writes in ((lambda: "read", False), (refused, True), (lambda: "written", True)):
        with qtbot.waitSignal(bridge.idle, timeout=20_000):
            bridge.run(fn, changes_records=writes, on_error=lambda _e: None)
    bridge.shutdown()
    assert announced == ["changed"]

"""The bridge runs work off the UI thread and brings outcomes back on it."""

from __future__ import annotations

import threading
import time

import pytest
from pytestqt.qtbot import QtBot

from dismantler_app.gui.bridge import TaskBridge


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

    with qtbot.waitSignal(bridge.idle, timeout=5000):
        bridge.run(work, on_done=done)
    bridge.shutdown()
    assert seen["work"] != ui_thread
    assert seen["done"] == ui_thread
    assert seen["result"] == "done"


def test_the_ui_thread_does_not_wait_for_slow_work(qtbot: QtBot) -> None:
    bridge = TaskBridge(on_unexpected=pytest.fail)
    release = threading.Event()
    started = time.perf_counter()
    bridge.run(release.wait, 5)
    assert time.perf_counter() - started < 0.05
    with qtbot.waitSignal(bridge.idle, timeout=5000):
        release.set()
    bridge.shutdown()


def test_an_error_goes_to_the_given_handler_else_to_the_unexpected_handler(qtbot: QtBot) -> None:
    unexpected: list[BaseException] = []
    handled: list[BaseException] = []
    bridge = TaskBridge(on_unexpected=unexpected.append)

    def fail() -> None:
        raise ValueError("boom")

    with qtbot.waitSignal(bridge.idle, timeout=5000):
        bridge.run(fail, on_error=handled.append)
    with qtbot.waitSignal(bridge.idle, timeout=5000):
        bridge.run(fail)
    bridge.shutdown()
    assert [str(e) for e in handled] == ["boom"]
    assert [str(e) for e in unexpected] == ["boom"]

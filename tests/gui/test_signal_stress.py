"""Thousands of cross-thread emits. PySide6 6.12.0 aborts the interpreter on Python 3.11 after a few hundred
Signal.emit() calls (bool_dealloc refcount bug); this test is what keeps the dependency pinned to 6.11.x."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from dismantler_app.gui.common.bridge import TaskBridge

EMITS_PER_THREAD = 2500
THREADS = 4


class _Source(QObject):
    happened = Signal(object, bool)


def test_thousands_of_cross_thread_emits_all_arrive(qtbot: QtBot) -> None:
    source = _Source()
    received: list[int] = []
    source.happened.connect(lambda value, _flag: received.append(value))

    def emit_many(offset: int) -> None:
        for i in range(EMITS_PER_THREAD):
            source.happened.emit(offset + i, i % 2 == 0)  # bools are what 6.12.0 mis-counted

    threads = [threading.Thread(target=emit_many, args=(t * EMITS_PER_THREAD,)) for t in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    qtbot.waitUntil(lambda: len(received) == EMITS_PER_THREAD * THREADS, timeout=20_000)
    assert sorted(received) == list(range(EMITS_PER_THREAD * THREADS))


def test_bridge_delivers_every_result_of_thousands_of_tasks(qtbot: QtBot) -> None:
    errors: list[BaseException] = []
    bridge = TaskBridge(on_unexpected=errors.append)
    results: list[int] = []
    count = 5000
    for i in range(count):
        bridge.run(lambda n: n * 2, i, on_done=results.append)
    qtbot.waitUntil(lambda: len(results) == count, timeout=30_000)
    bridge.shutdown()
    assert sorted(results) == [2 * i for i in range(count)]
    assert errors == []
    assert bridge.in_flight == 0

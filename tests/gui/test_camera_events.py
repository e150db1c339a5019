"""The camera worker's reading of the engine's events: codes travel as the symbol's payload (a GS1 symbol keeps its
``]d2`` identifier, so the classifier reads GS1 element strings as such), and a decode worker the engine had to
replace is said to the operator once per run, in their language, with its detail in the log."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from dismantler_app.domain.classifier import classify
from dismantler_app.gui.camera.preview import PreviewWidget
from dismantler_app.gui.camera.worker import adapt_event, overlays_for
from dismantler_app.gui.common.i18n import Language, LanguageSwitcher
from dismantler_app.gui.intake.camera import IntakeCamera
from dismantler_app.scanning.events import CodeConfirmed, FrameId, WorkerRestarted
from dismantler_app.scanning.symbols import DecodedSymbol, Symbology
from tests.services.yard_setup import pack_code

CORNERS = ((10.0, 10.0), (90.0, 10.0), (90.0, 90.0), (10.0, 90.0))


def _gs1_symbol(text: str) -> DecodedSymbol:
    return DecodedSymbol(text=text, raw=text.encode(), symbology=Symbology.DATA_MATRIX, corners=CORNERS, aim="]d2")


def test_a_confirmed_gs1_code_keeps_its_symbology_identifier() -> None:
    symbol = _gs1_symbol("0109501234567890" + "21" + pack_code(5))
    event = CodeConfirmed(classify(symbol.payload), (symbol,), FrameId(1), 0.0, None)
    kind, args = adapt_event(event)
    assert kind == "confirmed"
    assert args == ("]d2" + symbol.text, "data_matrix")


def test_overlays_read_the_payload_as_the_classifier_does() -> None:
    symbol = _gs1_symbol("0109501234567890" + "21" + pack_code(5))
    (overlay,) = overlays_for([symbol])
    found = classify(symbol.payload)
    assert (overlay.kind, overlay.label) == (found.kind, found.code)
    assert overlay.label == pack_code(5)


class RestartingEngine:
    """Camera hardware stands in: an engine whose decode workers fail twice in one run."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None

    def start(self, on_event: Callable[[object], None], *, strict_vin: bool | None = None) -> None:
        def run() -> None:
            on_event(WorkerRestarted("decode-1", "cv2.error: (-215) !_src.empty()", 1.0))
            on_event(WorkerRestarted("decode-2", "cv2.error: second failure", 2.0))

        self._thread = threading.Thread(target=run)
        self._thread.start()

    def stop(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def forget_reads(self) -> None:
        pass  # its two events are sent at start; nothing is being confirmed


@pytest.mark.parametrize(
    ("language", "words"),
    [(Language.EN, "restarted a decode worker"), (Language.ZH_CN, "解码进程出错后已重新启动")],
)
def test_a_restarted_decode_worker_is_said_once_and_its_detail_logged(
    qtbot: QtBot,
    gui_app: QApplication,
    switcher: LanguageSwitcher,
    caplog: pytest.LogCaptureFixture,
    language: Language,
    words: str,
) -> None:
    switcher.switch(language)
    owner = QWidget()
    qtbot.addWidget(owner)
    preview = PreviewWidget(owner)
    camera = IntakeCamera(preview, RestartingEngine, owner)
    caplog.set_level(logging.WARNING)
    try:
        camera.start()
        qtbot.waitUntil(lambda: words in preview.message, timeout=10_000)
        qtbot.wait(300)  # the second restart of the run has been drained by now
        assert camera.restarts_told == 1
    finally:
        camera.stop()
    assert "(-215) !_src.empty()" in caplog.text and "decode-1" in caplog.text

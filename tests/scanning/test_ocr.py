"""Printed codes read offline (sockets blocked while the models load and read), and what text reads may decide."""

from __future__ import annotations

import random
import socket
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest

from dismantler_app.cli.scan import scan_image_file
from dismantler_app.domain.codes import CodeKind
from dismantler_app.domain.printed_codes import find_printed_codes
from dismantler_app.scanning import synth
from dismantler_app.scanning.events import CodeConfirmed, FrameId, Guidance, TextSuggested
from dismantler_app.scanning.guidance import Hint, hint_for
from dismantler_app.scanning.interpret import Frame, Interpreter
from dismantler_app.scanning.ocr import TextRead, TextReader, TextResult
from dismantler_app.scanning.symbols import FrameResult
from dismantler_app.scanning.synth_payloads import random_battery_code, random_vin

VIN = "LSVAM4187C2184847"


def _no_network(*args: object, **kwargs: object) -> None:
    raise OSError("network access is blocked in this test")


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _no_network)
    monkeypatch.setattr(socket.socket, "connect_ex", _no_network)
    monkeypatch.setattr(socket, "create_connection", _no_network)
    monkeypatch.setattr(socket, "getaddrinfo", _no_network)


@pytest.fixture(scope="module")
def reader() -> Iterator[TextReader]:
    with pytest.MonkeyPatch.context() as patch:  # the models load with the network blocked too
        patch.setattr(socket.socket, "connect", _no_network)
        patch.setattr(socket, "create_connection", _no_network)
        patch.setattr(socket, "getaddrinfo", _no_network)
        text_reader = TextReader()
        assert text_reader.engine() is not None, text_reader.missing
        yield text_reader


def _sticker_frame(code: str, *, seed: int, module_px: float = 3.0, size: tuple[int, int] = (1280, 720)) -> np.ndarray:
    """A label with only the printed code on it (no symbol), in a workshop scene."""
    rng = random.Random(seed)
    label = synth.render_label(rng, [], human_text=code)
    scene = synth.background(rng, *size)
    assert synth.place(rng, label, scene, module_px, rng.uniform(-8, 8))
    return np.clip(scene, 0, 255).astype(np.uint8)


def test_a_printed_vin_is_read_offline_and_trusted_for_its_check_digit(reader: TextReader, offline: None) -> None:
    result = reader.read(_sticker_frame(VIN, seed=3))

    assert result.error is None
    assert [(r.printed.kind, r.printed.code, r.printed.trusted) for r in result.reads] == [(CodeKind.VIN, VIN, True)]
    assert result.reads[0].to_json()["source"] == "text"


def test_a_printed_battery_code_is_read_but_only_as_a_suggestion(reader: TextReader, offline: None) -> None:
    code = random_battery_code(random.Random(5))

    result = reader.read(_sticker_frame(code, seed=5))

    assert [r.printed.code for r in result.reads] == [code]
    assert not result.reads[0].printed.trusted


def test_a_frame_without_text_gives_nothing(reader: TextReader, offline: None) -> None:
    scene = np.clip(synth.background(random.Random(9), 1280, 720), 0, 255).astype(np.uint8)
    assert reader.read(scene).reads == ()


def test_scan_image_lists_a_text_only_battery_code_as_unconfirmed_and_a_vin_as_a_code_with_its_source(
    reader: TextReader, offline: None, tmp_path: Path
) -> None:
    code = random_battery_code(random.Random(7))
    vin_file, pack_file = tmp_path / "vin.png", tmp_path / "pack.png"
    cv2.imwrite(str(vin_file), _sticker_frame(VIN, seed=3))
    cv2.imwrite(str(pack_file), _sticker_frame(code, seed=7))

    vin_report = scan_image_file(vin_file, ocr=reader)
    pack_report = scan_image_file(pack_file, ocr=reader)
    without = scan_image_file(pack_file)

    assert [(c["code"], c["source"]) for c in vin_report["codes"]] == [(VIN, "text")]  # type: ignore[index, union-attr]
    assert pack_report["codes"] == []
    (doubt,) = pack_report["unconfirmed"]  # type: ignore[misc]
    assert (doubt["code"], doubt["source"], doubt["doubt"]) == (code, "text", "battery_code_from_text")
    assert "no check character" in doubt["reason"]
    assert without["codes"] == [] and without["unconfirmed"] == []


def test_a_model_that_cannot_load_is_reported_not_raised() -> None:
    def broken() -> object:
        raise ImportError("No module named 'onnxruntime'")

    result = TextReader(load=broken).read(np.zeros((64, 64), np.uint8))

    assert result.reads == () and "onnxruntime" in (result.error or "")


def _text_result(line: str) -> TextResult:
    (printed,) = find_printed_codes(line)
    corners = ((10.0, 10.0), (200.0, 10.0), (200.0, 40.0), (10.0, 40.0))
    return TextResult((TextRead(printed, 0.95, corners, np.full((30, 190, 3), 255, np.uint8)),))


def _frame(i: int, at: float) -> Frame:
    return Frame(FrameId(i), at, np.full((120, 160, 3), 200, np.uint8))


def test_a_text_vin_is_confirmed_in_the_second_frame_never_the_first() -> None:
    interpreter = Interpreter()
    vin = random_vin(random.Random(1))

    first = interpreter.interpret_text(_frame(1, 0.0), _text_result(vin), window_s=4.0)
    second = interpreter.interpret_text(_frame(2, 0.6), _text_result(vin), window_s=4.0)

    assert first == []
    (event,) = second
    assert isinstance(event, CodeConfirmed)
    assert (event.classification.code, event.source, event.symbols) == (vin, "text", ())
    assert event.to_json()["source"] == "text"


def test_a_text_vin_with_a_wrong_check_digit_and_a_battery_code_are_suggestions_even_after_two_frames() -> None:
    interpreter = Interpreter()
    vin = random_vin(random.Random(2))
    wrong = vin[:8] + next(c for c in "0123456789X" if c != vin[8]) + vin[9:]
    code = random_battery_code(random.Random(2))

    events = []
    for i, at in enumerate((0.0, 0.5, 1.0)):
        events += interpreter.interpret_text(_frame(i, at), _text_result(wrong), window_s=4.0)
        events += interpreter.interpret_text(_frame(i, at), _text_result(code), window_s=4.0)

    assert all(isinstance(e, TextSuggested) for e in events)
    assert sorted((e.kind, e.code) for e in events) == sorted([("vin", wrong), ("battery", code)])
    assert all(e.to_json()["source"] == "text" and e.crop_jpeg[:2] == b"\xff\xd8" for e in events)


def test_two_readings_far_apart_do_not_confirm() -> None:
    interpreter = Interpreter()
    vin = random_vin(random.Random(3))
    assert interpreter.interpret_text(_frame(1, 0.0), _text_result(vin), window_s=4.0) == []
    assert interpreter.interpret_text(_frame(2, 9.0), _text_result(vin), window_s=4.0) == []


def test_guidance_says_closer_for_a_tiny_symbol_and_tilt_for_glare() -> None:
    gray = np.full((480, 640), 128, np.uint8)
    gray[100:130, 100:130] = np.indices((30, 30)).sum(axis=0) % 2 * 255  # a 30-px checkerboard: readable edges
    small = ((100.0, 100.0), (130.0, 100.0), (130.0, 130.0), (100.0, 130.0))
    gray[200:320, 300:420] = 255  # burnt out by a reflection
    glare = ((300.0, 200.0), (420.0, 200.0), (420.0, 320.0), (300.0, 320.0))
    blurred = cv2.GaussianBlur(np.indices((120, 120)).sum(axis=0).astype(np.uint8) % 2 * 255, (0, 0), 6)
    gray[340:460, 40:160] = blurred
    soft = ((40.0, 340.0), (160.0, 340.0), (160.0, 460.0), (40.0, 460.0))

    assert hint_for(gray, small) is Hint.CLOSER
    assert hint_for(gray, glare) is Hint.TILT_AWAY_FROM_LIGHT
    assert hint_for(gray, soft) is Hint.HOLD_STILL


def test_a_frame_that_located_but_read_nothing_gets_one_hint_a_second() -> None:
    interpreter = Interpreter()
    frame = _frame(1, 0.0)
    box = ((10.0, 10.0), (30.0, 10.0), (30.0, 30.0), (10.0, 30.0))
    result = FrameResult(unread=(box,))

    (hint,) = interpreter.guide(frame, result)
    again = interpreter.guide(_frame(2, 0.3), result)
    later = interpreter.guide(_frame(3, 1.5), result)

    assert isinstance(hint, Guidance) and hint.hint is Hint.CLOSER and hint.corners == box
    assert again == [] and len(later) == 1
    assert hint.to_json()["hint"] == "closer"


class _CountingReader(TextReader):
    """The real reader, counting the frames it was asked to read."""

    def __init__(self, inner: TextReader) -> None:
        super().__init__(load=inner.engine)
        self.frames = 0

    def read(self, frame: np.ndarray, regions=()) -> TextResult:  # type: ignore[override]
        self.frames += 1
        return super().read(frame, regions)


def _ticking_clock(step: float = 0.05):
    now = [0.0]

    def monotonic() -> float:
        now[0] += step
        return now[0]

    return monotonic


def _run_folder(folder: Path, reader: TextReader) -> list:
    import queue

    from dismantler_app.scanning.engine import ScanEngine
    from dismantler_app.scanning.sources import FolderSource

    events: queue.Queue = queue.Queue()
    engine = ScanEngine(
        lambda: FolderSource(folder),
        on_event=events.put,
        keep_every_frame=True,
        text_reader=reader,
        ocr_interval_s=0.0,
        monotonic=_ticking_clock(),
    )
    engine.start()
    assert engine.wait(120)
    engine.stop()
    seen = []
    while not events.empty():
        seen.append(events.get())
    return seen


def test_the_camera_confirms_a_printed_vin_from_its_ocr_thread_in_two_frames(
    reader: TextReader, offline: None, tmp_path: Path
) -> None:
    for i in range(3):
        cv2.imwrite(str(tmp_path / f"f{i}.png"), _sticker_frame(VIN, seed=3))
    counting = _CountingReader(reader)

    events = _run_folder(tmp_path, counting)

    confirmed = [e for e in events if isinstance(e, CodeConfirmed)]
    assert [(e.classification.code, e.source) for e in confirmed] == [(VIN, "text")]
    assert counting.frames >= 2


def test_frames_whose_symbol_reads_are_never_given_to_ocr(reader: TextReader, tmp_path: Path) -> None:
    from tests.scanning.conftest import symbol_scene

    for i in range(3):
        cv2.imwrite(str(tmp_path / f"f{i}.png"), symbol_scene(VIN))
    counting = _CountingReader(reader)

    events = _run_folder(tmp_path, counting)

    assert [(e.classification.code, e.source) for e in events if isinstance(e, CodeConfirmed)] == [(VIN, "symbol")]
    assert counting.frames == 0


def test_a_small_symbol_in_a_1080p_capture_is_read_from_full_resolution_with_a_light_cheap_pass() -> None:
    """Located on the 1280-px working copy, read from the full-resolution pixels; corners in full-frame pixels."""
    from dismantler_app.scanning.pipeline import FrameDecoder
    from tests.scanning.conftest import symbol_scene

    frame = symbol_scene(VIN, scale=2, size=(1920, 1080))  # 2-px modules: 0.67 px on a 640-px working copy
    result = FrameDecoder.for_pictures(work_side=640).decode(frame)

    assert "cheap" in result.passes and any(p.startswith("square:") for p in result.passes)
    (symbol,) = [s for s in result.symbols if s.text == VIN]
    cx, cy = symbol.centre
    assert abs(cx - 960) < 40 and abs(cy - 540) < 40


def test_stopping_the_camera_never_waits_for_ocr_and_nothing_is_sent_after_stop(tmp_path: Path) -> None:
    """Closing the window while the OCR models are still loading (seconds on a busy PC): the camera is released
    at once, and the OCR read that was under way sends nothing afterwards."""
    import queue
    import threading

    from dismantler_app.scanning.engine import ScanEngine
    from dismantler_app.scanning.events import StateChanged
    from dismantler_app.scanning.sources import FolderSource

    for i in range(3):
        cv2.imwrite(str(tmp_path / f"f{i}.png"), _sticker_frame(VIN, seed=3))
    loading, release = threading.Event(), threading.Event()

    def slow_load() -> object:
        loading.set()
        release.wait(30)
        raise RuntimeError("models not loaded")  # whatever it ends with, nothing may reach the listener

    events: queue.Queue = queue.Queue()
    engine = ScanEngine(
        lambda: FolderSource(tmp_path, fps=10.0, loop=True),
        on_event=events.put,
        text_reader=TextReader(load=slow_load),
        ocr_interval_s=0.0,
    )
    engine.start()
    try:
        assert loading.wait(30)
        assert engine.stop(timeout=5.0)  # grabbing and decoding ended; the OCR thread is still in its load
        stopped = events.qsize()
    finally:
        release.set()
    assert engine.wait(30)  # the OCR thread ends on its own once its read is over
    after = [events.get() for _ in range(events.qsize())][stopped:]
    assert all(isinstance(e, StateChanged) for e in after), after  # only the engine's own "stopped"

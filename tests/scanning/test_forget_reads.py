"""New vehicle (F2) and the camera (issue 12): what the engine confirmed or was confirming before the switch is not
announced again as a fresh read, while a label brought into view afterwards is. Real symbols decoded by the real
pipeline from images; the capture times are given with the frames (the clock is the only fake)."""

from __future__ import annotations

import queue
import time

import numpy as np
import zxingcpp

from dismantler_app.scanning.engine import ScanEngine
from dismantler_app.scanning.events import CodeConfirmed, FrameId
from dismantler_app.scanning.interpret import Frame, Interpreter
from dismantler_app.scanning.pipeline import FrameDecoder
from tests.scanning.conftest import symbol_scene

OLD_PACK = "001PE0A1234567F6A0000202"  # the previous vehicle's label, left under the camera
NEW_PACK = "001PE0A1234567F6A0000305"
OLD_VIN = "LDEMA2BR5J0000005"
BLANK = np.full((480, 640, 3), 200, np.uint8)


class Camera:
    """Frames from images with capture times from a fake clock, through the real decoder and interpreter."""

    def __init__(self) -> None:
        self.decoder = FrameDecoder()
        self.interpreter = Interpreter(keep_evidence=False)
        self.frame_id = 0
        self.at = 100.0

    def capture(self, image: np.ndarray, *, step: float = 0.1) -> Frame:
        self.frame_id += 1
        self.at += step
        return Frame(FrameId(self.frame_id), self.at, image)

    def decode(self, frame: Frame) -> list[str]:
        events = self.interpreter.interpret(frame, self.decoder.decode(frame.image))
        return [e.classification.code for e in events if isinstance(e, CodeConfirmed)]

    def show(self, image: np.ndarray, frames: int = 5) -> list[str]:
        return [code for _ in range(frames) for code in self.decode(self.capture(image))]


def test_a_label_in_view_before_new_vehicle_is_not_announced_after_it_and_a_new_label_is() -> None:
    camera, old_label = Camera(), symbol_scene(OLD_PACK)
    assert camera.show(old_label) == [OLD_PACK]  # read for the previous vehicle

    camera.interpreter.confirmer.forget(camera.at)  # New vehicle (F2)

    assert camera.show(old_label, frames=30) == []  # three seconds more in view: still not a fresh read
    assert camera.show(symbol_scene(NEW_PACK)) == [NEW_PACK]  # brought into view after the switch


def test_a_code_half_confirmed_at_new_vehicle_is_forgotten_and_a_late_decoded_frame_confirms_nothing() -> None:
    camera, vin_plate = Camera(), symbol_scene(OLD_VIN)
    early = camera.capture(vin_plate)
    assert camera.decode(early) == []  # one sighting: being confirmed
    late = camera.capture(vin_plate)  # captured before the switch, decoded after it (a busy worker)

    camera.interpreter.confirmer.forget(camera.at + 0.05)

    assert camera.decode(late) == []
    assert camera.show(vin_plate, frames=10) == []  # the plate still in view: not the new vehicle's VIN


def test_a_label_taken_away_after_new_vehicle_and_shown_again_is_read() -> None:
    camera, old_label = Camera(), symbol_scene(OLD_PACK)
    camera.show(old_label)
    camera.interpreter.confirmer.forget(camera.at)
    camera.show(old_label, frames=3)
    assert camera.show(BLANK, frames=45) == []  # out of sight for longer than the quiet time
    assert camera.show(old_label) == [OLD_PACK]  # the operator shows it on purpose: a read like any other


def test_the_running_engine_forgets_from_another_thread() -> None:
    """The engine's own threads and capture clock: forget_reads() while a label stays in view silences it."""
    label = symbol_scene(OLD_PACK, zxingcpp.BarcodeFormat.QRCode)
    released = queue.Queue()

    class Hardware:
        description = "fake camera"
        live = True

        def open(self) -> None:
            pass

        def read(self):
            time.sleep(0.02)
            return released.get() if not released.empty() else label

        def close(self) -> None:
            pass

    events: queue.Queue = queue.Queue()
    engine = ScanEngine(Hardware, on_event=events.put, decode_threads=1)
    engine.start()
    try:
        first = _next_code(events)
        assert first == OLD_PACK
        engine.forget_reads()
        _drain(events)  # anything confirmed before the call was already on its way
        time.sleep(0.5)  # the label stays in view for many more frames
        assert [e for e in _drain(events) if isinstance(e, CodeConfirmed)] == []
        new = symbol_scene(NEW_PACK)
        for _ in range(40):
            released.put(new)
        assert _next_code(events) == NEW_PACK
    finally:
        assert engine.stop(10)


def _next_code(events: queue.Queue, timeout: float = 30.0) -> str | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            event = events.get(timeout=0.1)
        except queue.Empty:
            continue
        if isinstance(event, CodeConfirmed):
            return event.classification.code
    return None


def _drain(events: queue.Queue) -> list:
    out = []
    while not events.empty():
        out.append(events.get_nowait())
    return out

"""The engine's threads end to end: video files, image folders and a fake camera (only the hardware is fake)."""

from __future__ import annotations

import hashlib
import queue
import time
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp

from dismantler_app.scanning.confirmation import ConfirmationSettings
from dismantler_app.scanning.engine import ScanEngine
from dismantler_app.scanning.events import CodeConfirmed, SourceState, StateChanged, Trouble, TroubleKind
from dismantler_app.scanning.interpret import Interpreter
from dismantler_app.scanning.sources import CaptureSource, FolderSource, SourceUnavailable, source_from_spec
from tests.scanning.conftest import symbol_scene

BATTERY = "001PE0A1234567F6A0000123"
BLANK = np.full((480, 640, 3), 120, np.uint8)


class FakeCamera:
    """Camera hardware stand-in: fails to open ``failures`` times, then plays ``script`` (None = unplugged)."""

    description = "fake camera"
    live = True

    def __init__(self, script: list, *, failures: int = 0, interval: float = 0.0, failures_after_loss: int = 0) -> None:
        self.script = list(script)
        self.failures = failures
        self.failures_after_loss = failures_after_loss
        self.interval = interval
        self.opened = 0

    def open(self) -> None:
        if self.failures:
            self.failures -= 1
            raise SourceUnavailable("camera busy")
        self.opened += 1

    def read(self):
        if self.interval:
            time.sleep(self.interval)
        if not self.script:
            time.sleep(0.01)
            return BLANK
        item = self.script.pop(0)
        if item is None:  # unplugged: it stays away for the next few attempts to open it
            self.failures = self.failures_after_loss
        return item

    def close(self) -> None:
        pass


def _collect(engine_events: queue.Queue, until, timeout: float = 20.0) -> list:
    seen = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            seen.append(engine_events.get(timeout=0.1))
        except queue.Empty:
            continue
        if until(seen):
            break
    return seen


def _states(events) -> list[SourceState]:
    return [e.state for e in events if isinstance(e, StateChanged)]


def _codes(events) -> list[str]:
    return [e.classification.code for e in events if isinstance(e, CodeConfirmed)]


@pytest.fixture()
def label_frame() -> np.ndarray:
    return symbol_scene(BATTERY, zxingcpp.BarcodeFormat.QRCode, scale=4)


def test_a_video_file_confirms_the_code_with_evidence_and_reports_its_end(tmp_path: Path, label_frame):
    video = tmp_path / "label.avi"
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*"MJPG"), 30.0, (640, 480))
    for i in range(30):
        writer.write(BLANK if i < 10 else label_frame)
    writer.release()
    events: queue.Queue = queue.Queue()
    engine = ScanEngine(lambda: CaptureSource(str(video), realtime=True), on_event=events.put)
    engine.start()
    assert engine.wait(20)
    seen = _collect(events, lambda s: False, timeout=0.3)
    assert _states(seen) == [SourceState.CONNECTING, SourceState.LIVE, SourceState.ENDED, SourceState.STOPPED]
    confirmed = [e for e in seen if isinstance(e, CodeConfirmed)]
    assert [e.classification.code for e in confirmed] == [BATTERY]
    evidence = confirmed[0].evidence
    assert evidence is not None and hashlib.sha256(evidence.jpeg).hexdigest() == evidence.sha256
    assert cv2.imdecode(np.frombuffer(evidence.jpeg, np.uint8), cv2.IMREAD_COLOR).shape == (480, 640, 3)


def test_a_camera_lost_and_back_reconnects_by_itself_and_carries_on(label_frame):
    camera = FakeCamera([BLANK, BLANK, None, label_frame, label_frame, label_frame], failures_after_loss=2)
    events: queue.Queue = queue.Queue()
    engine = ScanEngine(lambda: camera, on_event=events.put, backoff_s=(0.05,), keep_every_frame=True)
    engine.start()
    seen = _collect(events, lambda s: bool(_codes(s)))
    engine.stop()
    states = _states(seen)
    assert states[:2] == [SourceState.CONNECTING, SourceState.LIVE]
    # lost on unplugging, twice more while it is away, then live again
    away = [SourceState.CONNECTING, SourceState.LOST] * 2
    assert states[2:] == [SourceState.LOST, *away, SourceState.CONNECTING, SourceState.LIVE]
    assert _codes(seen) == [BATTERY]
    assert engine.stats().reconnects >= 1


def test_a_camera_that_never_opens_keeps_saying_it_is_lost_with_the_reason():
    events: queue.Queue = queue.Queue()
    engine = ScanEngine(lambda: FakeCamera([], failures=99), on_event=events.put, backoff_s=(0.02,))
    engine.start()
    seen = _collect(events, lambda s: _states(s).count(SourceState.LOST) >= 3)
    engine.stop()
    lost = [e for e in seen if isinstance(e, StateChanged) and e.state is SourceState.LOST]
    assert len(lost) >= 3 and "camera busy" in lost[0].detail and "retrying" in lost[0].detail
    assert _states(seen)[-1] is SourceState.STOPPED or engine.wait(1)


def test_broken_frames_and_driver_errors_are_reported_and_scanning_continues(label_frame):
    broken = [np.zeros((0, 0, 3), np.uint8), np.zeros((480, 640, 3), np.float32), np.zeros((2, 2), np.uint8)]
    camera = FakeCamera([*broken, label_frame, label_frame])
    events: queue.Queue = queue.Queue()
    engine = ScanEngine(lambda: camera, on_event=events.put, keep_every_frame=True, decode_threads=1)
    engine.start()
    seen = _collect(events, lambda s: bool(_codes(s)))
    engine.stop()
    trouble = [e for e in seen if isinstance(e, Trouble)]
    assert {t.kind for t in trouble} == {TroubleKind.BAD_FRAME}
    assert len(trouble) == 3
    assert _codes(seen) == [BATTERY]


def test_a_source_faster_than_decoding_drops_old_frames_instead_of_queueing(label_frame):
    camera = FakeCamera([label_frame] * 600, interval=0.002)  # 500 fps, far beyond what decoding keeps up with
    events: queue.Queue = queue.Queue()
    engine = ScanEngine(lambda: camera, on_event=events.put)
    engine.start()
    seen = _collect(events, lambda s: bool(_codes(s)))
    time.sleep(0.2)
    engine.stop()
    stats = engine.stats()
    assert _codes(seen) == [BATTERY]  # announced once although it is in every frame
    assert stats.frames_dropped > 0 and stats.frames_decoded < stats.frames_grabbed


def test_a_source_slower_than_the_confirmation_window_still_confirms(label_frame):
    camera = FakeCamera([label_frame] * 4, interval=0.3)
    events: queue.Queue = queue.Queue()
    interpreter = Interpreter(confirmation=ConfirmationSettings(window_s=0.2))
    engine = ScanEngine(lambda: camera, on_event=events.put, interpreter=interpreter)
    engine.start()
    seen = _collect(events, lambda s: bool(_codes(s)), timeout=5)
    engine.stop()
    assert _codes(seen) == [BATTERY]


def test_an_image_folder_with_a_corrupted_file_is_read_to_the_end(tmp_path: Path, label_frame):
    for i in range(3):
        cv2.imwrite(str(tmp_path / f"f{i}.png"), label_frame)
    (tmp_path / "f1b.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    events: queue.Queue = queue.Queue()
    engine = ScanEngine(lambda: FolderSource(tmp_path), on_event=events.put, keep_every_frame=True)
    engine.start()
    assert engine.wait(20)
    seen = _collect(events, lambda s: False, timeout=0.3)
    assert _codes(seen) == [BATTERY]
    assert any(isinstance(e, Trouble) and "f1b.jpg" in e.detail for e in seen)
    assert _states(seen)[-2:] == [SourceState.ENDED, SourceState.STOPPED]


def test_a_listener_that_raises_does_not_stop_the_engine(label_frame):
    received = []

    def clumsy(event):
        received.append(event)
        if isinstance(event, StateChanged) and event.state is SourceState.LIVE:
            raise RuntimeError("listener bug")

    engine = ScanEngine(lambda: FakeCamera([label_frame] * 3), on_event=clumsy, keep_every_frame=True)
    engine.start()
    deadline = time.monotonic() + 20
    while not _codes(received) and time.monotonic() < deadline:
        time.sleep(0.05)
    engine.stop()
    assert _codes(received) == [BATTERY]


def test_source_specs_name_what_is_wrong(tmp_path: Path):
    assert isinstance(source_from_spec(str(tmp_path)), FolderSource)
    assert source_from_spec("0").live and source_from_spec("rtsp://10.0.0.5/stream").live
    with pytest.raises(SourceUnavailable, match="neither a camera index"):
        source_from_spec(str(tmp_path / "missing.avi"))

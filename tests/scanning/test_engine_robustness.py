"""A camera engine that never dies: frames that raise are skipped and logged, workers that die are replaced.

Only the camera hardware is fake (frames from a list); decoding runs the real pipeline with the real OpenCV, and the
failures are real OpenCV errors raised by real calls with impossible arguments.
"""

from __future__ import annotations

import logging
import queue
import re
import threading
import time

import cv2
import numpy as np
import zxingcpp

from dismantler_app.scanning import decoders
from dismantler_app.scanning.engine import ScanEngine
from dismantler_app.scanning.events import CodeConfirmed, WorkerRestarted
from dismantler_app.scanning.pipeline import INTERNAL_ERROR, FrameDecoder
from dismantler_app.scanning.regions import clahe, equalised
from dismantler_app.scanning.symbols import Symbology
from tests.scanning.conftest import symbol_scene

SHAPE = (48, 64)
RAISES_IN_LIBRARY_CALL = 1  # first pixel of a frame whose zxing-cpp call raises a cv2.error
RAISES_OUTSIDE = 2  # first pixel of a frame whose located region makes cv2.warpAffine raise outside any library guard
BATTERY = "001PE0A1234567F6A0000123"


def _faulty_read_zxing(image: np.ndarray, formats, *, try_harder: bool = False):
    """The real zxing-cpp call, except on marked frames (the first pixel, either polarity): there OpenCV raises."""
    if image.shape == SHAPE and image[0, 0] in (RAISES_IN_LIBRARY_CALL, 255 - RAISES_IN_LIBRARY_CALL):
        cv2.cvtColor(np.zeros((2, 2), np.uint8), cv2.COLOR_BGR2GRAY)  # raises cv2.error (-215): 1 channel, not 3
    if image.shape == SHAPE and image[0, 0] in (RAISES_OUTSIDE, 255 - RAISES_OUTSIDE):
        # a "located" symbol a billion pixels wide: cutting it out asks OpenCV for more memory than exists
        return [], [(Symbology.DATA_MATRIX, ((0.0, 0.0), (1e9, 0.0), (1e9, 1e9), (0.0, 1e9)))]
    return decoders.read_zxing(image, formats, try_harder=try_harder)


class ScriptedCamera:
    """Camera hardware stand-in: plays ``frames`` once, then a plain frame forever (a live camera never ends)."""

    description = "scripted camera"
    live = True

    def __init__(self, frames: list[np.ndarray]) -> None:
        self.frames = frames
        self.index = 0
        self.plain = np.full(SHAPE, 128, np.uint8)
        self.plain[1, 1] = self.plain[1, 2] = 255  # index 65535: not one of the script's

    def open(self) -> None:
        pass

    def read(self) -> np.ndarray:
        if self.index < len(self.frames):
            self.index += 1
            return self.frames[self.index - 1]
        time.sleep(0.005)
        return self.plain

    def close(self) -> None:
        pass


class RecordingDecoder:
    """The real pipeline, noting which thread decoded each frame (the frames carry their index in pixel [1, 1..2])."""

    def __init__(self, inner: FrameDecoder) -> None:
        self.inner = inner
        self.threads: dict[int, str] = {}
        self.lock = threading.Lock()

    def decode(self, frame):
        index = int(frame[1, 1]) * 256 + int(frame[1, 2])
        with self.lock:
            self.threads[index] = threading.current_thread().name
        return self.inner.decode(frame)


def test_two_workers_decode_5000_frames_with_opencv_errors_and_both_live_on(caplog):
    rng = np.random.default_rng(14)
    frames = []
    marked: dict[int, int] = {}
    for i in range(5000):
        frame = rng.integers(126, 131, SHAPE, dtype=np.uint8)  # small frames, little to find: 5,000 decode fast
        frame[1, 1], frame[1, 2] = divmod(i, 256)
        frame[0, 0] = 128
        if i % 37 == 5:
            frame[0, 0] = marked[i] = RAISES_IN_LIBRARY_CALL
        elif i % 53 == 7:
            frame[0, 0] = marked[i] = RAISES_OUTSIDE
        frames.append(frame)
    decoder = RecordingDecoder(FrameDecoder(read_zxing=_faulty_read_zxing, use_pyzbar=False, budget_ms=None))
    events: queue.Queue = queue.Queue()
    camera = ScriptedCamera(frames)
    engine = ScanEngine(lambda: camera, on_event=events.put, decoder=decoder, decode_threads=2, keep_every_frame=True)
    with caplog.at_level(logging.WARNING, logger="dismantler_app.scanning.engine"):
        engine.start()
        try:
            deadline = time.monotonic() + 240
            while len(decoder.threads) < 5001 and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(0.2)  # a few plain frames after the script: the workers are still taking frames
            alive = engine.decode_workers_alive()
            stats = engine.stats()
        finally:
            assert engine.stop(10)
    assert set(decoder.threads) == {*range(5000), 65535}
    assert alive == 2 and stats.worker_restarts == 0
    assert not any(isinstance(e, WorkerRestarted) for e in list(events.queue))
    # both workers took frames to the end of the script
    last = {decoder.threads[i] for i in range(4800, 5000)}
    assert len(last) == 2, last
    # every marked frame was logged with its frame id (ids count from 1 in the order the camera gave the frames)
    logged = {int(m.group(1)) for r in caplog.records for m in [re.match(r"frame (\d+)", r.getMessage())] if m}
    assert {i + 1 for i in marked} <= logged
    assert logged <= {i + 1 for i in marked}  # and nothing else: plain frames raise nothing
    outside = [
        r for r in caplog.records if INTERNAL_ERROR in r.getMessage() and "Insufficient memory" in r.getMessage()
    ]
    assert len({r.getMessage().split(":")[0] for r in outside}) == sum(v == RAISES_OUTSIDE for v in marked.values())
    assert stats.decode_errors >= len(marked)


class DyingDecoder:
    """Decodes with the real pipeline but kills its worker thread on the frames it is told to (a bug outside the
    per-frame guard: a BaseException no handler for one frame catches)."""

    class Killed(BaseException):
        pass

    def __init__(self, kill_on: set[int]) -> None:
        self.inner = FrameDecoder()
        self.kill_on = kill_on
        self.calls = 0
        self.lock = threading.Lock()

    def decode(self, frame):
        with self.lock:
            self.calls += 1
            call = self.calls
        if call in self.kill_on:
            raise DyingDecoder.Killed(f"worker killed on call {call}")
        return self.inner.decode(frame)


def test_a_worker_that_dies_is_replaced_and_the_operator_is_told_once():
    label = symbol_scene(BATTERY, zxingcpp.BarcodeFormat.QRCode, scale=4)
    blank = np.full((480, 640, 3), 120, np.uint8)
    frames = [blank] * 6 + [label] * 30
    decoder = DyingDecoder(kill_on={2, 3, 5})
    events: queue.Queue = queue.Queue()

    class Camera(ScriptedCamera):
        def read(self):
            if self.index < len(self.frames):
                self.index += 1
                return self.frames[self.index - 1]
            time.sleep(0.01)
            return blank

    engine = ScanEngine(lambda: Camera(frames), on_event=events.put, decoder=decoder, keep_every_frame=True)
    engine.start()
    try:
        seen: list = []
        deadline = time.monotonic() + 60
        while not any(isinstance(e, CodeConfirmed) for e in seen) and time.monotonic() < deadline:
            try:
                seen.append(events.get(timeout=0.1))
            except queue.Empty:
                continue
        alive = engine.decode_workers_alive()
        stats = engine.stats()
    finally:
        assert engine.stop(10)
    seen += list(events.queue)
    assert [e.classification.code for e in seen if isinstance(e, CodeConfirmed)] == [BATTERY]
    restarted = [e for e in seen if isinstance(e, WorkerRestarted)]
    assert len(restarted) == 1 and "Killed" in restarted[0].detail
    assert restarted[0].to_json()["event"] == "worker_restarted"
    assert stats.worker_restarts == 3 and alive == 2


def test_a_frame_that_raises_outside_a_library_call_is_skipped_with_the_error():
    frame = np.full(SHAPE, 128, np.uint8)
    frame[0, 0] = RAISES_OUTSIDE
    result = FrameDecoder(read_zxing=_faulty_read_zxing, use_pyzbar=False, budget_ms=None).decode(frame)
    assert result.symbols == ()
    assert len(result.errors) == 1 and result.errors[0].startswith(f"{INTERNAL_ERROR}: error:")
    assert result.passes[-1] == "skipped"


def test_each_thread_has_its_own_contrast_equaliser_and_they_never_collide():
    own: dict[str, int] = {}
    failures: list[BaseException] = []
    rng = np.random.default_rng(3)
    images = [rng.integers(0, 255, (int(h), int(w)), dtype=np.uint8) for h, w in rng.integers(16, 400, (40, 2))]

    def work(name: str) -> None:
        own[name] = id(clahe())
        try:
            for _ in range(15):
                for image in images:
                    assert equalised(image).shape == image.shape
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=work, args=(f"t{i}",)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    assert len(set(own.values())) == 2

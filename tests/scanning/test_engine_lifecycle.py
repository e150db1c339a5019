"""The engine's life cycle against awkward hardware: a camera whose read blocks for ever, stopping while frames
flow, and a machine without pyzbar. Real decoders, real video files and image folders; only the camera is fake."""

from __future__ import annotations

import importlib
import queue
import threading
import time
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp

from dismantler_app.scanning import decoders
from dismantler_app.scanning.engine import ScanEngine
from dismantler_app.scanning.events import CodeConfirmed, SourceState, StateChanged, Trouble, TroubleKind
from dismantler_app.scanning.pipeline import FrameDecoder, to_gray
from dismantler_app.scanning.sources import CaptureSource, FolderSource
from dismantler_app.scanning.symbols import Decoder
from tests.scanning.conftest import symbol_scene

BATTERY = "001PE0A1234567F6A0000123"
VIN = "1M8GDM9AXKP042788"
BLANK = np.full((480, 640, 3), 120, np.uint8)


class WedgingCamera:
    """Camera hardware stand-in: plays ``frames`` (then the last one again), and after ``wedge_after`` reads its
    read blocks until ``released`` is set, without a frame or an error, as a wedged USB webcam's driver does."""

    live = True

    def __init__(self, frames: list[np.ndarray], *, wedge_after: int | None = None, name: str = "cam") -> None:
        self.description = f"fake {name}"
        self.frames = frames
        self.wedge_after = wedge_after
        self.released = threading.Event()
        self.reads_started = 0
        self.reads_returned = 0
        self.closes = 0
        self.read_threads: set[threading.Thread] = set()
        self.last_read_started = 0.0

    def open(self) -> None:
        pass

    def read(self) -> np.ndarray:
        self.reads_started += 1
        self.last_read_started = time.monotonic()
        self.read_threads.add(threading.current_thread())
        if self.wedge_after is not None and self.reads_started > self.wedge_after:
            self.released.wait()
        time.sleep(0.01)  # a 100 fps camera
        self.reads_returned += 1
        return self.frames[min(self.reads_returned - 1, len(self.frames) - 1)]

    def close(self) -> None:
        self.closes += 1


def _collect(events: queue.Queue, until, timeout: float = 20.0) -> list:
    seen: list = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not until(seen):
        try:
            seen.append(events.get(timeout=0.05))
        except queue.Empty:
            continue
    return seen


def _states(events) -> list[SourceState]:
    return [e.state for e in events if isinstance(e, StateChanged)]


def _codes(events) -> list[str]:
    return [e.classification.code for e in events if isinstance(e, CodeConfirmed)]


@pytest.fixture(scope="module")
def label_frame() -> np.ndarray:
    return symbol_scene(BATTERY, zxingcpp.BarcodeFormat.QRCode, scale=4)


def test_a_camera_whose_read_blocks_is_reported_lost_and_replaced_and_scanning_carries_on(label_frame):
    wedged = WedgingCamera([BLANK], wedge_after=2, name="wedged")
    healthy = WedgingCamera([label_frame], name="healthy")
    sources = iter([wedged, healthy])
    events: queue.Queue = queue.Queue()
    engine = ScanEngine(lambda: next(sources), on_event=events.put, stall_s=0.3, backoff_s=(0.05,), stop_grace_s=0.2)
    engine.start()
    seen = _collect(events, lambda s: bool(_codes(s)))
    assert _states(seen) == [
        SourceState.CONNECTING,
        SourceState.LIVE,
        SourceState.LOST,
        SourceState.CONNECTING,
        SourceState.LIVE,
    ]
    lost = next(e for e in seen if isinstance(e, StateChanged) and e.state is SourceState.LOST)
    assert lost.source == "fake wedged" and "no frame from fake wedged for 0.3 s" in lost.detail
    assert _codes(seen) == [BATTERY]
    assert engine.stats().stalls == 1
    # the abandoned read is on a daemon thread, so it cannot keep the program from exiting
    (stuck_thread,) = wedged.read_threads
    assert stuck_thread.daemon and stuck_thread.is_alive()

    assert engine.stop(timeout=3.0)
    assert stuck_thread.is_alive()  # stop() returned while the wedged read still blocks: it did not wait for it
    grabbed = engine.stats().frames_grabbed
    assert healthy.closes == 1

    wedged.released.set()  # the driver call finally returns: its frame is not used and the source is released
    stuck_thread.join(2.0)
    assert not stuck_thread.is_alive()
    assert wedged.closes == 1 and wedged.reads_started == 3
    assert engine.stats().frames_grabbed == grabbed


def test_stop_returns_in_bounded_time_while_the_only_read_is_blocked():
    wedged = WedgingCamera([BLANK], wedge_after=0)
    events: queue.Queue = queue.Queue()
    engine = ScanEngine(lambda: wedged, on_event=events.put, stall_s=30.0, stop_grace_s=0.2)
    engine.start()
    _collect(events, lambda s: wedged.reads_started >= 1, timeout=5)
    assert engine.stop(timeout=3.0)  # returns although the read below is still blocked (released only further down)
    seen = _collect(events, lambda s: False, timeout=0.1)
    assert _states(seen)[-1] is SourceState.STOPPED
    assert wedged.closes == 0  # never released from another thread while its read is running
    wedged.released.set()
    deadline = time.monotonic() + 2
    while wedged.closes == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert wedged.closes == 1 and wedged.reads_started == 1


def test_a_camera_that_stays_wedged_is_not_given_ever_more_threads():
    cameras: list[WedgingCamera] = []

    def make() -> WedgingCamera:
        cameras.append(WedgingCamera([BLANK], wedge_after=0, name=str(len(cameras))))
        return cameras[-1]

    events: queue.Queue = queue.Queue()
    engine = ScanEngine(make, on_event=events.put, stall_s=0.1, backoff_s=(0.02,), stop_grace_s=0.1)
    engine.start()
    seen = _collect(events, lambda s: any("still blocked" in getattr(e, "detail", "") for e in s), timeout=10)
    time.sleep(0.3)
    engine.stop(timeout=3.0)
    assert len(cameras) == 3  # three stuck connections, then it waits for one to come back
    assert any("unplug and re-plug the camera" in getattr(e, "detail", "") for e in seen)
    for camera in cameras:
        camera.released.set()


class CountingFolder(FolderSource):
    """The real image-folder source, counting reads and closes."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder, fps=100.0, loop=True)
        self.reads = 0
        self.closes = 0

    def read(self):
        self.reads += 1
        return super().read()

    def close(self) -> None:
        self.closes += 1
        super().close()


@pytest.mark.parametrize("keep_every_frame", [False, True], ids=["newest-frame", "every-frame"])
@pytest.mark.parametrize("kind", ["folder", "camera"])
def test_after_stop_returns_the_source_is_closed_once_and_never_read_again(
    tmp_path: Path, label_frame, kind: str, keep_every_frame: bool
):
    for i in range(3):
        cv2.imwrite(str(tmp_path / f"f{i}.png"), label_frame if i else BLANK)
    source = CountingFolder(tmp_path) if kind == "folder" else WedgingCamera([BLANK, label_frame])
    events: queue.Queue = queue.Queue()
    engine = ScanEngine(lambda: source, on_event=events.put, keep_every_frame=keep_every_frame)
    engine.start()
    _collect(events, lambda s: bool(_codes(s)))
    assert engine.stop(timeout=5.0)
    reads = source.reads if kind == "folder" else source.reads_started
    assert source.closes == 1
    for path in tmp_path.iterdir():  # what the GUI's tests do next: a read now would warn about a missing file
        path.unlink()
    time.sleep(0.2)
    assert (source.reads if kind == "folder" else source.reads_started) == reads
    assert source.closes == 1
    assert not [t for t in threading.enumerate() if t.name.startswith(("scan-grab", "scan-read", "scan-decode"))]


def _without_pyzbar(name: str):
    if name.split(".")[0] == "pyzbar":
        raise ImportError("Unable to find zbar shared library")  # pyzbar's own words when libzbar is missing
    return importlib.import_module(name)


class LiveVideo(CaptureSource):
    """A video file played as a camera: at its end the 'camera' is lost and opened again."""

    live = True

    def __init__(self, path: Path) -> None:
        super().__init__(str(path), realtime=True)
        self.live = True


def test_without_pyzbar_the_engine_reads_with_zxing_alone_and_says_so_once(tmp_path: Path):
    scene = np.hstack([symbol_scene(VIN, scale=4, size=(400, 300)), cv2.resize(BLANK, (800, 300))])
    bar = symbol_scene(BATTERY, zxingcpp.BarcodeFormat.Code128, scale=2, size=(1200, 300), angle=15.0)
    frame = np.vstack([scene, bar])[:, :1200]
    video = tmp_path / "label.avi"
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*"MJPG"), 30.0, (1200, 600))
    for _ in range(8):
        writer.write(frame)
    writer.release()

    decoder = FrameDecoder(import_module=_without_pyzbar)
    assert not decoder.use_pyzbar and "zxing-cpp alone" in (decoder.pyzbar_missing or "")
    # the decoder's pyzbar reader reads nothing, even on a picture the installed pyzbar reads
    gray = to_gray(symbol_scene(VIN, scale=4))
    assert decoders.read_pyzbar(gray, decoders.DEFAULT_SYMBOLOGIES)
    assert decoder.read_pyzbar(gray, decoders.DEFAULT_SYMBOLOGIES) == []

    events: queue.Queue = queue.Queue()
    engine = ScanEngine(lambda: LiveVideo(video), on_event=events.put, decoder=decoder, backoff_s=(0.05,))
    engine.start()
    seen = _collect(events, lambda s: _states(s).count(SourceState.LIVE) >= 3 and len(set(_codes(s))) == 2)
    engine.stop()
    assert sorted(set(_codes(seen))) == sorted([BATTERY, VIN])
    confirmed = [e for e in seen if isinstance(e, CodeConfirmed)]
    assert {s.decoder for e in confirmed for s in e.symbols} == {Decoder.ZXING}
    missing = [e for e in seen if isinstance(e, Trouble) and e.kind is TroubleKind.DECODER_MISSING]
    assert len(missing) == 1 and "Unable to find zbar shared library" in missing[0].detail
    assert _states(seen).count(SourceState.LIVE) >= 3  # reconnected twice without saying it again


def test_a_station_that_switched_pyzbar_off_is_not_told_it_is_missing():
    decoder = FrameDecoder(import_module=_without_pyzbar, use_pyzbar=False)
    assert decoder.pyzbar_missing is None and not decoder.use_pyzbar

"""The frame pipeline on real decoders: fixture frames, tilted 1D codes, bad frames, decoder failures."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
import zxingcpp

from dismantler_app.scanning import decoders
from dismantler_app.scanning.pipeline import FrameDecoder
from dismantler_app.scanning.symbols import Symbology
from dismantler_app.scanning.synth import render_frame
from tests.scanning.conftest import FIXTURES, symbol_scene

# A generous budget makes the tests independent of how busy the machine is; the budget itself is tested below.
BUDGET = 5000.0
BATTERY = "001PE0A1234567F6A0000123"


def _found(decoder: FrameDecoder, frame: np.ndarray) -> set[tuple[str, str]]:
    return {(s.symbology.value, s.text) for s in decoder.decode(frame).symbols}


def test_fixture_frames_are_read_better_than_a_plain_zxing_call_and_never_wrongly(manifest):
    ours = plain = total = 0
    for entry in manifest:
        frame = cv2.imread(str(FIXTURES / entry["file"]))
        found = _found(FrameDecoder(budget_ms=BUDGET), frame)
        expected = {(s["symbology"], s["payload"]) for s in entry["symbols"]}
        assert {text for _, text in found} <= {text for _, text in expected}, entry["file"]  # nothing invented
        plain_texts = {r.text for r in zxingcpp.read_barcodes(frame)}
        total += len(expected)
        ours += len(found & expected)
        plain += sum(1 for _, text in expected if text in plain_texts)
    assert ours >= 0.8 * total
    assert ours > plain


@pytest.mark.parametrize("angle", [18.0, -27.0, 40.0])
def test_a_tilted_code128_missed_by_the_cheap_pass_is_rectified_and_read(angle):
    frame = symbol_scene(BATTERY, zxingcpp.BarcodeFormat.Code128, scale=2, size=(800, 600), angle=angle)
    assert not [r for r in zxingcpp.read_barcodes(frame) if r.text == BATTERY]  # the plain call misses it
    result = FrameDecoder(budget_ms=BUDGET).decode(frame)
    assert [(s.symbology, s.text) for s in result.symbols] == [(Symbology.CODE_128, BATTERY)]
    assert any(p.startswith("located") for p in result.passes)
    # corners come back in frame pixels: around the frame centre where the symbol was drawn
    cx, cy = result.symbols[0].centre
    assert abs(cx - 400) < 40 and abs(cy - 300) < 40


def test_the_last_hit_region_is_tried_first_on_the_next_frame():
    frame = symbol_scene(BATTERY, zxingcpp.BarcodeFormat.Code128, scale=2, size=(800, 600), angle=25.0)
    decoder = FrameDecoder(budget_ms=BUDGET)
    decoder.decode(frame)
    again = decoder.decode(frame)
    assert again.passes[:2] == ("cheap", "hint:upright")
    assert [s.text for s in again.symbols] == [BATTERY]


def test_a_label_with_a_qr_and_a_code128_reports_both():
    qr = symbol_scene("1M8GDM9AXKP042788", scale=4, size=(400, 300))
    bar = symbol_scene(BATTERY, zxingcpp.BarcodeFormat.Code128, scale=2, size=(800, 300))
    frame = np.hstack([qr, bar])
    found = _found(FrameDecoder(budget_ms=BUDGET), frame)
    assert found == {("qr", "1M8GDM9AXKP042788"), ("code128", BATTERY)}


@pytest.mark.parametrize("seed", range(4))
def test_negatives_yield_nothing(seed):
    frame, truth = render_frame(900 + seed, size=(1280, 720), negative=True)
    assert truth.negative
    assert FrameDecoder(budget_ms=BUDGET).decode(frame).symbols == ()


@pytest.mark.parametrize(
    "frame",
    [
        None,
        np.zeros((0, 0, 3), np.uint8),
        np.zeros((480, 0), np.uint8),
        np.zeros((1, 1, 3), np.uint8),
        np.zeros((480, 640, 3), np.float32),
        np.zeros((480, 640, 2), np.uint8),
        b"\xff\xd8\xff",
    ],
    ids=["none", "zero-size", "zero-width", "one-pixel", "float", "two-channel", "bytes"],
)
def test_bad_frames_are_reported_not_raised(frame):
    result = FrameDecoder().decode(frame)
    assert result.symbols == ()
    assert result.errors and "frame" in result.errors[0]


def test_truncated_and_corrupted_jpegs_do_not_crash_or_misreport(manifest):
    data = (FIXTURES / manifest[0]["file"]).read_bytes()
    truncated = cv2.imdecode(np.frombuffer(data[: len(data) // 3], np.uint8), cv2.IMREAD_COLOR)
    corrupted = bytearray(data)
    corrupted[600:4000] = bytes(np.random.default_rng(1).integers(0, 256, 3400, dtype=np.uint8))
    garbled = cv2.imdecode(np.frombuffer(bytes(corrupted), np.uint8), cv2.IMREAD_COLOR)
    expected = {s["payload"] for s in manifest[0]["symbols"]}
    for frame in (truncated, garbled):
        result = FrameDecoder(budget_ms=BUDGET).decode(frame)
        assert {s.text for s in result.symbols} <= expected


def test_a_decoder_raising_on_a_frame_is_reported_and_the_other_passes_still_run():
    calls = {"n": 0}

    def flaky_zxing(image, formats, *, try_harder=False):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("simulated decoder fault")
        return decoders.read_zxing(image, formats, try_harder=try_harder)

    def raising_pyzbar(image, symbologies):
        raise ValueError("unknown orientation")  # what pyzbar raises on some newer zbar results

    frame = symbol_scene(BATTERY, zxingcpp.BarcodeFormat.Code128, scale=2, size=(800, 600), angle=20.0)
    decoder = FrameDecoder(budget_ms=BUDGET, read_zxing=flaky_zxing, read_pyzbar=raising_pyzbar)
    result = decoder.decode(frame)
    assert any("simulated decoder fault" in e for e in result.errors)
    assert [s.text for s in result.symbols] == [BATTERY]  # read by a later pass
    blank = decoder.decode(np.full((480, 640, 3), 90, np.uint8))
    assert blank.symbols == ()


def test_the_time_budget_stops_escalation():
    ticks = iter(range(0, 10_000, 100))  # every timer call advances 100 ms
    frame = symbol_scene(BATTERY, zxingcpp.BarcodeFormat.Code128, scale=2, size=(800, 600), angle=30.0)
    result = FrameDecoder(budget_ms=150, timer=lambda: next(ticks) / 1000).decode(frame)
    assert not any(p.startswith("located") for p in result.passes)


@pytest.mark.parametrize("seed", [40568463304797, 31965501039141])  # frames 111 and 333 of the benchmark corpus
def test_a_small_tilted_data_matrix_nobody_located_is_found_by_its_outline_and_read(seed):
    frame, truth = render_frame(seed)  # 640x480, Data Matrix at ~2.5 px per module, tilted 8-21 degrees
    (expected,) = [(Symbology(s.symbology), s.payload) for s in truth.symbols]
    assert expected[0] is Symbology.DATA_MATRIX
    without = FrameDecoder(budget_ms=BUDGET, find_squares=False).decode(frame)
    assert expected[1] not in {s.text for s in without.symbols}
    result = FrameDecoder(budget_ms=BUDGET).decode(frame)
    assert [(s.symbology, s.text) for s in result.symbols] == [expected]
    assert any(p.startswith("square:") for p in result.passes)

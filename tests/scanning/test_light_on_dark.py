"""Light-on-dark symbols (laser-marked on dark metal) are read in every tier where dark-on-light ones are, and text is
what the symbol says it is (ECI, Shift_JIS, Latin-1), with the raw bytes kept.

Times are not asserted here (tests run on a loaded machine); the 1080p medians are in benchmarks/decode_bench.py.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest
import zxingcpp

from dismantler_app.domain.classifier import classify
from dismantler_app.scanning.pipeline import FrameDecoder
from dismantler_app.scanning.single_image import read_picture
from dismantler_app.scanning.symbols import Symbology
from dismantler_app.scanning.synth_marks import render_dark_mark_frame, render_parts_label_frame
from tests.scanning.conftest import symbol_scene

BATTERY = "001PE0A1234567F6A0000123"


@pytest.mark.parametrize("symbology", [Symbology.DATA_MATRIX, Symbology.QR])
@pytest.mark.parametrize("module_px", [2.5, 3.5, 5.0])
def test_generated_light_on_dark_labels_are_read_at_several_module_sizes(symbology, module_px):
    for seed in (1, 2):
        frame, truth = render_dark_mark_frame(
            seed, symbology=symbology, size=(1280, 720), module_px=module_px, tilt=12.0 * seed, clean=True
        )
        (expected,) = truth.symbols
        # the mark really is light on dark: its surroundings are darker than its brightest cells
        assert np.median(frame) < 100
        result = FrameDecoder(budget_ms=None).decode(frame)
        assert [(s.symbology.value, s.text) for s in result.symbols] == [(expected.symbology, expected.payload)]
        assert "cheap:inverted" in result.passes
        # the very same mark printed dark-on-light (the frame's negative) is read too
        negative = FrameDecoder(budget_ms=None).decode(cv2.bitwise_not(frame))
        assert [s.text for s in negative.symbols] == [expected.payload]
        assert classify(result.symbols[0].payload).code == expected.code


def test_a_light_on_dark_label_is_read_by_the_camera_decoder_within_its_budget_and_by_a_picture():
    frame, truth = render_dark_mark_frame(7, symbology=Symbology.DATA_MATRIX, size=(1920, 1080), module_px=4.0)
    (expected,) = truth.symbols
    assert [s.text for s in FrameDecoder(budget_ms=10_000).decode(frame).symbols] == [expected.payload]
    report = read_picture(frame)
    assert [(c.code, s.symbology.value) for c, s in report.codes] == [(expected.code, "data_matrix")]


def test_light_on_dark_is_read_on_most_generated_frames_and_nothing_is_invented():
    read = 0
    for seed in range(12):
        symbology = (Symbology.DATA_MATRIX, Symbology.QR)[seed % 2]
        frame, truth = render_dark_mark_frame(100 + seed, symbology=symbology, size=(640, 480))
        found = FrameDecoder(budget_ms=None).decode(frame).symbols
        assert {s.text for s in found} <= {truth.symbols[0].payload}
        read += bool(found)
    assert read >= 10


@pytest.mark.parametrize("angle", [0.0, 25.0])
def test_an_inverted_code128_is_read_in_the_cheap_pass_or_rectified(angle):
    scene = symbol_scene(BATTERY, zxingcpp.BarcodeFormat.Code128, scale=2, size=(800, 600), angle=angle)
    inverted = cv2.bitwise_not(scene)
    result = FrameDecoder(budget_ms=None).decode(inverted)
    assert [s.text for s in result.symbols] == [BATTERY]
    normal = FrameDecoder(budget_ms=None).decode(scene)
    assert [s.text for s in normal.symbols] == [BATTERY]
    # the same tier reads both polarities: the located/rectified passes when the cheap one cannot
    assert any(p.startswith("located") for p in result.passes) == any(p.startswith("located") for p in normal.passes)


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("デザインQR", "デザインQR".encode("shift_jis")),  # issue 14: shown as 棉晦草QR… before
        ("Größe 150 Ah", "Größe 150 Ah".encode("latin-1")),  # QR's default character set without an ECI
        ("电池编码：" + BATTERY, ("电池编码：" + BATTERY).encode("utf-8")),
    ],
)
def test_text_is_what_the_symbol_says_and_the_raw_bytes_are_kept(text, raw):
    scene = symbol_scene(text, zxingcpp.BarcodeFormat.QRCode, scale=4)
    (symbol,) = FrameDecoder(budget_ms=None).decode(scene).symbols
    assert symbol.text == text
    assert symbol.raw == raw
    shown = symbol.to_json()
    assert shown["raw"] == text
    assert ("raw_bytes_hex" in shown) == (raw != text.encode("utf-8"))
    if "raw_bytes_hex" in shown:
        assert bytes.fromhex(shown["raw_bytes_hex"]) == raw
    assert symbol.aim == "]Q1" and symbol.payload == text  # not GS1: the identifier stays out of the payload


def test_parts_labels_never_give_a_vin_and_give_a_battery_code_only_from_a_serial_field():
    for seed in range(10):
        frame, truth = render_parts_label_frame(seed, size=(1280, 720))
        report = read_picture(frame)
        codes = {c.code for c, _ in report.codes}
        assert codes <= {s.code for s in truth.symbols if s.code}
        assert all(c.kind.value != "vin" for c, _ in report.codes)

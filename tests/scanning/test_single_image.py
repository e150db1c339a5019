"""A single picture: codes from 1D symbols are reported only when an independent read of the same bars agrees."""

from __future__ import annotations

import cv2
import numpy as np
import zxingcpp

from dismantler_app.scanning.pipeline import FrameDecoder, to_gray
from dismantler_app.scanning.single_image import Doubt, read_picture, second_opinion
from dismantler_app.scanning.symbols import Symbology
from tests.scanning.conftest import FIXTURES

GENUINE = "001PE0A1234567F6A0000123"
OTHER = "001PE0A1234567F6A0000456"  # a valid battery code too, same length and character sets


def spliced_code128(top: str, bottom: str, *, top_share: float = 0.5) -> np.ndarray:
    """A doctored label: the upper part of the bars encodes ``top``, the rest ``bottom`` (both checksum-valid), as
    a smudged or over-printed label can make two scan lines read differently."""
    a = np.asarray(zxingcpp.create_barcode(top, zxingcpp.BarcodeFormat.Code128).to_image(scale=2))
    b = np.asarray(zxingcpp.create_barcode(bottom, zxingcpp.BarcodeFormat.Code128).to_image(scale=2))
    assert a.shape == b.shape
    cut = round(a.shape[0] * top_share)
    bars = np.vstack([a[:cut], b[cut:]])
    scene = np.full((400, 800), 200, np.uint8)
    y, x = (400 - bars.shape[0]) // 2, (800 - bars.shape[1]) // 2
    scene[y : y + bars.shape[0], x : x + bars.shape[1]] = bars
    return cv2.cvtColor(scene, cv2.COLOR_GRAY2BGR)


def test_every_committed_fixture_label_is_still_reported_and_nothing_else(manifest):
    one_d = 0
    for entry in manifest:
        report = read_picture(cv2.imread(str(FIXTURES / entry["file"])))
        truth = {(s["symbology"], s["code"]) for s in entry["symbols"]}
        reported = {(s.symbology.value, c.code) for c, s in report.codes}
        assert reported <= truth, entry["file"]
        assert report.unconfirmed == [], entry["file"]
        one_d += sum(1 for symbology, _ in reported if symbology in ("code128", "code39"))
    assert one_d >= 5  # the fixtures' Code 128 and Code 39 labels the pipeline reads, all confirmed


def test_a_label_whose_bars_read_as_two_valid_codes_reports_neither_as_a_code():
    for share in (0.5, 0.35):
        report = read_picture(spliced_code128(GENUINE, OTHER, top_share=share))
        assert report.codes == []
        assert report.unconfirmed, share
        for doubt in report.unconfirmed:
            assert doubt.doubt is Doubt.DISAGREE
            assert doubt.symbol.symbology is Symbology.CODE_128
            assert {GENUINE, OTHER} <= {doubt.symbol.text, *doubt.reason.split("'")}
            assert "take a sharper picture or scan it with the camera" in doubt.reason


def test_the_same_bars_undoctored_are_confirmed():
    report = read_picture(spliced_code128(GENUINE, GENUINE))
    assert [(c.code, s.symbology) for c, s in report.codes] == [(GENUINE, Symbology.CODE_128)]
    assert report.unconfirmed == []


def test_a_read_no_second_pass_can_repeat_is_left_unconfirmed_with_the_reason():
    frame = spliced_code128(GENUINE, GENUINE)
    decoder = FrameDecoder()
    (symbol,) = decoder.decode(frame).symbols
    gray = to_gray(frame)
    erased = np.full_like(gray, 200)  # the bars gone when read again: only the first read saw them
    doubt = second_opinion(erased, symbol, others=[symbol], decoder=decoder, code=GENUINE)
    assert doubt is not None and doubt[0] is Doubt.SINGLE_READ and "read in one pass only" in doubt[1]
    assert second_opinion(gray, symbol, others=[symbol], decoder=decoder, code=GENUINE) is None


def test_a_qr_beside_the_code128_with_the_same_code_confirms_it():
    qr = np.asarray(zxingcpp.create_barcode(GENUINE, zxingcpp.BarcodeFormat.QRCode).to_image(scale=4))
    frame = spliced_code128(GENUINE, GENUINE)
    frame[20 : 20 + qr.shape[0], 20 : 20 + qr.shape[1]] = qr[..., None]
    report = read_picture(frame)
    assert sorted(s.symbology.value for _, s in report.codes) == ["code128", "qr"]
    assert report.unconfirmed == []


def test_a_picture_gives_the_same_answer_however_slow_the_clock_says_the_machine_is(manifest):
    """Deterministic by construction: with a clock that says every step took a whole second (a machine far busier
    than any yard PC), a picture gives exactly what it gives with the real clock; only ``ms`` differs."""

    def crawling_clock(start: list[float] = [0.0]) -> float:  # noqa: B006 - the clock's own state
        start[0] += 1.0
        return start[0]

    for entry in manifest:
        frame = cv2.imread(str(FIXTURES / entry["file"]))
        normal = read_picture(frame)
        slow = read_picture(frame, decoder=FrameDecoder.for_pictures(timer=crawling_clock), timer=crawling_clock)
        assert slow.codes == normal.codes, entry["file"]
        assert slow.unconfirmed == normal.unconfirmed and slow.unrecognised == normal.unrecognised
        assert slow.errors == normal.errors and slow.ms >= 1000
    # the camera's decoder is the one that keeps a budget: the same slow clock stops it after the cheap pass
    budgeted = FrameDecoder(timer=crawling_clock).decode(cv2.imread(str(FIXTURES / manifest[0]["file"])))
    assert "locate" not in budgeted.passes

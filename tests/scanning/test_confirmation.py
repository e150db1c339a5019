"""Confirmation rules and payload handling, with capture times chosen by the test (no threads, no sleeping)."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dismantler_app.domain.codes import CodeKind
from dismantler_app.scanning.confirmation import ConfirmationSettings, Confirmer
from dismantler_app.scanning.decoders import order_corners, payload_text
from dismantler_app.scanning.events import CodeConfirmed, FrameId, PayloadUnrecognised
from dismantler_app.scanning.interpret import Frame, Interpreter
from dismantler_app.scanning.symbols import DecodedSymbol, Decoder, FrameResult, Symbology

BATTERY = "001PE0A1234567F6A0000123"
VIN = "1M8GDM9AXKP042788"
BOX = ((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0))
IMAGE = np.full((48, 64, 3), 128, np.uint8)


def _symbol(text: str | bytes, symbology: Symbology = Symbology.QR) -> DecodedSymbol:
    raw = text if isinstance(text, bytes) else text.encode()
    return DecodedSymbol(payload_text(raw), raw, symbology, BOX, Decoder.ZXING)


def _frame(n: int, at: float) -> Frame:
    return Frame(FrameId(n), at, IMAGE)


def test_a_code_is_confirmed_on_its_second_frame_within_a_second():
    confirmer = Confirmer()
    assert not confirmer.observe("battery:X", frame_id=1, at=10.0)
    assert confirmer.observe("battery:X", frame_id=2, at=10.9)


def test_two_sightings_more_than_the_window_apart_do_not_confirm():
    confirmer = Confirmer(ConfirmationSettings(window_s=1.0))
    assert not confirmer.observe("k", frame_id=1, at=0.0)
    assert not confirmer.observe("k", frame_id=2, at=1.2)
    assert confirmer.observe("k", frame_id=3, at=1.5)  # 1.2 and 1.5 are within the window


def test_the_same_frame_counts_once_even_with_two_symbols_of_the_code():
    interpreter = Interpreter()
    result = FrameResult((_symbol(BATTERY), _symbol(BATTERY, Symbology.CODE_128)))
    assert interpreter.interpret(_frame(1, 0.0), result) == []
    events = interpreter.interpret(_frame(2, 0.1), result)
    assert len(events) == 1 and isinstance(events[0], CodeConfirmed)
    assert {s.symbology for s in events[0].symbols} == {Symbology.QR, Symbology.CODE_128}


def test_a_code_staying_in_view_is_not_announced_again_until_it_has_been_away():
    confirmer = Confirmer(ConfirmationSettings(quiet_s=3.0))
    announcements = [confirmer.observe("k", frame_id=i, at=i * 0.1) for i in range(100)]  # 10 s in view
    assert announcements.count(True) == 1
    assert not confirmer.observe("k", frame_id=200, at=12.0)  # away 2.1 s: still quiet
    assert not confirmer.observe("k", frame_id=300, at=16.0)  # away 4 s: counting starts again
    assert confirmer.observe("k", frame_id=301, at=16.1)


def test_a_slow_source_widens_the_window_so_codes_still_confirm():
    confirmer = Confirmer(ConfirmationSettings(window_s=1.0))
    assert not confirmer.observe("k", frame_id=1, at=0.0, window_s=3.0)
    assert confirmer.observe("k", frame_id=2, at=2.0, window_s=3.0)


def test_out_of_order_frames_from_two_workers_still_confirm_once():
    confirmer = Confirmer()
    assert not confirmer.observe("k", frame_id=5, at=0.5)
    assert confirmer.observe("k", frame_id=4, at=0.4)
    assert not confirmer.observe("k", frame_id=6, at=0.6)


def test_several_codes_in_one_frame_are_all_confirmed_with_evidence():
    interpreter = Interpreter()
    result = FrameResult((_symbol(BATTERY), _symbol(VIN, Symbology.CODE_39)))
    interpreter.interpret(_frame(1, 0.0), result)
    events = interpreter.interpret(_frame(2, 0.05), result)
    kinds = sorted(e.classification.kind for e in events if isinstance(e, CodeConfirmed))
    assert kinds == [CodeKind.BATTERY, CodeKind.VIN]
    for event in events:
        assert event.evidence is not None
        assert event.evidence.jpeg[:2] == b"\xff\xd8"  # a JPEG
        assert event.evidence.sha256 == hashlib.sha256(event.evidence.jpeg).hexdigest()


@pytest.mark.parametrize(
    "raw",
    [
        b"\xff\xfe\x00\x81garbage",  # not UTF-8 nor GB 18030
        b"\x00\x07\x1b[2J\x08" + BATTERY.encode() + b"\x7f",  # control characters around a code
        b"A" * 4096,  # 4 KB
        "http://example.com/电池".encode(),
    ],
    ids=["non-utf8", "control-chars", "4kb", "url"],
)
def test_odd_payloads_are_classified_without_crashing_and_never_invent_a_code(raw):
    interpreter = Interpreter()
    result = FrameResult((_symbol(raw),))
    events = interpreter.interpret(_frame(1, 0.0), result) + interpreter.interpret(_frame(2, 0.1), result)
    assert len(events) == 1
    event = events[0]
    if isinstance(event, CodeConfirmed):
        assert event.classification.code == BATTERY and BATTERY.encode() in raw
    else:
        assert isinstance(event, PayloadUnrecognised)
        assert event.symbol.raw == raw
        assert event.to_json()["raw"]  # shown to the operator as text


def test_repeated_trouble_is_reported_once_every_few_seconds():
    interpreter = Interpreter()
    failing = FrameResult(errors=("pyzbar: ValueError: unknown orientation",))
    reported = [interpreter.interpret(_frame(i, i * 0.1), failing) for i in range(100)]
    assert sum(len(r) for r in reported) == 2  # at 0 s and again after 5 s


@given(st.binary(max_size=600))
def test_payload_text_never_raises_and_keeps_utf8_exactly(raw):
    text = payload_text(raw)
    assert isinstance(text, str)
    try:
        assert text == raw.decode("utf-8")
    except UnicodeDecodeError:
        assert text  # something visible for every undecodable payload


@given(
    st.lists(
        st.tuples(st.floats(-1e4, 1e4, allow_nan=False), st.floats(-1e4, 1e4, allow_nan=False)),
        min_size=1,
        max_size=8,
    )
)
def test_corners_are_always_four_points(points):
    corners = order_corners(points)
    assert len(corners) == 4 and all(len(p) == 2 for p in corners)

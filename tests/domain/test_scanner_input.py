"""Handheld scanner bursts against typing, prefixes/suffixes, and keyboard-layout mangling."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dismantler_app.domain.scanner_input import (
    BurstDetector,
    LayoutFix,
    LayoutProblem,
    ScannerSettings,
    diagnose_layout,
)
from dismantler_app.domain.vin import compose_vin

VIN = "1M8GDM9AXKP042788"
BATTERY = "001PE0A1234567F6A0000123"
AZERTY = str.maketrans("1234567890", "&é\"'(-è_çà")


def _feed(detector: BurstDetector, text: str, *, gap_ms: float, start_ms: float = 0.0, end: str = "\r"):
    results = []
    at = start_ms
    for char in text + end:
        results.append(detector.key(char, at_ms=at))
        at += gap_ms
    return [r for r in results if r is not None], at


def test_a_fast_burst_ended_by_enter_is_a_scan():
    bursts, _ = _feed(BurstDetector(), BATTERY, gap_ms=4)
    assert [b.text for b in bursts] == [BATTERY]
    assert bursts[0].duration_ms == pytest.approx(4 * len(BATTERY))
    assert bursts[0].layout is None


def test_tab_also_ends_a_scan():
    bursts, _ = _feed(BurstDetector(), VIN, gap_ms=10, end="\t")
    assert [b.text for b in bursts] == [VIN]


def test_typing_at_human_speed_is_not_a_scan():
    bursts, _ = _feed(BurstDetector(), VIN, gap_ms=120)
    assert bursts == []


def test_a_scan_right_after_typing_keeps_only_the_scanned_characters():
    detector = BurstDetector()
    _, at = _feed(detector, "note", gap_ms=150, end="")
    bursts, _ = _feed(detector, VIN, gap_ms=5, start_ms=at + 300)
    assert [b.text for b in bursts] == [VIN]


def test_short_bursts_are_keyboard_shortcuts_not_scans():
    bursts, _ = _feed(BurstDetector(ScannerSettings(min_length=6)), "ab12", gap_ms=3)
    assert bursts == []


def test_a_configured_prefix_and_suffix_are_required_and_stripped():
    detector = BurstDetector(ScannerSettings(prefix="]C1", suffix="#"))
    bursts, at = _feed(detector, f"]C1{BATTERY}#", gap_ms=3)
    assert [b.text for b in bursts] == [BATTERY]
    bursts, _ = _feed(detector, BATTERY, gap_ms=3, start_ms=at + 500)
    assert bursts == []


def test_a_pause_before_enter_means_a_person_pressed_it():
    detector = BurstDetector()
    _feed(detector, VIN, gap_ms=5, end="")
    assert detector.key("\r", at_ms=5 * len(VIN) + 400) is None


def test_an_azerty_digit_row_is_detected_and_repaired():
    mangled = VIN.translate(AZERTY)
    bursts, _ = _feed(BurstDetector(), mangled, gap_ms=5)
    assert bursts[0].text == mangled
    layout = bursts[0].layout
    assert layout is not None and layout.problem is LayoutProblem.AZERTY_DIGIT_ROW
    assert layout.repaired == VIN and layout.fix is LayoutFix.MATCH_SCANNER_KEYBOARD_COUNTRY


def test_a_qwertz_y_z_swap_is_detected_through_the_vin_check_digit():
    vin = compose_vin("LSGZY53EKS000001")  # a VIN with a Y and a Z and its right check digit
    swapped = vin.translate(str.maketrans("YZ", "ZY"))
    diagnosis = diagnose_layout(swapped)
    assert diagnosis is not None and diagnosis.problem is LayoutProblem.QWERTZ_Y_Z_SWAPPED
    assert diagnosis.repaired == vin


def test_valid_codes_and_random_words_get_no_layout_diagnosis():
    assert diagnose_layout(BATTERY) is None
    assert diagnose_layout("hello world") is None
    assert diagnose_layout("") is None


@given(
    st.lists(
        st.tuples(st.sampled_from(list("ABC123&é\r\t\n ")), st.floats(0, 500, allow_nan=False)),
        max_size=80,
    )
)
def test_any_key_sequence_only_yields_bursts_that_were_fast_and_long(keys):
    settings = ScannerSettings()
    detector = BurstDetector(settings)
    at = 0.0
    for char, gap in keys:
        at += gap
        burst = detector.key(char, at_ms=at)
        if burst is not None:
            assert char in "\r\t\n"
            assert len(burst.text) >= settings.min_length
            assert burst.duration_ms <= settings.max_gap_ms * len(burst.text) + 1e-6
            assert not set(burst.text) & set("\r\t\n")

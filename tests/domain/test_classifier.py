"""The classifier: battery code | VIN | USCC | unknown with a reason, strict about structure."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dismantler_app.domain.battery_code import parse_battery_code
from dismantler_app.domain.classifier import classify
from dismantler_app.domain.codes import CodeKind, CodeRejected, RejectReason
from dismantler_app.domain.identifiers import parse_owner_id
from tests.strategies import ALNUM, battery_codes, cascade_codes, usccs, vins, wrapped_payloads

BATTERY = "001PE0A1234567F3E0000123"
CASCADE = "001PE0AF3E0000123RM"
VIN = "1M8GDM9AXKP042788"
USCC = "91110000600037341L"


@pytest.mark.parametrize(
    ("raw", "kind", "code"),
    [
        (BATTERY, CodeKind.BATTERY, BATTERY),
        (CASCADE, CodeKind.BATTERY, CASCADE),
        (VIN.lower() + "\r\n", CodeKind.VIN, VIN),
        (USCC, CodeKind.USCC, USCC),
        (f"]C1{BATTERY}".encode(), CodeKind.BATTERY, BATTERY),
        (f"SN:{BATTERY};PN:X1", CodeKind.BATTERY, BATTERY),
        (f"VIN: {VIN}", CodeKind.VIN, VIN),
        (f"收货单位={USCC}", CodeKind.USCC, USCC),
    ],
)
def test_each_kind_is_recognised_with_its_fields(raw, kind, code):
    result = classify(raw)
    assert (result.kind, result.code, result.reason) == (kind, code, None)
    assert result.fields
    json.dumps(result.to_json())


def test_the_input_is_kept_as_decoded_text():
    raw = f"]d2{BATTERY.lower()}\r\n"
    assert classify(raw).input == raw
    assert classify(raw.encode("gb18030")).input == raw


def test_a_code_taken_from_a_wrapper_says_so():
    assert "extracted_from_payload" in classify(f"SN:{BATTERY};PN:1").warnings
    assert "extracted_from_payload" not in classify(BATTERY).warnings


UNKNOWN = [
    ("", RejectReason.EMPTY),
    (b"\r\n\x00", RejectReason.EMPTY),
    ("hello", RejectReason.WRONG_LENGTH),
    ("001XE0A1234567F3E0000123", RejectReason.BAD_LEVEL),
    ("001PH0A1234567F3E0000123", RejectReason.BAD_TYPE),
    ("001PE0A1234567U3E0000123", RejectReason.BAD_YEAR),
    ("001PE0A1234567FDE0000123", RejectReason.BAD_MONTH),
    ("001PE0AF3E0000123XM", RejectReason.BAD_CASCADE_SUFFIX),
    ("1M8GDM9AXKPO42788", RejectReason.FORBIDDEN_LETTER),
    ("91110000600037341M", RejectReason.BAD_CHECKSUM),
    ("9111000060003734IL", RejectReason.BAD_FORMAT),
    ("SN:hello;PN:world", RejectReason.NO_CODE_FOUND),
    ("https://example.com/a/b", RejectReason.NO_CODE_FOUND),
]


@pytest.mark.parametrize(("raw", "reason"), UNKNOWN)
def test_what_is_not_a_code_is_unknown_with_the_reason(raw, reason):
    result = classify(raw)
    assert (result.kind, result.code, result.reason) == (CodeKind.UNKNOWN, None, reason)


def test_a_wrong_vin_check_digit_warns_unless_strict():
    loose = classify("LSVAU2180N2183294")
    assert loose.kind is CodeKind.VIN and "check_digit_mismatch" in loose.warnings
    strict = classify("LSVAU2180N2183294", strict=True)
    assert (strict.kind, strict.reason) == (CodeKind.UNKNOWN, RejectReason.BAD_CHECK_DIGIT)
    assert classify("VIN:LSVAU2180N2183294", strict=True).reason is RejectReason.BAD_CHECK_DIGIT
    assert classify(VIN, strict=True).kind is CodeKind.VIN


def test_strict_mode_asks_the_organisation_code_check_of_a_uscc():
    # 18 digits with a right USCC check character but a wrong GB 11714 organisation code check.
    from stdnum.cn import uscc

    body = "91110000600037342"
    text = body + uscc.calc_check_digit(body)
    assert classify(text).kind is CodeKind.USCC
    assert "organisation_code_check_mismatch" in classify(text).warnings
    assert classify(text, strict=True).reason is RejectReason.BAD_CHECKSUM


def test_a_text_valid_as_uscc_and_as_owner_id_is_ambiguous():
    from stdnum.cn import ric, uscc

    # Search deterministically for an 18-digit ID number whose last character is also the USCC check character.
    for serial in range(1000):
        body = f"11010519491231{serial:03d}"
        text = body + ric.calc_check_digit(body + "0")
        if uscc.is_valid(text):
            break
    else:
        pytest.fail("no number valid in both schemes among 1000")
    result = classify(text)
    assert (result.kind, result.reason) == (CodeKind.UNKNOWN, RejectReason.AMBIGUOUS)


def test_a_battery_code_wins_over_a_vin_in_the_same_payload_and_says_so():
    result = classify(f"VIN:{VIN};SN:{BATTERY}")
    assert (result.kind, result.code) == (CodeKind.BATTERY, BATTERY)
    assert "payload_also_has_vin" in result.warnings


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(battery_codes(), cascade_codes(), vins(), usccs()).flatmap(
        lambda c: st.tuples(st.just(c), wrapped_payloads(c))
    )
)
def test_every_wrapped_code_is_classified_as_its_kind(code_and_payload):
    code, payload = code_and_payload
    expected = {24: CodeKind.BATTERY, 19: CodeKind.BATTERY, 17: CodeKind.VIN, 18: CodeKind.USCC}[len(code)]
    result = classify(payload)
    if expected is CodeKind.USCC and _is_owner_id(code) and result.kind is CodeKind.UNKNOWN:
        assert result.reason is RejectReason.AMBIGUOUS
        return
    assert (result.kind, result.code) == (expected, code)


def _is_owner_id(text: str) -> bool:
    try:
        parse_owner_id(text)
    except CodeRejected:
        return False
    return True


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=ALNUM, min_size=24, max_size=24))
def test_a_24_character_text_is_a_battery_exactly_when_its_structure_holds(text):
    try:
        parse_battery_code(text)
    except CodeRejected as exc:
        assert classify(text).kind is CodeKind.UNKNOWN
        assert classify(text).reason is exc.reason
    else:
        assert classify(text).kind is CodeKind.BATTERY


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=ALNUM, min_size=25, max_size=60))
def test_battery_codes_cut_from_random_runs_have_a_clean_date_and_numeric_serial(text):
    result = classify(text)
    assert result.kind in (CodeKind.UNKNOWN, CodeKind.BATTERY)
    if result.kind is CodeKind.BATTERY:
        assert result.fields["serial"].isdigit() and result.fields["production_date"] and not result.warnings[:-1]


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.text(), st.binary(), st.text(alphabet=ALNUM + "]>[():;=\x1d\x1e\x04 \r\n", max_size=70)))
def test_classify_never_raises_and_always_gives_a_kind(raw):
    result = classify(raw)
    assert isinstance(result.kind, CodeKind)
    assert (result.reason is None) == (result.kind is not CodeKind.UNKNOWN)
    assert (result.code is None) == (result.kind is CodeKind.UNKNOWN)
    json.dumps(result.to_json())

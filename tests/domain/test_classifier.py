"""The classifier: battery code | VIN | USCC | unknown with a reason, strict about structure."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dismantler_app.domain.battery_code import parse_battery_code
from dismantler_app.domain.classifier import classify
from dismantler_app.domain.codes import CodeKind, CodeRejected, RejectReason
from dismantler_app.domain.identifiers import parse_owner_id
from dismantler_app.domain.vin import parse_vin
from tests.domain.vin_strategies import vin_payloads
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


def test_a_wrong_check_digit_is_never_a_vin_where_the_region_makes_the_digit_law():
    # L (China, GB 16735) and 1-5, 7 (North America, 49 CFR 565): labelled or not, strict or not
    for raw in ("LSVAU2180N2183294", "VIN:LSVAU2180N2183294", "I1M8GDM9A0KP042788", "7SAYGDEE0PF000001"):
        for strict in (False, True):
            result = classify(raw, strict=strict, vin_field=True)
            assert (result.kind, result.reason) == (CodeKind.UNKNOWN, RejectReason.BAD_CHECK_DIGIT), raw
    assert classify(VIN, strict=True).kind is CodeKind.VIN


EU_BAD_DIGIT = "WP0ZZZ99ZTS392125"  # Porsche WMI, check digit optional in the EU; "Z" where "X" would be


def test_an_eu_vin_without_a_valid_check_digit_needs_a_label_saying_it_is_a_vin():
    assert not parse_vin(EU_BAD_DIGIT).check_digit_ok
    bare = classify(EU_BAD_DIGIT)
    assert (bare.kind, bare.reason) == (CodeKind.UNKNOWN, RejectReason.BAD_CHECK_DIGIT)
    for labelled in (f"VIN:{EU_BAD_DIGIT}", f"[)>\x1e06\x1dI{EU_BAD_DIGIT}\x1e\x04", f"I{EU_BAD_DIGIT}"):
        result = classify(labelled)
        assert (result.kind, result.code) == (CodeKind.VIN, EU_BAD_DIGIT), labelled
        assert "check_digit_mismatch" in result.warnings
        assert classify(labelled, strict=True).reason is RejectReason.BAD_CHECK_DIGIT  # the market says no
    assert classify(EU_BAD_DIGIT, vin_field=True).kind is CodeKind.VIN


@pytest.mark.parametrize(
    "raw",
    [
        "1PCL31B106KBHNNNE",  # issue 14: the part-number field of an ISO 15434 parts label
        "[)>\x1e06\x1d1PCL31B106KBHNNNE\x1dQ100\x1e\x04",
        "]d1[)>\x1e06\x1dP1HGCM82633A004352\x1e\x04",  # a valid VIN as a part number is still a part number
        "[)>\x1e06\x1dS1HGCM82633A004352\x1e\x04",
        "PN:1HGCM82633A004352",
        "SN:1HGCM82633A004352",
        "]C10109501234567890211HGCM82633A004352",  # GS1 has no AI meaning VIN
    ],
)
def test_fields_of_another_meaning_are_never_vins(raw):
    assert classify(raw).kind is not CodeKind.VIN


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
    st.one_of(
        st.one_of(battery_codes(), cascade_codes(), usccs()).flatmap(
            lambda c: st.tuples(st.just(c), wrapped_payloads(c))
        ),
        vins().flatmap(lambda c: st.tuples(st.just(c), vin_payloads(c))),
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
@given(battery_codes(), st.text(alphabet=ALNUM, max_size=8), st.text(alphabet=ALNUM, max_size=8))
def test_a_battery_code_inside_a_longer_run_is_not_found(code, before, after):
    # issue 14: "001PBE10000011F3A00012345" (25 characters) was cut to 24 and recorded
    text = before + code + after
    if text == code:
        return
    assert classify(text).kind is CodeKind.UNKNOWN
    assert classify(f"SN:{text}").kind is not CodeKind.BATTERY


@settings(max_examples=600, deadline=None)
@given(
    st.one_of(
        st.text(alphabet=ALNUM + ":;=/ \r\n\x1d", max_size=60),
        st.text(alphabet=ALNUM, min_size=17, max_size=30),
        battery_codes().flatmap(lambda c: st.sampled_from([c[:-1], c + "0", "X" + c, c[1:], c + c])),
    )
)
def test_nothing_but_a_whole_24_character_field_becomes_a_battery_code(raw):
    result = classify(raw)
    if result.kind is CodeKind.BATTERY and not result.fields["cascade"]:
        assert len(result.code) == 24
        # the code is a whole field of the payload: separators or the payload's ends on both sides
        fields = re.split(r"[^0-9A-Z]+", raw.upper())
        assert result.code in fields


@pytest.mark.parametrize(
    "raw", ["001PBE10000011F3A00012345", "001PBE10000011F3A000123400", "X001PE0A1234567F3E0000123"]
)
def test_runs_of_25_or_26_characters_are_no_battery_codes(raw):
    result = classify(raw)
    assert (result.kind, result.reason) == (CodeKind.UNKNOWN, RejectReason.WRONG_LENGTH)


@pytest.mark.parametrize(
    "raw",
    [
        "0109501234567890211PE0A1234567F3EABCDEFG",  # no ]d2 and no FNC1: a scanner that drops them
        "0109501234567890211PE0A1234567F3EABCDEFG\x1d10LOT7",
        "(01)09501234567890(21)001PE0A1234567F3EABCDEFG",
    ],
)
def test_a_gs1_serial_with_letters_is_a_battery_code_when_its_24_characters_parse(raw):
    raw = raw.replace("211PE0A", "21001PE0A")
    result = classify(raw)
    assert (result.kind, result.code) == (CodeKind.BATTERY, "001PE0A1234567F3EABCDEFG")


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.text(), st.binary(), st.text(alphabet=ALNUM + "]>[():;=\x1d\x1e\x04 \r\n", max_size=70)))
def test_classify_never_raises_and_always_gives_a_kind(raw):
    result = classify(raw)
    assert isinstance(result.kind, CodeKind)
    assert (result.reason is None) == (result.kind is not CodeKind.UNKNOWN)
    assert (result.code is None) == (result.kind is CodeKind.UNKNOWN)
    json.dumps(result.to_json())

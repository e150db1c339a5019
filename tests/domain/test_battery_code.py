"""GB/T 34014-2017 battery codes: fields, look-alikes, the production date, cascade codes, wrapped payloads."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dismantler_app.domain.battery_code import (
    BatteryCode,
    PackLevel,
    compose_battery_code,
    compose_cascade_code,
    decode_date_char,
    encode_date_char,
    find_battery_code,
    parse_battery_code,
)
from dismantler_app.domain.codes import CodeRejected, RejectReason
from dismantler_app.domain.production_date import DATE_CHARS
from tests.strategies import ALNUM, battery_code_parts, battery_codes, cascade_codes, wrapped_payloads

CATL_PACK = "001PE0A1234567F3E0000123"


def test_every_field_of_a_pack_code_is_decoded():
    code = parse_battery_code(CATL_PACK)
    assert code.code == CATL_PACK
    assert code.manufacturer == "001"
    assert code.manufacturer_name == "CATL"
    assert code.level is PackLevel.PACK
    assert (code.battery_type, code.battery_type_name, code.battery_type_certain) == ("E", "ternary", True)
    assert code.spec == "0A"
    assert code.traceability == "1234567"
    assert code.date_chars == "F3E"
    assert code.production_date == date(2025, 3, 14)
    assert code.serial == "0000123"
    assert code.cascade is False
    assert code.warnings == ()


def test_whitespace_case_and_full_width_input_are_normalised():
    assert parse_battery_code(f"  {CATL_PACK.lower()}\r\n").code == CATL_PACK
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in CATL_PACK)  # what a Chinese input method types
    assert parse_battery_code(full_width).code == CATL_PACK


def test_likely_battery_types_are_marked_uncertain():
    nimh = parse_battery_code("001PA0A1234567F3E0000123")
    lfp = parse_battery_code("001PB0A1234567F3E0000123")
    assert (nimh.battery_type_name, nimh.battery_type_certain) == ("nimh", False)
    assert (lfp.battery_type_name, lfp.battery_type_certain) == ("lfp", True)


def test_date_table_skips_i_o_q_u_z_and_runs_to_y_equals_30():
    assert len(DATE_CHARS) == 30
    assert not set("IOQUZ0") & set(DATE_CHARS)
    assert [decode_date_char(c) for c in "19AHJY"] == [1, 9, 10, 17, 18, 30]
    assert encode_date_char(15) == "F"  # 2025 = F
    assert encode_date_char(16) == "G"  # 2026 = G
    for value in range(1, 31):
        assert decode_date_char(encode_date_char(value)) == value
    with pytest.raises(ValueError):
        encode_date_char(31)
    with pytest.raises(ValueError):
        decode_date_char("U")


# Each look-alike differs from CATL_PACK (or its cascade form) in the one way the reason names.
LOOK_ALIKES = [
    ("", RejectReason.EMPTY),
    ("   \r\n", RejectReason.EMPTY),
    (CATL_PACK[:-1], RejectReason.WRONG_LENGTH),
    (CATL_PACK + "1", RejectReason.WRONG_LENGTH),
    ("001PE0A1234567F3E0000123"[:17], RejectReason.WRONG_LENGTH),
    ("001PE0A12345-7F3E0000123", RejectReason.BAD_CHARACTER),
    ("001PE0A1234567F3E00001é3", RejectReason.BAD_CHARACTER),
    ("001XE0A1234567F3E0000123", RejectReason.BAD_LEVEL),
    ("0011E0A1234567F3E0000123", RejectReason.BAD_LEVEL),
    ("001PH0A1234567F3E0000123", RejectReason.BAD_TYPE),
    ("001P10A1234567F3E0000123", RejectReason.BAD_TYPE),
    ("001PE0A12345670314000123", RejectReason.BAD_YEAR),
    ("001PE0A1234567U3E0000123", RejectReason.BAD_YEAR),
    ("001PE0A1234567Z3E0000123", RejectReason.BAD_YEAR),
    ("001PE0A1234567FDE0000123", RejectReason.BAD_MONTH),
    ("001PE0A1234567F0E0000123", RejectReason.BAD_MONTH),
    ("001PE0AF3E0000123XP", RejectReason.BAD_CASCADE_SUFFIX),
    ("001PE0AF3E0000123RX", RejectReason.BAD_CASCADE_SUFFIX),
    ("001XE0AF3E0000123RP", RejectReason.BAD_LEVEL),
    ("001PE0AFDE0000123RM", RejectReason.BAD_MONTH),
]


@pytest.mark.parametrize(("text", "reason"), LOOK_ALIKES)
def test_look_alikes_are_refused_with_the_reason(text, reason):
    with pytest.raises(CodeRejected) as refused:
        parse_battery_code(text)
    assert refused.value.reason is reason
    assert refused.value.detail  # says what is wrong


@pytest.mark.parametrize("day", list(ALNUM))
def test_no_day_character_rejects_a_code(day):
    code = parse_battery_code(f"001PE0A1234567F3{day}0000123")
    assert (code.production_year, code.production_month) == (2025, 3)


@pytest.mark.parametrize(
    ("day", "expected", "warning"),
    [
        ("V", date(2025, 3, 27), "production_day_ambiguous"),
        ("Y", date(2025, 3, 30), "production_day_ambiguous"),
        ("U", date(2025, 3, 27), "production_day_ambiguous"),  # the reading that keeps U in the table
        ("0", date(2025, 3, 31), "production_day_ambiguous"),  # the reading that writes 0 for 31
        ("Z", None, "production_day_unreadable"),
        ("I", None, "production_day_unreadable"),
    ],
)
def test_uncertain_days_give_a_best_guess_and_a_warning(day, expected, warning):
    code = parse_battery_code(f"001PE0A1234567F3{day}0000123")
    assert code.production_date == expected
    assert warning in code.warnings


def test_a_day_the_month_does_not_have_warns_and_leaves_the_date_empty():
    code = parse_battery_code("001PE0A1234567F2X0000123")  # 29 February 2025
    assert code.production_date is None
    assert "production_day_out_of_range" in code.warnings
    assert (code.production_year, code.production_month) == (2025, 2)


def test_unambiguous_days_carry_no_warning():
    assert parse_battery_code("001PE0A1234567G1T0000123").production_date == date(2026, 1, 26)
    assert parse_battery_code("001PE0A1234567G1T0000123").warnings == ()


@settings(max_examples=500, deadline=None)
@given(battery_code_parts())
def test_composed_codes_parse_back_to_the_same_fields(parts):
    code = parse_battery_code(compose_battery_code(**parts))
    assert code.manufacturer == parts["manufacturer"]
    assert code.level is parts["level"]
    assert code.battery_type == parts["battery_type"]
    assert code.spec == parts["spec"]
    assert code.traceability == parts["traceability"]
    assert code.production_date == parts["production_date"]
    assert code.serial == parts["serial"]
    assert not code.cascade
    json.dumps(code.fields())


@settings(max_examples=300, deadline=None)
@given(battery_code_parts(), st.sampled_from(list(PackLevel)))
def test_cascade_codes_drop_traceability_and_end_in_r_and_the_new_level(parts, new_level):
    del parts["traceability"]
    text = compose_cascade_code(**parts, cascade_level=new_level)
    code = parse_battery_code(text)
    assert len(text) == 19 and text[-2:] == "R" + new_level.value
    assert code.cascade and code.traceability is None and code.cascade_level is new_level
    assert (code.manufacturer, code.level, code.spec, code.serial) == (
        parts["manufacturer"],
        parts["level"],
        parts["spec"],
        parts["serial"],
    )
    assert code.production_date == parts["production_date"]


@pytest.mark.parametrize(
    "bad",
    [
        {"manufacturer": "01"},
        {"level": "X"},
        {"battery_type": "H"},
        {"serial": "12345-7"},
        {"production_date": date(2010, 5, 1)},
    ],
)
def test_compose_refuses_fields_that_cannot_be_encoded(bad):
    parts = {
        "manufacturer": "001",
        "level": "P",
        "battery_type": "E",
        "spec": "0A",
        "traceability": "1234567",
        "production_date": date(2025, 3, 14),
        "serial": "0000123",
    }
    with pytest.raises(ValueError):
        compose_battery_code(**(parts | bad))


@settings(max_examples=400, deadline=None)
@given(st.one_of(battery_codes(), cascade_codes()).flatmap(lambda c: st.tuples(st.just(c), wrapped_payloads(c))))
def test_codes_are_found_inside_every_wrapper(code_and_payload):
    code, payload = code_and_payload
    assert find_battery_code(payload).code == code
    assert find_battery_code(payload.encode("utf-8")).code == code


def test_the_maker_wrapper_is_read_at_its_offset():
    maker = "A" * 36
    assert find_battery_code(f"[>16{maker}{CATL_PACK}").code == CATL_PACK
    # an alphanumeric serial is found through the wrapper too, where a cut from a bare run would be refused
    alpha_serial = "001PE0A1234567F3EABCDEFG"
    assert find_battery_code(f"[>16{maker}{alpha_serial}").code == alpha_serial


def test_a_cascade_code_keeps_the_original_code_found_beside_it():
    cascade = "001PE0AF3E0000123RM"
    found = find_battery_code(f"SN:{cascade};ORIG:{CATL_PACK}")
    assert found.code == cascade and found.cascade
    assert found.original_code == CATL_PACK
    assert found.fields()["original_code"] == CATL_PACK


@pytest.mark.parametrize(
    "payload",
    [
        "XYZ123" + CATL_PACK,
        CATL_PACK + "5",
        "001PBE10000011F3A00012345",
        "001PBE10000011F3A000123400",
        "SN:X" + CATL_PACK,
    ],
)
def test_a_code_is_never_cut_out_of_a_longer_run(payload):
    # issue 14: 25- and 26-character runs were cut to 24 and recorded as battery codes
    with pytest.raises(CodeRejected) as refused:
        find_battery_code(payload)
    assert refused.value.reason in (RejectReason.WRONG_LENGTH, RejectReason.NO_CODE_FOUND)


def test_a_part_number_field_is_no_battery_code():
    with pytest.raises(CodeRejected):
        find_battery_code(f"[)>\x1e06\x1d1P{CATL_PACK}\x1e\x04")
    with pytest.raises(CodeRejected):
        find_battery_code(f"PN:{CATL_PACK}")
    assert find_battery_code(f"[)>\x1e06\x1d1P12345\x1dS{CATL_PACK}\x1e\x04").code == CATL_PACK


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ("", RejectReason.EMPTY),
        (b"\x00\r\n", RejectReason.EMPTY),
        ("001XE0A1234567F3E0000123", RejectReason.BAD_LEVEL),
        ("SN:001XE0A1234567F3E0000123;PN:7", RejectReason.BAD_LEVEL),
        ("ABC", RejectReason.WRONG_LENGTH),
        ("SN:ABC;PN:7", RejectReason.NO_CODE_FOUND),
    ],
)
def test_a_payload_without_a_code_is_refused_with_the_most_telling_reason(payload, reason):
    with pytest.raises(CodeRejected) as refused:
        find_battery_code(payload)
    assert refused.value.reason is reason


@settings(max_examples=1000, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet=ALNUM + "RPMC:;[]>()/ \r\n\x1d\x1e\x04", max_size=80)))
def test_parsing_arbitrary_text_raises_only_code_rejected(text):
    for parse in (parse_battery_code, find_battery_code):
        try:
            result = parse(text)
        except CodeRejected:
            continue
        assert isinstance(result, BatteryCode) and len(result.code) in (19, 24)


@settings(max_examples=800, deadline=None)
@given(st.binary(max_size=120))
def test_finding_in_arbitrary_bytes_raises_only_code_rejected(data):
    try:
        result = find_battery_code(data)
    except CodeRejected:
        return
    assert result == replace(parse_battery_code(result.code), original_code=result.original_code)

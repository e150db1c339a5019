"""VINs (ISO 3779 / GB 16735-2019): check digits of real VINs, look-alikes, model year, region, payloads."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dismantler_app.domain.battery_code import parse_battery_code
from dismantler_app.domain.classifier import classify
from dismantler_app.domain.codes import CodeKind, CodeRejected, RejectReason
from dismantler_app.domain.vin import (
    Vin,
    compose_vin,
    find_vin,
    find_vin_field,
    model_year,
    parse_vin,
    vin_accepted,
    vin_check_char,
)
from tests.domain.vin_strategies import OTHER_DATA_IDENTIFIERS, iso15434_envelopes, vin_payloads
from tests.strategies import ALNUM, VIN_ALPHABET, battery_codes, vins

# Published VINs with a valid check digit: the ISO 3779 / Wikipedia worked example (remainder 10 → X), Honda's
# owner-manual sample, and two VINs used as examples in decoder documentation; each was recomputed by hand.
REAL_VINS = ["1M8GDM9AXKP042788", "1HGCM82633A004352", "1HGBH41JXMN109186", "JH4KA7561PC008269"]


@pytest.mark.parametrize("text", REAL_VINS)
def test_real_vins_have_a_matching_check_digit(text):
    vin = parse_vin(text)
    assert vin.check_digit_ok and vin.expected_check_char == text[8]
    assert vin.warnings == ()


def test_check_digit_remainder_ten_is_written_x():
    # 1M8GDM9AXKP042788: sum of transliterated values times weights = 351; 351 mod 11 = 10 → X.
    assert vin_check_char("1M8GDM9A0KP042788") == "X"


def test_a_chinese_vin_with_a_wrong_check_digit_is_kept_with_a_warning():
    # LSVAU2180N2183294: L3 S2 V5 A1 U4 2 1 8 (9) N5 2 1 8 3 2 9 4 weighed 8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2
    # = 24+14+30+5+16+6+2+80+0+45+16+7+48+15+8+27+8 = 351 → 351 mod 11 = 10 → "X", not "0".
    vin = parse_vin("LSVAU2180N2183294")
    assert not vin.check_digit_ok
    assert vin.expected_check_char == "X"
    assert vin.warnings == ("check_digit_mismatch",)
    assert vin.check_digit_mandatory  # China: GB 16735 makes it law; the market policy decides to block
    assert parse_vin("LSVAU218XN2183294").check_digit_ok


def test_parts_region_country_and_model_year_are_decoded():
    vin = parse_vin("lsvau218xn2183294 ")
    assert (vin.code, vin.wmi, vin.vds, vin.vis) == ("LSVAU218XN2183294", "LSV", "AU218X", "N2183294")
    assert (vin.region, vin.country) == ("asia", "CN")
    assert vin.model_year_candidates == (1992, 2022, 2052)
    assert parse_vin("WP0ZZZ99ZTS392124").region == "europe"
    assert parse_vin("WP0ZZZ99ZTS392124").country == "DE"
    assert not parse_vin("WP0ZZZ99ZTS392124").check_digit_mandatory


@pytest.mark.parametrize(
    ("first_two", "region", "country"),
    [("1H", "north_america", "US"), ("2T", "north_america", "CA"), ("JH", "asia", "JP"), ("KN", "asia", "KR"),
     ("SA", "europe", "GB"), ("VF", "europe", "FR"), ("ZF", "europe", "IT"), ("6F", "oceania", "AU"),
     ("7S", "north_america", None), ("7G", "north_america", None),
     ("9B", "south_america", None), ("AA", "africa", None)],
)  # fmt: skip
def test_region_comes_from_the_first_character(first_two, region, country):
    vin = parse_vin(compose_vin(first_two + "GCM823A0043521"))
    assert (vin.region, vin.country) == (region, country)


LOOK_ALIKES = [
    ("", RejectReason.EMPTY),
    ("1M8GDM9AXKP04278", RejectReason.WRONG_LENGTH),
    ("1M8GDM9AXKP0427888", RejectReason.WRONG_LENGTH),
    ("1M8GDM9AXKP04278-", RejectReason.BAD_CHARACTER),
    ("1M8GDM9AXKP04278Ä", RejectReason.BAD_CHARACTER),
    ("1M8GDM9AXKPO42788", RejectReason.FORBIDDEN_LETTER),
    ("IM8GDM9AXKP042788", RejectReason.FORBIDDEN_LETTER),
    ("1M8GDM9AXKQ042788", RejectReason.FORBIDDEN_LETTER),
]


@pytest.mark.parametrize(("text", "reason"), LOOK_ALIKES)
def test_look_alikes_are_refused_with_the_reason(text, reason):
    with pytest.raises(CodeRejected) as refused:
        parse_vin(text)
    assert refused.value.reason is reason


def test_the_model_year_cycle_is_resolved_by_the_registration_date():
    vin = parse_vin("LSVAU218XN2183294")  # N: 1992 or 2022
    assert model_year(vin, registration_date=date(2022, 9, 1)) == 2022
    assert model_year(vin, registration_date=date(2021, 11, 1)) == 2022  # next model year sold early
    assert model_year(vin, registration_date=date(1993, 5, 1)) == 1992
    assert model_year(vin, registration_date=None) is None  # outside North America nothing tells the cycle
    assert model_year(vin, registration_date=date(1985, 1, 1)) is None


def test_north_american_vins_resolve_the_cycle_from_position_seven():
    assert model_year(parse_vin("1M8GDM9AXKP042788"), registration_date=None) == 1989  # position 7 "9"
    assert model_year(parse_vin(compose_vin("5YJ3E1EAKF317000")), registration_date=None) == 2019  # "E"


def test_an_unreadable_model_year_warns_but_does_not_reject():
    vin = parse_vin(compose_vin("WP0ZZZ99" + "0S392124"))
    assert vin.model_year_candidates == ()
    assert "model_year_unreadable" in vin.warnings
    assert model_year(vin, registration_date=date(2020, 1, 1)) is None


@settings(max_examples=500, deadline=None)
@given(vins())
def test_composed_vins_have_a_valid_check_digit(text):
    vin = parse_vin(text)
    assert vin.check_digit_ok and vin.code == text


# domain.md's transliteration table, written out again as an independent oracle.
_DOMAIN_TABLE = "A1 B2 C3 D4 E5 F6 G7 H8 J1 K2 L3 M4 N5 P7 R9 S2 T3 U4 V5 W6 X7 Y8 Z9"
TRANSLITERATION = {pair[0]: int(pair[1]) for pair in _DOMAIN_TABLE.split()} | {str(d): d for d in range(10)}


@settings(max_examples=500, deadline=None)
@given(vins(), st.integers(0, 16), st.sampled_from(VIN_ALPHABET))
def test_a_single_changed_value_always_breaks_the_check_digit(text, position, replacement):
    # 11 is prime and every weight but position 9's is non-zero mod 11, so a changed value is always caught;
    # letters sharing a value (A and J are both 1) cannot be told apart by any check digit.
    changed = text[:position] + replacement + text[position + 1 :]
    if position == 8:
        assert parse_vin(changed).check_digit_ok == (replacement == text[8])
    else:
        same_value = TRANSLITERATION[replacement] == TRANSLITERATION[text[position]]
        assert parse_vin(changed).check_digit_ok == same_value


@settings(max_examples=300, deadline=None)
@given(vins().flatmap(lambda v: st.tuples(st.just(v), vin_payloads(v))))
def test_vins_are_found_inside_every_vin_label(vin_and_payload):
    text, payload = vin_and_payload
    assert find_vin(payload).code == text
    assert find_vin(payload.encode("gb18030")).code == text


def test_the_code39_import_prefix_is_dropped():
    assert find_vin("I1M8GDM9AXKP042788").code == "1M8GDM9AXKP042788"


@settings(max_examples=300, deadline=None)
@given(battery_codes())
def test_no_vin_is_cut_out_of_a_battery_code(code):
    with pytest.raises(CodeRejected):
        find_vin(code)
    with pytest.raises(CodeRejected):
        find_vin("[>16" + "7" * 36 + code)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet=ALNUM + ":;/ \r\n\x1d", max_size=40)))
def test_parsing_arbitrary_text_raises_only_code_rejected(text):
    for parse in (parse_vin, find_vin):
        try:
            result = parse(text)
        except CodeRejected:
            continue
        assert isinstance(result, Vin) and len(result.code) == 17


@settings(max_examples=800, deadline=None)
@given(st.binary(max_size=80))
def test_finding_in_arbitrary_bytes_raises_only_code_rejected(data):
    with contextlib.suppress(CodeRejected):
        find_vin(data)


def test_wmi_region_7_is_north_america_with_the_check_digit_mandatory():
    # issue 14: 7SA (Tesla, Austin) was placed in Oceania with the check digit optional
    vin = parse_vin(compose_vin("7SAYGDEE" + "PF000001"))
    assert (vin.region, vin.check_digit_mandatory) == ("north_america", True)
    assert parse_vin(compose_vin("6FPAAAJG" + "SW000001")).check_digit_mandatory is False


def _with_wrong_check_digit(vin: str, replacement_index: int) -> str:
    wrong = [c for c in "0123456789X" if c != vin[8]][replacement_index % 10]
    return vin[:8] + wrong + vin[9:]


@settings(max_examples=600, deadline=None)
@given(
    vins()
    .flatmap(lambda v: st.tuples(st.integers(0, 9), st.just(v)).map(lambda t: _with_wrong_check_digit(t[1], t[0])))
    .flatmap(lambda bad: st.tuples(st.just(bad), vin_payloads(bad), st.booleans()))
)
def test_no_text_with_an_invalid_check_digit_becomes_a_vin_where_the_digit_is_mandatory(case):
    bad, payload, vin_field = case
    assert not parse_vin(bad).check_digit_ok
    # the yard's market makes the digit law (strict): never a VIN, however the label names the field
    assert classify(payload, strict=True, vin_field=vin_field).kind is not CodeKind.VIN
    # the VIN's own region makes it law (China, North America): never a VIN either
    if parse_vin(bad).check_digit_mandatory:
        assert classify(payload, strict=False, vin_field=vin_field).kind is not CodeKind.VIN
    else:
        # elsewhere a label saying "VIN" is the evidence; a bare text never is
        if payload.strip().upper().lstrip("]ACDEQ01234") == bad and not vin_field:
            assert classify(payload).kind is not CodeKind.VIN


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALNUM, min_size=17, max_size=17), st.booleans())
def test_a_random_17_character_text_is_a_vin_only_by_its_check_digit(text, strict):
    result = classify(text, strict=strict)
    if result.kind is CodeKind.VIN:
        assert parse_vin(text).check_digit_ok


@settings(max_examples=600, deadline=None)
@given(
    st.one_of(vins(), battery_codes(), st.text(alphabet=ALNUM, min_size=17, max_size=17))
    .flatmap(
        lambda value: st.tuples(
            st.just(value),
            st.lists(
                st.tuples(st.sampled_from(OTHER_DATA_IDENTIFIERS), st.text(alphabet=ALNUM, min_size=1, max_size=30)),
                max_size=3,
            ),
            st.sampled_from(OTHER_DATA_IDENTIFIERS),
        )
    )
    .flatmap(lambda t: st.tuples(st.just(t[0]), st.just(t[2]), iso15434_envelopes([(t[2], t[0]), *t[1]])))
)
def test_iso15434_fields_keep_their_meaning(case):
    value, identifier, envelope = case
    result = classify(envelope)
    # a part number, serial, quantity, lot… is never a VIN, even with a valid check digit
    assert result.kind is not CodeKind.VIN
    if result.kind is CodeKind.BATTERY:
        # a battery code is a serial number: only a serial field (DI category S) gives one
        fields = envelope.upper().replace("\x1e", "\x1d").split("\x1d")
        assert any(f in fields for f in (f"{di}{result.code}" for di in OTHER_DATA_IDENTIFIERS if di.endswith("S")))
    if identifier.endswith("S") and len(value) == 24 and result.kind is not CodeKind.BATTERY:
        with pytest.raises(CodeRejected):
            parse_battery_code(value)


@settings(max_examples=300, deadline=None)
@given(vins(), st.text(alphabet=ALNUM, min_size=1, max_size=20))
def test_a_vin_behind_the_data_identifier_i_is_a_vin_beside_other_fields(vin, part):
    envelope = f"[)>\x1e06\x1d1P{part}\x1dI{vin}\x1dS{part}\x1e\x04"
    assert (classify(envelope).kind, classify(envelope).code) == (CodeKind.VIN, vin)
    assert find_vin_field(envelope).labelled


def test_vin_acceptance_by_evidence():
    good = parse_vin("1HGCM82633A004352")
    eu_bad = parse_vin("WP0ZZZ99ZTS392125")
    na_bad = parse_vin("1HGCM82643A004352")
    assert vin_accepted(good, check_digit_required=True, labelled=False)
    assert not vin_accepted(eu_bad, check_digit_required=False, labelled=False)
    assert vin_accepted(eu_bad, check_digit_required=False, labelled=True)
    assert not vin_accepted(eu_bad, check_digit_required=True, labelled=True)
    assert not vin_accepted(na_bad, check_digit_required=False, labelled=True)

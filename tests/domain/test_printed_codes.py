"""Codes in OCR'd lines: position character sets, corrections that never add trust, whole words only."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dismantler_app.domain.battery_code import BATTERY_TYPES, parse_battery_code
from dismantler_app.domain.codes import CodeKind
from dismantler_app.domain.printed_codes import TextReason, find_printed_codes
from dismantler_app.domain.production_date import DATE_CHARS, MONTH_CHARS
from dismantler_app.domain.vin import parse_vin
from tests.strategies import ALNUM, battery_codes, vins

LINE_TEXT = st.text(alphabet=ALNUM + " :-.;车架号电池编码", max_size=40)


@given(LINE_TEXT)
def test_whatever_a_line_holds_every_code_found_fits_the_grammar_at_every_position(line: str) -> None:
    for found in find_printed_codes(line):
        if found.kind is CodeKind.BATTERY:
            code = parse_battery_code(found.code).code
            assert code[3] in "PMC" and code[4] in BATTERY_TYPES
            assert code[14] in DATE_CHARS and code[15] in MONTH_CHARS
            assert not found.trusted and found.reason == TextReason.BATTERY_CODE_FROM_TEXT
        else:
            assert found.kind is CodeKind.VIN
            vin = parse_vin(found.code)
            assert not set(found.code) & set("IOQ")
            assert found.trusted == vin.check_digit_ok


@given(battery_codes())
def test_a_battery_code_read_from_text_is_never_trusted_corrected_or_not(code: str) -> None:
    (found,) = find_printed_codes(code)
    assert (found.kind, found.code, found.corrected, found.trusted) == (CodeKind.BATTERY, code, False, False)


@given(battery_codes(), st.sampled_from([(3, "P", "R"), (3, "M", "N"), (15, "5", "S"), (15, "2", "Z")]))
def test_a_look_alike_outside_its_position_set_is_corrected_and_says_so(code: str, swap: tuple) -> None:
    position, good, bad = swap
    if code[position] != good:
        return
    misread = code[:position] + bad + code[position + 1 :]
    found = find_printed_codes(misread)
    if found:  # corrected back to the one reading the grammar allows, still a suggestion
        assert found[0].code == code and found[0].corrected and not found[0].trusted


@given(vins())
def test_a_vin_with_a_valid_check_digit_is_trusted_and_with_a_wrong_one_never(vin: str) -> None:
    assert parse_vin(vin).check_digit_ok
    (found,) = find_printed_codes(f"VIN: {vin}")
    assert found.trusted and found.code == vin
    wrong = next(c for c in "0123456789X" if c != vin[8])
    for found in find_printed_codes(vin[:8] + wrong + vin[9:]):
        assert not found.trusted and found.reason == TextReason.VIN_CHECK_DIGIT


@given(vins())
def test_i_o_q_in_a_vin_line_are_read_as_1_0_0(vin: str) -> None:
    misread = vin.replace("1", "I").replace("0", "O")
    (found,) = find_printed_codes(misread)
    assert found.code == vin and found.corrected == (misread != vin)


@given(battery_codes())
def test_a_look_alike_the_position_allows_is_left_as_read_and_stays_a_suggestion(code: str) -> None:
    """B and 8 are both year characters: the grammar cannot tell them apart, so nothing is corrected there."""
    swapped = {"8": "B", "B": "8"}.get(code[14])
    if swapped is None:
        return
    misread = code[:14] + swapped + code[15:]
    (found,) = find_printed_codes(misread)
    assert found.code == misread and not found.trusted


@given(battery_codes())
def test_a_vin_is_never_found_inside_a_battery_code_or_a_sentence(code: str) -> None:
    assert all(f.kind is CodeKind.BATTERY for f in find_printed_codes(code))
    assert find_printed_codes("RATED VOLTAGE 350.4V") == []
    assert find_printed_codes(f"{code[:12]} {code[12:]}") == []

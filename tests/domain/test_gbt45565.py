"""GB/T 45565-2025 lithium-ion battery codes, checked as far as the structure known from published summaries goes
(see the module's docstring): separator, enterprise code characters, product type letter, capital letters and digits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dismantler_app.domain.battery_code import parse_battery_code
from dismantler_app.domain.codes import CodeRejected, RejectReason
from dismantler_app.domain.gbt45565 import ENTERPRISE_ALPHABET, PRODUCT_TYPES, Level, Segment, parse_gbt45565_code
from tests.strategies import battery_codes

ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@st.composite
def gbt45565_codes(draw: st.DrawFn) -> tuple[str, str, str, str, str, bool]:
    enterprise = draw(st.text(alphabet=sorted(ENTERPRISE_ALPHABET), min_size=4, max_size=4))
    product = draw(st.sampled_from(sorted(PRODUCT_TYPES)))
    rest = draw(st.text(alphabet=ALNUM, min_size=1, max_size=16))
    variable = draw(st.text(alphabet=ALNUM, min_size=1, max_size=24))
    cascade = draw(st.booleans())
    code = f"{enterprise}{product}{rest}-" + ("R-" if cascade else "") + variable
    return code, enterprise, product, rest, variable, cascade


@given(gbt45565_codes(), st.sampled_from(["", " ", "\r\n"]), st.booleans())
def test_every_code_of_the_structure_is_recognised_with_its_parts(parts, padding: str, lower: bool) -> None:
    code, enterprise, product, rest, variable, cascade = parts
    parsed = parse_gbt45565_code(padding + (code.lower() if lower else code) + padding)
    assert parsed.code == code
    assert (parsed.enterprise, parsed.product_type, parsed.fixed_rest, parsed.variable, parsed.cascade) == (
        enterprise, product, rest, variable, cascade,
    )  # fmt: skip
    assert (parsed.segment, parsed.level) == PRODUCT_TYPES[product]


@given(gbt45565_codes(), st.sampled_from("IO"), st.integers(0, 3))
def test_an_enterprise_code_with_i_or_o_is_refused(parts, letter: str, at: int) -> None:
    code = parts[0]
    with pytest.raises(CodeRejected) as refused:
        parse_gbt45565_code(code[:at] + letter + code[at + 1 :])
    assert refused.value.reason is RejectReason.BAD_CHARACTER


@given(gbt45565_codes(), st.sampled_from(sorted(set(ALNUM) - set(PRODUCT_TYPES))))
def test_an_unknown_product_type_is_refused(parts, letter: str) -> None:
    code = parts[0]
    with pytest.raises(CodeRejected) as refused:
        parse_gbt45565_code(code[:4] + letter + code[5:])
    assert refused.value.reason is RejectReason.BAD_TYPE


@given(battery_codes())
def test_a_car_traction_pack_code_of_gbt_34014_is_never_taken_for_one(code: str) -> None:
    parse_battery_code(code)
    with pytest.raises(CodeRejected):
        parse_gbt45565_code(code)


def test_the_product_types_cover_every_segment_and_level_the_scope_names() -> None:
    assert {segment for segment, _ in PRODUCT_TYPES.values()} == set(Segment)
    assert {level for _, level in PRODUCT_TYPES.values()} == set(Level)
    assert PRODUCT_TYPES["F"] == (Segment.LIGHT_POWER, Level.PACK)  # an e-bike pack


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", RejectReason.EMPTY),
        ("1234F0001", RejectReason.BAD_FORMAT),  # no variable part
        ("1234F0-", RejectReason.EMPTY),
        ("-ABC", RejectReason.EMPTY),
        ("1234F0-X-Y", RejectReason.BAD_FORMAT),  # a middle part that is not R
        ("1234F0-R-", RejectReason.EMPTY),
        ("1234F-ABC", RejectReason.WRONG_LENGTH),
        ("1234F0-AB_C", RejectReason.BAD_CHARACTER),
        ("1234F0-编码", RejectReason.BAD_CHARACTER),
    ],
)
def test_careless_texts_are_refused_with_a_reason(text: str, reason: RejectReason) -> None:
    with pytest.raises(CodeRejected) as refused:
        parse_gbt45565_code(text)
    assert refused.value.reason is reason


@given(st.text(max_size=80))
def test_any_text_is_a_code_or_a_reason_never_a_crash(text: str) -> None:
    try:
        parsed = parse_gbt45565_code(text)
    except CodeRejected as refused:
        assert isinstance(refused.reason, RejectReason)
    else:
        assert parse_gbt45565_code(parsed.code) == parsed

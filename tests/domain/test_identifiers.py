"""USCC, owner ID numbers (personal data, masked) and Chinese licence plates."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dismantler_app.domain.codes import CodeRejected, RejectReason
from dismantler_app.domain.identifiers import (
    mask_owner_id,
    parse_owner_id,
    parse_plate,
    parse_uscc,
)
from tests.strategies import usccs

# The example of python-stdnum's documentation (Beijing, market regulation, enterprise).
USCC = "91110000600037341L"
# GB 11643-1999's worked example: Beijing Chaoyang, born 31 December 1949, check character X.
OWNER_ID = "11010519491231002X"


def test_a_uscc_is_decoded_into_its_parts():
    uscc = parse_uscc(" 9111 0000 6000 3734 1l ")
    assert uscc.code == USCC
    assert (uscc.registration_department, uscc.registration_department_name) == ("9", "market_regulation")
    assert (uscc.organisation_type, uscc.organisation_type_name) == ("1", "enterprise")
    assert uscc.region_code == "110000"
    assert uscc.organisation_code == "600037341"
    assert uscc.check_char == "L"
    assert uscc.warnings == ()  # the organisation code's own GB 11714 check passes too


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", RejectReason.EMPTY),
        ("91110000600037341", RejectReason.WRONG_LENGTH),
        ("91110000600037341LL", RejectReason.WRONG_LENGTH),
        ("91110000600037341M", RejectReason.BAD_CHECKSUM),
        ("91110000600037431L", RejectReason.BAD_CHECKSUM),
        ("A1110000600037341L", RejectReason.BAD_FORMAT),
        ("9111000060003734IL", RejectReason.BAD_FORMAT),
        ("91110000600037341_", RejectReason.BAD_FORMAT),
    ],
)
def test_uscc_look_alikes_are_refused_with_the_reason(text, reason):
    with pytest.raises(CodeRejected) as refused:
        parse_uscc(text)
    assert refused.value.reason is reason


@settings(max_examples=200, deadline=None)
@given(usccs())
def test_generated_usccs_parse(text):
    uscc = parse_uscc(text)
    assert uscc.code == text and uscc.warnings == ()


def test_an_owner_id_is_decoded_and_shown_masked():
    owner = parse_owner_id(OWNER_ID.lower())
    assert owner.number == OWNER_ID
    assert owner.birth_date == date(1949, 12, 31)
    assert owner.region_code == "110105"
    assert owner.masked == "1101**********002X"
    assert OWNER_ID not in repr(owner) and OWNER_ID not in str(owner)
    assert OWNER_ID not in str(owner.fields())
    assert owner.warnings == ()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", RejectReason.EMPTY),
        ("110105491231002", RejectReason.WRONG_LENGTH),  # first-generation card
        ("11010519491231002Y", RejectReason.BAD_FORMAT),
        ("110105194912310029", RejectReason.BAD_CHECKSUM),
        ("110105194913310021", RejectReason.BAD_FORMAT),  # month 13, check character right
    ],
)
def test_owner_id_look_alikes_are_refused_with_the_reason(text, reason):
    with pytest.raises(CodeRejected) as refused:
        parse_owner_id(text)
    assert refused.value.reason is reason


def test_an_unknown_region_only_warns():
    # 990105…: no such province; checksum made right so only the region is wrong.
    from stdnum.cn import ric

    body = "99010519491231002"
    owner = parse_owner_id(body + ric.calc_check_digit(body + "0"))
    assert owner.warnings == ("region_unknown",)


@pytest.mark.parametrize(
    ("text", "masked"),
    [(OWNER_ID, "1101**********002X"), ("12345", "*****"), ("", ""), ("110105491231002", "1101*******1002")],
)
def test_masking_keeps_four_characters_at_each_end(text, masked):
    assert mask_owner_id(text) == masked


@pytest.mark.parametrize(
    ("text", "nev", "province", "energy"),
    [
        ("京A12345", False, "京", None),
        ("粤B·D12345", True, "粤", "electric"),
        ("沪AF12345", True, "沪", "not_pure_electric"),
        ("苏E12345D", True, "苏", "electric"),
        ("川a 1234学", False, "川", None),
        ("浙BDA1234", True, "浙", "electric"),
    ],
)
def test_plates_are_read_with_the_new_energy_flag(text, nev, province, energy):
    plate = parse_plate(text)
    assert (plate.nev, plate.province, plate.nev_energy) == (nev, province, energy)
    assert len(plate.code) == (8 if nev else 7)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", RejectReason.EMPTY),
        ("京A1234", RejectReason.WRONG_LENGTH),
        ("京A1234567", RejectReason.WRONG_LENGTH),
        ("XA12345", RejectReason.BAD_FORMAT),
        ("京112345", RejectReason.BAD_FORMAT),
        ("京I12345", RejectReason.BAD_FORMAT),
        ("京A1O345", RejectReason.BAD_FORMAT),
        ("京A123456", RejectReason.BAD_FORMAT),  # 8 characters without D/F is no new-energy plate
    ],
)
def test_plate_look_alikes_are_refused_with_the_reason(text, reason):
    with pytest.raises(CodeRejected) as refused:
        parse_plate(text)
    assert refused.value.reason is reason


@settings(max_examples=1500, deadline=None)
@given(st.text(max_size=30))
def test_identifier_parsers_raise_only_code_rejected(text):
    mask_owner_id(text)
    for parse in (parse_uscc, parse_owner_id, parse_plate):
        with contextlib.suppress(CodeRejected):
            parse(text)

"""Receivers' identifiers: a USCC validated in full, a D-U-N-S number by its 9-digit form."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dismantler_app.domain.codes import CodeRejected, RejectReason
from dismantler_app.domain.receivers import ReceiverIdScheme, parse_duns, parse_receiver_id
from tests.strategies import usccs


@given(usccs())
def test_a_valid_uscc_is_a_uscc_receiver(code: str) -> None:
    assert parse_receiver_id(f" {code.lower()} ") == parse_receiver_id(code, ReceiverIdScheme.USCC)
    assert parse_receiver_id(code).scheme is ReceiverIdScheme.USCC


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_nine_digits_are_a_duns_number_as_printed_or_plain(digits: str) -> None:
    printed = f"{digits[:2]}-{digits[2:5]}-{digits[5:]}"
    assert parse_receiver_id(printed).code == digits == parse_duns(digits)
    assert parse_receiver_id(printed).scheme is ReceiverIdScheme.DUNS


@pytest.mark.parametrize(
    ("text", "scheme", "reason"),
    [
        ("", None, RejectReason.EMPTY),
        ("12345678", ReceiverIdScheme.DUNS, RejectReason.WRONG_LENGTH),
        ("1234567890", ReceiverIdScheme.DUNS, RejectReason.WRONG_LENGTH),
        ("12345678O", ReceiverIdScheme.DUNS, RejectReason.BAD_CHARACTER),
        ("１２３４５６７８９", ReceiverIdScheme.DUNS, None),  # full-width digits from an input method are digits
        ("91350100M000100Y44", None, RejectReason.BAD_CHECKSUM),
        ("9135", None, RejectReason.BAD_FORMAT),
    ],
)
def test_bad_identifiers_are_refused_with_a_reason(text, scheme, reason) -> None:
    if reason is None:
        assert parse_receiver_id(text, scheme).code == "123456789"
        return
    with pytest.raises(CodeRejected) as refused:
        parse_receiver_id(text, scheme)
    assert refused.value.reason is reason

"""Scanned payloads: symbology identifiers, separators, encodings, and where candidates are looked for."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dismantler_app.domain.codes import CodeRejected, RejectReason
from dismantler_app.domain.payload import (
    FieldMeaning,
    candidate_tokens,
    decode_payload,
    normalise_payload,
    payload_candidates,
)

CODE = "001PE0A1234567F3E0000123"


@pytest.mark.parametrize(
    "raw",
    [
        CODE,
        f"]C1{CODE}",
        f"]Q1{CODE}\r\n",
        f"]d2{CODE.lower()}\t",
        f"  ]A0{CODE}\x00",
        f"{CODE[:12]} {CODE[12:]}",
        f"\ufeff{CODE}\r",
        "\x00".join(CODE),  # a scanner sending UTF-16 read as single bytes
    ],
)
def test_normalising_strips_identifiers_separators_case_and_nuls(raw):
    assert normalise_payload(raw) == CODE


def test_bytes_are_decoded_utf8_then_gb18030_then_latin1():
    assert decode_payload("电池编码：X".encode()) == "电池编码：X"
    assert decode_payload("电池编码：X".encode("gb18030")) == "电池编码：X"
    assert decode_payload(b"\xff\xfe\xfd") == "\xff\xfe\xfd"


def test_something_that_is_not_text_is_refused_as_not_text():
    with pytest.raises(CodeRejected) as refused:
        decode_payload(12345)  # type: ignore[arg-type]
    assert refused.value.reason is RejectReason.NOT_TEXT


def test_serial_keys_come_before_part_numbers():
    tokens = candidate_tokens("PN:AAAA;SN:BBBB;X:CCCC")
    assert tokens.index("BBBB") < tokens.index("CCCC") < tokens.index("AAAA")


def test_gs1_serial_is_read_from_raw_and_bracketed_element_strings():
    raw = f"]C10109501234567890{'21'}{CODE}\x1d10LOT7"
    assert CODE in candidate_tokens(raw)
    assert candidate_tokens(raw).index(CODE) < candidate_tokens(raw).index("LOT7")
    assert CODE in candidate_tokens(f"(01)09501234567890(21){CODE}(10)LOT7")


def test_iso15434_data_identifiers_are_read():
    raw = f"[)>\x1e06\x1d1PPART9\x1dS{CODE}\x1e\x04"
    tokens = candidate_tokens(raw)
    assert tokens.index(CODE) < tokens.index("PART9")


def test_the_maker_wrapper_offset_is_a_serial_field():
    maker = "Z" * 36
    candidates = payload_candidates(f"[>16{maker}{CODE}")
    assert next(c for c in candidates if c.text == CODE).meaning is FieldMeaning.SERIAL


def test_longer_runs_are_never_cut():
    for run in (f"ABC{CODE}XYZ", f"{CODE}5", f"9{CODE}"):
        assert candidate_tokens(run) == [run]


def test_fields_carry_the_meaning_of_their_label():
    meanings = {c.text: c.meaning for c in payload_candidates("VIN:AAAA;SN:BBBB;PN:CCCC;CODE:DDDD")}
    assert meanings["AAAA"] is FieldMeaning.VIN
    assert meanings["BBBB"] is FieldMeaning.SERIAL
    assert meanings["CCCC"] is FieldMeaning.OTHER
    assert meanings["DDDD"] is FieldMeaning.UNLABELLED
    envelope = {c.text: c.meaning for c in payload_candidates("[)>\x1e06\x1d1PPART9\x1dIVVVV\x1d25SSSSS\x1e\x04")}
    assert envelope == {"VVVV": FieldMeaning.VIN, "SSSS": FieldMeaning.SERIAL, "PART9": FieldMeaning.OTHER}
    gs1 = {c.text: c.meaning for c in payload_candidates("010950123456789021ABC\x1d10LOT7")}
    assert gs1 == {"ABC": FieldMeaning.SERIAL, "09501234567890": FieldMeaning.OTHER, "LOT7": FieldMeaning.OTHER}


def test_a_code39_vin_with_the_import_prefix_yields_the_bare_vin():
    assert "1M8GDM9AXKP042788" in candidate_tokens("I1M8GDM9AXKP042788")


@settings(max_examples=1500, deadline=None)
@given(st.one_of(st.text(), st.binary(), st.text(alphabet="]C1Qd2[>)(:;=S\x1d\x1e\x04 \r\n0123ABZ", max_size=60)))
def test_arbitrary_payloads_never_crash_and_give_upper_case_candidates(raw):
    tokens = candidate_tokens(raw)
    normalised = normalise_payload(raw)
    assert len(tokens) == len(set(tokens))
    assert normalised == normalised.upper() or not normalised.isascii()
    assert all(token for token in tokens)

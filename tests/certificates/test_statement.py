"""The compact statement the QR carries: build, parse, and what the parser refuses."""

from __future__ import annotations

import base64
import dataclasses
import re
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dismantler_app.certificates.samples import sample_document
from dismantler_app.domain.certificate import CertificateKind, content_digest, content_json
from dismantler_app.domain.certificate_statement import (
    Statement,
    StatementInvalid,
    StatementProblem,
    build_statement,
    parse_statement,
    statement_of,
)
from dismantler_app.domain.records import CertificateNumber, Market, PackCode
from tests.strategies import battery_codes, vins

QR_ALPHANUMERIC = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
field_text = st.text(min_size=1, max_size=40)


def test_a_certificate_statement_reads_back_as_the_same_facts():
    doc = sample_document(Market.CN, pack_count=3)
    statement = parse_statement(build_statement(doc))
    assert statement == statement_of(doc)
    assert statement.number == "SH01-2026-000123"
    assert statement.issued_on == date(2026, 6, 1)
    assert statement.pack_codes == doc.pack_codes


def test_the_statement_text_is_versioned_and_compact():
    doc = sample_document(Market.CN, pack_count=1)
    text = build_statement(doc).decode()
    head = "DSC2/SH01-2026-000123/20260601/LFV2A21K4G4000001/SH01/O/001PE0AB12345A6310000001/"
    assert text.startswith(head) and re.fullmatch(r"[A-Z2-7]{32}", text[len(head) :])
    assert text[len(head) :] == content_digest(content_json(doc))
    old = build_statement(doc, version=1).decode()
    assert old == "DSC1/SH01-2026-000123/20260601/LFV2A21K4G4000001/SH01/O/001PE0AB12345A6310000001"
    assert parse_statement(old.encode()).version == 1 and parse_statement(old.encode()).content_digest == ""


def test_the_digest_changes_with_every_printed_field():
    doc = sample_document(Market.CN, pack_count=1)
    digest = content_digest(content_json(doc))
    changed = [
        dataclasses.replace(doc, vehicle=dataclasses.replace(doc.vehicle, curb_mass_kg=1851)),
        dataclasses.replace(doc, vehicle=dataclasses.replace(doc.vehicle, engine_number="X")),
        dataclasses.replace(doc, owner=dataclasses.replace(doc.owner, name="李雷")),
        dataclasses.replace(doc, official_number="1"),
        dataclasses.replace(doc, kind=CertificateKind.COPY, reprint_count=2),
        dataclasses.replace(doc, pack_types=("LFP",)),
    ]
    assert len({digest, *(content_digest(content_json(d)) for d in changed)}) == len(changed) + 1


@given(
    number=field_text,
    vin=field_text,
    yard=field_text,
    packs=st.lists(field_text, max_size=12, unique=True),
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)),
    kind=st.sampled_from(list(CertificateKind)),
    version=st.sampled_from([1, 2]),
    digest=st.binary(min_size=20, max_size=20),
)
def test_any_field_text_survives_the_round_trip_and_stays_qr_alphanumeric(
    number, vin, yard, packs, day, kind, version, digest
):
    statement = Statement(
        number=CertificateNumber(number),
        issued_on=day,
        vin=vin,
        yard_code=yard,
        kind=kind,
        pack_codes=tuple(PackCode(p) for p in packs),
        version=version,
        content_digest=base64.b32encode(digest).decode() if version == 2 else "",
    )
    data = build_statement(statement)
    assert set(data.decode("ascii")) <= QR_ALPHANUMERIC
    assert parse_statement(data) == statement


@given(vin=vins(), packs=st.lists(battery_codes(), min_size=1, max_size=12, unique=True))
def test_real_codes_are_written_without_escapes(vin, packs):
    statement = Statement(
        CertificateNumber("SH01-2026-000001"),
        date(2026, 6, 1),
        vin,
        "SH01",
        CertificateKind.COPY,
        tuple(packs),
        content_digest="A" * 32,
    )
    text = build_statement(statement).decode()
    assert "%" not in text
    assert vin in text and all(code in text for code in packs)


@given(st.binary(max_size=300))
def test_any_bytes_either_parse_or_are_refused_with_a_reason(data):
    try:
        parse_statement(data)
    except StatementInvalid as exc:
        assert exc.problem in set(StatementProblem)


@given(st.text(alphabet=sorted(QR_ALPHANUMERIC), max_size=200))
def test_any_qr_alphanumeric_text_either_parses_or_is_refused_with_a_reason(text):
    try:
        parse_statement(("DSC1/" + text).encode())
    except StatementInvalid as exc:
        assert exc.problem in set(StatementProblem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("hello", StatementProblem.NOT_A_STATEMENT),
        ("DSC3/A/20260601/V/Y/O/", StatementProblem.UNSUPPORTED_VERSION),
        ("DSC2/A/20260601/V/Y/O/", StatementProblem.WRONG_FIELD_COUNT),
        ("DSC2/A/20260601/V/Y/O//" + "a" * 32, StatementProblem.BAD_DIGEST),
        ("DSC2/A/20260601/V/Y/O//" + "A" * 31, StatementProblem.BAD_DIGEST),
        ("DSC1/A/20260601/V/Y/O", StatementProblem.WRONG_FIELD_COUNT),
        ("DSC1/A/20261301/V/Y/O/", StatementProblem.BAD_DATE),
        ("DSC1/A/2026061/V/Y/O/", StatementProblem.BAD_DATE),
        ("DSC1/A/20260601/V/Y/X/", StatementProblem.BAD_KIND),
        ("DSC1/A%2/20260601/V/Y/O/", StatementProblem.BAD_ESCAPE),
        ("DSC1/a/20260601/V/Y/O/", StatementProblem.BAD_ESCAPE),
        ("DSC1/A/20260601//Y/O/", StatementProblem.EMPTY_FIELD),
        ("DSC1/A/20260601/V/Y/O/P1++P2", StatementProblem.EMPTY_FIELD),
    ],
)
def test_malformed_statements_are_refused_with_the_specific_problem(text, problem):
    with pytest.raises(StatementInvalid) as caught:
        parse_statement(text.encode())
    assert caught.value.problem is problem


def test_a_void_notice_without_a_reason_is_refused():
    with pytest.raises(ValueError, match="reason"):
        replace(sample_document(), kind=CertificateKind.VOID, void_reason="  ")


def test_a_pack_listed_twice_is_refused():
    doc = sample_document(pack_count=1)
    with pytest.raises(ValueError, match="twice"):
        replace(doc, pack_codes=doc.pack_codes * 2, pack_types=())


def test_pack_types_must_match_the_pack_codes():
    with pytest.raises(ValueError, match="one type per pack"):
        replace(sample_document(pack_count=2), pack_types=("LFP",))

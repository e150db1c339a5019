"""Signing the statement with the yard's Ed25519 key and verifying it, as a scanner of the QR would."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from dismantler_app.certificates.samples import sample_document
from dismantler_app.certificates.signing import VerifyOutcome, public_key_fingerprint, sign_statement, verify_qr_text
from dismantler_app.domain.certificate import CertificateKind
from dismantler_app.domain.certificate_statement import build_statement


def _qr(key, **kwargs) -> str:
    return sign_statement(build_statement(sample_document(**kwargs)), key)


def test_a_signed_statement_verifies_and_states_the_certificate(yard_key):
    result = verify_qr_text(_qr(yard_key, pack_count=2), yard_key.public_key())
    assert result.valid
    assert result.statement is not None
    assert result.statement.number == "SH01-2026-000123"
    assert result.statement.vin == "LFV2A21K4G4000001"
    assert len(result.statement.pack_codes) == 2
    assert result.to_json()["statement"]["kind"] == "original"


def test_signing_is_deterministic(yard_key):
    assert _qr(yard_key) == _qr(yard_key)


def test_a_changed_vin_fails_verification(yard_key):
    qr = _qr(yard_key)
    tampered = qr.replace("LFV2A21K4G4000001", "LFV2A21K4G4000002")
    result = verify_qr_text(tampered, yard_key.public_key())
    assert result.outcome is VerifyOutcome.BAD_SIGNATURE
    assert "altered" in result.reason
    assert result.statement is None


def test_a_copy_cannot_be_passed_off_as_an_original(yard_key):
    qr = _qr(yard_key, kind=CertificateKind.COPY)
    assert "/C/" in qr
    assert verify_qr_text(qr.replace("/C/", "/O/"), yard_key.public_key()).outcome is VerifyOutcome.BAD_SIGNATURE


def test_another_yards_key_does_not_verify(yard_key, other_key):
    result = verify_qr_text(_qr(yard_key), other_key.public_key())
    assert result.outcome is VerifyOutcome.BAD_SIGNATURE
    assert result.key_fingerprint == public_key_fingerprint(other_key.public_key())


def test_scanner_line_endings_are_tolerated(yard_key):
    assert verify_qr_text(_qr(yard_key) + "\r\n", yard_key.public_key()).valid


def test_text_without_a_signature_is_malformed(yard_key):
    statement = build_statement(sample_document()).decode()
    assert verify_qr_text("hello", yard_key.public_key()).outcome is VerifyOutcome.MALFORMED
    assert verify_qr_text(statement + "/AAAA", yard_key.public_key()).outcome is VerifyOutcome.MALFORMED


def test_the_fingerprint_is_short_and_stable(yard_key):
    fingerprint = public_key_fingerprint(yard_key.public_key())
    assert re.fullmatch(r"([0-9a-f]{4}-){7}[0-9a-f]{4}", fingerprint)
    assert fingerprint == public_key_fingerprint(yard_key.public_key())


@given(st.text(max_size=400))
def test_any_scanned_text_gets_an_outcome_never_an_exception(yard_key, text):
    result = verify_qr_text(text, yard_key.public_key())
    assert result.outcome in set(VerifyOutcome)
    assert result.valid is False

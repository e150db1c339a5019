"""Head office checks a certificate's QR code with the issuing yard's enrolled key, over real HTTP."""

from __future__ import annotations

import httpx

from dismantler_app.domain.certificate_statement import build_statement
from dismantler_app.domain.statement_signing import sign_statement
from dismantler_app.services import certificates
from dismantler_app.services.certificate_documents import certificate_document
from tests.sync.yards import synced_yard


def _qr(yard, number: str) -> str:
    document = certificate_document(yard.yard.ctx, yard.yard.supervisor, number)
    return sign_statement(build_statement(document), yard.key)


def _verify(hub, qr: str) -> dict:
    answer = httpx.post(hub.url + "/v1/certificates/verify", json={"qr_text": qr})
    assert answer.status_code == 200
    return answer.json()


def test_a_certificate_signed_by_an_enrolled_yard_verifies_with_its_state(yard, hub, hub_db, tmp_path):
    _, number = yard.certify(1)
    qr = _qr(yard, number)
    before_sync = _verify(hub, qr)
    assert before_sync["valid"] and before_sync["held"] is None  # signed, not yet received: still genuine
    yard.sync.push(yard.client)
    verdict = httpx.get(hub.url + "/v1/certificates/verify", params={"qr": qr}).json()
    assert verdict["valid"] and verdict["signature"] == "valid" and verdict["status"] == "valid"
    assert verdict["yard"]["name"] == "North" and verdict["held"]["state"] == "issued"
    assert verdict["statement"]["number"] == number and verdict["held"]["vin"] == verdict["statement"]["vin"]


def test_an_altered_or_foreign_qr_code_is_not_valid(yard, hub, hub_db, tmp_path):
    _, number = yard.certify(1)
    yard.sync.push(yard.client)
    qr = _qr(yard, number)
    vin_field = qr.split("/")[3]
    altered = qr.replace(vin_field, vin_field[:-1] + ("1" if vin_field[-1] != "1" else "2"))
    verdict = _verify(hub, altered)
    assert verdict["valid"] is False and verdict["signature"] == "bad_signature" and verdict["yard"] is None
    other = synced_yard(tmp_path / "other", hub_url=hub.url, dsn=hub_db[0], name="Other")
    try:
        document = certificate_document(yard.yard.ctx, yard.yard.supervisor, number)
        forged = sign_statement(build_statement(document), other.key)  # an enrolled yard signing another's number
        verdict = _verify(hub, forged)
        assert verdict["yard"]["name"] == "Other"  # it can only claim to be itself
        # and the number already names North's vehicle: a conflict, never valid, naming no vehicle
        assert verdict["valid"] is False and verdict["status"] == "conflict" and verdict["held"] is None
    finally:
        other.close()
    assert _verify(hub, "HELLO")["signature"] == "malformed"


def test_a_voided_certificate_is_reported_as_voided(yard, hub, hub_db):
    _, number = yard.certify(1)
    certificates.void_certificate(yard.yard.ctx, yard.yard.supervisor, yard.yard.clock, number, reason="VIN typo")
    yard.sync.push(yard.client)
    verdict = _verify(hub, _qr(yard, number))
    assert verdict["valid"] is False and verdict["signature"] == "valid"
    assert verdict["held"]["state"] == "voided" and "VIN typo" in verdict["reason"]
    assert verdict["status"] == "voided"

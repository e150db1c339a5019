"""Certificates issued before form 2 keep their content digest, read back from their snapshot and verify field by
field; the form-2 fields are signed like every other (the tamper tests in test_printed_fields.py name each one).

``golden/form1_*.pdf`` were rendered from the sample sheets by the program as it was before form 2 (same sample
key, ``certificates.samples``): the sheets of yards that are out there."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from dismantler_app.certificates.samples import sample_document, sample_key
from dismantler_app.cli.main import main
from dismantler_app.domain.certificate import (
    LATER_FIELDS,
    CertificateDocument,
    IssuingFacility,
    content_digest,
    content_json,
)
from dismantler_app.domain.certificate_snapshot import document_from_snapshot, snapshot_of
from dismantler_app.domain.records import CertificateNumber, Fuel, Market, Owner, PackCode, Powertrain, Vehicle

GOLDEN = Path(__file__).parent / "golden"
# The digest the program computed for FORM_ONE before form 2 existed (the content a yard's QR already signs).
FORM_ONE_DIGEST = "LCZ5HN2VRVAMX6SR4LBQKZHO5F7X3SMM"
FORM_ONE = CertificateDocument(
    number=CertificateNumber("SH01-2026-000007"),
    market=Market.CN,
    issued_on=date(2026, 3, 2),
    facility=IssuingFacility(name="上海拆解一厂", code="SH01", address="上海市", permit_number="沪拆001", country="CN"),
    vehicle=Vehicle(
        vin="LSVAB2BR000000076",
        plate="沪AD00007",
        engine_number="TZ1",
        powertrain=Powertrain.BEV,
        fuel=Fuel.ELECTRIC,
        registration_date=date(2018, 3, 1),
        curb_mass_kg=1850.0,
    ),
    owner=Owner(name="张伟", id_number="310101********1234"),
    pack_codes=(PackCode("001PE0AB12345A6310000001"),),
    pack_types=("三元材料 ternary",),
    handler="李四",
    handover_date=date(2026, 3, 1),
)


def test_a_form_1_certificate_keeps_the_digest_its_qr_signs() -> None:
    content = content_json(FORM_ONE)
    assert content_digest(content) == FORM_ONE_DIGEST
    later = set().union(*LATER_FIELDS.values())
    assert not later & (set(content) | set(content["vehicle"]) | set(content["owner"]) | set(content["facility"]))


def test_a_form_1_snapshot_reads_back_as_form_1() -> None:
    assert document_from_snapshot(json.loads(json.dumps(snapshot_of(FORM_ONE)))) == FORM_ONE


def test_a_form_2_snapshot_reads_back_with_every_new_field() -> None:
    for doc in (sample_document(Market.CN), sample_document(Market.EU, collector=True)):
        back = document_from_snapshot(json.loads(json.dumps(snapshot_of(doc))))
        assert back == dataclasses.replace(doc, official_number="")
        assert back.form_version == 2


def test_a_new_field_changes_the_digest() -> None:
    doc = sample_document(Market.CN)
    for changed in (
        dataclasses.replace(doc, vehicle=dataclasses.replace(doc.vehicle, motor_number="TZ200XSQ000000")),
        dataclasses.replace(doc, owner=dataclasses.replace(doc.owner, id_document_type="护照")),
        dataclasses.replace(doc, surrendered=("plates",)),
        dataclasses.replace(doc, facility=dataclasses.replace(doc.facility, uscc="")),
    ):
        assert content_digest(content_json(changed)) != content_digest(content_json(doc))


@pytest.mark.parametrize("name", ["form1_cn_both.pdf", "form1_eu_en.pdf"])
def test_a_sheet_printed_before_form_2_still_verifies_field_by_field(name, tmp_path, capsys) -> None:
    key = tmp_path / "sample.pub.pem"
    key.write_bytes(
        sample_key()
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    capsys.readouterr()
    code = main(["certificate", "verify", str(GOLDEN / name), "--public-key", str(key), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["valid"] is True
    [cert] = report["certificates"]
    assert cert["printed"]["outcome"] == "matches"

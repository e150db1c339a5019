"""The required-field rule on certificate documents: complete samples of every kind pass; each field, emptied,
is named; which of engine and motor number is asked for follows the vehicle kind."""

from __future__ import annotations

import dataclasses

import pytest

from dismantler_app.certificates.samples import sample_document
from dismantler_app.domain.certificate_requirements import (
    ENGINE_KINDS,
    MOTOR_KINDS,
    CertificateForm,
    MissingField,
    certificate_form,
    missing_fields,
)
from dismantler_app.domain.records import Market, Powertrain


@pytest.mark.parametrize(
    ("market", "collector", "form"),
    [(Market.CN, False, CertificateForm.CN), (Market.EU, False, CertificateForm.EU),
     (Market.EU, True, CertificateForm.EU_COLLECTOR), (Market.US, False, CertificateForm.OTHER)],
)  # fmt: skip
def test_a_complete_sample_of_each_kind_may_be_issued(market, collector, form) -> None:
    doc = sample_document(market, collector=collector)
    assert certificate_form(doc) is form
    assert missing_fields(doc) == ()


@pytest.mark.parametrize(
    ("part", "field", "code"),
    [
        ("vehicle", "plate_type", MissingField.PLATE_TYPE),
        ("vehicle", "body_colour", MissingField.BODY_COLOUR),
        ("vehicle", "registration_certificate_number", MissingField.REGISTRATION_CERTIFICATE_NUMBER),
        ("vehicle", "plate", MissingField.PLATE),
        ("vehicle", "motor_number", MissingField.MOTOR_NUMBER),
        ("owner", "id_document_type", MissingField.OWNER_ID_TYPE),
        ("facility", "uscc", MissingField.FACILITY_USCC),
    ],
)
def test_each_cn_field_emptied_is_named(part: str, field: str, code: MissingField) -> None:
    doc = sample_document(Market.CN)
    emptied = dataclasses.replace(doc, **{part: dataclasses.replace(getattr(doc, part), **{field: " "})})
    assert missing_fields(emptied) == (code,)


def test_no_id_document_type_is_asked_for_without_an_id_number() -> None:
    doc = sample_document(Market.CN)
    owner = dataclasses.replace(doc.owner, id_number="", id_document_type="")
    assert missing_fields(dataclasses.replace(doc, owner=owner)) == ()


# A powertrain not chosen yet never reaches a certificate: the rule blocks it first (BlockCode.POWERTRAIN_NOT_CHOSEN).
@pytest.mark.parametrize("powertrain", [p for p in Powertrain if p is not Powertrain.UNKNOWN])
def test_engine_and_motor_numbers_follow_the_vehicle_kind(powertrain: Powertrain) -> None:
    doc = sample_document(Market.CN)
    vehicle = dataclasses.replace(doc.vehicle, powertrain=powertrain, engine_number="", motor_number="")
    missing = set(missing_fields(dataclasses.replace(doc, vehicle=vehicle)))
    assert (MissingField.ENGINE_NUMBER in missing) is (powertrain in ENGINE_KINDS)
    assert (MissingField.MOTOR_NUMBER in missing) is (powertrain in MOTOR_KINDS)
    assert missing  # every kind has an engine or a motor


def test_an_eu_certificate_without_item_4_and_a_collector_without_its_facility_are_named() -> None:
    eu = dataclasses.replace(sample_document(Market.EU), registration_document="")
    assert missing_fields(eu) == (MissingField.REGISTRATION_DOCUMENT,)
    collector = sample_document(Market.EU, collector=True)
    assert collector.treatment_facility is not None
    blank = dataclasses.replace(collector.treatment_facility, name="", address="")
    assert missing_fields(dataclasses.replace(collector, treatment_facility=blank)) == (
        MissingField.TREATMENT_FACILITY_NAME,
        MissingField.TREATMENT_FACILITY_ADDRESS,
    )

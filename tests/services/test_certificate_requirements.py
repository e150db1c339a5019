"""The certificate service refuses, before issue, a certificate whose form would lack a required field: each refusal
names the field by its code (domain/certificate_requirements.py), nothing is written, no number is used up, and
the certificate is issued once the field is recorded."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from dismantler_app.domain.certificate_requirements import CertificateForm, MissingField
from dismantler_app.domain.records import (
    Documents,
    Fuel,
    IntakeStatus,
    Market,
    Owner,
    PhotoKind,
    Powertrain,
    RegistrationDocumentFate,
)
from dismantler_app.services import certificates, intakes
from dismantler_app.services.certificate_documents import certificate_document
from dismantler_app.services.errors import CertificateIncomplete
from dismantler_app.storage.yard import YardProfile
from tests.services.certified_yard import OWNER, CertifiedYard, open_certified_yard
from tests.services.yard_setup import add_required_photos, bev, complete_documents, number_parts

EU_YARD = YardProfile(
    code="HH01", name="Hamburger Altfahrzeug GmbH", market=Market.EU, licence_number="DE-HH-ATF-2031",
    address="Billstraße 1, 20539 Hamburg", permitting_authority="Behörde für Umwelt Hamburg", timezone="Europe/Berlin",
)  # fmt: skip
COLLECTOR_YARD = dataclasses.replace(
    EU_YARD,
    code="HH03",
    name="Altauto-Annahme Harburg e.K.",
    treatment_facility_name="Autoverwertung Nord GmbH",
    treatment_facility_address="Billstraße 120, 20539 Hamburg",
    treatment_facility_permit="DE-HH-ATF-2031",
)
HOLDER = Owner(name="Jürgen Müller", address="Osterstraße 5, 20259 Hamburg", nationality="DE")
EU_VEHICLE = {"registration_country": "D", "vehicle_class": "M1", "brand": "Volkswagen", "model": "e-Golf"}


@pytest.fixture
def cn(tmp_path: Path) -> Iterator[CertifiedYard]:
    opened = open_certified_yard(tmp_path / "cn")
    yield opened
    opened.close()


def _refused(yard: CertifiedYard, serial: int, **changes: object) -> CertificateIncomplete:
    with pytest.raises(CertificateIncomplete) as refused:
        yard.certify(serial, **changes)  # type: ignore[arg-type]
    return refused.value


@pytest.mark.parametrize(
    ("changes", "missing"),
    [
        ({"plate_type": ""}, MissingField.PLATE_TYPE),
        ({"body_colour": ""}, MissingField.BODY_COLOUR),
        ({"registration_certificate_number": ""}, MissingField.REGISTRATION_CERTIFICATE_NUMBER),
        ({"plate": ""}, MissingField.PLATE),
        # the issue's case: a battery-electric car certified with its motor number blank
        ({"motor_number": ""}, MissingField.MOTOR_NUMBER),
        ({"motor_number": "", "engine_number": "TZ200XSQ1"}, MissingField.MOTOR_NUMBER),
        ({"motor_number": "   "}, MissingField.MOTOR_NUMBER),
        ({"owner": dataclasses.replace(OWNER, id_document_type="")}, MissingField.OWNER_ID_TYPE),
    ],
)
def test_each_missing_cn_field_is_refused_by_name_before_issue(cn: CertifiedYard, changes, missing) -> None:
    refused = _refused(cn, 1, **changes)
    assert refused.form is CertificateForm.CN
    assert refused.missing == (missing,)
    assert refused.code == "certificate_incomplete"
    with cn.app.store.read() as session:
        assert session.scalar("SELECT count(*) FROM certificates") == 0
        assert session.scalar("SELECT status FROM intakes") == IntakeStatus.APPROVED.value


def test_a_battery_electric_car_needs_no_engine_number_and_prints_its_motor_number(cn: CertifiedYard) -> None:
    record = cn.certify(2, engine_number="")
    doc = certificate_document(cn.ctx, cn.operator, record.number)
    assert doc.vehicle.motor_number == "TZ200XSQ000001" and doc.vehicle.engine_number == ""
    assert doc.form_version == 2


@pytest.mark.parametrize(
    ("powertrain", "fuel", "numbers", "missing"),
    [
        (Powertrain.PHEV, Fuel.HYBRID, {"engine_number": "", "motor_number": ""}, ("engine_number", "motor_number")),
        (Powertrain.PHEV, Fuel.HYBRID, {"engine_number": "BYD476ZQA1", "motor_number": ""}, ("motor_number",)),
        (Powertrain.PHEV, Fuel.HYBRID, {"engine_number": "BYD476ZQA1"}, ()),
        (Powertrain.FCEV, Fuel.HYDROGEN, {"motor_number": "", "engine_number": "X1"}, ("motor_number",)),
        (Powertrain.FCEV, Fuel.HYDROGEN, {}, ()),
    ],
)
def test_engine_and_motor_numbers_are_required_by_vehicle_kind(
    cn: CertifiedYard, powertrain: Powertrain, fuel: Fuel, numbers: dict, missing: tuple[str, ...]
) -> None:
    changes = {"powertrain": powertrain, "fuel": fuel, **numbers}
    if missing:
        assert tuple(m.value for m in _refused(cn, 3, **changes).missing) == missing
    else:
        assert cn.certify(3, **changes).number


def test_a_petrol_car_needs_its_engine_number_and_no_motor_number(cn: CertifiedYard) -> None:
    def approved(serial: int, engine_number: str) -> str:
        vehicle = bev(serial, powertrain=Powertrain.ICE, fuel=Fuel.PETROL, engine_number=engine_number, motor_number="")
        intake = intakes.create_intake(
            cn.ctx, cn.operator, cn.clock, vehicle=vehicle, owner=OWNER, documents=complete_documents()
        )
        # a petrol car has no pack, so no battery label to photograph
        add_required_photos(cn.ctx, cn.operator, cn.clock, intake, kinds=(PhotoKind.EXTERIOR, PhotoKind.VIN))
        intakes.submit_for_review(cn.ctx, cn.operator, cn.clock, intake)
        intakes.approve(cn.ctx, cn.supervisor, cn.clock, intake)
        return intake

    intake = approved(4, "")
    with pytest.raises(CertificateIncomplete) as refused:
        certificates.issue_certificate(cn.ctx, cn.supervisor, cn.clock, intake)
    assert refused.value.missing == (MissingField.ENGINE_NUMBER,)
    record = certificates.issue_certificate(cn.ctx, cn.supervisor, cn.clock, approved(5, "CSS000005"))
    # the refusal used up no number: the first certificate issued is the first of the series
    assert number_parts(record.number)[2] == 1


def test_a_yard_without_its_uscc_is_refused_naming_the_recyclers_uscc(cn: CertifiedYard) -> None:
    # a yard set up before the USCC was asked for
    with cn.app.store.write_transaction() as session:
        session.execute("UPDATE yard SET uscc = ''")
    assert _refused(cn, 6).missing == (MissingField.FACILITY_USCC,)


def test_the_cn_certificate_states_which_documents_were_taken_back(cn: CertifiedYard) -> None:
    record = cn.certify(7)
    doc = certificate_document(cn.ctx, cn.operator, record.number)
    # complete_documents(): registration certificate and driving licence received, the plates not
    assert doc.surrendered == ("driving_licence", "registration_certificate")
    assert doc.facility.uscc == cn_uscc(cn)
    assert doc.owner.id_document_type == "居民身份证" and doc.vehicle.plate_type == "小型新能源汽车"


def cn_uscc(yard: CertifiedYard) -> str:
    with yard.app.store.read() as session:
        return str(session.scalar("SELECT uscc FROM yard"))


def _eu_certify(yard: CertifiedYard, serial: int, documents: Documents | None = None):
    return yard.certify(serial, owner=HOLDER, documents=documents, **EU_VEHICLE)


def test_an_eu_certificate_needs_the_statement_on_the_registration_document(tmp_path: Path) -> None:
    yard = open_certified_yard(tmp_path / "eu", profile=EU_YARD)
    try:
        unrecorded = dataclasses.replace(
            complete_documents(), registration_document=RegistrationDocumentFate.NOT_RECORDED
        )
        with pytest.raises(CertificateIncomplete) as refused:
            _eu_certify(yard, 1, unrecorded)
        assert refused.value.form is CertificateForm.EU
        assert refused.value.missing == (MissingField.REGISTRATION_DOCUMENT,)
        destroyed = dataclasses.replace(complete_documents(), registration_document=RegistrationDocumentFate.DESTROYED)
        doc = certificate_document(yard.ctx, yard.operator, _eu_certify(yard, 2, destroyed).number)
        assert doc.registration_document == "destroyed" and doc.treatment_facility is None
    finally:
        yard.close()


def test_a_collector_issues_on_behalf_of_its_treatment_facility_and_both_are_named(tmp_path: Path) -> None:
    yard = open_certified_yard(tmp_path / "collector", profile=COLLECTOR_YARD)
    try:
        doc = certificate_document(yard.ctx, yard.operator, _eu_certify(yard, 1).number)
        assert doc.facility.name == "Altauto-Annahme Harburg e.K."
        assert doc.treatment_facility is not None
        assert doc.treatment_facility.name == "Autoverwertung Nord GmbH"
        assert doc.treatment_facility.address == "Billstraße 120, 20539 Hamburg"
        assert doc.treatment_facility.permit_number == "DE-HH-ATF-2031"
        with yard.app.store.write_transaction() as session:
            session.execute("UPDATE yard SET treatment_facility_address = ''")
        with pytest.raises(CertificateIncomplete) as refused:
            _eu_certify(yard, 2)
        assert refused.value.form is CertificateForm.EU_COLLECTOR
        assert refused.value.missing == (MissingField.TREATMENT_FACILITY_ADDRESS,)
    finally:
        yard.close()

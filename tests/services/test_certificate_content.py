"""A certificate's content is frozen when it is issued; its original prints once, every later print is a copy;
its fields include the yard's phone, the official number and the EU holder and registration details."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from dismantler_app.certificates.extract import statements_in_text_layer
from dismantler_app.certificates.signing import verify_qr_text
from dismantler_app.domain.certificate import CertificateKind
from dismantler_app.domain.records import Market, Owner, Vehicle
from dismantler_app.services import certificates, intakes, packs
from dismantler_app.services.certificate_documents import certificate_document, render_certificate_print, render_day
from dismantler_app.services.errors import InvalidInput
from dismantler_app.services.yard_keys import YardKeys, load_or_create_yard_keys
from dismantler_app.storage.errors import ConstraintCode, ConstraintViolation
from dismantler_app.storage.yard import YardProfile
from tests.certificates.pdf_inspect import pdf_text, write
from tests.services.certified_yard import OWNER, CertifiedYard, open_certified_yard
from tests.services.yard_setup import YARD, add_required_photos, complete_documents, measured, pack_code, vin


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[CertifiedYard]:
    opened = open_certified_yard(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def keys(yard: CertifiedYard) -> YardKeys:
    return load_or_create_yard_keys(yard.app.settings.data_dir)


def _statement(pdf: Path, keys: YardKeys):
    [text] = [t for texts in statements_in_text_layer(pdf).values() for t in texts]
    verdict = verify_qr_text(text, keys.public_key)
    assert verdict.valid
    return verdict.statement


def _print(yard: CertifiedYard, keys: YardKeys, number: str, *, copy: bool = False):
    return render_certificate_print(
        yard.ctx, yard.supervisor, yard.clock, number, private_key=keys.private_key, copy=copy
    )


def test_a_void_notice_states_the_original_content_after_the_intake_is_reopened_and_corrected(
    yard: CertifiedYard, keys: YardKeys, tmp_path: Path
) -> None:
    old = yard.certify(1)
    certificates.void_certificate(yard.ctx, yard.supervisor, yard.clock, old.number, reason="车架号录入错误")
    intakes.reopen(yard.ctx, yard.supervisor, yard.clock, old.intake_id)
    corrected_vehicle = dataclasses.replace(
        intakes.get_intake(yard.ctx, yard.supervisor, old.intake_id).vehicle, vin=vin(901), plate="沪AD99999"
    )
    intakes.update_vehicle(yard.ctx, yard.operator, yard.clock, old.intake_id, vehicle=corrected_vehicle)
    intakes.record_documents(
        yard.ctx, yard.operator, yard.clock, old.intake_id, documents=complete_documents(), owner=Owner(name="王芳")
    )
    intakes.submit_for_review(yard.ctx, yard.operator, yard.clock, old.intake_id)
    intakes.approve(yard.ctx, yard.supervisor, yard.clock, old.intake_id)
    new = certificates.issue_certificate(yard.ctx, yard.supervisor, yard.clock, old.intake_id)

    notice = write(tmp_path, "void.pdf", _print(yard, keys, old.number).pdf)
    reissued = write(tmp_path, "new.pdf", _print(yard, keys, new.number).pdf)

    old_text = pdf_text(notice)
    assert "作废通知" in old_text and vin(1) in old_text and "沪AD00001" in old_text and OWNER.name in old_text
    assert vin(901) not in old_text and "王芳" not in old_text
    assert _statement(notice, keys).vin == vin(1)  # the signed statement agrees with the frozen content
    assert _statement(notice, keys).kind is CertificateKind.VOID
    new_text = pdf_text(reissued)
    assert vin(901) in new_text and "王芳" in new_text and vin(1) not in new_text
    assert _statement(reissued, keys).vin == vin(901)
    assert certificate_document(yard.ctx, yard.operator, old.number).owner == OWNER


def test_a_copy_states_the_content_as_issued_even_when_the_row_behind_it_was_changed(
    yard: CertifiedYard, keys: YardKeys, tmp_path: Path
) -> None:
    record = yard.certify(2)
    with yard.app.store.write_transaction() as session:  # an edit behind the services' back
        session.execute("UPDATE intakes SET owner_name = '李雷', plate = '沪AD77777' WHERE id = ?", [record.intake_id])
        session.execute("UPDATE yard SET name = '别的厂'")

    _print(yard, keys, record.number)
    copy = write(tmp_path, "copy.pdf", _print(yard, keys, record.number).pdf)

    text = pdf_text(copy)
    assert "副本COPY#1" in text and OWNER.name in text and "沪AD00002" in text and "上海拆解一厂" in text
    assert "李雷" not in text and "沪AD77777" not in text and "别的厂" not in text
    assert _statement(copy, keys).pack_codes == (pack_code(201), pack_code(202))


def test_the_database_refuses_to_change_the_frozen_content_date_or_original_print(yard: CertifiedYard) -> None:
    record = yard.certify(3)
    _print(yard, load_or_create_yard_keys(yard.app.settings.data_dir), record.number)

    for change in (
        "document_json = json_set(document_json, '$.document.vehicle.vin', 'LSVAB2BR000000000')",
        "document_json = NULL",
        "issued_on = '2026-01-01'",
        "original_printed_at = NULL",
    ):
        with pytest.raises(ConstraintViolation) as refused, yard.app.store.write_transaction() as session:
            session.execute(f"UPDATE certificates SET {change} WHERE number = ?", [record.number])
        assert refused.value.code is ConstraintCode.CERTIFICATE_IMMUTABLE


def test_the_first_print_is_the_original_and_every_later_print_a_copy_whatever_is_asked(
    yard: CertifiedYard, keys: YardKeys, tmp_path: Path
) -> None:
    record = yard.certify(4)
    assert certificates.get_certificate(yard.ctx, yard.supervisor, record.number).original_printed_at is None

    first = _print(yard, keys, record.number)
    second = _print(yard, keys, record.number, copy=False)
    third = _print(yard, keys, record.number)

    kinds = [(r.documents[0].kind, r.documents[0].reprint_count) for r in (first, second, third)]
    assert kinds == [(CertificateKind.ORIGINAL, 0), (CertificateKind.COPY, 1), (CertificateKind.COPY, 2)]
    assert "副本" not in pdf_text(write(tmp_path, "1.pdf", first.pdf))
    assert "副本COPY#1" in pdf_text(write(tmp_path, "2.pdf", second.pdf))
    stored = certificates.get_certificate(yard.ctx, yard.supervisor, record.number)
    assert stored.original_printed_at == yard.clock.now().isoformat() and stored.reprint_count == 2
    assert _statement(write(tmp_path, "3.pdf", third.pdf), keys).kind is CertificateKind.COPY


def test_a_copy_asked_for_before_the_original_leaves_the_original_to_print(yard: CertifiedYard, keys: YardKeys) -> None:
    record = yard.certify(5)

    asked_copy = _print(yard, keys, record.number, copy=True)
    original = _print(yard, keys, record.number)

    assert (asked_copy.documents[0].kind, asked_copy.documents[0].reprint_count) == (CertificateKind.COPY, 1)
    assert original.documents[0].kind is CertificateKind.ORIGINAL


def test_a_days_batch_prints_originals_once_and_copies_after(yard: CertifiedYard, keys: YardKeys) -> None:
    first, second = yard.certify(6), yard.certify(7)
    _print(yard, keys, first.number)

    batch = render_day(yard.ctx, yard.supervisor, yard.clock, yard.clock.now().date(), private_key=keys.private_key)
    again = render_day(yard.ctx, yard.supervisor, yard.clock, yard.clock.now().date(), private_key=keys.private_key)

    assert [(d.number, d.kind, d.reprint_count) for d in batch.documents] == [
        (first.number, CertificateKind.COPY, 1),
        (second.number, CertificateKind.ORIGINAL, 0),
    ]
    assert [(d.kind, d.reprint_count) for d in again.documents] == [
        (CertificateKind.COPY, 2),
        (CertificateKind.COPY, 1),
    ]


def test_the_official_number_is_entered_checked_audited_and_printed(
    yard: CertifiedYard, keys: YardKeys, tmp_path: Path
) -> None:
    record = yard.certify(8)
    with pytest.raises(InvalidInput):
        certificates.set_official_number(yard.ctx, yard.supervisor, yard.clock, record.number, official_number="№ 1!")

    certificates.set_official_number(
        yard.ctx, yard.supervisor, yard.clock, record.number, official_number=" 3101 2026 0012 300 "
    )

    text = pdf_text(write(tmp_path, "c.pdf", _print(yard, keys, record.number).pdf))
    assert "310120260012300" in text and "官方证明编号" in text
    with yard.app.store.read() as session:
        actions = [
            r["action"] for r in session.all("SELECT action FROM audit_log WHERE entity_id = ?", [record.number])
        ]
    assert "set_official_number" in actions


def test_the_cn_certificate_prints_the_yards_phone_and_the_official_number_given_at_issue(tmp_path: Path) -> None:
    profile = YardProfile(
        code="SH02",
        name="上海拆解二厂",
        market=Market.CN,
        licence_number="沪拆002",
        phone="021-5555 0101",
        uscc=YARD.uscc,
    )
    yard = open_certified_yard(tmp_path / "cn", profile=profile)
    try:
        record = yard.certify(9, official_number="310120260012309")
        doc = certificate_document(yard.ctx, yard.operator, record.number)
        assert doc.facility.phone == "021-5555 0101"
        keys = load_or_create_yard_keys(yard.app.settings.data_dir)
        text = pdf_text(write(tmp_path, "cn.pdf", _print(yard, keys, record.number).pdf))
        assert "021-55550101" in text and "官方证明编号" in text and "310120260012309" in text
    finally:
        yard.close()


def test_the_eu_certificate_prints_the_authority_registration_country_class_and_nationality(tmp_path: Path) -> None:
    profile = YardProfile(
        code="HH01",
        name="Hamburger Altfahrzeug GmbH",
        market=Market.EU,
        licence_number="HH-ENTS-0815",
        address="Billstraße 1, 20539 Hamburg",
        permitting_authority="Behörde für Umwelt, Klima, Energie und Agrarwirtschaft Hamburg",
        timezone="Europe/Berlin",
    )
    yard = open_certified_yard(tmp_path / "eu", profile=profile)
    try:
        intake = intakes.create_intake(
            yard.ctx,
            yard.operator,
            yard.clock,
            vehicle=Vehicle(vin=vin(11), plate="HH-AB 1234", brand="Volkswagen", model="e-Golf"),
            owner=Owner(name="Jürgen Müller", address="Osterstraße 5, Hamburg"),
            documents=complete_documents(),
        )
        # corrected later through the services that edit the vehicle and the holder
        vehicle = intakes.get_intake(yard.ctx, yard.operator, intake).vehicle
        intakes.update_vehicle(
            yard.ctx,
            yard.operator,
            yard.clock,
            intake,
            vehicle=dataclasses.replace(vehicle, registration_country="D", vehicle_class="M1"),
        )
        owner = Owner(name="Jürgen Müller", address="Osterstraße 5, Hamburg", nationality="DE")
        intakes.record_documents(
            yard.ctx, yard.operator, yard.clock, intake, documents=complete_documents(), owner=owner
        )
        code = pack_code(1101)
        packs.load_registered_packs(yard.ctx, yard.supervisor, yard.clock, intake, codes=[code])
        packs.record_scan(yard.ctx, yard.operator, yard.clock, intake, payload=code, symbology="datamatrix")
        packs.triage_pack(yard.ctx, yard.operator, yard.clock, intake, triage=measured(code))
        add_required_photos(yard.ctx, yard.operator, yard.clock, intake)
        intakes.submit_for_review(yard.ctx, yard.operator, yard.clock, intake)
        intakes.approve(yard.ctx, yard.supervisor, yard.clock, intake)
        record = certificates.issue_certificate(yard.ctx, yard.supervisor, yard.clock, intake)

        doc = certificate_document(yard.ctx, yard.operator, record.number)
        keys = load_or_create_yard_keys(yard.app.settings.data_dir)
        text = pdf_text(write(tmp_path, "eu.pdf", _print(yard, keys, record.number).pdf))
    finally:
        yard.close()

    assert (doc.registration_country, doc.vehicle_class, doc.holder_nationality) == ("D", "M1", "DE")
    assert doc.facility.permitting_authority.startswith("Behörde")
    for printed in (
        "PermittingauthorityBehördefürUmwelt",
        "CountryofregistrationD",
        "VehicleclassM1",
        "NationalityDE",
    ):
        assert printed in text

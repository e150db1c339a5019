"""Certificates printed from the yard's records: the document built from a real database, signed with the yard's
key, read back from the PDF; copies counted and marked, void notices, a day's batch in one PDF."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dismantler_app.certificates.extract import find_statements, statements_in_text_layer
from dismantler_app.certificates.signing import verify_qr_text
from dismantler_app.domain.certificate import CertificateKind
from dismantler_app.domain.records import Fuel, Market
from dismantler_app.services import certificates
from dismantler_app.services.certificate_documents import certificate_document, render_certificate_print, render_day
from dismantler_app.services.errors import NotFound, PermissionDenied
from dismantler_app.services.yard_keys import YardKeys, load_or_create_yard_keys
from tests.certificates.pdf_inspect import pdf_text, write
from tests.services.certified_yard import OWNER, CertifiedYard, open_certified_yard
from tests.services.yard_setup import number_parts, pack_code


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[CertifiedYard]:
    opened = open_certified_yard(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def keys(yard: CertifiedYard) -> YardKeys:
    return load_or_create_yard_keys(yard.app.settings.data_dir)


def _statements(pdf: Path) -> list[str]:
    return [text for texts in statements_in_text_layer(pdf).values() for text in texts]


def test_the_document_carries_the_yard_the_owner_the_vehicle_and_every_scanned_pack(yard: CertifiedYard) -> None:
    record = yard.certify(1, packs_count=3)

    doc = certificate_document(yard.ctx, yard.operator, record.number)

    assert doc.number == record.number and number_parts(record.number) == ("SH01", 2026, 1)
    assert doc.market is Market.CN and doc.kind is CertificateKind.ORIGINAL
    assert (doc.facility.name, doc.facility.code, doc.facility.permit_number) == ("上海拆解一厂", "SH01", "沪拆001")
    assert doc.facility.address == "上海市嘉定区安亭镇墨玉南路888号"
    assert doc.owner == OWNER
    assert doc.vehicle.brand == "比亚迪" and doc.vehicle.fuel is Fuel.ELECTRIC
    assert doc.pack_codes == tuple(pack_code(100 + n) for n in (1, 2, 3))
    assert doc.pack_types == ("三元材料 ternary",) * 3  # type letter E of GB/T 34014
    assert doc.issued_on == date(2026, 6, 1) and doc.handler == "李四"


def test_a_printed_certificate_states_the_stored_facts_and_its_qr_verifies_with_the_yard_key(
    yard: CertifiedYard, keys: YardKeys, tmp_path: Path
) -> None:
    record = yard.certify(2)

    rendered = render_certificate_print(
        yard.ctx, yard.supervisor, yard.clock, record.number, private_key=keys.private_key
    )
    pdf = write(tmp_path, "c.pdf", rendered.pdf)

    text = pdf_text(pdf)
    for expected in (record.number, "上海拆解一厂", "张伟", "沪AD00002", pack_code(201), pack_code(202), "9纯电动"):
        assert expected in text
    [found] = find_statements(pdf)  # rasterised at 300 dpi and decoded from the QR code
    verdict = verify_qr_text(found.qr_text, keys.public_key)
    assert verdict.valid and found.text_layer_agrees
    assert verdict.statement is not None
    assert verdict.statement.number == record.number
    assert verdict.statement.pack_codes == (pack_code(201), pack_code(202))
    assert rendered.key_fingerprint == keys.fingerprint


def test_a_reprint_is_counted_and_prints_copy_under_the_same_number(
    yard: CertifiedYard, keys: YardKeys, tmp_path: Path
) -> None:
    record = yard.certify(3)

    render_certificate_print(
        yard.ctx, yard.supervisor, yard.clock, record.number, private_key=keys.private_key, copy=True
    )
    second = render_certificate_print(
        yard.ctx, yard.supervisor, yard.clock, record.number, private_key=keys.private_key, copy=True
    )

    [doc] = second.documents
    assert (doc.number, doc.kind, doc.reprint_count) == (record.number, CertificateKind.COPY, 2)
    assert certificates.get_certificate(yard.ctx, yard.supervisor, record.number).reprint_count == 2
    pdf = write(tmp_path, "copy.pdf", second.pdf)
    assert "副本COPY#2" in pdf_text(pdf)
    [statement] = _statements(pdf)
    assert verify_qr_text(statement, keys.public_key).statement.kind is CertificateKind.COPY


def test_printing_the_original_counts_no_reprint(yard: CertifiedYard, keys: YardKeys) -> None:
    record = yard.certify(4)

    rendered = render_certificate_print(
        yard.ctx, yard.supervisor, yard.clock, record.number, private_key=keys.private_key
    )

    assert rendered.documents[0].kind is CertificateKind.ORIGINAL
    assert certificates.get_certificate(yard.ctx, yard.supervisor, record.number).reprint_count == 0


def test_a_voided_certificate_prints_as_its_void_notice_with_the_reason_and_counts_no_copy(
    yard: CertifiedYard, keys: YardKeys, tmp_path: Path
) -> None:
    record = yard.certify(5)
    certificates.void_certificate(
        yard.ctx, yard.supervisor, yard.clock, record.number, reason="号牌录入错误 wrong plate"
    )

    rendered = render_certificate_print(
        yard.ctx, yard.supervisor, yard.clock, record.number, private_key=keys.private_key, copy=True
    )

    [doc] = rendered.documents
    assert (doc.number, doc.kind) == (record.number, CertificateKind.VOID)
    text = pdf_text(write(tmp_path, "void.pdf", rendered.pdf))
    assert "作废通知" in text and "号牌录入错误wrongplate" in text and record.number in text
    assert certificates.get_certificate(yard.ctx, yard.supervisor, record.number).reprint_count == 0


def test_a_days_batch_is_one_pdf_of_that_days_certificates_in_number_order(
    yard: CertifiedYard, keys: YardKeys, tmp_path: Path
) -> None:
    first, second = yard.certify(6), yard.certify(7)
    certificates.void_certificate(yard.ctx, yard.supervisor, yard.clock, first.number, reason="wrong VIN")
    yard.clock.advance(days=1)
    next_day = yard.certify(8)

    rendered = render_day(yard.ctx, yard.supervisor, yard.clock, date(2026, 6, 1), private_key=keys.private_key)

    assert [(d.number, d.kind) for d in rendered.documents] == [
        (first.number, CertificateKind.VOID),
        (second.number, CertificateKind.ORIGINAL),
    ]
    pdf = write(tmp_path, "day.pdf", rendered.pdf)
    assert len(PdfReader(pdf).pages) == 2
    numbers = [verify_qr_text(s, keys.public_key).statement.number for s in _statements(pdf)]
    assert numbers == [first.number, second.number]
    assert next_day.number not in pdf_text(pdf)


def test_a_day_without_certificates_is_not_found(yard: CertifiedYard, keys: YardKeys) -> None:
    with pytest.raises(NotFound):
        render_day(yard.ctx, yard.supervisor, yard.clock, date(2026, 5, 31), private_key=keys.private_key)


def test_an_operator_may_read_a_certificate_but_not_print_or_reprint_it(yard: CertifiedYard, keys: YardKeys) -> None:
    record = yard.certify(9)

    assert certificate_document(yard.ctx, yard.operator, record.number).number == record.number
    with pytest.raises(PermissionDenied):
        render_certificate_print(
            yard.ctx, yard.operator, yard.clock, record.number, private_key=keys.private_key, copy=True
        )
    assert certificates.get_certificate(yard.ctx, yard.supervisor, record.number).reprint_count == 0

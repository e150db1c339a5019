"""Regulatory reports selected from a real yard database, written to real files, and marked reported so that the
deadline list clears."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dismantler_app.domain.deadlines import ReportKind
from dismantler_app.domain.records import Fuel, Owner, PhotoKind, Powertrain, Vehicle
from dismantler_app.domain.regulatory import NMVTIS_HEADERS, VEHICLE_SCRAPPED_HEADERS
from dismantler_app.services import certificates, handovers, intakes, queries, reports
from dismantler_app.services.errors import InvalidInput, PermissionDenied
from dismantler_app.storage.audit import verify_audit_chain
from tests.services.certified_yard import RECEIVER_NAME, RECEIVER_USCC, CertifiedYard, open_certified_yard
from tests.services.yard_setup import add_required_photos, complete_documents, pack_code, vin


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[CertifiedYard]:
    opened = open_certified_yard(tmp_path / "data")
    yield opened
    opened.close()


def _deadline_subjects(yard: CertifiedYard) -> set[str]:
    return {d.subject for d in queries.list_deadlines(yard.ctx, yard.supervisor, yard.clock)}


def _outbox_types(yard: CertifiedYard) -> list[str]:
    with yard.app.store.read() as session:
        return [r["type"] for r in session.all("SELECT type FROM outbox ORDER BY sequence")]


def test_everything_due_lists_one_line_per_pack_and_marking_it_clears_the_deadlines(yard: CertifiedYard) -> None:
    first, second = yard.certify(1, packs_count=2), yard.certify(2, packs_count=1)
    assert _deadline_subjects(yard) == {first.number, second.number}

    report = reports.traceability_report(yard.ctx, yard.supervisor, kind=ReportKind.VEHICLE_SCRAPPED)
    marked = reports.mark_reported(
        yard.ctx, yard.supervisor, yard.clock, kind=report.kind, subjects=report.to_mark, reference="upload.xlsx"
    )

    assert report.table.headers == VEHICLE_SCRAPPED_HEADERS
    assert report.table.rows == (
        (vin(1), "2026-06-01", pack_code(101), "三元材料"),
        (vin(1), "2026-06-01", pack_code(102), "三元材料"),
        (vin(2), "2026-06-01", pack_code(201), "三元材料"),
    )
    assert marked == 2
    assert _deadline_subjects(yard) == set()
    again = reports.traceability_report(yard.ctx, yard.supervisor, kind=ReportKind.VEHICLE_SCRAPPED)
    assert again.table.rows == () and again.to_mark == ()
    assert _outbox_types(yard).count("report.recorded") == 2
    assert verify_audit_chain(yard.app.store).ok


def test_a_date_range_lists_reported_rows_again_but_marks_only_the_new_ones(yard: CertifiedYard) -> None:
    first = yard.certify(3)
    reports.mark_reported(
        yard.ctx, yard.supervisor, yard.clock, kind=ReportKind.VEHICLE_SCRAPPED, subjects=[first.number]
    )
    yard.clock.advance(days=1)
    second = yard.certify(4)

    june = reports.Selection(date(2026, 6, 1), date(2026, 6, 30))
    report = reports.traceability_report(yard.ctx, yard.supervisor, kind=ReportKind.VEHICLE_SCRAPPED, selection=june)
    only_first_day = reports.traceability_report(
        yard.ctx,
        yard.supervisor,
        kind=ReportKind.VEHICLE_SCRAPPED,
        selection=reports.Selection(to_day=date(2026, 6, 1)),
    )

    assert (report.already_reported, report.to_mark) == ((first.number,), (second.number,))
    assert {row[0] for row in report.table.rows} == {vin(3), vin(4)}
    assert {row[0] for row in only_first_day.table.rows} == {vin(3)}
    assert (
        reports.mark_reported(
            yard.ctx,
            yard.supervisor,
            yard.clock,
            kind=ReportKind.VEHICLE_SCRAPPED,
            subjects=[first.number, second.number],
        )
        == 1
    )


def test_pack_outbound_rows_name_the_receiver_and_marking_clears_their_deadline(yard: CertifiedYard) -> None:
    record = yard.certify(5)
    handover = handovers.hand_over_pack(
        yard.ctx, yard.operator, yard.clock, record.intake_id, pack_code=pack_code(501),
        receiver_name=RECEIVER_NAME, receiver_uscc=RECEIVER_USCC, handed_over_on=date(2026, 6, 1),
    )  # fmt: skip

    report = reports.traceability_report(yard.ctx, yard.supervisor, kind=ReportKind.PACK_OUTBOUND)
    reports.mark_reported(yard.ctx, yard.supervisor, yard.clock, kind=report.kind, subjects=report.to_mark)

    assert report.table.rows == ((pack_code(501), "2026-06-01", RECEIVER_NAME, RECEIVER_USCC),)
    assert report.to_mark == (handover.id,)
    assert _deadline_subjects(yard) == {record.number}  # the vehicle's own upload is still due


def test_a_certificate_without_a_traction_pack_is_left_out_and_named(yard: CertifiedYard) -> None:
    petrol = Vehicle(vin=vin(6), plate="沪A00006", powertrain=Powertrain.ICE, fuel=Fuel.PETROL)
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=petrol, documents=complete_documents())
    add_required_photos(yard.ctx, yard.operator, yard.clock, intake, kinds=(PhotoKind.EXTERIOR, PhotoKind.VIN))
    intakes.submit_for_review(yard.ctx, yard.operator, yard.clock, intake)
    intakes.approve(yard.ctx, yard.supervisor, yard.clock, intake)
    number = certificates.issue_certificate(yard.ctx, yard.supervisor, yard.clock, intake).number

    report = reports.traceability_report(yard.ctx, yard.supervisor, kind=ReportKind.VEHICLE_SCRAPPED)

    assert report.table.rows == () and report.to_mark == ()
    assert [(s.subject, s.reason) for s in report.skipped] == [(number, "no_traction_pack")]


def test_an_operator_may_export_but_only_a_supervisor_marks_an_upload(yard: CertifiedYard) -> None:
    record = yard.certify(7)
    report = reports.traceability_report(yard.ctx, yard.operator, kind=ReportKind.VEHICLE_SCRAPPED)

    with pytest.raises(PermissionDenied):
        reports.mark_reported(yard.ctx, yard.operator, yard.clock, kind=report.kind, subjects=report.to_mark)
    assert _deadline_subjects(yard) == {record.number}


def test_the_cod_register_lists_issued_certificates_and_not_voided_ones(yard: CertifiedYard) -> None:
    kept, voided = yard.certify(8), yard.certify(9)
    certificates.void_certificate(yard.ctx, yard.supervisor, yard.clock, voided.number, reason="wrong owner")

    table = reports.cod_register(yard.ctx, yard.supervisor, from_day=date(2026, 6, 1), to_day=date(2026, 6, 1))

    assert [row[:3] for row in table.rows] == [(kept.number, "2026-06-01", vin(8))]
    assert table.rows[0][6:9] == ("比亚迪", "BYD7009BEVA", "张伟")


def test_nmvtis_reports_the_months_vehicles_with_crushed_or_retained_and_leaves_out_cancelled(
    yard: CertifiedYard,
) -> None:
    yard.certify(10)
    still_here = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=Vehicle(vin=vin(11)))
    cancelled = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=Vehicle(vin=vin(12)))
    intakes.record_documents(
        yard.ctx, yard.operator, yard.clock, still_here, documents=complete_documents(),
        owner=Owner(name="Dana Smith"),
    )  # fmt: skip
    intakes.cancel_intake(yard.ctx, yard.supervisor, yard.clock, cancelled)

    table = reports.nmvtis_monthly(yard.ctx, yard.supervisor, year=2026, month=6)

    assert table.headers == NMVTIS_HEADERS
    assert sorted(table.rows) == sorted(
        [(vin(10), "2026-06-01", "张伟", "Crushed"), (vin(11), "2026-06-01", "Dana Smith", "Retained")]
    )
    assert reports.nmvtis_monthly(yard.ctx, yard.supervisor, year=2026, month=5).rows == ()


def test_reports_are_written_as_csv_or_xlsx_by_the_file_name(yard: CertifiedYard, tmp_path: Path) -> None:
    yard.certify(13)
    table = reports.traceability_report(yard.ctx, yard.supervisor, kind=ReportKind.VEHICLE_SCRAPPED).table

    xlsx = reports.write_report(table, tmp_path / "up.xlsx", created=yard.clock.now())
    csv_path = reports.write_report(table, tmp_path / "up.CSV")

    sheet = load_workbook(xlsx).active
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [list(table.headers), *map(list, table.rows)]
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [list(table.headers), *map(list, table.rows)]
    with pytest.raises(InvalidInput, match=r"\.csv or \.xlsx"):
        reports.write_report(table, tmp_path / "up.txt")


def test_a_range_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(InvalidInput):
        reports.Selection(date(2026, 6, 2), date(2026, 6, 1))

"""Regulatory reports selected from a real yard database, written to real files, and marked reported so that the
deadline list clears."""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dismantler_app.domain.deadlines import ReportKind
from dismantler_app.domain.receivers import ReceiverType
from dismantler_app.domain.records import Fuel, Market, Owner, PhotoKind, Powertrain, Vehicle
from dismantler_app.domain.regulatory import PACK_OUTBOUND_HEADERS, VEHICLE_SCRAPPED_HEADERS, ReportRowInvalid
from dismantler_app.domain.regulatory_eu_us import NMVTIS_HEADERS
from dismantler_app.services import certificates, dispositions, handovers, intakes, queries, reports
from dismantler_app.services import yard as yard_service
from dismantler_app.services.errors import InvalidInput, PermissionDenied
from dismantler_app.storage.audit_check import verify_audit_chain
from dismantler_app.storage.yard import YardProfile
from tests.services.certified_yard import (
    FULL_YARD,
    RECEIVER_NAME,
    RECEIVER_USCC,
    CertifiedYard,
    open_certified_yard,
)
from tests.services.yard_setup import add_required_photos, bev, complete_documents, pack_code, vin

US_YARD = YardProfile(
    code="TX01", name="Lone Star Auto Recyclers LLC", market=Market.US, address="4100 E 5th St, Austin, TX 78702",
    phone="+1 512 555 0199", timezone="America/Chicago",
)  # fmt: skip


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
        (vin(1), "2026-06-01", pack_code(101), "三元材料", "2"),
        (vin(1), "2026-06-01", pack_code(102), "三元材料", "2"),
        (vin(2), "2026-06-01", pack_code(201), "三元材料", "1"),
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
        receiver_type=ReceiverType.RECYCLING, pack_model="BYD-P60", destination="广东省佛山市",
    )  # fmt: skip

    report = reports.traceability_report(yard.ctx, yard.supervisor, kind=ReportKind.PACK_OUTBOUND)
    reports.mark_reported(yard.ctx, yard.supervisor, yard.clock, kind=report.kind, subjects=report.to_mark)

    assert report.table.headers == PACK_OUTBOUND_HEADERS
    assert report.table.rows == (
        (pack_code(501), "BYD-P60", "1", "2026-06-01", "广东省佛山市", RECEIVER_NAME, "再生利用企业",
         "统一社会信用代码", RECEIVER_USCC),
    )  # fmt: skip
    assert report.to_mark == (handover.id,)
    assert _deadline_subjects(yard) == {record.number}  # the vehicle's own upload is still due


def test_a_receiver_named_by_its_duns_number_is_uploaded_with_it(yard: CertifiedYard) -> None:
    record = yard.certify(14, packs_count=1)
    handovers.hand_over_pack(
        yard.ctx, yard.operator, yard.clock, record.intake_id, pack_code=pack_code(1401),
        receiver_name="Umicore Battery Recycling", receiver_duns="15-048-3782", handed_over_on=date(2026, 6, 1),
        receiver_type="cascade_use", pack_model="P60", quantity=1, destination="Hoboken, Belgium",
    )  # fmt: skip

    report = reports.traceability_report(yard.ctx, yard.supervisor, kind=ReportKind.PACK_OUTBOUND)

    assert report.table.rows[0][6:] == ("梯次利用企业", "邓白氏编码", "150483782")
    with yard.app.store.read() as session:
        payload = json.loads(session.scalar("SELECT payload_json FROM outbox WHERE type = 'pack.handed_over'"))
    assert (payload["receiver_duns"], payload["receiver_uscc"], payload["receiver_type"]) == (
        "150483782", "", "cascade_use",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"receiver_uscc": "", "receiver_duns": ""}, "receiver_uscc", "empty"),
        ({"receiver_duns": "150483782"}, "receiver_duns", "both_given"),
        ({"receiver_uscc": "", "receiver_duns": "1504837"}, "receiver_duns", "wrong_length"),
        ({"receiver_uscc": RECEIVER_USCC[:-1] + "0"}, "receiver_uscc", "bad_checksum"),
        ({"receiver_type": "scrap_dealer"}, "receiver_type", "unknown"),
        ({"quantity": 0}, "quantity", "not_a_count"),
    ],
)
def test_a_handover_with_a_bad_receiver_or_count_is_refused_and_nothing_is_kept(
    yard: CertifiedYard, changes: dict, field: str, reason: str
) -> None:
    record = yard.certify(15, packs_count=1)
    arguments = {"receiver_name": RECEIVER_NAME, "receiver_uscc": RECEIVER_USCC, "handed_over_on": date(2026, 6, 1)}
    with pytest.raises(InvalidInput) as refused:
        handovers.hand_over_pack(
            yard.ctx, yard.operator, yard.clock, record.intake_id, pack_code=pack_code(1501), **(arguments | changes)
        )
    assert (refused.value.field, refused.value.reason) == (field, reason)
    with yard.app.store.read() as session:
        assert session.scalar("SELECT count(*) FROM pack_handovers") == 0


def test_a_handover_without_the_platform_fields_is_named_until_completed(yard: CertifiedYard) -> None:
    record = yard.certify(16, packs_count=1)
    handover = handovers.hand_over_pack(
        yard.ctx, yard.operator, yard.clock, record.intake_id, pack_code=pack_code(1601),
        receiver_name=RECEIVER_NAME, receiver_uscc=RECEIVER_USCC, handed_over_on=date(2026, 6, 1),
    )  # fmt: skip

    with pytest.raises(ReportRowInvalid, match=r"pack outbound, row 1 .*: pack model is empty") as refused:
        reports.traceability_report(yard.ctx, yard.supervisor, kind=ReportKind.PACK_OUTBOUND)
    assert refused.value.subject == pack_code(1601)

    handovers.complete_handover(
        yard.ctx, yard.operator, yard.clock, handover.id,
        receiver_type=ReceiverType.CARMAKER_OUTLET, pack_model="BYD-P60", destination="比亚迪上海服务网点",
    )  # fmt: skip
    report = reports.traceability_report(yard.ctx, yard.supervisor, kind=ReportKind.PACK_OUTBOUND)
    assert report.table.rows[0][1:7] == (
        "BYD-P60", "1", "2026-06-01", "比亚迪上海服务网点", RECEIVER_NAME, "汽车生产企业回收服务网点",
    )  # fmt: skip
    assert "pack.handover_completed" in _outbox_types(yard)
    assert verify_audit_chain(yard.app.store).ok


def test_a_certificate_without_a_traction_pack_is_left_out_and_named(yard: CertifiedYard) -> None:
    petrol = dataclasses.replace(
        bev(6, plate="沪A00006", engine_number="CSS000006", motor_number=""),
        powertrain=Powertrain.ICE,
        fuel=Fuel.PETROL,
    )
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


def test_a_chinese_yard_makes_no_cod_register_nor_nmvtis_file(yard: CertifiedYard) -> None:
    yard.certify(8)
    with pytest.raises(reports.ReportMarketOff, match="Settings › Policy") as refused:
        reports.cod_register(yard.ctx, yard.supervisor, from_day=None, to_day=None)
    assert (refused.value.market, refused.value.yard_market) == (Market.EU, Market.CN)
    with pytest.raises(reports.ReportMarketOff):
        reports.nmvtis_monthly(yard.ctx, yard.supervisor, year=2026, month=6)


def test_an_admin_turns_on_the_us_market_and_nmvtis_lists_only_us_registered_vehicles(tmp_path: Path) -> None:
    yard = open_certified_yard(tmp_path / "cn", profile=dataclasses.replace(FULL_YARD, phone="021-5555-0101"))
    try:
        yard.certify(10)  # a Chinese car: not an NMVTIS vehicle
        yard.certify(11, registration_country="US")
        policy = yard_service.yard_record(yard.ctx, yard.admin).policy
        us_too = dataclasses.replace(policy, extra_report_markets=frozenset({Market.US}))
        yard_service.update_policy(yard.ctx, yard.admin, yard.clock, policy=us_too)

        table = reports.nmvtis_monthly(yard.ctx, yard.supervisor, year=2026, month=6)

        assert [row[3] for row in table.rows] == [vin(11)]
        assert table.rows[0][:3] == (FULL_YARD.name, FULL_YARD.address, "021-5555-0101")
        with pytest.raises(reports.ReportMarketOff):  # the EU is still off
            reports.cod_register(yard.ctx, yard.supervisor, from_day=None, to_day=None)
    finally:
        yard.close()


@pytest.fixture
def us_yard(tmp_path: Path) -> Iterator[CertifiedYard]:
    opened = open_certified_yard(tmp_path / "us", profile=US_YARD)
    yield opened
    opened.close()


def test_nmvtis_reports_the_months_vehicles_with_the_rules_dispositions_and_leaves_out_cancelled(
    us_yard: CertifiedYard,
) -> None:
    yard = us_yard
    crushed = yard.certify(10, owner=Owner(name="John Doe"))
    still_here = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=Vehicle(vin=vin(11)))
    sold = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=Vehicle(vin=vin(13)))
    cancelled = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=Vehicle(vin=vin(12)))
    for intake in (still_here, sold):
        intakes.record_documents(
            yard.ctx, yard.operator, yard.clock, intake, documents=complete_documents(), owner=Owner(name="Dana Smith")
        )
    dispositions.record_vehicle_disposition(
        yard.ctx, yard.supervisor, yard.clock, sold, disposition="for_sale",
        transferred_to="Pick-n-Pull Export Inc.", intended_for_export=True,
    )  # fmt: skip
    intakes.cancel_intake(yard.ctx, yard.supervisor, yard.clock, cancelled)

    table = reports.nmvtis_monthly(yard.ctx, yard.supervisor, year=2026, month=6)

    assert table.headers == NMVTIS_HEADERS
    entity = (US_YARD.name, US_YARD.address, US_YARD.phone)
    assert sorted(table.rows) == sorted(
        [
            (*entity, vin(10), "2026-06-01", "John Doe", "Crushed", US_YARD.name, "No"),
            (*entity, vin(11), "2026-06-01", "Dana Smith", "Other purposes", US_YARD.name, "No"),
            (*entity, vin(13), "2026-06-01", "Dana Smith", "For sale", "Pick-n-Pull Export Inc.", "Yes"),
        ]
    )
    assert crushed.number
    assert reports.nmvtis_monthly(yard.ctx, yard.supervisor, year=2026, month=5).rows == ()


def test_a_sale_without_a_buyer_is_refused(us_yard: CertifiedYard) -> None:
    intake = intakes.create_intake(us_yard.ctx, us_yard.operator, us_yard.clock, vehicle=Vehicle(vin=vin(17)))
    with pytest.raises(InvalidInput) as refused:
        dispositions.record_vehicle_disposition(
            us_yard.ctx, us_yard.supervisor, us_yard.clock, intake, disposition="for_sale"
        )
    assert refused.value.field == "transferred_to"


def test_nmvtis_names_the_yards_missing_contact_before_writing_anything(tmp_path: Path) -> None:
    yard = open_certified_yard(tmp_path / "us", profile=dataclasses.replace(US_YARD, phone=""))
    try:
        yard.certify(18, owner=Owner(name="John Doe"))
        with pytest.raises(ReportRowInvalid, match="reporting entity contact is empty; fill it in under Settings"):
            reports.nmvtis_monthly(yard.ctx, yard.supervisor, year=2026, month=6)
    finally:
        yard.close()


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

"""Dates are the yard's local days: date of issue, the number's year, a day's batch, deadlines, reports. And only
vehicles with traction packs owe a vehicle-scrapped upload."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from dismantler_app.domain.deadlines import DeadlineStatus, ReportKind, report_due_date
from dismantler_app.domain.policy import default_policy
from dismantler_app.domain.records import Fuel, Market, Owner, Powertrain, Vehicle
from dismantler_app.services import certificates, intakes, queries, reports
from dismantler_app.services.certificate_documents import certificate_document, render_day
from dismantler_app.services.errors import InvalidInput, NotFound
from dismantler_app.services.yard import checked_profile, yard_record
from dismantler_app.services.yard_keys import load_or_create_yard_keys
from dismantler_app.storage.yard import YardProfile
from tests.services.certified_yard import FULL_YARD, RECEIVER_USCC, CertifiedYard, open_certified_yard
from tests.services.yard_setup import complete_documents, vin

LATE_EVENING_UTC = datetime(2026, 6, 1, 23, 30, tzinfo=UTC)  # 2026-06-02 07:30 in Shanghai


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[CertifiedYard]:
    opened = open_certified_yard(tmp_path / "data")
    yield opened
    opened.close()


def test_a_certificate_issued_late_in_the_utc_evening_is_dated_the_next_day_in_shanghai(yard: CertifiedYard) -> None:
    yard.clock.current = LATE_EVENING_UTC
    record = yard.certify(1)
    keys = load_or_create_yard_keys(yard.app.settings.data_dir)

    assert record.issued_on == date(2026, 6, 2)
    assert certificate_document(yard.ctx, yard.operator, record.number).issued_on == date(2026, 6, 2)
    batch = render_day(yard.ctx, yard.supervisor, yard.clock, date(2026, 6, 2), private_key=keys.private_key)
    assert [d.number for d in batch.documents] == [record.number]
    with pytest.raises(NotFound):
        render_day(yard.ctx, yard.supervisor, yard.clock, date(2026, 6, 1), private_key=keys.private_key)
    [deadline] = queries.list_deadlines(yard.ctx, yard.supervisor, yard.clock)
    assert deadline.event_date == date(2026, 6, 2)
    report = reports.traceability_report(yard.ctx, yard.supervisor, kind=ReportKind.VEHICLE_SCRAPPED)
    assert {row[1] for row in report.table.rows} == {"2026-06-02"}


def test_marking_an_upload_records_the_yards_date(yard: CertifiedYard) -> None:
    record = yard.certify(2)
    yard.clock.current = LATE_EVENING_UTC

    reports.mark_reported(
        yard.ctx, yard.supervisor, yard.clock, kind=ReportKind.VEHICLE_SCRAPPED, subjects=[record.number]
    )

    with yard.app.store.read() as session:
        assert session.scalar("SELECT reported_on FROM reports WHERE subject = ?", [record.number]) == "2026-06-02"


def test_the_number_takes_the_year_of_the_yards_new_year(yard: CertifiedYard) -> None:
    yard.clock.current = datetime(2026, 12, 31, 16, 30, tzinfo=UTC)  # 2027-01-01 00:30 in Shanghai

    record = yard.certify(3)

    assert record.number == "SH01-2027-000001" and record.issued_on == date(2027, 1, 1)


def test_a_us_yard_dates_by_new_york(tmp_path: Path) -> None:
    profile = YardProfile(code="NJ01", name="Jersey Auto Salvage", market=Market.US)
    yard = open_certified_yard(tmp_path / "us", profile=profile)
    try:
        yard.clock.current = datetime(2026, 6, 2, 3, 0, tzinfo=UTC)  # 23:00 EDT on June 1
        record = yard.certify(4)
        assert yard_record(yard.ctx, yard.admin).profile.timezone == "America/New_York"
    finally:
        yard.close()
    assert record.issued_on == date(2026, 6, 1) and record.number == "NJ01-2026-000001"


def test_an_eu_yard_keeps_the_zone_it_was_set_up_with(tmp_path: Path) -> None:
    profile = checked_profile(
        YardProfile(code="LX01", name="Desmantelamento Lda", market=Market.EU, timezone=" Europe/Lisbon ")
    )
    yard = open_certified_yard(tmp_path / "eu", profile=profile)
    try:
        yard.clock.current = datetime(2026, 6, 1, 22, 30, tzinfo=UTC)  # 00:30 on June 2 in Berlin, 23:30 in Lisbon
        record = yard.certify(5)
        stored = yard_record(yard.ctx, yard.admin).profile
    finally:
        yard.close()
    assert stored.timezone == "Europe/Lisbon"
    assert record.issued_on == date(2026, 6, 1)


def test_the_zone_defaults_by_market_and_an_unknown_zone_is_refused() -> None:
    cn_yard = dataclasses.replace(FULL_YARD, uscc=RECEIVER_USCC)
    assert checked_profile(cn_yard).timezone == "Asia/Shanghai"
    assert checked_profile(dataclasses.replace(cn_yard, market=Market.EU)).timezone == "Europe/Berlin"
    for bad in ("Mars/Olympus_Mons", "../../etc/passwd", "UTC+8"):
        with pytest.raises(InvalidInput) as refused:
            checked_profile(dataclasses.replace(cn_yard, timezone=bad))
        assert refused.value.field == "yard.timezone"


def test_an_upload_becomes_overdue_at_the_yards_midnight(yard: CertifiedYard) -> None:
    record = yard.certify(6)
    due = report_due_date(record.issued_on).due
    shanghai_midnight_after_due = datetime.combine(due + timedelta(days=1), datetime.min.time(), UTC) - timedelta(
        hours=8
    )

    yard.clock.current = shanghai_midnight_after_due - timedelta(minutes=1)
    [before] = queries.list_deadlines(yard.ctx, yard.supervisor, yard.clock)
    yard.clock.current = shanghai_midnight_after_due
    [after] = queries.list_deadlines(yard.ctx, yard.supervisor, yard.clock)

    assert (before.status, after.status) == (DeadlineStatus.DUE, DeadlineStatus.OVERDUE)
    assert yard.clock.now().date() == due  # by UTC the due day has not even ended yet


def test_nmvtis_counts_a_vehicle_in_the_month_of_the_yards_date(tmp_path: Path) -> None:
    # a Shanghai yard that also reports US-titled vehicles to NMVTIS (an extra market an admin turned on)
    policy = dataclasses.replace(default_policy(Market.CN), extra_report_markets=frozenset({Market.US}))
    profile = dataclasses.replace(FULL_YARD, phone="021-5555-0101")
    yard = open_certified_yard(tmp_path / "cn", profile=profile, policy=policy)
    try:
        yard.clock.current = datetime(2026, 6, 30, 20, 0, tzinfo=UTC)  # July 1, 04:00 in Shanghai
        intakes.create_intake(
            yard.ctx, yard.operator, yard.clock, vehicle=Vehicle(vin=vin(7), registration_country="US"),
            owner=Owner(name="Jane Roe"),
        )  # fmt: skip

        june = reports.nmvtis_monthly(yard.ctx, yard.supervisor, year=2026, month=6)
        july = reports.nmvtis_monthly(yard.ctx, yard.supervisor, year=2026, month=7)
    finally:
        yard.close()

    assert june.rows == ()
    assert [(row[3], row[4]) for row in july.rows] == [(vin(7), "2026-07-01")]


def test_only_a_vehicle_with_traction_packs_owes_a_vehicle_scrapped_upload(yard: CertifiedYard) -> None:
    electric = yard.certify(8)
    petrol = Vehicle(vin=vin(9), plate="沪A00009", powertrain=Powertrain.ICE, fuel=Fuel.PETROL)
    intake = intakes.create_intake(yard.ctx, yard.operator, yard.clock, vehicle=petrol, documents=complete_documents())
    intakes.submit_for_review(yard.ctx, yard.operator, yard.clock, intake)
    intakes.approve(yard.ctx, yard.supervisor, yard.clock, intake)
    certificates.issue_certificate(yard.ctx, yard.supervisor, yard.clock, intake)
    yard.clock.advance(days=60)  # long past any deadline

    items = queries.list_deadlines(yard.ctx, yard.supervisor, yard.clock, include_reported=True)

    assert [(i.subject, i.label, i.status) for i in items] == [(electric.number, vin(8), DeadlineStatus.OVERDUE)]

"""Regulatory reports from the yard's records: the traceability-platform uploads (vehicle scrapped, pack outbound)
for a date range or everything still due, marking them reported so the deadline list clears; the EU certificate of
destruction register; the US NMVTIS monthly report.

Each file belongs to a market (``domain.regulatory.REPORT_MARKET``) and is made only for the yard's own market or one
an admin turned on besides (``Policy.extra_report_markets``): otherwise :class:`ReportMarketOff`. Inside a file only
that market's records are listed: the CoD register lists certificates issued as EU certificates of destruction;
NMVTIS lists vehicles registered in the US (a vehicle with no registration country counts as the yard's own market's).

Selecting and marking are separate steps on purpose: the caller writes the file first and marks only once it is on
disk, so a failed write never clears a deadline. Marking is one transaction for the whole file (all rows or none),
with the same audit row and ``report.recorded`` event per row as :func:`~dismantler_app.services.handovers.
record_report`.

A certificate without any traction pack (a petrol car) has nothing to upload to the battery traceability platform;
it is listed in ``skipped`` instead of failing the whole report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from dismantler_app.certificates.reports import write_csv, write_xlsx
from dismantler_app.domain.clock import Clock
from dismantler_app.domain.deadlines import ReportKind
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.receivers import ReceiverIdScheme, ReceiverType
from dismantler_app.domain.records import CertificateState, Market
from dismantler_app.domain.regulatory import (
    REPORT_MARKET,
    PackOutboundRow,
    ReportFile,
    ReportTable,
    VehicleScrappedRow,
    battery_type_names,
    pack_outbound_table,
    report_markets,
    vehicle_scrapped_table,
)
from dismantler_app.domain.regulatory_eu_us import (
    NmvtisDisposition,
    NmvtisRow,
    ReportingEntity,
    cod_register_row,
    cod_register_table,
    nmvtis_monthly_table,
)
from dismantler_app.domain.yard_time import local_day
from dismantler_app.services.certificate_documents import load_document
from dismantler_app.services.context import ServiceContext, change, reading
from dismantler_app.services.errors import InvalidInput, NotFound, ServiceError
from dismantler_app.services.handovers import record_one_report
from dismantler_app.storage import certificate_reads as reads
from dismantler_app.storage.privacy import private_file
from dismantler_app.storage.session import Session
from dismantler_app.storage.yard import YardRecord, load_yard

# ``reports.kind`` in the store for each upload (the deadline list joins on these).
STORE_KIND = {ReportKind.VEHICLE_SCRAPPED: "certificate", ReportKind.PACK_OUTBOUND: "pack_outbound"}
# NMVTIS disposition when none was recorded (services/dispositions.py), an assumption stated in docs/regulatory/us.md:
# a certificate of destruction means the vehicle was crushed by the yard itself; until then it is held by the yard to
# be dismantled ("other purposes" in 28 CFR 25.56(b)(5)), to be updated by a supplemental report (25.56(d)). In both
# cases the vehicle was provided to nobody else: "transferred to" names the reporting entity.
DEFAULT_DISPOSITION = {True: NmvtisDisposition.CRUSHED, False: NmvtisDisposition.OTHER_PURPOSES}
US_COUNTRY_CODES = frozenset({"US", "USA"})
WRITERS = {".csv": "csv", ".xlsx": "xlsx"}


@dataclass(frozen=True)
class Selection:
    """A date range (both ends included, either end open) and/or only the rows not reported yet."""

    from_day: date | None = None
    to_day: date | None = None
    unreported_only: bool = False

    def __post_init__(self) -> None:
        if self.from_day and self.to_day and self.from_day > self.to_day:
            raise InvalidInput("to_day", "before_from_day", f"{self.to_day} is before {self.from_day}")


EVERYTHING_DUE = Selection(unreported_only=True)


class ReportMarketOff(ServiceError):
    """The file belongs to a market this yard does not report to (an admin can turn the market on)."""

    code = "report_market_off"

    def __init__(self, report: ReportFile, market: Market, yard_market: Market) -> None:
        super().__init__(
            f"{report.value} is a {market.value} report and this is a {yard_market.value} yard; an admin can turn "
            f"on the {market.value} market under Settings › Policy if the yard also reports there"
        )
        self.report = report
        self.market = market
        self.yard_market = yard_market


def enabled_markets(yard: YardRecord) -> frozenset[Market]:
    """The markets this yard reports to: its own and those an admin turned on."""
    return report_markets(yard.profile.market, yard.policy.extra_report_markets)


def require_market(session: Session, report: ReportFile) -> YardRecord:
    """The yard, once ``report`` is one of its markets' files; else :class:`ReportMarketOff`."""
    yard = load_yard(session)
    if yard is None:
        raise NotFound("yard", "this installation")
    if REPORT_MARKET[report] not in enabled_markets(yard):
        raise ReportMarketOff(report, REPORT_MARKET[report], yard.profile.market)
    return yard


@dataclass(frozen=True)
class Skipped:
    subject: str
    reason: str  # stable code, e.g. "no_traction_pack"


@dataclass(frozen=True)
class TraceabilityReport:
    kind: ReportKind
    table: ReportTable
    to_mark: tuple[str, ...]  # report subjects in the table not reported yet (certificate numbers, handover ids)
    already_reported: tuple[str, ...]
    skipped: tuple[Skipped, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "rows": len(self.table.rows),
            "subjects": len(self.to_mark) + len(self.already_reported),
            "unreported": list(self.to_mark),
            "already_reported": list(self.already_reported),
            "skipped": [{"subject": s.subject, "reason": s.reason} for s in self.skipped],
        }


def traceability_report(
    ctx: ServiceContext, actor: User, *, kind: ReportKind, selection: Selection = EVERYTHING_DUE
) -> TraceabilityReport:
    """The upload table for ``kind`` over ``selection``; raises ``ReportRowInvalid`` for a row the platform
    would refuse (the message names the row and what to fix)."""
    span = {"from_day": selection.from_day, "to_day": selection.to_day, "unreported_only": selection.unreported_only}
    with reading(ctx, actor) as session:
        require_market(session, ReportFile(kind.value))
        if kind is ReportKind.VEHICLE_SCRAPPED:
            vehicles = reads.scrapped_vehicles(session, **span)
        else:
            outbound = reads.outbound_packs(session, **span)
    if kind is ReportKind.VEHICLE_SCRAPPED:
        with_packs = [v for v in vehicles if v.pack_codes]
        table = vehicle_scrapped_table(
            VehicleScrappedRow(
                vin=v.vin,
                scrap_date=v.scrap_date,
                pack_codes=v.pack_codes,
                battery_types=tuple(battery_type_names(c)[0] for c in v.pack_codes),
            )
            for v in with_packs
        )
        subjects = [(v.number, v.reported_on) for v in with_packs]
        skipped = tuple(Skipped(v.number, "no_traction_pack") for v in vehicles if not v.pack_codes)
    else:
        table = pack_outbound_table(_outbound_row(p) for p in outbound)
        subjects = [(p.handover_id, p.reported_on) for p in outbound]
        skipped = ()
    return TraceabilityReport(
        kind=kind,
        table=table,
        to_mark=tuple(s for s, reported in subjects if reported is None),
        already_reported=tuple(s for s, reported in subjects if reported is not None),
        skipped=skipped,
    )


def _outbound_row(p: reads.OutboundPack) -> PackOutboundRow:
    scheme = ReceiverIdScheme.DUNS if p.receiver_duns else ReceiverIdScheme.USCC
    return PackOutboundRow(
        pack_code=p.pack_code,
        outbound_date=p.outbound_date,
        receiver_name=p.receiver_name,
        receiver_id=p.receiver_duns or p.receiver_uscc,
        receiver_id_scheme=scheme,
        receiver_type=ReceiverType(p.receiver_type) if p.receiver_type else None,
        pack_model=p.pack_model,
        quantity=p.quantity,
        destination=p.destination,
    )


def mark_reported(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    *,
    kind: ReportKind,
    subjects: Sequence[str],
    reference: str = "",
) -> int:
    """Records today's upload of every subject in one transaction; subjects reported before are left as they are.
    Returns how many were marked now."""
    store_kind = STORE_KIND[kind]
    with change(ctx, actor, clock, Action.RECORD_REPORT) as ch:
        done = reads.reported_subjects(ch.session, kind=store_kind, subjects=list(subjects))
        fresh = [s for s in dict.fromkeys(subjects) if s not in done]
        reported_on = local_day(ch.at, ch.yard().zone)  # the yard's date, like the deadlines it clears
        for subject in fresh:
            record_one_report(ch, kind=store_kind, subject=subject, reported_on=reported_on, reference=reference)
    return len(fresh)


def cod_register(ctx: ServiceContext, actor: User, *, from_day: date | None, to_day: date | None) -> ReportTable:
    """The register of certificates of destruction issued in the range: issued (voided ones are not certificates)
    as EU certificates of destruction (a yard's certificates of another market are not CoDs)."""
    with reading(ctx, actor) as session:
        require_market(session, ReportFile.COD_REGISTER)
        numbers = reads.certificate_numbers_issued(
            session, from_day=from_day, to_day=to_day, state=CertificateState.ISSUED
        )
        docs = [load_document(session, n) for n in numbers]
    return cod_register_table(cod_register_row(d) for d in docs if d.market is Market.EU)


def nmvtis_monthly(ctx: ServiceContext, actor: User, *, year: int, month: int) -> ReportTable:
    """Vehicles registered in the US obtained in the month (28 CFR 25.56(b)): the yard as reporting entity, VIN,
    date obtained, from whom (the owner), disposition, to whom, export."""
    if not 1 <= month <= 12:
        raise InvalidInput("month", "out_of_range", f"{month} is not 1-12")
    first = date(year, month, 1)
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    with reading(ctx, actor) as session:
        yard = require_market(session, ReportFile.NMVTIS)
        vehicles = reads.vehicles_obtained(session, from_day=first, to_day=last, zone=yard.zone)
    profile = yard.profile
    entity = ReportingEntity(name=profile.name, address=profile.address, contact=profile.phone)
    rows = [_nmvtis_row(v, entity) for v in vehicles if _registered_in_us(v, yard)]
    return nmvtis_monthly_table(rows, year=year, month=month, entity=entity)


def _registered_in_us(vehicle: reads.ObtainedVehicle, yard: YardRecord) -> bool:
    country = vehicle.registration_country.strip().upper()
    if not country:
        return yard.profile.market is Market.US
    return country in US_COUNTRY_CODES


def _nmvtis_row(v: reads.ObtainedVehicle, entity: ReportingEntity) -> NmvtisRow:
    if v.disposition:
        return NmvtisRow(
            v.vin,
            v.obtained_on,
            v.obtained_from,
            NmvtisDisposition(v.disposition),
            transferred_to=v.transferred_to,
            intended_for_export=v.intended_for_export,
        )
    return NmvtisRow(v.vin, v.obtained_on, v.obtained_from, DEFAULT_DISPOSITION[v.certified], entity.name)


def write_report(table: ReportTable, path: Path, *, created: datetime | None = None) -> Path:
    """Writes CSV or XLSX by the file's suffix, readable by its owner only (it lists owners and VINs)."""
    kind = WRITERS.get(path.suffix.lower())
    if kind is None:
        raise InvalidInput("out", "unknown_suffix", f"{path.name}: use .csv or .xlsx")
    if kind == "csv":
        written = write_csv(table, path)
    else:
        written = write_xlsx(table, path, created=created.replace(tzinfo=None) if created else None)
    private_file(written)
    return written

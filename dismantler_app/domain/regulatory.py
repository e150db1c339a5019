"""Regulatory report rows as pure values, and the tables (header + text cells) the report writers put on disk.

Four reports:

- traceability platform, *vehicle scrapped* (2018 Interim Measures on traction battery traceability, Art. 13: VIN,
  scrap date, pack codes, battery type within 15 working days of the certificate);
- traceability platform, *pack outbound* (same article: pack code, outbound date, receiving enterprise and its
  unified social credit code, GB 32100-2015);
- EU certificate-of-destruction register (Directive 2000/53/EC Art. 5(3), content per Decision 2002/151/EC);
- US NMVTIS monthly junk/salvage report (28 CFR 25.56(a): VIN, date obtained, from whom, disposition).

The column headers are tables below, so a correction to a platform's import template is a one-line change. Rows
are validated when a table is built: a bad row raises :class:`ReportRowInvalid` naming the row and the field.
Selecting "everything due" and marking rows as reported belong to the services.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from stdnum.cn import uscc
from stdnum.exceptions import ValidationError

from dismantler_app.domain.battery_code import parse_battery_code
from dismantler_app.domain.certificate import CertificateDocument
from dismantler_app.domain.codes import CodeRejected

# One line per pack: the platform's batch import takes one pack code per line (a vehicle with two packs is two
# lines with the same VIN), which also keeps each cell a single code that a spreadsheet cannot mangle.
VEHICLE_SCRAPPED_HEADERS = ("车辆识别代号(VIN)", "报废日期", "动力蓄电池编码", "电池类型")
PACK_OUTBOUND_HEADERS = ("动力蓄电池编码", "出库日期", "接收企业名称", "接收企业统一社会信用代码")
COD_REGISTER_HEADERS = (
    "Certificate number",
    "Date of issue",
    "VIN",
    "Registration mark",
    "Registration country",
    "Vehicle class",
    "Brand",
    "Model",
    "Holder name",
    "Holder address",
    "Holder nationality",
    "Facility permit number",
)
NMVTIS_HEADERS = ("VIN", "Date Obtained", "Obtained From", "Disposition")

# The battery type letter of GB/T 34014-2017 (position 5) in words: Chinese for the platform upload, both on the
# certificate. The letters the domain guide marks "likely" (A, C, D, F, G) are named the same way; a correction is a
# one-line change here.
BATTERY_TYPE_NAMES: dict[str, tuple[str, str]] = {
    "A": ("镍氢", "NiMH"),
    "B": ("磷酸铁锂", "LFP"),
    "C": ("锰酸锂", "LMO"),
    "D": ("钴酸锂", "LCO"),
    "E": ("三元材料", "ternary"),
    "F": ("超级电容器", "supercapacitor"),
    "G": ("钛酸锂", "LTO"),
    "Z": ("其他", "other"),
}


def battery_type_names(code: str) -> tuple[str, str]:
    """(Chinese, English) name of a pack code's battery type; empty strings when the code cannot be read."""
    try:
        letter = parse_battery_code(code).battery_type
    except CodeRejected:
        return "", ""
    return BATTERY_TYPE_NAMES.get(letter, ("", ""))


class NmvtisDisposition(StrEnum):
    """What became of the vehicle, as 28 CFR 25.56(a)(5)-(6) asks (the value is printed in the report)."""

    CRUSHED = "Crushed"
    SOLD = "Sold"
    EXPORTED = "Exported"
    RETAINED = "Retained"


class ReportRowInvalid(ValueError):
    """A row a report cannot carry; the message names the row (1-based) and says what to fix."""

    def __init__(self, report: str, row: int, message: str) -> None:
        super().__init__(f"{report}, row {row}: {message}")
        self.report = report
        self.row = row


@dataclass(frozen=True)
class VehicleScrappedRow:
    vin: str
    scrap_date: date
    pack_codes: tuple[str, ...]
    battery_types: tuple[str, ...] = ()  # parallel to pack_codes when given


@dataclass(frozen=True)
class PackOutboundRow:
    pack_code: str
    outbound_date: date
    receiver_name: str
    receiver_uscc: str


@dataclass(frozen=True)
class CodRegisterRow:
    certificate_number: str
    issued_on: date
    vin: str
    registration_mark: str = ""
    registration_country: str = ""
    vehicle_class: str = ""
    brand: str = ""
    model: str = ""
    holder_name: str = ""
    holder_address: str = ""
    holder_nationality: str = ""
    permit_number: str = ""


@dataclass(frozen=True)
class NmvtisRow:
    vin: str
    date_obtained: date
    obtained_from: str
    disposition: NmvtisDisposition


@dataclass(frozen=True)
class ReportTable:
    """A report ready to write: a name (sheet title), headers and rows of text cells."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def vehicle_scrapped_table(rows: Iterable[VehicleScrappedRow]) -> ReportTable:
    out: list[tuple[str, ...]] = []
    for n, row in enumerate(rows, start=1):
        _need("vehicle scrapped", n, vin=row.vin)
        if not row.pack_codes:
            raise ReportRowInvalid(
                "vehicle scrapped", n, f"VIN {row.vin} lists no traction pack; only vehicles with packs are reported"
            )
        if row.battery_types and len(row.battery_types) != len(row.pack_codes):
            raise ReportRowInvalid("vehicle scrapped", n, "give one battery type per pack code, or none")
        types = row.battery_types or ("",) * len(row.pack_codes)
        out.extend(
            (row.vin, row.scrap_date.isoformat(), code, kind) for code, kind in zip(row.pack_codes, types, strict=True)
        )
    return ReportTable("vehicle_scrapped", VEHICLE_SCRAPPED_HEADERS, tuple(out))


def pack_outbound_table(rows: Iterable[PackOutboundRow]) -> ReportTable:
    out: list[tuple[str, ...]] = []
    for n, row in enumerate(rows, start=1):
        _need("pack outbound", n, pack_code=row.pack_code, receiver_name=row.receiver_name)
        try:
            receiver = uscc.validate(row.receiver_uscc)
        except ValidationError as exc:
            raise ReportRowInvalid(
                "pack outbound",
                n,
                f"receiver USCC {row.receiver_uscc!r} is not a valid unified social credit code ({exc}); "
                "correct it from the receiver's business licence",
            ) from exc
        out.append((row.pack_code, row.outbound_date.isoformat(), row.receiver_name, receiver))
    return ReportTable("pack_outbound", PACK_OUTBOUND_HEADERS, tuple(out))


def cod_register_row(doc: CertificateDocument) -> CodRegisterRow:
    """The register line of one certificate of destruction."""
    return CodRegisterRow(
        certificate_number=doc.number,
        issued_on=doc.issued_on,
        vin=doc.vehicle.vin,
        registration_mark=doc.vehicle.plate,
        registration_country=doc.registration_country,
        vehicle_class=doc.vehicle_class,
        brand=doc.vehicle.brand,
        model=doc.vehicle.model,
        holder_name=doc.owner.name,
        holder_address=doc.owner.address,
        holder_nationality=doc.holder_nationality,
        permit_number=doc.facility.permit_number,
    )


def cod_register_table(rows: Iterable[CodRegisterRow]) -> ReportTable:
    out: list[tuple[str, ...]] = []
    for n, row in enumerate(rows, start=1):
        _need("CoD register", n, certificate_number=row.certificate_number, vin=row.vin)
        out.append(
            (
                row.certificate_number,
                row.issued_on.isoformat(),
                row.vin,
                row.registration_mark,
                row.registration_country,
                row.vehicle_class,
                row.brand,
                row.model,
                row.holder_name,
                row.holder_address,
                row.holder_nationality,
                row.permit_number,
            )
        )
    return ReportTable("cod_register", COD_REGISTER_HEADERS, tuple(out))


def nmvtis_monthly_table(rows: Sequence[NmvtisRow], *, year: int, month: int) -> ReportTable:
    """The NMVTIS report for one calendar month: rows obtained in other months are left out."""
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is not 1-12")
    out: list[tuple[str, ...]] = []
    for n, row in enumerate(rows, start=1):
        if (row.date_obtained.year, row.date_obtained.month) != (year, month):
            continue
        _need("NMVTIS", n, vin=row.vin, obtained_from=row.obtained_from)
        out.append((row.vin, row.date_obtained.isoformat(), row.obtained_from, row.disposition.value))
    return ReportTable(f"nmvtis_{year:04d}_{month:02d}", NMVTIS_HEADERS, tuple(out))


def _need(report: str, row: int, **values: str) -> None:
    for name, value in values.items():
        if not value.strip():
            raise ReportRowInvalid(report, row, f"{name.replace('_', ' ')} is empty; fill it in before reporting")

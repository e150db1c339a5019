"""The EU and US reports as pure values: the certificate-of-destruction register (Directive 2000/53/EC Art. 5(3),
content per Decision 2002/151/EC, Annex) and the NMVTIS monthly junk/salvage report (28 CFR 25.56(b)(1)-(5)).
Built and validated like the Chinese uploads in :mod:`dismantler_app.domain.regulatory`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dismantler_app.domain.certificate import CertificateDocument
from dismantler_app.domain.regulatory import ReportFile, ReportTable, require_values

COD_REGISTER_HEADERS = (
    "Certificate number",
    "Date of issue",
    "Facility name",
    "Facility address",
    "Facility permit number",
    "Permitting authority",
    "Registration mark",
    "Registration country",
    "Vehicle class",
    "Brand",
    "Model",
    "VIN",
    "Holder name",
    "Holder address",
    "Holder nationality",
)


NMVTIS_HEADERS = (
    "Reporting Entity Name",
    "Reporting Entity Address",
    "Reporting Entity Contact",
    "VIN",
    "Date Obtained",
    "Obtained From",
    "Disposition",
    "Transferred To",
    "Intended For Export",
)


class NmvtisDisposition(StrEnum):
    """What became of the vehicle, in the words of 28 CFR 25.56(b)(5): "crushed or disposed of, for sale or other
    purposes" (the value is stored; :data:`NMVTIS_DISPOSITION_WORDS` is what the report prints)."""

    CRUSHED = "crushed"
    DISPOSED_OF = "disposed_of"
    FOR_SALE = "for_sale"
    OTHER_PURPOSES = "other_purposes"


NMVTIS_DISPOSITION_WORDS: dict[NmvtisDisposition, str] = {
    NmvtisDisposition.CRUSHED: "Crushed",
    NmvtisDisposition.DISPOSED_OF: "Disposed of",
    NmvtisDisposition.FOR_SALE: "For sale",
    NmvtisDisposition.OTHER_PURPOSES: "Other purposes",
}


@dataclass(frozen=True)
class CodRegisterRow:
    certificate_number: str
    issued_on: date
    vin: str
    facility_name: str = ""
    facility_address: str = ""
    permit_number: str = ""
    permitting_authority: str = ""
    registration_mark: str = ""
    registration_country: str = ""
    vehicle_class: str = ""
    brand: str = ""
    model: str = ""
    holder_name: str = ""
    holder_address: str = ""
    holder_nationality: str = ""


@dataclass(frozen=True)
class ReportingEntity:
    """NMVTIS 28 CFR 25.56(b)(1): the yard's name, address and contact (its phone)."""

    name: str
    address: str
    contact: str


@dataclass(frozen=True)
class NmvtisRow:
    vin: str
    date_obtained: date
    obtained_from: str
    disposition: NmvtisDisposition
    transferred_to: str = ""
    intended_for_export: bool = False


def cod_register_row(doc: CertificateDocument) -> CodRegisterRow:
    """The register line of one certificate of destruction."""
    return CodRegisterRow(
        certificate_number=doc.number,
        issued_on=doc.issued_on,
        vin=doc.vehicle.vin,
        facility_name=doc.facility.name,
        facility_address=doc.facility.address,
        permit_number=doc.facility.permit_number,
        permitting_authority=doc.facility.permitting_authority,
        registration_mark=doc.vehicle.plate,
        registration_country=doc.registration_country,
        vehicle_class=doc.vehicle_class,
        brand=doc.vehicle.brand,
        model=doc.vehicle.model,
        holder_name=doc.owner.name,
        holder_address=doc.owner.address,
        holder_nationality=doc.holder_nationality,
    )


def cod_register_table(rows: Iterable[CodRegisterRow]) -> ReportTable:
    report = "CoD register"
    yard = "fill it in under Settings › Yard (it is printed on every certificate)"
    vehicle = "correct the intake, then void and re-issue the certificate"
    out: list[tuple[str, ...]] = []
    for n, row in enumerate(rows, start=1):
        require_values(
            report, n, row.certificate_number,
            certificate_number=(row.certificate_number, vehicle),
            facility_name=(row.facility_name, yard),
            facility_address=(row.facility_address, yard),
            permit_number=(row.permit_number, yard),
            permitting_authority=(row.permitting_authority, yard),
            registration_mark=(row.registration_mark, vehicle),
            registration_country=(row.registration_country, vehicle),
            vehicle_class=(row.vehicle_class, vehicle),
            brand=(row.brand, vehicle),
            model=(row.model, vehicle),
            vin=(row.vin, vehicle),
            holder_name=(row.holder_name, vehicle),
            holder_address=(row.holder_address, vehicle),
            holder_nationality=(row.holder_nationality, vehicle),
        )  # fmt: skip
        out.append(
            (
                row.certificate_number,
                row.issued_on.isoformat(),
                row.facility_name,
                row.facility_address,
                row.permit_number,
                row.permitting_authority,
                row.registration_mark,
                row.registration_country,
                row.vehicle_class,
                row.brand,
                row.model,
                row.vin,
                row.holder_name,
                row.holder_address,
                row.holder_nationality,
            )
        )
    return ReportTable(ReportFile.COD_REGISTER.value, COD_REGISTER_HEADERS, tuple(out))


def nmvtis_monthly_table(
    rows: Sequence[NmvtisRow], *, year: int, month: int, entity: ReportingEntity | None = None
) -> ReportTable:
    """The NMVTIS report for one calendar month: rows obtained in other months are left out. ``entity`` is required
    for any row (28 CFR 25.56(b)(1)); a month with no vehicles needs none."""
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is not 1-12")
    report = "NMVTIS"
    yard = "fill it in under Settings › Yard"
    out: list[tuple[str, ...]] = []
    for n, row in enumerate(r for r in rows if (r.date_obtained.year, r.date_obtained.month) == (year, month)):
        line = n + 1
        who = entity or ReportingEntity("", "", "")
        require_values(
            report, line, row.vin,
            reporting_entity_name=(who.name, yard),
            reporting_entity_address=(who.address, yard),
            reporting_entity_contact=(who.contact, yard + " (the yard's phone)"),
            vin=(row.vin, "enter the VIN on the intake"),
            obtained_from=(row.obtained_from, "enter the owner (who delivered the vehicle) on the intake"),
            transferred_to=(row.transferred_to, "record to whom the vehicle was provided or transferred"),
        )  # fmt: skip
        out.append(
            (
                who.name,
                who.address,
                who.contact,
                row.vin,
                row.date_obtained.isoformat(),
                row.obtained_from,
                NMVTIS_DISPOSITION_WORDS[row.disposition],
                row.transferred_to,
                "Yes" if row.intended_for_export else "No",
            )
        )
    return ReportTable(f"nmvtis_{year:04d}_{month:02d}", NMVTIS_HEADERS, tuple(out))

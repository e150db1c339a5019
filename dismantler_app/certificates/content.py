"""Which fields a certificate prints, in which order and with which label: the templates' content, not their look.

``cn`` follows the Chinese scrapping certificate (recycler, owner, vehicle, every traction battery code, power-type
code, official number when the yard has one); ``eu`` the certificate of destruction minimum content of Decision
2002/151/EC (facility name, address, permit and authority; date; registration mark and country; class, brand, model;
VIN; holder's name, address, nationality). A void notice keeps the identifying fields and adds the reason.
A document prints with the form version it was issued with (``CertificateDocument.form_version``): version 2 adds
the fields of docs/regulatory/cn.md and eu.md ("Certificate content"); version 1 sheets print as they always did.
Tests read these same lists to check every value is in the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dismantler_app.certificates.labels import fuel_name, label
from dismantler_app.domain.certificate import SURRENDERABLE, CertificateDocument, CertificateKind, LabelLanguage
from dismantler_app.domain.records import Market
from dismantler_app.domain.regulatory import BATTERY_TYPE_NAMES

MISSING = "—"  # printed for an optional field left empty, so a blank is never mistaken for a printing fault


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    value: str


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    fields: tuple[Field, ...]


def header_fields(doc: CertificateDocument, language: LabelLanguage) -> tuple[Field, ...]:
    fields = [_f("number", doc.number, language)]
    if doc.official_number:
        fields.append(_f("official_number", doc.official_number, language))
    fields.append(_f("issued_on", _day(doc.issued_on), language))
    return tuple(fields)


def title(doc: CertificateDocument, language: LabelLanguage) -> str:
    if doc.kind is CertificateKind.VOID:
        return label("title_void", language)
    return label("title_eu" if doc.market is Market.EU else "title_cn", language)


def certificate_sections(doc: CertificateDocument, language: LabelLanguage) -> tuple[Section, ...]:
    """The field sections above the pack table, per template."""
    if doc.kind is CertificateKind.VOID:
        return _void_sections(doc, language)
    if doc.market is Market.EU:
        return _eu_sections(doc, language)
    return _cn_sections(doc, language)


def pack_rows(doc: CertificateDocument, language: LabelLanguage) -> tuple[tuple[str, str, str], ...]:
    """(index, code, type) for every traction pack; the type column is empty when not given. Since form version 2
    the type is named in the sheet's language (an English sheet never prints the Chinese name)."""
    types = doc.pack_types or ("",) * len(doc.pack_codes)
    if doc.form_version >= 2:
        types = tuple(battery_type_label(kind, language) for kind in types)
    return tuple((str(n), code, kind) for n, (code, kind) in enumerate(zip(doc.pack_codes, types, strict=True), 1))


def footer_fields(doc: CertificateDocument, language: LabelLanguage) -> tuple[Field, ...]:
    return (_f("handler", doc.handler, language),)


def battery_type_label(text: str, language: LabelLanguage) -> str:
    """A pack type as the services store it ("磷酸铁锂 LFP", both names) in one label language; text that is not a
    known pair of names is printed as it is."""
    for zh, en in BATTERY_TYPE_NAMES.values():
        if text == f"{zh} {en}":
            return {LabelLanguage.ZH: zh, LabelLanguage.EN: en}.get(language, text)
    return text


def signature_boxes(doc: CertificateDocument, language: LabelLanguage) -> tuple[str, ...]:
    if doc.kind is CertificateKind.VOID:
        return (label("signature", language), label("seal", language))
    if doc.market is Market.EU and doc.treatment_facility is not None:
        return (label("collector_signature", language), label("holder_signature", language), label("seal", language))
    if doc.market is Market.EU:
        return (label("facility_signature", language), label("holder_signature", language), label("seal", language))
    return (label("signature", language), label("seal", language))


def _cn_sections(doc: CertificateDocument, language: LabelLanguage) -> tuple[Section, ...]:
    if doc.form_version >= 2:
        return _cn_sections_v2(doc, language)
    v, o, fac = doc.vehicle, doc.owner, doc.facility
    return (
        _section(
            "section_facility",
            language,
            ("facility_name", fac.name),
            ("facility_address", fac.address),
            ("facility_phone", fac.phone),
            ("permit_number", fac.permit_number),
        ),
        _section(
            "section_owner",
            language,
            ("owner_name", o.name),
            ("owner_id", o.id_number),
            ("owner_phone", o.phone),
            ("owner_address", o.address),
        ),
        _section(
            "section_vehicle",
            language,
            ("vin", v.vin),
            ("plate", v.plate),
            ("handover_date", _day(doc.handover_date)),
            ("registration_date", _day(v.registration_date)),
            ("vehicle_type", v.vehicle_type),
            ("use_character", v.use_character),
            ("brand_model", " ".join(part for part in (v.brand, v.model) if part)),
            ("curb_mass", _mass(v.curb_mass_kg)),
            ("fuel", fuel_name(v.fuel.value, language)),
            ("engine_number", v.engine_number),
            ("battery_swap", label("yes" if v.battery_swap_model else "no", language)),
        ),
    )


def _cn_sections_v2(doc: CertificateDocument, language: LabelLanguage) -> tuple[Section, ...]:
    """Form version 2: the fields of docs/regulatory/cn.md, "Certificate content"."""
    v, o, fac = doc.vehicle, doc.owner, doc.facility
    return (
        _section(
            "section_facility",
            language,
            ("facility_name", fac.name),
            ("facility_uscc", fac.uscc),
            ("facility_address", fac.address),
            ("facility_phone", fac.phone),
            ("permit_number", fac.permit_number),
        ),
        _section(
            "section_owner",
            language,
            ("owner_name", o.name),
            ("owner_id_type", o.id_document_type),
            ("owner_id", o.id_number),
            ("owner_phone", o.phone),
            ("owner_address", o.address),
        ),
        _section(
            "section_vehicle",
            language,
            ("vin", v.vin),
            ("plate", v.plate),
            ("plate_type", v.plate_type),
            ("registration_certificate_number", v.registration_certificate_number),
            ("handover_date", _day(doc.handover_date)),
            ("registration_date", _day(v.registration_date)),
            ("vehicle_type", v.vehicle_type),
            ("use_character", v.use_character),
            ("brand_model", " ".join(part for part in (v.brand, v.model) if part)),
            ("body_colour", v.body_colour),
            ("curb_mass", _mass(v.curb_mass_kg)),
            ("fuel", fuel_name(v.fuel.value, language)),
            ("engine_number", v.engine_number, "engine_only"),
            ("motor_number", v.motor_number),
            ("battery_swap", label("yes" if v.battery_swap_model else "no", language)),
        ),
        _section(
            "section_surrendered",
            language,
            *(
                (f"surrendered_{kind}", label("taken_back" if kind in doc.surrendered else "not_taken_back", language))
                for kind in SURRENDERABLE
            ),
        ),
    )


def _eu_sections(doc: CertificateDocument, language: LabelLanguage) -> tuple[Section, ...]:
    if doc.form_version >= 2:
        return _eu_sections_v2(doc, language)
    v, o, fac = doc.vehicle, doc.owner, doc.facility
    return (
        _section(
            "section_facility",
            language,
            ("facility_name", fac.name),
            ("facility_address", fac.address),
            ("permit_number", fac.permit_number),
            ("permitting_authority", fac.permitting_authority),
        ),
        _section(
            "section_vehicle",
            language,
            ("vin", v.vin),
            ("plate", v.plate),
            ("registration_country", doc.registration_country),
            ("vehicle_class", doc.vehicle_class),
            ("brand", v.brand),
            ("model", v.model),
            ("fuel", fuel_name(v.fuel.value, language)),
        ),
        _section(
            "section_holder",
            language,
            ("owner_name", o.name),
            ("owner_address", o.address),
            ("nationality", doc.holder_nationality),
        ),
    )


def _eu_sections_v2(doc: CertificateDocument, language: LabelLanguage) -> tuple[Section, ...]:
    """Form version 2: Decision 2002/151/EC, Annex, with item 4's statement on the registration document and, when
    a collector issues the certificate, the collector and the treatment facility both named."""
    v, o, fac, atf = doc.vehicle, doc.owner, doc.facility, doc.treatment_facility
    issuer = (
        ("facility_name", fac.name),
        ("facility_address", fac.address),
        ("permit_number", fac.permit_number),
        ("permitting_authority", fac.permitting_authority),
    )
    issuers = (
        (_section("section_facility", language, *issuer),)
        if atf is None
        else (
            _section("section_collector", language, *issuer),
            _section(
                "section_treatment_facility",
                language,
                ("treatment_facility_name", atf.name),
                ("treatment_facility_address", atf.address),
                ("treatment_facility_permit", atf.permit_number),
            ),
        )
    )
    fate = {"surrendered": "registration_surrendered", "destroyed": "registration_destroyed"}
    document = label(fate[doc.registration_document], language) if doc.registration_document else ""
    return (
        *issuers,
        _section(
            "section_vehicle",
            language,
            ("vin", v.vin),
            ("plate", v.plate),
            ("registration_country", doc.registration_country),
            ("registration_document", document),
            ("vehicle_class", doc.vehicle_class),
            ("brand", v.brand),
            ("model", v.model),
            ("fuel", fuel_name(v.fuel.value, language)),
        ),
        _section(
            "section_holder",
            language,
            ("owner_name", o.name),
            ("owner_address", o.address),
            ("nationality", doc.holder_nationality),
        ),
    )


def _void_sections(doc: CertificateDocument, language: LabelLanguage) -> tuple[Section, ...]:
    v = doc.vehicle
    return (
        _section(
            "section_void",
            language,
            ("void_reason", doc.void_reason),
            ("voided_on", _day(doc.voided_on)),
            ("facility_name", doc.facility.name),
        ),
        _section(
            "section_vehicle",
            language,
            ("vin", v.vin),
            ("plate", v.plate),
            ("brand_model", " ".join(part for part in (v.brand, v.model) if part)),
            ("owner_name", doc.owner.name),
        ),
    )


def _section(key: str, language: LabelLanguage, *items: tuple[str, str] | tuple[str, str, str]) -> Section:
    """A titled section; an item is (field key, value) or (field key, value, label key) when the label differs."""
    return Section(key, label(key, language), tuple(_f(*item[:2], language, *item[2:]) for item in items))


def _f(key: str, value: str, language: LabelLanguage, label_key: str = "") -> Field:
    return Field(key, label(label_key or key, language), value.strip() or MISSING)


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""


def _mass(kg: float | None) -> str:
    if kg is None:
        return ""
    return f"{kg:.0f}" if float(kg).is_integer() else f"{kg:g}"

"""Sample certificates (fictitious yard, owner and vehicle) for ``certificate render --sample``, docs and benchmarks.

The VINs carry valid ISO 3779 check digits and the pack codes follow GB/T 34014-2017, so the samples pass the same
parsers a real intake does.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dismantler_app.domain.certificate import (
    FORM_VERSION,
    SURRENDERABLE,
    CertificateDocument,
    CertificateKind,
    IssuingFacility,
    as_first_form,
)
from dismantler_app.domain.records import CertificateNumber, Fuel, Market, Owner, PackCode, Powertrain, Vehicle

CN_FACILITY = IssuingFacility(
    name="上海绿循报废机动车回收拆解有限公司",
    code="SH01",
    address="上海市嘉定区安亭镇墨玉南路888号",
    phone="021-5555-0101",
    permit_number="沪商报废资 2024-017",
    country="CN",
    uscc="91310114MA1GT0KX00",
)
EU_FACILITY = IssuingFacility(
    name="Autoverwertung Nord GmbH",
    code="HH02",
    address="Billstraße 120, 20539 Hamburg",
    phone="+49 40 555 0102",
    permit_number="DE-HH-ATF-2031",
    permitting_authority="Behörde für Umwelt, Klima, Energie und Agrarwirtschaft Hamburg",
    country="DE",
)
# The variant where a collector issues the certificate on behalf of the treatment facility (Decision 2002/151/EC,
# Annex): the collector is the issuing facility, the treatment facility is named beside it.
EU_COLLECTOR = IssuingFacility(
    name="Altauto-Annahme Harburg e.K.",
    code="HH03",
    address="Großmoorbogen 7, 21079 Hamburg",
    permit_number="DE-HH-ANN-0417",
    permitting_authority="Bezirksamt Harburg",
    country="DE",
)

SAMPLE_KEY_SEED = b"dismantler sample key, not a yard"[:32]
VOID_REASON = "车辆识别代号录入错误，已重新出具 VIN keyed in wrongly, certificate reissued"


def sample_pack_codes(count: int) -> tuple[PackCode, ...]:
    """GB/T 34014 pack codes: CATL (001), pack (P), ternary (E), made 2016-03-01, serials 1..count."""
    return tuple(PackCode(f"001PE0AB12345A631{n:07d}") for n in range(1, count + 1))


def sample_key() -> Ed25519PrivateKey:
    """A fixed, published key for samples only: a sample must never verify against a real yard's key."""
    return Ed25519PrivateKey.from_private_bytes(SAMPLE_KEY_SEED)


def sample_document(
    market: Market = Market.CN,
    *,
    pack_count: int = 2,
    kind: CertificateKind = CertificateKind.ORIGINAL,
    sequence: int = 123,
    form_version: int = FORM_VERSION,
    collector: bool = False,
) -> CertificateDocument:
    """A sample sheet; ``form_version=1`` gives one as issued before the form-2 fields existed, ``collector`` the
    EU certificate a collector issues on behalf of a treatment facility."""
    doc = _sample(market, pack_count=pack_count, kind=kind, sequence=sequence, collector=collector)
    if form_version >= 2:
        return doc
    if market is Market.CN:  # one field for engine and motor number then
        doc = dataclasses.replace(doc, vehicle=dataclasses.replace(doc.vehicle, engine_number=doc.vehicle.motor_number))
    return as_first_form(doc)


def _sample(
    market: Market, *, pack_count: int, kind: CertificateKind, sequence: int, collector: bool
) -> CertificateDocument:
    if market is Market.EU:
        facility = EU_COLLECTOR if collector else EU_FACILITY
        vehicle = Vehicle(
            vin="WVWZZZAU2GW000012",
            plate="HH-AB 1234",
            vehicle_type="Passenger car",
            brand="Volkswagen",
            model="e-Golf",
            powertrain=Powertrain.BEV,
            fuel=Fuel.ELECTRIC,
            registration_date=date(2016, 4, 12),
            curb_mass_kg=1510,
        )
        owner = Owner(name="Jürgen Łukasiewicz-Müller", address="Osterstraße 5, 20259 Hamburg")
        extra = {
            "registration_country": "D",
            "vehicle_class": "M1",
            "holder_nationality": "DE",
            "registration_document": "destroyed" if collector else "surrendered",
            "treatment_facility": EU_FACILITY if collector else None,
        }
    else:
        facility = CN_FACILITY
        vehicle = Vehicle(
            vin="LFV2A21K4G4000001",
            plate="沪AD12345",
            vehicle_type="小型普通客车",
            use_character="非营运",
            brand="比亚迪",
            model="BYD7009BEVA",
            motor_number="TZ200XSQ123456",
            powertrain=Powertrain.BEV,
            fuel=Fuel.ELECTRIC,
            registration_date=date(2016, 5, 3),
            curb_mass_kg=1850,
            plate_type="小型新能源汽车",
            body_colour="白",
            registration_certificate_number="310001234567",
        )
        owner = Owner(
            name="张伟",
            id_number="310101********1234",
            phone="138****8000",
            address="上海市黄浦区人民大道200号",
            id_document_type="居民身份证",
        )
        extra = {"official_number": "310120260012300", "surrendered": SURRENDERABLE[:2]}
    return CertificateDocument(
        number=CertificateNumber(f"{facility.code}-2026-{sequence:06d}"),
        market=market,
        issued_on=date(2026, 6, 1),
        facility=facility,
        vehicle=vehicle,
        owner=owner,
        pack_codes=sample_pack_codes(pack_count),
        pack_types=("三元材料 ternary",) * pack_count,
        kind=kind,
        handover_date=date(2026, 5, 28),
        handler="李四" if market is Market.CN else "A. Schmidt",
        void_reason="车辆识别代号录入错误，已重新出具 VIN keyed in wrongly, reissued"
        if kind is CertificateKind.VOID
        else "",
        voided_on=date(2026, 6, 2) if kind is CertificateKind.VOID else None,
        form_version=FORM_VERSION,
        **extra,
    )

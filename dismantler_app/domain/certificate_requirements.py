"""Which fields a certificate must carry before it is issued, per certificate kind and vehicle kind.

The rule reads the :class:`CertificateDocument` about to be issued (what the sheet would print), so a field is
required exactly where it is printed. Each missing field is a :class:`MissingField` code naming it; the GUI words
it. Sources and assumptions per field: ``docs/regulatory/cn.md`` and ``eu.md``, section "Certificate content".

Certificate kinds: the Chinese scrapping certificate (CN market), the EU certificate of destruction issued by the
treatment facility, and the one a collector issues on behalf of a treatment facility. A US yard's certificate is
its own record (no federal form): nothing beyond what every certificate has is required.
"""

from __future__ import annotations

from enum import StrEnum

from dismantler_app.domain.certificate import CertificateDocument
from dismantler_app.domain.records import Market, Powertrain


class CertificateForm(StrEnum):
    """Which certificate a document is, for the required-field rules."""

    CN = "cn"
    EU = "eu"
    EU_COLLECTOR = "eu_collector"  # issued by a collector on behalf of a treatment facility
    OTHER = "other"


class MissingField(StrEnum):
    """A field the certificate needs and the record lacks. Values are stable: they appear in JSON and the GUI."""

    FACILITY_USCC = "facility_uscc"
    OWNER_ID_TYPE = "owner_id_type"
    PLATE = "plate"
    PLATE_TYPE = "plate_type"
    BODY_COLOUR = "body_colour"
    REGISTRATION_CERTIFICATE_NUMBER = "registration_certificate_number"
    ENGINE_NUMBER = "engine_number"
    MOTOR_NUMBER = "motor_number"
    REGISTRATION_DOCUMENT = "registration_document"
    TREATMENT_FACILITY_NAME = "treatment_facility_name"
    TREATMENT_FACILITY_ADDRESS = "treatment_facility_address"


# Which identifying numbers a vehicle kind carries. A battery-electric or fuel-cell car has a drive motor and no
# engine; a hybrid has both (assumption, docs/regulatory/cn.md: the registration certificate records the engine
# number, and the motor's number is stamped on the motor); a combustion car has an engine only.
ENGINE_KINDS = frozenset({Powertrain.ICE, Powertrain.HEV, Powertrain.PHEV, Powertrain.EREV})
MOTOR_KINDS = frozenset({Powertrain.BEV, Powertrain.FCEV, Powertrain.HEV, Powertrain.PHEV, Powertrain.EREV})


def certificate_form(doc: CertificateDocument) -> CertificateForm:
    if doc.market is Market.CN:
        return CertificateForm.CN
    if doc.market is Market.EU:
        return CertificateForm.EU if doc.treatment_facility is None else CertificateForm.EU_COLLECTOR
    return CertificateForm.OTHER


def missing_fields(doc: CertificateDocument) -> tuple[MissingField, ...]:
    """Every field ``doc`` needs and lacks, in the order the sheet prints them; empty when it may be issued."""
    form = certificate_form(doc)
    if form is CertificateForm.CN:
        return _missing(_cn_fields(doc))
    if form in (CertificateForm.EU, CertificateForm.EU_COLLECTOR):
        return _missing(_eu_fields(doc))
    return ()


def _cn_fields(doc: CertificateDocument) -> list[tuple[MissingField, str]]:
    v, o = doc.vehicle, doc.owner
    fields = [(MissingField.FACILITY_USCC, doc.facility.uscc)]
    # Which document an ID number is from: asked for whenever a number is recorded. Whether a certificate may be
    # issued with no owner ID at all is the intake's rule (documents received), not this one's.
    if o.id_number.strip():
        fields.append((MissingField.OWNER_ID_TYPE, o.id_document_type))
    fields += [
        (MissingField.PLATE, v.plate),
        (MissingField.PLATE_TYPE, v.plate_type),
        (MissingField.REGISTRATION_CERTIFICATE_NUMBER, v.registration_certificate_number),
        (MissingField.BODY_COLOUR, v.body_colour),
    ]
    if v.powertrain in ENGINE_KINDS:
        fields.append((MissingField.ENGINE_NUMBER, v.engine_number))
    if v.powertrain in MOTOR_KINDS:
        fields.append((MissingField.MOTOR_NUMBER, v.motor_number))
    return fields


def _eu_fields(doc: CertificateDocument) -> list[tuple[MissingField, str]]:
    """Item 4's statement and, for a collector, the treatment facility. The rest of the Annex minimum content is
    checked row by row where the CoD register is written (services/reports.py), which names a missing field of a
    certificate issued before this rule (docs/regulatory/eu.md)."""
    fields = [(MissingField.REGISTRATION_DOCUMENT, doc.registration_document)]
    if doc.treatment_facility is not None:
        fields += [
            (MissingField.TREATMENT_FACILITY_NAME, doc.treatment_facility.name),
            (MissingField.TREATMENT_FACILITY_ADDRESS, doc.treatment_facility.address),
        ]
    return fields


def _missing(fields: list[tuple[MissingField, str]]) -> tuple[MissingField, ...]:
    return tuple(code for code, value in fields if not value.strip())

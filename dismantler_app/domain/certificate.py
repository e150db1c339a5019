"""The content of a scrapping certificate as a pure value.

A :class:`CertificateDocument` holds every field of the Chinese scrapping certificate and the EU certificate of
destruction minimum content (Decision 2002/151/EC, Annex); the renderer in :mod:`dismantler_app.certificates` turns
it into a PDF without ever reading the store.

The statement its QR carries is built and read in :mod:`dismantler_app.domain.certificate_statement`; this module
holds the content the statement's digest covers (:func:`content_json`, :func:`content_digest`).
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from dismantler_app.domain.records import CertificateNumber, Market, Owner, PackCode, Vehicle

DIGEST_BYTES = 20  # 160 bits: a second content with the same digest is out of reach (no collision is needed)
# The documents a Chinese recycler takes back (State Council Decree 715 of 2019, Art. 9): plates, driving licence,
# registration certificate, in the order the sheet lists them (DocumentKind values).
SURRENDERABLE = ("plates", "driving_licence", "registration_certificate")


class CertificateKind(StrEnum):
    """What a printed sheet is. A copy or a void notice keeps the number of the original."""

    ORIGINAL = "O"
    COPY = "C"  # a reprint: carries "副本 COPY"
    VOID = "V"  # a void notice: carries the reason


class LabelLanguage(StrEnum):
    """Which language the printed field labels use (the values are printed as entered)."""

    ZH = "zh"
    EN = "en"
    BOTH = "both"


@dataclass(frozen=True)
class IssuingFacility:
    """The yard as the certificate names it. ``code`` is the yard code that prefixes certificate numbers."""

    name: str
    code: str
    address: str = ""
    phone: str = ""
    permit_number: str = ""  # EU: the treatment facility's permit; CN: the recycler's qualification number
    permitting_authority: str = ""  # EU: the authority that issued the permit
    country: str = ""
    uscc: str = ""  # CN: the recycler's unified social credit code (GB 32100-2015)


# The sheet layout a document prints with. 1: what certificates issued before the required-field rules printed;
# 2: the Chinese certificate's plate type, body colour, registration certificate number, ID document type, recycler
# USCC, engine and motor numbers apart, and the documents surrendered; the EU certificate's statement on the
# registration document and the collector variant; battery types in the sheet's own language. A document keeps the
# layout it was issued with, so a sheet printed years ago still matches what its content says it printed.
FORM_VERSION = 2


@dataclass(frozen=True)
class CertificateDocument:
    """Everything one printed certificate states, already decided by the services (the renderer adds nothing).

    ``owner`` doubles as the EU "holder"; ``owner.id_number`` is printed as given, so the caller decides whether it
    is masked. ``pack_types`` is optional and, when given, parallel to ``pack_codes`` (e.g. "磷酸铁锂 LFP").
    """

    number: CertificateNumber
    market: Market
    issued_on: date
    facility: IssuingFacility
    vehicle: Vehicle
    owner: Owner = field(default_factory=Owner)
    pack_codes: tuple[PackCode, ...] = ()
    pack_types: tuple[str, ...] = ()
    kind: CertificateKind = CertificateKind.ORIGINAL
    official_number: str = ""  # the MOFCOM system's certificate number, when the yard has one
    handover_date: date | None = None
    handler: str = ""
    registration_country: str = ""  # EU: country of the registration mark
    vehicle_class: str = ""  # EU: vehicle category, e.g. M1, N1
    holder_nationality: str = ""
    void_reason: str = ""
    voided_on: date | None = None
    reprint_count: int = 0
    form_version: int = 1  # see FORM_VERSION
    # CN: which of plates, driving licence and registration certificate the recycler took back (DocumentKind
    # values, in SURRENDERABLE order); the sheet prints each one as taken back or not.
    surrendered: tuple[str, ...] = ()
    # EU, Decision 2002/151/EC Annex item 4: "surrendered" or "destroyed" (RegistrationDocumentFate values)
    registration_document: str = ""
    # EU: the treatment facility a collector issues this certificate for (the collector is ``facility``)
    treatment_facility: IssuingFacility | None = None

    def __post_init__(self) -> None:
        if not self.number.strip():
            raise ValueError("a certificate needs its number; allocate one before rendering")
        if not self.vehicle.vin.strip():
            raise ValueError("a certificate needs the vehicle's VIN")
        if not self.facility.code.strip():
            raise ValueError("the issuing facility needs its yard code (the prefix of certificate numbers)")
        if any(not code.strip() for code in self.pack_codes):
            raise ValueError("a pack code is empty; remove it or enter the code")
        if self.kind is CertificateKind.VOID and not self.void_reason.strip():
            raise ValueError("a void notice must state the reason the certificate was voided")
        if self.pack_types and len(self.pack_types) != len(self.pack_codes):
            raise ValueError(
                f"pack_types has {len(self.pack_types)} entries for {len(self.pack_codes)} pack codes; "
                "give one type per pack or none"
            )
        if len(set(self.pack_codes)) != len(self.pack_codes):
            raise ValueError("a pack code is listed twice; each traction pack appears once")
        if self.form_version not in (1, FORM_VERSION):
            raise ValueError(f"form version {self.form_version}; this program prints 1 to {FORM_VERSION}")
        if any(kind not in SURRENDERABLE for kind in self.surrendered):
            raise ValueError(f"surrendered names {self.surrendered}; only {SURRENDERABLE} are taken back")
        if self.registration_document not in ("", "surrendered", "destroyed"):
            raise ValueError(f"registration_document {self.registration_document!r}; surrendered or destroyed")


# Fields added after version-2 statements were first signed, per class. While a field holds its default it is left
# out of the content, so the content (and the digest its statement signs) of a certificate issued before the field
# existed is unchanged and still verifies; readers take a missing one as its default.
LATER_FIELDS: dict[type, frozenset[str]] = {
    CertificateDocument: frozenset({"form_version", "surrendered", "registration_document", "treatment_facility"}),
    IssuingFacility: frozenset({"uscc"}),
    Vehicle: frozenset({"plate_type", "body_colour", "registration_certificate_number", "motor_number"}),
    Owner: frozenset({"id_document_type"}),
}


def content_json(doc: CertificateDocument) -> dict[str, Any]:
    """Everything a sheet prints, as plain JSON (the same shape as the frozen snapshot's document, plus what is
    decided after issue: kind, official number, void reason and date, copy number)."""
    return _plain(doc)


def as_first_form(doc: CertificateDocument) -> CertificateDocument:
    """``doc`` as a form-1 sheet: every field added later at its default (certificates issued before form 2, which
    print from the intake as it is now, and sample sheets of the old form)."""

    def cleared(value: Any) -> Any:
        later = LATER_FIELDS[type(value)]
        return dataclasses.replace(value, **{f.name: _default(f) for f in dataclasses.fields(value) if f.name in later})

    return dataclasses.replace(
        cleared(doc), facility=cleared(doc.facility), vehicle=cleared(doc.vehicle), owner=cleared(doc.owner)
    )


def content_bytes(content: dict[str, Any]) -> bytes:
    """The canonical bytes the digest is taken over: sorted keys, no spaces, UTF-8."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def content_digest(content: dict[str, Any]) -> str:
    """The digest a version-2 statement carries for this content (see the module docstring)."""
    digest = hashlib.sha256(content_bytes(content)).digest()[:DIGEST_BYTES]
    return base64.b32encode(digest).decode("ascii").rstrip("=")


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return f.default


def _plain(value: Any) -> Any:
    """JSON-ready: dataclasses as objects, dates as ISO text, enums as their values, tuples as lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        later = LATER_FIELDS.get(type(value), frozenset())
        return {
            f.name: _plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name not in later or getattr(value, f.name) != _default(f)
        }
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, StrEnum):
        return value.value
    return value

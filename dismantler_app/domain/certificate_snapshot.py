"""A certificate's content frozen at issue: the :class:`CertificateDocument` of the original as JSON, and back.

The store keeps this snapshot in the certificate's row, written in the issuing transaction. Copies and void notices
render from it, so they state exactly what the original stated even after the intake was reopened and its VIN or
owner corrected (a corrected vehicle gets a new certificate; the old number keeps its old content).

What changes after issue is not in the snapshot: the kind of sheet (original, copy, void notice), the copy number,
the void reason and date, and the Ministry of Commerce number the supervisor enters later. The snapshot also keeps
the statement text the original's QR signs, and reading it back checks that the content still yields that same
statement (in the statement version it was signed in), so a damaged or hand-edited snapshot is refused instead of
printing a QR that disagrees with the page. The statement kept is the one of the frozen content alone (as an original,
without the official number): since version 2 its digest covers every frozen field, so an edit of any of them is
refused; a version-1 snapshot can only show edits of the number, date, VIN, yard and pack codes.

:func:`document_from_content` reads the whole content of a printed sheet (``domain.certificate.content_json``: the
snapshot's fields plus those decided after issue) back into a document: the verifier recovers it from a PDF.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date
from typing import Any

from dismantler_app.domain.certificate import (
    LATER_FIELDS,
    CertificateDocument,
    CertificateKind,
    IssuingFacility,
    content_json,
)
from dismantler_app.domain.certificate_statement import StatementInvalid, build_statement, parse_statement
from dismantler_app.domain.records import CertificateNumber, Fuel, Market, Owner, PackCode, Powertrain, Vehicle

SNAPSHOT_VERSION = 1
# Decided after issue, so never frozen: see the module docstring.
_NOT_FROZEN = frozenset({"kind", "void_reason", "voided_on", "reprint_count", "official_number"})


class SnapshotInvalid(ValueError):
    """A stored snapshot this program cannot read, or whose content no longer matches its signed statement."""


def snapshot_of(doc: CertificateDocument) -> dict[str, Any]:
    """The JSON-ready snapshot of a certificate as issued (``doc`` is taken as the original)."""
    original = dataclasses.replace(
        doc, kind=CertificateKind.ORIGINAL, void_reason="", voided_on=None, reprint_count=0, official_number=""
    )
    body = {k: v for k, v in content_json(original).items() if k not in _NOT_FROZEN}
    return {"version": SNAPSHOT_VERSION, "document": body, "statement": build_statement(original).decode("ascii")}


def document_from_snapshot(data: Mapping[str, Any]) -> CertificateDocument:
    """The original as issued; raises :class:`SnapshotInvalid` when the snapshot is unreadable or altered."""
    if data.get("version") != SNAPSHOT_VERSION:
        raise SnapshotInvalid(f"snapshot version {data.get('version')!r}; this program reads {SNAPSHOT_VERSION}")
    doc = _document(data.get("document"), after_issue=False)
    stored = data.get("statement")
    try:
        version = parse_statement(str(stored).encode("ascii")).version
    except (StatementInvalid, UnicodeEncodeError):
        version = 0
    if version == 0 or build_statement(doc, version=version).decode("ascii") != stored:
        raise SnapshotInvalid(f"the stored content of {doc.number} no longer matches its signed statement")
    return doc


def document_from_content(body: Any) -> CertificateDocument:
    """A printed sheet's document from its whole content; raises :class:`SnapshotInvalid` when unreadable."""
    return _document(body, after_issue=True)


def _document(body: Any, *, after_issue: bool) -> CertificateDocument:
    try:
        if not isinstance(body, Mapping):
            raise TypeError("the content is not an object")
        later: dict[str, Any] = {}
        if after_issue:
            later = {
                "kind": CertificateKind(body["kind"]),
                "official_number": _text(body["official_number"]),
                "void_reason": _text(body["void_reason"]),
                "voided_on": date.fromisoformat(body["voided_on"]) if body["voided_on"] else None,
                "reprint_count": _count(body["reprint_count"]),
            }
        return CertificateDocument(
            number=CertificateNumber(body["number"]),
            market=Market(body["market"]),
            issued_on=date.fromisoformat(body["issued_on"]),
            facility=_facility(body["facility"]),
            vehicle=_vehicle(body["vehicle"]),
            owner=Owner(**_texts(Owner, body["owner"])),
            pack_codes=tuple(PackCode(c) for c in body["pack_codes"]),
            pack_types=tuple(_text(t) for t in body["pack_types"]),
            handover_date=date.fromisoformat(body["handover_date"]) if body["handover_date"] else None,
            handler=_text(body["handler"]),
            registration_country=_text(body["registration_country"]),
            vehicle_class=_text(body["vehicle_class"]),
            holder_nationality=_text(body["holder_nationality"]),
            form_version=_count(body.get("form_version", 1)),
            surrendered=tuple(_text(k) for k in _list(body.get("surrendered", []))),
            registration_document=_text(body.get("registration_document", "")),
            treatment_facility=_facility(body["treatment_facility"]) if body.get("treatment_facility") else None,
            **later,
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SnapshotInvalid(f"the certificate's stored content is unreadable ({exc!r})") from exc


def _facility(body: Any) -> IssuingFacility:
    return IssuingFacility(**_texts(IssuingFacility, body))


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError("expected a list")
    return value


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TypeError("expected a count")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value


def _texts(cls: type, body: Mapping[str, Any]) -> dict[str, str]:
    """The fields of a dataclass whose fields are all text, type-checked (a None would fail only when printed)."""
    _no_extra(cls, body)
    later = LATER_FIELDS.get(cls, frozenset())
    return {
        f.name: _text(body[f.name] if f.name not in later else body.get(f.name, f.default))
        for f in dataclasses.fields(cls)
    }


def _no_extra(cls: type, body: Mapping[str, Any]) -> None:
    extra = set(body) - {f.name for f in dataclasses.fields(cls)}
    if extra:
        raise KeyError(f"unknown fields {sorted(extra)}")


def _vehicle(body: Mapping[str, Any]) -> Vehicle:
    _no_extra(Vehicle, body)
    fields: dict[str, Any] = {}
    later = LATER_FIELDS[Vehicle]
    for f in dataclasses.fields(Vehicle):
        value = body.get(f.name, f.default) if f.name in later else body[f.name]
        if isinstance(f.default, bool) and not isinstance(value, bool):
            raise TypeError(f"{f.name}: expected true or false")
        if f.name in ("curb_mass_kg", "weighed_mass_kg") and not (
            value is None or (isinstance(value, int | float) and not isinstance(value, bool))
        ):
            raise TypeError(f"{f.name}: expected a number")
        if isinstance(f.default, str) or f.name == "vin":
            _text(value)
        fields[f.name] = value
    fields["powertrain"] = Powertrain(fields["powertrain"])
    fields["fuel"] = Fuel(fields["fuel"])
    if fields["registration_date"]:
        fields["registration_date"] = date.fromisoformat(fields["registration_date"])
    return Vehicle(**fields)

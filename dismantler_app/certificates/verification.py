"""Whether a certificate's printed text says what its signature says (statement version 2).

A version-2 statement signs a digest of the sheet's whole content (``domain.certificate.content_json``); the PDF
carries that content in its document information (:data:`CONTENT_KEY`, written by ``render.py``). The verifier
finds the content whose digest the signed statement names, rebuilds from it every field the template prints (the
same :mod:`~dismantler_app.certificates.content` lists the renderer lays out), and looks for each in the page text:
its label and value, followed by whatever the layout prints next, with white space ignored (values wrap inside their
cells). A field whose text is not there as signed is named; the label language (Chinese, English or both) is the one
that matches best. Page furniture (footer line, "continued" heading) and the pack table's repeated heading on a
continuation page are taken out first.

A scan or photo has no text layer (nor has a scan saved as a PDF: pictures only): it is checked from its QR alone,
and the answer names every printed field the QR does not state. A version-1 statement (certificates issued before
version 2) signs only number, date, VIN, yard, kind and pack codes: those are looked for on the page, the rest are
named as unsigned.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from dismantler_app.certificates.extract import FoundStatement, find_statements, page_texts
from dismantler_app.certificates.printed_text import differing_fields, normalised, strip_statements
from dismantler_app.domain.certificate import CertificateDocument, LabelLanguage, content_digest
from dismantler_app.domain.certificate_snapshot import SnapshotInvalid, document_from_content
from dismantler_app.domain.certificate_statement import Statement, statement_of
from dismantler_app.domain.statement_signing import Verification, verify_qr_text_with_keys

CONTENT_KEY = "/DismantlerContent"  # base64 of {"format": 1, "certificates": [content, ...]}
CONTENT_FORMAT = 1
# What a QR statement states itself; every other printed field is only in the signed digest (version 2) or not
# signed at all (version 1).
IN_STATEMENT = frozenset({"number", "issued_on", "vin"})
# Every field a CN or EU sheet prints beyond the statement, for the answer about a scan.
BEYOND_STATEMENT = (
    "official_number",
    "facility_name",
    "facility_uscc",
    "facility_address",
    "facility_phone",
    "permit_number",
    "permitting_authority",
    "owner_name",
    "owner_id_type",
    "owner_id",
    "owner_phone",
    "owner_address",
    "nationality",
    "plate",
    "plate_type",
    "registration_certificate_number",
    "registration_country",
    "registration_document",
    "vehicle_class",
    "handover_date",
    "registration_date",
    "vehicle_type",
    "use_character",
    "brand_model",
    "brand",
    "model",
    "body_colour",
    "curb_mass",
    "fuel",
    "engine_number",
    "motor_number",
    "battery_swap",
    "surrendered_plates",
    "surrendered_driving_licence",
    "surrendered_registration_certificate",
    "treatment_facility_name",
    "treatment_facility_address",
    "treatment_facility_permit",
    "pack_types",
    "handler",
    "copy_number",
    "void_reason",
    "voided_on",
)


class PrintedOutcome(StrEnum):
    """What the comparison of the printed text found; values are stable (JSON output)."""

    MATCHES = "matches"  # every printed field is as signed
    DIFFERS = "differs"  # the fields named in ``differing`` are not printed as signed
    CONTENT_MISSING = "content_missing"  # a version-2 PDF without the content its statement signs
    NOT_COMPARED = "not_compared"  # a scan or photo: checked from the QR alone
    OLD_STATEMENT = "old_statement"  # version 1: only the statement's own fields are signed


@dataclass(frozen=True)
class PrintedCheck:
    outcome: PrintedOutcome
    differing: tuple[str, ...] = ()
    not_compared: tuple[str, ...] = ()
    language: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome in (PrintedOutcome.MATCHES, PrintedOutcome.NOT_COMPARED) or (
            self.outcome is PrintedOutcome.OLD_STATEMENT and not self.differing
        )

    def to_json(self) -> dict[str, object]:
        return {
            "outcome": self.outcome.value,
            "differing_fields": list(self.differing),
            "not_compared_fields": list(self.not_compared),
            "label_language": self.language,
        }


@dataclass(frozen=True)
class PdfText:
    """What a PDF carries besides its pictures: each page's text and the embedded certificate contents."""

    pages: list[str]
    contents: list[Mapping[str, Any]]


def read_pdf_text(pdf: Path) -> PdfText:
    """Page texts and embedded contents of a PDF; a content that cannot be read is left out (its certificate then
    reports :attr:`PrintedOutcome.CONTENT_MISSING`)."""
    reader = PdfReader(pdf)
    pages = page_texts(pdf)
    if len(pages) != len(reader.pages):
        raise ValueError(f"{len(reader.pages)} pages, but the text of {len(pages)} could be read")
    return PdfText(pages, _contents(reader))


def embed_value(contents: Sequence[Mapping[str, Any]]) -> str:
    """The value of :data:`CONTENT_KEY` for these sheets' contents (ASCII, so no PDF string escaping matters)."""
    data = json.dumps({"format": CONTENT_FORMAT, "certificates": list(contents)}, ensure_ascii=False, sort_keys=True)
    return base64.b64encode(data.encode("utf-8")).decode("ascii")


def _contents(reader: PdfReader) -> list[Mapping[str, Any]]:
    try:
        info = reader.metadata or {}
        raw = info.get(CONTENT_KEY)
        if not isinstance(raw, str):
            return []
        data = json.loads(base64.b64decode(raw.encode("ascii"), validate=True))
    except (PyPdfError, ValueError, binascii.Error, UnicodeError):
        return []
    if not isinstance(data, dict) or data.get("format") != CONTENT_FORMAT:
        return []
    found = data.get("certificates")
    return [c for c in found if isinstance(c, dict)] if isinstance(found, list) else []


@dataclass(frozen=True)
class FileVerdict:
    """One certificate found in a file: where, what its signature says, and what its printed text says (None
    when the signature is not valid: there is nothing signed to compare with)."""

    found: FoundStatement
    verification: Verification
    printed: PrintedCheck | None

    @property
    def valid(self) -> bool:
        return (
            self.verification.valid
            and (self.printed is None or self.printed.ok)
            and self.found.text_layer_agrees is not False
        )


def verify_certificate_file(path: Path, public_keys: Sequence[Ed25519PublicKey]) -> list[FileVerdict]:
    """Every certificate in a PDF or picture, checked: signature (current key first, then retired ones), and the
    printed text against the signed content. Raises ``ExtractionFailed`` when no certificate is found and pypdf's
    errors (or ``ValueError``) for a PDF it cannot read."""
    text = read_pdf_text(path) if path.suffix.lower() == ".pdf" else None
    found = find_statements(path, texts=text.pages if text else None)
    starts = sorted({item.page for item in found})
    verdicts = []
    for item in found:
        verification = verify_qr_text_with_keys(item.qr_text, public_keys)
        printed = None
        if verification.valid and verification.statement is not None:
            if text is None:
                printed = check_scan(verification.statement)
            else:
                later = [p for p in starts if p > item.page]
                last = (later[0] - 1) if later else len(text.pages)
                printed = check_pdf(verification.statement, text, first_page=item.page, last_page=last)
        verdicts.append(FileVerdict(item, verification, printed))
    return verdicts


def check_scan(statement: Statement) -> PrintedCheck:
    """A scan or photo: nothing but the QR to compare."""
    if statement.version < 2:
        return PrintedCheck(PrintedOutcome.OLD_STATEMENT, not_compared=BEYOND_STATEMENT)
    return PrintedCheck(PrintedOutcome.NOT_COMPARED, not_compared=BEYOND_STATEMENT)


def check_pdf(statement: Statement, text: PdfText, *, first_page: int, last_page: int) -> PrintedCheck:
    """Compare the certificate on pages ``first_page``..``last_page`` (1-based, inclusive) with what its statement
    signs."""
    pages = text.pages[first_page - 1 : last_page]
    if statement.version < 2:
        return _check_old(statement, pages)
    doc = _signed_document(statement, text.contents)
    if doc is None and not normalised("".join(strip_statements(p) for p in pages)):
        return check_scan(statement)  # a scan saved as PDF: pictures only, nothing printed as text to compare
    if doc is None:
        return PrintedCheck(PrintedOutcome.CONTENT_MISSING)
    best: tuple[list[str], LabelLanguage] | None = None
    for language in (LabelLanguage.BOTH, LabelLanguage.ZH, LabelLanguage.EN):
        differing = differing_fields(doc, language, pages)
        if best is None or len(differing) < len(best[0]):
            best = (differing, language)
        if not differing:
            break
    assert best is not None
    differing, language = best
    outcome = PrintedOutcome.DIFFERS if differing else PrintedOutcome.MATCHES
    return PrintedCheck(outcome, differing=tuple(differing), language=language.value)


def _signed_document(statement: Statement, contents: Sequence[Mapping[str, Any]]) -> CertificateDocument | None:
    for content in contents:
        if content.get("number") != statement.number:
            continue
        try:
            if content_digest(dict(content)) != statement.content_digest:
                continue
            doc = document_from_content(content)
        except (SnapshotInvalid, TypeError, ValueError):
            continue
        if statement_of(doc) == statement:
            return doc
    return None


def _check_old(statement: Statement, pages: Sequence[str]) -> PrintedCheck:
    body = normalised("".join(strip_statements(p) for p in pages))
    differing = [
        key for key, value in (("number", statement.number), ("vin", statement.vin)) if normalised(value) not in body
    ]
    differing += [f"pack_{n}" for n, code in enumerate(statement.pack_codes, 1) if normalised(code) not in body]
    return PrintedCheck(PrintedOutcome.OLD_STATEMENT, differing=tuple(differing), not_compared=BEYOND_STATEMENT)

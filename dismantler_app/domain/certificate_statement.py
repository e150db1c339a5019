"""The compact statement a scrapping certificate's QR code carries: built from the certificate, read back, checked.

The *statement* is the part a scanner can check offline: certificate number, issue date, VIN, yard code, kind
(original, copy, void) and every traction pack code, in a versioned compact text that the certificates package signs
with the yard's Ed25519 key.

Statement text, version 2 (``/`` separates fields, ``+`` separates pack codes)::

    DSC2/SH01-K7Q2M-2026-000123/20260601/LFV2A21K6G4000001/SH01/O/001PBE0AB1234567G3V0000001+001PB…/<digest>

The last field is the *content digest*: the first 20 bytes of the SHA-256 of the sheet's whole content
(``content_json``: every field the sheet prints, including its kind, copy number, official number and void
reason), in unpadded base32 (32 characters). Signing the statement therefore signs everything printed, while the QR
stays small enough to read; the content itself travels inside the PDF (``certificates/render.py``) so a verifier
can recover it and compare it with the page. Fields added after version 2 was first issued (``LATER_FIELDS``)
are left out of the content while at their default, so a certificate issued before them keeps its digest; the
sheet's layout follows its ``form_version``. Version 1 (no digest, 7 fields) is what certificates issued before
version 2 carry; it is still read and verified, and covers only number, date, VIN, yard, kind and pack codes.

Every character outside ``A-Z 0-9 - . : $ *`` is written as ``%HH`` (UTF-8 bytes, upper-case hex). The whole text
then stays inside the QR alphanumeric set (ISO/IEC 18004:2015, 7.4.4: ``0-9 A-Z space $ % * + - . / :``), which
packs 5.5 bits per character instead of 8, so twelve packs plus a signature still fit a QR that decodes at 300 dpi.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dismantler_app.domain.certificate import CertificateDocument, CertificateKind, content_digest, content_json
from dismantler_app.domain.records import CertificateNumber, PackCode

STATEMENT_PREFIX = "DSC"
STATEMENT_VERSION = 2
READABLE_VERSIONS = (1, 2)
FIELD_SEPARATOR = "/"
PACK_SEPARATOR = "+"
# Characters written as themselves; everything else (including the separators and "%") is %-escaped.
_PLAIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.:$*")
_ESCAPE = re.compile(r"%([0-9A-F]{2})")
_DIGEST = re.compile(r"[A-Z2-7]{32}")


class StatementProblem(StrEnum):
    """Why a text is not a statement this version can read. Values are stable: they appear in JSON output."""

    NOT_A_STATEMENT = "not_a_statement"
    UNSUPPORTED_VERSION = "unsupported_version"
    WRONG_FIELD_COUNT = "wrong_field_count"
    BAD_ESCAPE = "bad_escape"
    BAD_DATE = "bad_date"
    BAD_KIND = "bad_kind"
    EMPTY_FIELD = "empty_field"
    BAD_DIGEST = "bad_digest"


class StatementInvalid(ValueError):
    """A statement text that cannot be read; ``problem`` says why, ``detail`` says where."""

    def __init__(self, problem: StatementProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class Statement:
    """What the QR states, as read back from its text."""

    number: CertificateNumber
    issued_on: date
    vin: str
    yard_code: str
    kind: CertificateKind
    pack_codes: tuple[PackCode, ...] = ()
    version: int = STATEMENT_VERSION
    content_digest: str = ""  # version 2: base32 SHA-256 (20 bytes) of the sheet's content; "" in version 1

    def to_json(self) -> dict[str, object]:
        return {
            "version": self.version,
            "content_digest": self.content_digest,
            "number": self.number,
            "issued_on": self.issued_on.isoformat(),
            "vin": self.vin,
            "yard_code": self.yard_code,
            "kind": self.kind.name.lower(),
            "pack_codes": list(self.pack_codes),
        }


def statement_of(doc: CertificateDocument, *, version: int = STATEMENT_VERSION) -> Statement:
    """The statement a certificate's QR carries (``version`` 1 only to re-check statements issued before 2)."""
    return Statement(
        number=doc.number,
        issued_on=doc.issued_on,
        vin=doc.vehicle.vin,
        yard_code=doc.facility.code,
        kind=doc.kind,
        pack_codes=doc.pack_codes,
        version=version,
        content_digest=content_digest(content_json(doc)) if version >= 2 else "",
    )


def build_statement(doc: CertificateDocument | Statement, *, version: int = STATEMENT_VERSION) -> bytes:
    """The compact statement text (ASCII bytes) for a certificate, ready to be signed."""
    st = doc if isinstance(doc, Statement) else statement_of(doc, version=version)
    if st.version not in READABLE_VERSIONS:
        raise ValueError(f"statement version {st.version} is not one this program writes")
    for what, value in (("number", st.number), ("VIN", st.vin), ("yard code", st.yard_code), *_pack_fields(st)):
        if not value:
            raise ValueError(f"the statement's {what} is empty; a certificate always names it")
    if st.version >= 2 and not _DIGEST.fullmatch(st.content_digest):
        raise ValueError("a version 2 statement needs the content digest (32 base32 characters)")
    fields = [
        f"{STATEMENT_PREFIX}{st.version}",
        _escape(st.number),
        st.issued_on.strftime("%Y%m%d"),
        _escape(st.vin),
        _escape(st.yard_code),
        st.kind.value,
        PACK_SEPARATOR.join(_escape(code) for code in st.pack_codes),
    ]
    if st.version >= 2:
        fields.append(st.content_digest)
    return FIELD_SEPARATOR.join(fields).encode("ascii")


def parse_statement(data: bytes) -> Statement:
    """Read a statement text back; raises :class:`StatementInvalid` saying what is wrong."""
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError as exc:
        raise StatementInvalid(StatementProblem.NOT_A_STATEMENT, "not ASCII text") from exc
    if not text.startswith(STATEMENT_PREFIX):
        raise StatementInvalid(StatementProblem.NOT_A_STATEMENT, f"does not start with {STATEMENT_PREFIX}")
    parts = text.split(FIELD_SEPARATOR)
    version_text = parts[0][len(STATEMENT_PREFIX) :]
    if version_text not in {str(v) for v in READABLE_VERSIONS}:
        raise StatementInvalid(
            StatementProblem.UNSUPPORTED_VERSION,
            f"version {version_text!r}; this program reads versions 1 to {STATEMENT_VERSION}, update it",
        )
    version = int(version_text)
    expected = 7 if version == 1 else 8
    if len(parts) != expected:
        raise StatementInvalid(StatementProblem.WRONG_FIELD_COUNT, f"{len(parts)} fields, expected {expected}")
    _, number, day, vin, yard, kind, packs = parts[:7]
    digest = parts[7] if version >= 2 else ""
    if version >= 2 and not _DIGEST.fullmatch(digest):
        raise StatementInvalid(StatementProblem.BAD_DIGEST, repr(digest))
    try:
        kind_value = CertificateKind(kind)
    except ValueError as exc:
        raise StatementInvalid(StatementProblem.BAD_KIND, repr(kind)) from exc
    return Statement(
        number=CertificateNumber(_required(_unescape(number), "number")),
        issued_on=_parse_day(day),
        vin=_required(_unescape(vin), "VIN"),
        yard_code=_required(_unescape(yard), "yard code"),
        kind=kind_value,
        pack_codes=tuple(PackCode(_required(_unescape(p), "pack code")) for p in packs.split(PACK_SEPARATOR))
        if packs
        else (),
        version=version,
        content_digest=digest,
    )


def _pack_fields(st: Statement) -> list[tuple[str, str]]:
    return [("pack code", code) for code in st.pack_codes]


def _escape(value: str) -> str:
    out = []
    for ch in value:
        if ch in _PLAIN:
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    return "".join(out)


def _unescape(value: str) -> str:
    stray = _ESCAPE.sub("", value)
    if "%" in stray or any(ch not in _PLAIN for ch in stray):
        raise StatementInvalid(StatementProblem.BAD_ESCAPE, repr(value))
    raw = bytearray()
    pos = 0
    for match in _ESCAPE.finditer(value):
        raw.extend(value[pos : match.start()].encode("ascii"))
        raw.append(int(match.group(1), 16))
        pos = match.end()
    raw.extend(value[pos:].encode("ascii"))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise StatementInvalid(StatementProblem.BAD_ESCAPE, f"{value!r} is not UTF-8") from exc


def _parse_day(text: str) -> date:
    if len(text) != 8 or not text.isdigit():
        raise StatementInvalid(StatementProblem.BAD_DATE, f"{text!r} is not YYYYMMDD")
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError as exc:
        raise StatementInvalid(StatementProblem.BAD_DATE, f"{text!r}: {exc}") from exc


def _required(value: str, what: str) -> str:
    if not value:
        raise StatementInvalid(StatementProblem.EMPTY_FIELD, f"the {what} is empty")
    return value

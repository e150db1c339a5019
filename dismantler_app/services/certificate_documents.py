"""Certificates from the store to paper: the :class:`CertificateDocument` of a certificate number, rendered and
signed with the yard's key; a reprint (counted, marked "副本 COPY"); a void notice; a day's certificates as one PDF.

The number never changes: a copy and a void notice carry the number of the original (the store's row is the only
source of numbers). A copy is counted *before* it is rendered, so a print that fails afterwards is counted too:
over-counting shows up as a gap in the printed copy numbers, under-counting would hide a copy.

Store fields the certificate has no column for yet are printed as the "—" of a missing field: the yard's phone, the
EU permitting authority, registration country, vehicle class, holder nationality, and the MOFCOM official number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dismantler_app.certificates.render import Paper, RenderOptions, render_certificates
from dismantler_app.certificates.signing import public_key_fingerprint
from dismantler_app.domain.certificate import CertificateDocument, CertificateKind, IssuingFacility, LabelLanguage
from dismantler_app.domain.clock import Clock
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import CertificateNumber, CertificateState, Market, PackCode
from dismantler_app.domain.regulatory import battery_type_names
from dismantler_app.services.certificates import record_reprint
from dismantler_app.services.context import ServiceContext, checked_user, reading
from dismantler_app.services.errors import NotFound
from dismantler_app.storage import certificate_reads as reads
from dismantler_app.storage.certificates import load_certificate
from dismantler_app.storage.intakes import load_intake
from dismantler_app.storage.session import Session
from dismantler_app.storage.users import load_user
from dismantler_app.storage.yard import YardProfile, load_yard

# Label language when the caller does not choose: bilingual for Chinese yards (the form is Chinese; head office
# and foreign buyers read the English), English elsewhere.
DEFAULT_LANGUAGE = {Market.CN: LabelLanguage.BOTH, Market.EU: LabelLanguage.EN, Market.US: LabelLanguage.EN}
_COUNTRY = {Market.CN: "CN", Market.EU: "", Market.US: "US"}


@dataclass(frozen=True)
class PrintLayout:
    """The yard's print settings; ``language`` None picks the market's default."""

    language: LabelLanguage | None = None
    paper: Paper = Paper.A4
    logo_path: Path | None = None


@dataclass(frozen=True)
class RenderedCertificates:
    """A PDF ready to save or print, and what it holds (in page order)."""

    pdf: bytes
    documents: tuple[CertificateDocument, ...]
    key_fingerprint: str

    def to_json(self) -> dict[str, object]:
        return {
            "certificates": [
                {"number": d.number, "kind": d.kind.name.lower(), "reprint_count": d.reprint_count}
                for d in self.documents
            ],
            "key_fingerprint": self.key_fingerprint,
            "pdf_bytes": len(self.pdf),
        }


def certificate_document(ctx: ServiceContext, actor: User, number: str) -> CertificateDocument:
    """What the certificate states now: the original, or the void notice once it is voided. No side effects."""
    with reading(ctx, actor) as session:
        return load_document(session, number, reprint=None)


def render_certificate_print(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    number: str,
    *,
    private_key: Ed25519PrivateKey,
    copy: bool = False,
    layout: PrintLayout | None = None,
) -> RenderedCertificates:
    """One certificate for printing. ``copy`` counts a reprint (the supervisor's action) and prints "副本 COPY"
    with the copy's number; a voided certificate always prints as its void notice and counts nothing."""
    return _render(ctx, actor, clock, [number], private_key=private_key, copy=copy, layout=layout)


def render_day(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    day: date,
    *,
    private_key: Ed25519PrivateKey,
    copy: bool = False,
    layout: PrintLayout | None = None,
) -> RenderedCertificates:
    """Every certificate issued on ``day`` (UTC date of issue) in number order, as one PDF: one print job.
    Voided ones print as void notices, so the day's file shows every number the yard used."""
    with reading(ctx, actor) as session:
        numbers = reads.certificate_numbers_issued(session, from_day=day, to_day=day)
    if not numbers:
        raise NotFound("certificates_issued_on", day.isoformat())
    return _render(ctx, actor, clock, numbers, private_key=private_key, copy=copy, layout=layout)


def _render(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    numbers: Sequence[str],
    *,
    private_key: Ed25519PrivateKey,
    copy: bool,
    layout: PrintLayout | None,
) -> RenderedCertificates:
    with ctx.store.read() as session:
        checked_user(session, actor, Action.REPRINT_CERTIFICATE)  # printing is the supervisor's desk
        states = {n: _certificate(session, n).state for n in numbers}
    reprints: dict[str, int] = {}
    if copy:
        for n in numbers:
            if states[n] is CertificateState.ISSUED:
                reprints[n] = record_reprint(ctx, actor, clock, n)
    with reading(ctx, actor) as session:
        docs = tuple(load_document(session, n, reprint=reprints.get(n)) for n in numbers)
    chosen = layout or PrintLayout()
    options = RenderOptions(
        language=chosen.language or DEFAULT_LANGUAGE[docs[0].market],
        paper=chosen.paper,
        logo_path=chosen.logo_path,
        created_at=clock.now(),
    )
    pdf = render_certificates(docs, private_key=private_key, options=options)
    return RenderedCertificates(pdf, docs, public_key_fingerprint(private_key.public_key()))


def _certificate(session: Session, number: str):
    record = load_certificate(session, number)
    if record is None:
        raise NotFound("certificate", number)
    return record


def load_document(session: Session, number: str, *, reprint: int | None = None) -> CertificateDocument:
    """The document of a certificate inside the caller's read; ``reprint`` makes it that copy (issued only)."""
    record = _certificate(session, number)
    intake = load_intake(session, record.intake_id)
    yard = load_yard(session)
    if intake is None:  # the foreign key makes this impossible short of a damaged file
        raise NotFound("intake", record.intake_id)
    if yard is None:
        raise NotFound("yard", "this installation")
    codes = reads.scanned_codes(session, record.intake_id)
    issuer = load_user(session, record.issued_by)
    if record.state is CertificateState.VOIDED:
        kind, count = CertificateKind.VOID, record.reprint_count
    elif reprint is not None:
        kind, count = CertificateKind.COPY, reprint
    else:
        kind, count = CertificateKind.ORIGINAL, record.reprint_count
    return CertificateDocument(
        number=CertificateNumber(record.number),
        market=yard.profile.market,
        issued_on=_day(record.issued_at),
        facility=_facility(yard.profile),
        vehicle=intake.vehicle,
        owner=intake.owner,
        pack_codes=tuple(PackCode(c) for c in codes),
        pack_types=tuple(_type_label(c) for c in codes),
        kind=kind,
        handover_date=_day(intake.created_at),
        handler=(issuer.user.display_name or issuer.user.username) if issuer else "",
        void_reason=(record.void_reason or "") if kind is CertificateKind.VOID else "",
        voided_on=_day(record.voided_at) if record.voided_at and kind is CertificateKind.VOID else None,
        reprint_count=count,
    )


def _facility(profile: YardProfile) -> IssuingFacility:
    return IssuingFacility(
        name=profile.name,
        code=profile.code,
        address=profile.address,
        permit_number=profile.licence_number,
        country=_COUNTRY[profile.market],
    )


def _type_label(code: str) -> str:
    zh, en = battery_type_names(code)
    return f"{zh} {en}".strip()


def _day(stamp: str) -> date:
    # the same UTC day the store's deadline list uses (first ten characters of the ISO timestamp)
    return date.fromisoformat(stamp[:10])

"""Certificates from the store to paper: the :class:`CertificateDocument` of a certificate number, rendered and
signed with the yard's key; the original once, then copies (counted, marked "副本 COPY #n"); a void notice; a day's
certificates as one PDF.

The number never changes: a copy and a void notice carry the number of the original (the store's row is the only
source of numbers), and their content is the content frozen when the certificate was issued
(:mod:`dismantler_app.services.certificate_content`). Each print is recorded *before* it is rendered
(:func:`~dismantler_app.services.certificates.record_prints`), so a print that fails afterwards is counted too:
over-counting shows up as a gap in the printed copy numbers, under-counting would hide a copy. A preview
(:func:`render_certificate_preview`) shows the sheet the next print would be and records nothing: looking is not
printing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dismantler_app.certificates.render import Paper, RenderOptions, render_certificates
from dismantler_app.certificates.signing import public_key_fingerprint
from dismantler_app.domain.certificate import CertificateDocument, CertificateKind, LabelLanguage
from dismantler_app.domain.clock import Clock
from dismantler_app.domain.permissions import User
from dismantler_app.domain.records import Market
from dismantler_app.services.certificate_content import stored_document
from dismantler_app.services.certificates import PrintRecord, record_prints
from dismantler_app.services.context import ServiceContext, reading
from dismantler_app.services.errors import NotFound
from dismantler_app.storage import certificate_reads as reads
from dismantler_app.storage.certificates import load_certificate
from dismantler_app.storage.session import Session
from dismantler_app.storage.yard import load_yard

# Label language when the caller does not choose: bilingual for Chinese yards (the form is Chinese; head office
# and foreign buyers read the English), English elsewhere.
DEFAULT_LANGUAGE = {Market.CN: LabelLanguage.BOTH, Market.EU: LabelLanguage.EN, Market.US: LabelLanguage.EN}


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
    """What the certificate states: the original as issued, or the void notice once it is voided. No side effects
    (``reprint_count`` is the number of copies printed so far)."""
    with reading(ctx, actor) as session:
        return load_document(session, number)


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
    """One certificate for printing, recorded as printed (the supervisor's action). The first print is the original
    unless ``copy`` asks for a copy; once the original was printed, every print is a copy ("副本 COPY #n") whatever
    ``copy`` says. A voided certificate always prints as its void notice and counts nothing."""
    return _render(ctx, actor, clock, [number], private_key=private_key, copy=copy, layout=layout)


def render_certificate_preview(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    number: str,
    *,
    private_key: Ed25519PrivateKey,
    copy: bool = False,
    layout: PrintLayout | None = None,
) -> RenderedCertificates:
    """The sheet :func:`render_certificate_print` would produce now — the original while it was never printed
    (unless ``copy``), else the next copy — rendered without recording a print, for the screen only."""
    with reading(ctx, actor) as session:
        record = load_certificate(session, number)
        if record is None:
            raise NotFound("certificate", number)
        if not copy and record.original_printed_at is None:
            sheet = PrintRecord(CertificateKind.ORIGINAL)
        else:
            sheet = PrintRecord(CertificateKind.COPY, record.reprint_count + 1)
        docs = (load_document(session, number, printed=sheet),)
    return _rendered(docs, clock, private_key=private_key, layout=layout)


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
    """Every certificate issued on ``day`` (the yard's local date of issue, as printed) in number order, as one PDF:
    one print job. Originals not printed yet print as originals, the others as copies (as
    :func:`render_certificate_print`); voided ones as void notices, so the day's file shows every number used."""
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
    prints = record_prints(ctx, actor, clock, numbers, copy=copy)  # checks the supervisor's permission first
    with reading(ctx, actor) as session:
        docs = tuple(load_document(session, n, printed=prints.get(n)) for n in numbers)
    return _rendered(docs, clock, private_key=private_key, layout=layout)


def _rendered(
    docs: tuple[CertificateDocument, ...],
    clock: Clock,
    *,
    private_key: Ed25519PrivateKey,
    layout: PrintLayout | None,
) -> RenderedCertificates:
    chosen = layout or PrintLayout()
    options = RenderOptions(
        language=chosen.language or DEFAULT_LANGUAGE[docs[0].market],
        paper=chosen.paper,
        logo_path=chosen.logo_path,
        created_at=clock.now(),
    )
    pdf = render_certificates(docs, private_key=private_key, options=options)
    return RenderedCertificates(pdf, docs, public_key_fingerprint(private_key.public_key()))


def load_document(session: Session, number: str, *, printed: PrintRecord | None = None) -> CertificateDocument:
    """The document of a certificate inside the caller's read: the sheet ``printed`` says (issued only), else the
    original (or the void notice of a voided certificate) with the copies printed so far."""
    record = load_certificate(session, number)
    if record is None:
        raise NotFound("certificate", number)
    yard = load_yard(session)
    if yard is None:
        raise NotFound("yard", "this installation")
    if printed is None:
        printed = PrintRecord(CertificateKind.ORIGINAL, record.reprint_count)
    return stored_document(session, record, yard, kind=printed.kind, copy_number=printed.copy_number)

"""The supervisor desk's actions, as the worker threads run them: one service call and a fresh read of the intake,
so every answer the desk gets carries the rule's current verdict and the certificate in force.

No Qt here: these run through the bridge and return plain values.
"""

from __future__ import annotations

from dataclasses import dataclass

from dismantler_app.domain.certificate import CertificateDocument
from dismantler_app.domain.clock import Clock
from dismantler_app.domain.eligibility import Eligibility
from dismantler_app.domain.permissions import User
from dismantler_app.domain.records import IntakeFacts, IntakeId
from dismantler_app.gui.common.keys import KeySource
from dismantler_app.services import certificate_documents, certificates, intakes, packs, review
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.review import AttachedPhoto
from dismantler_app.storage.certificates import CertificateRecord
from dismantler_app.storage.intakes import IntakeRecord


@dataclass(frozen=True)
class DeskView:
    record: IntakeRecord
    facts: IntakeFacts
    eligibility: Eligibility
    photos: tuple[AttachedPhoto, ...]
    certificate: CertificateRecord | None

    @property
    def intake_id(self) -> IntakeId:
        return self.record.id


@dataclass(frozen=True)
class PrintableCertificate:
    """A rendered, signed certificate: the PDF to save or print and the document it states (for a text preview)."""

    number: str
    pdf: bytes
    document: CertificateDocument
    copy: bool


def load_desk_view(services: ServiceContext, user: User, intake_id: str) -> DeskView:
    return DeskView(
        record=intakes.get_intake(services, user, intake_id),
        facts=intakes.intake_facts(services, user, intake_id),
        eligibility=intakes.eligibility(services, user, intake_id),
        photos=tuple(review.intake_photos(services, user, intake_id)),
        certificate=review.issued_certificate(services, user, intake_id),
    )


def resolve_mismatch(
    services: ServiceContext,
    user: User,
    clock: Clock,
    intake_id: str,
    *,
    expected_code: str,
    scanned_code: str,
    document_ref: str,
) -> DeskView:
    packs.resolve_mismatch(
        services,
        user,
        clock,
        intake_id,
        expected_code=expected_code,
        scanned_code=scanned_code,
        document_ref=document_ref,
    )
    return load_desk_view(services, user, intake_id)


def confirm_declared_packs(services: ServiceContext, user: User, clock: Clock, intake_id: str) -> DeskView:
    packs.confirm_declared_packs(services, user, clock, intake_id)
    return load_desk_view(services, user, intake_id)


def approve(services: ServiceContext, user: User, clock: Clock, intake_id: str) -> DeskView:
    intakes.approve(services, user, clock, intake_id)
    return load_desk_view(services, user, intake_id)


def unlink_pack(
    services: ServiceContext, user: User, clock: Clock, intake_id: str, *, code: str, reason: str
) -> DeskView:
    packs.unlink_pack(services, user, clock, intake_id, code=code, reason=reason)
    return load_desk_view(services, user, intake_id)


def send_back(services: ServiceContext, user: User, clock: Clock, intake_id: str) -> DeskView:
    intakes.reopen(services, user, clock, intake_id)
    return load_desk_view(services, user, intake_id)


def issue(services: ServiceContext, user: User, clock: Clock, intake_id: str) -> DeskView:
    """Issues the certificate of an approved intake (the rule is computed again inside the transaction)."""
    certificates.issue_certificate(services, user, clock, intake_id)
    return load_desk_view(services, user, intake_id)


def void(services: ServiceContext, user: User, clock: Clock, intake_id: str, *, number: str, reason: str) -> DeskView:
    certificates.void_certificate(services, user, clock, number, reason=reason)
    return load_desk_view(services, user, intake_id)


def render_for_preview(
    services: ServiceContext, user: User, clock: Clock, number: str, *, keys: KeySource, copy: bool
) -> PrintableCertificate:
    """The signed PDF of the sheet the next print would be, recording nothing (the preview on screen)."""
    rendered = certificate_documents.render_certificate_preview(
        services, user, clock, number, private_key=keys(), copy=copy
    )
    return PrintableCertificate(number, rendered.pdf, rendered.documents[0], copy)


def render_for_print(
    services: ServiceContext, user: User, clock: Clock, number: str, *, keys: KeySource, copy: bool
) -> PrintableCertificate:
    """The signed PDF of a certificate; ``copy`` counts a reprint and marks the sheet as a copy."""
    rendered = certificate_documents.render_certificate_print(
        services, user, clock, number, private_key=keys(), copy=copy
    )
    return PrintableCertificate(number, rendered.pdf, rendered.documents[0], copy)

"""The supervisor desk's reads: the review queue, the photos of an intake and their bytes (for thumbnails)."""

from __future__ import annotations

from enum import StrEnum

from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import IntakeStatus
from dismantler_app.services.context import ServiceContext, checked_user, reading
from dismantler_app.services.errors import NotFound
from dismantler_app.storage import review as rows
from dismantler_app.storage.certificates import CertificateRecord, issued_certificate_of
from dismantler_app.storage.review import AttachedPhoto, ReviewItem

__all__ = [
    "AttachedPhoto",
    "QueueFilter",
    "ReviewItem",
    "intake_photos",
    "issued_certificate",
    "photo_bytes",
    "review_queue",
]


class QueueFilter(StrEnum):
    AWAITING = "awaiting"  # submitted (to review) and approved (to certify)
    CERTIFIED = "certified"  # for voiding and reprinting


_STATES = {
    QueueFilter.AWAITING: (IntakeStatus.SUBMITTED, IntakeStatus.APPROVED),
    QueueFilter.CERTIFIED: (IntakeStatus.CERTIFIED,),
}


def review_queue(
    ctx: ServiceContext, actor: User, *, queue: QueueFilter = QueueFilter.AWAITING, limit: int = 200
) -> list[ReviewItem]:
    """The intakes of one desk list; only people who may approve intakes see it."""
    with ctx.store.read() as session:
        checked_user(session, actor, Action.APPROVE_INTAKE)
        items = rows.intakes_in_states(session, _STATES[queue], limit=limit)
    if queue is QueueFilter.CERTIFIED:
        items.reverse()  # the most recently certified first: a misprint is noticed on the day
    return items


def intake_photos(ctx: ServiceContext, actor: User, intake_id: str) -> list[AttachedPhoto]:
    with reading(ctx, actor) as session:
        return rows.attached_photos(session, intake_id)


def issued_certificate(ctx: ServiceContext, actor: User, intake_id: str) -> CertificateRecord | None:
    """The intake's certificate in force (None before issue and after a void)."""
    with reading(ctx, actor) as session:
        return issued_certificate_of(session, intake_id)


def photo_bytes(ctx: ServiceContext, actor: User, sha256: str) -> bytes:
    """The photo's file, checked against its name (a damaged file raises ``ValueError``)."""
    with ctx.store.read() as session:
        checked_user(session, actor, Action.VIEW_RECORDS)  # the file itself is outside the database
    path = ctx.photos.path_for(sha256)
    if not path.is_file():
        raise NotFound("photo", sha256)
    return ctx.photos.read(sha256)

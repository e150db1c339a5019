"""Photos of an intake: the bytes go to a file named by their SHA-256, the intake records the hash and its purpose.

The same bytes are one photo on an intake, with one purpose: adding them again for the same purpose changes
nothing (:attr:`PhotoResult.ALREADY_ATTACHED`), for another purpose is refused (issue 12: two identical frames
ticked both "whole exterior" and "VIN plate"); the database's trigger holds the same. A photo can be removed until
the intake is certified, audited and told to head office (``photo.deleted``); the file stays, it may be shared.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import IntakeStatus, PhotoHash, PhotoKind
from dismantler_app.services.context import ServiceContext, change
from dismantler_app.services.errors import InvalidInput, Refusal, Refused
from dismantler_app.services.intakes import load_for_change
from dismantler_app.storage import photos as rows

PHOTO_DELETED = "photo.deleted"

MAX_PHOTO_BYTES = 40 * 1024 * 1024
# JPEG, PNG and WebP by their magic numbers: what the station cameras and phones produce.
_MEDIA_TYPES = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"RIFF", "image/webp"))


def _media_type(data: bytes) -> str:
    for magic, media_type in _MEDIA_TYPES:
        if data.startswith(magic):
            return media_type
    raise InvalidInput("data", "not_an_image", "JPEG, PNG or WebP")


class PhotoResult(StrEnum):
    ADDED = "added"
    ALREADY_ATTACHED = "already_attached"  # the same bytes for the same purpose: nothing new was recorded


@dataclass(frozen=True)
class PhotoAdded:
    sha256: PhotoHash
    result: PhotoResult


def add_photo(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    intake_id: str,
    *,
    data: bytes,
    kind: PhotoKind,
    pack_code: str = "",
) -> PhotoHash:
    """Adds a photo; returns its hash (see :func:`take_photo` for whether it was new)."""
    return take_photo(ctx, actor, clock, intake_id, data=data, kind=kind, pack_code=pack_code).sha256


def take_photo(
    ctx: ServiceContext,
    actor: User,
    clock: Clock,
    intake_id: str,
    *,
    data: bytes,
    kind: PhotoKind,
    pack_code: str = "",
) -> PhotoAdded:
    """Adds a photo for ``kind``. The same bytes already attached for another purpose are refused
    (:attr:`Refusal.PHOTO_ALREADY_ATTACHED`, field ``kind``, data ``kind``: the purpose they serve)."""
    if not data:
        raise InvalidInput("data", "empty")
    if len(data) > MAX_PHOTO_BYTES:
        raise InvalidInput("data", "too_large", f"at most {MAX_PHOTO_BYTES} bytes")
    media_type = _media_type(data)
    # The file is written before the transaction: a crash leaves at worst an unreferenced file, never a hash
    # without its file.
    sha256 = ctx.photos.put(data)
    with change(ctx, actor, clock, Action.ADD_PHOTO) as ch:
        load_for_change(
            ch.session, intake_id, allowed=frozenset(IntakeStatus) - {IntakeStatus.CANCELLED}, action="add_photo"
        )
        attached = rows.attached_kinds(ch.session, intake_id, sha256)
        if kind in attached:
            return PhotoAdded(sha256, PhotoResult.ALREADY_ATTACHED)
        if attached:
            raise Refused(Refusal.PHOTO_ALREADY_ATTACHED, field="kind", data={"kind": attached[0].value})
        rows.record_photo(ch.session, sha256, size_bytes=len(data), media_type=media_type, at=ch.at)
        added = rows.attach_photo(
            ch.session, intake_id, sha256, kind=kind, pack_code=pack_code, taken_by=ch.user.id, at=ch.at
        )
        if added:
            ch.record(
                "add_photo",
                entity="intake_photo",
                entity_id=f"{intake_id}:{sha256}",
                before=None,
                after={"intake_id": intake_id, "sha256": sha256, "kind": kind.value, "pack_code": pack_code},
                event="photo.added",
            )
    return PhotoAdded(sha256, PhotoResult.ADDED)


def delete_photo(
    ctx: ServiceContext, actor: User, clock: Clock, intake_id: str, *, sha256: str, reason: str = ""
) -> None:
    """Takes a photo off an intake (every purpose it served) until the intake is certified; kept in the removed
    photos with who, when and why. Unknown on this intake: :attr:`Refusal.PHOTO_NOT_ATTACHED`; certified or
    cancelled: ``InvalidState``."""
    with change(ctx, actor, clock, Action.ADD_PHOTO) as ch:
        load_for_change(
            ch.session,
            intake_id,
            allowed=frozenset({IntakeStatus.OPEN, IntakeStatus.SUBMITTED, IntakeStatus.APPROVED}),
            action="delete_photo",
        )
        removed = rows.remove_photo(ch.session, intake_id, sha256, by=ch.user.id, reason=reason.strip(), at=ch.at)
        if not removed:
            raise Refused(Refusal.PHOTO_NOT_ATTACHED, field="sha256", data={"sha256": sha256})
        kinds = sorted(r["kind"] for r in removed)
        ch.record(
            "delete_photo",
            entity="intake_photo",
            entity_id=f"{intake_id}:{sha256}",
            before={"intake_id": intake_id, "sha256": sha256, "kinds": kinds},
            after=None,
            event=PHOTO_DELETED,
            payload={"intake_id": intake_id, "sha256": sha256, "kinds": kinds, "reason": reason.strip()},
        )

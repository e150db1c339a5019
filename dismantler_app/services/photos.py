"""Adding a photo: the bytes go to a file named by their SHA-256, the intake records the hash and its purpose."""

from __future__ import annotations

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.permissions import Action, User
from dismantler_app.domain.records import IntakeStatus, PhotoHash, PhotoKind
from dismantler_app.services.context import ServiceContext, change
from dismantler_app.services.errors import InvalidInput
from dismantler_app.services.intakes import load_for_change
from dismantler_app.storage import photos as rows

MAX_PHOTO_BYTES = 40 * 1024 * 1024
# JPEG, PNG and WebP by their magic numbers: what the station cameras and phones produce.
_MEDIA_TYPES = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"RIFF", "image/webp"))


def _media_type(data: bytes) -> str:
    for magic, media_type in _MEDIA_TYPES:
        if data.startswith(magic):
            return media_type
    raise InvalidInput("data", "not_an_image", "JPEG, PNG or WebP")


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
    return sha256

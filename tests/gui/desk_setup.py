"""Intakes in the states the supervisor desk works on, built through the real services on a real yard."""

from __future__ import annotations

import cv2
import numpy as np

from dismantler_app.domain.records import PhotoKind
from dismantler_app.services import intakes, packs, photos
from tests.services.yard_setup import Yard, bev, complete_documents, measured, pack_code


def submitted_intake(yard: Yard, serial: int, *, registered: tuple[str, ...], scanned: tuple[str, ...]) -> str:
    """An intake with head office's registered packs, the given packs scanned and triaged, submitted for review."""
    ctx, op, sup, clock = yard.ctx, yard.operator, yard.supervisor, yard.clock
    intake_id = intakes.create_intake(ctx, op, clock, vehicle=bev(serial), documents=complete_documents())
    packs.load_registered_packs(ctx, sup, clock, intake_id, codes=registered)
    for code in scanned:
        packs.record_scan(ctx, op, clock, intake_id, payload=code)
        packs.triage_pack(ctx, op, clock, intake_id, triage=measured(code))
    add_required_photos(yard, intake_id)
    intakes.submit_for_review(ctx, op, clock, intake_id)
    return intake_id


def complete_intake(yard: Yard, serial: int) -> str:
    codes = (pack_code(serial * 10 + 1), pack_code(serial * 10 + 2))
    return submitted_intake(yard, serial, registered=codes, scanned=codes)


def photo_jpeg(shade: int = 90) -> bytes:
    """A real JPEG (a grey vehicle-sized block on a blue sky); another shade, other bytes."""
    image = np.full((480, 640, 3), (200, 150, 90), np.uint8)
    cv2.rectangle(image, (80, 200), (560, 400), (shade, shade, shade), -1)
    ok, jpeg = cv2.imencode(".jpg", image)
    assert ok
    return jpeg.tobytes()


def add_exterior_photo(yard: Yard, intake_id: str, shade: int = 90) -> str:
    """A real JPEG attached as the exterior photo."""
    return photos.add_photo(
        yard.ctx, yard.operator, yard.clock, intake_id, data=photo_jpeg(shade), kind=PhotoKind.EXTERIOR
    )


def add_required_photos(yard: Yard, intake_id: str) -> None:
    """The photos the default policy requires before submission (exterior, VIN plate, battery label)."""
    for shade, kind in ((60, PhotoKind.EXTERIOR), (120, PhotoKind.VIN), (180, PhotoKind.BATTERY_LABEL)):
        photos.add_photo(yard.ctx, yard.operator, yard.clock, intake_id, data=photo_jpeg(shade), kind=kind)

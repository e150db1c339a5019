"""The intake station's editing actions as the worker threads run them: vehicle and documents, declared packs,
photos, safety triage, and scans that carry the camera's evidence frame. Each returns a fresh view of the intake so
the banner always shows the rule's verdict after the change.

No Qt here: these run through the bridge and return plain values.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from dismantler_app.domain.classifier import classify
from dismantler_app.domain.clock import Clock
from dismantler_app.domain.codes import CodeKind
from dismantler_app.domain.permissions import User
from dismantler_app.domain.records import Documents, Owner, PhotoHash, PhotoKind, Triage, Vehicle
from dismantler_app.gui.intake.actions import IntakeView, load_view, open_or_resume
from dismantler_app.services import intakes, packs, photos
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.errors import InvalidInput
from dismantler_app.services.packs import ScanOutcome
from dismantler_app.services.photos import MAX_PHOTO_BYTES


def save_vehicle(
    services: ServiceContext,
    user: User,
    clock: Clock,
    intake_id: str,
    *,
    vehicle: Vehicle,
    documents: Documents,
    owner: Owner | None,
) -> IntakeView:
    """The vehicle panel's edit: vehicle facts, then documents and owner (each its own audited transaction)."""
    intakes.update_vehicle(services, user, clock, intake_id, vehicle=vehicle)
    intakes.record_documents(services, user, clock, intake_id, documents=documents, owner=owner)
    return load_view(services, user, intake_id)


def declare_packs(
    services: ServiceContext,
    user: User,
    clock: Clock,
    intake_id: str,
    *,
    codes: Sequence[str] = (),
    count: int | None = None,
) -> IntakeView:
    packs.declare_expected_packs(services, user, clock, intake_id, codes=codes, count=count)
    return load_view(services, user, intake_id)


def triage(services: ServiceContext, user: User, clock: Clock, intake_id: str, *, result: Triage) -> IntakeView:
    packs.triage_pack(services, user, clock, intake_id, triage=result)
    return load_view(services, user, intake_id)


def add_photo(
    services: ServiceContext,
    user: User,
    clock: Clock,
    intake_id: str,
    *,
    data: bytes,
    kind: PhotoKind,
    pack_code: str = "",
) -> PhotoHash:
    return photos.add_photo(services, user, clock, intake_id, data=data, kind=kind, pack_code=pack_code)


def read_photo_file(path: Path) -> bytes:
    """A photo chosen from disk; too large a file is refused before it is read whole."""
    size = Path(path).stat().st_size
    if size > MAX_PHOTO_BYTES:
        raise InvalidInput("data", "too_large", f"at most {MAX_PHOTO_BYTES} bytes")
    return Path(path).read_bytes()


def open_with_evidence(
    services: ServiceContext, user: User, clock: Clock, vin: str, *, evidence: bytes | None
) -> IntakeView:
    """Opens (or resumes) the intake of a VIN the camera read, keeping the frame as the intake's VIN photo."""
    view = open_or_resume(services, user, clock, vin)
    if evidence:
        photos.add_photo(services, user, clock, view.intake_id, data=evidence, kind=PhotoKind.VIN)
    return view


def record_scan(
    services: ServiceContext,
    user: User,
    clock: Clock,
    intake_id: str,
    *,
    payload: str,
    symbology: str = "",
    evidence: bytes | None = None,
) -> tuple[ScanOutcome, IntakeView]:
    """Records a scan; a camera read keeps its evidence frame first and the scan names it (``photo_hash``).

    The photo is stored before the scan so that the scan never names a photo that is not there; if the scan is then
    refused, the frame stays attached to the intake as a label photo, which is still true evidence of what was seen.
    """
    photo: PhotoHash | None = None
    if evidence:
        found = classify(payload)
        is_pack = found.kind is CodeKind.BATTERY and found.code is not None
        photo = photos.add_photo(
            services,
            user,
            clock,
            intake_id,
            data=evidence,
            kind=PhotoKind.BATTERY_LABEL if is_pack else PhotoKind.VIN,
            pack_code=found.code if is_pack and found.code else "",
        )
    outcome = packs.record_scan(
        services, user, clock, intake_id, payload=payload, symbology=symbology, photo_hash=photo
    )
    return outcome, load_view(services, user, intake_id)

"""The intake station's editing actions as the worker threads run them: vehicle and documents, declared packs,
photos, safety triage, and scans that carry the camera's evidence frame. Each returns a fresh view of the intake so
the banner always shows the rule's verdict after the change.

No Qt here: these run through the bridge and return plain values.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.permissions import User
from dismantler_app.domain.records import Documents, Owner, PhotoKind, Triage, Vehicle
from dismantler_app.gui.intake.actions import IntakeView, load_view, open_or_resume
from dismantler_app.services import intakes, packs, photos
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.errors import InvalidInput, Refused
from dismantler_app.services.packs import ScanOutcome, ScanResult, ScanSource
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
) -> photos.PhotoAdded:
    """The photo and whether it was new: the same picture twice for the same purpose is one photo."""
    return photos.take_photo(services, user, clock, intake_id, data=data, kind=kind, pack_code=pack_code)


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
    first_seen_at: datetime | None = None,
    working_since: datetime | None = None,
    deliberate: bool = False,
    reason: str = "",
    source: ScanSource = ScanSource.SYMBOL,
) -> tuple[ScanOutcome, IntakeView]:
    """Records a scan; the service decides whether it belongs here (a label of another vehicle, a read from before
    this intake was being worked). A camera read's evidence frame is kept as a photo only once the scan was taken
    on this intake: a label of another vehicle must not tick "battery label" here."""
    outcome = packs.record_scan(
        services,
        user,
        clock,
        intake_id,
        payload=payload,
        symbology=symbology,
        first_seen_at=first_seen_at,
        working_since=working_since,
        deliberate=deliberate,
        reason=reason,
        source=source,
    )
    _keep_evidence(services, user, clock, intake_id, outcome, evidence)
    return outcome, load_view(services, user, intake_id)


def confirm_text_scan(
    services: ServiceContext,
    user: User,
    clock: Clock,
    intake_id: str,
    *,
    code: str,
    evidence: bytes | None = None,
    first_seen_at: datetime | None = None,
    working_since: datetime | None = None,
) -> tuple[ScanOutcome, IntakeView]:
    """The operator confirmed a code read from printed text against its crop (F8); kept like any camera read."""
    outcome = packs.confirm_text_scan(
        services, user, clock, intake_id, code=code, first_seen_at=first_seen_at, working_since=working_since
    )
    _keep_evidence(services, user, clock, intake_id, outcome, evidence)
    return outcome, load_view(services, user, intake_id)


def _keep_evidence(
    services: ServiceContext, user: User, clock: Clock, intake_id: str, outcome: ScanOutcome, evidence: bytes | None
) -> None:
    if evidence and outcome.result in (ScanResult.PACK_RECORDED, ScanResult.VIN_MATCHES):
        is_pack = outcome.result is ScanResult.PACK_RECORDED
        # the same frame may already serve another purpose on this intake: one photo, one purpose
        with contextlib.suppress(Refused):
            photos.add_photo(
                services,
                user,
                clock,
                intake_id,
                data=evidence,
                kind=PhotoKind.BATTERY_LABEL if is_pack else PhotoKind.VIN,
                pack_code=outcome.code if is_pack else "",
            )


def unlink_pack(
    services: ServiceContext, user: User, clock: Clock, intake_id: str, *, code: str, reason: str
) -> IntakeView:
    packs.unlink_pack(services, user, clock, intake_id, code=code, reason=reason)
    return load_view(services, user, intake_id)


def discard_intake(services: ServiceContext, user: User, clock: Clock, intake_id: str, *, reason: str) -> None:
    intakes.discard_intake(services, user, clock, intake_id, reason=reason)


def delete_photo(
    services: ServiceContext, user: User, clock: Clock, intake_id: str, *, sha256: str, reason: str
) -> IntakeView:
    photos.delete_photo(services, user, clock, intake_id, sha256=sha256, reason=reason)
    return load_view(services, user, intake_id)

"""The intake station's handling of pack identifiers other than a GB/T 34014 code: an EU battery passport id and a
GB/T 45565 code (``services/pack_identifiers.py`` decides what is kept). The page's code dispatch (``codes.py``)
hands them here; this module sends them through the page's sequenced sender and words the answer.

Words have their own translation context ("PackIdentifiers").
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dismantler_app.domain.clock import Clock
from dismantler_app.domain.codes import CodeKind
from dismantler_app.domain.permissions import User
from dismantler_app.domain.records import PhotoKind
from dismantler_app.domain.scan_intent import Belonging
from dismantler_app.gui.intake.actions import IntakeView, load_view
from dismantler_app.gui.intake.station import Station
from dismantler_app.services import photos
from dismantler_app.services.context import ServiceContext
from dismantler_app.services.errors import Refused
from dismantler_app.services.pack_identifiers import (
    PackIdOutcome,
    PackIdResult,
    record_gbt45565_scan,
    record_passport_scan,
)

CONTEXT = "PackIdentifiers"  # the translation context of every word here
KINDS = frozenset({CodeKind.BATTERY_PASSPORT, CodeKind.GBT45565})

# GB/T 45565 clause 4: what the battery is for, and its level (domain/gbt45565.py values).
SEGMENTS: dict[str, str] = {
    "consumer": QT_TRANSLATE_NOOP("PackIdentifiers", "consumer battery"),
    "light_power": QT_TRANSLATE_NOOP("PackIdentifiers", "light-vehicle battery (e-bike, e-motorcycle)"),
    "large_power": QT_TRANSLATE_NOOP("PackIdentifiers", "large-power battery (ship, aircraft)"),
    "storage": QT_TRANSLATE_NOOP("PackIdentifiers", "energy-storage battery"),
    "any": QT_TRANSLATE_NOOP("PackIdentifiers", "lithium-ion battery"),
}
LEVELS: dict[str, str] = {
    "cell": QT_TRANSLATE_NOOP("PackIdentifiers", "cell"),
    "module": QT_TRANSLATE_NOOP("PackIdentifiers", "module"),
    "pack": QT_TRANSLATE_NOOP("PackIdentifiers", "pack"),
    "cluster": QT_TRANSLATE_NOOP("PackIdentifiers", "cluster"),
    "system": QT_TRANSLATE_NOOP("PackIdentifiers", "system"),
}
KIND_NAMES: dict[CodeKind, str] = {
    CodeKind.BATTERY_PASSPORT: QT_TRANSLATE_NOOP("PackIdentifiers", "battery passport ID"),
    CodeKind.GBT45565: QT_TRANSLATE_NOOP("PackIdentifiers", "GB/T 45565 battery code"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_name(kind: CodeKind) -> str:
    """The kind of a code in words ("battery passport ID", "GB/T 45565 battery code")."""
    return _tr(KIND_NAMES[kind])


def gbt45565_words(fields: Mapping[str, object]) -> str:
    """What a GB/T 45565 code says it is, e.g. "light-vehicle battery (e-bike, e-motorcycle), pack"."""
    segment = SEGMENTS.get(str(fields.get("segment", "")), SEGMENTS["any"])
    level = LEVELS.get(str(fields.get("level", "")), "")
    joined = _tr(QT_TRANSLATE_NOOP("PackIdentifiers", "%1, %2"))  # what the battery is for, then its level
    return joined.replace("%1", _tr(segment)).replace("%2", _tr(level)) if level else _tr(segment)


def record_identifier_scan(
    services: ServiceContext,
    user: User,
    clock: Clock,
    intake_id: str,
    *,
    kind: CodeKind,
    payload: str,
    symbology: str = "",
    evidence: bytes | None = None,
    first_seen_at: datetime | None = None,
    working_since: datetime | None = None,
) -> tuple[PackIdOutcome, IntakeView]:
    """The worker's side (no Qt): the service for the kind, then the camera's frame as the battery label's photo
    when a pack was recorded here, and a fresh view."""
    record = record_passport_scan if kind is CodeKind.BATTERY_PASSPORT else record_gbt45565_scan
    outcome = record(
        services,
        user,
        clock,
        intake_id,
        payload=payload,
        symbology=symbology,
        first_seen_at=first_seen_at,
        working_since=working_since,
    )
    if evidence and outcome.result is PackIdResult.PACK_RECORDED:
        with contextlib.suppress(Refused):  # one photo, one purpose: the frame may already serve another
            photos.add_photo(
                services,
                user,
                clock,
                intake_id,
                data=evidence,
                kind=PhotoKind.BATTERY_LABEL,
                pack_code=outcome.pack_code,
            )
    return outcome, load_view(services, user, intake_id)


def send_identifier_scan(
    page: Station,
    user: User,
    kind: CodeKind,
    raw: str,
    *,
    symbology: str,
    evidence: bytes | None,
    first_seen_at: datetime | None,
    working_since: datetime | None,
) -> None:
    """Sends one read to the intake on the page (in order with its other scans) and says the answer."""
    assert page.view is not None

    def answered(result: tuple[PackIdOutcome, IntakeView]) -> None:
        outcome, view = result
        page.show_view(view)
        if evidence and outcome.result is PackIdResult.PACK_RECORDED:
            page.show_evidence(view.intake_id, PhotoKind.BATTERY_LABEL, evidence)
        page.say(identifier_message(outcome), bad=outcome.result in _BAD)

    page.send_sequenced(
        record_identifier_scan,
        page.services,
        user,
        page.clock,
        page.view.intake_id,
        kind=kind,
        payload=raw,
        symbology=symbology,
        evidence=evidence,
        first_seen_at=first_seen_at,
        working_since=working_since,
        answer=answered,
    )


_BAD = frozenset(
    {
        PackIdResult.PACK_LINKED_ELSEWHERE,
        PackIdResult.PACK_BELONGS_ELSEWHERE,
        PackIdResult.NOT_A_VEHICLE_PACK,
        PackIdResult.PASSPORT_PACK_NOT_HERE,
    }
)


def identifier_message(outcome: PackIdOutcome) -> Callable[[], str]:
    """The feedback line's answer, re-rendered on a language switch."""
    return lambda: _message(outcome)


MESSAGES: dict[str, str] = {
    "kept": QT_TRANSLATE_NOOP("PackIdentifiers", "Battery passport ID %1 kept on battery pack %2."),
    "already_kept": QT_TRANSLATE_NOOP("PackIdentifiers", "Battery passport ID %1 is already kept on battery pack %2."),
    "not_here": QT_TRANSLATE_NOOP(
        "PackIdentifiers",
        "Battery passport ID %1 names a battery pack this intake does not hold: scan the pack first.",
    ),
    "passport_pack": QT_TRANSLATE_NOOP("PackIdentifiers", "Battery pack recorded by its battery passport ID %1."),
    "gbt45565_pack": QT_TRANSLATE_NOOP(
        "PackIdentifiers", "Battery %1 (GB/T 45565: %2) recorded as this vehicle's battery."
    ),
    "already_scanned": QT_TRANSLATE_NOOP("PackIdentifiers", "Battery pack %1 was already scanned."),
    "linked_elsewhere": QT_TRANSLATE_NOOP("PackIdentifiers", "Battery pack %1 belongs to another vehicle (%2)."),
    "registered_elsewhere": QT_TRANSLATE_NOOP(
        "PackIdentifiers",
        "Battery pack %1 is registered by head office to VIN %2: it was not linked here. If it really is in this "
        "vehicle, type it.",
    ),
    "belongs_elsewhere": QT_TRANSLATE_NOOP(
        "PackIdentifiers",
        "Battery pack %1 belongs to the intake of VIN %2: it was not linked here. A label of another vehicle in "
        "view? If it really is in this vehicle, type it.",
    ),
    "not_vehicle_pack": QT_TRANSLATE_NOOP(
        "PackIdentifiers",
        "%1 is a GB/T 45565 code of a %2, not this vehicle's traction battery: nothing was recorded. Such batteries "
        "are kept only on a light vehicle (motorcycle, moped, e-bike).",
    ),
}


def _message(outcome: PackIdOutcome) -> str:
    result, place = outcome.result, outcome.place
    second = outcome.pack_code
    if result is PackIdResult.PASSPORT_KEPT:
        key = "kept"
    elif result is PackIdResult.PASSPORT_ALREADY_KEPT:
        key = "already_kept"
    elif result is PackIdResult.PASSPORT_PACK_NOT_HERE:
        key = "not_here"
    elif result is PackIdResult.PACK_RECORDED:
        key = "passport_pack" if outcome.kind is CodeKind.BATTERY_PASSPORT else "gbt45565_pack"
    elif result is PackIdResult.PACK_ALREADY_SCANNED:
        key = "already_scanned"
    elif result is PackIdResult.PACK_LINKED_ELSEWHERE:
        key, second = "linked_elsewhere", place.vin if place else ""
    elif result is PackIdResult.PACK_BELONGS_ELSEWHERE:
        registered = place is not None and place.belonging is Belonging.REGISTERED_ELSEWHERE
        key, second = ("registered_elsewhere" if registered else "belongs_elsewhere"), (place.vin if place else "")
        second = second or "?"
    else:
        key = "not_vehicle_pack"
    if key in ("gbt45565_pack", "not_vehicle_pack"):
        second = gbt45565_words(outcome.fields)
    return _tr(MESSAGES[key]).replace("%1", outcome.code).replace("%2", second)

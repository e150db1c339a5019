"""Words for sync: why an attempt failed (by the sync layer's error kind and head office's refusal code), why head
office refused an event, and what the refused event was. The sync layer speaks in codes and English log messages;
the person reads these, in their language, with the English message only as the details behind them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dismantler_app.services.sync.problems import SyncError, SyncErrorKind, SyncProblem

CONTEXT = "SyncWords"

ERROR = {
    SyncErrorKind.NOT_SET_UP: QT_TRANSLATE_NOOP("SyncWords", "The yard is not set up yet: finish the set-up first."),
    SyncErrorKind.NOT_ENROLLED: QT_TRANSLATE_NOOP(
        "SyncWords", "This yard is not enrolled at head office yet: enter head office's address and a one-time token."
    ),
    SyncErrorKind.REVOKED: QT_TRANSLATE_NOOP(
        "SyncWords",
        "Head office revoked this yard's key, or this yard made a new key: nothing more is sent. Ask head office "
        "for a new enrolment token (made with --replace-key) and enrol again.",
    ),
    SyncErrorKind.UNREACHABLE: QT_TRANSLATE_NOOP(
        "SyncWords",
        "Head office cannot be reached (no network or head office is down). Nothing is lost: records are sent "
        "when the link is back, or take them on a USB stick.",
    ),
    SyncErrorKind.TLS_UNTRUSTED: QT_TRANSLATE_NOOP(
        "SyncWords",
        "Head office's certificate is not trusted by this PC: enrol again and give the CA file head office's "
        "administrator sent.",
    ),
    SyncErrorKind.CLOCK_SKEW: QT_TRANSLATE_NOOP(
        "SyncWords",
        "This PC's clock is more than a day off, so head office refused the request: set the right date and time, "
        "then sync again.",
    ),
    SyncErrorKind.HUB_FAILED: QT_TRANSLATE_NOOP(
        "SyncWords", "Head office had a problem and could not take the records; it is tried again automatically."
    ),
    SyncErrorKind.REFUSED: QT_TRANSLATE_NOOP("SyncWords", "Head office refused the request. Call head office."),
    SyncErrorKind.SIGNATURE: QT_TRANSLATE_NOOP(
        "SyncWords", "A document from head office did not carry head office's valid signature: it was not used."
    ),
    SyncErrorKind.BUNDLE: QT_TRANSLATE_NOOP(
        "SyncWords", "That file cannot be used: choose the receipt head office made for this yard's export."
    ),
    SyncErrorKind.NO_FOLDER: QT_TRANSLATE_NOOP("SyncWords", "That folder does not exist: is the USB stick plugged in?"),
    SyncErrorKind.OTHER: QT_TRANSLATE_NOOP("SyncWords", "Sync failed unexpectedly; the log has the details."),
}
# Head office's refusal codes for a whole request (hub/app.py, sync/batch.py), where the person can do something.
REFUSAL = {
    "enrolment_refused": QT_TRANSLATE_NOOP(
        "SyncWords", "Head office did not accept the token (wrong, used or expired): ask head office for a new one."
    ),
    "unknown_site": QT_TRANSLATE_NOOP(
        "SyncWords", "Head office does not know this yard (never enrolled or revoked): enrol again with a new token."
    ),
    "bad_signature": QT_TRANSLATE_NOOP(
        "SyncWords",
        "Head office did not accept this yard's signature: check the PC's date and time, then call head office.",
    ),
    "unsigned": QT_TRANSLATE_NOOP("SyncWords", "Head office did not accept this yard's signature: call head office."),
    "broken_chain": QT_TRANSLATE_NOOP(
        "SyncWords", "Head office is missing earlier records of this yard: call head office before going on."
    ),
    "too_large": QT_TRANSLATE_NOOP("SyncWords", "Head office refused a batch as too large: call support."),
    "altered": QT_TRANSLATE_NOOP(
        "SyncWords",
        "Head office found this yard's records changed after they were sealed: run 'dismantler audit verify' and "
        "call support.",
    ),
    "malformed": QT_TRANSLATE_NOOP(
        "SyncWords", "Head office could not read what this yard sent: call support (the details are in the log)."
    ),
    "too_deep": QT_TRANSLATE_NOOP(
        "SyncWords", "Head office could not read what this yard sent: call support (the details are in the log)."
    ),
    "invalid": QT_TRANSLATE_NOOP(
        "SyncWords", "Head office could not read what this yard sent: call support (the details are in the log)."
    ),
    "unsupported_version": QT_TRANSLATE_NOOP(
        "SyncWords", "Head office runs another version of the sync: update this app or ask head office to update."
    ),
    "replayed": QT_TRANSLATE_NOOP(
        "SyncWords", "Head office already received this exact request; the next sync sends a fresh one."
    ),
    "bad_photo": QT_TRANSLATE_NOOP(
        "SyncWords", "Head office refused a photo as unreadable: call support (the details are in the log)."
    ),
    "bad_chunk": QT_TRANSLATE_NOOP("SyncWords", "A photo upload was interrupted; it is sent again at the next sync."),
    # Kinds of their own (REVOKED, CLOCK_SKEW) when classified from the error; here for a record stored as "refused".
    "site_revoked": QT_TRANSLATE_NOOP(
        "SyncWords",
        "Head office revoked this yard's key: ask head office for a new enrolment token (made with --replace-key) "
        "and enrol again.",
    ),
    "clock_skew": QT_TRANSLATE_NOOP(
        "SyncWords", "Head office refused the request's time: set this PC's date and time, then sync again."
    ),
    # Raised by the yard itself (services/sync.py) when head office's answer does not fit: retried, nothing is lost.
    "held_past_gap": QT_TRANSLATE_NOOP(
        "SyncWords", "Head office is waiting for earlier records before taking these; they are sent again later."
    ),
    "reference_mismatch": QT_TRANSLATE_NOOP(
        "SyncWords", "Head office sent other reference data than asked for; it is fetched again at the next sync."
    ),
}
# Why head office refused one event (sync/events.py RejectionCode).
REJECTION = {
    "pack_linked_elsewhere": QT_TRANSLATE_NOOP("SyncWords", "Pack already on a vehicle in another yard"),
    "tampered": QT_TRANSLATE_NOOP("SyncWords", "Record changed after it was sent"),
    "malformed_payload": QT_TRANSLATE_NOOP("SyncWords", "Record incomplete"),
    "receiver_not_white_listed": QT_TRANSLATE_NOOP(
        "SyncWords", "Pack handed over to a receiver not on head office's white list"
    ),
    "certificate_number_taken": QT_TRANSLATE_NOOP(
        "SyncWords",
        "Certificate number already names another vehicle at head office: void this certificate and issue a new one",
    ),
    "audit_rewound": QT_TRANSLATE_NOOP(
        "SyncWords",
        "This yard's audit trail went back behind what head office already holds (a restored backup?): run "
        "'dismantler audit verify' and call support",
    ),
    "audit_rewritten": QT_TRANSLATE_NOOP(
        "SyncWords",
        "This yard's audit trail was rewritten after head office received it: run 'dismantler audit verify' and "
        "call support",
    ),
}
# What a refused event recorded (the outbox event types the services write).
EVENT = {
    "pack.scanned": QT_TRANSLATE_NOOP("SyncWords", "Pack scanned"),
    "pack.unlinked": QT_TRANSLATE_NOOP("SyncWords", "Pack released"),
    "intake.created": QT_TRANSLATE_NOOP("SyncWords", "Intake opened"),
    "intake.vehicle_updated": QT_TRANSLATE_NOOP("SyncWords", "Vehicle corrected"),
    "intake.documents_recorded": QT_TRANSLATE_NOOP("SyncWords", "Documents recorded"),
    "certificate.issued": QT_TRANSLATE_NOOP("SyncWords", "Certificate issued"),
    "certificate.voided": QT_TRANSLATE_NOOP("SyncWords", "Certificate voided"),
    "certificate.official_number_set": QT_TRANSLATE_NOOP("SyncWords", "Official certificate number recorded"),
    "intake.expected_packs_set": QT_TRANSLATE_NOOP("SyncWords", "Expected packs recorded"),
    "intake.expected_packs_confirmed": QT_TRANSLATE_NOOP("SyncWords", "Declared packs confirmed"),
    "pack.handed_over": QT_TRANSLATE_NOOP("SyncWords", "Pack handed over"),
    "pack.handover_completed": QT_TRANSLATE_NOOP("SyncWords", "Hand-over details completed"),
    "pack.passport_recorded": QT_TRANSLATE_NOOP("SyncWords", "Battery passport recorded"),
    "pack.replacement_resolved": QT_TRANSLATE_NOOP("SyncWords", "Replaced pack resolved"),
    "pack.triaged": QT_TRANSLATE_NOOP("SyncWords", "Pack triaged"),
    "photo.added": QT_TRANSLATE_NOOP("SyncWords", "Photo added"),
    "photo.deleted": QT_TRANSLATE_NOOP("SyncWords", "Photo deleted"),
    "report.recorded": QT_TRANSLATE_NOOP("SyncWords", "Report recorded as sent"),
    "vehicle.disposition_recorded": QT_TRANSLATE_NOOP("SyncWords", "Vehicle disposition recorded"),
    "user.added": QT_TRANSLATE_NOOP("SyncWords", "User added"),
    "user.disabled": QT_TRANSLATE_NOOP("SyncWords", "User disabled"),
    "user.enabled": QT_TRANSLATE_NOOP("SyncWords", "User enabled"),
    "user.roles_set": QT_TRANSLATE_NOOP("SyncWords", "User roles changed"),
    "yard.set_up": QT_TRANSLATE_NOOP("SyncWords", "Yard set up"),
    "yard.details_updated": QT_TRANSLATE_NOOP("SyncWords", "Yard details changed"),
    "yard.policy_updated": QT_TRANSLATE_NOOP("SyncWords", "Policy changed"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def sync_error_text(error: SyncError) -> str:
    """What failed and what to do, in the person's language."""
    if error.kind is SyncErrorKind.REFUSED and error.hub_code in REFUSAL:
        return _tr(REFUSAL[error.hub_code])
    if error.kind is SyncErrorKind.REFUSED and error.hub_code:
        return QCoreApplication.translate(
            "SyncWords", "Head office refused the request (%1). Call head office."
        ).replace("%1", error.hub_code)
    return _tr(ERROR[error.kind])


def rejection_text(code: str) -> str:
    return _tr(REJECTION[code]) if code in REJECTION else code


def event_text(event_type: str) -> str:
    if not event_type:
        return QCoreApplication.translate("SyncWords", "Record no longer in the outbox")
    return _tr(EVENT[event_type]) if event_type in EVENT else event_type


def subject_text(problem: SyncProblem) -> str:
    """The vehicle, pack or certificate the refused event was about, e.g. "VIN LGXC… · pack 001PE…"."""
    labels = {
        "vin": QCoreApplication.translate("SyncWords", "VIN %1"),
        "code": QCoreApplication.translate("SyncWords", "pack %1"),
        "number": QCoreApplication.translate("SyncWords", "certificate %1"),
    }
    parts = [labels[key].replace("%1", value) for key, value in problem.subject.items() if key in labels]
    if problem.other_vin:
        parts.append(QCoreApplication.translate("SyncWords", "held by %1").replace("%1", problem.other_vin))
    if problem.other_yard:
        parts.append(QCoreApplication.translate("SyncWords", "at yard %1").replace("%1", problem.other_yard))
    return " · ".join(parts) or "—"

"""Words for the records' codes (intake status, risk class, photo kind, role, deadline state, audited action, the
fields of a history line and their coded values), shared by the supervisor desk, the records page, the batteries
page and the users page so they all say the same thing."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dismantler_app.domain.deadlines import DeadlineStatus, ReportKind
from dismantler_app.domain.records import CertificateState, IntakeStatus, PhotoKind, RiskClass, Role

CONTEXT = "RecordWords"

STATUS = {
    IntakeStatus.OPEN: QT_TRANSLATE_NOOP("RecordWords", "Open"),
    IntakeStatus.SUBMITTED: QT_TRANSLATE_NOOP("RecordWords", "Awaiting review"),
    IntakeStatus.APPROVED: QT_TRANSLATE_NOOP("RecordWords", "Approved"),
    IntakeStatus.CERTIFIED: QT_TRANSLATE_NOOP("RecordWords", "Certified"),
    IntakeStatus.CANCELLED: QT_TRANSLATE_NOOP("RecordWords", "Cancelled"),
}
RISK = {
    RiskClass.NORMAL: QT_TRANSLATE_NOOP("RecordWords", "Normal"),
    RiskClass.ELEVATED: QT_TRANSLATE_NOOP("RecordWords", "⚠ Elevated risk"),
    RiskClass.HIGH: QT_TRANSLATE_NOOP("RecordWords", "⚠ High risk"),
}
NOT_TRIAGED = QT_TRANSLATE_NOOP("RecordWords", "Not triaged")
PHOTO = {
    PhotoKind.EXTERIOR: QT_TRANSLATE_NOOP("RecordWords", "Exterior"),
    PhotoKind.VIN: QT_TRANSLATE_NOOP("RecordWords", "VIN plate"),
    PhotoKind.BATTERY_LABEL: QT_TRANSLATE_NOOP("RecordWords", "Battery label"),
    PhotoKind.DAMAGE: QT_TRANSLATE_NOOP("RecordWords", "Damage"),
    PhotoKind.AFTER_DISMANTLING: QT_TRANSLATE_NOOP("RecordWords", "After dismantling"),
}
ROLE = {
    Role.OPERATOR: QT_TRANSLATE_NOOP("RecordWords", "Operator"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("RecordWords", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("RecordWords", "Administrator"),
}
DEADLINE = {
    DeadlineStatus.DUE: QT_TRANSLATE_NOOP("RecordWords", "Due"),
    DeadlineStatus.OVERDUE: QT_TRANSLATE_NOOP("RecordWords", "✖ Overdue"),
    DeadlineStatus.REPORTED: QT_TRANSLATE_NOOP("RecordWords", "✔ Reported"),
}
REPORT = {
    ReportKind.VEHICLE_SCRAPPED: QT_TRANSLATE_NOOP("RecordWords", "Vehicle scrapped"),
    ReportKind.PACK_OUTBOUND: QT_TRANSLATE_NOOP("RecordWords", "Pack left the yard"),
}
# The audit log's action names (services' ``Change.record`` calls); an unknown one is shown as it is.
ACTION = {
    "create_intake": QT_TRANSLATE_NOOP("RecordWords", "Intake opened"),
    "update_vehicle": QT_TRANSLATE_NOOP("RecordWords", "Vehicle corrected"),
    "record_documents": QT_TRANSLATE_NOOP("RecordWords", "Documents recorded"),
    "submit_intake": QT_TRANSLATE_NOOP("RecordWords", "Submitted for review"),
    "approve_intake": QT_TRANSLATE_NOOP("RecordWords", "Approved"),
    "reopen_intake": QT_TRANSLATE_NOOP("RecordWords", "Sent back to the operator"),
    "cancel_intake": QT_TRANSLATE_NOOP("RecordWords", "Cancelled"),
    "declare_packs": QT_TRANSLATE_NOOP("RecordWords", "Packs declared"),
    "load_registered_packs": QT_TRANSLATE_NOOP("RecordWords", "Registered packs loaded"),
    "confirm_declared_packs": QT_TRANSLATE_NOOP("RecordWords", "Declared packs confirmed"),
    "record_scan": QT_TRANSLATE_NOOP("RecordWords", "Pack scanned"),
    "scan_vin": QT_TRANSLATE_NOOP("RecordWords", "VIN scanned"),
    "triage_pack": QT_TRANSLATE_NOOP("RecordWords", "Pack triaged"),
    "resolve_mismatch": QT_TRANSLATE_NOOP("RecordWords", "Replacement resolved"),
    "add_photo": QT_TRANSLATE_NOOP("RecordWords", "Photo added"),
    "delete_photo": QT_TRANSLATE_NOOP("RecordWords", "Photo deleted"),
    "unlink_pack": QT_TRANSLATE_NOOP("RecordWords", "Pack unlinked (scanned by mistake)"),
    "discard_intake": QT_TRANSLATE_NOOP("RecordWords", "Intake discarded"),
    "issue_certificate": QT_TRANSLATE_NOOP("RecordWords", "Certificate issued"),
    "void_certificate": QT_TRANSLATE_NOOP("RecordWords", "Certificate voided"),
    "reprint_certificate": QT_TRANSLATE_NOOP("RecordWords", "Certificate reprinted"),
    "hand_over_pack": QT_TRANSLATE_NOOP("RecordWords", "Pack handed over"),
    "release_pack_link": QT_TRANSLATE_NOOP("RecordWords", "Pack released from the vehicle"),
    "print_original_certificate": QT_TRANSLATE_NOOP("RecordWords", "Original certificate printed"),
    "set_official_number": QT_TRANSLATE_NOOP("RecordWords", "Official certificate number entered"),
    "record_report": QT_TRANSLATE_NOOP("RecordWords", "Reported to the traceability platform"),
    "update_policy": QT_TRANSLATE_NOOP("RecordWords", "Certificate policy changed"),
    "update_yard_details": QT_TRANSLATE_NOOP("RecordWords", "Yard details changed"),
    "add_user": QT_TRANSLATE_NOOP("RecordWords", "User added"),
    "set_roles": QT_TRANSLATE_NOOP("RecordWords", "Roles changed"),
    "disable_user": QT_TRANSLATE_NOOP("RecordWords", "User disabled"),
    "enable_user": QT_TRANSLATE_NOOP("RecordWords", "User enabled"),
    "handle_sync_problem": QT_TRANSLATE_NOOP("RecordWords", "Head office's refusal handled"),
}
# The after-image fields a history line shows (the services' ``Change.record`` calls), in the order shown.
FIELD = {
    "status": QT_TRANSLATE_NOOP("RecordWords", "status"),
    "state": QT_TRANSLATE_NOOP("RecordWords", "state"),
    "code": QT_TRANSLATE_NOOP("RecordWords", "pack code"),
    "codes": QT_TRANSLATE_NOOP("RecordWords", "pack codes"),
    "vin": QT_TRANSLATE_NOOP("RecordWords", "VIN"),
    "result": QT_TRANSLATE_NOOP("RecordWords", "result"),
    "other_vin": QT_TRANSLATE_NOOP("RecordWords", "other vehicle"),
    "number": QT_TRANSLATE_NOOP("RecordWords", "certificate number"),
    "official_number": QT_TRANSLATE_NOOP("RecordWords", "official number"),
    "reason": QT_TRANSLATE_NOOP("RecordWords", "reason"),
    "document_ref": QT_TRANSLATE_NOOP("RecordWords", "document"),
    "expected_code": QT_TRANSLATE_NOOP("RecordWords", "registered pack"),
    "scanned_code": QT_TRANSLATE_NOOP("RecordWords", "scanned pack"),
    "risk_class": QT_TRANSLATE_NOOP("RecordWords", "risk"),
    "quarantine_location": QT_TRANSLATE_NOOP("RecordWords", "quarantine location"),
    "receiver_name": QT_TRANSLATE_NOOP("RecordWords", "receiver"),
    "receiver_uscc": QT_TRANSLATE_NOOP("RecordWords", "receiver USCC"),
    "kind": QT_TRANSLATE_NOOP("RecordWords", "kind"),
    "count": QT_TRANSLATE_NOOP("RecordWords", "count"),
    "reprint_count": QT_TRANSLATE_NOOP("RecordWords", "reprints"),
}
# Coded values some of those fields carry; free text (a void reason, a document reference) is shown as written.
SCAN_RESULT = {
    "pack_recorded": QT_TRANSLATE_NOOP("RecordWords", "recorded on this vehicle"),
    "pack_already_scanned": QT_TRANSLATE_NOOP("RecordWords", "already scanned"),
    "pack_linked_elsewhere": QT_TRANSLATE_NOOP("RecordWords", "held by another vehicle"),
    "vin_matches": QT_TRANSLATE_NOOP("RecordWords", "VIN matches"),
    "vin_mismatch": QT_TRANSLATE_NOOP("RecordWords", "VIN differs"),
}
CERTIFICATE_STATE = {
    CertificateState.ISSUED: QT_TRANSLATE_NOOP("RecordWords", "issued"),
    CertificateState.VOIDED: QT_TRANSLATE_NOOP("RecordWords", "voided"),
}
UNLINK_REASON = {
    "intake_cancelled": QT_TRANSLATE_NOOP("RecordWords", "intake cancelled"),
    "handed_over": QT_TRANSLATE_NOOP("RecordWords", "handed over"),
}
# A printed sheet's kind (services/certificate_documents.py) and a report's subject (services/handovers.py).
SHEET_OR_REPORT_KIND = {
    "original": QT_TRANSLATE_NOOP("RecordWords", "original"),
    "copy": QT_TRANSLATE_NOOP("RecordWords", "copy"),
    "void": QT_TRANSLATE_NOOP("RecordWords", "void notice"),
    "certificate": QT_TRANSLATE_NOOP("RecordWords", "vehicle scrapped"),
    "pack_outbound": QT_TRANSLATE_NOOP("RecordWords", "pack left the yard"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_name(status: IntakeStatus) -> str:
    return _tr(STATUS[status])


def risk_name(risk: RiskClass | None) -> str:
    return _tr(RISK[risk] if risk is not None else NOT_TRIAGED)


def photo_kind_name(kind: PhotoKind) -> str:
    return _tr(PHOTO[kind])


def role_name(role: Role) -> str:
    return _tr(ROLE[role])


def deadline_name(status: DeadlineStatus) -> str:
    return _tr(DEADLINE[status])


def report_name(kind: ReportKind) -> str:
    return _tr(REPORT[kind])


def action_name(action: str) -> str:
    return _tr(ACTION[action]) if action in ACTION else action


def field_name(key: str) -> str:
    return _tr(FIELD[key]) if key in FIELD else key


def field_value(key: str, value: object) -> str:
    """A history field's value in words when it is a code; as written otherwise."""
    text = ",".join(str(v) for v in value) if isinstance(value, list) else str(value)
    words: dict[str, str] = {}
    if key == "status":
        words = {status.value: STATUS[status] for status in IntakeStatus}
    elif key == "state":
        words = {state.value: CERTIFICATE_STATE[state] for state in CertificateState}
    elif key == "risk_class":
        words = {risk.value: RISK[risk] for risk in RiskClass}
    elif key == "result":
        words = SCAN_RESULT
    elif key == "reason":
        words = UNLINK_REASON
    elif key == "kind":
        words = {kind.value: PHOTO[kind] for kind in PhotoKind} | SHEET_OR_REPORT_KIND
    return _tr(words[text]) if text in words else text


def field_text(key: str, value: object) -> str:
    """One "field: value" pair of a history line (Chinese writes a full-width colon)."""
    return (
        QCoreApplication.translate("RecordWords", "%1: %2")
        .replace("%1", field_name(key))
        .replace("%2", field_value(key, value))
    )


def join_fields(parts: list[str]) -> str:
    return QCoreApplication.translate("RecordWords", "; ").join(parts)

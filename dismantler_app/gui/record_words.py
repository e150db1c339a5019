"""Words for the records' codes (intake status, risk class, photo kind, role, deadline state, audited action), shared
by the supervisor desk, the records page, the batteries page and the users page so they all say the same thing."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dismantler_app.domain.deadlines import DeadlineStatus, ReportKind
from dismantler_app.domain.records import IntakeStatus, PhotoKind, RiskClass, Role

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
    "cancel_intake": QT_TRANSLATE_NOOP("RecordWords", "Cancelled"),
    "declare_packs": QT_TRANSLATE_NOOP("RecordWords", "Packs declared"),
    "load_registered_packs": QT_TRANSLATE_NOOP("RecordWords", "Registered packs loaded"),
    "confirm_declared_packs": QT_TRANSLATE_NOOP("RecordWords", "Declared packs confirmed"),
    "record_scan": QT_TRANSLATE_NOOP("RecordWords", "Pack scanned"),
    "scan_vin": QT_TRANSLATE_NOOP("RecordWords", "VIN scanned"),
    "triage_pack": QT_TRANSLATE_NOOP("RecordWords", "Pack triaged"),
    "resolve_mismatch": QT_TRANSLATE_NOOP("RecordWords", "Replacement resolved"),
    "add_photo": QT_TRANSLATE_NOOP("RecordWords", "Photo added"),
    "issue_certificate": QT_TRANSLATE_NOOP("RecordWords", "Certificate issued"),
    "void_certificate": QT_TRANSLATE_NOOP("RecordWords", "Certificate voided"),
    "reprint_certificate": QT_TRANSLATE_NOOP("RecordWords", "Certificate reprinted"),
    "hand_over_pack": QT_TRANSLATE_NOOP("RecordWords", "Pack handed over"),
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

"""Known problems in words: the services' typed errors carry codes and data; this module says what happened and
what to do, in the person's language, naming each field as the screen names it (never an identifier such as
``document_ref`` or a code such as ``too_short``). ``describe_problem`` returns None for anything it does not know,
which the error reporter then treats as a bug.
"""

# ruff: noqa: E501  (the tables read best one entry per line)
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dismantler_app.domain.codes import CodeRejected, RejectReason
from dismantler_app.domain.records import PhotoKind
from dismantler_app.gui.common.certificate_fields import (
    REPORT_MARKET_OFF,
    certificate_incomplete_text,
    report_market_off_text,
)
from dismantler_app.gui.common.reasons import describe
from dismantler_app.gui.common.record_words import photo_kind_name
from dismantler_app.services.errors import (
    AuthenticationFailed,
    CertificateIncomplete,
    CertificateRefused,
    InvalidInput,
    InvalidState,
    NotFound,
    PermissionDenied,
    Refusal,
    Refused,
    ServiceError,
)
from dismantler_app.storage.errors import StoreError

CONTEXT = "Problems"

# The fields the services name, as the screens label them.
FIELDS: Mapping[str, str] = {
    "vin": QT_TRANSLATE_NOOP("Problems", "VIN"),
    "payload": QT_TRANSLATE_NOOP("Problems", "code"),
    "code": QT_TRANSLATE_NOOP("Problems", "battery pack code"),
    "codes": QT_TRANSLATE_NOOP("Problems", "battery pack codes"),
    "count": QT_TRANSLATE_NOOP("Problems", "number of packs"),
    "scanned_code": QT_TRANSLATE_NOOP("Problems", "scanned pack"),
    "expected_code": QT_TRANSLATE_NOOP("Problems", "registered pack"),
    "document_ref": QT_TRANSLATE_NOOP("Problems", "document reference"),
    "reason": QT_TRANSLATE_NOOP("Problems", "reason"),
    "note": QT_TRANSLATE_NOOP("Problems", "note"),
    "intake": QT_TRANSLATE_NOOP("Problems", "intake"),
    "kind": QT_TRANSLATE_NOOP("Problems", "photo kind"),
    "sha256": QT_TRANSLATE_NOOP("Problems", "photo"),
    "data": QT_TRANSLATE_NOOP("Problems", "picture"),
    "username": QT_TRANSLATE_NOOP("Problems", "user name"),
    "password": QT_TRANSLATE_NOOP("Problems", "password"),
    "roles": QT_TRANSLATE_NOOP("Problems", "roles"),
    "to_day": QT_TRANSLATE_NOOP("Problems", '"to" date'),
    "month": QT_TRANSLATE_NOOP("Problems", "month"),
    "out": QT_TRANSLATE_NOOP("Problems", "file name"),
    "receiver_uscc": QT_TRANSLATE_NOOP("Problems", "receiver's credit code (USCC)"),
    "receiver_name": QT_TRANSLATE_NOOP("Problems", "receiver's name"),
    "receiver_duns": QT_TRANSLATE_NOOP("Problems", "receiver's D-U-N-S number"),
    "receiver_type": QT_TRANSLATE_NOOP("Problems", "receiver type"),
    "pack_model": QT_TRANSLATE_NOOP("Problems", "pack model"),
    "quantity": QT_TRANSLATE_NOOP("Problems", "quantity"),
    "destination": QT_TRANSLATE_NOOP("Problems", "destination"),
    "passport_id": QT_TRANSLATE_NOOP("Problems", "battery passport ID"),
    "disposition": QT_TRANSLATE_NOOP("Problems", "what became of the vehicle"),
    "transferred_to": QT_TRANSLATE_NOOP("Problems", "who took the vehicle"),
    "handed_over_on": QT_TRANSLATE_NOOP("Problems", "hand-over date"),
    "quarantine_location": QT_TRANSLATE_NOOP("Problems", "quarantine location"),
    "visible_damage": QT_TRANSLATE_NOOP("Problems", "visible damage"),
    "leak": QT_TRANSLATE_NOOP("Problems", "leakage"),
    "swelling": QT_TRANSLATE_NOOP("Problems", "swelling"),
    "temperature_c": QT_TRANSLATE_NOOP("Problems", "temperature (°C)"),
    "voltage_v": QT_TRANSLATE_NOOP("Problems", "voltage (V)"),
    "insulation_mohm": QT_TRANSLATE_NOOP("Problems", "insulation resistance (MΩ)"),
    "soc_percent": QT_TRANSLATE_NOOP("Problems", "state of charge (%)"),
    "risk_class": QT_TRANSLATE_NOOP("Problems", "risk class"),
    "yard.name": QT_TRANSLATE_NOOP("Problems", "yard name"),
    "yard.uscc": QT_TRANSLATE_NOOP("Problems", "yard's credit code (USCC)"),
    "yard.timezone": QT_TRANSLATE_NOOP("Problems", "time zone"),
    "yard.market": QT_TRANSLATE_NOOP("Problems", "market"),
    "policy.market": QT_TRANSLATE_NOOP("Problems", "market"),
}
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Problems", "value")
SEPARATOR = QT_TRANSLATE_NOOP("Problems", ", ")

# Why a value was refused, as the end of "The {field} is not valid: …".
INPUT_REASONS: Mapping[str, str] = {
    "empty": QT_TRANSLATE_NOOP("Problems", "it is empty"),
    "too_short": QT_TRANSLATE_NOOP("Problems", "it is too short"),
    "too_long": QT_TRANSLATE_NOOP("Problems", "it is too long"),
    "taken": QT_TRANSLATE_NOOP("Problems", "it is already in use"),
    "bad_format": QT_TRANSLATE_NOOP("Problems", "it is not in the right format"),
    "before_from_day": QT_TRANSLATE_NOOP("Problems", 'it is before the "from" date'),
    "out_of_range": QT_TRANSLATE_NOOP("Problems", "it is outside the possible range"),
    "negative": QT_TRANSLATE_NOOP("Problems", "it cannot be negative"),
    "in_future": QT_TRANSLATE_NOOP("Problems", "it is in the future"),
    "unknown": QT_TRANSLATE_NOOP("Problems", "it is not known"),
    "unknown_suffix": QT_TRANSLATE_NOOP("Problems", "its ending (file type) is not one this can write"),
    "not_scanned": QT_TRANSLATE_NOOP("Problems", "that pack was not scanned on this intake"),
    "not_expected": QT_TRANSLATE_NOOP("Problems", "that pack is not registered for this vehicle"),
    "not_white_listed": QT_TRANSLATE_NOOP("Problems", "it is not on head office's list of receivers"),
    "required_for_abnormal_pack": QT_TRANSLATE_NOOP("Problems", "an abnormal pack must be given one"),
    "too_large": QT_TRANSLATE_NOOP("Problems", "it is too large"),
    "not_an_image": QT_TRANSLATE_NOOP("Problems", "it is not a picture"),
    "differs_from_yard": QT_TRANSLATE_NOOP("Problems", "it differs from the yard's market"),
    "both_given": QT_TRANSLATE_NOOP("Problems", "give the USCC or the D-U-N-S number, not both"),
    "not_a_count": QT_TRANSLATE_NOOP("Problems", "it must be a whole number, 1 or more"),
    RejectReason.WRONG_LENGTH.value: QT_TRANSLATE_NOOP("Problems", "it has the wrong number of characters"),
    RejectReason.BAD_CHARACTER.value: QT_TRANSLATE_NOOP("Problems", "it has a character that is not allowed"),
    RejectReason.FORBIDDEN_LETTER.value: QT_TRANSLATE_NOOP("Problems", "it contains I, O or Q, which a VIN never has"),
    RejectReason.BAD_CHECK_DIGIT.value: QT_TRANSLATE_NOOP("Problems", "its check digit does not match"),
    RejectReason.BAD_CHECKSUM.value: QT_TRANSLATE_NOOP("Problems", "its check character does not match"),
    RejectReason.BAD_LEVEL.value: QT_TRANSLATE_NOOP("Problems", "it is not a battery code of a known level"),
    RejectReason.BAD_TYPE.value: QT_TRANSLATE_NOOP("Problems", "its product type is not a known one"),
    RejectReason.BAD_MONTH.value: QT_TRANSLATE_NOOP("Problems", "its production month is not possible"),
    RejectReason.BAD_YEAR.value: QT_TRANSLATE_NOOP("Problems", "its production year is not possible"),
    RejectReason.BAD_CASCADE_SUFFIX.value: QT_TRANSLATE_NOOP("Problems", "its reuse suffix is not valid"),
    RejectReason.NO_CODE_FOUND.value: QT_TRANSLATE_NOOP("Problems", "no VIN or battery code was found in it"),
    RejectReason.AMBIGUOUS.value: QT_TRANSLATE_NOOP("Problems", "it could be more than one kind of code"),
    RejectReason.NOT_TEXT.value: QT_TRANSLATE_NOOP("Problems", "it is not text"),
}
UNKNOWN_REASON = QT_TRANSLATE_NOOP("Problems", "it is not accepted")

ENTITIES: Mapping[str, str] = {
    "intake": QT_TRANSLATE_NOOP("Problems", "intake"),
    "certificate": QT_TRANSLATE_NOOP("Problems", "certificate"),
    "pack": QT_TRANSLATE_NOOP("Problems", "battery pack"),
    "user": QT_TRANSLATE_NOOP("Problems", "user"),
    "expected_packs": QT_TRANSLATE_NOOP("Problems", "list of expected packs"),
    "installation": QT_TRANSLATE_NOOP("Problems", "installation"),
    "photo": QT_TRANSLATE_NOOP("Problems", "photo"),
}
STATES: Mapping[str, str] = {
    "open": QT_TRANSLATE_NOOP("Problems", "still open"),
    "submitted": QT_TRANSLATE_NOOP("Problems", "already submitted"),
    "approved": QT_TRANSLATE_NOOP("Problems", "already approved"),
    "certified": QT_TRANSLATE_NOOP("Problems", "already certified"),
    "cancelled": QT_TRANSLATE_NOOP("Problems", "discarded"),
    "issued": QT_TRANSLATE_NOOP("Problems", "issued"),
    "voided": QT_TRANSLATE_NOOP("Problems", "voided"),
    "handed_over": QT_TRANSLATE_NOOP("Problems", "already handed over"),
}
# A few states are a whole sentence of their own.
STATE_SENTENCES: Mapping[tuple[str, str], str] = {
    ("user", "last_admin"): QT_TRANSLATE_NOOP(
        "Problems", "This is the last administrator: make another user an administrator first."
    ),
    ("installation", "already_set_up"): QT_TRANSLATE_NOOP("Problems", "This yard is already set up."),
    ("pack", "handed_over"): QT_TRANSLATE_NOOP("Problems", "This battery pack has already been handed over."),
}
# A few refused values are a whole sentence of their own.
INPUT_SENTENCES: Mapping[tuple[str, str], str] = {
    ("receiver_uscc", "empty"): QT_TRANSLATE_NOOP(
        "Problems", "Enter the receiver's unified social credit code (USCC) or, if it has none, its D-U-N-S number."
    ),
}
STEPS: Mapping[str, str] = {
    "submit": QT_TRANSLATE_NOOP("Problems", "This intake cannot be submitted yet:"),
    "approve": QT_TRANSLATE_NOOP("Problems", "This intake cannot be approved yet:"),
    "certify": QT_TRANSLATE_NOOP("Problems", "No certificate can be issued yet:"),
}


class KnownProblem(Exception):
    """A problem the GUI itself detects; its message is already translated and says what to do."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_name(field: str) -> str:
    """A field the services name, as the screen labels it (translated)."""
    return _tr(FIELDS.get(field, UNKNOWN_FIELD))


def field_names(fields: tuple[str, ...]) -> str:
    return QCoreApplication.translate("Problems", ", ").join(field_name(f) for f in fields)


def _input_reason(reason: str) -> str:
    return _tr(INPUT_REASONS.get(reason, UNKNOWN_REASON))


def _refused(error: Refused) -> str:
    data = error.data
    match error.reason:
        case Refusal.NO_INTAKE:
            return QCoreApplication.translate(
                "Problems", "No intake is open to record this on: press New vehicle (F2) and scan the VIN first."
            )
        case Refusal.READ_BEFORE_INTAKE:
            return QCoreApplication.translate(
                "Problems",
                "This code was read before you started working on this intake (a label left in view?), so it was "
                "not recorded. Hold the label in front of the camera again, or type it.",
            )
        case Refusal.REQUIRED:
            return QCoreApplication.translate("Problems", "Please fill in: %1.").replace(
                "%1", field_names(error.fields)
            )
        case Refusal.VIN_CHECK_DIGIT:
            return (
                QCoreApplication.translate(
                    "Problems",
                    "The VIN %1 fails its check digit (found %2, expected %3): check the VIN on the vehicle and enter it again.",
                )
                .replace("%1", data.get("vin", ""))
                .replace("%2", data.get("found", "?"))
                .replace("%3", data.get("expected", "?"))
            )
        case Refusal.BLOCKED:
            head = _tr(STEPS.get(data.get("step", ""), STEPS["certify"]))
            return head + "\n" + "\n".join(f"• {describe(r)}" for r in error.blockers)
        case Refusal.SUPERVISOR_REQUIRED:
            return QCoreApplication.translate(
                "Problems", "The intake has been submitted: only a supervisor can do this now."
            )
        case Refusal.PACK_NOT_ON_INTAKE:
            return QCoreApplication.translate("Problems", "Battery pack %1 is not on this intake.").replace(
                "%1", data.get("code", "")
            )
        case Refusal.PHOTO_ALREADY_ATTACHED:
            kind = data.get("kind", "")
            kind_words = photo_kind_name(PhotoKind(kind)) if kind in set(PhotoKind) else kind
            return _tr('This same picture is already attached as the "%1" photo.').replace("%1", kind_words)
        case Refusal.PHOTO_NOT_ATTACHED:
            return QCoreApplication.translate("Problems", "This photo is no longer attached to the intake.")
    return QCoreApplication.translate("Problems", "The action was refused.")


def describe_problem(error: BaseException) -> str | None:
    if isinstance(error, KnownProblem):
        return str(error)
    if isinstance(error, Refused):
        return _refused(error)
    if isinstance(error, AuthenticationFailed):
        return QCoreApplication.translate(
            "Problems", "The name or password is not right. Try again, or ask an administrator to reset your password."
        )
    if isinstance(error, PermissionDenied):
        return QCoreApplication.translate(
            "Problems", "Your role does not allow this. Ask a supervisor or an administrator."
        )
    if isinstance(error, NotFound):
        return QCoreApplication.translate(
            "Problems", "The %1 was not found (it may have been removed). Refresh and try again."
        ).replace("%1", _tr(ENTITIES.get(error.entity, UNKNOWN_FIELD)))
    if isinstance(error, InvalidInput):
        sentence = INPUT_SENTENCES.get((error.field, error.reason))
        if sentence is not None:
            return _tr(sentence)
        return (
            QCoreApplication.translate("Problems", "The %1 is not valid: %2. Check it and enter it again.")
            .replace("%1", field_name(error.field))
            .replace("%2", _input_reason(error.reason))
        )
    if isinstance(error, InvalidState):
        sentence = STATE_SENTENCES.get((error.entity, error.state))
        if sentence is not None:
            return _tr(sentence)
        if error.state in STATES:
            return (
                QCoreApplication.translate("Problems", "This %1 is %2, so this cannot be done now.")
                .replace("%1", _tr(ENTITIES.get(error.entity, UNKNOWN_FIELD)))
                .replace("%2", _tr(STATES[error.state]))
            )
        return QCoreApplication.translate("Problems", "This cannot be done in the record's present state.")
    if isinstance(error, CertificateIncomplete):
        return certificate_incomplete_text(error)
    if isinstance(error, ServiceError) and error.code == REPORT_MARKET_OFF:
        return report_market_off_text(error)
    if isinstance(error, CertificateRefused):
        lines = "\n".join(f"• {describe(r)}" for r in error.reasons)
        return _tr(STEPS["certify"]) + "\n" + lines
    if isinstance(error, CodeRejected):
        return QCoreApplication.translate(
            "Problems", "That is not a valid code: %1. Scan it again or type it."
        ).replace("%1", _input_reason(error.reason.value))
    if isinstance(error, StoreError):
        return str(error)  # the store's messages already say what to do (storage/errors.py)
    if isinstance(error, ServiceError):
        return QCoreApplication.translate("Problems", "The action was refused.")
    return None

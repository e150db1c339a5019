"""Words for the intake station's editing panels: check states, risk classes, photo kinds, why a code was refused,
and what to do about a handheld scanner typing with the wrong keyboard layout."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dismantler_app.domain.codes import RejectReason
from dismantler_app.domain.records import CheckState, DamageFlag, PhotoKind, RiskClass
from dismantler_app.domain.scanner_input import LayoutDiagnosis, LayoutFix, LayoutProblem


def check_state_name(state: CheckState) -> str:
    return {
        CheckState.NOT_DONE: QCoreApplication.translate("IntakeText", "Not done"),
        CheckState.CLEAR: QCoreApplication.translate("IntakeText", "Clear"),
        CheckState.FLAGGED: QCoreApplication.translate("IntakeText", "Flagged"),
    }[state]


def risk_class_name(risk: RiskClass) -> str:
    return {
        RiskClass.NORMAL: QCoreApplication.translate("IntakeText", "Normal"),
        RiskClass.ELEVATED: QCoreApplication.translate("IntakeText", "Elevated: quarantine"),
        RiskClass.HIGH: QCoreApplication.translate("IntakeText", "High: quarantine, fire watch"),
    }[risk]


def damage_name(flag: DamageFlag) -> str:
    return {
        DamageFlag.VISIBLE_DAMAGE: QCoreApplication.translate("IntakeText", "visible damage"),
        DamageFlag.LEAK: QCoreApplication.translate("IntakeText", "leak"),
        DamageFlag.SWELLING: QCoreApplication.translate("IntakeText", "swelling"),
        DamageFlag.FIRE_HISTORY: QCoreApplication.translate("IntakeText", "fire history"),
        DamageFlag.FLOOD_HISTORY: QCoreApplication.translate("IntakeText", "flood history"),
    }[flag]


def photo_kind_name(kind: PhotoKind) -> str:
    return {
        PhotoKind.EXTERIOR: QCoreApplication.translate("IntakeText", "Whole exterior"),
        PhotoKind.VIN: QCoreApplication.translate("IntakeText", "VIN plate"),
        PhotoKind.BATTERY_LABEL: QCoreApplication.translate("IntakeText", "Battery label"),
        PhotoKind.DAMAGE: QCoreApplication.translate("IntakeText", "Damage"),
        PhotoKind.AFTER_DISMANTLING: QCoreApplication.translate("IntakeText", "After dismantling"),
    }[kind]


def reject_reason_text(reason: RejectReason) -> str:
    return {
        RejectReason.EMPTY: QCoreApplication.translate("IntakeText", "empty"),
        RejectReason.WRONG_LENGTH: QCoreApplication.translate("IntakeText", "wrong length"),
        RejectReason.BAD_CHARACTER: QCoreApplication.translate("IntakeText", "a character that is not allowed"),
        RejectReason.FORBIDDEN_LETTER: QCoreApplication.translate("IntakeText", "contains I, O or Q"),
        RejectReason.BAD_CHECK_DIGIT: QCoreApplication.translate("IntakeText", "check digit does not match"),
        RejectReason.BAD_CHECKSUM: QCoreApplication.translate("IntakeText", "check character does not match"),
        RejectReason.BAD_FORMAT: QCoreApplication.translate("IntakeText", "wrong format"),
    }.get(reason, QCoreApplication.translate("IntakeText", "not valid"))


def layout_problem_text(diagnosis: LayoutDiagnosis) -> str:
    """The scanner's keyboard problem and its fix, in one sentence each."""
    problem = {
        LayoutProblem.AZERTY_DIGIT_ROW: QCoreApplication.translate(
            "IntakeText", "The scanner types digits as on a French (AZERTY) keyboard."
        ),
        LayoutProblem.QWERTZ_Y_Z_SWAPPED: QCoreApplication.translate(
            "IntakeText", "The scanner swaps Y and Z as on a German (QWERTZ) keyboard."
        ),
        LayoutProblem.FULL_WIDTH_IME: QCoreApplication.translate(
            "IntakeText", "A Chinese input method turned the scan into full-width characters."
        ),
    }[diagnosis.problem]
    fix = {
        LayoutFix.MATCH_SCANNER_KEYBOARD_COUNTRY: QCoreApplication.translate(
            "IntakeText",
            "Set the scanner's keyboard country to this PC's layout (a setup code in its manual), "
            "or switch this PC to the US layout.",
        ),
        LayoutFix.SWITCH_OFF_INPUT_METHOD: QCoreApplication.translate(
            "IntakeText", "Switch the input method to English (Shift or Ctrl+Space)."
        ),
    }[diagnosis.fix]
    repaired = QCoreApplication.translate("IntakeText", "The code was read as %1.").replace("%1", diagnosis.repaired)
    return f"⚠ {problem} {repaired} {fix}"

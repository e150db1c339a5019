"""Words for the intake station's editing panels: check states, risk classes, photo kinds, why a code was refused,
and what to do about a handheld scanner typing with the wrong keyboard layout."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dismantler_app.domain.codes import RejectReason
from dismantler_app.domain.records import CheckState, DamageFlag, PhotoKind, RiskClass
from dismantler_app.domain.scanner_input import LayoutDiagnosis, LayoutFix, LayoutProblem

CONTEXT = "IntakeText"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def check_state_name(state: CheckState) -> str:
    return {
        CheckState.NOT_DONE: _tr("Not done"),
        CheckState.CLEAR: _tr("Clear"),
        CheckState.FLAGGED: _tr("Flagged"),
    }[state]


def risk_class_name(risk: RiskClass) -> str:
    return {
        RiskClass.NORMAL: _tr("Normal"),
        RiskClass.ELEVATED: _tr("Elevated: quarantine"),
        RiskClass.HIGH: _tr("High: quarantine, fire watch"),
    }[risk]


def damage_name(flag: DamageFlag) -> str:
    return {
        DamageFlag.VISIBLE_DAMAGE: _tr("visible damage"),
        DamageFlag.LEAK: _tr("leak"),
        DamageFlag.SWELLING: _tr("swelling"),
        DamageFlag.FIRE_HISTORY: _tr("fire history"),
        DamageFlag.FLOOD_HISTORY: _tr("flood history"),
    }[flag]


def photo_kind_name(kind: PhotoKind) -> str:
    return {
        PhotoKind.EXTERIOR: _tr("Whole exterior"),
        PhotoKind.VIN: _tr("VIN plate"),
        PhotoKind.BATTERY_LABEL: _tr("Battery label"),
        PhotoKind.DAMAGE: _tr("Damage"),
        PhotoKind.AFTER_DISMANTLING: _tr("After dismantling"),
    }[kind]


def reject_reason_text(reason: RejectReason) -> str:
    return {
        RejectReason.EMPTY: _tr("empty"),
        RejectReason.WRONG_LENGTH: _tr("wrong length"),
        RejectReason.BAD_CHARACTER: _tr("a character that is not allowed"),
        RejectReason.FORBIDDEN_LETTER: _tr("contains I, O or Q"),
        RejectReason.BAD_CHECK_DIGIT: _tr("check digit does not match"),
        RejectReason.BAD_CHECKSUM: _tr("check character does not match"),
        RejectReason.BAD_FORMAT: _tr("wrong format"),
    }.get(reason, _tr("not valid"))


def layout_problem_text(diagnosis: LayoutDiagnosis) -> str:
    """The scanner's keyboard problem and its fix, in one sentence each."""
    problem = {
        LayoutProblem.AZERTY_DIGIT_ROW: _tr("The scanner types digits as on a French (AZERTY) keyboard."),
        LayoutProblem.QWERTZ_Y_Z_SWAPPED: _tr("The scanner swaps Y and Z as on a German (QWERTZ) keyboard."),
        LayoutProblem.FULL_WIDTH_IME: _tr("A Chinese input method turned the scan into full-width characters."),
    }[diagnosis.problem]
    fix = {
        LayoutFix.MATCH_SCANNER_KEYBOARD_COUNTRY: _tr(
            "Set the scanner's keyboard country to this PC's layout (a setup code in its manual), "
            "or switch this PC to the US layout."
        ),
        LayoutFix.SWITCH_OFF_INPUT_METHOD: _tr("Switch the input method to English (Shift or Ctrl+Space)."),
    }[diagnosis.fix]
    repaired = _tr("The code was read as %1.").replace("%1", diagnosis.repaired)
    return f"⚠ {problem} {repaired} {fix}"

"""Words for the rule's codes: every ``BlockCode`` and ``NoteCode`` as a translated sentence saying what is wrong
and, where it helps, what to do. The rule (``domain/eligibility.py``) returns codes plus data; only this module turns
them into text, so the banner, the supervisor desk and the records page all say the same thing.

Templates use ``{name}`` fields filled from the reason's data after translation; translators keep the fields.
"""

# ruff: noqa: E501  (the table reads best one sentence per line)
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dismantler_app.domain.eligibility import BlockCode, NoteCode, Reason
from dismantler_app.domain.records import PhotoKind
from dismantler_app.gui.common.record_words import photo_kind_name

CONTEXT = "Reasons"

# Keyed by code, then by the data key that selects a variant ("" is the default).
TEMPLATES: Mapping[BlockCode | NoteCode, Mapping[str, str]] = {
    BlockCode.VIN_INVALID: {"": QT_TRANSLATE_NOOP("Reasons", "The VIN {vin} is not a valid VIN: check it against the vehicle licence.")},
    BlockCode.VIN_CHECK_DIGIT: {"": QT_TRANSLATE_NOOP("Reasons", "The VIN {vin} fails its check digit (found {found}, expected {expected}): check the VIN on the vehicle.")},
    BlockCode.DOCUMENTS_INCOMPLETE: {"": QT_TRANSLATE_NOOP("Reasons", "Documents missing: {missing}.")},
    BlockCode.CHECK_PENDING: {"": QT_TRANSLATE_NOOP("Reasons", "The {check} check has not been done yet.")},
    BlockCode.MORTGAGED: {"": QT_TRANSLATE_NOOP("Reasons", "The vehicle is mortgaged or pledged.")},
    BlockCode.SUSPECTED_STOLEN: {"": QT_TRANSLATE_NOOP("Reasons", "The vehicle is suspected stolen.")},
    BlockCode.IDENTIFIERS_SUSPECT: {"": QT_TRANSLATE_NOOP("Reasons", "The VIN or engine number is suspected forged.")},
    BlockCode.FRAME_MISSING: {"": QT_TRANSLATE_NOOP("Reasons", "The frame or body is missing.")},
    BlockCode.ENGINE_MISSING: {"": QT_TRANSLATE_NOOP("Reasons", "The engine or drive motor is missing.")},
    BlockCode.EXPECTED_PACKS_UNKNOWN: {"": QT_TRANSLATE_NOOP("Reasons", "It is not known which battery packs this vehicle should carry: enter them from the documents.")},
    BlockCode.DECLARATION_UNCONFIRMED: {"": QT_TRANSLATE_NOOP("Reasons", "The declared battery packs need a supervisor's confirmation.")},
    BlockCode.NO_TRACTION_PACK: {"": QT_TRANSLATE_NOOP("Reasons", "No traction battery pack has been scanned.")},
    BlockCode.PACK_MISSING: {
        "": QT_TRANSLATE_NOOP("Reasons", "Battery pack {expected} is missing: scan it."),
        "expected_count": QT_TRANSLATE_NOOP("Reasons", "Battery packs missing: {scanned_count} of {expected_count} scanned."),
    },
    BlockCode.PACK_UNEXPECTED: {
        "": QT_TRANSLATE_NOOP("Reasons", "Battery pack {scanned} is not registered for this vehicle."),
        "expected_count": QT_TRANSLATE_NOOP("Reasons", "More battery packs than expected: {scanned_count} scanned, {expected_count} expected."),
    },
    BlockCode.PACK_MISMATCH: {"": QT_TRANSLATE_NOOP("Reasons", "Battery pack {scanned} was scanned where {expected} is registered: a supervisor resolves it with the replacement record.")},
    BlockCode.PACK_LINKED_ELSEWHERE: {"": QT_TRANSLATE_NOOP("Reasons", "Battery pack {pack} is linked to another vehicle ({other_vin}).")},
    BlockCode.TRIAGE_MISSING: {"": QT_TRANSLATE_NOOP("Reasons", "Battery pack {pack} has no safety triage yet.")},
    BlockCode.POWERTRAIN_NOT_CHOSEN: {"": QT_TRANSLATE_NOOP("Reasons", "The powertrain has not been chosen: choose it with Edit vehicle (F3) (battery electric, hybrid, combustion engine, …).")},
    BlockCode.PHOTO_MISSING: {"": QT_TRANSLATE_NOOP("Reasons", "The \"{kind}\" photo is missing: take it with Photo (F5).")},
    BlockCode.QUARANTINE_MISSING: {"": QT_TRANSLATE_NOOP("Reasons", "Battery pack {pack} is abnormal and needs a quarantine location.")},
    NoteCode.SWAP_MODEL_EXEMPT: {"": QT_TRANSLATE_NOOP("Reasons", "Battery-swap model: exempt from the battery rule.")},
    NoteCode.OWNER_STATEMENT_USED: {"": QT_TRANSLATE_NOOP("Reasons", "The owner's statement on the missing battery was accepted.")},
    NoteCode.OWNER_STATEMENT_NOT_ACCEPTED: {"": QT_TRANSLATE_NOOP("Reasons", "The owner's statement on the missing battery is not accepted by this yard's policy.")},
    NoteCode.PACK_REPLACED: {"": QT_TRANSLATE_NOOP("Reasons", "Battery pack {expected} was replaced by {scanned} (record {document_ref}).")},
    NoteCode.PACK_ADDITIONAL: {"": QT_TRANSLATE_NOOP("Reasons", "Additional battery pack {scanned} accepted (record {document_ref}).")},
    NoteCode.VIN_CHECK_DIGIT_IGNORED: {"": QT_TRANSLATE_NOOP("Reasons", "The VIN check digit does not match (found {found}, expected {expected}); this market does not require it.")},
    NoteCode.BATTERY_RULE_NOT_APPLIED: {"": QT_TRANSLATE_NOOP("Reasons", "The battery rule is switched off for this yard.")},
}  # fmt: skip

# Values that appear inside reasons and are words, not codes.
VALUE_WORDS: Mapping[str, str] = {
    "owner_id": QT_TRANSLATE_NOOP("Reasons", "owner ID"),
    "registration_certificate": QT_TRANSLATE_NOOP("Reasons", "registration certificate"),
    "driving_licence": QT_TRANSLATE_NOOP("Reasons", "driving licence"),
    "plates": QT_TRANSLATE_NOOP("Reasons", "plates"),
    "mortgage": QT_TRANSLATE_NOOP("Reasons", "mortgage"),
    "theft": QT_TRANSLATE_NOOP("Reasons", "theft"),
    "identifiers": QT_TRANSLATE_NOOP("Reasons", "identifier"),
}


LIST_SEPARATOR = QT_TRANSLATE_NOOP("Reasons", ", ")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def value_words(value: str) -> str:
    """A comma-separated list of value codes as translated words (unknown codes stay as they are)."""
    return _tr(LIST_SEPARATOR).join(_tr(VALUE_WORDS[v]) if v in VALUE_WORDS else v for v in value.split(",") if v)


def describe(reason: Reason) -> str:
    """The reason as one translated sentence."""
    variants = TEMPLATES[reason.code]
    template = next((variants[key] for key in variants if key and key in reason.data), variants[""])
    data = {key: value_words(value) if key in ("missing", "check") else value for key, value in reason.data.items()}
    if reason.code is BlockCode.PHOTO_MISSING and data.get("kind") in set(PhotoKind):
        data["kind"] = photo_kind_name(PhotoKind(data["kind"]))
    try:
        return _tr(template).format_map(_Missing(data))
    except (ValueError, IndexError):  # a damaged translation must never hide the reason: fall back to English
        return template.format_map(_Missing(data))


class _Missing(dict[str, str]):
    """Leaves a field the data lacks visible as ``{name}`` instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"

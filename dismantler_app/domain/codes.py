"""The shared vocabulary of identifier parsing: what kind of code a text is, and why a text was refused.

The parsers (:mod:`battery_code`, :mod:`vin`, :mod:`identifiers`, :mod:`battery_passport`, :mod:`gbt45565`) and
the :mod:`classifier` speak it; the GUI turns the reason codes into translated words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class CodeKind(StrEnum):
    BATTERY = "battery"
    VIN = "vin"
    USCC = "uscc"
    BATTERY_PASSPORT = "battery_passport"  # EU battery passport id (GS1 Digital Link or Catena-X)
    GBT45565 = "gbt45565"  # GB/T 45565-2025 lithium battery code (consumer, light-vehicle, storage)
    UNKNOWN = "unknown"


class RejectReason(StrEnum):
    """Why a text is not a valid code. Values are stable: they appear in JSON output and in stored records."""

    EMPTY = "empty"
    WRONG_LENGTH = "wrong_length"
    BAD_CHARACTER = "bad_character"
    # battery codes (GB/T 34014-2017)
    BAD_LEVEL = "bad_level"
    BAD_TYPE = "bad_type"
    BAD_MONTH = "bad_month"
    BAD_YEAR = "bad_year"
    BAD_CASCADE_SUFFIX = "bad_cascade_suffix"
    # VINs (ISO 3779 / GB 16735-2019)
    FORBIDDEN_LETTER = "forbidden_letter"
    BAD_CHECK_DIGIT = "bad_check_digit"
    # USCC and other identifiers
    BAD_CHECKSUM = "bad_checksum"
    BAD_FORMAT = "bad_format"
    # classifier
    NO_CODE_FOUND = "no_code_found"
    AMBIGUOUS = "ambiguous"
    NOT_TEXT = "not_text"


class CodeRejected(ValueError):
    """A text that is not a valid code of the kind asked for; ``reason`` says why, ``detail`` says where."""

    def __init__(self, reason: RejectReason, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Classification:
    """What the classifier made of one raw input. ``fields`` hold decoded parts as JSON-friendly values."""

    input: str
    kind: CodeKind
    code: str | None = None
    fields: Mapping[str, object] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    reason: RejectReason | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "input": self.input,
            "kind": self.kind.value,
            "code": self.code,
            "fields": dict(self.fields),
            "warnings": list(self.warnings),
            "reason": self.reason.value if self.reason else None,
        }

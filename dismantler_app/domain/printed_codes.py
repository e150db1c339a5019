"""Codes read from printed text (OCR): which windows of a recognised line may be a VIN or a battery code, and what
a read from text is allowed to decide.

Text has no checksum of its own. A VIN carries one (ISO 3779 check digit), so a VIN read from text counts only when
its check digit is valid. A battery code has none (GB/T 34014): on generated yard frames OCR produced wrong codes
that passed the 24-character grammar (B/8 in the date, S/5, D/0, H/R in positions 1-14), so a battery code read from
text is never more than a suggestion unless the vehicle's expected packs name it (decided by the services).

Correction is position-aware and only where the grammar leaves a single reading: ``I``/``O``/``Q`` never occur in
a VIN (read as 1, 0, 0); the level, type, year and month characters of a battery code come from small tables, so a
confusable outside the table is replaced by its look-alike inside it. A correction is recorded on the candidate and
never makes a read more trusted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from dismantler_app.domain.battery_code import BATTERY_TYPES, CODE_LENGTH, PackLevel, parse_battery_code
from dismantler_app.domain.codes import CodeKind, CodeRejected
from dismantler_app.domain.production_date import DATE_CHARS, MONTH_CHARS
from dismantler_app.domain.vin import parse_vin

VIN_LENGTH = 17
_VIN_FIXES = str.maketrans({"I": "1", "O": "0", "Q": "0"})
# look-alikes OCR confuses on printed labels, both ways
_LOOK_ALIKES = {
    "0": "DOQ",
    "O": "0DQ",
    "D": "0O",
    "Q": "0O",
    "1": "IL",
    "I": "1L",
    "L": "1I",
    "2": "Z",
    "Z": "2",
    "5": "S",
    "S": "5",
    "6": "G",
    "G": "6",
    "8": "B",
    "B": "8",
    "M": "N",
    "N": "M",
    "P": "R",
    "R": "P",
    "U": "V",
    "V": "U",
}
_LABELS = ("VIN", "NO", "SN")
_LEVELS = "".join(level.value for level in PackLevel)
# position (0-based) -> the characters the grammar allows there
# the day character (position 17) is not in the list: the parser accepts any day character with a warning
_BATTERY_POSITIONS = {3: _LEVELS, 4: "".join(BATTERY_TYPES), 14: DATE_CHARS, 15: MONTH_CHARS}


class TextReason:
    """Why a code read from text is not confirmed (stable codes; words belong to the GUI)."""

    BATTERY_CODE_FROM_TEXT = "battery_code_from_text"  # no check character: the operator confirms
    VIN_CHECK_DIGIT = "vin_check_digit_not_valid"
    CORRECTED = "corrected"


@dataclass(frozen=True)
class PrintedCode:
    """A code found in a recognised line. ``trusted`` says the text alone may count (a VIN with a valid check
    digit, still to be seen in two frames); everything else is a suggestion with its ``reason``."""

    kind: CodeKind
    code: str
    line: str
    corrected: bool
    trusted: bool
    reason: str = ""


def _fix_battery(window: str) -> tuple[str, bool]:
    chars = list(window)
    for position, allowed in _BATTERY_POSITIONS.items():
        char = chars[position]
        if char in allowed:
            continue
        fixes = [c for c in _LOOK_ALIKES.get(char, "") if c in allowed]
        if len(fixes) == 1:
            chars[position] = fixes[0]
    fixed = "".join(chars)
    return fixed, fixed != window


def _vin(window: str, line: str) -> PrintedCode | None:
    fixed = window.translate(_VIN_FIXES)
    try:
        vin = parse_vin(fixed)
    except CodeRejected:
        return None
    corrected = fixed != window
    if not vin.check_digit_ok:
        return PrintedCode(CodeKind.VIN, vin.code, line, corrected, False, TextReason.VIN_CHECK_DIGIT)
    return PrintedCode(CodeKind.VIN, vin.code, line, corrected, True)


def _battery(window: str, line: str) -> PrintedCode | None:
    fixed, corrected = _fix_battery(window)
    try:
        code = parse_battery_code(fixed)
    except CodeRejected:
        return None
    return PrintedCode(CodeKind.BATTERY, code.code, line, corrected, False, TextReason.BATTERY_CODE_FROM_TEXT)


def find_printed_codes(line: str) -> list[PrintedCode]:
    """The VIN or 24-character battery code a recognised line holds as one word, after an optional label word
    (``VIN``; other characters such as ``车架号：`` drop out with the punctuation). Only whole words: "RATED VOLTAGE
    350.4V" runs to 17 characters without its spaces, and a 17-character window inside a battery code passes the VIN
    check digit one time in 11; neither must ever become a VIN."""
    words = re.findall(r"[0-9A-Z]+", unicodedata.normalize("NFKC", line).upper())
    if len(words) == 2 and words[0] in _LABELS:
        words = words[1:]
    if len(words) != 1:
        return []
    text = words[0]
    for label in _LABELS:  # "VIN:LSV..." read without the space
        if text.startswith(label) and len(text) - len(label) in (VIN_LENGTH, CODE_LENGTH):
            text = text[len(label) :]
            break
    read = {VIN_LENGTH: _vin, CODE_LENGTH: _battery}.get(len(text))
    candidate = read(text, line) if read else None
    return [candidate] if candidate else []


__all__ = ["VIN_LENGTH", "PrintedCode", "TextReason", "find_printed_codes"]

"""Handheld barcode scanners in keyboard mode: telling a scan burst from typing, and spotting a wrong layout.

A USB scanner types a whole code in one burst (gaps of a few ms per character on common HID scanners, against
80-250 ms for a person) and ends it with Enter or Tab. A run of at least ``min_length`` characters whose gaps are
all within ``max_gap_ms``, ended by a terminator, is a scan. Scanners can be set to send a prefix and suffix
around the code; configured ones are required and stripped.

When the scanner's keyboard country does not match the PC's layout, the same key codes arrive as other
characters: on French AZERTY the digit row gives ``&é"'(-è_çà``; on German QWERTZ Y and Z swap; a Chinese IME left
on gives full-width letters. :func:`diagnose_layout` repairs such a text when the repair is a valid code and says
which fix the operator needs (the GUI must also switch input methods off on scan fields: an IME swallows letters).
Pure: times come in as arguments.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from dismantler_app.domain.classifier import classify
from dismantler_app.domain.codes import CodeKind

TERMINATORS = frozenset({"\r", "\n", "\t"})

# US key -> what an AZERTY layout produces for the same key, unshifted (French; Belgian differs on 6 and 8).
_AZERTY_DIGITS = {"&": "1", "é": "2", '"': "3", "'": "4", "(": "5", "-": "6", "§": "6", "è": "7", "_": "8", "!": "8"}
_AZERTY_DIGITS |= {"ç": "9", "à": "0"}
_QWERTZ_SWAP = str.maketrans("YZyz", "ZYzy")


class LayoutProblem(StrEnum):
    AZERTY_DIGIT_ROW = "azerty_digit_row"
    QWERTZ_Y_Z_SWAPPED = "qwertz_y_z_swapped"
    FULL_WIDTH_IME = "full_width_ime"


class LayoutFix(StrEnum):
    """What the operator should do; the GUI turns it into translated words."""

    MATCH_SCANNER_KEYBOARD_COUNTRY = "match_scanner_keyboard_country"  # program the scanner, or use a US layout
    SWITCH_OFF_INPUT_METHOD = "switch_off_input_method"


@dataclass(frozen=True)
class LayoutDiagnosis:
    problem: LayoutProblem
    repaired: str
    fix: LayoutFix


@dataclass(frozen=True)
class ScannerSettings:
    max_gap_ms: float = 40.0
    min_length: int = 6
    prefix: str = ""
    suffix: str = ""

    def __post_init__(self) -> None:
        if self.max_gap_ms <= 0 or self.min_length < 1:
            raise ValueError("scanner settings need max_gap_ms > 0 and min_length >= 1")


@dataclass(frozen=True)
class ScannerBurst:
    text: str  # without prefix, suffix and terminator
    duration_ms: float
    layout: LayoutDiagnosis | None = None


@dataclass
class BurstDetector:
    """Feed every key as it arrives; :meth:`key` returns a :class:`ScannerBurst` when a terminator ends a scan."""

    settings: ScannerSettings = field(default_factory=ScannerSettings)
    _chars: list[str] = field(default_factory=list)
    _first_ms: float = 0.0
    _last_ms: float | None = None

    def key(self, char: str, *, at_ms: float) -> ScannerBurst | None:
        slow = self._last_ms is not None and at_ms - self._last_ms > self.settings.max_gap_ms
        if char in TERMINATORS:
            text = "".join(self._chars)
            duration = at_ms - self._first_ms
            self.reset()
            return None if slow else self._accept(text, duration)
        if slow or self._last_ms is None:  # a pause: whatever came before was typed by a person
            self._chars.clear()
            self._first_ms = at_ms
        self._chars.append(char)
        self._last_ms = at_ms
        return None

    def _accept(self, text: str, duration_ms: float) -> ScannerBurst | None:
        prefix, suffix = self.settings.prefix, self.settings.suffix
        if not text.startswith(prefix) or not text.endswith(suffix):
            return None
        text = text[len(prefix) : len(text) - len(suffix)]
        if len(text) < self.settings.min_length:
            return None
        return ScannerBurst(text, duration_ms, diagnose_layout(text))

    def pending(self) -> str:
        return "".join(self._chars)

    def reset(self) -> None:
        self._chars.clear()
        self._last_ms = None


def _is_code(text: str) -> bool:
    # strict: a VIN whose check digit fails is exactly what a swapped Y/Z produces
    return classify(text, strict=True).kind is not CodeKind.UNKNOWN


def _full_width_to_ascii(text: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) if "！" <= c <= "～" else (" " if c == "\u3000" else c) for c in text)


def diagnose_layout(text: str, *, is_code: Callable[[str], bool] = _is_code) -> LayoutDiagnosis | None:
    """A repair and the fix when ``text`` is no code but its layout-repaired form is; None otherwise."""
    if not text or is_code(text):
        return None
    candidates = (
        (LayoutProblem.FULL_WIDTH_IME, _full_width_to_ascii(text), LayoutFix.SWITCH_OFF_INPUT_METHOD),
        (
            LayoutProblem.AZERTY_DIGIT_ROW,
            "".join(_AZERTY_DIGITS.get(c, c) for c in text),
            LayoutFix.MATCH_SCANNER_KEYBOARD_COUNTRY,
        ),
        (LayoutProblem.QWERTZ_Y_Z_SWAPPED, text.translate(_QWERTZ_SWAP), LayoutFix.MATCH_SCANNER_KEYBOARD_COUNTRY),
    )
    for problem, repaired, fix in candidates:
        if repaired != text and is_code(repaired):
            return LayoutDiagnosis(problem, repaired, fix)
    return None

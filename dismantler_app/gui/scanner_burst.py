"""Telling a handheld barcode scanner from a person at the keyboard: both arrive as key presses.

A USB scanner in keyboard mode types a whole code in a burst — measured gaps of 1-15 ms per character on common
HID scanners, against 80-250 ms for a person typing — and ends it with Enter (its default suffix). A run of at least
``min_length`` characters whose every gap is under ``max_gap_ms``, ended by Enter, is a scan.

Plain Python (times come in as arguments), so the rule is tested without Qt. It belongs with the scanner-input
rules of the domain once ``domain/scanner_input.py`` offers the same; then this module becomes a thin import.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class BurstRule:
    max_gap_ms: float = 35.0
    min_length: int = 8  # shorter than any code the yard scans (VIN 17, battery 24 or 19, USCC 18)


@dataclass
class BurstDetector:
    rule: BurstRule = field(default_factory=BurstRule)
    _chars: list[str] = field(default_factory=list)
    _last_ms: float | None = None

    def key(self, char: str, at_ms: float) -> None:
        """A printable character arrived at ``at_ms`` (any monotonic millisecond clock)."""
        if self._last_ms is not None and at_ms - self._last_ms > self.rule.max_gap_ms:
            self._chars.clear()
        self._chars.append(char)
        self._last_ms = at_ms

    def pending(self) -> str:
        return "".join(self._chars)

    def enter(self, at_ms: float) -> str | None:
        """Enter arrived: the burst's text if the keys since the last pause were a scan, else None. Resets."""
        text = "".join(self._chars)
        fast_end = self._last_ms is not None and at_ms - self._last_ms <= self.rule.max_gap_ms
        self.reset()
        return text if fast_end and len(text) >= self.rule.min_length else None

    def reset(self) -> None:
        self._chars.clear()
        self._last_ms = None

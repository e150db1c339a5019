"""Vehicle identification numbers (ISO 3779, GB 16735-2019): parse, check, compose and find them in payloads.

A VIN is 17 characters from ``0-9A-Z`` without ``I O Q``: WMI (1-3), VDS (4-9, check digit at 9), VIS (10-17,
model year at 10). The check digit is mandatory in China (GB 16735) and North America (49 CFR 565) but optional in
the EU, so :func:`parse_vin` only warns about a wrong one. Whether a 17-character text read from a symbol *is* a VIN
is decided by evidence (:func:`vin_accepted`, issue 14: part numbers and QR texts were recorded as VINs): a valid
check digit, or, where no check digit is required, a field that says it is a VIN.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from dismantler_app.domain.codes import CodeRejected, RejectReason
from dismantler_app.domain.payload import FieldMeaning, no_code_found, payload_candidates

__all__ = [
    "Vin",
    "VinField",
    "compose_vin",
    "find_vin",
    "find_vin_field",
    "model_year",
    "parse_vin",
    "vin_accepted",
    "vin_check_char",
]

VIN_LENGTH = 17
FORBIDDEN_LETTERS = "IOQ"
CHECK_DIGIT_MISMATCH = "check_digit_mismatch"
MODEL_YEAR_UNREADABLE = "model_year_unreadable"

# ISO 3779 annex: transliteration of letters, and the position weights (position 9, the check digit, weighs 0).
_TRANSLITERATION = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = re.compile(r"[0-9A-Z]{17}")

# Position 10 (ISO 3779 / 49 CFR 565.15): a 30-year cycle, A = 1980 or 2010.
MODEL_YEAR_CHARS = "ABCDEFGHJKLMNPRSTVWXY123456789"
MODEL_YEAR_BASE = 1980
MODEL_YEAR_LAST = 2069  # candidates are listed up to here

# ISO 3780 regions by the first character of the WMI, as allocated today (domain.md, additions 2026-12): 7 moved
# from Oceania to North America (7SA Tesla Austin, 7G2); Oceania keeps 6.
_REGIONS = (("ABCDEFGH", "africa"), ("JKLMNPR", "asia"), ("STUVWXYZ", "europe"), ("123457", "north_america"),
            ("6", "oceania"), ("89", "south_america"))  # fmt: skip
# Countries for well-known WMI ranges (first character, range of second characters; SAE J1044 allocations).
# A range string "A-W" means second characters A to W in the order A-Z then 1-9, 0. Extend as needed.
_COUNTRIES = (("1", "A-0", "US"), ("4", "A-0", "US"), ("5", "A-0", "US"), ("2", "A-0", "CA"), ("3", "A-W", "MX"),
              ("J", "A-0", "JP"), ("K", "L-R", "KR"), ("L", "A-0", "CN"), ("S", "A-M", "GB"), ("S", "U-Z", "PL"),
              ("V", "F-R", "FR"), ("V", "S-W", "ES"), ("W", "A-0", "DE"), ("Y", "S-W", "SE"), ("Z", "A-R", "IT"),
              ("6", "A-W", "AU"), ("M", "A-E", "IN"))  # fmt: skip
_SECOND_ORDER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890"
# Where the check digit is law: North America (1-5, 7; 49 CFR 565) and China (L; GB 16735).
_CHECK_DIGIT_MANDATORY = frozenset("123457L")


@dataclass(frozen=True)
class Vin:
    code: str
    wmi: str
    vds: str
    vis: str
    check_char: str
    expected_check_char: str
    check_digit_ok: bool
    check_digit_mandatory: bool
    model_year_char: str
    model_year_candidates: tuple[int, ...]
    region: str
    country: str | None
    warnings: tuple[str, ...] = ()

    def fields(self) -> dict[str, object]:
        return {
            "wmi": self.wmi,
            "vds": self.vds,
            "vis": self.vis,
            "check_char": self.check_char,
            "expected_check_char": self.expected_check_char,
            "check_digit_ok": self.check_digit_ok,
            "check_digit_mandatory": self.check_digit_mandatory,
            "model_year_char": self.model_year_char,
            "model_year_candidates": list(self.model_year_candidates),
            "region": self.region,
            "country": self.country,
        }


def vin_check_char(vin17: str) -> str:
    """The check character (position 9) of a 17-character VIN; the character at position 9 itself is ignored."""
    vin = vin17.upper()
    if len(vin) != VIN_LENGTH or any(c not in _TRANSLITERATION for c in vin):
        raise ValueError(f"a VIN has 17 characters from 0-9 and A-Z, got {vin17!r}")
    remainder = sum(_TRANSLITERATION[c] * w for c, w in zip(vin, _WEIGHTS, strict=True)) % 11
    return "X" if remainder == 10 else str(remainder)


def _model_year_candidates(char: str) -> tuple[int, ...]:
    index = MODEL_YEAR_CHARS.find(char)
    if index < 0:
        return ()
    return tuple(range(MODEL_YEAR_BASE + index, MODEL_YEAR_LAST + 1, len(MODEL_YEAR_CHARS)))


def _region(first: str) -> str:
    return next((region for chars, region in _REGIONS if first in chars), "unassigned")


def _country(wmi: str) -> str | None:
    for first, second_range, country in _COUNTRIES:
        low, high = second_range.split("-")
        if wmi[0] == first and _SECOND_ORDER.index(low) <= _SECOND_ORDER.index(wmi[1]) <= _SECOND_ORDER.index(high):
            return country
    return None


def parse_vin(text: str) -> Vin:
    """Parse one VIN (surrounding whitespace and case do not matter); raise :class:`CodeRejected` for a look-alike.

    A wrong check digit does not raise: ``check_digit_ok`` is False and the warning ``check_digit_mismatch`` set.
    """
    code = unicodedata.normalize("NFKC", text).strip().upper()
    if not code:
        raise CodeRejected(RejectReason.EMPTY, "no characters")
    if len(code) != VIN_LENGTH:
        raise CodeRejected(RejectReason.WRONG_LENGTH, f"{len(code)} characters; a VIN has {VIN_LENGTH}")
    if not _VIN_CHARS.fullmatch(code):
        position = next(i for i, c in enumerate(code) if not ("0" <= c <= "9" or "A" <= c <= "Z"))
        raise CodeRejected(RejectReason.BAD_CHARACTER, f"{code[position]!r} at position {position + 1}")
    forbidden = [i for i, c in enumerate(code) if c in FORBIDDEN_LETTERS]
    if forbidden:
        position = forbidden[0]
        raise CodeRejected(
            RejectReason.FORBIDDEN_LETTER,
            f"{code[position]!r} at position {position + 1}; VINs never use I, O or Q (read 1 or 0?)",
        )
    expected = vin_check_char(code)
    warnings = []
    if code[8] != expected:
        warnings.append(CHECK_DIGIT_MISMATCH)
    years = _model_year_candidates(code[9])
    if not years:
        # Outside North America and China position 10 need not encode the year, so this only warns.
        warnings.append(MODEL_YEAR_UNREADABLE)
    return Vin(
        code=code,
        wmi=code[:3],
        vds=code[3:9],
        vis=code[9:],
        check_char=code[8],
        expected_check_char=expected,
        check_digit_ok=code[8] == expected,
        check_digit_mandatory=code[0] in _CHECK_DIGIT_MANDATORY,
        model_year_char=code[9],
        model_year_candidates=years,
        region=_region(code[0]),
        country=_country(code),
        warnings=tuple(warnings),
    )


def model_year(vin: Vin, *, registration_date: date | None) -> int | None:
    """The model year, resolving the 30-year cycle.

    With a registration date: the latest candidate not after the registration year + 1 (a model year may start
    in the calendar year before). Without one, North American passenger VINs follow 49 CFR 565.15(c): a digit at
    position 7 means 1980-2009, a letter 2010-2039. Otherwise the cycle cannot be resolved: None.
    """
    candidates = vin.model_year_candidates
    if not candidates:
        return None
    if registration_date is not None:
        fitting = [year for year in candidates if year <= registration_date.year + 1]
        return fitting[-1] if fitting else None
    if vin.region == "north_america":
        window = range(1980, 2010) if vin.code[6].isdigit() else range(2010, 2040)
        return next((year for year in candidates if year in window), None)
    return None


def compose_vin(first16_without_check: str) -> str:
    """A VIN from its 16 other characters (positions 1-8 and 10-17), with the right check digit at position 9."""
    body = first16_without_check.upper()
    if len(body) != VIN_LENGTH - 1 or not re.fullmatch(r"[0-9A-HJ-NPR-Z]+", body):
        raise ValueError(f"need 16 characters from 0-9, A-Z without I O Q, got {first16_without_check!r}")
    draft = body[:8] + "0" + body[8:]
    return body[:8] + vin_check_char(draft) + body[8:]


@dataclass(frozen=True)
class VinField:
    """A VIN found in a payload, and whether the payload labels that field as a VIN (a ``VIN:`` key, the ISO 15434
    / ANSI MH10.8.2 data identifier ``I``, the ``I`` prefix of a North American Code 39 VIN label)."""

    vin: Vin
    labelled: bool


def vin_accepted(vin: Vin, *, check_digit_required: bool, labelled: bool) -> bool:
    """Whether a VIN read from a symbol is believed. A valid check digit is enough. A wrong one is accepted only
    where no check digit is required (neither by the yard's market, ``check_digit_required``, nor by the VIN's own
    region, ISO 3780) and the symbol or its surroundings say it is a VIN (``labelled``): a random 17-character
    field passes the check one time in 11, but fails it ten times in 11, and those must not become VINs."""
    if vin.check_digit_ok:
        return True
    if check_digit_required or vin.check_digit_mandatory:
        return False
    return labelled


def find_vin_field(payload: str | bytes) -> VinField:
    """Find the VIN inside a scanned payload; raise :class:`CodeRejected` (only that) when there is none.

    The VIN must be a whole field of the payload (separated by punctuation, a key, a line end, or the Code 39 "I"
    prefix) and not a field of another meaning (an ISO 15434 ``1P`` part number or ``S`` serial, a ``PN:`` value,
    any GS1 AI). Cuts from longer runs are not tried: the check digit lets one random cut in 11 through, so the
    tail of a battery code or a tracking number would pass for a VIN. A field with a valid check digit is preferred
    to one without.
    """
    rejection: CodeRejected | None = None
    fallback: VinField | None = None
    for candidate in payload_candidates(payload):
        if len(candidate.text) != VIN_LENGTH or candidate.meaning not in _VIN_MEANINGS:
            continue
        try:
            vin = parse_vin(candidate.text)
        except CodeRejected as exc:
            rejection = rejection or exc
            continue
        found = VinField(vin, labelled=candidate.meaning is FieldMeaning.VIN)
        if vin.check_digit_ok:
            return found
        fallback = fallback or found
    if fallback is not None:
        return fallback
    raise rejection or no_code_found(payload, parse_vin)


def find_vin(payload: str | bytes) -> Vin:
    """The VIN of :func:`find_vin_field`, without saying how it was labelled."""
    return find_vin_field(payload).vin


_VIN_MEANINGS = frozenset({FieldMeaning.VIN, FieldMeaning.UNLABELLED})

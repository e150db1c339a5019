"""Traction battery codes (GB/T 34014-2017): parse, compose and find them inside scanned payloads.

Layout of the 24-character code (domain.md, table "Traction battery code"):

    pos 1-3 manufacturer | 4 level P/M/C | 5 type | 6-7 spec | 8-14 traceability | 15-17 date Y/M/D | 18-24 serial

The cascade-use (re-coded) form has 19 characters: the same code without the traceability field, then ``R`` and the
level of the re-coded product (17 + 2). The standard defines no check character, so structure is all there is to
tell a code from a look-alike: the level, type, year and month characters must come from their tables. The day
character never rejects a code (sources disagree on days 27-31), it only warns; see :mod:`production_date`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from dismantler_app.domain import production_date as pd
from dismantler_app.domain.codes import CodeRejected, RejectReason
from dismantler_app.domain.payload import FieldMeaning, payload_candidates
from dismantler_app.domain.payload import no_code_found as _no_code
from dismantler_app.domain.production_date import decode_date_char, encode_date_char

__all__ = [
    "BATTERY_TYPES",
    "CASCADE_LENGTH",
    "CODE_LENGTH",
    "BatteryCode",
    "BatteryType",
    "PackLevel",
    "compose_battery_code",
    "compose_cascade_code",
    "decode_date_char",
    "encode_date_char",
    "find_battery_code",
    "parse_battery_code",
]

CODE_LENGTH = 24
CASCADE_LENGTH = 19
CASCADE_MARK = "R"

_ALNUM = re.compile(r"[0-9A-Z]+")


class PackLevel(StrEnum):
    PACK = "P"
    MODULE = "M"
    CELL = "C"


@dataclass(frozen=True)
class BatteryType:
    name: str
    certain: bool


# Position 5. domain.md: "B LFP and E ternary are certain; A NiMH, C LMO, D LCO, F supercapacitor, G LTO are
# likely; Z other". A correction is a one-line change here.
BATTERY_TYPES: dict[str, BatteryType] = {
    "A": BatteryType("nimh", certain=False),
    "B": BatteryType("lfp", certain=True),
    "C": BatteryType("lmo", certain=False),
    "D": BatteryType("lco", certain=False),
    "E": BatteryType("ternary", certain=True),
    "F": BatteryType("supercapacitor", certain=False),
    "G": BatteryType("lto", certain=False),
    "Z": BatteryType("other", certain=True),
}

# Registered manufacturer codes we can name with confidence (domain.md). Unknown codes are normal, not an error:
# the registry grows every month.
KNOWN_MANUFACTURERS: dict[str, str] = {
    "001": "CATL",
    "071": "XPT",
    "03U": "NIO pack maker",
}


@dataclass(frozen=True)
class BatteryCode:
    """A parsed battery code. ``code`` is the normalised text (upper case, 24 or 19 characters)."""

    code: str
    manufacturer: str
    level: PackLevel
    battery_type: str
    battery_type_name: str
    battery_type_certain: bool
    spec: str
    traceability: str | None  # None for the cascade form, which drops it
    production_date: date | None
    production_year: int
    production_month: int
    date_chars: str
    serial: str
    cascade: bool = False
    cascade_level: PackLevel | None = None  # level of the re-coded product (last character of the cascade form)
    original_code: str | None = None  # the pre-cascade 24-character code, when the payload carries it
    warnings: tuple[str, ...] = ()

    @property
    def manufacturer_name(self) -> str | None:
        return KNOWN_MANUFACTURERS.get(self.manufacturer)

    def fields(self) -> dict[str, object]:
        """JSON-friendly fields: enums as their letters, dates as ISO strings."""
        return {
            "manufacturer": self.manufacturer,
            "manufacturer_name": self.manufacturer_name,
            "level": self.level.value,
            "battery_type": self.battery_type,
            "battery_type_name": self.battery_type_name,
            "battery_type_certain": self.battery_type_certain,
            "spec": self.spec,
            "traceability": self.traceability,
            "production_date": self.production_date.isoformat() if self.production_date else None,
            "production_year": self.production_year,
            "production_month": self.production_month,
            "date_chars": self.date_chars,
            "serial": self.serial,
            "cascade": self.cascade,
            "cascade_level": self.cascade_level.value if self.cascade_level else None,
            "original_code": self.original_code,
        }


def _clean(text: str) -> str:
    # NFKC folds the full-width letters a Chinese input method types (Ａ１ → A1) into ASCII.
    return unicodedata.normalize("NFKC", text).strip().upper()


def parse_battery_code(text: str) -> BatteryCode:
    """Parse exactly one code (surrounding whitespace and case do not matter); raise :class:`CodeRejected`."""
    code = _clean(text)
    if not code:
        raise CodeRejected(RejectReason.EMPTY, "no characters")
    if len(code) not in (CODE_LENGTH, CASCADE_LENGTH):
        raise CodeRejected(
            RejectReason.WRONG_LENGTH,
            f"{len(code)} characters; a battery code has {CODE_LENGTH} (or {CASCADE_LENGTH} when re-coded)",
        )
    if not _ALNUM.fullmatch(code):
        bad = next(c for c in code if not ("0" <= c <= "9" or "A" <= c <= "Z"))
        raise CodeRejected(RejectReason.BAD_CHARACTER, f"{bad!r} at position {code.index(bad) + 1}; only A-Z, 0-9")
    cascade = len(code) == CASCADE_LENGTH
    cascade_level = None
    if cascade:
        suffix = code[17:]
        if suffix[0] != CASCADE_MARK or suffix[1] not in PackLevel._value2member_map_:
            raise CodeRejected(
                RejectReason.BAD_CASCADE_SUFFIX, f"ends in {suffix!r}; a re-coded product ends in R + P, M or C"
            )
        cascade_level = PackLevel(suffix[1])
        traceability, date_chars, serial = None, code[7:10], code[10:17]
    else:
        traceability, date_chars, serial = code[7:14], code[14:17], code[17:24]
    level_char, type_char = code[3], code[4]
    if level_char not in PackLevel._value2member_map_:
        raise CodeRejected(RejectReason.BAD_LEVEL, f"level {level_char!r} at position 4; expected P, M or C")
    if type_char not in BATTERY_TYPES:
        raise CodeRejected(
            RejectReason.BAD_TYPE, f"type {type_char!r} at position 5; expected one of {''.join(BATTERY_TYPES)}"
        )
    decoded = pd.decode_production_date(date_chars)
    battery_type = BATTERY_TYPES[type_char]
    return BatteryCode(
        code=code,
        manufacturer=code[:3],
        level=PackLevel(level_char),
        battery_type=type_char,
        battery_type_name=battery_type.name,
        battery_type_certain=battery_type.certain,
        spec=code[5:7],
        traceability=traceability,
        production_date=decoded.day_date,
        production_year=decoded.year,
        production_month=decoded.month,
        date_chars=date_chars,
        serial=serial,
        cascade=cascade,
        cascade_level=cascade_level,
        warnings=decoded.warnings,
    )


def _part(name: str, value: str, length: int) -> str:
    value = value.upper()
    if len(value) != length or not _ALNUM.fullmatch(value):
        raise ValueError(f"{name} must be {length} characters A-Z or 0-9, got {value!r}")
    return value


def _head(*, manufacturer: str, level: PackLevel | str, battery_type: str, spec: str) -> str:
    level = PackLevel(str(level).upper())
    if battery_type.upper() not in BATTERY_TYPES:
        raise ValueError(f"battery_type must be one of {''.join(BATTERY_TYPES)}, got {battery_type!r}")
    return _part("manufacturer", manufacturer, 3) + level.value + battery_type.upper() + _part("spec", spec, 2)


def compose_battery_code(
    *,
    manufacturer: str,
    level: PackLevel | str,
    battery_type: str,
    spec: str,
    traceability: str,
    production_date: date,
    serial: str,
) -> str:
    """Build a 24-character code (for generators, demo data and tests); the parser reads back the same fields."""
    return (
        _head(manufacturer=manufacturer, level=level, battery_type=battery_type, spec=spec)
        + _part("traceability", traceability, 7)
        + pd.encode_production_date(production_date)
        + _part("serial", serial, 7)
    )


def compose_cascade_code(
    *,
    manufacturer: str,
    level: PackLevel | str,
    battery_type: str,
    spec: str,
    production_date: date,
    serial: str,
    cascade_level: PackLevel | str,
) -> str:
    """Build the 19-character cascade-use form: the code without traceability, then ``R`` + the new level."""
    return (
        _head(manufacturer=manufacturer, level=level, battery_type=battery_type, spec=spec)
        + pd.encode_production_date(production_date)
        + _part("serial", serial, 7)
        + CASCADE_MARK
        + PackLevel(str(cascade_level).upper()).value
    )


def find_battery_code(payload: str | bytes) -> BatteryCode:
    """Find the battery code inside a scanned payload (wrappers, prefixes, key/value pairs, case, line ends).

    The code must be a whole field: exactly 24 characters (19 in the cascade form) between separators, a key's
    value, a GS1 serial (AI 21…) or an ISO 15434 serial field. It is never cut out of a longer run (issue 14: a
    25-character text is no battery code with a stray character, it is no battery code), and a field that says it
    is something else (a part number, a quantity, a GTIN) is never read as one.

    Raises :class:`CodeRejected` (and nothing else) with the most telling reason when there is none. When the payload
    carries a cascade code and a 24-character code, the cascade code is returned with ``original_code`` set.
    """
    found: list[BatteryCode] = []
    rejection: CodeRejected | None = None
    for candidate in payload_candidates(payload):
        if candidate.meaning not in _BATTERY_MEANINGS or len(candidate.text) not in (CODE_LENGTH, CASCADE_LENGTH):
            continue
        try:
            parsed = parse_battery_code(candidate.text)
        except CodeRejected as exc:
            rejection = rejection or exc
            continue
        found.append(parsed)
    if not found:
        raise rejection or _no_code(payload, parse_battery_code)
    cascades = [c for c in found if c.cascade]
    originals = [c for c in found if not c.cascade]
    if cascades and originals:
        return replace(cascades[0], original_code=originals[0].code)
    return found[0]


_BATTERY_MEANINGS = frozenset({FieldMeaning.SERIAL, FieldMeaning.UNLABELLED})
